from django.urls import path

from cookies import views

app_name = "cookies"

urlpatterns = [
    path("", views.policy, name="policy"),
    path("val/", views.choose, name="choose"),
]
