"""Today's ads keep every word: the old description becomes the duties.

Also: "provanställning", until now a third employment form, becomes a
permanent employment with the trial-period box ticked; the search copies are
filled in; roles with a known SSYK 2012 occupation group get its code.

The code runs here as it was written (no import of the app), so that this
migration does the same whatever the app becomes. The stemming below is the
one careers/search.py had when this was written.
"""

import re

import snowballstemmer
from django.db import migrations

STOP_WORDS = frozenset("""
och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du
henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp
vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv
detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan
vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt
våra ert era vilkas
""".split())

# SSYK 2012 four-digit occupation groups (Statistics Sweden) for the roles
# that one group describes; broader roles (chef, säkerhet, analys) get none.
SSYK = {
    "handlaggare": "3353",  # Socialförsäkringshandläggare
    "utredare": "2422",  # Planerare och utredare m.fl.
    "it": "2512",  # Mjukvaru- och systemutvecklare m.fl.
    "juridik": "2615",  # Förvaltnings- och organisationsjurister
    "ekonomi": "2412",  # Controller
    "hr": "2423",  # Personal- och HR-specialister
    "kommunikation": "2432",  # Informatörer, kommunikatörer och PR-specialister
    "verksamhetsutveckling": "2421",  # Lednings- och organisationsutvecklare
}


def search_text(title, role_and_town, body):
    stemmer = snowballstemmer.stemmer("swedish")
    tagged = []
    for weight, text in (("a", title), ("b", role_and_town), ("c", body)):
        words = [word for word in re.findall(r"\w+", text.casefold()) if word not in STOP_WORDS]
        tagged += [f"{weight}:{stem}" for stem in dict.fromkeys(stemmer.stemWords(words))]
    return f" {' '.join(tagged)} "


def forward(apps, schema_editor):
    for job in apps.get_model("careers", "JobAd").objects.select_related("role"):
        job.duties = job.description
        if job.employment_form == "provanstallning":
            job.employment_form, job.probation = "tillsvidare", True
        job.search_role = job.role.title
        job.search_text = search_text(job.title, f"{job.role.title} {job.town}", f"{job.duties} {job.reference}")
        job.save(update_fields=["duties", "employment_form", "probation", "search_role", "search_text"])
    Role = apps.get_model("careers", "Role")
    for slug, code in SSYK.items():
        Role.objects.filter(slug=slug, ssyk_code="").update(ssyk_code=code)


def backward(apps, schema_editor):
    for job in apps.get_model("careers", "JobAd").objects.all():
        job.description = job.duties
        if job.probation and job.employment_form == "tillsvidare":
            job.employment_form = "provanstallning"
        job.save(update_fields=["description", "employment_form"])


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0005_jobad_state_ad_fields"),
    ]

    operations = [migrations.RunPython(forward, backward)]
