from django.urls import path
from django.utils.translation import gettext_lazy as _

from cookies import views

app_name = "cookies"

# The paths are translated (locale/sv): /kakor/val/ in Swedish, /en/cookies/choice/ in English.
urlpatterns = [
    path("", views.policy, name="policy"),
    path(_("choice/"), views.choose, name="choose"),
]
