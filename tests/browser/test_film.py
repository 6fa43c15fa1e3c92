"""The film in Chromium: the poster shows, it plays, its captions load, its text version opens by keyboard.

Debian's Chromium has no H.264 decoder (a proprietary codec): it must play the
WebM source, which is why the WebM is required beside the MP4.
"""

from urllib.parse import urlsplit

import pytest

from tests.browser.chromium import describe
from tests.browser.pages import PAGE_TYPES, open_page

PAGES = {page.name: page for page in PAGE_TYPES}


@pytest.fixture
def film_site(site):
    """The site, whose own media middleware (careers/media/serve.py) serves the film in byte ranges."""
    return site


@pytest.fixture
def home(browser, film_site):
    requests = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(PAGES["home"].url(film_site))
    page.wait_for_load_state("networkidle")
    page.requests = requests
    yield page
    context.close()


def media_requests(page):
    return [urlsplit(url).path for url in page.requests if "/media/" in url]


def test_before_play_only_the_poster_and_the_captions_are_loaded(home):
    video = home.locator("#medarbetare video")
    poster, captions = video.get_attribute("poster"), video.locator("track").get_attribute("src")
    video.scroll_into_view_if_needed()
    home.wait_for_function("url => performance.getEntriesByName(new URL(url, location).href).length > 0",
                           arg=poster, timeout=10000)
    # The film itself waits for play (preload="none"); the default track's captions (bytes) are ready.
    # Of the film's files only these: the colleagues' portraits beside it are pictures, not the film.
    film_files = {video.evaluate("v => v.querySelector('source').getAttribute('src')").rsplit("/", 1)[0]}
    assert {url for url in media_requests(home) if url.rsplit("/", 1)[0] in film_files} == {poster, captions}
    assert home.evaluate("url => fetch(url).then(r => [r.status, r.headers.get('content-type')])", poster) == [
        200, "image/webp"]
    # The element is as large as the film's shape before anything is played: no layout shift.
    box = video.bounding_box()
    assert box["width"] > 300 and box["height"] == pytest.approx(box["width"] * 360 / 640, abs=2)
    assert video.evaluate("v => v.readyState") == 0


def test_the_film_plays_from_the_webm_source(home):
    video = home.locator("#medarbetare video")
    assert video.evaluate("v => v.canPlayType('video/webm; codecs=\"vp9, opus\"')") == "probably"
    video.evaluate("v => { v.muted = true; return v.play(); }")
    home.wait_for_function("() => { const v = document.querySelector('#medarbetare video');"
                           " return v.readyState >= 3 && v.currentTime > 0.3; }", timeout=15000)
    assert video.evaluate("v => v.currentSrc").endswith(".webm")
    assert not video.evaluate("v => v.error")
    hosts = {urlsplit(url).netloc for url in home.requests}
    assert hosts == {urlsplit(home.url).netloc}  # no third party, before or after play


def test_the_swedish_captions_track_loads_its_cues(home):
    track = home.locator("#medarbetare video track[srclang=sv]")
    home.wait_for_function("() => document.querySelector('#medarbetare track[srclang=sv]').readyState === 2",
                           timeout=10000)
    cues = track.evaluate("t => Array.from(t.track.cues, c => [c.startTime, c.endTime, c.text])")
    assert cues == [[0, 3, "[En ton hörs.]\nDet här är en exempelfilm."],
                    [3, 8, "Arbetet känns viktigt, kompetensen är hög och möjligheterna att göra karriär är stora."]]
    assert track.evaluate("t => t.track.mode") == "showing"


def test_the_text_version_opens_by_keyboard(home):
    details = home.locator("#medarbetare details")
    assert details.get_attribute("open") is None
    home.locator("#medarbetare video").focus()
    for _ in range(30):  # past the player's own buttons
        home.keyboard.press("Tab")
        if home.evaluate("() => document.activeElement.tagName") == "SUMMARY":
            break
    assert home.evaluate("() => document.activeElement.textContent").strip() == "Textversion av filmen"
    home.keyboard.press("Enter")
    assert details.get_attribute("open") is not None
    assert details.get_by_text("Det här är en exempelfilm.", exact=False).first.is_visible()


@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_nothing_on_the_main_page_with_the_film(browser, film_site, axe, screenshot, width):
    page = open_page(browser, film_site, PAGES["home"], width=width)
    try:
        page.wait_for_load_state("networkidle")
        violations = axe(page)
        shot = screenshot(page, f"home-film-{width}")
        page.locator("#medarbetare video").focus()  # for a person to see the focus ring
        page.locator("#medarbetare").screenshot(path=str(shot.with_name(f"home-film-section-{width}.png")))
    finally:
        page.context.close()
    assert not violations, describe(violations)


def test_the_first_visit_with_the_film_stays_within_the_budget(home):
    """Everything a first visit fetches, poster and captions included, before play: at most 60 KB (bench/)."""
    home.locator("#medarbetare video").scroll_into_view_if_needed()
    home.wait_for_load_state("networkidle")
    entries = home.evaluate("""() => [...performance.getEntriesByType('navigation'),
                                      ...performance.getEntriesByType('resource')]
                                     .map(e => [e.name, e.transferSize, e.encodedBodySize])""")
    total = sum(size for _name, size, _body in entries)
    assert any(name.endswith(".webp") for name, *_ in entries)  # the poster is counted
    assert not any(name.endswith((".webm", ".mp4")) for name, *_ in entries)
    assert total <= 60 * 1024, "\n".join(f"{size:>7} {name}" for name, size, _body in entries)
