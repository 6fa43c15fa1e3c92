"""The cookies the site really sets, so that the cookie page is right from the first deploy.

Matomo's cookies are set by its script on this site's own domain, so they are
first-party cookies even when the Matomo server lives elsewhere.
"""

from django.db import migrations

NECESSARY, ANALYTICS = "nodvandig", "webbanalys"

REGISTER = [
    ("fk_kakval", NECESSARY, "12 månader",
     "Sparar ditt val om kakor och vilken version av våra regler för kakor du svarade på. "
     "Den innehåller också ett slumpat nummer för ditt val, så att vi kan visa vad du valde och när."),
    ("messages", NECESSARY, "Tills beskedet har visats",
     "Visar ett kort besked på nästa sida, till exempel att ditt val om kakor är sparat. "
     "Kakan tas bort när du har fått beskedet."),
    ("csrftoken", NECESSARY, "1 år",
     "Skyddar webbplatsens redigeringsverktyg mot falska anrop från andra webbplatser. "
     "Sätts bara för medarbetare som loggar in för att ändra webbplatsen."),
    ("sessionid", NECESSARY, "2 veckor",
     "Håller en medarbetare inloggad i webbplatsens redigeringsverktyg. Sätts inte för besökare."),
    ("_pk_id.*", ANALYTICS, "13 månader",
     "Matomo, vårt verktyg för webbanalys, känner igen din webbläsare när du kommer tillbaka. "
     "Kakan innehåller ett slumpat nummer för din webbläsare."),
    ("_pk_ses.*", ANALYTICS, "30 minuter",
     "Matomo håller ihop de sidor du tittar på under ett och samma besök."),
    ("_pk_ref.*", ANALYTICS, "6 månader",
     "Matomo sparar från vilken annan webbplats du kom till oss, om du kom via en länk."),
]


def seed(apps, schema_editor):
    Cookie = apps.get_model("cookies", "Cookie")
    CookiePolicy = apps.get_model("cookies", "CookiePolicy")
    for order, (name, category, lifetime, purpose) in enumerate(REGISTER):
        Cookie.objects.get_or_create(name=name, defaults={
            "category": category, "lifetime": lifetime, "purpose": purpose, "order": order,
        })
    if not CookiePolicy.objects.exists():
        CookiePolicy.objects.create(version=1)


class Migration(migrations.Migration):
    dependencies = [("cookies", "0002_hr_editor_permissions")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
