"""The pages behind the related links and the footer: real, editable pages at stable paths."""

import re

import pytest

from careers.models import Page

pytestmark = pytest.mark.django_db

STABLE_PAGES = {
    "/var-rekryteringsprocess/": "Vår rekryteringsprocess",
    "/jobba-med-it/": "Jobba med it hos oss",
    "/om-forsakringskassan/": "Om Försäkringskassan",
    "/tillganglighetsredogorelse/": "Tillgänglighet för Jobba på Försäkringskassan",
}


def main(response):
    html = response.content.decode()
    return html[html.index("<main"):html.index("</main>")]


@pytest.mark.parametrize(("path", "title"), STABLE_PAGES.items())
def test_each_page_is_at_its_stable_path_from_the_database(client, content, path, title):
    response = client.get(path)
    assert response.status_code == 200
    html = main(response)
    assert f"<h1>{title}</h1>" in html
    assert "Senast uppdaterad" in html and "25 juni 2025" in html
    page = Page.objects.get(title=title)
    page.title = f"{title} (ändrad)"
    page.save()
    assert f"<h1>{title} (ändrad)</h1>" in main(client.get(path))


def test_every_link_on_the_main_page_leads_somewhere_real(client, content):
    html = client.get("/").content.decode()
    internal = {href for href in re.findall(r'href="(/[^"#]*)', html) if not href.startswith("/static/")}
    assert {"/lediga-jobb/", "/medarbetare/", "/yrkesroller/", "/jobba-med-it/", "/om-forsakringskassan/",
            "/var-rekryteringsprocess/", "/tillganglighetsredogorelse/"} <= internal
    for href in internal:
        assert client.get(href).status_code == 200, href


def test_related_links_on_the_main_page_mark_the_external_ones(client, content):
    html = client.get("/").content.decode()
    links = html[html.index('<ul class="link-list">'):]
    links = links[:links.index("</ul>")]
    assert '<a href="/lediga-jobb/">Lediga jobb</a>' in links
    linkedin = re.search(r'<a href="https://www.linkedin.com/[^"]*"[^>]*>.*?</a>', links, re.DOTALL).group(0)
    assert 'target="_blank"' in linkedin and "Länk till annan webbplats, öppnas i nytt fönster" in linkedin


def test_the_accessibility_statement_has_what_the_law_asks_for(client, content):
    html = main(client.get("/tillganglighetsredogorelse/"))
    for part in [
        "delvis förenlig med lagen (2018:1937) om tillgänglighet till digital offentlig service",  # compliance
        "Brister som vi känner till",                                                              # known gaps
        "Så har vi granskat webbplatsen", "axe-core", "tangentbord",                               # how assessed
        "Granskningen gjordes den 25 juni 2025",                                                   # date
        "Berätta för oss om något inte fungerar",                                                  # feedback
        "Myndigheten för digital förvaltning (Digg)",                                              # enforcement
    ]:
        assert part in html, part
    digg = re.search(r'<a href="https://www.digg.se/tdosanmalan"[^>]*>.*?</a>', html, re.DOTALL).group(0)
    assert "Anmäl bristande tillgänglighet till Digg" in digg
    assert "Länk till annan webbplats, öppnas i nytt fönster" in digg


def test_the_footer_of_every_page_links_the_accessibility_statement(client, content):
    for path in ["/", "/lediga-jobb/", "/yrkesroller/", "/medarbetare/", "/om-forsakringskassan/"]:
        footer = client.get(path).content.decode().split("<footer", 1)[1]
        assert '<a href="/tillganglighetsredogorelse/">Tillgänglighet</a>' in footer, path


def test_the_recruitment_page_tells_about_public_documents_and_protected_identity(client, content):
    html = main(client.get("/var-rekryteringsprocess/"))
    assert "allmän handling" in html
    assert "skyddade personuppgifter" in html
    assert re.search(r'<a href="/lediga-jobb/"[^>]*>Lediga jobb</a>', html)


def test_an_unpublished_page_is_a_404(client, content):
    Page.objects.filter(slug="jobba-med-it").update(is_published=False)
    assert client.get("/jobba-med-it/").status_code == 404
