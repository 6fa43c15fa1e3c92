"""The shared page cache: each rule of issue 7 ("Caching that is correct"), proven.

Most tests go through the whole middleware stack with small views of their
own (this module is their URLconf), so a test can tell a fresh render from a
cached one by a counter in the body. The others use the real site.
"""

import itertools

import pytest
from django.conf import settings
from django.core.cache import cache as django_cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.urls import path, reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.gzip import gzip_page
from django.views.decorators.vary import vary_on_headers
from redis import Redis

from benefits.forms import VacationForm
from benefits.models import Amount, Benefit, VacationTier
from careers import models as careers_models
from careers import urls as site_urls
from careers.forms import JobFilterForm
from careers.models import Link, Page, Role, Section
from careers.pagecache import version
from careers.pagecache.middleware import PageCacheMiddleware
from cookies.models import ConsentRecord, Cookie, CookiePolicy
from tests.consent import consent_header
from tests.parse import get, one, rows, text

# Storing a page asks the database when the next page is published.
pytestmark = pytest.mark.django_db
renders = itertools.count(1)


def counter(request):
    """Says which render this is, and for which consent state."""
    return HttpResponse(f"{request.consent}|{next(renders)}")


def sets_cookie(request):
    response = counter(request)
    response.set_cookie("vald", "ja")
    return response


def csrf_token(request):
    return HttpResponse(f"{get_token(request)}|{next(renders)}")


def csp_nonce(request):
    return HttpResponse(f'<script nonce="{request._csp_nonce}"></script>|{next(renders)}')


def padded(request):
    """Long enough for GZipMiddleware to compress it."""
    return HttpResponse(f"{'text ' * 100}|{next(renders)}")


def address(request):
    """Says which render this is, and the address and parameters the view was given."""
    return HttpResponse(f"{request.get_full_path()}|{dict(request.GET.lists())}|{next(renders)}")


urlpatterns = [
    path("counter/", counter),
    path(f"{settings.ADMIN_URL}counter/", counter),
    path("sets-cookie/", sets_cookie),
    path("csrf/", csrf_token),
    path("nonce/", csp_nonce),
    path("never/", never_cache(counter)),
    path("language/", vary_on_headers("Accept-Language")(counter)),
    path("gzip/", gzip_page(padded)),
    path("address/", address),
    # The site's own routes after these: the page chrome reverses them (not
    # include()d: the site's i18n_patterns may only be in a root URLconf).
    *site_urls.urlpatterns,
]
own_views = pytest.mark.urls(__name__)


def fetched_twice(client, url, **kwargs):
    return get(client, url, **kwargs), get(client, url, **kwargs)


@own_views
def test_the_second_visitor_gets_the_cached_page(client):
    first, second = fetched_twice(client, "/counter/")
    assert first == second


@own_views
def test_the_key_is_the_path_and_the_query_string(client):
    a1, a2 = fetched_twice(client, "/counter/?page=1")
    b = get(client, "/counter/?page=2")
    plain = get(client, "/counter/")
    assert a1 == a2
    assert len({a1, b, plain}) == 3


@own_views
def test_made_up_or_very_long_query_strings_are_answered_but_not_stored(client):
    for address in ["/counter/?gissa=x", "/counter/?page=1&gissa=2", "/counter/?q=" + "a" * 400]:
        first, again = get(client, address), get(client, address)
        assert first != again
    first, again = fetched_twice(client, "/counter/?q=handl%C3%A4ggare&ort=Ume%C3%A5&page=2")
    assert first == again


@pytest.mark.urls(__name__)
def test_campaign_parameters_are_served_the_plain_addresss_cached_page(client, settings):
    plain = get(client, "/address/?q=handl%C3%A4ggare+i+Ume%C3%A5&page=2")
    assert plain.startswith("/address/?q=handl%C3%A4ggare+i+Ume%C3%A5&page=2|{'q': ['handläggare i Umeå'], "
                            "'page': ['2']}|")
    for number in range(20):  # one render for them all: one cache entry
        assert get(client, f"/address/?utm_source=nyhetsbrev&q=handl%C3%A4ggare+i+Ume%C3%A5&fbclid=IwAR{number}"
                           f"&utm_campaign=v%C3%A5r&page=2&gclid={number}&msclkid={number}&utm_medium=") == plain
    # With the page cache out of the way, the view itself never sees them.
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if not name.endswith(".PageCacheMiddleware")]
    assert get(client, "/address/?fbclid=1&utm_source=x").startswith("/address/|{}|")
    assert get(client, "/address/?utm=1&fbclid_x=2").startswith("/address/?utm=1&fbclid_x=2|")  # not theirs


def test_a_campaign_link_to_the_job_list_is_the_plain_page(client):
    plain = client.get("/lediga-jobb/?yrkesroll=it").content
    campaign = client.get("/lediga-jobb/?yrkesroll=it&utm_source=linkedin&fbclid=IwAR1")
    assert campaign.content == plain
    django_cache.clear()  # rendered for the campaign address itself: it holds no campaign parameter
    assert b"fbclid" not in client.get("/lediga-jobb/?yrkesroll=it&fbclid=IwAR1").content


@own_views
@pytest.mark.parametrize("name", [*JobFilterForm.base_fields, *VacationForm.base_fields, "page"])
def test_every_parameter_a_form_reads_is_cached(client, name):
    """The allow-list comes from the forms: a filter added to a form is cached without a word here."""
    first, again = fetched_twice(client, f"/counter/?{name}=1")
    assert first == again


def page_keys(redis):
    """The pages in the test's own Redis server (tests/faults.py)."""
    return Redis.from_url(redis.url).keys("*:page:*")


@own_views
def test_host_variants_are_served_the_canonical_hosts_page_and_make_no_entries(client, redis, settings):
    """Issue 21: `Host: 127.0.0.1:10001` … `:10040` made 40 new entries. Links come from DJANGO_SITE_URL."""
    settings.SITE_URL = "https://jobb.example.se"
    settings.ALLOWED_HOSTS = ["jobb.example.se", "127.0.0.1"]
    first = get(client, "/counter/", HTTP_HOST="jobb.example.se")
    for port in range(10001, 10041):
        assert get(client, "/counter/", HTTP_HOST=f"127.0.0.1:{port}") == first
    assert len(page_keys(redis)) == 1


@own_views
def test_distinct_searches_add_at_most_the_bounds_entries_however_many_there_are(client, redis):
    """Issue 21: a stream of distinct searches grew Redis without limit (31,543 keys in 3 minutes)."""
    bound = PageCacheMiddleware.query_keys
    assert bound == 500  # as README.md says
    for n in range(2 * bound):
        get(client, f"/counter/?q=sok-{n}")
    assert len(page_keys(redis)) <= bound
    first, again = fetched_twice(client, "/counter/?q=handl")
    assert first == again  # a search is still cached


@own_views
def test_searches_that_share_a_key_each_get_their_own_page(client, redis, monkeypatch):
    monkeypatch.setattr(PageCacheMiddleware, "query_keys", 1)  # every search on one key
    first_a, again_a = fetched_twice(client, "/counter/?q=a")
    first_b, again_b = fetched_twice(client, "/counter/?q=b")
    assert first_a == again_a and first_b == again_b and first_a != first_b
    assert get(client, "/counter/?q=a") not in (first_a, first_b)  # b took the key: a is rendered again
    assert len(page_keys(redis)) == 1


@own_views
def test_cookies_that_do_not_matter_share_one_cached_page(client):
    first = get(client, "/counter/", HTTP_COOKIE="_ga=GA1.1.111; tema=morkt")
    second = get(client, "/counter/", HTTP_COOKIE="csrftoken=abc; annan=2")
    assert first == second


@own_views
def test_each_consent_state_gets_its_own_page(client):
    undecided = get(client, "/counter/")
    # Each visitor's cookie holds an id of their own: not part of the key.
    yes = get(client, "/counter/", **consent_header("yes"))
    yes_again = get(client, "/counter/", **consent_header("yes"))
    no = get(client, "/counter/", **consent_header("no"))
    assert undecided.startswith("|") and yes.startswith("yes|") and no.startswith("no|")
    assert yes == yes_again
    # A choice for an older cookie policy counts as no choice: the same page as a new visitor's.
    old_policy = consent_header("yes", version=f"{CookiePolicy.current_version()}0")
    assert get(client, "/counter/", **old_policy) == undecided


@own_views
def test_the_admin_is_never_cached(client):
    first, second = fetched_twice(client, f"/{settings.ADMIN_URL}counter/")
    assert first != second


@own_views
@pytest.mark.parametrize("url", ["/sets-cookie/", "/never/", "/language/"])
def test_responses_that_set_cookies_or_their_own_caching_are_not_cached(client, url):
    first, second = fetched_twice(client, url)
    assert first != second


@own_views
@pytest.mark.parametrize("url", ["/csrf/", "/nonce/"])
def test_no_per_visitor_token_or_nonce_is_cached(client, url):
    first, second = fetched_twice(client, url)
    assert first != second


@own_views
@pytest.mark.parametrize("cookie", [settings.SESSION_COOKIE_NAME, "messages"])
def test_a_visitor_with_a_session_or_a_pending_message_bypasses_the_cache(client, cookie):
    cached = get(client, "/counter/")
    own = get(client, "/counter/", HTTP_COOKIE=f"{cookie}=abc")
    assert own != cached  # not handed the shared page
    client.cookies.clear()  # the expired cookie that the test client would keep sending
    assert get(client, "/counter/") == cached  # and theirs was not stored for others


@own_views
def test_only_get_and_head_are_cached(client):
    cached = get(client, "/counter/")
    assert client.post("/counter/").content.decode() != cached


@own_views
def test_a_gzip_page_never_reaches_a_client_that_cannot_read_it(client):
    compressed = client.get("/gzip/", HTTP_ACCEPT_ENCODING="gzip, br")
    plain = client.get("/gzip/", HTTP_ACCEPT_ENCODING="identity")
    assert compressed["Content-Encoding"] == "gzip"
    assert not plain.has_header("Content-Encoding")
    assert plain.content.decode().startswith("text ")
    # Each variant is still cached.
    assert client.get("/gzip/", HTTP_ACCEPT_ENCODING="identity").content == plain.content


# Invalidation: a save of any content, in any app, reaches the next visitor.

def saved_with(obj, field, value):
    """Saves `obj` with `field` set to `value`, and returns the value: what the next page must show."""
    setattr(obj, field, value)
    obj.save()
    return value


def rename_role():
    return saved_with(Role.objects.get(slug="handlaggare"), "title", "Ny rolltitel")


def edit_section():
    section = Section.objects.filter(page__slug=Page.HOME_SLUG).exclude(heading="").first()
    return saved_with(section, "heading", "Ny rubrik")


def add_link():
    Link.objects.create(title="En ny länk", url="https://www.example.se/", order=99)
    return "En ny länk"


def rename_benefit():
    return saved_with(Benefit.objects.get(title="Flextid"), "title", "Flexibel arbetstid")


def add_amount():
    Amount.objects.create(benefit=Benefit.objects.get(title="Flextid"), amount=777,
                          unit="kr per månad", valid_from="2000-01-01")
    return "777 kr per månad"


def delete_tier():
    VacationTier.objects.order_by("from_age").last().delete()
    return ["Från och med det år du fyller 30 år", "31"]  # now the last row of the table


def rename_testimonial():
    return saved_with(careers_models.Testimonial.objects.first(), "name", "Ett nytt namn")


@pytest.mark.parametrize(
    "change", [rename_role, edit_section, add_link, rename_benefit, add_amount, delete_tier, rename_testimonial]
)
def test_saving_content_clears_the_cached_pages(client, content, change):
    url = reverse("careers:home")
    get(client, url)
    expected = change()
    if isinstance(expected, list):
        assert rows(one(get(client, url), "table"))[-1] == expected
    else:
        assert expected in text(get(client, url))


def test_a_change_that_bypasses_the_models_is_not_seen_so_the_pages_are_really_cached(client, content):
    """The control for the test above: without a save signal the cached page stays."""
    url = reverse("careers:home")
    get(client, url)
    Role.objects.filter(slug="handlaggare").update(title="Tyst ändring")
    assert "Tyst ändring" not in get(client, url)


def test_a_page_rendered_during_an_editors_transaction_does_not_outlive_it(
    client, content, django_capture_on_commit_callbacks
):
    """Other processes read the old rows until the commit: what they cache meanwhile must go."""
    url = reverse("careers:home")
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            role = Role.objects.get(slug="handlaggare")
            role.title = "Ändrad i en transaktion"
            role.save()
            # Another worker, still reading the committed old row, renders and caches the page now.
            other_worker = PageCacheMiddleware(lambda request: HttpResponse("Gammal sida"))
            other_worker(RequestFactory().get(url))
    page = get(client, url)
    assert "Gammal sida" not in page
    assert "Ändrad i en transaktion" in page


def test_consent_records_are_not_content(db, django_capture_on_commit_callbacks):
    """Visitors write consent records all the time; that must not empty the cache."""
    before = version.content_version()
    with django_capture_on_commit_callbacks(execute=True):
        ConsentRecord.objects.create(choice="yes", policy_version="1.1")
    assert version.content_version() == before


def test_models_that_pages_show_empty_the_cache(db, django_capture_on_commit_callbacks):
    """Each app names its content models; a save of any of them starts a new content version."""
    before = version.content_version()
    with django_capture_on_commit_callbacks(execute=True):
        Cookie.objects.create(name="_ny", purpose="Test.", category="nodvandig", lifetime="1 dag")
    assert version.content_version() != before


# The real site: every public page is cached, and holds nothing of one visitor.

PUBLIC_PAGES = [
    ("careers:home", (), ""),
    ("careers:home", (), "fodelsear=1990"),
    ("careers:role-list", (), ""),
    ("careers:role-detail", ("handlaggare",), ""),
    ("careers:testimonial-list", (), ""),
    ("careers:page-detail", ("om-forsakringskassan",), ""),
    ("cookies:policy", (), ""),
]


@pytest.mark.parametrize("choice", ["", "no"])
@pytest.mark.parametrize(("route", "args", "query"), PUBLIC_PAGES)
def test_every_public_page_is_cached_without_anything_of_one_visitor(
    client, content, django_assert_num_queries, route, args, query, choice
):
    url = reverse(route, args=args) + (f"?{query}" if query else "")
    cookie = consent_header(choice) if choice else {}
    first = client.get(url, **cookie)
    with django_assert_num_queries(0):
        second = client.get(url, **cookie)
    assert second.content == first.content
    page = first.content.decode()
    assert "csrfmiddlewaretoken" not in page
    assert "nonce=" not in page


def test_each_hit_gets_its_own_response_object_even_from_this_process_copy(rf):
    calls = []

    def view(request):
        calls.append(request)
        return HttpResponse("<p>sida</p>")

    middleware = PageCacheMiddleware(view)
    first, second, third = (middleware(rf.get("/sida/")) for _ in range(3))
    assert len(calls) == 1
    assert second is not third
    second["X-Added-Outside"] = "1"
    assert "X-Added-Outside" not in third
    assert third.content == b"<p>sida</p>"


def test_this_process_copy_is_dropped_when_another_process_starts_a_content_version(rf):
    text = ["gammal"]
    middleware = PageCacheMiddleware(lambda request: HttpResponse(text[0]))
    assert middleware(rf.get("/x/")).content == b"gammal"
    text[0] = "ny"
    assert middleware(rf.get("/x/")).content == b"gammal"
    django_cache.set(version.VERSION_KEY, "set-by-another-process", None)  # a save elsewhere
    assert middleware(rf.get("/x/")).content == b"ny"
