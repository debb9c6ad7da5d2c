"""A reader on a phone and on a desktop: find Part II, and nothing scrolls sideways."""

import pytest
from playwright.sync_api import expect

from tests.support.engines import HYPHENATES_ITSELF
from tests.support.site import PAGE_TYPES


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


# Every word on screen (its parts between soft hyphens, each), as the
# rectangles of its lines: a word on two lines was broken without a hyphen.
# Chromium on Linux has no German hyphenation dictionary, so ``hyphens: auto``
# does nothing here: the layout and the build's soft hyphens must do.
BROKEN_WORDS = """() => {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    for (const word of node.data.matchAll(/[^\\s\\u00ad-]+/g)) {
      const range = document.createRange();
      // After a soft hyphen, Chromium counts the hyphen it drew at the end of
      // the line above as part of what follows: start one letter later.
      const after = node.data[word.index - 1] === "\\u00ad" ? 1 : 0;
      range.setStart(node, word.index + after);
      range.setEnd(node, word.index + word[0].length);
      const lines = new Set([...range.getClientRects()]
        .filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(`${word[0]} (${node.parentElement.tagName})`);
    }
  }
  return broken;
}"""


@pytest.mark.not_in("firefox", why=HYPHENATES_ITSELF)
@pytest.mark.parametrize("width", [320, 375])
def test_no_word_breaks_without_a_hyphen_on_a_phone(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 800})
    broken = {}
    for name, url in PAGE_TYPES.items():
        page.goto(site_url(url))
        # The checklist with every follow-up and the summary open.
        page.evaluate(
            "document.querySelectorAll('[hidden]').forEach(e => e.hidden = false);"
            "document.querySelectorAll('details').forEach(e => e.open = true)"
        )
        if words := page.evaluate(BROKEN_WORDS):
            broken[name] = words
    assert broken == {}
