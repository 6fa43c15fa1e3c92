from django.conf import settings


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
