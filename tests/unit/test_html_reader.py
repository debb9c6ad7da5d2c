"""The tests' own HTML reader finds what a browser would find, or fails."""

import pytest

from tests.support.site import elements, visible_text


@pytest.mark.parametrize(
    ("html", "name", "texts"),
    [
        ("<ul><li>a<li>b</ul>", "li", ["a", "b"]),
        ("<p>one<p>two<div>three</div>", "p", ["one", "two"]),
        ("<dl><dt>A<dd>1<dt>B<dd>2</dl>", "dd", ["1", "2"]),
        ("<!doctype html><title>t</title><p>x<ul><li>a</ul>", "li", ["a"]),
    ],
)
def test_omitted_end_tags_are_read_as_a_browser_reads_them(html, name, texts):
    assert [visible_text(outer) for _attrs, outer in elements(html, name)] == texts


def test_a_reading_an_html5_parser_does_not_share_fails_the_test():
    # A <p> cannot hold a <table>'s row outside a table: html5lib drops the
    # stray <tr>, the offset finder keeps it. The helper must not pass quietly.
    with pytest.raises(AssertionError, match="differently from an HTML5 parser"):
        elements("<p><tr><td>x</td></tr></p>", "tr")
