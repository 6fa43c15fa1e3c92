from django.conf import settings

from cookies.consent import YES


def consent(request):
    """The visitor's choice, and the analytics tracker's address only for a visitor who said yes."""
    choice = getattr(request, "consent", "")
    analytics = None
    if choice == YES and settings.ANALYTICS_ENABLED:
        analytics = {"url": settings.MATOMO_URL, "site_id": settings.MATOMO_SITE_ID}
    return {"consent": choice, "analytics": analytics}
