"""The browser code's pure functions, tested on their own in real Chromium, the
way GOV.UK Frontend tests its components: the theme's modules, as written (not
bundled), imported into an empty page. What they must hold to: a share link
gives back exactly what it carried and nothing when tampered with; saved or
shared data is cleaned against the form; answers of an older version move to
the new one."""

import itertools
import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.support.site import PART_URLS, SEED, element, elements, tags, visible_text
from tools.local_site import ROOT, free_port, serve

# The checklist's script modules, as the plugin ships them.
SCRIPTS = ROOT / "plugins/checklist/pelican/plugins/checklist/static/js"
SEED_TEXT = SEED
# A form like the build writes: a single choice (with "Keine Antwort"), a
# multiple choice and a text field, and the messages the script says.
FIXTURE = """<!doctype html><html lang="de"><title>Probe</title>
<form data-checklist="probe" data-checklist-version="2"
  data-checklist-answers="checkliste:probe:v" data-checklist-link="checkliste"
  data-checklist-snapshots="checkliste:probe:staende">
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
    # is then a key like any other. Packed, and as links were before packing.
    for packed in (True, False):
        encoded, decoded = empty_page.evaluate(
            """async ([json, packed]) => {
              const { decodeAnswers, encodeAnswers } = await import("/js/share.js");
              const encoded = await encodeAnswers(JSON.parse(json), packed);
              return [encoded, JSON.stringify(await decodeAnswers(encoded, packed))];
            }""",
            [json.dumps(answers), packed],
        )
        assert set(encoded) <= set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        )
        assert json.loads(decoded) == answers


@pytest.mark.parametrize(
    "tampered",
    ["", "!!!", "eyJvcnQiOiJvbmxpbmUi", "_-_-", "wyg", "bnVsbA", None, "8J-Yg"[:-1]],
)
@pytest.mark.parametrize("packed", [True, False], ids=["packed", "as-is"])
def test_a_tampered_link_gives_nothing_and_never_throws(empty_page, tampered, packed):
    # eyJvcnQiOiJvbmxpbmUi is '{"ort":"online"' cut short; wyg is not UTF-8.
    found = call(empty_page, "share.js", "decodeAnswers", tampered, packed)
    assert found in (None, "null")


def test_a_packed_link_that_unpacks_to_megabytes_gives_nothing(empty_page):
    # A few kilobytes of zeros unpack to far more than answers ever need.
    found = empty_page.evaluate(
        """async () => {
          const { decodeAnswers } = await import("/js/share.js");
          const zeros = new TextEncoder().encode('"' + "0".repeat(2_000_000) + '"');
          const stream = new Blob([zeros]).stream().pipeThrough(
            new CompressionStream("deflate-raw"));
          const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
          let binary = "";
          for (const byte of bytes) binary += String.fromCharCode(byte);
          return [binary.length, await decodeAnswers(btoa(binary), true)];
        }"""
    )
    assert found[0] < 8000 and found[1] is None


def test_a_link_holds_more_than_twice_the_german_prose_when_packed(empty_page):
    # The site's own German prose (Part II's source, Parts I and III, the
    # privacy page, the author guide) as the notes of all five questions: the
    # most that fits into a link of 8,000 characters, packed and as before.
    sources = [
        SEED_TEXT,
        *sorted((ROOT / "content").glob("networking-teil-[13].md")),
        ROOT / "content/pages/datenschutz.md",
        ROOT / "docs/autorenleitfaden.md",
    ]
    prose = "\n".join(path.read_text(encoding="utf-8") for path in sources)
    capacity = empty_page.evaluate(
        """async ([prose]) => {
          const { encodeAnswers } = await import("/js/share.js");
          const names = ["ort", "zweck", "groesse", "reichweite", "zugang"];
          const fits = async (size, packed) => {
            const answers = Object.fromEntries(names.map((name, i) =>
              [`${name}.notizen`, prose.slice(i * size, (i + 1) * size)]));
            return (await encodeAnswers(answers, packed)).length + 120 <= 8000;
          };
          const most = async (packed) => {
            let [low, high] = [0, Math.floor(prose.length / 5)];
            while (low < high) {
              const middle = Math.ceil((low + high) / 2);
              if (await fits(middle, packed)) low = middle; else high = middle - 1;
            }
            return low * 5;
          };
          return [await most(false), await most(true)];
        }""",
        [prose],
    )
    before, after = capacity
    print(f"\nnotes that fit a link: {before} characters as before, {after} packed")
    assert after >= 2 * before


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
    # "Keine Antwort" is an answer, where the question has it; a text where a
    # choice belongs is none.
    assert clean(empty_page, {"ort": "", "zweck": "austausch"})["kept"] == {"ort": ""}
    assert clean(empty_page, {"zweck": ""})["kept"] == {}


@pytest.mark.parametrize("raw", [None, [], "text", 7, True])
def test_data_that_is_no_answers_at_all_is_refused(empty_page, raw):
    assert clean(empty_page, raw) is None


def test_answers_of_an_older_version_move_to_the_new_one(empty_page):
    result = empty_page.evaluate(
        """async ([messages, older]) => {
          const { load } = await import("/js/storage.js");
          localStorage.clear();
          localStorage.setItem("checkliste:probe:v1", older);
          const loaded = load(document.querySelector("form"));
          return { answers: { ...loaded.answers }, message: loaded.message,
                   dropped: loaded.dropped, keys: Object.keys(localStorage).sort() };
        }""",
        [json.dumps(MESSAGES), json.dumps({"ort": "offline", "frage-weg": "x"})],
    )
    assert result == {
        "answers": {"ort": "offline"},
        "message": "migrated",  # the key of what to tell, with the count
        "dropped": 1,
        "keys": ["checkliste:probe:v2"],
    }


COUNTED = {
    # The words the page gives for counts from two to twelve.
    "numbers": ",,zwei,drei,vier,fünf,sechs,sieben,acht,neun,zehn,elf,zwölf",
    "openCount.one": "Noch eine Frage offen.",
    "openCount.other": "Noch %{count} Fragen offen.",
    "done.zero": "Keine Frage beantwortet.",
    "done.other": "%{count} von %{all} Fragen beantwortet.",
    "max": "Höchstens %{max} Zeichen.",
}


@pytest.mark.parametrize(
    ("key", "values", "said"),
    [
        ("openCount", {"count": 1}, "Noch eine Frage offen."),
        ("openCount", {"count": 2}, "Noch zwei Fragen offen."),
        ("openCount", {"count": 12}, "Noch zwölf Fragen offen."),
        ("openCount", {"count": 13}, "Noch 13 Fragen offen."),
        ("done", {"count": 0, "all": 5}, "Keine Frage beantwortet."),
        ("done", {"count": 3, "all": 5}, "drei von fünf Fragen beantwortet."),
        ("max", {"max": 20000}, "Höchstens 20.000 Zeichen."),  # not a count
        ("max", {"max": 5}, "Höchstens 5 Zeichen."),
    ],
)
def test_counts_up_to_twelve_are_words_with_singular_and_zero_forms(
    empty_page, key, values, said
):
    result = empty_page.evaluate(
        """async ([messages, key, values]) => {
          const { words } = await import("/js/strings.js");
          return words(messages)(key, values);
        }""",
        [json.dumps(COUNTED), key, values],
    )
    assert result == said


def test_each_form_says_its_own_words(empty_page):
    # Two forms on one page, each with its own table (GOV.UK Frontend's I18n):
    # neither takes the other's words, and the tools' words join one form.
    said = empty_page.evaluate(
        """async () => {
          const { words } = await import("/js/strings.js");
          const german = words(JSON.stringify({ saved: "Gespeichert." }));
          const english = words(JSON.stringify({ saved: "Saved." }));
          english.add(JSON.stringify({ copied: "Copied." }));
          return [german("saved"), english("saved"), german("copied"),
                  english("copied"), german("constructor"), german("__proto__")];
        }"""
    )
    assert said == ["Gespeichert.", "Saved.", "", "Copied.", "", ""]


def test_numbers_are_written_in_the_pages_language_and_words(empty_page):
    # An English page: its own words for counts, its own digits grouping.
    result = empty_page.evaluate(
        """async () => {
          document.documentElement.lang = "en";
          const { words } = await import("/js/strings.js");
          const T = words('{"numbers": ",,two,three", "n": "%{count}/%{max}"}');
          return [T("n", { count: 3, max: 20000 }), T("n", { count: 13, max: 5 })];
        }"""
    )
    assert result == ["three/20,000", "13/5"]


def test_every_counted_message_of_the_site_has_its_singular(published_site):
    from pelican.plugins.checklist.options import DEFAULTS

    counted = {
        key.rsplit(".", 1)[0]
        for key, text in DEFAULTS["messages"].items()
        if "%{count}" in text
    }
    for key in counted:
        assert f"{key}.one" in DEFAULTS["messages"], key
        assert "%{count}" not in DEFAULTS["messages"][f"{key}.one"], key


# --- "Was zu Dir passt" decides, for every complete answer set of Part II ---------


def part_two_model(html):
    """Part II's questions ({name: [options]}, in form order) and results
    ([{id, for, against}]), as the build wrote them."""
    questions = {}
    for _tag, attrs in tags(html, "input"):
        if attrs.get("type") == "radio" and attrs.get("value"):
            questions.setdefault(attrs["name"], []).append(attrs["value"])
    results = [
        {
            "title": visible_text(element(outer, "h4")),
            "for": [pair.split("=") for pair in attrs["data-for"].split()],
            "against": [p.split("=") for p in attrs.get("data-against", "").split()],
        }
        for attrs, outer in elements(html, "li")
        if "data-for" in attrs
    ]  # fmt: skip
    return questions, results


def test_what_fits_decides_for_every_complete_answer_set(empty_page, published_site):
    questions, results = part_two_model(published_site.page(PART_URLS[2]))
    used = {q for r in results for q, _o in r["for"] + r["against"]}
    named = [name for name in questions if name in used]
    combos = itertools.product(*(questions[name] for name in named))
    sets = [dict(zip(named, combo, strict=True)) for combo in combos]
    assert len(sets) == 108  # 3 * 3 * 3 * 2 * 2
    decided = empty_page.evaluate(
        """async ([results, sets]) => {
          const { decide } = await import("/js/fit.js");
          return sets.map((answers) => decide(results, answers));
        }""",
        [results, sets],
    )
    best_counts, shown_counts = Counter(), Counter()
    for answers, outcome in zip(sets, decided, strict=True):
        best, also = outcome["best"], outcome["also"]
        assert 1 <= len(best) <= 2, answers  # one best, two where they truly tie
        assert len(also) <= 2, answers
        if len(best) == 2:
            assert best[0]["rank"] == best[1]["rank"], answers
        # One with an answer against is never best while one without fits.
        if any(not r["no"] for r in best + also):
            assert all(not r["no"] for r in best), answers
        for result in best + also:
            assert len(result["yes"]) > len(result["no"]), answers
        best_counts.update(results[r["index"]]["title"] for r in best)
        shown_counts[len(best) + len(also)] += 1
    print("\nbest suggestion over the 108 complete answer sets of Part II:")
    for title, count in best_counts.most_common():
        print(f"  {count:3d}  {title}")
    print(
        "suggestions shown (best and 'Passt auch'):", dict(sorted(shown_counts.items()))
    )
    # No suggestion is best for most readers.
    assert max(best_counts.values()) <= len(sets) // 4


@given(data=st.data())
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_what_fits_never_shows_a_best_with_an_answer_against_it_over_one_without(
    empty_page, published_site, data
):
    """Partial answer sets: whatever is shown keeps the same rules."""
    questions, results = part_two_model(published_site.page(PART_URLS[2]))
    answers = {
        name: data.draw(st.sampled_from(options), label=name)
        for name, options in questions.items()
        if data.draw(st.booleans(), label=f"answer {name}")
    }
    outcome = call(empty_page, "fit.js", "decide", results, answers)
    best, also = outcome["best"], outcome["also"]
    assert len(best) <= 2 and len(also) <= 3
    if best and any(not r["no"] for r in best + also):
        assert all(not r["no"] for r in best)
