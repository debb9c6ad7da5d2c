"""A reader on a phone and on a desktop: find Part II, and nothing scrolls sideways."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_home_to_part_two_without_horizontal_scrolling(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url())
    expect(page.locator("h1")).to_have_count(1)
    page.get_by_role(
        "link", name="Wie finde ich das richtige Netzwerk?", exact=True
    ).click()
    expect(page.locator("h1")).to_have_text("Wie finde ich das richtige Netzwerk?")
    assert page.url.endswith("/2010/wie-finde-ich-das-richtige-netzwerk/")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{overflow}px horizontal scrolling at {width}px"


def test_skip_link_is_first_and_visible_on_focus(page, site_url):
    page.goto(site_url())
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Zum Inhalt springen")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()


def test_missing_address_shows_the_german_404_page(page, site_url):
    response = page.goto(site_url("gibt-es-nicht/"))
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Seite nicht gefunden")
