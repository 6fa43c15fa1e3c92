from datetime import timedelta

from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from benefits.forms import VacationForm
from benefits.models import Benefit, VacationTier
from careers import siteurl
from careers.database.middleware import quiet, went_down
from careers.forms import JobFilterForm, ReferenceSearchForm
from careers.jobposting import job_posting, json_ld, sections
from careers.models import JobAd, Link, Page, Role, Testimonial
from careers.pagecache.backend import cache_reachable


@require_safe
def home(request):
    """The main page: one Page whose sections pull in roles, people, benefits and links."""
    page = get_object_or_404(
        Page.objects.published().prefetch_related("sections"), slug=Page.HOME_SLUG
    )
    today = timezone.localdate()
    tiers = VacationTier.objects.table()
    form = VacationForm(request.GET if "fodelsear" in request.GET else None, year=today.year)
    entitlement = None
    if form.is_valid():
        entitlement = VacationTier.entitlement(tiers, form.cleaned_data["fodelsear"], today.year)
    return render(request, "careers/home.html", {
        "page": page,
        "roles": Role.objects.with_open_job_count(today),
        "testimonials": Testimonial.objects.select_related("film"),
        "benefits": Benefit.objects.with_amounts(today),
        "tiers": tiers,
        "vacation_form": form,
        "entitlement": entitlement,
        "links": Link.objects.select_related("page"),
    })


class PageDetailView(DetailView):
    template_name = "careers/page_detail.html"

    def get_queryset(self):
        return Page.objects.published().exclude(slug=Page.HOME_SLUG)


class RoleListView(ListView):
    def get_queryset(self):
        return Role.objects.with_open_job_count(timezone.localdate())


class RoleDetailView(DetailView):
    model = Role

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        # Through the role's own manager: each ad knows its role without a query.
        return super().get_context_data(jobs=self.object.jobs.open(today), today=today, **kwargs)


class TestimonialListView(ListView):
    queryset = Testimonial.objects.select_related("film")

    def get_context_data(self, **kwargs):
        # The page speaks of films only when there is one to see.
        context = super().get_context_data(**kwargs)
        context["has_films"] = any(testimonial.film_url or hasattr(testimonial, "film")
                                   for testimonial in context["object_list"])
        return context


class JobListView(ListView):
    """Open ads, narrowed by the filters in the address; the same number of queries for any page."""

    template_name = "careers/jobad_list.html"
    paginate_by = 10
    # How long the page cache's last good copy of a search may be served while the database is
    # down: each search is a page of its own, most asked for once, so not a day as other pages.
    search_last_good_copy = timedelta(minutes=15)

    def get_queryset(self):
        self.today = timezone.localdate()
        self.form = JobFilterForm.for_open_jobs(self.request.GET, self.today)
        return self.form.filter(JobAd.objects.open(self.today)).cards()

    def get(self, request, *args, **kwargs):
        # Django's paginator answers 404 for a page number that is not one ("abc") or past
        # the last page. A number written otherwise than the page links write it ("01", " 2",
        # "last") is sent to that address, so that each page has one address (and one cache key).
        response = super().get(request, *args, **kwargs)
        number = str(response.context_data["page_obj"].number)
        asked = request.GET.getlist(self.page_kwarg)
        if asked and asked != [number]:
            query = request.GET.copy()
            query[self.page_kwarg] = number
            # "last" moves as ads come and go: not a permanent redirect.
            redirect_class = HttpResponseRedirect if "last" in asked else HttpResponsePermanentRedirect
            return redirect_class(f"{request.path}?{query.urlencode()}")
        if self.form.words():
            response.page_cache_stale_until = timezone.now() + self.search_last_good_copy
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        context.update(
            form=self.form,
            query=self.form.query(),
            today=self.today,
            page_range=page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1),
        )
        # Only when nothing was found: one more query, whatever the number of ads.
        if not page.paginator.count and (suggestion := self.form.suggestion(self.today)):
            query = self.form.query()
            query["q"] = suggestion
            context.update(suggestion=suggestion, suggestion_query=query.urlencode())
        return context


@require_safe
def job_detail(request, pk, slug):
    """An open ad; 410 Gone once its last day has passed; drafts only for editors, as a preview."""
    today = timezone.localdate()
    ads = JobAd.objects.select_related("role").prefetch_related("contacts", "union_representatives")
    job = ads.open(today).filter(pk=pk).first()
    preview = job is None and request.user.is_staff and request.user.has_perm("careers.view_jobad")
    if preview:
        job = get_object_or_404(ads, pk=pk)
    elif job is None:
        closed = get_object_or_404(JobAd.objects.closed(today).select_related("role"), pk=pk)
        return render(request, "careers/jobad_gone.html", {
            "job": closed, "today": today, "similar_jobs": JobAd.objects.similar_to(closed, today),
        }, status=410)
    if slug != job.slug:
        return redirect(job, permanent=not preview)
    # Contact persons and union representatives are personal data: once the
    # ad has closed they are neither shown nor marked up, not even to editors.
    people = job.shows_people(today)
    response = render(request, "careers/jobad_detail.html", {
        "job": job,
        "today": today,
        "preview": preview,
        "visibility": job.visibility(today),
        "sections": sections(job),
        "contacts": job.contacts.all() if people else [],
        "union_representatives": job.union_representatives.all() if people else [],
        "json_ld": json_ld(job_posting(job, people=people)),
        "similar_jobs": JobAd.objects.similar_to(job, today),
    })
    if preview:
        # An editor's view of an unpublished ad must never reach a shared cache.
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    elif people:
        # Its people must not outlive the ad as the page cache's last good copy,
        # served while the database is down (careers/pagecache/middleware.py).
        response.page_cache_stale_until = job.closes_at
    return response


@require_safe
def recruitment_status(request):
    """The recruitments that closed in the last 90 days and where each stands, searchable by reference number."""
    today = timezone.localdate()
    form = ReferenceSearchForm(request.GET)
    jobs = JobAd.objects.recently_closed(today)
    valid = form.is_valid()
    return render(request, "careers/recruitment_status.html", {
        "form": form, "today": today, "jobs": form.filter(jobs) if valid else jobs.none(),
        "searched": valid and form.cleaned_data["q"].strip(),
    }, status=200 if valid else 400)


class DecisionListView(ListView):
    """Decisions to employ that can still be appealed."""

    template_name = "careers/decision_list.html"

    def get_queryset(self):
        return JobAd.objects.appealable(timezone.localdate())


@require_safe
def robots_txt(request):
    # No rule for the admin: listing it would publish the address README advises
    # making hard to guess, and it answers only to those who log in anyway.
    sitemap_url = request.build_absolute_uri(siteurl.absolute(reverse("sitemap")))
    return render(request, "robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def healthz(request):
    """For load balancers: 200 while the database answers, 503 when it does not.

    The cache is only reported: while it is down every instance still serves
    every page (rendered), so it is no reason to take an instance out.
    """
    cache_state = "cache: ok" if cache_reachable() else "cache: down (pages are rendered from the database)"
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        went_down(error)  # one warning per outage and process, as for a page, not one per probe
        return quiet(HttpResponse(f"database: down\n{cache_state}\n", status=503, content_type="text/plain"))
    return HttpResponse(f"ok\ndatabase: ok\n{cache_state}\n", content_type="text/plain")
