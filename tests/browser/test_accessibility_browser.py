"""axe-core finds no violation on any page type of the published site."""

import pytest
from playwright.sync_api import expect

from tests.support.accessibility import axe_violations
from tests.support.site import PAGE_TYPES


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_axe_finds_no_violation(page, site_url, name):
    page.goto(site_url(PAGE_TYPES[name]))
    expect(page.locator("h1")).to_have_count(1)
    assert axe_violations(page) == []
