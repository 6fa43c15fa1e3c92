"""English search (issue 22): English words in English texts in their word forms, on PostgreSQL
(its `english` configuration on the English columns) and SQLite (Snowball's English stemmer) alike.

As tests/careers/test_job_search.py: every test runs on the database the run is configured with,
and CI runs the suite on SQLite and on PostgreSQL; the index and document tests need PostgreSQL.
"""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from careers import search
from careers.models import JobAd
from tests.factories import copy_of, make_job, make_role
from tests.parse import parse, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def examples():
    today = timezone.localdate()
    it, analys = make_role("It", slug="it"), make_role("Analys", slug="analys")
    make_job("Systemutvecklare Java", role=it, town="Sundsvall", duties="Du utvecklar våra system.",
             title_en="Java developer", duties_en="You develop the systems that pay out benefits.",
             qualifications_en="- experience of automated testing", published_on=today - timedelta(days=2))
    make_job("Analytiker inom socialförsäkringen", role=analys, town="Gävle",
             duties="Du gör analyser av försäkringarna.", title_en="Analyst of the social insurance",
             duties_en="You analyse how the insurances work.", published_on=today - timedelta(days=3))
    make_job("Handläggare inom föräldraförsäkringen", town="Göteborg",  # only in Swedish
             duties="Du utreder ansökningar om föräldrapenning.", published_on=today - timedelta(days=4))


def english_titles(response):
    return [text(anchor) for anchor in parse(response).select("main a")
            if re.fullmatch(r"/en/jobs/\d+-[\w-]+/", anchor.get("href", ""))]


def swedish_titles(response):
    return [text(anchor) for anchor in parse(response).select("main a")
            if re.fullmatch(r"/lediga-jobb/\d+-[\w-]+/", anchor.get("href", ""))]


@pytest.mark.parametrize(("query", "found"), [
    ("developers", ["Java developer"]),                 # the issue's own example: "developer" in the title
    ("Developing", ["Java developer"]),                 # a verb's form, in the text
    ("tests", ["Java developer"]),                      # "testing" in the qualifications
    ("analysts", ["Analyst of the social insurance"]),
    ("analysing insurance", ["Analyst of the social insurance"]),  # every word, each in a form of its own
    ("the developer", ["Java developer"]),              # "the" is an English stop word
    ("developer Gävle", []),                            # every word must match
    ("Göteborg", ["Handläggare inom föräldraförsäkringen"]),  # the town of an ad without English
    ("handläggaren", ["Handläggare inom föräldraförsäkringen"]),  # Swedish words find the Swedish ad
    ("the", []),                                        # only a stop word
])
def test_english_word_forms_find_the_ad_on_this_database(client, examples, query, found):
    assert english_titles(client.get("/en/jobs/", {"q": query})) == found


def test_the_swedish_search_reads_only_the_swedish_texts(client, examples):
    assert swedish_titles(client.get("/lediga-jobb/", {"q": "developers"})) == []
    assert swedish_titles(client.get("/lediga-jobb/", {"q": "analysts"})) == []
    assert swedish_titles(client.get("/lediga-jobb/", {"q": "utvecklaren"})) == ["Systemutvecklare Java"]


def test_an_english_search_ranks_the_title_over_the_text(client):
    today = timezone.localdate()
    make_job("Jurist", duties="Du ger råd.", title_en="Lawyer", duties_en="You advise the analysts.",
             published_on=today - timedelta(days=1))
    make_job("Analytiker", duties="Du analyserar.", title_en="Analyst", duties_en="You analyse data.",
             published_on=today - timedelta(days=9))
    assert english_titles(client.get("/en/jobs/", {"q": "analyst"})) == ["Analyst", "Lawyer"]
    assert english_titles(client.get("/en/jobs/", {"q": "analyst", "sortering": "senaste"})) == ["Lawyer", "Analyst"]


def test_search_text_en_is_tagged_english_stems_for_sqlite():
    assert search.search_text("Java developers", "It Sundsvall", "You are developing the systems.", "en") == (
        " a:java a:develop b:sundsval c:develop c:system ")  # "it", "you", "are", "the": English stop words


def test_the_role_and_town_are_in_the_english_document_of_every_ad(examples):
    ad = JobAd.objects.get(title_sv="Handläggare inom föräldraförsäkringen")
    assert ad.search_role_en == ad.role.title  # the role has no English title of its own here
    assert " b:göteborg " in ad.search_text_en
    assert "a:" not in ad.search_text_en  # no English title


def test_a_role_renamed_reaches_the_english_copy_too(examples):
    role = JobAd.objects.get(title_en="Java developer").role
    role.title = "Systemutveckling"
    role.save()
    ad = JobAd.objects.get(title_en="Java developer")
    assert ad.search_role == "Systemutveckling" and ad.search_role_en == "Systemutveckling"
    assert list(JobAd.objects.search("systemutveckling", "en")) == [ad]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own index; runs in the PostgreSQL run")
def test_postgresql_searches_english_through_its_gin_index(examples):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'careers_jobad_search_en'")
        (definition,) = cursor.fetchone()
        assert "USING gin (search_document_en)" in definition
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = JobAd.objects.search("developers", "en").only("pk").query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "careers_jobad_search_en" in plan and re.search(r"careers_jobad_search(?!_en)", plan)  # both languages


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own document; runs in the PostgreSQL run")
def test_postgresql_keeps_the_english_document_of_every_ad_however_it_is_written(examples):
    # Migration 0014's trigger writes `search_document_en`; search.vector("en") says what it must be.
    def stale():
        rows = JobAd.objects.annotate(expected=search.vector("en")).values_list(
            "title_sv", "search_document_en", "expected")
        return [title for title, document, expected in rows if document != expected]

    assert JobAd.objects.filter(search_document_en__isnull=True).count() == 0
    assert stale() == []
    ad = JobAd.objects.get(title_en="Java developer")
    JobAd.objects.filter(pk=ad.pk).update(merits_en="- experience of budgeting")  # no save()
    JobAd.objects.bulk_create([copy_of(ad, reference="FK 2099/1", status=JobAd.Status.DRAFT)])
    assert stale() == []
    assert set(JobAd.objects.search("budgets", "en").values_list("title_en", flat=True)) == {"Java developer"}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's trigger; runs in the PostgreSQL run")
def test_an_instance_still_on_the_code_before_the_migration_writes_the_swedish_ad_the_new_code_reads():
    """Migration 0014: the old code writes `title` alone; the trigger carries it to `title_sv`."""
    state = MigrationExecutor(connection).loader.project_state([("careers", "0013_jobad_recruitment")])
    OldRole, OldJobAd = state.apps.get_model("careers", "Role"), state.apps.get_model("careers", "JobAd")
    role = OldRole.objects.create(title="Handläggare", slug="handlaggare", summary="Om.")
    old = OldJobAd.objects.create(
        title="Handläggare", slug="handlaggare", role=role, town="Östersund", duties="Du utreder.",
        qualifications="- examen", reference="FK 2026/1", last_day=timezone.localdate() + timedelta(days=9),
        apply_url="https://rekrytering.example/1", status="publicerad")
    job = JobAd.objects.get(pk=old.pk)
    assert (job.title, job.title_sv, job.duties_sv, job.title_en) == ("Handläggare", "Handläggare", "Du utreder.", None)
    OldJobAd.objects.filter(pk=old.pk).update(title="Utredare", duties="Du utreder mer.")  # an edit by the old code
    job = JobAd.objects.get(pk=old.pk)
    assert (job.title, job.duties) == ("Utredare", "Du utreder mer.")
    assert list(JobAd.objects.search("utredaren")) == [job]
    job.title = "Jurist"  # and the new code's own edits stay the new code's
    job.save()
    assert JobAd.objects.get(pk=old.pk).title_sv == "Jurist"
