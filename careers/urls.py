from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from careers import metrics, views
from careers.feeds import DecisionFeed, JobFeed
from careers.sitemaps import SITEMAPS

# The public site's paths are written in English and translated to Swedish in
# locale/sv ("roles/" -> "yrkesroller/"): Swedish at the addresses it has
# always had, English under /en/ (i18n_patterns below).
careers_patterns = [
    path("", views.home, name="home"),
    path(_("roles/"), views.RoleListView.as_view(), name="role-list"),
    path(_("roles/<slug:slug>/"), views.RoleDetailView.as_view(), name="role-detail"),
    path(_("colleagues/"), views.TestimonialListView.as_view(), name="testimonial-list"),
    path(_("jobs/"), views.JobListView.as_view(), name="job-list"),
    path(_("jobs/feed/"), JobFeed(), name="job-feed"),
    path(_("jobs/status/"), views.recruitment_status, name="recruitment-status"),
    path(_("jobs/decisions/"), views.DecisionListView.as_view(), name="decision-list"),
    path(_("jobs/decisions/feed/"), DecisionFeed(), name="decision-feed"),
    path(_("jobs/<int:pk>-<slug:slug>/"), views.job_detail, name="job-detail"),
    # Editable pages at stable paths ("/om-forsakringskassan/"), the same
    # slug in both languages; last, so that every named route above wins.
    path("<slug:slug>/", views.PageDetailView.as_view(), name="page-detail"),
]

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("metrics", metrics.metrics, name="metrics"),
    path(settings.ADMIN_URL, admin.site.urls),
    # One sitemap and one robots.txt for the site, at its root: the sitemap
    # lists both languages' pages (careers/sitemaps.py).
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
]

# The language is the address: no prefix Swedish, /en/ English
# (careers/language.py activates it from the path).
urlpatterns += i18n_patterns(
    path(_("cookies/"), include("cookies.urls")),
    path(_("jobs/alerts/"), include("careers.alerts.urls")),
    path("", include((careers_patterns, "careers"))),
    prefix_default_language=False,
)
