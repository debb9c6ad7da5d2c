"""The search index and the search page as the build writes them: what is in the
index, what only the search page loads, and the page's weight. The search itself
runs in the browser: tests/browser/test_search_browser.py."""

import gzip
import json
import sys
from urllib.parse import urljoin, urlsplit

import pytest

from tests.support.site import (
    PART_URLS,
    ROOT,
    asset_urls,
    build_with_files,
    element,
    links,
)
from tools.local_site import HEADERS_FILE, host_headers

sys.path.insert(0, str(ROOT / "plugins"))
from pelican.plugins.author_report.text import readable_text

INDEX = "suche/suchindex.json"
SEARCH_BUDGET = 30 * 1024  # bytes gzip: the page, its assets and the index


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def index_of(site):
    return json.loads((site.output / INDEX).read_text(encoding="utf-8"))["documents"]


def test_every_published_article_and_page_is_in_the_index_once(published_site):
    documents = index_of(published_site)
    urls = [d["url"] for d in documents]
    assert sorted(urls) == sorted(
        [*PART_URLS.values(), "datenschutz/", "impressum/", "ueber-diesen-blog/"]
    )
    by_url = {d["url"]: d for d in documents}
    part_two = by_url[PART_URLS[2]]
    assert part_two["title"] == "Wie finde ich das richtige Netzwerk?"
    assert part_two["part"] == "Teil II von III"
    assert part_two["date"] == "2010-03-03"
    # The checklist's questions are text a reader reads, so they are found.
    assert "Lokal oder überregional?" in part_two["text"]
    assert "<" not in part_two["text"] and "\xa0" not in part_two["title"]
    assert "part" not in by_url["datenschutz/"]


def test_drafts_and_hidden_pages_stay_out_of_the_index(tmp_path):
    site = build_with_files(
        tmp_path,
        {
            "entwurf.md": "Title: Geheimer Entwurf\nDate: 2011-01-01\n"
            "Status: draft\n\nNoch nicht fertig.\n",
            "pages/versteckt.md": "Title: Versteckte Seite\nStatus: hidden\n\nX\n",
        },
    )
    assert site.returncode == 0, site.log
    titles = [d["title"] for d in index_of(site)]
    assert "Geheimer Entwurf" not in titles and "Versteckte Seite" not in titles
    assert "Wie ich Xing konkret nutze" in titles


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Ein <em>Netz</em>werk</p><p>trägt</p>", "Ein Netzwerk trägt"),
        ("<ul><li>eins</li><li>zwei</li></ul>", "eins zwei"),
        ("<p>a<script>var x = 1;</script>b</p><style>p{}</style>", "ab"),
        ("<p hidden>Nur fürs Skript</p><p>Sichtbar</p>", "Sichtbar"),
        ("<template><p>Vorlage</p></template>Text", "Text"),
        ("Tom &amp; Jerry &lt;b&gt;", "Tom & Jerry <b>"),
        ("Zeile<br>Zeile", "Zeile Zeile"),
        ("Teil&nbsp;II", "Teil II"),
        ("U\u0308bersicht", "Übersicht"),
    ],
)
def test_the_indexed_text_is_what_a_reader_reads(html, text):
    assert readable_text(html) == text


def test_only_the_search_page_loads_the_search(published_site):
    loading = []
    for path in published_site.html_files():
        html = path.read_text(encoding="utf-8")
        if "js/search.js" in html or "suchindex" in html:
            loading.append(str(path.relative_to(published_site.output)))
    assert loading == ["suche/index.html"]


def test_every_page_links_to_the_search_from_the_header(published_site):
    for path in published_site.html_files():
        html = path.read_text(encoding="utf-8")
        nav = element(html, "nav", **{"aria-label": "Hauptnavigation"})
        assert f"{published_site.base_url}/suche/" in links(nav), path


def test_the_search_page_with_script_and_index_fits_its_budget(published_site):
    html = published_site.page("suche/")
    files = {"suche/index.html": gzip_size(html.encode())}
    for _tag, asset in asset_urls(html):
        parts = urlsplit(urljoin(f"{published_site.base_url}/suche/", asset))
        files[parts.path] = gzip_size(
            (published_site.output / parts.path.lstrip("/")).read_bytes()
        )
    files[INDEX] = gzip_size((published_site.output / INDEX).read_bytes())
    total = sum(files.values())
    detail = ", ".join(f"{name} {size} B" for name, size in files.items())
    print(f"search page: {total} bytes gzip in all ({detail})")
    assert "/theme/js/search.js" in files
    assert total <= SEARCH_BUDGET


def test_the_site_ships_the_headers_the_tests_serve_it_with(published_site):
    shipped = published_site.output / "_headers"
    assert shipped.read_bytes() == HEADERS_FILE.read_bytes()
    headers = dict(host_headers(shipped))
    policy = headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'self';")
    assert "unsafe" not in policy


def test_the_readme_quotes_the_headers_as_they_are():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, value in host_headers():
        assert f"\n{name}: {value}\n" in readme, name
