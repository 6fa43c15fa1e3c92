from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import timezone

from careers import siteurl
from careers.models import JobAd, Page, Role


class SiteSitemap(Sitemap):
    """Links on SITE_URL (careers/siteurl.py), not on whatever host the request named.

    Each page once per language, each with its alternates in both languages
    and Swedish as the default (x-default), as the pages' own <link
    rel="alternate"> say.
    """

    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol=None):
        return siteurl.scheme() or super().get_protocol(protocol)

    def get_domain(self, site=None):
        return siteurl.host() or super().get_domain(site)


class PageSitemap(SiteSitemap):
    def items(self):
        return Page.objects.published()

    def lastmod(self, page):
        return page.updated_at


class JobSitemap(SiteSitemap):
    changefreq = "daily"

    def items(self):
        return JobAd.objects.open(timezone.localdate())

    def lastmod(self, job):
        return job.updated_at


class RoleSitemap(SiteSitemap):
    def items(self):
        return Role.objects.all()


class ListSitemap(SiteSitemap):
    """The lists, which change whenever an ad comes or goes."""

    changefreq = "daily"

    def items(self):
        return ["careers:job-list", "careers:role-list", "careers:testimonial-list",
                "careers:recruitment-status", "careers:decision-list"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"sidor": PageSitemap, "listor": ListSitemap, "yrkesroller": RoleSitemap, "lediga-jobb": JobSitemap}
