"""What each page type costs to render, uncached and from the page cache, as multiples of /healthz.

Run by bench/measure.py (`make bench`) in its own process, against the database
bench/run.sh prepared; or alone, with DJANGO_* and DATABASE_URL pointing at a
database that has the content (`manage.py loadcontent --examples`):

    .venv/bin/python bench/render.py

Every figure is CPU time inside Django (`time.process_time`), the site's own
request cycle through Django's test client, with no server: it holds still
while other work shares the machine, where wall time does not. Each figure is
the median of REQUESTS requests, after three requests that warm the templates
and translations. "Uncached" empties the cache before each request, as the
first request after an editor's save finds it; "cached" is the same page
served from the page cache. /healthz (one SELECT 1) is measured in the same
run, so that a multiple means the same on any machine.
"""

import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careers.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from careers.models import JobAd, Page, Role  # noqa: E402
from careers.pagecache import expiry, version  # noqa: E402
from careers.templatetags.careers import OnceNode  # noqa: E402

REQUESTS = 40
ACCEPT_ENCODING = "br, gzip"
# Issue 14: uncached, as multiples of /healthz.
MAX_MAIN_PAGE = 12
MAX_OTHER = 8
MAX_SEARCH = 12
SEARCH_ADS = 2000
SEARCH_WORD = "handläggaren"
SEARCH_PATH = "/lediga-jobb/?q=handl%C3%A4ggaren&distans=delvis&sortering=relevans"


def new_search():
    """A search word nobody has asked for in this process: the search field and the cards are
    drawn anew; the lists beside the field (drawn per field and value), the header, the footer
    and the banner are not, as they never are after a process's first request."""
    OnceNode.clear(["careers/listings/jobs.html"])
    OnceNode.clear(["careers/jobad_list.html"], holding=SEARCH_WORD)


def page_types():
    """(name, path) of one page of every type the site serves to visitors, in Swedish and then in English."""
    today = timezone.localdate()
    role = Role.objects.order_by("order", "title").first()
    ad = JobAd.objects.open(today).select_related("role").order_by("pk").first()
    page = Page.objects.published().exclude(slug=Page.HOME_SLUG).order_by("pk").first()
    found = []
    for language, suffix in [("sv", ""), ("en", " (en)")]:
        with translation.override(language):
            found += [(name + suffix, path) for name, path in [
                ("main page", reverse("careers:home")),
                ("roles", reverse("careers:role-list")),
                ("role page", role.get_absolute_url()),
                ("colleagues", reverse("careers:testimonial-list")),
                ("content page", page.get_absolute_url()),
                ("job list", reverse("careers:job-list")),
                ("job list, filtered", f"{reverse('careers:job-list')}?yrkesroll={ad.role.slug}&distans=delvis"),
                # A campaign link: its "cached" figure is the plain list's cached page (issue 21).
                ("job list, campaign", f"{reverse('careers:job-list')}?utm_source=nyhetsbrev&fbclid=IwAR0"),
                ("job ad", ad.get_absolute_url()),
                ("job feed", reverse("careers:job-feed")),
                ("job alert sign-up", f"{reverse('alerts:signup')}?yrkesroll={ad.role.slug}"),
                ("cookie page", reverse("cookies:policy")),
            ]]
    return found


def cold(new_process=False, drawn_anew=None):
    """The page cache as the first request after an editor's save finds it: every page a miss.

    A save starts a new content version, on every instance and in every process's
    own copy. The page cache then asks the database once, for all pages, when
    the next page is due to be published; that is asked here, so that each
    figure is the page's own. What `{% once %}` keeps (job cards, feed entries,
    the job filters) is keyed by the values it draws, so a save leaves it as it
    is, unless it changed those values; `new_process` empties it too, as a
    process's first request finds it, and `drawn_anew` (a function) empties only
    what a page drawn anew would not find (see new_search).
    """
    cache.clear()  # also what the runs before left behind, so that every request finds the same cache
    version.new_content_version()
    expiry.seconds_to_live()
    if new_process:
        OnceNode.clear()
    elif drawn_anew:
        drawn_anew()


def timed(client, path, counted=None):
    """CPU time of one request, in seconds; its queries go to `counted` when given."""
    start = time.process_time()
    if counted is None:
        response = client.get(path)
    else:
        with connection.execute_wrapper(counted):
            response = client.get(path)
    spent = time.process_time() - start
    assert response.status_code == 200, f"{path}: HTTP {response.status_code}"
    return spent


def cpu_us(client, path, uncached, healthz_path, new_process=False, drawn_anew=None):
    """Median CPU µs of the page and of /healthz asked right after each time, and the page's queries.

    /healthz in turn with the page, not in a run of its own: this machine's
    speed changes from second to second (other virtual machines share it),
    and in turn both see the same speed.
    """
    for _ in range(3):
        client.get(path)
        client.get(healthz_path)
    page, healthz, queries = [], [], []

    def counted(execute, sql, *args):  # with DEBUG off, Django keeps no query log
        queries.append(sql)
        return execute(sql, *args)

    for _ in range(REQUESTS):
        if uncached:
            cold(new_process, drawn_anew)
        queries.clear()
        page.append(timed(client, path, counted))
        healthz.append(timed(client, healthz_path))
    return statistics.median(page) * 1e6, statistics.median(healthz) * 1e6, len(queries)


def calls(client, path, uncached, drawn_anew=None):
    """Python function calls of one request: a count that no other work on the machine moves,
    for comparing two versions of the code where CPU time is too noisy to tell."""
    if uncached:
        cold(drawn_anew=drawn_anew)
    profile = cProfile.Profile()
    profile.enable()
    client.get(path)
    profile.disable()
    return pstats.Stats(profile).total_calls


def measure(name, path, client, goal, drawn_anew=None):
    """One row. `drawn_anew`: what of `{% once %}`'s stores the uncached figure empties too (see cold)."""
    healthz_path = reverse("healthz")
    uncached, healthz_uncached, uncached_queries = cpu_us(client, path, True, healthz_path, drawn_anew=drawn_anew)
    fresh, healthz_fresh, _queries = cpu_us(client, path, True, healthz_path, True)
    cached, healthz_cached, cached_queries = cpu_us(client, path, False, healthz_path)
    times = uncached / healthz_uncached
    page_calls, healthz_calls = calls(client, path, True, drawn_anew), calls(client, healthz_path, False)
    return {"name": name, "path": path, "healthz_us": round((healthz_uncached + healthz_fresh + healthz_cached) / 3),
            "calls_uncached": page_calls, "calls_x_healthz": round(page_calls / healthz_calls, 1),
            "uncached_us": round(uncached), "new_process_us": round(fresh), "cached_us": round(cached),
            "uncached_x_healthz": round(times, 1), "new_process_x_healthz": round(fresh / healthz_fresh, 1),
            "cached_x_healthz": round(cached / healthz_cached, 1),
            "queries_uncached": uncached_queries, "queries_cached": cached_queries,
            "goal_x_healthz": goal, "goal_met": times <= goal}


def healthz_alone(client):
    """/healthz asked again and again with nothing in between: the best case, for comparison."""
    path = reverse("healthz")
    for _ in range(3):
        client.get(path)
    return statistics.median(timed(client, path) for _ in range(REQUESTS)) * 1e6


def field_values(instance, **changes):
    """A row's column values, for a copy (`changes` by field name; a related object by itself)."""
    values = {f.attname: getattr(instance, f.attname) for f in instance._meta.concrete_fields
              if not f.primary_key}
    for name, value in changes.items():
        values[f"{name}_id" if f"{name}_id" in values else name] = getattr(value, "pk", value)
    return values


def search(client):
    """A search with SEARCH_ADS open ads: copies of the open ones, in a transaction rolled back."""
    with transaction.atomic():
        ads = list(JobAd.objects.open(timezone.localdate()))
        JobAd.objects.bulk_create([  # the copies keep their originals' search columns
            JobAd(**field_values(ads[n % len(ads)], reference=f"BENCH {n}")) for n in range(SEARCH_ADS - len(ads))])
        assert JobAd.objects.open(timezone.localdate()).count() == SEARCH_ADS
        row = measure(f"search, {SEARCH_ADS} ads", SEARCH_PATH, client, MAX_SEARCH, drawn_anew=new_search)
        transaction.set_rollback(True)
    cache.clear()
    return row


def render_costs():
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING=ACCEPT_ENCODING)
    alone = healthz_alone(client)
    rows = [measure(name, path, client, MAX_MAIN_PAGE if name.startswith("main page") else MAX_OTHER)
            for name, path in page_types()]
    rows.append(search(client))
    cache.clear()
    return {"requests": REQUESTS, "healthz_alone_us": round(alone), "database": connection.vendor,
            "cache": settings.CACHES["default"]["BACKEND"], "pages": rows}


def print_table(result):
    healthz = [row["healthz_us"] for row in result["pages"]]
    backend = result["cache"].rsplit(".", 1)[-1]
    print(f"\nRender cost: CPU µs per request inside Django, median of {result['requests']} "
          f"({result['database']}, {backend}); /healthz in turn with the pages {min(healthz)}–{max(healthz)} µs, "
          f"alone in a loop {result['healthz_alone_us']} µs")
    print(f"{'page':<22}{'hz':>6}{'uncached':>9}{'× hz':>7}{'goal':>6}{'SQL':>5}{'new proc':>9}{'× hz':>6}"
          f"{'cached':>8}{'× hz':>6}{'SQL':>5}{'calls':>7}{'× hz':>6}  path")
    for row in result["pages"]:
        mark = "" if row["goal_met"] else " !"
        print(f"{row['name']:<22}{row['healthz_us']:>6}{row['uncached_us']:>9}{row['uncached_x_healthz']:>7.1f}"
              f"{'≤' + str(row['goal_x_healthz']):>6}{row['queries_uncached']:>5}{row['new_process_us']:>9}"
              f"{row['new_process_x_healthz']:>6.1f}{row['cached_us']:>8}"
              f"{row['cached_x_healthz']:>6.1f}{row['queries_cached']:>5}{row['calls_uncached']:>7}"
              f"{row['calls_x_healthz']:>6.1f}  {row['path']}{mark}")
    missed = [row["name"] for row in result["pages"] if not row["goal_met"]]
    print("Render goals met." if not missed else "Render goals not met: " + ", ".join(missed))


if __name__ == "__main__":
    print_table(render_costs())
