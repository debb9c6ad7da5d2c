"""The series: link the parts of a multi-part series together.

An article joins a series with two lines of metadata::

    Series: networking
    Series_index: 2

and the series is described once, in ``content/series/networking.toml``::

    title = "Networking"
    description = "Ein Leitfaden in mehreren Teilen zum beruflichen Netzwerken."
    numbering = "roman"          # "Teil III"; or "arabic" for "Teil 3"
    complete = false             # true once no further part is planned

    [[announced]]                # optional: parts that are planned
    index = 4
    title = "Netzwerken auf Veranstaltungen"
    date = 2010-03-05            # optional

Each part gets ``article.series_part`` (label, previous, next, table of contents,
JSON-LD); the context gets ``series_list``; a generator writes a landing page per
series, an overview and a feed per series. Every numbering mistake stops the
build with a message that names the files, the clashing values and the fix.

Nothing is kept at module level: all state hangs off the generator's context of
one build.
"""

import datetime
import functools
import logging
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator
from pelican.utils import slugify

from .dates import german_date

logger = logging.getLogger(__name__)

DEFAULTS = {
    "SERIES_PATH": "series",
    "SERIES_URL": "serie/{slug}/",
    "SERIES_SAVE_AS": "serie/{slug}/index.html",
    "SERIES_INDEX_URL": "serien/",
    "SERIES_INDEX_SAVE_AS": "serien/index.html",
    "SERIES_FEED_ATOM": "feeds/serie-{slug}.atom.xml",
    "SERIES_LINK_DRAFTS": False,
    "SERIES_WORDS_PER_MINUTE": 200,
    "SERIES_FEED_TITLE": "{series}, Teil {number}: {title}",
}

DESCRIPTION_KEYS = {
    "title",
    "slug",
    "description",
    "numbering",
    "complete",
    "announced",
}
ANNOUNCED_KEYS = {"index", "title", "date"}
NUMBERINGS = ("roman", "arabic")
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
TAG_RE = re.compile(r"<[^>]+>")


class SeriesError(Exception):
    """One or more mistakes in the series of a site; the message lists them all."""


def plain_text(html):
    """Title HTML (typogrify adds tags and no-break spaces) as plain text."""
    return " ".join(Markup(html).striptags().replace("\xa0", " ").split())


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


# --- The model -------------------------------------------------------------------


@dataclass
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

    def __post_init__(self):
        # Computed once here, used on every page of the series.
        self.linked = self.url is not None
        self.headline = plain_text(self.title)

    @functools.cached_property
    def reading_minutes(self):
        """Minutes to read the part, or None where it is not out."""
        if not self.linked:
            return None
        words = len(TAG_RE.sub(" ", self.article.content).split())
        return max(1, math.ceil(words / self.words_per_minute))

    @property
    def announcement(self):
        """``erscheint am 5. März 2010`` or ``erscheint demnächst``."""
        if self.date:
            return f"erscheint am {german_date(self.date)}"
        return "erscheint demnächst"


@dataclass
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
    announced: list[dict] = field(default_factory=list)

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


@dataclass
class SeriesPart:
    """What a part's page needs: ``article.series_part``."""

    series: Series
    entry: Entry
    previous: Entry | None
    next: Entry | None

    @property
    def label(self):
        """``Teil II von III``."""
        return f"Teil {self.entry.number} von {self.series.total_number}"

    def json_ld(self, siteurl):
        entry = self.entry
        return {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": entry.headline,
            "url": f"{siteurl}/{entry.url}",
            "datePublished": entry.article.date.isoformat(),
            "inLanguage": "de",
            "position": entry.index,
            "isPartOf": {
                "@type": "CreativeWorkSeries",
                "name": self.series.title,
                "url": f"{siteurl}/{self.series.url}",
            },
        }


# --- Reading the series descriptions ------------------------------------------------


def read_descriptions(settings, problems):
    """Read every ``*.toml`` under SERIES_PATH into Series objects by key."""
    folder = Path(settings["PATH"]) / settings["SERIES_PATH"]
    described, by_normal = {}, {}
    for path in sorted(folder.glob("*.toml")):
        series = _read_description(path, settings, problems)
        if series is None:
            continue
        twin = by_normal.get(normalized(series.key))
        if twin:
            problems.append(
                f"The series {series.key!r} ({path}) and {twin.key!r} "
                f"({twin.source_path}) differ only in case or spacing. "
                "Fix: merge them into one file, or give them clearly different names."
            )
            continue
        described[series.key] = by_normal[normalized(series.key)] = series
    return described


def _read_description(path, settings, problems):
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        problems.append(
            f'{path}: {error}. Fix: check the TOML syntax, e.g. title = "Networking".'
        )
        return None
    unknown = sorted(set(data) - DESCRIPTION_KEYS)
    if unknown:
        problems.append(
            f"{path}: unknown key(s) {', '.join(unknown)}. Fix: use only "
            f"{', '.join(sorted(DESCRIPTION_KEYS))}."
        )
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append(f'{path}: the series has no title. Fix: add title = "…".')
        return None
    numbering = data.get("numbering", "roman")
    if numbering not in NUMBERINGS:
        problems.append(
            f"{path}: numbering = {numbering!r} is unknown. "
            'Fix: write numbering = "roman" (Teil III) or "arabic" (Teil 3).'
        )
        numbering = "roman"
    key = path.stem
    slug = data.get("slug") or slugify(
        key, regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"]
    )
    series = Series(
        key=key,
        title=title.strip(),
        slug=slug,
        description=str(data.get("description", "")).strip(),
        numbering=numbering,
        complete=bool(data.get("complete", False)),
        source_path=str(path),
    )
    series.url = settings["SERIES_URL"].format(slug=slug)
    series.save_as = settings["SERIES_SAVE_AS"].format(slug=slug)
    if settings.get("SERIES_FEED_ATOM") and settings.get("FEED_ALL_ATOM"):
        series.feed = settings["SERIES_FEED_ATOM"].format(slug=slug)
    for number, announced in enumerate(data.get("announced", []), start=1):
        _read_announced(path, number, announced, series, problems)
    return series


def _read_announced(path, number, announced, series, problems):
    where = f"{path}, announced part no. {number}"
    unknown = sorted(set(announced) - ANNOUNCED_KEYS)
    if unknown:
        problems.append(
            f"{where}: unknown key(s) {', '.join(unknown)}. "
            "Fix: use only index, title and date."
        )
    index = announced.get("index")
    if not isinstance(index, int) or isinstance(index, bool) or index < 1:
        problems.append(
            f"{where}: index = {index!r} is not a positive whole number. "
            "Fix: write the part's number, e.g. index = 4."
        )
        return
    date = announced.get("date")
    if date is not None and not isinstance(date, datetime.date):
        problems.append(
            f"{where}: date = {date!r} is not a date. "
            "Fix: write it without quotes, e.g. date = 2010-03-05."
        )
        date = None
    if isinstance(date, datetime.datetime):
        date = date.date()
    series.announced.append(
        {"index": index, "title": str(announced.get("title", "")).strip(), "date": date}
    )


# --- Linking the parts ---------------------------------------------------------------


def _part_index(article, problems):
    raw = getattr(article, "series_index", None)
    if raw is None:
        problems.append(
            f"{article.source_path}: 'Series: {article.series}' without a part "
            "number. Fix: add 'Series_index: N', N being the part's number."
        )
        return None
    text = str(raw).strip()
    if not text.isdigit() or int(text) < 1:
        problems.append(
            f"{article.source_path}: Series_index {text!r} is not a positive "
            "whole number. Fix: write the part's number as digits, e.g. "
            "'Series_index: 2'."
        )
        return None
    return int(text)


def link_series(generator):
    """Build every series from the articles of this build and check the numbering.

    Runs once per build, in O(n log n): one pass to group the articles, then one
    sort per series.
    """
    settings = generator.settings
    problems = []
    described = read_descriptions(settings, problems)
    by_normal = {normalized(key): key for key in described}
    link_drafts = settings["SERIES_LINK_DRAFTS"]
    today = datetime.date.today()

    groups = {key: [] for key in described}
    candidates = [
        *generator.articles,
        *generator.drafts,
        *getattr(generator, "hidden_articles", []),
    ]
    for article in candidates:
        if not getattr(article, "series", None):
            if getattr(article, "series_index", None) is not None:
                problems.append(
                    f"{article.source_path}: Series_index without Series. "
                    "Fix: add 'Series: <name>' or remove Series_index."
                )
            continue
        key = str(article.series).strip()
        if key not in described:
            twin = by_normal.get(normalized(key))
            if twin:
                problems.append(
                    f"{article.source_path}: 'Series: {key}' differs only in case "
                    f"or spacing from the series {twin!r} described in "
                    f"{described[twin].source_path}. Fix: write 'Series: {twin}'."
                )
            else:
                folder = Path(settings["PATH"]) / settings["SERIES_PATH"]
                problems.append(
                    f"{article.source_path}: the series {key!r} is not described. "
                    f"Fix: create {folder / (key + '.toml')} with at least "
                    f'title = "…", or correct the name.'
                )
            continue
        index = _part_index(article, problems)
        if index is not None:
            groups[key].append((index, article))

    series_list = []
    for key, parts in groups.items():
        series = described[key]
        _build_entries(series, parts, problems, link_drafts, today, settings)
        series_list.append(series)
    if problems:
        message = "Series: the build stopped.\n" + "\n".join(
            f"- {problem}" for problem in problems
        )
        logger.error("series: %s", message)
        raise SeriesError(message)

    for series in series_list:
        _attach_parts(series)
    series_list.sort(key=lambda s: s.title.casefold())
    generator.context["series_list"] = series_list
    generator.context["series_by_key"] = {s.key: s for s in series_list}


def _build_entries(series, parts, problems, link_drafts, today, settings):
    parts.sort(key=lambda part: part[0])
    taken = {}
    for index, article in parts:
        if index in taken:
            problems.append(
                f"Series {series.key!r}: part {index} is claimed twice, by "
                f"{taken[index].source_path} and {article.source_path}. "
                "Fix: give one of them another Series_index."
            )
            continue
        taken[index] = article
    announced = {}
    for part in series.announced:
        owner = taken.get(part["index"])
        if owner is not None and owner.status == "published":
            problems.append(
                f"Series {series.key!r}: announced part {part['index']} "
                f"({part['title'] or 'no title'}) in {series.source_path} is taken "
                f"by the published {owner.source_path}. Fix: remove the "
                "announcement, or change its index to a free number."
            )
        elif part["index"] in announced:
            problems.append(
                f"Series {series.key!r}: part {part['index']} is announced twice in "
                f"{series.source_path}. Fix: keep one announcement."
            )
        else:
            announced[part["index"]] = part
    numbers = set(taken) | set(announced)
    missing = sorted(set(range(1, max(numbers, default=0) + 1)) - numbers)
    if missing:
        files = ", ".join(f"{i}: {taken[i].source_path}" for i in sorted(taken))
        problems.append(
            f"Series {series.key!r}: part(s) {', '.join(map(str, missing))} "
            f"missing (found {files or 'none'}). Fix: number the parts 1, 2, 3, … "
            f"without gaps, or announce the missing part(s) in {series.source_path}."
        )
    if missing or not numbers:
        return
    words_per_minute = settings["SERIES_WORDS_PER_MINUTE"]
    for index in sorted(numbers):
        article, plan = taken.get(index), announced.get(index)
        number = series.number(index)
        if article is not None and article.status == "published":
            entry = Entry(
                index,
                number,
                article.title,
                "published",
                article,
                article.date.date(),
                article.url,
                words_per_minute,
            )
        elif article is not None:
            planned = (plan or {}).get("date")
            if planned is None and article.date.date() > today:
                planned = article.date.date()
            linked = link_drafts and article.status == "draft"
            entry = Entry(
                index,
                number,
                (plan or {}).get("title") or article.title,
                "draft" if linked else "pending",
                article,
                planned,
                article.url if linked else None,
                words_per_minute,
            )
        else:
            entry = Entry(
                index,
                number,
                plan["title"] or "Ohne Titel",
                "pending",
                date=plan["date"],
            )
        series.entries.append(entry)


def _attach_parts(series):
    linked = series.linked_entries
    for position, entry in enumerate(linked):
        entry.article.series_part = SeriesPart(
            series,
            entry,
            linked[position - 1] if position > 0 else None,
            linked[position + 1] if position + 1 < len(linked) else None,
        )
    for entry in series.entries:
        if entry.article is not None and not entry.linked:
            # A part that is not linked still knows its series, so that its
            # own page (hidden or draft) can say where it belongs.
            entry.article.series_part = SeriesPart(series, entry, None, None)


# --- Writing the pages and feeds ---------------------------------------------------


class SeriesGenerator(Generator):
    """Write a landing page per series, an overview of all, and a feed per series."""

    def generate_output(self, writer):
        series_list = self.context.get("series_list", [])
        template = self.get_template("series")
        for series in series_list:
            writer.write_file(
                series.save_as,
                template,
                self.context,
                series=series,
                page_name="series",
                url=series.url,
                relative_urls=self.settings["RELATIVE_URLS"],
            )
            if series.feed and series.published_articles:
                writer.write_feed(
                    sorted(
                        series.published_articles, key=lambda a: a.date, reverse=True
                    ),
                    self.context,
                    series.feed,
                    series.url,
                    feed_title=f"Serie „{series.title}“",
                )
        if series_list and self.settings["SERIES_INDEX_SAVE_AS"]:
            writer.write_file(
                self.settings["SERIES_INDEX_SAVE_AS"],
                self.get_template("series_index"),
                self.context,
                page_name="series_index",
                url=self.settings["SERIES_INDEX_URL"],
                relative_urls=self.settings["RELATIVE_URLS"],
            )


def get_generators(pelican):
    return SeriesGenerator


def add_defaults(pelican):
    for name, value in DEFAULTS.items():
        pelican.settings.setdefault(name, value)


def name_parts_in_feeds(context, feed):
    """In every feed, an entry that is part of a series says which part it is."""
    fmt = context["SERIES_FEED_TITLE"]
    siteurl = context.get("SITEURL", "")
    by_link = {}
    for series in context.get("series_list", []):
        for article in series.published_articles:
            by_link[f"{siteurl}/{article.url}"] = article.series_part
    for item in feed.items:
        part = by_link.get(item["link"])
        if part:
            item["title"] = fmt.format(
                series=part.series.title,
                number=part.entry.number,
                title=plain_text(item["title"]),
            )


def register():
    signals.initialized.connect(add_defaults)
    signals.article_generator_finalized.connect(link_series)
    signals.get_generators.connect(get_generators)
    signals.feed_generated.connect(name_parts_in_feeds)


# --- Authoring help ------------------------------------------------------------------

METADATA_RE = re.compile(r"^(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")


def read_metadata(path):
    """The metadata block at the top of a Markdown file, keys lowercased."""
    metadata = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = METADATA_RE.match(line)
        if not match:
            break
        metadata[match.group("key").lower()] = match.group("value").strip()
    return metadata


def next_part_number(content_path, series_key, series_path="series"):
    """The number the next part of a series gets: the first announced part that
    has no file yet, else one more than the highest part so far."""
    content = Path(content_path)
    description = content / series_path / f"{series_key}.toml"
    if not description.exists():
        raise SeriesError(
            f"The series {series_key!r} is not described. Fix: create "
            f'{description} with at least title = "…".'
        )
    data = tomllib.loads(description.read_text(encoding="utf-8"))
    taken = set()
    for path in content.rglob("*.md"):
        metadata = read_metadata(path)
        index = metadata.get("series_index", "")
        if metadata.get("series") == series_key and index.isdigit():
            taken.add(int(index))
    announced = sorted(
        part["index"]
        for part in data.get("announced", [])
        if isinstance(part.get("index"), int) and part["index"] not in taken
    )
    return announced[0] if announced else max(taken, default=0) + 1
