import uuid

from django.conf import settings

from cookies.models import Cookie, CookiePolicy


class ConsentMiddleware:
    """Put the visitor's cookie choice on the request; keep analytics cookies out without a yes.

    `request.consent` is "yes" or "no" once the visitor has chosen for the
    current policy version, "no" while a browser that sends the Global Privacy
    Control signal (`Sec-GPC: 1`) has not chosen, and "" while the question is
    open. `request.consent_id` is the random id in the consent cookie, or "".

    Second line of defence: unless the answer is "yes", no response may set a
    cookie that the register lists as analytics (expiring one, as a "no"
    does, is allowed). This middleware sits outside the page cache, so the
    rule holds for cached responses too.
    """

    choices = ("yes", "no")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.consent, request.consent_id = self.read_choice(request)
        response = self.get_response(request)
        if response.cookies and request.consent != "yes":
            self.strip_analytics_cookies(response)
        return response

    def read_choice(self, request):
        # The cookie is "<policy version>:<choice>:<consent id>".
        parts = request.COOKIES.get(settings.CONSENT_COOKIE_NAME, "").split(":")
        if len(parts) != 3:
            return self.default(request), ""
        version, choice, consent_id = parts
        consent_id = consent_id if self.is_consent_id(consent_id) else ""
        if choice in self.choices and version == CookiePolicy.current_version():
            return choice, consent_id
        return self.default(request), consent_id

    def default(self, request):
        return "no" if request.headers.get("Sec-GPC") == "1" else ""

    def is_consent_id(self, value):
        try:
            return uuid.UUID(hex=value).hex == value
        except ValueError:
            return False

    def strip_analytics_cookies(self, response):
        registered = list(Cookie.objects.analytics())
        for name, morsel in list(response.cookies.items()):
            expiring = morsel["max-age"] == 0
            if not expiring and any(cookie.matches(name) for cookie in registered):
                del response.cookies[name]
