"""The checklist's core in WebKit, the engine of Safari on every iPhone:
WebKitGTK's MiniBrowser, driven by Selenium through WebKitWebDriver under a
virtual display (Xvfb). Playwright cannot drive Debian's WebKit, and its own
WebKit build cannot be downloaded everywhere.

WebDriver classic has no events from the page: errors are collected by a
script put into each page after it loads. Reading the clipboard is refused,
as on an iPhone, so a share link comes out through the copy field.
"""

import concurrent.futures
import os
import subprocess
import time

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from selenium.webdriver.webkitgtk.options import Options
from selenium.webdriver.webkitgtk.service import Service

from tests.support.checklist_page import KEY
from tests.support.site import PART_URLS
from tools.engines import EngineMissing, webkit_driver
from tools.local_site import free_port

FORM = "#cl-ideales-netzwerk"
# Errors the page logs or throws from now on (WebDriver classic sees neither).
WATCH = """window.problems = [];
const seen = (what) => window.problems.push(String(what));
addEventListener("error", (event) => seen(event.message));
addEventListener("unhandledrejection", (event) => seen(event.reason));
const logged = console.error;
console.error = (...args) => { seen(args.join(" ")); logged(...args); };"""


@pytest.fixture(scope="module")
def minibrowser():
    """One MiniBrowser for the module, on a display of its own."""
    try:
        driver_path, browser_path, xvfb_path = webkit_driver()
    except EngineMissing as missing:
        pytest.fail(str(missing))  # never skipped: the suite has not passed
    display = f":{free_port() % 500 + 100}"
    xvfb = subprocess.Popen(
        [xvfb_path, display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    options = Options()
    options.binary_location = str(browser_path)
    options.add_argument("--automation")
    service = Service(
        executable_path=driver_path, env={**os.environ, "DISPLAY": display}
    )
    # Without a display the session hangs without a word: give it a minute.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        starting = pool.submit(webdriver.WebKitGTK, options=options, service=service)
        try:
            driver = starting.result(timeout=60)
        except concurrent.futures.TimeoutError:
            xvfb.kill()
            pytest.fail("WebKitWebDriver did not start within a minute")
    driver.set_page_load_timeout(30)
    driver.set_window_size(375, 800)  # as narrow as MiniBrowser goes
    yield driver
    driver.quit()
    xvfb.terminate()


@pytest.fixture
def webkit(minibrowser, site_url):
    """The MiniBrowser on Part II, with nothing saved and errors watched."""
    minibrowser.get(site_url(PART_URLS[2]))
    minibrowser.execute_script("localStorage.clear()")
    open_part_two(minibrowser, site_url)
    yield minibrowser
    assert minibrowser.execute_script("return window.problems") == []


def open_part_two(driver, site_url, fragment=""):
    driver.get(site_url(PART_URLS[2]) + fragment)
    wait(driver, f"return document.querySelector('{FORM}[data-checklist-ready]')")
    driver.execute_script(WATCH)


def wait(driver, script, seconds=10):
    return WebDriverWait(driver, seconds).until(lambda d: d.execute_script(script))


def choose(driver, label):
    driver.find_element(
        By.XPATH,
        f"//form//label[normalize-space(translate(., '\u00ad', ''))='{label}']",
    ).click()
    # WebKit offers no navigator.storage.persist(): once the first answer is
    # saved, the form says above the questions that the browser may delete
    # them, when the words for it have come. Wait for it, as a reader sees it,
    # before the next click: a click aimed before the text moves the form
    # down lands somewhere else.
    wait(driver, f"return document.querySelector('{FORM} .checklist-autosave')"
                 ".textContent.includes('löschen')")  # fmt: skip


def press(driver, name):
    button = driver.find_element(
        By.XPATH, f"//form//button[normalize-space()='{name}']"
    )
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()


def status(driver):
    return driver.execute_script(
        f"return document.querySelector('{FORM} .checklist-status').textContent"
    )


def saved(driver):
    return driver.execute_script(f"return JSON.parse(localStorage.getItem('{KEY}'))")


def test_answers_are_saved_and_come_back_after_a_reload(webkit, site_url):
    choose(webkit, "Online")
    notes = webkit.find_element(By.CSS_SELECTOR, f"{FORM}__ort_notizen")
    notes.send_keys("Über Xing und den texttreff")
    wait(webkit, f"return localStorage.getItem('{KEY}')?.includes('texttreff')")
    open_part_two(webkit, site_url)
    assert webkit.execute_script(
        f"return document.querySelector('{FORM}__ort__online').checked"
    )
    assert notes.id != webkit.find_element(By.CSS_SELECTOR, f"{FORM}__ort_notizen").id
    value = webkit.execute_script(
        f"return document.querySelector('{FORM}__ort_notizen').value"
    )
    assert value == "Über Xing und den texttreff"
    assert wait(
        webkit, "return document.querySelector('.checklist-status').textContent"
    )


def test_what_fits_decides_with_one_best_suggestion(webkit):
    for label in ("Im echten Leben", "Lokal", "Offen für alle"):
        choose(webkit, label)
    rank = wait(
        webkit, "return document.querySelector('.checklist-fit-rank')?.textContent"
    )
    assert rank.startswith("Passt am besten · ")
    title = webkit.execute_script(
        "return document.querySelector('.checklist-fit h4').textContent"
    )
    assert title == "Lokale und regionale Gruppen"


def test_a_second_tab_takes_the_answers_of_the_first(webkit, site_url):
    first = webkit.current_window_handle
    webkit.switch_to.new_window("tab")
    open_part_two(webkit, site_url)
    second = webkit.current_window_handle
    webkit.switch_to.window(first)
    choose(webkit, "Überregional")
    webkit.switch_to.window(second)
    wait(
        webkit,
        f"return document.querySelector('{FORM}__reichweite__ueberregional').checked",
    )
    assert webkit.execute_script("return window.problems") == []
    webkit.close()
    webkit.switch_to.window(first)


def test_the_copy_falls_back_to_a_field_and_the_link_carries_the_answers(
    webkit, site_url
):
    choose(webkit, "Beides: online und im echten Leben")
    choose(webkit, "Aufträge generieren")
    wait(webkit, f"return localStorage.getItem('{KEY}')?.includes('auftraege')")
    webkit.execute_script("Object.defineProperty(navigator, 'clipboard', {})")
    press(webkit, "Antworten als Link kopieren")
    field = wait(
        webkit,
        "const f = document.querySelector('.checklist-output textarea');"
        " return f && f.value && f",
    )
    link = field.get_attribute("value")
    assert "#checkliste=ideales-netzwerk&v=1&z=" in link  # packed in WebKit, too
    assert status(webkit).startswith("Kopieren ging nicht")
    # Opened where nothing is saved: the answers arrive, with a way back.
    webkit.execute_script("localStorage.clear()")
    open_part_two(webkit, site_url, link[link.index("#") :])
    wait(webkit, f"return document.querySelector('{FORM}__zweck__auftraege').checked")
    assert saved(webkit) == {"ort": "mischform", "zweck": "auftraege"}


def test_a_file_of_answers_is_read_back(webkit, tmp_path):
    answers = (
        '{"checklist":"ideales-netzwerk","version":1,"time":"2026-05-01T08:00:00Z",'
    )
    path = tmp_path / "antworten.txt"
    path.write_text(
        "Checkliste: Mein ideales Netzwerk\n\nDaten für „Antworten aus Datei laden“:\n"
        + answers
        + '"answers":{"ort":"offline","reichweite":"lokal"}}\n',
        encoding="utf-8",
    )
    picker = webkit.find_element(By.CSS_SELECTOR, f"{FORM} input[type=file]")
    webkit.execute_script("arguments[0].hidden = false", picker)
    picker.send_keys(str(path))
    wait(webkit, f"return document.querySelector('{FORM}__reichweite__lokal').checked")
    assert saved(webkit) == {"ort": "offline", "reichweite": "lokal"}
    assert status(webkit).startswith("Antworten vom 1. Mai 2026")


def test_a_snapshot_is_kept_and_listed(webkit):
    choose(webkit, "Online")
    wait(webkit, f"return localStorage.getItem('{KEY}')")
    press(webkit, "Zwischenstand speichern")
    item = wait(
        webkit, "return document.querySelector('.checklist-history li')?.textContent"
    )
    assert item.startswith("Zwischenstand vom ") and " Uhr" in item
    press(webkit, "Zwischenstand speichern")  # nothing changed: no twin
    wait(webkit, "return document.querySelector('.checklist-status').textContent"
         ".startsWith('Seit dem letzten Zwischenstand')")  # fmt: skip
    assert (
        webkit.execute_script(
            "return document.querySelectorAll('.checklist-history li').length"
        )
        == 1
    )


def test_printing_keeps_the_worksheet_alone_after_print_returns(webkit):
    # Safari on an iPhone returns from print() at once.
    webkit.execute_script("window.printed = 0; window.print = () => window.printed++")
    choose(webkit, "Online")
    press(webkit, "Checkliste mit Antworten drucken")
    wait(webkit, "return window.printed === 1")
    marked = "return document.documentElement.classList.contains('print-answers')"
    assert webkit.execute_script(marked)
    webkit.execute_script("dispatchEvent(new Event('afterprint'))")
    assert not webkit.execute_script(marked)


def test_the_blank_worksheet_and_the_search(minibrowser, site_url, evidence):
    webkit = minibrowser
    webkit.get(site_url("vorlage/ideales-netzwerk/"))
    assert webkit.find_element(By.TAG_NAME, "h1").text == "Mein ideales Netzwerk"
    assert len(webkit.find_elements(By.CSS_SELECTOR, ".worksheet-questions > li")) == 5
    webkit.get(site_url("suche/?q=Checkliste"))
    found = wait(webkit, "return [...document.querySelectorAll('#suche-ergebnisse a')]"
                 ".map(a => a.textContent).join('|')")  # fmt: skip
    assert "Wie finde ich das richtige Netzwerk?" in found
    webkit.get(site_url(PART_URLS[2]))
    # MiniBrowser's window is at least 447 px wide: the narrowest it shows.
    width = webkit.execute_script("return innerWidth")
    assert width <= 450, width
    overflow = "return document.documentElement.scrollWidth - innerWidth"
    assert webkit.execute_script(overflow) <= 0
    webkit.execute_script(f"document.querySelector('{FORM}').scrollIntoView()")
    webkit.save_screenshot(str(evidence / f"teil-2-{width}-webkit.png"))
