"""Part II is the source text word for word; Parts I and III fit around it."""

import pytest

from tests.support.site import (
    PART_URLS,
    SEED,
    SHARED_SEED,
    element,
    elements,
    seed_lines,
    visible_text,
    without,
)


def test_the_copy_of_the_source_is_the_original():
    if not SHARED_SEED.exists():
        pytest.skip("the original seed lies outside this clone")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def read_part_two(site):
    """Part II's text as a reader reads and copies it: a soft hyphen (where a
    long word may break in a narrow box) shows only at a line's end."""
    return visible_text(site.page(PART_URLS[2])).replace("\xad", "")


def test_part_two_contains_every_line_of_the_source_verbatim(local_site):
    text = read_part_two(local_site)
    for line in seed_lines():
        sentence = line.removeprefix("- ")
        assert sentence in text, f"missing from Part II: {sentence!r}"


def test_part_two_keeps_the_order_of_the_source(local_site):
    text = read_part_two(local_site)
    positions = [text.index(line.removeprefix("- ")) for line in seed_lines()]
    assert positions == sorted(positions)


def test_part_two_adds_no_paragraph_of_its_own(local_site):
    html = local_site.page(PART_URLS[2])
    body = without(element(html, "div", class_="content"), "nav", class_="series-nav")
    # The worksheet (the checklist and its results) is the site's own addition.
    body = without(body, "form", class_="checklist")
    paragraphs = [visible_text(outer) for _attrs, outer in elements(body, "p")]
    source = {line for line in seed_lines() if not line.startswith("- ")}
    assert set(paragraphs) == source


@pytest.mark.parametrize("part", [1, 3])
def test_parts_one_and_three_are_full_articles(local_site, part):
    html = local_site.page(PART_URLS[part])
    body = element(html, "div", class_="content")
    assert len(visible_text(body).split()) >= 300


def test_the_parts_have_their_titles_and_follow_day_by_day(local_site):
    expected = {
        1: ("Networking beginnt nicht erst im Internet", "2. März 2010"),
        2: ("Wie finde ich das richtige Netzwerk?", "3. März 2010"),
        3: ("Wie ich Xing konkret nutze", "4. März 2010"),
    }
    for part, (title, date) in expected.items():
        text = visible_text(local_site.page(PART_URLS[part]))
        assert title in text
        assert date in text


def test_german_quotation_marks_stay_german(local_site):
    for path in local_site.html_files():
        text = visible_text(path.read_text(encoding="utf-8"))
        assert "”" not in text, f"English closing quote in {path}"
        assert text.count("„") == text.count("“"), f"unpaired „…“ in {path}"
    assert "„Richtiges Netzwerken“" in visible_text(local_site.page(PART_URLS[2]))
