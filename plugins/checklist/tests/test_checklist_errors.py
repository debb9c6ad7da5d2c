"""Every mistake an author can make in a checklist, and what they are told."""

import pytest
from checklist_rendering import render
from pelican.plugins.author_report.errors import AuthorErrors
from pelican.plugins.checklist.model import ChecklistError

convert = render


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
    "no answer in a multiple choice": (
        """
        ::: checklist netz version=1
        - Frage?
            [ ] Ja
            [ ] Nein
            (-) Weiß nicht
        :::
        """,
        5,
        "has a '(-)' option but is no single choice",
        "use '(-)' only below '( )' options",
    ),
    "no answer twice": (
        """
        ::: checklist netz version=1
        - Frage?
            ( ) Ja
            (-) Weiß nicht
            ( ) Nein
            (-) Keine Ahnung
        :::
        """,
        6,
        "has a second '(-)' option",
        "keep one",
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
    # Nothing silently dropped: an opening line Markdown would not see.
    "inside a quote": (
        """
        Text.

        > ::: checklist netz version=1
        > - Frage?
        >     [ ] Ja
        > :::
        """,
        3,
        "stands inside a quote",
        "start '::: checklist' at the very beginning of a line",
    ),
    "inside a list item": (
        """
        - Punkt
        - ::: checklist netz version=1
        """,
        2,
        "stands inside a list item",
        "outside lists, quotes and HTML blocks",
    ),
    "in a list item's paragraph": (
        """
        - Punkt

            ::: checklist netz version=1
            - Frage?
                [ ] Ja
            :::
        """,
        3,
        "is not at the top level of the text",
        "outside lists, quotes and HTML blocks",
    ),
    "indented": (
        """
          ::: checklist netz version=1
        - Frage?
            [ ] Ja
        :::
        """,
        1,
        "This checklist is indented",
        "at the very beginning of a line",
    ),
    "inside an HTML block": (
        """
        <div>
        ::: checklist netz version=1
        - Frage?
            [ ] Ja
        :::
        </div>
        """,
        2,
        "stands inside an HTML block",
        "outside lists, quotes and HTML blocks",
    ),
    "after a code fence never closed": (
        """
        ```
        Beispiel

        ::: checklist netz version=1
        - Frage?
            [ ] Ja
        :::
        """,
        1,
        "never closed, so the checklist on line 4 would show as text",
        "close the code block with a line ```",
    ),
    "one checklist inside another": (
        """
        ::: checklist aussen version=1
        - Frage?
            [ ] Ja
        ::: checklist innen version=1
        - Frage?
            [ ] Ja
        :::
        """,
        4,
        "starts here while the one opened on line 1 is not closed yet",
        "close the first with a line ':::'",
    ),
    "title with inner quotes": (
        """
        ::: checklist netz version=1 title="Mein "ideales" Netzwerk"
        - Frage?
            [ ] Ja
        :::
        """,
        1,
        "do not pair up",
        "write quotes inside a title as „…“",
    ),
    "an id on the way back": (
        """
        ::: checklist netz version=1
        - Frage?
            ( ) Ja
            ( ) Nein
            (-) Weiß ich noch nicht {#offen}
        :::
        """,
        5,
        "The '(-)' option 'Weiß ich noch nicht {#offen}' has an id, which readers "
        "would see",
        "remove the {#…}",
    ),
    "version in other digits": (
        """
        ::: checklist netz version=٣
        - Frage?
            [ ] Ja
        :::
        """,
        1,
        "not a whole number written with the digits 0-9",
        "version=2",
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


def test_a_checklist_example_in_a_code_block_stays_code():
    html = convert(
        """
        Text.

            ::: checklist netz version=1
            - Frage?

        ```markdown
        ::: checklist netz version=1
        :::
        ```
        """
    )
    assert "<form" not in html
    assert html.count("::: checklist netz version=1") == 2


def test_a_title_may_hold_escaped_and_german_quotes():
    html = convert(
        r"""
        ::: checklist netz version=1 title="Mein \"ideales\" „Netz“"
        - Frage?
            [ ] Ja
        :::
        """
    )
    assert (
        '<h2 id="cl-netz_titel"><span class="checklist-kind">Checkliste: </span>'
        'Mein "ideales" „Netz“</h2>' in html
    )


def test_a_bare_way_back_takes_the_default_words():
    html = convert(
        """
        ::: checklist netz version=1
        - Frage? {#frage}
            ( ) Ja
            ( ) Nein
            (-)
        :::
        """
    )
    assert '<label for="cl-netz__frage_keine">Keine Antwort</label>' in html


def test_every_mistake_of_two_checklists_in_one_text_is_reported_at_once():
    with pytest.raises(AuthorErrors) as raised:
        convert(
            """
            ::: checklist eins version=1
            - Frage?
                ( ) Ja
            - Zweite Frage?
                (x) Vielleicht
            :::

            Text dazwischen.

            ::: checklist zwei version=1
            - Dritte Frage? {#Drei}
                [ ] Ja
            :::
            """
        )
    found = [(error.line, error.message) for error in raised.value.errors]
    assert found == [
        (2, "The single-choice question 'Frage?' has only one option."),
        (5, "Unknown option marker or question kind '(x)'."),
        (11, "The question id {#Drei} is not valid."),
    ]
