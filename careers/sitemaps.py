from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import timezone

from careers.models import JobAd, Page, Role


class PageSitemap(Sitemap):
    def items(self):
        return Page.objects.published()

    def lastmod(self, page):
        return page.updated_at


class JobSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return JobAd.objects.open(timezone.localdate())

    def lastmod(self, job):
        return job.updated_at


class RoleSitemap(Sitemap):
    def items(self):
        return Role.objects.all()


class ListSitemap(Sitemap):
    """The lists, which change whenever an ad comes or goes."""

    changefreq = "daily"

    def items(self):
        return ["careers:job-list", "careers:role-list", "careers:testimonial-list"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"sidor": PageSitemap, "listor": ListSitemap, "yrkesroller": RoleSitemap, "lediga-jobb": JobSitemap}
