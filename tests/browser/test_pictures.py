"""Pictures in the browser: each has its place before it loads, axe finds nothing, the first visit stays small.

The main page with its example portraits (loadcontent --examples) and an opening
picture, and a role with a picture; screenshots at 390 and 1280 px to look at.
"""

import io

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image, ImageDraw

from careers.media import pictures
from careers.models import Page, Role
from tests.browser.chromium import describe

pytestmark = pytest.mark.browser

# No layout shift from pictures: each img takes its final box (from its width and height) before
# its file arrives, proven by loading the page once with every /media/ request refused. (The page
# as a whole, fonts included, is measured for layout shifts in test_layout_shift.py.)
BOXES = """() => [...document.querySelectorAll('main picture img')].map(img => {
  const box = img.getBoundingClientRect(); return [Math.round(box.width), Math.round(box.height)];
})"""
SCROLL_THROUGH = """async () => {
  for (let y = 0; y < document.body.scrollHeight; y += 300) {
    window.scrollTo(0, y); await new Promise(r => setTimeout(r, 40));
  }
  await Promise.all([...document.images].map(img => img.decode().catch(() => null)));
  await new Promise(r => setTimeout(r, 200));
}"""
FIRST_VISIT_BUDGET = 60 * 1024  # issue 10 and issue 23: before the visitor scrolls


def drawing(width=1600, height=900):
    """A made-up picture (shapes on a gradient), never a photograph."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    draw.rectangle((width // 8, height // 3, width // 2, height - 80), fill="#116a3e")
    draw.ellipse((width // 2, height // 6, width - 160, height - 160), fill="#4a52b6")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return ContentFile(out.getvalue())


@pytest.fixture
def pictured(site):
    role = Role.objects.order_by("order").first()
    role.picture, role.picture_alt = pictures.process(drawing(), "bilder/role"), "En tecknad bild i grönt och blått"
    role.save()
    home = Page.objects.get(slug=Page.HOME_SLUG)
    home.picture, home.picture_decorative = pictures.process(drawing(1440, 600), "bilder/page"), True
    home.save()
    return {"main": site + reverse("careers:home"), "role": site + role.get_absolute_url()}


def visit(browser, url, width, media=True):
    context = browser.new_context(viewport={"width": width, "height": 900})
    if not media:
        context.route("**/media/**", lambda route: route.abort())
    page = context.new_page()
    sizes = []
    page.on("requestfinished", lambda request: sizes.append((request.url, request.sizes()["responseBodySize"])))
    assert page.goto(url).status == 200
    page.wait_for_load_state("networkidle")
    return page, sizes


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", ["main", "role"])
def test_pictures_show_and_axe_finds_nothing(browser, pictured, name, width, axe, screenshot):
    page, _sizes = visit(browser, pictured[name], width)
    try:
        first = page.locator("main picture img").first
        assert first.get_attribute("loading") is None  # above the fold: not lazy
        assert first.evaluate("img => img.complete && img.naturalWidth > 0")
        assert first.evaluate("img => img.currentSrc").endswith(".avif")  # Chromium takes the first source
        page.evaluate(SCROLL_THROUGH)
        violations = axe(page)
        screenshot(page, f"pictures-{name}-{width}")
    finally:
        page.context.close()
    assert not violations, describe(violations)


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", ["main", "role"])
def test_each_picture_has_its_place_before_it_loads(browser, pictured, name, width):
    boxes = {}
    for media in (False, True):
        page, _sizes = visit(browser, pictured[name], width, media=media)
        try:
            page.evaluate(SCROLL_THROUGH)
            boxes[media] = page.evaluate(BOXES)
        finally:
            page.context.close()
    assert boxes[False] == boxes[True]
    assert all(w > 0 and h > 0 for w, h in boxes[True])


def test_the_main_page_first_visit_stays_within_its_budget(browser, pictured):
    page, sizes = visit(browser, pictured["main"], 1280)
    try:
        portraits = page.locator(".testimonial picture img")
        assert portraits.count() >= 1 and portraits.first.get_attribute("loading") == "lazy"
    finally:
        page.context.close()
    total = sum(size for _url, size in sizes)
    assert total <= FIRST_VISIT_BUDGET, sorted(sizes, key=lambda s: -s[1])[:8]
