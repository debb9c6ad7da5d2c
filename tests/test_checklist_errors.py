"""Every mistake an author can make in a checklist, and what they are told."""

import textwrap

import markdown
import pytest

from guide.checklist import ChecklistExtension
from guide.checklist_syntax import ChecklistError
from tests.site import build_with


def convert(source):
    md = markdown.Markdown(extensions=[ChecklistExtension()], output_format="html5")
    return md.convert(textwrap.dedent(source).strip("\n"))


CASES = {
    "never closed": (
        """
        Text.

        ::: checklist netz version=1
        - Frage?
            [ ] Ja
        """,
        3,
        "never closed",
        "add a line with only ':::'",
    ),
    "option outside a question": (
        """
        ::: checklist netz version=1
            ( ) Online
        - Frage?
            ( ) Ja
            ( ) Nein
        :::
        """,
        2,
        "stands outside a question",
        "indent it below the question",
    ),
    "unknown option marker": (
        """
        ::: checklist netz version=1
        - Frage?
            < > Online
        :::
        """,
        3,
        "Unknown option marker or question kind '< >'",
        "use '( )' for a single choice",
    ),
    "unknown question kind": (
        """
        ::: checklist netz version=1
        - Frage?
            [Datum]
        :::
        """,
        3,
        "Unknown option marker or question kind '[Datum]'",
        "'[____]' for a line of text",
    ),
    "no questions": (
        """
        ::: checklist netz version=1
        :::
        """,
        1,
        "has no questions",
        "add at least one question",
    ),
    "question without options": (
        """
        ::: checklist netz version=1
        - Frage ohne Antworten?
            [Notizen]
        :::
        """,
        2,
        "has no options and no text field",
        "add options below it",
    ),
    "single choice with one option": (
        """
        ::: checklist netz version=1
        - Frage?
            ( ) Ja
        :::
        """,
        2,
        "has only one option",
        "add another option",
    ),
    "duplicate checklist ids": (
        """
        ::: checklist netz version=1
        - Frage?
            [ ] Ja
        :::

        ::: checklist netz version=1
        - Frage?
            [ ] Ja
        :::
        """,
        6,
        "The checklist id 'netz' is used twice on this page (also on line 1)",
        "give each checklist on a page its own id",
    ),
    "duplicate question ids": (
        """
        ::: checklist netz version=1
        - Erste Frage? {#frage}
            [ ] Ja
        - Zweite Frage? {#frage}
            [ ] Ja
        :::
        """,
        4,
        "The question id 'frage' is used twice",
        "give one of them another id",
    ),
    "missing version": (
        """
        ::: checklist netz
        - Frage?
            [ ] Ja
        :::
        """,
        1,
        "has no version",
        "add version=1",
    ),
    "non-numeric version": (
        """
        ::: checklist netz version=eins
        - Frage?
            [ ] Ja
        :::
        """,
        1,
        "version='eins', which is not a whole number",
        "write a positive whole number",
    ),
    "mixed markers": (
        """
        ::: checklist netz version=1
        - Frage?
            ( ) Ja
            [ ] Nein
        :::
        """,
        4,
        "mixes '( )' and '[ ]'",
        "use '( )' for all options",
    ),
    "follow-up without option": (
        """
        ::: checklist netz version=1
        - Frage?
            - Unterfrage?
        :::
        """,
        3,
        "does not stand under an option",
        "indent it below the option",
    ),
    "invalid id": (
        """
        ::: checklist netz version=1
        - Frage? {#Große Frage}
            [ ] Ja
        :::
        """,
        2,
        "The question id {#Große Frage} is not valid",
        "use lowercase letters, digits and hyphens",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_mistake_raises_with_line_and_fix(case):
    source, line, message, fix = CASES[case]
    with pytest.raises(ChecklistError) as raised:
        convert(source)
    assert raised.value.line == line
    assert message in str(raised.value)
    assert fix in str(raised.value)


def test_a_broken_checklist_stops_the_build_naming_file_and_line(tmp_path):
    site = build_with(
        tmp_path,
        "kaputte-checkliste.md",
        "Title: Kaputt\nDate: 2010-03-05\n\nText.\n\n"
        "::: checklist netz version=1\n- Frage?\n    ( ) Ja\n:::\n",
    )
    assert site.returncode != 0
    assert (
        "content/kaputte-checkliste.md, line 7: The single-choice "
        "question 'Frage?' has only one option. Fix: add another option"
    ) in site.log
    assert not list((tmp_path / "output").rglob("*kaputt*"))
