from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from careers.alerts import views

app_name = "alerts"

# The paths are translated (locale/sv): /lediga-jobb/bevakning/bekrafta/… in Swedish,
# /en/jobs/alerts/confirm/… in English. Links in e-mails already sent keep their paths.
urlpatterns = [
    path("", views.signup, name="signup"),
    path(_("sent/"), TemplateView.as_view(template_name="alerts/sent.html"), name="sent"),
    path(_("confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("manage/<str:token>/"), views.manage, name="manage"),
    path(_("unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
]
