"""A reader going through the series: part lists numbered once, and from part to
part by "Nächster Teil" and back by the table of contents."""

import re

from playwright.sync_api import expect

from tests.support.site import PART_TITLES, PART_URLS


def test_part_lists_number_each_part_once(page, site_url):
    page.goto(site_url(PART_URLS[2]))
    toc = page.locator(".series-toc")
    assert toc.evaluate("e => getComputedStyle(e).listStyleType") == "none"
    expect(toc.locator("li").first).to_have_text(re.compile(r"^\s*Teil\xa0I:\s+"))


def test_reader_follows_next_part_and_returns_via_contents(page, site_url):
    page.goto(site_url(PART_URLS[1]))
    page.get_by_role("link", name=re.compile("^Nächster Teil")).click()
    expect(page.locator("h1")).to_have_text(PART_TITLES[2])
    page.get_by_role("link", name=re.compile("^Nächster Teil")).click()
    expect(page.locator("h1")).to_have_text(PART_TITLES[3])
    toc = page.locator(".series-toc")
    toc.get_by_role("link", name=PART_TITLES[1]).click()
    expect(page.locator("h1")).to_have_text(PART_TITLES[1])
    assert page.url == site_url(PART_URLS[1])
