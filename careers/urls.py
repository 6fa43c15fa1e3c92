from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from careers import views

careers_patterns = [
    path("", views.home, name="home"),
    path("yrkesroller/", views.RoleListView.as_view(), name="role-list"),
    path("yrkesroller/<slug:slug>/", views.RoleDetailView.as_view(), name="role-detail"),
    path("medarbetare/", views.TestimonialListView.as_view(), name="testimonial-list"),
    # Editable pages at stable paths ("/om-forsakringskassan/"); last, so
    # that every named route above wins.
    path("<slug:slug>/", views.PageDetailView.as_view(), name="page-detail"),
]

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("kakor/", include("cookies.urls")),
    path("", include((careers_patterns, "careers"))),
]
