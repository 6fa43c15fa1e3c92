"""The language of a page is its address: English under /en/, Swedish everywhere else.

Django's LocaleMiddleware would also read a language cookie and the
Accept-Language header, and it marks every Swedish page `Vary:
Accept-Language` - a page cache and a browser would keep a copy per header
value, and a visitor's browser settings would choose for them. Here only the
path counts, so one address is one page in one language, whoever asks.
"""

from django.conf import settings
from django.utils import translation


def path_language(path):
    """The language of a path on this site: its prefix ("/en/…"), or Swedish (no prefix) - also the admin's."""
    return translation.get_language_from_path(path) or settings.LANGUAGE_CODE


class LanguageFromPathMiddleware:
    """Speak the address's language while the request is answered: URL resolution, views, error pages.

    Above everything that may write a page (the 400 of BadRequestMiddleware,
    the page cache, the 503 while the database is down), below what never
    writes one (static files). The language is put back afterwards, so that
    nothing after a request (a test, the next request of the thread) inherits it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = path_language(request.path_info)
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
