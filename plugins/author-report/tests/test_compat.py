"""Each private part of another package that the project uses
(``guide/compat.py``), checked against the installed package: an upstream
release that changes one fails here, by its name."""

import logging
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pelican
import pyphen
import pytest
from markdown import Markdown
from pelican import utils
from pelican.contents import Article
from pelican.plugins.author_report import compat
from pelican.readers import MarkdownReader
from pelican.settings import DEFAULT_CONFIG
from typogrify import filters


def settings(**more):
    return {**DEFAULT_CONFIG, "PATH": "/content", "SITEURL": "", **more}


def article(html="<p>Text</p>", **metadata):
    return Article(
        html,
        metadata={"title": "T", "date": datetime(2010, 3, 3), **metadata},
        settings=settings(),
        source_path="/content/t.md",
    )


def test_pelican_still_logs_the_messages_the_report_reads():
    source = "".join(
        path.read_text(encoding="utf-8")
        for path in Path(pelican.__file__).parent.glob("*.py")
    )
    messages = [
        compat.COULD_NOT_PROCESS,
        compat.SKIPPING_OUTSIDE,
        compat.SKIPPING_MISSING,
        compat.NO_STAMP,
        *compat.SAME_SLUG,
    ]
    assert [m for m in messages if m not in source] == []


def test_pelicans_command_line_still_asks_for_autoreload_so():
    for flag in compat.AUTORELOAD:
        assert pelican.parse_arguments([flag]).autoreload is True


def test_switching_off_fatal_lets_an_error_through(monkeypatch):
    from pelican.log import FatalLogger

    monkeypatch.setattr(FatalLogger, "fatal_lvl", logging.WARNING)
    logger = FatalLogger("compat-test")
    with pytest.raises(RuntimeError):
        logger.error("an error")
    compat.switch_off_fatal()
    logger.error("an error")  # no exception


def test_forgetting_logged_limits_lets_a_message_be_said_again():
    from pelican.log import LimitFilter

    record = logging.LogRecord("x", logging.WARNING, "", 0, "said once", (), None)
    assert LimitFilter().filter(record)
    assert not LimitFilter().filter(record)
    compat.forget_logged_limits()
    assert LimitFilter().filter(record)


def test_a_texts_body_and_summary_are_where_pelican_reads_them():
    text = article()
    assert compat.body_html(text) == "<p>Text</p>"
    compat.set_body_html(text, "<p>Anders</p>")
    assert text.content == "<p>Anders</p>"
    compat.set_summary(text, "<p>Kurz</p>")
    assert text.summary == "<p>Kurz</p>"
    assert compat.body_html(object()) == ""


def test_pelicans_link_pattern_finds_filename_links():
    text = article('<a href="{filename}/andere.md#x">a</a>')
    match = compat.intrasite_link_pattern(text).search(compat.body_html(text))
    assert (match.group("what"), match.group("value")) == ("filename", "/andere.md#x")


def test_the_generators_still_keep_their_texts_in_these_lists(tmp_path):
    from pelican.generators import ArticlesGenerator, PagesGenerator

    kept = {}
    for kind in (ArticlesGenerator, PagesGenerator):
        generator = kind(
            context={}, settings=settings(PATH=str(tmp_path)), path=str(tmp_path),
            theme=DEFAULT_CONFIG["THEME"], output_path=str(tmp_path / "out"),
        )  # fmt: skip
        kept |= {n: getattr(generator, n) for n in compat.GENERATOR_TEXTS
                 if isinstance(getattr(generator, n, None), list)}  # fmt: skip
    assert sorted(kept) == sorted(compat.GENERATOR_TEXTS)


def test_a_fixed_address_wins_over_the_settings():
    text = article()
    compat.fix_address(text, "url")
    fixed = text.url
    text.settings["ARTICLE_URL"] = "anders/{slug}/"
    assert text.url == fixed != "anders/t/"


def test_the_reader_converts_a_summary_with_the_markdown_it_was_given():
    reader = MarkdownReader(settings())
    md = Markdown(**settings()["MARKDOWN"])
    order = [type(p).__name__ for p in md.preprocessors]
    compat.prepare_reader(reader, md, "/content/t.md")
    md.convert("Title: T\nSummary: *kurz*\n\nText")
    metadata = compat.parse_metadata(reader, md.Meta)
    assert metadata["title"] == "T"
    assert metadata["summary"] == "<p><em>kurz</em></p>"
    # Pelican took the meta preprocessor out for the summary: put back at
    # its priority, the order is as Markdown's own.
    assert "meta" not in md.preprocessors
    compat.keep_meta_preprocessor(
        md, Markdown(extensions=["meta"]).preprocessors["meta"]
    )
    assert [type(p).__name__ for p in md.preprocessors] == order


def test_a_writer_sees_every_file_pelican_opens_and_pelican_still_checks(tmp_path):
    opened = []

    class Counting(compat.writer_opening("opening")):
        def opening(self, open_file, filename, encoding):
            opened.append(Path(filename).name)
            return open_file()

    writer = Counting(str(tmp_path), settings())
    with writer._open_w(str(tmp_path / "a.html"), "utf-8") as file:
        file.write("a")
    assert (tmp_path / "a.html").read_text() == "a"
    assert opened == ["a.html"]
    with pytest.raises(RuntimeError):  # Pelican's own check: not twice
        writer._open_w(str(tmp_path / "a.html"), "utf-8")


def test_typogrifys_filters_are_looked_up_where_they_are_replaced():
    original = filters.typogrify("AT&amp;T und IBM")
    compat.replace_typogrify_filters(caps=lambda text: text.replace("IBM", "I-B-M"))
    try:
        assert "I-B-M" in filters.typogrify("AT&amp;T und IBM")
    finally:
        compat.replace_typogrify_filters()
    assert filters.typogrify("AT&amp;T und IBM") == original


def test_pyphen_takes_a_dictionary_made_from_kept_patterns(monkeypatch):
    monkeypatch.setattr(pyphen, "hdcache", {})
    words = ["Zugangsvoraussetzungen", "Netzwerkveranstaltungen", "Berufsverband"]
    german = pyphen.Pyphen(lang="de_DE")
    expected = [german.inserted(word) for word in words]
    patterns = compat.patterns_of(german)
    monkeypatch.setattr(pyphen, "hdcache", {})
    path = pyphen.LANGUAGES["de_DE"]
    compat.cache_dictionary(path, compat.hyphenation_dictionary(dict(patterns)))
    assert [pyphen.Pyphen(lang="de_DE").inserted(word) for word in words] == expected


def test_the_date_memo_tells_zones_apart():
    compat.memoize_pelican_work()
    assert getattr(utils.strftime, "memoized", False)
    instant = datetime(2010, 3, 3, 8, 0, tzinfo=UTC)
    berlin = instant.astimezone(timezone(timedelta(hours=1), "MEZ"))
    assert instant == berlin  # one instant, two zones
    assert utils.strftime(instant, "%H:%M %Z") == "08:00 UTC"
    assert utils.strftime(berlin, "%H:%M %Z") == "09:00 MEZ"


def test_a_memo_keeps_a_bounded_number_of_results(monkeypatch):
    monkeypatch.setattr(compat, "MEMO_MAX", 3)

    class Owner:
        calls = 0

        @staticmethod
        def double(value):
            Owner.calls += 1
            return 2 * value

    compat.memoize(Owner, "double", lambda value: value)
    assert [Owner.double(v) for v in (1, 2, 1, 3, 4, 1)] == [2, 4, 2, 6, 8, 2]
    # 1 and 2 computed, 1 remembered, 3 computed, then the memo was full: it
    # starts over with 4, and 1 is computed again.
    assert Owner.calls == 5
    assert Owner.double.__wrapped__(5) == 10  # the original is kept
