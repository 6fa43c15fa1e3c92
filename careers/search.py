"""Swedish free-text search of job ads, the same hits on PostgreSQL and SQLite.

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
"""

import difflib
import re

import snowballstemmer
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, FloatField, Func, TextField, Value, When

CONFIG = "swedish"
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

_stemmer = snowballstemmer.stemmer("swedish")


def is_postgresql():
    return connection.vendor == "postgresql"


def stems(text):
    """The stems of the words in a text, in order, stop words left out."""
    words = [word for word in WORD.findall(text.casefold()) if word not in STOP_WORDS]
    return _stemmer.stemWords(words)


def search_text(title, role_and_town, body):
    """What SQLite searches: every stem once per weight, tagged with it, between spaces."""
    tagged = []
    for weight, text in (("a", title), ("b", role_and_town), ("c", body)):
        tagged += [f"{weight}:{stem}" for stem in dict.fromkeys(stems(text))]
    return f" {' '.join(tagged)} "


def split(field):
    """A column with its `JOINERS` read as spaces (translate(): no regular expression, so no locale)."""
    return Func(F(field), Value(JOINERS), Value(SPACES), function="translate", output_field=TextField())


def vector():
    """The weighted document: what migration 0012's trigger writes into `search_document`."""
    return (
        SearchVector(split("title"), weight="A", config=CONFIG)
        + SearchVector(split("search_role"), split("town"), weight="B", config=CONFIG)
        + SearchVector(*map(split, ("duties", "qualifications", "merits", "reference")), weight="C", config=CONFIG)
    )


def search(ads, text):
    """The ads that hold every word of the text in some form, annotated with `rank`."""
    if is_postgresql():
        query = SearchQuery(text.translate(str.maketrans(JOINERS, SPACES)), config=CONFIG, search_type="plain")
        return ads.filter(search_document=query).annotate(rank=SearchRank(F("search_document"), query))
    words = list(dict.fromkeys(stems(text)))
    if not words:  # only stop words: PostgreSQL finds nothing either
        return ads.annotate(rank=Value(0.0, output_field=FloatField())).none()
    rank = Value(0.0, output_field=FloatField())
    for word in words:
        # ":stem " is a stem of any weight (a tag is "<weight>:<stem>" between spaces): one
        # scan of the text finds the ad, where a test per weight took three.
        ads = ads.filter(search_text__contains=f":{word} ")
        for weight, value in WEIGHTS.items():
            rank = rank + Case(When(search_text__contains=f" {weight}:{word} ", then=Value(value)),
                               default=Value(0.0), output_field=FloatField())
    return ads.annotate(rank=rank)


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
