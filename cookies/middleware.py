from cookies import consent


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

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.consent, request.consent_id = consent.read(request)
        response = self.get_response(request)
        if response.cookies and request.consent != consent.YES:
            analytics = consent.AnalyticsCookies()
            for name, morsel in list(response.cookies.items()):
                # Expiring one, as a "no" does, is allowed.
                if morsel["max-age"] != 0 and name in analytics:
                    del response.cookies[name]
        return response
