"""`manage.py check --deploy`: the site's address, without which e-mails carry links no mail program can open."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def site_url(app_configs, **kwargs):
    parts = urlsplit(settings.SITE_URL)
    if parts.scheme in ("http", "https") and parts.netloc:
        return []
    return [Warning(
        "DJANGO_SITE_URL saknas eller är ingen hel adress: e-postmeddelandenas länkar (bekräftelser och "
        "jobbevakningar) kan inte göras, och flödet, webbplatskartan och robots.txt tar adressen från anropet.",
        hint="Sätt DJANGO_SITE_URL till webbplatsens adress, till exempel https://jobba.forsakringskassan.se. "
             "Utan den svarar anmälan till jobbevakning 503 och sendjobalerts vägrar köra.",
        id="alerts.W001",
    )]
