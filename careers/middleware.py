from urllib.parse import unquote_plus

from django.conf import settings
from django.core.exceptions import SuspiciousOperation


class BadRequestMiddleware:
    """Refuse with 400 what no page here can answer, before any cache can answer it.

    - An unknown Host: Django checks it only when something first asks for the
      host, which on a cached page is never.
    - A NUL character in the path, the query or a cookie: no address here has
      one, and PostgreSQL cannot compare text with one (a session cookie with
      a NUL in it would otherwise end in a database error, a 500).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.get_host()  # raises DisallowedHost (a 400) for a host not in ALLOWED_HOSTS
        if "\x00" in request.path or "\x00" in unquote_plus(request.META.get("QUERY_STRING", "")):
            raise SuspiciousOperation("NUL character in the address")
        if any("\x00" in name + value for name, value in request.COOKIES.items()):
            raise SuspiciousOperation("NUL character in a cookie")
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Tell browsers that no page here may use the camera, microphone, location and the like.

    Django has no setting for this header; the policy itself is PERMISSIONS_POLICY.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
