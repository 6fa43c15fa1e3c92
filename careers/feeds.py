import io
from datetime import datetime, time
from functools import partial

from django.contrib.syndication.views import Feed
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from careers import siteurl
from careers.forms import JobFilterForm
from careers.jobads_translation import foreign_language
from careers.jobposting import sections
from careers.models import JobAd

MAX_ITEMS = 100


class AtomFeed(Atom1Feed):
    def write(self, outfile, encoding):
        # Into a buffer, then to the response at once: the XML writer writes every tag, attribute
        # and text apart, and each write to an HttpResponse is encoded and stored on its own
        # (some 400 for the feed's eleven ads: 7% of the calls of an uncached feed).
        buffer = io.StringIO()
        super().write(buffer, encoding)
        outfile.write(buffer.getvalue())

    def item_attributes(self, item):
        # An ad without English in the English feed: its entry is in Swedish (the feed says "en").
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes


class JobFeed(Feed):
    """Open ads as Atom, narrowed by the same filters as the list (?yrkesroll=it&ort=Sundsvall)."""

    feed_type = AtomFeed
    author_name = "Försäkringskassan"

    def get_object(self, request):
        return JobFilterForm.for_open_jobs(request.GET, timezone.localdate(), drawn=False)

    def title(self, form):
        if label := form.label():
            return _("Open jobs at Försäkringskassan: %(filters)s") % {"filters": label}
        return _("Open jobs at Försäkringskassan")

    def subtitle(self, form):
        return _("Jobs you can apply for right now. An ad leaves the feed after its last application day.")

    # Absolute on SITE_URL, which Django's add_domain() leaves as it is, rather
    # than completed from the request's host (careers/siteurl.py).
    def link(self, form):
        return siteurl.absolute(reverse("careers:job-list") + self.query(form))

    def feed_url(self, form):
        return siteurl.absolute(reverse("careers:job-feed") + self.query(form))

    def item_link(self, job):
        return siteurl.absolute(job.get_absolute_url())

    def query(self, form):
        query = form.query()
        return f"?{query.urlencode()}" if query else ""

    def items(self, form):
        # Only open ads, so contact persons are never fed once an ad has closed.
        return form.filter(JobAd.objects.open(timezone.localdate())).select_related("role").prefetch_related(
            "contacts", "union_representatives")[:MAX_ITEMS]

    def item_description(self, job):
        # Drawn without the request, unlike a description_template: an entry uses
        # no context processor (consent, the CSP nonce and the user are a page's),
        # which ran for each entry. `sections` is called only when the entry is
        # not drawn already ({% once %}).
        return get_template("careers/jobad_feed_description.html").render(
            {"obj": job, "sections": partial(sections, job)})

    def item_title(self, job):
        return f"{job.title}, {job.town}"

    def item_extra_kwargs(self, job):
        return {"language": foreign_language(job, "title")}

    def item_pubdate(self, job):
        return timezone.make_aware(datetime.combine(job.published_on, time.min))

    def item_updateddate(self, job):
        return job.updated_at

    def item_categories(self, job):
        return [job.role.title, job.town]


class DecisionFeed(Feed):
    """Decisions to employ that can still be appealed, as on /lediga-jobb/beslut/."""

    feed_type = AtomFeed
    author_name = "Försäkringskassan"

    def title(self):
        return _("Decisions to employ at Försäkringskassan that can be appealed")

    def subtitle(self):
        return _("A decision leaves the feed the day after the last day to appeal it.")

    # Absolute on SITE_URL, as JobFeed's links are.
    def link(self):
        return siteurl.absolute(reverse("careers:decision-list"))

    def feed_url(self):
        return siteurl.absolute(reverse("careers:decision-feed"))

    def items(self):
        return JobAd.objects.appealable(timezone.localdate())[:MAX_ITEMS]

    def item_title(self, job):
        return _("Decision %(reference)s: %(title)s, %(town)s") % {
            "reference": job.decision_reference, "title": job.title, "town": job.town}

    def item_description(self, job):
        return get_template("careers/decision_feed_description.html").render({"job": job})

    def item_link(self, job):
        return siteurl.absolute(reverse("careers:decision-list") + f"#beslut-{job.pk}")

    def item_pubdate(self, job):
        return timezone.make_aware(datetime.combine(job.decision_posted_on, time.min))

    def item_updateddate(self, job):
        return job.updated_at
