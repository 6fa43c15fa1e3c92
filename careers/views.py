import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, ListView

from benefits.forms import VacationForm
from benefits.models import Benefit, VacationTier
from careers.models import Link, Page, Role, Testimonial

logger = logging.getLogger(__name__)


@require_GET
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
        "roles": Role.objects.all(),
        "testimonials": Testimonial.objects.all(),
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
    model = Role


class RoleDetailView(DetailView):
    model = Role


class TestimonialListView(ListView):
    model = Testimonial


@never_cache
@require_GET
def healthz(request):
    """For load balancers: 200 while the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("healthz: the database does not answer")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
