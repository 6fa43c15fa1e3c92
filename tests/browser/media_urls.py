"""The site's addresses plus uploaded files, for the film's browser tests (tests/browser/test_film.py).

Until the site has a media view of its own (issue 23, "Serving media"), Django's
file view serves MEDIA_ROOT here, as a development server would.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from careers.urls import urlpatterns as site_patterns

urlpatterns = [
    re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_patterns,
]
