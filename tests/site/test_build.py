"""The whole site, built with the project's settings: every page type, German, local."""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from tests.support.site import (
    ATOM,
    PAGE_TYPES,
    PART_URLS,
    asset_urls,
    tags,
    visible_text,
)
from tools.local_site import build


def test_every_page_type_is_written(local_site):
    for name, url in PAGE_TYPES.items():
        html = local_site.page(url)
        assert '<html lang="de">' in html, name
        assert len(tags(html, "h1")) == 1, f"{name} must have exactly one h1"
        for landmark in ("header", "nav", "main", "footer"):
            assert tags(html, landmark), f"{name} lacks <{landmark}>"
        assert 'href="#inhalt"' in html, f"{name} lacks the skip link"


def test_reader_facing_words_are_german(local_site):
    home = visible_text(local_site.page(""))
    assert "Zum Inhalt springen" in home
    assert "Weiterlesen" in home
    assert "Archiv" in home
    not_found = visible_text(local_site.page("404.html"))
    assert "Seite nicht gefunden" in not_found
    for english in ("Read more", "Posted", "Page 1", "Categories", "Newer", "Older"):
        assert english not in home


def test_dates_are_german_and_machine_readable(local_site):
    html = local_site.page(PART_URLS[2])
    assert re.search(
        r'<time datetime="2010-03-03T09:00:00[^"]*">3\.\xa0März\xa02010</time>', html
    )
    archive = local_site.page("archiv/")
    # No-break spaces: a date never breaks across lines.
    assert "2.\xa0März\xa02010" in archive and "4.\xa0März\xa02010" in archive
    assert "March" not in archive


def test_pagination_uses_path_style_urls(tmp_path):
    site = build(tmp_path, extra=["DEFAULT_PAGINATION=1"])
    assert site.returncode == 0, site.log
    assert (tmp_path / "seite/2/index.html").exists()
    assert (tmp_path / "seite/3/index.html").exists()
    assert (tmp_path / "schlagwort/netzwerke/seite/3/index.html").exists()
    second = visible_text(site.page("seite/2/"))
    assert "Seite 2 von 3" in second
    assert "Neuere Beiträge" in second and "Ältere Beiträge" in second


def test_paginated_pages_of_similar_tags_never_collide():
    # Pelican's default {name}{number} writes tag t1 page 12 and tag t11 page 2 to
    # the same file. Path-style patterns keep them apart.
    from pelican.paginator import Page, PaginationRule

    import pelicanconf

    settings = {
        "PAGINATION_PATTERNS": [
            PaginationRule(*rule) for rule in pelicanconf.PAGINATION_PATTERNS
        ]
    }

    def save_as(name, number):
        page = Page(
            f"schlagwort/{name}/index.html",
            f"schlagwort/{name}/",
            [],
            number,
            None,
            settings,
        )
        return page.save_as

    assert save_as("t1", 12) != save_as("t11", 2)
    assert save_as("t1", 12) == "schlagwort/t1/seite/12/index.html"


def test_no_page_loads_anything_from_another_host(published_site):
    own_host = urlsplit(published_site.base_url).netloc
    for path in published_site.html_files():
        html = path.read_text(encoding="utf-8")
        for tag, url in asset_urls(html):
            host = urlsplit(url).netloc
            assert host in ("", own_host), f"{path}: <{tag}> loads {url}"
    css = "".join(p.read_text() for p in published_site.output.rglob("*.css"))
    assert "@import" not in css and "url(http" not in css


def test_no_inline_script_or_style_so_a_strict_csp_holds(published_site):
    for path in published_site.html_files():
        html = path.read_text(encoding="utf-8")
        for _tag, attrs in tags(html, "script"):
            # JSON-LD is data that no browser runs; every script has a src.
            if attrs.get("type") != "application/ld+json":
                assert attrs.get("src"), f"inline <script> in {path}"
        assert not tags(html, "style"), f"<style> in {path}"
        assert not any("style" in a for _t, a in tags(html)), f"style= in {path}"
        assert not re.search(r"\son[a-z]+=", html), f"event handler in {path}"


def test_feed_parses_and_holds_the_three_parts(published_site):
    feed = ET.parse(published_site.output / "feeds/alle.atom.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    links = [e.find(f"{ATOM}link").get("href") for e in feed.iter(f"{ATOM}entry")]
    for url in PART_URLS.values():
        assert f"{published_site.base_url}/{url}" in links


def test_sitemap_and_robots(published_site):
    sitemap = ET.parse(published_site.output / "sitemap.xml").getroot()
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = {loc.text for loc in sitemap.iter(f"{ns}loc")}
    for url in [*PART_URLS.values(), "datenschutz/", "archiv/"]:
        assert f"{published_site.base_url}/{url}" in locs
    robots = (published_site.output / "robots.txt").read_text()
    assert f"Sitemap: {published_site.base_url}/sitemap.xml" in robots


def test_local_build_has_relative_urls_and_no_feed(local_site):
    html = local_site.page(PART_URLS[2])
    assert 'href="../../theme/css/site.css"' in html
    assert not (local_site.output / "feeds").exists()
