"""Free-text search of job ads in Swedish and in English, the same hits on PostgreSQL and SQLite.

PostgreSQL searches with its own full-text search and the `swedish`
configuration (Snowball stemming, Swedish stop words), weighted title (A) over
role and town (B) over the ad's text (C), ranked with ts_rank. The document
`vector()` describes is kept in the ad's `search_document` column, written by
a trigger (careers migration 0012) and indexed with GIN, so that neither the
match nor the rank parses an ad's text again.
Its parser keeps a reference number ("2025/013519"), an address, an e-mail
address or "jurist/utredare" as one token, where SQLite's words below split
them; so the characters that join such tokens (`JOINERS`) are read as spaces
in the ads and in the query alike, and a search for "013519", "utredare" or
"forsakringskassan.se" finds the ad on both databases.

SQLite has no full-text search with stemming, so the ad keeps its words
stemmed by the same Snowball Swedish algorithm in Python, each tagged with its
weight (" a:handlägg b:östersund c:utred "), in `JobAd.search_text`. A query
word stemmed the same way then finds "handläggare" when one writes
"handläggaren", as PostgreSQL does, and the tags rank the hits alike.

The English version of an ad (careers/jobads_translation.py) has a document of
its own, the same way: its English title (A), the role's English title and the
town (B), its English texts and reference number (C), with PostgreSQL's
`english` configuration into `search_document_en` (migration 0014's trigger)
and Snowball's English algorithm into `search_text_en`. A search on the English
site finds an ad by every word in English or by every word in Swedish (an ad
without English is listed there too, and a Swedish title or town is searched
for by its Swedish words); the better of the two ranks counts. The Swedish site
searches the Swedish document only, as before.
"""

import difflib
import re

import snowballstemmer
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, FloatField, Func, Q, TextField, Value, When
from django.db.models.functions import Coalesce, Greatest
from django.utils.translation import override

SWEDISH, ENGLISH = "sv", "en"
CONFIG = "swedish"
CONFIGS = {SWEDISH: CONFIG, ENGLISH: "english"}
# Where each language's document is kept: PostgreSQL's column and SQLite's stems.
DOCUMENTS = {SWEDISH: ("search_document", "search_text"), ENGLISH: ("search_document_en", "search_text_en")}
# The columns JobAd.save() keeps (`keep_copies`).
COPIES = ("search_role", "search_text", "search_role_en", "search_text_en")
# What each weight of a language's document reads: the translated texts by their
# language's columns (the Swedish ones fall back to the untranslated column, which
# an instance still running the code before migration 0014 writes alone).
TEXTS = {
    SWEDISH: (("A", ("title",)), ("B", ("search_role", "town")),
              ("C", ("duties", "qualifications", "merits", "reference"))),
    ENGLISH: (("A", ("title",)), ("B", ("search_role_en", "town")),
              ("C", ("duties", "qualifications", "merits", "reference"))),
}
TRANSLATED = frozenset({"title", "duties", "qualifications", "merits"})
# ts_rank's default weights, for D, C, B and A: the SQLite rank uses the same.
WEIGHTS = {"a": 1.0, "b": 0.4, "c": 0.2}
WORD = re.compile(r"\w+")
# What glues words into one token for PostgreSQL's parser: a file or path ("/"), a host, a
# decimal or a version ("."), an e-mail address ("@"), a protocol (":"), a hyphenated word or a
# negative number ("-"), a signed number ("+"), a home folder ("~"). Python's \w+ splits at each.
JOINERS = "+-./:@~"
SPACES = " " * len(JOINERS)

# PostgreSQL's swedish.stop (from the Snowball project), so that SQLite skips
# the same little words that PostgreSQL leaves out of documents and queries.
STOP_WORDS = frozenset("""
och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du
henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp
vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv
detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan
vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt
våra ert era vilkas
""".split())

# PostgreSQL's english.stop, for the English document as STOP_WORDS is for the Swedish one.
ENGLISH_STOP_WORDS = frozenset("""
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
herself it its itself they them their theirs themselves what which who whom this that these those am is are
was were be been being have has had having do does did doing a an the and but if or because as until while
of at by for with about against between into through during before after above below to from up down in out
on off over under again further then once here there when where why how all any both each few more most
other some such no nor not only own same so than too very s t can will just don should now
""".split())
STOPS = {SWEDISH: STOP_WORDS, ENGLISH: ENGLISH_STOP_WORDS}
_stemmers = {SWEDISH: snowballstemmer.stemmer("swedish"), ENGLISH: snowballstemmer.stemmer("english")}


def is_postgresql():
    return connection.vendor == "postgresql"


def stems(text, language=SWEDISH):
    """The stems of the words in a text, in order, stop words left out."""
    words = [word for word in WORD.findall(text.casefold()) if word not in STOPS[language]]
    return _stemmers[language].stemWords(words)


def search_text(title, role_and_town, body, language=SWEDISH):
    """What SQLite searches: every stem once per weight, tagged with it, between spaces."""
    tagged = []
    for weight, text in (("a", title), ("b", role_and_town), ("c", body)):
        tagged += [f"{weight}:{stem}" for stem in dict.fromkeys(stems(text, language))]
    return f" {' '.join(tagged)} "


def role_titles(role):
    """The role's title in each language; the Swedish one where it has no English one."""
    titles = {}
    for language in (SWEDISH, ENGLISH):
        with override(language):
            titles[language] = role.title
    return titles


def keep_copies(job):
    """Set the ad's `COPIES` from its texts and its role: what JobAd.save() does before saving."""
    titles = role_titles(job.role)
    job.search_role, job.search_role_en = titles[SWEDISH], titles[ENGLISH]
    for language, (_document, column) in DOCUMENTS.items():
        texts = [" ".join(column_text(job, name, language) for name in names) for _weight, names in TEXTS[language]]
        setattr(job, column, search_text(*texts, language))


def column_text(job, name, language):
    """The text a document reads from a column: a translated text in `language`, "" where it has none."""
    if name in TRANSLATED:
        name = f"{name}_{language}"
    return getattr(job, name) or ""


def split(field, language=SWEDISH):
    """A column with its `JOINERS` read as spaces (translate(): no regular expression, so no locale).
    A translated text is read in `language` (Swedish: falling back to the untranslated column)."""
    column = F(field)
    if field in TRANSLATED:
        column = F(f"{field}_{language}")
        if language == SWEDISH:
            column = Coalesce(column, F(field))
    return Func(column, Value(JOINERS), Value(SPACES), function="translate", output_field=TextField())


def vector(language=SWEDISH):
    """The weighted document: what migration 0014's triggers write into `search_document` (Swedish)
    and `search_document_en` (English)."""
    parts = [SearchVector(*(split(name, language) for name in names), weight=weight, config=CONFIGS[language])
             for weight, names in TEXTS[language]]
    return parts[0] + parts[1] + parts[2]


def search(ads, text, language=SWEDISH):
    """The ads that hold every word of the text in some form, annotated with `rank`.
    In English: every word in the English document, or every word in the Swedish one."""
    languages = (ENGLISH, SWEDISH) if language == ENGLISH else (SWEDISH,)
    matches = [found for found in (match(text, each) for each in languages) if found is not None]
    if not matches:  # only stop words: PostgreSQL finds nothing either
        return ads.annotate(rank=Value(0.0, output_field=FloatField())).none()
    found = Q(*(found for found, _rank in matches), _connector=Q.OR)
    ranks = [rank for _found, rank in matches]
    return ads.filter(found).annotate(rank=Greatest(*ranks) if len(ranks) > 1 else ranks[0])


def match(text, language):
    """(condition, rank) of a search in one language's document; None when all its words are stop words."""
    document, column = DOCUMENTS[language]
    if is_postgresql():
        words = text.translate(str.maketrans(JOINERS, SPACES))
        if not stems(words, language):
            return None
        query = SearchQuery(words, config=CONFIGS[language], search_type="plain")
        return Q(**{document: query}), SearchRank(F(document), query)
    words = list(dict.fromkeys(stems(text, language)))
    if not words:
        return None
    found, rank = Q(), Value(0.0, output_field=FloatField())
    for word in words:
        # ":stem " is a stem of any weight (a tag is "<weight>:<stem>" between spaces): one
        # scan of the text finds the ad, where a test per weight took three.
        found &= Q(**{f"{column}__contains": f":{word} "})
        for weight, value in WEIGHTS.items():
            rank = rank + Case(When(**{f"{column}__contains": f" {weight}:{word} "}, then=Value(value)),
                               default=Value(0.0), output_field=FloatField())
    return found, rank


def by_relevance(ads):
    """Best match first; ties in the ads' own order."""
    return ads.order_by(F("rank").desc(), *ads.model._meta.ordering)


def suggestion(text, known_words):
    """The query with each word that is not a known word replaced by the nearest one, or None."""
    known = {word.casefold(): word.casefold() for word in known_words}
    changed, words = False, []
    for word in text.split():
        folded = word.casefold()
        if folded in known:
            words.append(folded)
            continue
        nearest = difflib.get_close_matches(folded, known, n=1, cutoff=0.7)
        if nearest:
            changed = True
        words.append(nearest[0] if nearest else folded)
    return " ".join(words) if changed else None


def known_words(texts):
    """The words of titles, roles and towns, long enough to be worth suggesting."""
    return {word for text in texts for word in WORD.findall(text.casefold())
            if len(word) > 2 and word not in STOP_WORDS}
