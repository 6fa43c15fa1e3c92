from django.urls import path
from django.views.generic import TemplateView

from careers.alerts import views

app_name = "alerts"

urlpatterns = [
    path("", views.signup, name="signup"),
    path("skickat/", TemplateView.as_view(template_name="alerts/sent.html"), name="sent"),
    path("bekrafta/<str:token>/", views.confirm, name="confirm"),
    path("hantera/<str:token>/", views.manage, name="manage"),
    path("avsluta/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
