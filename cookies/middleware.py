from django.conf import settings


class ConsentMiddleware:
    """Put the visitor's cookie choice on the request as `request.consent`.

    "yes" or "no" once the visitor has chosen for the current policy version,
    "" while the question is still open.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.consent = self.read_choice(request)
        return self.get_response(request)

    def read_choice(self, request):
        value = request.COOKIES.get(settings.CONSENT_COOKIE_NAME, "")
        version, _, choice = value.partition(":")
        if version == str(settings.CONSENT_POLICY_VERSION) and choice in ("yes", "no"):
            return choice
        return ""
