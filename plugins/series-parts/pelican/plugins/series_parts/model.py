"""The series as the theme sees it: each series, the entries of its table of
contents (published, draft or announced parts), and what a part's page needs.
Built by linking.py from the descriptions and the articles of one build."""

import datetime
import functools
import math
import re
from dataclasses import dataclass, field

from babel.dates import format_date
from pelican.plugins.author_report.compat import body_html
from pelican.plugins.author_report.text import plain_text, readable_text

from .words import WORDS

ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def roman(number):
    """``4`` -> ``IV``."""
    digits = []
    for value, letters in ROMAN:
        count, number = divmod(number, value)
        digits.append(letters * count)
    return "".join(digits)


def normalized(name):
    """Series names that differ only in case or spacing normalize the same."""
    return re.sub(r"[\s_-]+", "", name).casefold()


def long_date(value: datetime.date, locale: str = "de_DE") -> str:
    """A day as the locale writes it in full ("5. März 2010"), with no-break
    spaces so that it never breaks across lines."""
    # Babel formats a datetime's own calendar day; equal datetimes in two
    # zones can fall on different days, so the day is the key.
    if isinstance(value, datetime.datetime):
        value = value.date()
    return _long_date(value, locale)


@functools.lru_cache(maxsize=1024)
def _long_date(day, locale):
    return format_date(day, format="long", locale=locale).replace(" ", "\u00a0")


@dataclass(kw_only=True)
class Entry:
    """One part in a series' table of contents: published, unpublished or announced."""

    index: int
    number: str
    title: str
    status: str  # "published", "draft" (linked in preview) or "pending"
    article: object = None
    date: datetime.date | None = None
    url: str | None = None
    words_per_minute: int = 200
    words: dict = field(default_factory=lambda: WORDS["de"], repr=False)
    # The entry as the table of contents shows it, by SITEURL and whether it
    # is the current page: the same on every page of the series.
    rendered: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self):
        # Computed once here, used on every page of the series.
        self.linked = self.url is not None
        self.headline = plain_text(self.title)

    @functools.cached_property
    def reading_minutes(self):
        """Minutes to read the part, or None where it is not out."""
        if not self.linked:
            return None
        # What a reader reads: not the controls a checklist's script brings
        # to life, which the build writes hidden (the search index reads the
        # same text, so it is worked out once).
        words = len(readable_text(body_html(self.article)).split())
        return max(1, math.ceil(words / self.words_per_minute))

    @functools.cached_property
    def checklists(self):
        """The outline of each checklist in the part (id, version, question ids,
        the key of its saved answers), for the reader's progress; none where the
        part is not out."""
        return getattr(self.article, "checklist_outline", []) if self.linked else []

    @functools.cached_property
    def checklist_progress(self):
        """What the progress script reads: ``key;question,question``, one per
        checklist, separated by spaces (keys and ids never hold them; nor a
        character that would make the minifier quote the attribute)."""
        return " ".join(
            f"{c['key']};{','.join(c['questions'])}" for c in self.checklists
        )

    @functools.cached_property
    def checklist_questions(self):
        return sum(len(checklist["questions"]) for checklist in self.checklists)

    @property
    def announcement(self):
        """``erscheint am 5. März 2010`` or ``erscheint demnächst``."""
        words = self.words
        if self.date:
            return words["coming_on"].format(
                date=long_date(self.date, words["date_locale"])
            )
        return words["coming"]


@dataclass(kw_only=True)
class Announced:
    """A part the description plans (``[[announced]]``) that has no file yet,
    or whose file is not out."""

    index: int
    title: str = ""
    date: datetime.date | None = None


@dataclass(kw_only=True)
class Series:
    key: str
    title: str
    slug: str
    description: str
    numbering: str
    complete: bool
    source_path: str
    url: str = ""
    save_as: str = ""
    feed: str | None = None
    entries: list[Entry] = field(default_factory=list)
    announced: list[Announced] = field(default_factory=list)
    words: dict = field(default_factory=lambda: WORDS["de"], repr=False)

    def number(self, index):
        return roman(index) if self.numbering == "roman" else str(index)

    @property
    def total(self):
        return len(self.entries)

    @property
    def total_number(self):
        return self.number(self.total)

    @property
    def linked_entries(self):
        return [entry for entry in self.entries if entry.linked]

    @property
    def first(self):
        linked = self.linked_entries
        return linked[0] if linked else None

    @property
    def published_articles(self):
        return [e.article for e in self.entries if e.status == "published"]

    @property
    def reading_minutes(self):
        return sum(e.reading_minutes or 0 for e in self.linked_entries)

    @property
    def has_checklists(self):
        return any(entry.checklists for entry in self.entries)

    @property
    def started(self):
        """At least one part can be read (in the local preview: a draft, too)."""
        return bool(self.linked_entries)

    @property
    def finished(self):
        """Complete as described, and every part is out."""
        return self.complete and all(e.status == "published" for e in self.entries)

    def json_ld(self, siteurl):
        return {
            "@context": "https://schema.org",
            "@type": "CreativeWorkSeries",
            "name": self.title,
            "description": self.description,
            "url": f"{siteurl}/{self.url}",
            "hasPart": [
                {
                    "@type": "BlogPosting",
                    "headline": entry.headline,
                    "url": f"{siteurl}/{entry.url}",
                    "position": entry.index,
                    "datePublished": entry.article.date.isoformat(),
                }
                for entry in self.entries
                if entry.status == "published"
            ],
        }


@dataclass(kw_only=True)
class SeriesPart:
    """What a part's page needs: ``article.series_part``."""

    series: Series
    entry: Entry
    previous: Entry | None
    next: Entry | None

    @property
    def label(self):
        """``Teil II von III``."""
        words = self.series.words
        total = self.series.total_number
        return f"{words['part']}\u00a0{self.entry.number} {words['of']}\u00a0{total}"
