"""The site's own address for links read away from the page: the feed, the sitemap, robots.txt.

Built from SITE_URL (DJANGO_SITE_URL) like the e-mails' links, never from the
request's Host header: another name that ALLOWED_HOSTS lets through (an
address of one instance, a port) must not end up in what crawlers and feed
readers keep. Without SITE_URL (development, tests) links stay relative and
Django completes them from the request, as it would anyway; in production
`check --deploy` warns of that (careers/alerts/checks.py).
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute(path):
    """The path on SITE_URL; the path itself without SITE_URL."""
    return settings.SITE_URL + path if settings.SITE_URL else path


def scheme():
    return urlsplit(settings.SITE_URL).scheme


def host():
    return urlsplit(settings.SITE_URL).netloc
