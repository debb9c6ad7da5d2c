"""An author's mistake stops the build, and the message names the file."""

from tests.support.site import build_with
from tools.local_site import build


def test_an_unparseable_date_stops_the_build(tmp_path):
    site = build_with(
        tmp_path, "kaputtes-datum.md", "Title: Kaputt\nDate: 2010-13-45\n\nText.\n"
    )
    assert site.returncode != 0
    assert "kaputtes-datum.md" in site.log
    assert "'2010-13-45' is not a valid date" in site.log


def test_an_article_without_title_stops_the_build(tmp_path):
    site = build_with(tmp_path, "ohne-titel.md", "Date: 2010-03-05\n\nText.\n")
    assert site.returncode != 0
    assert "ohne-titel.md" in site.log
    assert "title" in site.log


def test_the_real_content_builds_cleanly(tmp_path):
    site = build(tmp_path)
    assert site.returncode == 0, site.log
    assert "WARNING" not in site.log and "ERROR" not in site.log
