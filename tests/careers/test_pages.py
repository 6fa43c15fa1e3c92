"""The pages behind the related links and the footer: real, editable pages at stable paths."""

import pytest

from careers.models import Page
from tests.parse import headings, hrefs, link, main, one, text

pytestmark = pytest.mark.django_db

STABLE_PAGES = {
    "/var-rekryteringsprocess/": "Vår rekryteringsprocess",
    "/jobba-med-it/": "Jobba med it hos oss",
    "/om-forsakringskassan/": "Om Försäkringskassan",
    "/tillganglighetsredogorelse/": "Tillgänglighet för Jobba på Försäkringskassan",
}


@pytest.mark.parametrize(("path", "title"), STABLE_PAGES.items())
def test_each_page_is_at_its_stable_path_from_the_database(client, content, path, title):
    response = client.get(path)
    assert response.status_code == 200
    html = main(response)
    assert headings(html, "h1") == [title]
    assert "Senast uppdaterad" in text(html) and "25 juni 2025" in text(html)
    page = Page.objects.get(title=title)
    page.title = f"{title} (ändrad)"
    page.save()
    assert headings(main(client.get(path)), "h1") == [f"{title} (ändrad)"]


def test_every_link_on_the_main_page_leads_somewhere_real(client, content):
    internal = {href.split("#")[0] for href in hrefs(client.get("/")) if href.startswith("/")}
    assert {"/lediga-jobb/", "/medarbetare/", "/yrkesroller/", "/jobba-med-it/", "/om-forsakringskassan/",
            "/var-rekryteringsprocess/", "/tillganglighetsredogorelse/"} <= internal
    for href in internal:
        assert client.get(href).status_code == 200, href


def test_related_links_on_the_main_page_mark_the_external_ones(client, content):
    related = one(client.get("/"), "#relaterade-lankar")  # the section, by the address of its fragment
    assert link(related, "Lediga jobb")["href"] == "/lediga-jobb/"
    linkedin = link(related, "Följ oss på Linkedin")
    assert linkedin["href"].startswith("https://www.linkedin.com/")
    assert linkedin["target"] == "_blank" and "Länk till annan webbplats, öppnas i nytt fönster" in text(linkedin)


def test_the_accessibility_statement_has_what_the_law_asks_for(client, content):
    page = main(client.get("/tillganglighetsredogorelse/"))
    html = text(page)
    for part in [
        "delvis förenlig med lagen (2018:1937) om tillgänglighet till digital offentlig service",  # compliance
        "Brister som vi känner till",                                                              # known gaps
        "Så har vi granskat webbplatsen", "axe-core", "tangentbord",                               # how assessed
        "Granskningen gjordes den 25 juni 2025",                                                   # date
        "Berätta för oss om något inte fungerar",                                                  # feedback
        "Myndigheten för digital förvaltning (Digg)",                                              # enforcement
    ]:
        assert part in html, part
    digg = link(page, "Anmäl bristande tillgänglighet till Digg")
    assert digg["href"] == "https://www.digg.se/tdosanmalan"
    assert "Länk till annan webbplats, öppnas i nytt fönster" in text(digg)


def test_the_footer_of_every_page_links_the_accessibility_statement(client, content):
    for path in ["/", "/lediga-jobb/", "/yrkesroller/", "/medarbetare/", "/om-forsakringskassan/"]:
        footer = one(client.get(path), "footer")
        assert link(footer, "Tillgänglighet")["href"] == "/tillganglighetsredogorelse/", path


def test_the_recruitment_page_tells_about_public_documents_and_protected_identity(client, content):
    page = main(client.get("/var-rekryteringsprocess/"))
    assert "allmän handling" in text(page)
    assert "skyddade personuppgifter" in text(page)
    assert link(page, "Lediga jobb")["href"] == "/lediga-jobb/"


def test_an_unpublished_page_is_a_404(client, content):
    Page.objects.filter(slug="jobba-med-it").update(is_published=False)
    assert client.get("/jobba-med-it/").status_code == 404
