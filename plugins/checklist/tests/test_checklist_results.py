"""A checklist's results as an author writes them: Markdown in, HTML or a clear
mistake out. In the style of the checklist's own tests; no Pelican."""

import json
import textwrap
from html.parser import HTMLParser

import markdown
import pytest
from checklist_rendering import render, results_section
from pelican.plugins.author_report.errors import AuthorErrors
from pelican.plugins.checklist.extension import ChecklistExtension
from pelican.plugins.checklist.model import ChecklistError
from pelican.plugins.checklist.options import DEFAULTS

QUESTIONS = """
::: checklist netz version=1 title="Mein Netz"
- Online oder vor Ort? {#ort}
    ( ) Online {#online}
    ( ) Vor Ort {#offline}
- Wozu? {#zweck}
    [ ] Austausch {#austausch}
    [ ] Aufträge {#auftraege}
- Was noch? {#sonst}
    [====]
"""


def convert(results, questions=QUESTIONS):
    """QUESTIONS, then RESULTS, closed: as HTML."""
    source = textwrap.dedent(questions).strip("\n") + "\n\n"
    return render(source + textwrap.dedent(results).strip("\n") + "\n:::")


def test_results_are_a_plain_list_with_the_answers_for_and_against_each():
    html = convert(
        """
        Ergebnis: Ein *Stammtisch* {#stammtisch}
            Treffen in Deiner Stadt, siehe [Teil III](https://example.org/teil-3/).
            Dafür: ort = offline, zweck = austausch
            Dagegen: ort = online
        Ergebnis: Ein Forum
            Online mitreden.
            Dafür: ort=online
        """
    )
    assert results_section(html) == (
        '<section aria-labelledby="cl-netz_ergebnisse" class="checklist-results">\n'
        '<h3 id="cl-netz_ergebnisse">'
        "Welche Netzwerke zu welchen Antworten passen</h3>\n"
        "<ul>\n"
        '<li data-against="ort=online" '
        'data-for="ort=offline zweck=austausch">\n'
        "<h4>Ein <em>Stammtisch</em></h4>\n"
        "<p>Treffen in Deiner Stadt, siehe "
        '<a href="https://example.org/teil-3/">Teil III</a>.</p>\n'
        "<p>Dafür: „Vor Ort“, „Austausch“. "
        "Dagegen: „Online“.</p>\n"
        "</li>\n"
        '<li data-for="ort=online">\n'
        "<h4>Ein Forum</h4>\n"
        "<p>Online mitreden.</p>\n"
        "<p>Dafür: „Online“.</p>\n"
        "</li>\n"
        "</ul>\n"
        "</section>"
    )


def test_a_checklist_without_results_has_no_results_list():
    md = markdown.Markdown(extensions=[ChecklistExtension()], output_format="html5")
    html = md.convert(textwrap.dedent(QUESTIONS).strip("\n") + "\n:::")
    assert results_section(html) is None
    assert 'class="checklist-fit"' not in html


def test_result_text_is_text_never_markup():
    html = convert(
        """
        Ergebnis: <script>alert(1)</script> {#boese}
            <img src=x onerror=alert(1)> bleibt Text.
            Dafür: ort = online
        """
    )
    section = results_section(html)
    assert "<script" not in section and "<img" not in section
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in section


class _Controls(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.buttons, self.wrapper = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("class") == "checklist-enhanced":
            self.wrapper = attrs
        if tag == "button":
            self.buttons.append(attrs.get("value"))


def test_the_controls_for_the_script_are_written_hidden_with_its_words():
    html = convert(
        """
        Ergebnis: Ein Forum
            Online mitreden.
            Dafür: ort = online
        """
    )
    controls = _Controls()
    controls.feed(html)
    assert "hidden" in controls.wrapper
    messages = json.loads(controls.wrapper["data-messages"])
    assert messages == DEFAULTS["messages"]
    # Every message with a count has both forms.
    for key in messages:
        if key.endswith(".one"):
            assert key.removesuffix(".one") + ".other" in messages
    # The tools: the download first (the primary button), then the other
    # ways to keep the answers; apart, loading and, last, deleting them;
    # snapshots.
    assert controls.buttons == [
        "download",
        "copy",
        "share",
        "print",
        "load",
        "forget",
        "snapshot",
    ]
    assert '<h3 id="cl-netz_passt">Was zu Dir passt</h3>' in html


MISTAKES = {
    "no title": (
        "Ergebnis: {#x}\n    Text.\n    Dafür: ort = online",
        1,
        "has no title",
    ),
    "no text": ("Ergebnis: Forum\n    Dafür: ort = online", 1, "has no text"),
    "nothing for it": (
        "Ergebnis: Forum\n    Text.\n    Dagegen: ort = online",
        1,
        "No answer speaks for the result 'Forum', so it would never be shown",
    ),
    "unknown question": (
        "Ergebnis: Forum\n    Text.\n    Dafür: wo = online",
        3,
        "The checklist has no question 'wo'. Fix: use one of the question ids: "
        "ort, zweck, sonst.",
    ),
    "unknown option": (
        "Ergebnis: Forum\n    Text.\n    Dafür: ort = draussen",
        3,
        "The question 'ort' has no option 'draussen'. Fix: use one of its option "
        "ids: online, offline.",
    ),
    "a text question": (
        "Ergebnis: Forum\n    Text.\n    Dafür: sonst = viel",
        3,
        "The question 'sonst' has no options to choose",
    ),
    "for and against": (
        "Ergebnis: Forum\n    Text.\n    Dafür: ort = online\n    Dagegen: ort=online",
        4,
        "The answer 'ort=online' speaks both for and against the result 'Forum'",
    ),
    "not an answer": (
        "Ergebnis: Forum\n    Text.\n    Dafür: online",
        3,
        "'online' does not name an answer. Fix: write answers as 'question = option'",
    ),
    "no answer named": (
        "Ergebnis: Forum\n    Text.\n    Dafür:",
        3,
        "'Dafür:' names no answer",
    ),
    "the same id twice": (
        "Ergebnis: Forum\n    A.\n    Dafür: ort = online\n"
        "Ergebnis: Forum\n    B.\n    Dafür: ort = offline",
        4,
        "The result id 'forum' is used twice (also on line {first})",
    ),
    "outside a result": (
        "Ergebnis: Forum\n    A.\n    Dafür: ort = online\nLose Zeile",
        4,
        "'Lose Zeile' stands outside a result",
    ),
    "a question after the results": (
        "Ergebnis: Forum\n    A.\n    Dafür: ort = online\n- Noch eine Frage? {#neu}",
        4,
        "The question 'Noch eine Frage? {#neu}' stands after the results. Fix: "
        "write every question before the first 'Ergebnis:'.",
    ),
    "a mistyped keyword": (
        "Ergebnis: Forum\n    Text.\n    Dafür: ort = online\n"
        "    Dagegn: ort = offline",
        4,
        "'Dagegn' is no keyword of a result, so this line would be shown to readers "
        "as text. Fix: write 'Dagegen:'",
    ),
    "a mistyped keyword without answers": (
        "Ergebnis: Forum\n    Text.\n    Dafür: ort = online\n    Dafüer: Austausch",
        4,
        "Fix: write 'Dafür:'",
    ),
    "a mistyped result line": (
        "Ergebnisse: Forum\n    Text.\n    Dafür: ort = online",
        1,
        "'Ergebnisse' is no keyword: a result starts with 'Ergebnis:'.",
    ),
    "the same answer twice on one side": (
        "Ergebnis: Forum\n    Text.\n    Dafür: ort = online, zweck = austausch\n"
        "    Dafür: zweck=austausch",
        4,
        "The answer 'zweck=austausch' is named twice under 'Dafür:' of the result "
        "'Forum' (also on line {first+2}). Fix: name each answer once",
    ),
}
# The results start on this line of the source (the questions come first).
FIRST = QUESTIONS.strip("\n").count("\n") + 3


@pytest.mark.parametrize("case", MISTAKES)
def test_a_mistake_in_the_results_names_its_line_and_what_to_do(case):
    results, line, message = MISTAKES[case]
    with pytest.raises(ChecklistError) as raised:
        convert(results)
    assert raised.value.line == FIRST + line - 1
    message = message.replace("{first}", str(FIRST))
    assert message.replace("{first+2}", str(FIRST + 2)) in str(raised.value)
    assert "Fix: " in str(raised.value)


def test_every_mistake_in_the_results_is_reported_at_once_in_line_order():
    with pytest.raises(AuthorErrors) as raised:
        convert(
            """
            Ergebnis: Forum
                Dafür: wo = online
            Ergebnis:
            Ergebnis: Treff
                Text.
                Dafür: ort = offline
                Dagegen: ort = offline
            """
        )
    found = [(error.line - FIRST + 1, error.message) for error in raised.value.errors]
    assert found == [
        (1, "The result 'Forum' has no text."),
        (2, "The checklist has no question 'wo'."),
        (3, "This result has no title."),
        (7, "The answer 'ort=offline' speaks both for and against the result 'Treff'."),
    ]


def test_a_result_indented_into_the_questions_is_named_as_such():
    source = (
        QUESTIONS + "    Ergebnis: Forum\n        Text.\n        Dafür: ort = online\n"
    )
    with pytest.raises(ChecklistError) as raised:
        convert("", questions=source)
    assert raised.value.line == FIRST - 1
    assert "'Ergebnis: Forum' stands inside a question" in str(raised.value)
    assert "at the very beginning of a line, after the last question" in str(
        raised.value
    )


def test_a_comma_too_many_between_answers_is_no_mistake():
    html = convert(
        """
        Ergebnis: Ein Forum
            Online mitreden.
            Dafür: ort = online, , zweck = austausch,
        """
    )
    assert 'data-for="ort=online zweck=austausch"' in html


def test_answers_written_a_little_off_are_still_answers_never_text():
    html = convert(
        """
        Ergebnis: Ein Forum
            Online mitreden.
            dafür : ort = online
            DAGEGEN: ort = offline
        ergebnis : Ein Treffen
            Vor Ort.
            Dafür: ort = offline
        """
    )
    section = results_section(html)
    assert 'data-for="ort=online"' in section
    assert 'data-against="ort=offline"' in section
    assert "dafür :" not in section and "DAGEGEN" not in section
    assert "<h4>Ein Treffen</h4>" in section


@pytest.mark.parametrize(
    "keyword",
    ["Dafuer:", "DAFUER :", "Daf\u0075\u0308r:", "dafu\u0308r:"],
    ids=["ue", "upper ue", "decomposed", "decomposed lower"],
)
def test_dafuer_spelled_without_the_umlaut_or_decomposed_is_the_keyword(keyword):
    html = convert(
        f"""
        Ergebnis: Ein Forum
            Online mitreden.
            {keyword} ort = online
        """
    )
    section = results_section(html)
    assert 'data-for="ort=online"' in section
    assert "afu" not in section.lower().replace("dafür: „online“", "")


def test_a_result_text_keeps_its_paragraphs_and_lists():
    html = convert(
        """
        Ergebnis: Ein Verband
            Was er bietet:
            - Jahrestagungen
            - Arbeitskreise, die sich
              regelmäßig treffen
            1. Mitglied werden

            Ein zweiter Absatz.
            Dafür: ort = offline
        """
    )
    section = results_section(html)
    assert (
        "<h4>Ein Verband</h4>\n<p>Was er bietet:</p>\n<ul>\n<li>Jahrestagungen</li>\n"
        "<li>Arbeitskreise, die sich regelmäßig treffen</li>\n</ul>\n<ol>\n"
        "<li>Mitglied werden</li>\n</ol>\n<p>Ein zweiter Absatz.</p>\n"
        "<p>Dafür: „Vor Ort“.</p>" in section
    )


def test_every_mistake_in_questions_and_results_is_reported_at_once():
    questions = QUESTIONS.replace("( ) Vor Ort {#offline}", "( ) Vor Ort {#vor_ort}")
    questions = questions.replace("- Was noch? {#sonst}", "- Was noch? {#größe}")
    with pytest.raises(AuthorErrors) as raised:
        convert(
            """
            Ergebnis: Forum
                Text.
                Dafür: ort = online, ort = online
                Dagegn: zweck = austausch
            """,
            questions=questions,
        )
    found = [(error.line, error.message) for error in raised.value.errors]
    assert found == [
        (4, "The option id {#vor_ort} is not valid."),
        (8, "The question id {#größe} is not valid."),
        (FIRST + 2, "The answer 'ort=online' is named twice under 'Dafür:' of the "
                    "result 'Forum' (on this line)."),
        (FIRST + 3, "'Dagegn' is no keyword of a result, so this line would be "
                    "shown to readers as text."),
    ]  # fmt: skip
    assert "e.g. {#grosse}" in str(raised.value.errors[1])
