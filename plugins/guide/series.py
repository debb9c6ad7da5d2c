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

from jinja2 import pass_context
from markupsafe import Markup, escape
from pelican import signals
from pelican.generators import Generator
from pelican.utils import slugify

from .dates import german_date
from .errors import AuthorError, readable_path, record
from .previews import plain_text
from .reader import decode, slug_problem
from .search import readable_text
from .settings import register_defaults, register_jinja

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

# What each key of a description may hold, and how to write it.
DESCRIPTION_KEYS = {
    "title": (str, 'title = "Networking"'),
    "slug": (str, 'slug = "networking"'),
    "description": (str, 'description = "Ein Leitfaden in mehreren Teilen."'),
    "numbering": (str, 'numbering = "roman" (or "arabic")'),
    "complete": (bool, "complete = true or complete = false, without quotes"),
    "announced": (list, "one [[announced]] table per planned part"),
}
ANNOUNCED_KEYS = {
    "index": (int, "index = 4"),
    "title": (str, 'title = "Netzwerken auf Veranstaltungen"'),
    "date": (datetime.date, "date = 2010-03-05, without quotes"),
}
TYPE_NAMES = {
    str: "a text in quotes",
    bool: "true or false",
    int: "a whole number",
    list: "a list of tables",
    datetime.date: "a date",
}
DIGITS_RE = re.compile(r"^[0-9]+$")
TOML_LINE_RE = re.compile(r"\(at line (?P<line>\d+), column \d+\)")
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
        words = len(readable_text(self.article._content).split())
        return max(1, math.ceil(words / self.words_per_minute))

    @functools.cached_property
    def checklists(self):
        """The outline of each checklist in the part (id, version, question ids),
        for the reader's progress; none where the part is not out."""
        return getattr(self.article, "checklist_outline", []) if self.linked else []

    @functools.cached_property
    def checklist_progress(self):
        """What the progress script reads: ``id:version:question,question``,
        one per checklist, separated by spaces (ids never hold either)."""
        return " ".join(
            f"{c['id']}:{c['version']}:{','.join(c['questions'])}"
            for c in self.checklists
        )

    @functools.cached_property
    def checklist_questions(self):
        return sum(len(checklist["questions"]) for checklist in self.checklists)

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
        return f"Teil\u00a0{self.entry.number} von\u00a0{self.series.total_number}"


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
                AuthorError(
                    f"The series {series.key!r} and {twin.key!r} "
                    f"({twin.source_path}) differ only in case or spacing.",
                    "merge them into one file, or give them clearly different names.",
                    series.source_path,
                )
            )
            continue
        described[series.key] = by_normal[normalized(series.key)] = series
    return described


def _typed(data, key, schema, where, problems, line=None):
    """DATA[KEY] if it has the type SCHEMA gives it, else None and a problem."""
    if key not in data:
        return None
    value = data[key]
    kind, example = schema[key]
    fits = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if kind is datetime.date and isinstance(value, datetime.time):
        fits = False
    if kind is list and fits:
        fits = all(isinstance(item, dict) for item in value)
    if not fits:
        problems.append(
            AuthorError(
                f"{where}{key} = {value!r} is not {TYPE_NAMES[kind]}.",
                f"write {example}.",
                line=line,
            )
        )
        return None
    return value


def _read_toml(path, problems):
    shown = str(path)
    try:
        return tomllib.loads(decode(path.read_bytes(), shown))
    except AuthorError as error:
        problems.append(error)
    except tomllib.TOMLDecodeError as error:
        found = TOML_LINE_RE.search(str(error))
        problems.append(
            AuthorError(
                f"This is not valid TOML: {TOML_LINE_RE.sub('', str(error)).strip()}.",
                'check the syntax there, e.g. title = "Networking".',
                shown,
                int(found.group("line")) if found else None,
            )
        )
    return None


def _checked_values(data, found):
    """The keys of a description whose values have the right type; a problem in
    FOUND for each unknown key, wrong type, missing title and unknown numbering."""
    unknown = sorted(set(data) - set(DESCRIPTION_KEYS))
    if unknown:
        found.append(
            AuthorError(
                f"Unknown key(s) {', '.join(unknown)}.",
                f"use only {', '.join(DESCRIPTION_KEYS)}.",
            )
        )
    value = {
        key: _typed(data, key, DESCRIPTION_KEYS, "", found)
        for key in data
        if key in DESCRIPTION_KEYS
    }
    value["title"] = (value.get("title") or "").strip()
    if not value["title"] and "title" not in data:
        found.append(AuthorError("The series has no title.", 'add title = "…".'))
    elif not value["title"] and isinstance(data["title"], str):
        found.append(AuthorError("The series' title is empty.", 'write title = "…".'))
    value["numbering"] = value.get("numbering") or "roman"
    if value["numbering"] not in NUMBERINGS:
        found.append(
            AuthorError(
                f"numbering = {value['numbering']!r} is unknown.",
                'write numbering = "roman" (Teil III) or "arabic" (Teil 3).',
            )
        )
        value["numbering"] = "roman"
    return value


def _read_description(path, settings, problems):
    shown = str(path)
    data = _read_toml(path, problems)
    if data is None:
        return None
    found = []
    value = _checked_values(data, found)
    slug = value.get("slug") or slugify(
        path.stem, regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"]
    )
    if slug_problem(slug):
        found.append(
            AuthorError(
                f"The slug {slug!r} {slug_problem(slug)}.",
                'write slug = "networking": lowercase letters, digits and hyphens.',
            )
        )
    series = Series(
        key=path.stem,
        title=value["title"],
        slug=slug,
        description=(value.get("description") or "").strip(),
        numbering=value["numbering"],
        complete=bool(value.get("complete")),
        source_path=shown,
        url=settings["SERIES_URL"].format(slug=slug),
        save_as=settings["SERIES_SAVE_AS"].format(slug=slug),
    )
    if settings.get("SERIES_FEED_ATOM") and settings.get("FEED_ALL_ATOM"):
        series.feed = settings["SERIES_FEED_ATOM"].format(slug=slug)
    for number, announced in enumerate(value.get("announced") or [], start=1):
        _read_announced(number, announced, series, found)
    for problem in found:
        problem.path = shown
    problems.extend(found)
    return series if series.title else None


def _read_announced(number, announced, series, problems):
    where = f"announced part no. {number}: "
    unknown = sorted(set(announced) - set(ANNOUNCED_KEYS))
    if unknown:
        problems.append(
            AuthorError(
                f"{where}unknown key(s) {', '.join(unknown)}.",
                "use only index, title and date.",
            )
        )
    value = {
        key: _typed(announced, key, ANNOUNCED_KEYS, where, problems)
        for key in announced
        if key in ANNOUNCED_KEYS
    }
    index = value.get("index")
    if index is None or index < 1:
        if "index" not in announced or index is not None:
            problems.append(
                AuthorError(
                    f"{where}index = {announced.get('index')!r} is not a positive "
                    "whole number.",
                    "write the part's number, e.g. index = 4.",
                )
            )
        return
    date = value.get("date")
    if isinstance(date, datetime.datetime):
        date = date.date()
    series.announced.append(
        {"index": index, "title": (value.get("title") or "").strip(), "date": date}
    )


# --- Linking the parts ---------------------------------------------------------------


def _line(article, key):
    return getattr(article, "source_lines", {}).get(key)


def _part_index(article, problems):
    raw = getattr(article, "series_index", None)
    path = article.source_path
    if raw is None:
        problems.append(
            AuthorError(
                f"'Series: {article.series}' without a part number.",
                "add 'Series_index: N', N being the part's number.",
                path,
                _line(article, "series"),
            )
        )
        return None
    text = str(raw).strip()
    if not DIGITS_RE.match(text) or int(text) < 1:
        problems.append(
            AuthorError(
                f"Series_index {text!r} is not a positive whole number.",
                "write the part's number with the digits 0-9, e.g. 'Series_index: 2'.",
                path,
                _line(article, "series_index"),
            )
        )
        return None
    return int(text)


def _group(candidates, described, settings, problems):
    """The parts of each described series, as ``(index, article)`` pairs."""
    by_normal = {normalized(key): key for key in described}
    groups = {key: [] for key in described}
    for article in candidates:
        path = article.source_path
        if not getattr(article, "series", None):
            if getattr(article, "series_index", None) is not None:
                problems.append(
                    AuthorError(
                        "Series_index without Series.",
                        "add 'Series: <name>' or remove Series_index.",
                        path,
                        _line(article, "series_index"),
                    )
                )
            continue
        key = str(article.series).strip()
        if key not in described:
            twin = by_normal.get(normalized(key))
            if twin:
                problem = AuthorError(
                    f"'Series: {key}' differs only in case or spacing from the "
                    f"series {twin!r} described in {described[twin].source_path}.",
                    f"write 'Series: {twin}'.",
                )
            else:
                folder = Path(settings["PATH"]) / settings["SERIES_PATH"]
                problem = AuthorError(
                    f"The series {key!r} is not described.",
                    f"create {folder / (key + '.toml')} with at "
                    'least title = "…", or correct the name.',
                )
            problem.path, problem.line = path, _line(article, "series")
            problems.append(problem)
            continue
        index = _part_index(article, problems)
        if index is not None:
            groups[key].append((index, article))
    return groups


def link_series(generator):
    """Build every series from the articles of this build and check the numbering.

    Runs once per build, in O(n log n): one pass to group the articles, then one
    sort per series. Returns the mistakes found, each also reported to the build.
    """
    settings = generator.settings
    problems = []
    described = read_descriptions(settings, problems)
    candidates = [
        *generator.articles,
        *generator.drafts,
        *getattr(generator, "hidden_articles", []),
    ]
    groups = _group(candidates, described, settings, problems)
    today = datetime.date.today()
    series_list = []
    for key, parts in groups.items():
        series = described[key]
        _build_entries(series, parts, problems, today, settings)
        series_list.append(series)
    for problem in problems:
        record(problem, logger)
    if problems:
        return problems
    for series in series_list:
        _attach_parts(series)
    series_list.sort(key=lambda s: s.title.casefold())
    generator.context["series_list"] = series_list
    generator.context["series_by_key"] = {s.key: s for s in series_list}
    # For the feeds (one per series): a lookup built once, not once per feed.
    generator.context["series_part_by_url"] = {
        entry.url: entry.article.series_part
        for series in series_list
        for entry in series.entries
        if entry.status == "published"
    }
    return problems


def _build_entries(series, parts, problems, today, settings):
    parts.sort(key=lambda part: part[0])
    taken = {}
    for index, article in parts:
        if index in taken:
            problems.append(
                AuthorError(
                    f"Series {series.key!r}: part {index} is claimed twice, by "
                    f"{taken[index].source_path} and {article.source_path}.",
                    "give one of them another Series_index.",
                    article.source_path,
                    _line(article, "series_index"),
                )
            )
            continue
        taken[index] = article
    announced = {}
    for part in series.announced:
        owner = taken.get(part["index"])
        if owner is not None and owner.status == "published":
            problems.append(
                AuthorError(
                    f"Series {series.key!r}: announced part {part['index']} "
                    f"({part['title'] or 'no title'}) is taken by the published "
                    f"{owner.source_path}.",
                    "remove the announcement, or change its index to a free number.",
                    series.source_path,
                )
            )
        elif part["index"] in announced:
            problems.append(
                AuthorError(
                    f"Series {series.key!r}: part {part['index']} is announced twice.",
                    "keep one announcement.",
                    series.source_path,
                )
            )
        else:
            announced[part["index"]] = part
    numbers = set(taken) | set(announced)
    missing = sorted(set(range(1, max(numbers, default=0) + 1)) - numbers)
    if missing:
        files = ", ".join(f"{i}: {taken[i].source_path}" for i in sorted(taken))
        problems.append(
            AuthorError(
                f"Series {series.key!r}: part(s) {', '.join(map(str, missing))} "
                f"missing (found {files or 'none'}).",
                "number the parts 1, 2, 3, … without gaps, or announce the "
                f"missing part(s) in {series.source_path}.",
            )
        )
    if missing or not numbers:
        return
    link_drafts = settings["SERIES_LINK_DRAFTS"]
    words_per_minute = settings["SERIES_WORDS_PER_MINUTE"]
    for index in sorted(numbers):
        article, plan = taken.get(index), announced.get(index)
        number = series.number(index)
        if article is not None and article.status == "published":
            entry = Entry(
                index,
                number,
                Markup(article.title),
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
                _entry_title(plan, article),
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
                _entry_title(plan, None),
                "pending",
                date=plan["date"],
            )
        series.entries.append(entry)


def _entry_title(plan, article):
    """A part's title as HTML: an article's title is HTML already (escaped by the
    reader, then typogrify), an announced title is text from the description."""
    if plan and plan["title"]:
        return escape(plan["title"])
    return Markup(article.title) if article is not None else Markup("Ohne Titel")


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


@pass_context
def series_toc_entries(context, series, current=None):
    """The entries of SERIES' table of contents, CURRENT marked as the page:
    each rendered by the theme's ``series_toc_entry`` macro once per state and
    SITEURL (relative addresses differ with a page's depth), not once per page."""
    siteurl = context.get("SITEURL", "")
    macro = None
    shown = []
    for entry in series.entries:
        key = (siteurl, entry is current)
        if key not in entry.rendered:
            if macro is None:
                partial = context.environment.get_template("partials/series.html")
                macro = partial.make_module({"SITEURL": siteurl}).series_toc_entry
            entry.rendered[key] = macro(entry, entry is current)
        shown.append(entry.rendered[key])
    return Markup("".join(shown))


def name_parts_in_feeds(context, feed):
    """In every feed, an entry that is part of a series says which part it is."""
    # Pelican joins site name and feed title with a hyphen: a spaced en dash.
    site = context["SITENAME"]
    if feed.feed["title"].startswith(f"{site} - "):
        feed.feed["title"] = f"{site} – {feed.feed['title'][len(site) + 3 :]}"
    fmt = context["SERIES_FEED_TITLE"]
    prefix = f"{context.get('SITEURL', '')}/"
    by_url = context.get("series_part_by_url", {})  # built once, in link_series
    for item in feed.items:
        link = item["link"]
        part = by_url.get(link[len(prefix) :]) if link.startswith(prefix) else None
        if part:
            item["title"] = fmt.format(
                series=part.series.title,
                number=part.entry.number,
                title=plain_text(item["title"]),
            )


def register():
    register_defaults(DEFAULTS)
    register_jinja(filters={"series_toc_entries": series_toc_entries})
    signals.article_generator_finalized.connect(link_series)
    signals.get_generators.connect(get_generators)
    signals.feed_generated.connect(name_parts_in_feeds)


# --- Authoring help ------------------------------------------------------------------

METADATA_RE = re.compile(r"^(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")


def read_metadata(path):
    """The metadata block at the top of a Markdown file, keys lowercased."""
    metadata = {}
    for line in path.read_text(encoding="utf-8-sig", errors="replace").splitlines():
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
        raise AuthorError(
            f"The series {series_key!r} is not described.",
            f'create {readable_path(description)} with at least title = "…".',
        )
    data = tomllib.loads(description.read_text(encoding="utf-8-sig"))
    taken = set()
    for path in content.rglob("*.md"):
        metadata = read_metadata(path)
        index = metadata.get("series_index", "")
        if metadata.get("series") == series_key and DIGITS_RE.match(index):
            taken.add(int(index))
    announced = sorted(
        part["index"]
        for part in data.get("announced", [])
        if isinstance(part.get("index"), int) and part["index"] not in taken
    )
    return announced[0] if announced else max(taken, default=0) + 1
