"""German as an editor would leave it: singular and zero forms, no-break spaces,
dashes. Build tests; the script's forms are checked in the browser tests."""

import re
import xml.etree.ElementTree as ET

from tests.support.site import ATOM, PART_URLS, build_with_files, visible_text


def test_one_minute_is_one_minute(tmp_path):
    site = build_with_series(tmp_path)
    page = visible_text(site.page("serie/kurz/"))
    assert "1 Teil, zusammen etwa 1 Minute Lesezeit." in page
    assert "· 1 Minute Lesezeit" in page
    assert "Minuten" not in page


def build_with_series(tmp_path):
    site = build_with_files(
        tmp_path,
        {
            "kurz.md": "Title: Kurz\nDate: 2010-03-05\nSlug: kurz\nSeries: kurz\n"
            "Series_index: 1\n\nNur ein paar Worte.\n",
            "series/kurz.toml": 'title = "Kurz"\ncomplete = true\n',
        },
    )
    assert site.returncode == 0, site.log
    return site


def test_no_break_spaces_keep_part_labels_dates_and_minutes_together(local_site):
    html = local_site.page(PART_URLS[2])
    assert "Teil\xa0II von\xa0III der Serie" in html
    assert ">3.\xa0März\xa02010</time>" in html
    series = local_site.page("serie/networking/")
    assert "&nbsp;Minuten Lesezeit" in series and "Teil&nbsp;I:" in series


def test_feed_titles_use_a_spaced_en_dash(published_site):
    for name, title in [
        ("feeds/alle.atom.xml", "Netzwerken mit Plan"),
        ("feeds/serie-networking.atom.xml", "Netzwerken mit Plan – Serie „Networking“"),
    ]:
        feed = ET.parse(published_site.output / name).getroot()
        assert feed.find(f"{ATOM}title").text == title


def test_navigation_labels_say_what_they_are(local_site):
    html = local_site.page("")
    assert 'aria-label="Hauptnavigation"' in html
    part = visible_text(local_site.page(PART_URLS[2]))
    assert "Vorheriger Teil: Networking beginnt nicht erst im Internet" in part


def test_authored_text_gets_the_no_break_spaces_of_german_typesetting(published_site):
    # An author writes plain spaces; the page keeps "z. B.", "Teil III" and
    # "Art. 6" together, in a checklist's labels too.
    def page(url):
        html = published_site.page(url).replace("&nbsp;", "\xa0")
        return re.sub(r"</?span[^>]*>", "", html.replace("\xad", ""))

    part_two = page(PART_URLS[2])
    assert "Zusammensetzung (z.\xa0B. Branchen" in part_two
    assert "z. B." not in part_two
    assert "Checkliste aus Teil\xa0II" in page(PART_URLS[3])
    privacy = page("datenschutz/")
    assert "§\xa025 Abs.\xa02 Nr.\xa02 TDDDG" in privacy
    assert "Art.\xa06 Abs.\xa01 lit.\xa0f DSGVO" in privacy
