"""Link previews and search engines: every article and page says what it is, with
absolute addresses, in the published build."""

import pytest

from tests.support.site import (
    PAGE_TYPES,
    PART_URLS,
    ROOT,
    build_with_files,
    json_ld,
    tags,
)

PAGES = {
    name: url
    for name, url in PAGE_TYPES.items()
    if name.startswith(("part", "about", "privacy", "impressum"))
}


def meta(html):
    """``{property or name: content}`` of a page's meta tags."""
    found = {}
    for _tag, attrs in tags(html, "meta"):
        key = attrs.get("property") or attrs.get("name")
        if key:
            found[key] = attrs.get("content")
    return found


def blog_posting(html):
    postings = [data for data in json_ld(html) if data["@type"] == "BlogPosting"]
    assert len(postings) == 1
    return postings[0]


@pytest.mark.parametrize("name", PAGES)
def test_every_article_and_page_has_a_preview(published_site, name):
    base, url = published_site.base_url, PAGES[name]
    html = published_site.page(url)
    found = meta(html)
    assert found["og:site_name"] == "Netzwerken mit Plan"
    assert found["og:locale"] == "de_DE"
    assert found["og:url"] == f"{base}/{url}"
    assert found["og:title"] and found["og:description"]
    assert found["og:type"] == ("article" if name.startswith("part") else "website")
    assert found["twitter:card"] == "summary_large_image"
    image = found["og:image"]
    assert image.startswith(f"{base}/") and found["og:image:alt"]
    assert (published_site.output / image.removeprefix(f"{base}/")).stat().st_size > 0
    canonical = [
        a["href"] for t, a in tags(html, "link") if a.get("rel") == "canonical"
    ]
    assert canonical == [f"{base}/{url}"]
    if name.startswith("part"):
        assert found["article:published_time"].startswith("2010-03-0")


def test_every_article_is_a_blog_posting_and_a_part_says_its_series(published_site):
    base = published_site.base_url
    for number, url in PART_URLS.items():
        posting = blog_posting(published_site.page(url))
        assert posting["@type"] == "BlogPosting"
        assert posting["url"] == posting["mainEntityOfPage"] == f"{base}/{url}"
        assert posting["inLanguage"] == "de"
        assert posting["datePublished"].startswith(f"2010-03-0{number + 1}")
        assert posting["description"] and posting["image"].startswith(base)
        assert posting["position"] == number
        assert posting["isPartOf"]["url"] == f"{base}/serie/networking/"
        assert "author" not in posting  # no owner's name set: none made up


def test_an_article_can_bring_its_own_preview_image(tmp_path):
    site = build_with_files(
        tmp_path,
        {
            "images/vorschau-bild.png": b"\x89PNG\r\n\x1a\n",
            "bild.md": "Title: Mit Bild\nDate: 2010-03-06\nSlug: mit-bild\n"
            "Image: images/vorschau-bild.png\nImage_alt: Ein Notizbuch\n\nText.\n",
        },
        "publishconf.py",
        siteurl="https://blog.example",
    )
    assert site.returncode == 0, site.log
    html = site.page("2010/mit-bild/")
    assert meta(html)["og:image"] == "https://blog.example/images/vorschau-bild.png"
    assert meta(html)["og:image:alt"] == "Ein Notizbuch"
    assert (
        blog_posting(html)["image"] == "https://blog.example/images/vorschau-bild.png"
    )


def test_images_keep_their_place_and_load_lazily(tmp_path):
    card = (ROOT / "theme" / "static" / "vorschau.png").read_bytes()
    site = build_with_files(
        tmp_path,
        {
            "images/karte.png": card,
            "bilder.md": "Title: Bilder\nDate: 2010-03-06\nSlug: bilder\n\n"
            "![Eine Karte]({static}/images/karte.png)\n",
        },
    )
    assert site.returncode == 0, site.log
    (image,) = [a for t, a in tags(site.page("2010/bilder/"), "img")]
    assert image == {
        "alt": "Eine Karte",
        "src": "../../images/karte.png",
        "width": "1200",
        "height": "630",
        "loading": "lazy",
        "decoding": "async",
    }
