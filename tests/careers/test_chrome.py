"""The page chrome every page shares: language, skip link, header, footer, error pages."""

import re

import pytest
from django.db import DatabaseError
from django.test import Client

from tests.factories import make_home
from tests.parse import lines, link, main, one, parse, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(db):
    return make_home()


def test_page_is_swedish_and_skip_link_is_the_first_focusable_element(client, home):
    page = parse(client.get("/"))
    assert page.html["lang"] == "sv"
    first = page.body.find(["a", "button", "input", "select", "textarea"])
    assert (first.name, first["href"], text(first)) == ("a", "#innehall", "Gå till innehåll")
    assert main(page)["id"] == "innehall"


def test_header_and_footer_carry_the_agency_name_and_links(client, home):
    page = parse(client.get("/"))
    one(page, 'nav[aria-label="Huvudmeny"]')
    assert "Försäkringskassan" in text(one(page, "header")) and "Försäkringskassan" in lines(one(page, "footer"))
    for label, path in [("Kakor", "/kakor/"), ("Tillgänglighet", "/tillganglighetsredogorelse/"),
                        ("Om Försäkringskassan", "/om-forsakringskassan/")]:
        assert link(one(page, "footer"), label)["href"] == path


def test_main_menu_leads_to_open_jobs_roles_and_benefits(client, home):
    menu = one(client.get("/"), 'nav[aria-label="Huvudmeny"]')
    for label, path in [("Lediga jobb", "/lediga-jobb/"), ("Våra yrkesroller", "/yrkesroller/"),
                        ("Förmåner", "/#formaner")]:
        assert link(menu, label)["href"] == path


def test_main_page_and_healthz_answer_head_requests(client, home):
    assert client.head("/").status_code == 200
    assert client.head("/healthz").status_code == 200
    assert client.post("/").status_code == 405


def test_outdated_browser_notice_is_in_the_page_and_hidden_by_css_support_checks(client, home):
    html = text(client.get("/"))
    assert "Tänk på att" in html
    assert "webbläsare är gammal" in html


def test_unknown_page_gives_a_swedish_404_in_the_site_layout(client, home):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    assert "Sidan kunde inte hittas" in text(response)
    assert link(response, "Gå till innehåll")["href"] == "#innehall"


def test_unknown_host_gets_400(client, home):
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_server_error_page_is_swedish_and_needs_no_database(client, home, monkeypatch):
    def broken(*args, **kwargs):
        raise DatabaseError("the database is gone")

    monkeypatch.setattr("careers.views.get_object_or_404", broken)
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
    assert "Något gick fel" in response.content.decode()


def test_healthz_answers_200_while_the_database_works(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    def broken(self):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", lambda self, *a, **k: broken(self))
    assert client.get("/healthz").status_code == 503


def test_static_css_is_served_with_a_hashed_name_and_far_future_caching(client, home):
    href = one(client.get("/"), 'link[rel="stylesheet"]')["href"]
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", href)
    response = client.get(href, headers={"accept-encoding": "br, gzip"})
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1)) >= 365 * 24 * 3600
    assert response["Content-Encoding"] in ("br", "gzip")


def test_pages_name_their_icon_so_browsers_do_not_ask_for_a_missing_favicon(client, home):
    href = one(client.get("/"), 'link[rel="icon"]')["href"]
    assert re.fullmatch(r"/static/img/favicon\.[0-9a-f]{12}\.svg", href)
    assert client.get(href)["Content-Type"] == "image/svg+xml"


def test_pages_are_gzipped_for_browsers_that_accept_it_also_from_the_cache(client, home):
    import gzip

    for _ in range(2):  # rendered, then from the page cache
        zipped = client.get("/", headers={"accept-encoding": "gzip, br"})
        plain = client.get("/")
        assert zipped["Content-Encoding"] == "gzip"
        assert "Content-Encoding" not in plain
        assert gzip.decompress(zipped.content).decode().count("Gå till innehåll") == 1
        assert plain.content.decode().count("Gå till innehåll") == 1


def test_a_consent_choice_gives_no_session_cookie(client, home):
    response = client.post("/kakor/val/", {"choice": "no", "next": "/"}, headers={"origin": "http://testserver"})
    assert response.status_code == 302
    assert "messages" in response.cookies
    assert "sessionid" not in response.cookies
