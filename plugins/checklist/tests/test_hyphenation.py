"""Soft hyphens in a checklist's long words: where a break is allowed, never
changing the text a reader reads."""

import json

import markdown
import pyphen
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pelican.plugins.author_report.text import SOFT_HYPHEN, without_soft_hyphens
from pelican.plugins.checklist import hyphenation
from pelican.plugins.checklist.extension import ChecklistExtension
from pelican.plugins.checklist.hyphenation import soft_hyphens


def test_long_compounds_break_between_their_syllables():
    assert soft_hyphens("Welche Zugangsvoraussetzungen?") == (
        "Welche Zugangs\xadvor\xadaus\xadset\xadzun\xadgen?"
    )
    # Short words and each half of a hyphenated compound stay whole.
    kept = "Ein großes Business-Netzwerk"
    assert soft_hyphens(kept) == kept


@given(st.text())
def test_the_text_read_is_the_text_written(text):
    text = without_soft_hyphens(text)
    assert without_soft_hyphens(soft_hyphens(text)) == text


def test_a_checklist_hyphenates_its_boxes_but_not_code():
    html = markdown.markdown(
        "::: checklist netz version=1\n"
        "- Offen oder mit Zugangsvoraussetzungen? {#zugang}\n"
        "    ( ) Geschlossenes Expertennetzwerk {#zu}\n"
        "        - Welche `Zugangsvoraussetzungen` genau? {#welche}\n"
        "            [====] Zugangsvoraussetzungen\n"
        "    ( ) Offen {#offen}\n"
        ":::\n",
        extensions=[ChecklistExtension()],
    )
    # A question (repeated in the narrower summary list), a choice's label, a
    # field's label and a follow-up's question may break.
    assert "<legend>Offen oder mit Zugangs\xadvor\xadaus\xadset\xadzun\xadgen?" in html
    assert ">Geschlos\xadse\xadnes Exper\xadten\xadnetz\xadwerk</label>" in html
    assert ">Zugangs\xadvor\xadaus\xadset\xadzun\xadgen</label>" in html
    # Code stays as written.
    assert "<code>Zugangsvoraussetzungen</code> genau?</legend>" in html


def _fresh_start(monkeypatch, cache_home):
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    monkeypatch.setattr(pyphen, "hdcache", {})
    hyphenation._german.cache_clear()
    hyphenation._hyphenated.cache_clear()


@pytest.mark.parametrize("kept", [None, "{not json", '{"a": 1}', "[]", "{}"])
def test_the_kept_patterns_hyphenate_as_the_parsed_ones(monkeypatch, tmp_path, kept):
    words = "Zugangsvoraussetzungen Erfahrungsaustausch Unternehmerfrühstücke"
    cache = tmp_path / "networking-blog" / f"hyph_de_DE-{pyphen.VERSION}.json"
    if kept is not None:  # what another build left, whole or broken
        cache.parent.mkdir(parents=True)
        cache.write_text(kept, encoding="utf-8")
    _fresh_start(monkeypatch, tmp_path)
    parsed = soft_hyphens(words)
    assert json.loads(cache.read_text(encoding="utf-8"))  # kept for the next build
    _fresh_start(monkeypatch, tmp_path)
    assert soft_hyphens(words) == parsed
    assert parsed.count(SOFT_HYPHEN) == 13
