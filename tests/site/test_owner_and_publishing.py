"""Who runs the site: settings in one place, a notice where they are missing, and
a publish task that refuses to build without them. No invented name anywhere."""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.support.projects import OWNER, OWNER_SETTINGS, project
from tests.support.site import PART_URLS, element, elements, json_ld, visible_text

PLACEHOLDERS = re.compile(r"Kim Beispiel|\bKim\b|Max Mustermann|Lorem ipsum", re.I)


def publish(folder, siteurl=None):
    env = {k: v for k, v in os.environ.items() if k != "SITEURL"}
    if siteurl:
        env["SITEURL"] = siteurl
    return subprocess.run(
        [sys.executable, "-m", "invoke", "publish"],
        cwd=folder, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_publish_refuses_without_an_address_and_the_owners_details(tmp_path):
    done = publish(project(tmp_path))
    assert done.returncode == 1
    said = done.stdout + done.stderr
    assert "Not published" in said
    for name in ["SITEURL", *OWNER_SETTINGS]:
        assert f"- {name}: " in said
    assert "Traceback" not in said
    assert not (tmp_path / "output").exists()


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ('OWNER_NAME = "Alex', "unterminated string literal"),
        ("OWNER_NAME = OWNER_NAMEN", "NameError: name 'OWNER_NAMEN' is not defined"),
    ],
)
def test_a_mistake_in_the_settings_is_named_with_its_line(tmp_path, line, told):
    folder = project(tmp_path, OWNER + line + "\n")
    number = len((folder / "pelicanconf.py").read_text().splitlines())
    done = publish(folder, siteurl="https://probe.invalid")
    said = done.stdout + done.stderr
    assert done.returncode == 1
    assert f"pelicanconf.py, line {number}: " in said
    assert told in said and "Fix: correct that line" in said
    assert "Traceback" not in said
    assert not (tmp_path / "output").exists()


def test_publish_refuses_an_address_that_is_not_https(tmp_path):
    done = publish(project(tmp_path, OWNER), siteurl="http://probe.invalid")
    assert done.returncode == 1
    assert "- SITEURL: 'http://probe.invalid' does not start with https://" in (
        done.stdout + done.stderr
    )
    assert not (tmp_path / "output").exists()


def test_publish_names_only_what_is_missing(tmp_path):
    folder = project(tmp_path, 'OWNER_NAME = "Alex Muster-Probe"\n')
    done = publish(folder, siteurl="https://probe.invalid")
    assert done.returncode == 1
    said = done.stdout + done.stderr
    assert "- OWNER_NAME" not in said and "- SITEURL" not in said
    for name in OWNER_SETTINGS[1:]:
        assert f"- {name}: " in said
    assert not (tmp_path / "output").exists()


def test_publish_builds_with_everything_filled_in(tmp_path):
    done = publish(project(tmp_path, OWNER), siteurl="https://probe.invalid")
    assert done.returncode == 0, done.stdout + done.stderr
    output = tmp_path / "output"
    impressum = (output / "impressum/index.html").read_text()
    impressum = visible_text(impressum.replace("<br>", "<br> "))
    assert "Alex Muster-Probe Probeweg 3 99999 Teststadt" in impressum
    assert "E-Mail: post@probe.invalid" in impressum
    assert "Telefon: +49 30 1234567" in impressum
    assert "Umsatzsteuer" not in impressum  # none given: none shown
    privacy = visible_text((output / "datenschutz/index.html").read_text())
    assert (
        "Diese Website liegt bei Probe-Hosting GmbH, Serverstraße 1, 99998 "
        "Rechenheim." in privacy
    )
    assert "in seinen Protokollen sieben Tage auf." in privacy
    assert "nur in der Europäischen Union und im Europäischen Wirtschaftsraum" in (
        privacy
    )
    assert "Dein Recht auf Widerspruch" in privacy
    home = visible_text((output / "index.html").read_text())
    assert "Netzwerken mit Plan · von Alex Muster-Probe" in home
    part = (output / "2010/wie-finde-ich-das-richtige-netzwerk/index.html").read_text()
    [posting] = json_ld(part)
    assert posting["author"] == {"@type": "Person", "name": "Alex Muster-Probe"}
    for page in output.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "owner-notice" not in text and "fehlt:" not in text, page


def test_a_build_without_the_owners_details_says_what_is_missing(published_site):
    home = visible_text(published_site.page(""))
    assert "In pelicanconf.py fehlen noch OWNER_NAME, OWNER_ADDRESS, OWNER_EMAIL" in (
        home
    )
    assert " · von" not in home
    impressum = visible_text(published_site.page("impressum/"))
    assert "[fehlt: OWNER_NAME in pelicanconf.py]" in impressum
    assert "[fehlt: OWNER_ADDRESS in pelicanconf.py]" in impressum
    privacy = visible_text(published_site.page("datenschutz/"))
    for name in ("HOST_NAME", "HOST_ADDRESS", "HOST_LOG_RETENTION"):
        assert f"[fehlt: {name} in pelicanconf.py]" in privacy
    # Not answered is not "nowhere": no claim about where the data go.
    assert "[fehlt: HOST_THIRD_COUNTRY in pelicanconf.py]" in privacy
    assert "nur in der Europäischen Union" not in privacy
    assert "kurzzeitig" not in privacy and "nicht ausgewertet" not in privacy


def test_impressum_and_privacy_are_in_every_footer_not_the_main_navigation(
    published_site,
):
    for path in published_site.html_files():
        html = path.read_text(encoding="utf-8")
        if "<footer" not in html:
            continue
        navigation = visible_text(element(html, "nav", class_="site-nav"))
        footer = element(html, "footer", class_="site-footer")
        assert "Datenschutz" not in navigation and "Impressum" not in navigation
        names = [visible_text(outer) for _attrs, outer in elements(footer, "a")]
        assert "Datenschutz" in names and "Impressum" in names, path


def test_no_invented_person_is_shown_anywhere(published_site):
    files = [*published_site.html_files(), *published_site.output.rglob("*.xml")]
    for path in files:
        text = visible_text(path.read_text(encoding="utf-8"))
        assert not PLACEHOLDERS.search(text), path
    feed = ET.parse(published_site.output / "feeds/alle.atom.xml").getroot()
    authors = feed.iter("{http://www.w3.org/2005/Atom}name")
    assert [a.text for a in authors if a.text and a.text.strip()] == []


@pytest.mark.parametrize(
    "button",
    [
        "Antworten löschen",
        "Antworten als Text kopieren",
        "Antworten herunterladen (.txt)",
        "Antworten aus Datei laden",
        "Checkliste mit Antworten drucken",
        "Antworten als Link kopieren",
        "Zwischenstand speichern",
    ],
)
def test_the_privacy_page_uses_the_buttons_words(published_site, button):
    part_two = published_site.page(PART_URLS[2])
    assert f">{button}</button>" in part_two
    assert f"„{button}“" in visible_text(published_site.page("datenschutz/"))


# --- Settings checked like content ---------------------------------------------

# Each of these can be read one way only: the site uses the normalised value.
NORMALISABLE = """
OWNER_NAME = "  Alex   Muster-Probe "
OWNER_ADDRESS = ["Probeweg 3", "", "  99999 Teststadt  "]
OWNER_EMAIL = "Alex Muster-Probe <mailto:post@probe.invalid>"
OWNER_PHONE = " +49 30 1234567 "
HOST_NAME = "Probe-Hosting GmbH"
HOST_ADDRESS = "Serverstraße 1\\n99998 Rechenheim"
HOST_THIRD_COUNTRY = ""
HOST_LOG_RETENTION = "sieben Tage"
"""
# Each of these can not: publish names the setting and the fix.
UNUSABLE = {
    "OWNER_NAME = ['Alex']": "OWNER_NAME: is list, not text",
    'OWNER_ADDRESS = "Probeweg 3, 99999 Teststadt"': "OWNER_ADDRESS: is one string",
    'OWNER_ADDRESS = ["Probeweg 3", 99999]': "OWNER_ADDRESS: has line 2 as int",
    'OWNER_ADDRESS = ["Probeweg 3 in 99999 Teststadt"]': "OWNER_ADDRESS: has one line",
    'OWNER_EMAIL = "post(at)probe.invalid"': "OWNER_EMAIL: 'post(at)probe.invalid' is",
    'OWNER_EMAIL = "Alex <post@probe>"': "OWNER_EMAIL: 'Alex <post@probe>' is no",
    'OWNER_PHONE = "030 CALL-ME"': "OWNER_PHONE: '030 CALL-ME' is no telephone",
    'OWNER_PHONE = "110"': "OWNER_PHONE: '110' is no telephone",
    'OWNER_CONTACT_FORM = "probe.invalid/kontakt"': "OWNER_CONTACT_FORM: 'probe.",
    'OWNER_VAT_ID = "123456789"': "OWNER_VAT_ID: '123456789' is neither",
    'HOST_ADDRESS = ["Serverstraße 1"]': "HOST_ADDRESS: has one line",
    "HOST_LOG_RETENTION = 7": "HOST_LOG_RETENTION: is int, not text",
}


def test_publish_uses_what_can_be_read_one_way_only(tmp_path):
    done = publish(project(tmp_path, NORMALISABLE), siteurl="https://probe.invalid")
    assert done.returncode == 0, done.stdout + done.stderr
    impressum = (tmp_path / "output/impressum/index.html").read_text()
    text = re.sub(r"\s*\|\s*", "|", visible_text(impressum.replace("<br>", "|")))
    assert "DDG Alex Muster-Probe|Probeweg 3|99999 Teststadt" in text
    mail = [attrs for attrs, _outer in elements(impressum, "a")
            if attrs.get("href", "").startswith("mailto:")]  # fmt: skip
    assert mail and all(a["href"] == "mailto:post@probe.invalid" for a in mail)


@pytest.mark.parametrize(("setting", "said"), UNUSABLE.items())
def test_publish_refuses_a_setting_in_a_form_the_site_cannot_use(
    tmp_path, setting, said
):
    done = publish(project(tmp_path, OWNER + setting + "\n"), "https://probe.invalid")
    assert done.returncode == 1
    assert f"- {said}" in done.stderr and "Fix: " in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "output").exists()


def test_the_preview_names_a_setting_it_cannot_use_and_shows_no_blank_author(tmp_path):
    folder = project(
        tmp_path,
        OWNER + 'OWNER_NAME = "   "\nOWNER_ADDRESS = "Probeweg 3, 99999 Teststadt"\n',
    )
    done = subprocess.run(
        [sys.executable, "-m", "invoke", "build"],
        cwd=folder, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "slug" not in (done.stdout + done.stderr).lower()
    home = visible_text((folder / "output/index.html").read_text())
    assert "In pelicanconf.py fehlen noch OWNER_NAME." in home
    assert "OWNER_ADDRESS ist so nicht verwendbar: bitte als Liste" in home
    assert " · von" not in home
    impressum = visible_text((folder / "output/impressum/index.html").read_text())
    assert "[fehlt: OWNER_ADDRESS in pelicanconf.py]" in impressum
    assert "P r o b e" not in impressum


def test_the_impressum_and_privacy_page_say_what_the_owner_gave(tmp_path):
    given = (
        'OWNER_PHONE = ""\nOWNER_CONTACT_FORM = "https://probe.invalid/kontakt/"\n'
        'OWNER_VAT_ID = "DE 123 456 789"\n'
        'HOST_THIRD_COUNTRY = "USA; Grundlage ist der Angemessenheitsbeschluss '
        'zum EU-US Data Privacy Framework (Art. 45 DSGVO)"\n'
    )
    done = publish(project(tmp_path, OWNER + given), siteurl="https://probe.invalid")
    assert done.returncode == 0, done.stdout + done.stderr
    output = tmp_path / "output"
    impressum = visible_text((output / "impressum/index.html").read_text())
    assert "Kontaktformular: https://probe.invalid/kontakt/" in impressum
    assert "Telefon" not in impressum
    assert (
        "Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG: DE123456789" in impressum
    )
    privacy = visible_text((output / "datenschutz/index.html").read_text())
    assert (
        "in ein Land außerhalb der Europäischen Union übermittelt werden: USA; "
        "Grundlage ist der Angemessenheitsbeschluss" in privacy
    )
    assert "nur in der Europäischen Union" not in privacy


def test_publish_refuses_an_address_that_only_looks_right(tmp_path):
    done = publish(project(tmp_path, OWNER), siteurl="https://probe.invalid ")
    assert done.returncode == 1
    assert "- SITEURL: 'https://probe.invalid ' has blanks. Fix: " in done.stderr
    assert not (tmp_path / "output").exists()
