"""The search page in real headless Chromium, under the site's own headers: German
words found in every form a reader types them, results a reader can use, and odd
input that never breaks the page or runs as code."""

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import expect

from tests.support.accessibility import axe_violations
from tests.support.checklist_page import watch
from tests.support.engines import JS_OFF
from tests.support.site import PART_URLS, build_with_files
from tools.local_site import free_port, serve

SEARCH = "suche/"
INDEX = "suche/suchindex.json"

# One article per German case, each holding its word in only the form named.
PROBES = {
    "probe-kompositum.md": "Title: Probe Kompositum\nDate: 2009-01-01\n\n"
    "Ein Expertennetzwerk lebt vom Austausch unter Fachleuten.\n",
    "probe-bindestrich.md": "Title: Probe Bindestrich\nDate: 2009-01-02\n\n"
    "Im Business-Netzwerk zeigen sich Dienstleister von ihrer besten Seite.\n",
    "probe-umlaut.md": "Title: Probe Umlaut\nDate: 2009-01-03\n\n"
    "Eine Übersicht über die Straßenfeste der Gegend.\n",
    "probe-einzahl.md": "Title: Probe Einzahl\nDate: 2009-01-04\n\n"
    "Ein Netzwerk trägt, wenn man es pflegt.\n",
    # As pasted from a PDF or a web page: a ligature and a zero-width space.
    "probe-eingefuegt.md": "Title: Probe Eingefügt\nDate: 2009-01-06\n\n"
    "Wer den \ufb02iegenpilz \ufb01ndet, schreibt es ins Adress\u200bbuch.\n",
    "probe-code.md": "Title: Probe <img src=x onerror=alert(1)> Zeichen\n"
    "Date: 2009-01-05\n\nText mit &lt;script&gt;alert(2)&lt;/script&gt; als Zeichen.\n",
}


@pytest.fixture(scope="module")
def search_base(tmp_path_factory):
    """The published site plus the probe articles, served."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    site = build_with_files(
        tmp_path_factory.mktemp("search"), PROBES, "publishconf.py", siteurl=base_url
    )
    assert site.returncode == 0, site.log
    with serve(site.output, port):
        yield base_url


LOADING_OR_NOTHING = re.compile(r"^$|^Die Suche wird geladen")


def search(page, base_url, query):
    """Open the search page with QUERY typed into the field; return the results."""
    page.goto(f"{base_url}/{SEARCH}")
    page.get_by_label("Wonach suchst Du?").fill(query)
    page.get_by_label("Wonach suchst Du?").press("Enter")
    # Until the index has arrived the status says it is loading; the results
    # come with the status that follows.
    expect(page.get_by_role("status")).not_to_have_text(LOADING_OR_NOTHING)
    return page.locator(".search-result")


def titles(results):
    return results.locator("h2").all_inner_texts()


def test_a_word_is_found_inside_compounds_and_after_a_hyphen(page, search_base):
    problems = watch(page)
    results = search(page, search_base, "Netzwerk")
    found = titles(results)
    assert "Probe Kompositum" in found and "Probe Bindestrich" in found
    compound = results.filter(has_text="Probe Kompositum")
    expect(compound.locator("mark")).to_have_text(["netzwerk"])
    expect(compound.locator(".search-excerpt")).to_contain_text("Expertennetzwerk")
    hyphen = results.filter(has_text="Probe Bindestrich")
    expect(hyphen.locator("mark")).to_have_text(["Netzwerk"])
    assert problems == []


def test_umlauts_and_sharp_s_match_their_transliterations(page, search_base):
    for query, marked in (("Uebersicht", "Übersicht"), ("strasse", "Straßenfeste")):
        results = search(page, search_base, query)
        assert titles(results) == ["Probe Umlaut"], query
        expect(results.locator("mark")).to_have_text([marked])
    results = search(page, search_base, "Übersicht")
    assert titles(results) == ["Probe Umlaut"]


@pytest.mark.parametrize(
    ("query", "marked"),
    [("Fliegenpilz", "\ufb02iegenpilz"), ("Adressbuch", "Adress\u200bbuch"),
     ("\ufb02iegenpilze", "\ufb02iegenpilz"), ("Adress\u00adbuch", "Adress\u200bbuch")],
    ids=["ligature in the text", "zero-width space in the text",
         "ligature in the query", "soft hyphen in the query"],
)  # fmt: skip
def test_text_pasted_from_pdfs_and_web_pages_is_found(page, search_base, query, marked):
    results = search(page, search_base, query)
    assert titles(results) == ["Probe Eingefügt"], query
    expect(results.locator("mark")).to_have_text([marked])


@pytest.mark.parametrize(
    ("query", "title"),
    [("Checkliste", "Wie finde ich das richtige Netzwerk?"),
     ("Auftrag", "Wie finde ich das richtige Netzwerk?"),
     ("nahkastchen", "Wie finde ich das richtige Netzwerk?"),
     ("Ubersicht", "Probe Umlaut")],
)  # fmt: skip
def test_a_reader_finds_what_the_words_mean_not_only_their_spelling(
    page, search_base, query, title
):
    assert title in titles(search(page, search_base, query))


def test_with_several_words_the_status_says_which_found_nothing(page, search_base):
    search(page, search_base, "Netzwerk Quarkspeise")
    expect(page.get_by_role("status")).to_have_text(
        "Keine Treffer für „Netzwerk Quarkspeise“: „Quarkspeise“ steht in keinem "
        "Beitrag."
    )
    search(page, search_base, "Quarkspeise Netzwerk Zuckerwatte")
    expect(page.get_by_role("status")).to_have_text(
        "Keine Treffer für „Quarkspeise Netzwerk Zuckerwatte“: „Quarkspeise“ und "
        "„Zuckerwatte“ stehen in keinem Beitrag."
    )
    search(page, search_base, "Expertennetzwerk Straßenfeste")
    expect(page.get_by_role("status")).to_have_text(
        "Keine Treffer für „Expertennetzwerk Straßenfeste“: Kein Beitrag enthält "
        "alle diese Wörter."
    )


def test_an_inflected_word_finds_its_base_form(page, search_base):
    results = search(page, search_base, "netzwerke")
    assert "Probe Einzahl" in titles(results)
    single = results.filter(has_text="Probe Einzahl")
    expect(single.locator("mark")).to_have_text(["Netzwerk"])


def test_a_series_part_says_which_part_it_is_and_title_hits_come_first(
    page, search_base
):
    results = search(page, search_base, "Xing konkret")
    assert titles(results)[0] == "Wie ich Xing konkret nutze"
    expect(results.first.locator(".search-part")).to_have_text(
        "Teil III von III · 4. März 2010"
    )
    expect(page.get_by_role("status")).to_have_text(
        re.compile(r"^(Ein|\d+) Treffer für „Xing konkret“\.$")
    )
    results.first.get_by_role("link").click()
    expect(page).to_have_url(re.compile(re.escape(PART_URLS[3]) + "$"))


def test_no_hit_says_so_and_points_to_the_archive(page, search_base):
    search(page, search_base, "Quarkspeise")
    expect(page.get_by_role("status")).to_have_text("Keine Treffer für „Quarkspeise“.")
    hint = page.locator("#suche-keine-treffer")
    expect(hint).to_be_visible()
    expect(hint.get_by_role("link", name="Archiv")).to_be_visible()
    expect(page.locator(".search-result")).to_have_count(0)


def test_the_query_is_in_the_address_and_comes_back_with_it(page, search_base):
    search(page, search_base, "Expertennetzwerk")
    expect(page).to_have_url(re.compile(r"\?q=Expertennetzwerk$"))
    page.reload()
    expect(page.get_by_label("Wonach suchst Du?")).to_have_value("Expertennetzwerk")
    expect(page.locator(".search-result")).not_to_have_count(0)
    page.goto(f"{search_base}/{SEARCH}?q=%C3%9Cbersicht")
    expect(page.locator(".search-result h2")).to_have_text(["Probe Umlaut"])


def open_with_paused_clock(page, url):
    """Open URL with the page's clock paused once loaded (an installed clock runs
    in real time), and list in window.said each text the status line announces."""
    page.clock.install()
    page.goto(url)
    page.clock.pause_at(page.evaluate("Date.now()") + 1000)
    page.evaluate(
        "window.said = [];"
        "new MutationObserver(() => said.push(document.getElementById("
        "'suche-status').textContent)).observe(document.getElementById("
        "'suche-status'), {childList: true, characterData: true, subtree: true})"
    )


def type_slowly(page, text, *, then_pause=True):
    """Type TEXT 20 ms a key on the page's clock, as a reader types it, however
    slow the machine; then, if THEN_PAUSE, wait past the search's wait."""
    for key in text:
        page.get_by_label("Wonach suchst Du?").press(key)
        page.clock.run_for(20)
    if then_pause:
        page.clock.run_for(400)


def assert_announced_once(page, query):
    expect(page.locator(".search-result")).not_to_have_count(0)
    page.clock.run_for(400)
    said = page.evaluate("window.said")
    assert len(said) == 1 and said[0].endswith(f"für „{query}“."), said


def test_typing_searches_without_pressing_enter_and_announces_once(page, search_base):
    with page.expect_response(re.compile(r"suchindex\.json$")):
        open_with_paused_clock(page, f"{search_base}/{SEARCH}")  # the index is loaded
    type_slowly(page, "Netzwerk")
    assert_announced_once(page, "Netzwerk")


def test_an_index_arriving_while_the_reader_types_is_searched_once(page, search_base):
    held = []
    page.route(f"**/{INDEX}", lambda route: held.append(route))  # on its way, slowly
    open_with_paused_clock(page, f"{search_base}/{SEARCH}")
    type_slowly(page, "Netz", then_pause=False)
    for _ in range(100):  # real time: the request reaches the route
        if held:
            break
        page.wait_for_timeout(50)
    with page.expect_response(re.compile(r"suchindex\.json$")) as arrival:
        held[0].continue_()  # it arrives mid-word, before the pause
    arrival.value.finished()
    type_slowly(page, "werk")
    assert_announced_once(page, "Netzwerk")


def test_keyboard_reaches_field_button_and_results_and_axe_is_clean(page, search_base):
    search(page, search_base, "Netzwerk")
    page.get_by_label("Wonach suchst Du?").focus()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Suchen")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator(".search-result a").first).to_be_focused()
    assert axe_violations(page) == []


@pytest.mark.not_in("firefox", why=JS_OFF)
def test_without_javascript_the_page_says_search_needs_it(browser, search_base):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{search_base}/{SEARCH}")
    hint = page.locator("#suche-ohne-script")
    expect(hint).to_be_visible()
    expect(hint).to_contain_text("Die Suche braucht JavaScript")
    page.locator("#suche-ohne-script").get_by_role("link", name="Archiv").click()
    expect(page.locator("h1")).to_have_text("Archiv")
    context.close()


def test_with_javascript_the_no_script_hint_is_gone(page, search_base):
    page.goto(f"{search_base}/{SEARCH}")
    expect(page.locator("#suche-ohne-script")).to_be_hidden()


@pytest.mark.parametrize(
    "body",
    ["", "kaputt{", "null", '{"documents": 5}', '{"documents": [null, {"title": 3}]}'],
)
def test_a_damaged_index_gives_a_message_not_an_error(page, search_base, body):
    problems = watch(page)
    page.route(f"**/{INDEX}", lambda route: route.fulfill(body=body, status=200))
    page.goto(f"{search_base}/{SEARCH}?q=Netzwerk")
    status = page.get_by_role("status")
    if body in ("", "kaputt{"):
        expect(status).to_have_text(
            "Die Suche konnte nicht geladen werden. Alle Beiträge findest Du im Archiv."
        )
    else:
        expect(status).to_have_text("Keine Treffer für „Netzwerk“.")
    assert problems == []


def test_a_missing_index_gives_a_message(page, search_base):
    problems = watch(page)
    page.route(f"**/{INDEX}", lambda route: route.fulfill(status=404, body="weg"))
    page.goto(f"{search_base}/{SEARCH}?q=Netzwerk")
    expect(page.get_by_role("status")).to_have_text(
        "Die Suche konnte nicht geladen werden. Alle Beiträge findest Du im Archiv."
    )
    assert [p for p in problems if "404" not in p] == []


@pytest.mark.parametrize(
    "query",
    [
        "<img src=x onerror=alert(1)>",
        "</mark><script>alert(3)</script>",
        "Probe Zeichen",
    ],
)
def test_markup_in_a_query_or_a_title_is_shown_as_text(page, search_base, query):
    problems = watch(page)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{search_base}/{SEARCH}?q={query}")
    status = page.get_by_role("status")
    expect(status).not_to_have_text(re.compile(r"^$|geladen"))
    assert query in status.inner_text()
    if query == "Probe Zeichen":
        expect(page.locator(".search-result h2")).to_have_text(
            ["Probe <img src=x onerror=alert(1)> Zeichen"]
        )
        expect(page.locator(".search-excerpt")).to_contain_text(
            "<script>alert(2)</script>"
        )
    assert page.locator(".search-results img, .search-results script").count() == 0
    assert dialogs == [] and problems == []


# --- Any text, any query: a word of a document finds it -------------------------

WORD = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ"),
    min_size=2,
    max_size=12,
)
SPELLINGS = {
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "ß": "ss",
    "Ä": "Ae",
    "Ö": "Oe",
    "Ü": "Ue",
}


def other_spelling(word, upper):
    spelled = "".join(SPELLINGS.get(c, c) for c in word)
    return spelled.upper() if upper else spelled


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    words=st.lists(WORD, min_size=1, max_size=30),
    noise=st.text(max_size=60),
    pick=st.integers(min_value=0),
    upper=st.booleans(),
)
def test_any_word_of_a_text_finds_it_however_it_is_spelled(
    page, search_base, words, noise, pick, upper
):
    problems = watch(page)
    word = words[pick % len(words)]
    text = f"{noise} {' '.join(words)} {noise}"
    documents = [
        {"title": noise or "T", "url": "a/", "date": "2010-01-01", "text": text},
        {"title": "Anderes", "url": "b/", "date": "", "text": "nichts davon"},
    ]
    body = json.dumps({"version": 1, "documents": documents})
    page.unroute(f"**/{INDEX}")
    page.route(f"**/{INDEX}", lambda route: route.fulfill(body=body, status=200))
    query = other_spelling(word, upper)
    page.goto(f"{search_base}/{SEARCH}?q={query.replace('%', '%25')}")
    expect(page.get_by_role("status")).not_to_have_text(re.compile(r"^$|geladen"))
    links = page.locator(".search-result a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert f"{search_base}/a/" in hrefs, (query, text)
    assert problems == []
