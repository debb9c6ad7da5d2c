"""The checklist in each locale: every word has its English, and English
authors write the English syntax."""

import markdown
import pytest
from pelican.plugins.author_report.errors import AuthorError, AuthorErrors
from pelican.plugins.checklist import english
from pelican.plugins.checklist.checklist import SETTINGS
from pelican.plugins.checklist.extension import ChecklistExtension
from pelican.plugins.checklist.options import DEFAULTS, LOCALES
from pelican.plugins.checklist.storage import STORAGE
from pelican.plugins.checklist.worksheet import DEFAULTS as WORKSHEET

ENGLISH = """\
::: checklist ideal version=1 title="Your ideal network"
- Where should it meet? {#place}
    ( ) Online {#online}
    ( ) In person {#in-person}
    [Notes]

Result: An online community {#community}
    Groups that meet at any hour.
    For: place = online
    Against: place = in-person
:::
"""


def keys(table):
    """Every key of TABLE, those of its tables too."""
    found = set()
    for key, value in table.items():
        found.add(key)
        if isinstance(value, dict):
            found |= {f"{key}.{inner}" for inner in value}
    return found


def test_every_word_has_its_english():
    worded = {k: v for k, v in DEFAULTS.items() if not isinstance(v, int | bool)}
    worded.pop("tool_words_file")
    assert keys(english.OPTIONS) == keys(worded)
    assert keys(english.SETTINGS) == keys({**SETTINGS, **WORKSHEET})


def test_an_english_checklist_is_read_and_written_in_english():
    html = markdown.markdown(ENGLISH, extensions=[ChecklistExtension(locale="en")])
    assert "<label" in html and ">Notes<" in html
    # Where the script saves, in English names.
    assert 'data-checklist-answers="checklist:ideal:v"' in html
    assert 'data-checklist-snapshots="checklist:ideal:snapshots"' in html
    assert 'data-checklist-link="checklist"' in html
    assert "Checklist: " in html and "No answer" in html
    assert "For it: “Online”. Against it: “In person”." in html
    assert "Which results fit which answers" in html


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("    Agianst: place = online", "write 'Against:'"),
        ("Resutl: A club {#club}", "a result starts with 'Result:'"),
    ],
)
def test_a_misspelled_english_keyword_is_told_in_english(line, told):
    text = ENGLISH.replace("\n:::\n", f"\n{line}\n:::\n")  # before the closing line
    with pytest.raises((AuthorError, AuthorErrors)) as raised:
        markdown.markdown(text, extensions=[ChecklistExtension(locale="en")])
    assert told in str(raised.value)


def test_the_german_keywords_are_no_keywords_in_english():
    german = ENGLISH.replace("Result:", "Ergebnis:")
    with pytest.raises((AuthorError, AuthorErrors)) as raised:
        markdown.markdown(german, extensions=[ChecklistExtension(locale="en")])
    assert "Ergebnis" in str(raised.value)


def test_german_storage_names_stay_those_readers_saved_under():
    german = STORAGE["de"]
    assert german.answers_key("ideales-netzwerk", 1) == "checkliste:ideales-netzwerk:v1"
    assert (
        german.snapshots_key("ideales-netzwerk")
        == "checkliste:ideales-netzwerk:staende"
    )
    assert german.link == "checkliste"


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_deleting_the_answers_of_every_version_keeps_the_snapshots(locale):
    # The script deletes every key that starts with the answers' key.
    names = STORAGE[locale]
    assert not names.snapshots_key("a").startswith(names.answers_key("a"))
    # nor those of a checklist whose id starts with this one's
    assert not names.answers_key("a-b", 1).startswith(names.answers_key("a"))
