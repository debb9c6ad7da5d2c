"""The browser code's pure functions, tested on their own in real Chromium, the
way GOV.UK Frontend tests its components: the theme's modules, as written (not
bundled), imported into an empty page. What they must hold to: a share link
gives back exactly what it carried and nothing when tampered with; saved or
shared data is cleaned against the form; answers of an older version move to
the new one."""

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tools.local_site import ROOT, free_port, serve

SCRIPTS = ROOT / "theme" / "static" / "js"
# A form like the build writes: a single choice (with "Keine Antwort"), a
# multiple choice and a text field, and the messages the script says.
FIXTURE = """<!doctype html><html lang="de"><title>Probe</title>
<form data-checklist="probe" data-checklist-version="2">
  <input type="radio" name="ort" value="online">
  <input type="radio" name="ort" value="offline">
  <input type="radio" name="ort" value="">
  <input type="checkbox" name="zweck" value="austausch">
  <input type="checkbox" name="zweck" value="auftraege">
  <textarea name="ort.notizen"></textarea>
</form>"""
MESSAGES = {"migrated": "Übernommen.", "dropped.one": "Eine verworfen.",
            "dropped.other": "%{count} verworfen.", "restored": "Geladen.",
            "saved": "Gespeichert.", "noStorage": "Kein Speicher.",
            "corrupt": "Kaputt."}  # fmt: skip


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    folder = tmp_path_factory.mktemp("units")
    (folder / "index.html").write_text(FIXTURE, encoding="utf-8")
    (folder / "js").symlink_to(SCRIPTS, target_is_directory=True)
    with serve(folder, free_port()) as base:
        yield base


@pytest.fixture
def empty_page(page, units):
    page.goto(f"{units}/index.html")
    return page


def call(page, module, function, *args):
    """FUNCTION of the theme's MODULE called with ARGS (JSON), in PAGE."""
    return page.evaluate(
        """async ([module, name, args]) => {
          const found = await import(`/js/${module}`);
          return found[name](...args);
        }""",
        [module, function, list(args)],
    )


ANSWERS = st.dictionaries(
    st.text(min_size=1, max_size=20),
    st.one_of(st.text(max_size=200), st.lists(st.text(max_size=20), max_size=4)),
    max_size=6,
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(answers=ANSWERS)
@example(answers={"__proto__": "", "constructor": ["x"], "ort": "Ü ✓ \U0001f600"})
def test_a_share_link_carries_exactly_its_answers(empty_page, answers):
    # As JSON both ways, the way answers reach the script: a key "__proto__"
    # is then a key like any other.
    encoded, decoded = empty_page.evaluate(
        """async (json) => {
          const { decodeAnswers, encodeAnswers } = await import("/js/share.js");
          const encoded = encodeAnswers(JSON.parse(json));
          return [encoded, JSON.stringify(decodeAnswers(encoded))];
        }""",
        json.dumps(answers),
    )
    assert set(encoded) <= set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    )
    assert json.loads(decoded) == answers


@pytest.mark.parametrize(
    "tampered",
    ["", "!!!", "eyJvcnQiOiJvbmxpbmUi", "_-_-", "wyg", "bnVsbA", None, "8J-Yg"[:-1]],
)
def test_a_tampered_link_gives_nothing_and_never_throws(empty_page, tampered):
    # eyJvcnQiOiJvbmxpbmUi is '{"ort":"online"' cut short; wyg is not UTF-8.
    assert call(empty_page, "share.js", "decodeAnswers", tampered) in (None, "null")


def clean(page, raw):
    # As JSON, parsed in the page as stored or shared answers are: "__proto__"
    # is then a key of its own.
    return page.evaluate(
        """async (json) => {
          const { clean } = await import("/js/form.js");
          const result = clean(document.querySelector("form"), JSON.parse(json));
          return result && { kept: { ...result.kept }, dropped: result.dropped,
                             polluted: ({}).polluted === true };
        }""",
        json.dumps(raw),
    )


def test_cleaning_keeps_what_fits_the_form_and_counts_the_rest(empty_page):
    raw = {
        "ort": "online",
        "zweck": ["austausch", "gibt-es-nicht"],
        "ort.notizen": "<script>alert(1)</script>",
        "weg": "x",
        "__proto__": {"polluted": True},
    }
    assert clean(empty_page, raw) == {
        "kept": {"ort": "online", "ort.notizen": "<script>alert(1)</script>"},
        "dropped": 3,
        "polluted": False,
    }
    # "Keine Antwort" is no answer; a text where a choice belongs is none either.
    assert clean(empty_page, {"ort": "", "zweck": "austausch"})["kept"] == {}


@pytest.mark.parametrize("raw", [None, [], "text", 7, True])
def test_data_that_is_no_answers_at_all_is_refused(empty_page, raw):
    assert clean(empty_page, raw) is None


def test_answers_of_an_older_version_move_to_the_new_one(empty_page):
    result = empty_page.evaluate(
        """async ([messages, older]) => {
          const { useMessages } = await import("/js/strings.js");
          const { load } = await import("/js/storage.js");
          useMessages(messages);
          localStorage.clear();
          localStorage.setItem("checkliste:probe:v1", older);
          const loaded = load(document.querySelector("form"));
          return { answers: { ...loaded.answers }, message: loaded.message,
                   keys: Object.keys(localStorage).sort() };
        }""",
        [json.dumps(MESSAGES), json.dumps({"ort": "offline", "frage-weg": "x"})],
    )
    assert result == {
        "answers": {"ort": "offline"},
        "message": "Übernommen. Eine verworfen.",
        "keys": ["checkliste:probe:v2"],
    }
