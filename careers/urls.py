from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from careers import metrics, views
from careers.feeds import DecisionFeed, JobFeed
from careers.sitemaps import SITEMAPS

careers_patterns = [
    path("", views.home, name="home"),
    path("yrkesroller/", views.RoleListView.as_view(), name="role-list"),
    path("yrkesroller/<slug:slug>/", views.RoleDetailView.as_view(), name="role-detail"),
    path("medarbetare/", views.TestimonialListView.as_view(), name="testimonial-list"),
    path("lediga-jobb/", views.JobListView.as_view(), name="job-list"),
    path("lediga-jobb/feed/", JobFeed(), name="job-feed"),
    path("lediga-jobb/status/", views.recruitment_status, name="recruitment-status"),
    path("lediga-jobb/beslut/", views.DecisionListView.as_view(), name="decision-list"),
    path("lediga-jobb/beslut/feed/", DecisionFeed(), name="decision-feed"),
    path("lediga-jobb/<int:pk>-<slug:slug>/", views.job_detail, name="job-detail"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    # Editable pages at stable paths ("/om-forsakringskassan/"); last, so
    # that every named route above wins.
    path("<slug:slug>/", views.PageDetailView.as_view(), name="page-detail"),
]

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("metrics", metrics.metrics, name="metrics"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("kakor/", include("cookies.urls")),
    path("lediga-jobb/bevakning/", include("careers.alerts.urls")),
    path("", include((careers_patterns, "careers"))),
]
