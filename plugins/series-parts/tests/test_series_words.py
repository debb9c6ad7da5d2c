"""The series in each locale: the same words and addresses in every one."""

import datetime

from pelican.plugins.series_parts.model import long_date
from pelican.plugins.series_parts.words import ADDRESSES, WORDS, locale_of, words_for


def test_every_locale_has_every_word_and_address():
    assert WORDS["en"].keys() == WORDS["de"].keys()
    assert ADDRESSES["en"].keys() == ADDRESSES["de"].keys()


def test_the_locale_follows_the_sites_language_unless_set():
    assert locale_of({"DEFAULT_LANG": "de"}) == "de"
    assert locale_of({"DEFAULT_LANG": "en"}) == "en"
    assert locale_of({"DEFAULT_LANG": "de", "SERIES_LOCALE": "en"}) == "en"
    words = words_for({"DEFAULT_LANG": "en", "SERIES_WORDS": {"part": "Chapter"}})
    assert (words["part"], words["of"]) == ("Chapter", "of")


def test_a_date_is_written_as_the_locale_writes_it():
    day = datetime.date(2010, 3, 5)
    assert long_date(day) == "5.\u00a0März\u00a02010"
    assert long_date(day, "en") == "March\u00a05,\u00a02010"
