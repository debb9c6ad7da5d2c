"""The checklist extension on its own: Markdown in, HTML out, one case per behaviour.

In the style of Python-Markdown's own extension tests. The expected HTML is the
whole form, so a change in the markup shows up as a readable diff.
"""

import subprocess
import sys
import textwrap
from typing import ClassVar

import markdown
import pytest
from checklist_rendering import WithoutScriptControls, render
from markdown.test_tools import TestCase
from pelican.plugins.checklist.extension import ChecklistExtension

INTRO = (
    '<p class="checklist-intro">Alle Fragen sind freiwillig: Wähle aus, was für Dich '
    "passt, und halte Deine Gedanken in den Notizfeldern fest. Deine Antworten "
    "verlassen Deinen Browser nie.</p>\n"
    '<p class="checklist-autosave" data-with-script="Dein Browser speichert Deine '
    "Antworten, während Du schreibst (in einem privaten Fenster nur, bis Du es "
    'schließt).">Ohne JavaScript speichert diese Seite nichts: Drucke oder '
    "notiere Deine Antworten, bevor Du sie schließt.</p>"
)


def convert(source, controls=False):
    return render(source, "extra", controls=controls)


def form(checklist_id, body, version=1, title="Checkliste"):
    return (
        f'<form aria-labelledby="cl-{checklist_id}_titel" autocomplete="off" '
        'class="checklist" '
        f'data-checklist="{checklist_id}" '
        f'data-checklist-answers="checkliste:{checklist_id}:v" '
        'data-checklist-link="checkliste" '
        f'data-checklist-snapshots="checkliste:{checklist_id}:staende" '
        f'data-checklist-version="{version}" '
        f'id="cl-{checklist_id}" method="dialog">\n'
        f'<h2 id="cl-{checklist_id}_titel"><span class="checklist-kind">'
        f"Checkliste: </span>{title}</h2>\n{INTRO}\n"
        + textwrap.dedent(body).strip("\n")
        + "\n</form>"
    )


class TestChecklistForms(TestCase):
    """Markdown in, the whole form out, with Python-Markdown's own test case:
    a change in the markup shows as a readable diff. The controls the script
    brings to life are left out here (one test below reads them)."""

    default_kwargs: ClassVar[dict] = {
        "extensions": [ChecklistExtension(), "extra", WithoutScriptControls()],
        "output_format": "html5",
    }

    def test_single_choice_is_a_group_of_radio_buttons(self):
        self.assertMarkdownRenders(
            self.dedent(
                """
            ::: checklist netz version=1 title="Mein Netz"
            - Online oder offline? {#ort}
                ( ) Online
                ( ) Im echten Leben {#offline}
            :::
            """
            ),
            form(
                "netz",
                """
                <fieldset class="checklist-question" data-kind="single" data-question="ort" id="cl-netz__ort">
                <legend>Online oder offline?</legend>
                <div class="checklist-option"><input id="cl-netz__ort__online" name="ort" type="radio" value="online"><label for="cl-netz__ort__online">Online</label></div>
                <div class="checklist-option"><input id="cl-netz__ort__offline" name="ort" type="radio" value="offline"><label for="cl-netz__ort__offline">Im echten Leben</label></div>
                <div class="checklist-option checklist-none"><input id="cl-netz__ort_keine" name="ort" type="radio" value=""><label for="cl-netz__ort_keine">Keine Antwort</label></div>
                </fieldset>
                """,  # noqa: E501
                title="Mein Netz",
            ),
        )

    def test_the_way_back_to_no_answer_takes_the_authors_words_and_comes_last(self):
        self.assertMarkdownRenders(
            self.dedent(
                """
            ::: checklist netz version=1
            - Online oder offline? {#ort}
                (-) Weiß ich noch nicht
                ( ) Online
                ( ) Offline
            :::
            """
            ),
            form(
                "netz",
                """
                <fieldset class="checklist-question" data-kind="single" data-question="ort" id="cl-netz__ort">
                <legend>Online oder offline?</legend>
                <div class="checklist-option"><input id="cl-netz__ort__online" name="ort" type="radio" value="online"><label for="cl-netz__ort__online">Online</label></div>
                <div class="checklist-option"><input id="cl-netz__ort__offline" name="ort" type="radio" value="offline"><label for="cl-netz__ort__offline">Offline</label></div>
                <div class="checklist-option checklist-none"><input id="cl-netz__ort_keine" name="ort" type="radio" value=""><label for="cl-netz__ort_keine">Weiß ich noch nicht</label></div>
                </fieldset>
                """,  # noqa: E501
            ),
        )

    def test_multiple_choice_is_a_group_of_checkboxes(self):
        self.assertMarkdownRenders(
            self.dedent(
                """
            ::: checklist netz version=3
            - Wozu? {#zweck}
                [ ] Austausch
                [ ] Aufträge
            :::
            """
            ),
            form(
                "netz",
                """
                <fieldset class="checklist-question" data-kind="multiple" data-question="zweck" id="cl-netz__zweck">
                <legend>Wozu?</legend>
                <div class="checklist-option"><input id="cl-netz__zweck__austausch" name="zweck" type="checkbox" value="austausch"><label for="cl-netz__zweck__austausch">Austausch</label></div>
                <div class="checklist-option"><input id="cl-netz__zweck__auftrage" name="zweck" type="checkbox" value="auftrage"><label for="cl-netz__zweck__auftrage">Aufträge</label></div>
                </fieldset>
                """,  # noqa: E501
                version=3,
            ),
        )

    def test_short_text_is_a_labelled_line(self):
        self.assertMarkdownRenders(
            self.dedent(
                """
            ::: checklist netz version=1
            - Wie groß? {#groesse}
                [____]
            :::
            """
            ),
            form(
                "netz",
                """
                <fieldset class="checklist-question" data-kind="text" data-question="groesse" id="cl-netz__groesse">
                <legend>Wie groß?</legend>
                <div class="checklist-text"><label for="cl-netz__groesse_antwort">Deine Antwort</label><input id="cl-netz__groesse_antwort" maxlength="20000" name="groesse" type="text"></div>
                </fieldset>
                """,  # noqa: E501
            ),
        )

    def test_long_text_is_a_textarea_with_its_own_label(self):
        self.assertMarkdownRenders(
            self.dedent(
                """
            ::: checklist netz version=1
            - Wer gehört dazu? {#wer}
                [====] Zusammensetzung
            :::
            """
            ),
            form(
                "netz",
                """
                <fieldset class="checklist-question" data-kind="textarea" data-question="wer" id="cl-netz__wer">
                <legend>Wer gehört dazu?</legend>
                <div class="checklist-text"><label for="cl-netz__wer_antwort">Zusam\u00admen\u00adset\u00adzung</label><textarea id="cl-netz__wer_antwort" maxlength="20000" name="wer" rows="3"></textarea>
                </div>
                </fieldset>
                """,  # noqa: E501
            ),
        )


def test_other_choice_comes_with_its_own_labelled_text_field():
    html = convert(
        """
        ::: checklist netz version=1
        - Wo? {#wo}
            ( ) Xing
            ( ) Sonstiges: [____]
        :::
        """
    )
    assert (
        '<label for="cl-netz__wo__sonstiges">Sonstiges:</label>'
        '<label class="visually-hidden" for="cl-netz__wo__sonstiges_text">'
        "Sonstiges: eigene Angabe</label>"
        '<input class="checklist-other" id="cl-netz__wo__sonstiges_text" '
        'maxlength="20000" name="wo.sonstiges.text" type="text">'
    ) in html


def test_notes_field_follows_the_options():
    html = convert(
        """
        ::: checklist netz version=1
        - Wo? {#wo}
            ( ) Lokal
            ( ) Überregional
            [Notizen]
        :::
        """
    )
    assert html.endswith(
        '<div class="checklist-text checklist-notes">'
        '<label for="cl-netz__wo_notizen">Notizen</label>'
        '<textarea id="cl-netz__wo_notizen" maxlength="20000" name="wo.notizen" '
        'rows="3"></textarea>\n'
        "</div>\n</fieldset>\n</form>"
    )


def test_follow_up_question_sits_inside_its_option():
    html = convert(
        """
        ::: checklist netz version=1
        - Offen oder geschlossen? {#zugang}
            ( ) Offen für alle {#offen}
            ( ) Geschlossen {#geschlossen}
                - Welche Zugangsvoraussetzungen? {#voraussetzungen}
                    [====]
        :::
        """
    )
    assert (
        '<label for="cl-netz__zugang__geschlossen">Geschlossen</label>'
        '<fieldset class="checklist-question checklist-followup" '
        'data-followup-of="zugang=geschlossen" data-kind="textarea" '
        'data-question="voraussetzungen" id="cl-netz__voraussetzungen">\n'
        "<legend>Welche Zugangs\u00advor\u00adaus\u00adset\u00adzun\u00adgen?</legend>"
    ) in html


def test_several_checklists_on_a_page_have_unique_ids():
    html = convert(
        """
        ::: checklist eins version=1
        - Frage? {#frage}
            [ ] Ja
        :::

        Text dazwischen.

        ::: checklist zwei version=1
        - Frage? {#frage}
            [ ] Ja
        :::
        """
    )
    assert 'id="cl-eins__frage__ja"' in html
    assert 'id="cl-zwei__frage__ja"' in html
    assert "<p>Text dazwischen.</p>" in html


def test_question_ids_are_derived_from_the_text_when_not_set():
    html = convert(
        """
        ::: checklist netz version=1
        - Größe und Zusammensetzung?
            [____]
        :::
        """
    )
    assert 'data-question="grosse-und-zusammensetzung"' in html


@pytest.mark.parametrize(
    ("author_text", "rendered"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src=x onerror="alert(1)">', '&lt;img src=x onerror="alert(1)"&gt;'),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ('„Zitat“ und "gerade"', '„Zitat“ und "gerade"'),
        ("*wichtig* und **sehr**", "<em>wichtig</em> und <strong>sehr</strong>"),
        ("`<b>`", "<code>&lt;b&gt;</code>"),
    ],
)
def test_author_text_is_text_or_emphasis_never_markup(author_text, rendered):
    html = convert(
        f"""
        ::: checklist netz version=1
        - {author_text} {{#frage}}
            [ ] {author_text} {{#option}}
        :::
        """
    )
    assert f"<legend>{rendered}</legend>" in html
    assert f'<label for="cl-netz__frage__option">{rendered}</label>' in html
    assert "<script" not in html and "<img" not in html


def test_checklist_in_a_code_block_is_shown_as_code():
    html = convert(
        """
        ```
        ::: checklist netz version=1
        :::
        ```
        """
    )
    assert "<form" not in html
    assert "::: checklist netz version=1" in html


def test_the_extension_needs_no_pelican_build():
    # A fresh interpreter that only runs Python-Markdown: no settings, no
    # Pelican build, and the plugin's Pelican side never loaded.
    script = (
        "import sys, markdown\n"
        "from pelican.plugins.checklist.extension import ChecklistExtension\n"
        "print(markdown.markdown('::: checklist netz version=1\\n- Wozu? {#zweck}\\n"
        "    [ ] Austausch\\n:::', extensions=[ChecklistExtension()]))\n"
        "assert 'pelican.plugins.checklist.checklist' not in sys.modules\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert '<fieldset class="checklist-question"' in done.stdout
    assert "<legend>Wozu?</legend>" in done.stdout


def test_one_word_given_to_the_extension_keeps_every_other():
    from pelican.plugins.checklist.options import DEFAULTS

    extension = ChecklistExtension(
        messages={"saved": "Gesichert."}, script_labels={"copy": "Kopieren"}
    )
    configs = extension.getConfigs()
    assert configs["messages"] == {**DEFAULTS["messages"], "saved": "Gesichert."}
    assert configs["script_labels"] == {**DEFAULTS["script_labels"], "copy": "Kopieren"}
    assert DEFAULTS["messages"]["saved"] == "In diesem Browser gespeichert."


def test_one_extension_serves_several_markdown_instances():
    # A site's settings hold one extension; Pelican's readers (and the
    # workers that read ahead) each make a Markdown instance with it.
    extension = ChecklistExtension()
    first, second = (markdown.Markdown(extensions=[extension]) for _ in range(2))
    text = "::: checklist netz version=1\n- Frage? {#frage}\n    [ ] Ja\n:::\n"
    for md in (first, second, first, second):
        html = md.convert(text)
        md.reset()
        assert 'data-checklist="netz"' in html
        assert len(md.checklists) == 0  # reset: the next text starts clean
