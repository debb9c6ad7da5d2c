"""Link the parts of each series: group the articles of a build by their
``Series``, check the numbering (a part claimed twice, an announcement taken by
a published part or made twice, gaps), build the table of contents and give
each part its ``series_part``. Every mistake is reported, all at once."""

import datetime
import logging
import re
from pathlib import Path

from markupsafe import Markup, escape
from pelican.plugins.author_report.errors import AuthorError
from pelican.plugins.author_report.report import failed_sources, record

from .descriptions import read_descriptions
from .model import Entry, SeriesPart, normalized

logger = logging.getLogger(__name__)

DIGITS_RE = re.compile(r"^[0-9]+$")


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
        _add_entries(series, parts, problems, today, settings)
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


def _claimed(series, parts, problems):
    """The article of each part number, in order; a number claimed twice is a
    problem (the first claim keeps it)."""
    taken = {}
    for index, article in sorted(parts, key=lambda part: part[0]):
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
    return taken


def _announcements(series, taken, problems):
    """The announced parts by number, less those a published part has taken
    or that are announced twice (both a problem)."""
    announced = {}
    for part in series.announced:
        owner = taken.get(part.index)
        if owner is not None and owner.status == "published":
            problems.append(
                AuthorError(
                    f"Series {series.key!r}: announced part {part.index} "
                    f"({part.title or 'no title'}) is taken by the published "
                    f"{owner.source_path}.",
                    "remove the announcement, or change its index to a free number.",
                    series.source_path,
                )
            )
        elif part.index in announced:
            problems.append(
                AuthorError(
                    f"Series {series.key!r}: part {part.index} is announced twice.",
                    "keep one announcement.",
                    series.source_path,
                )
            )
        else:
            announced[part.index] = part
    return announced


def _unread_numbers(series):
    """The part numbers that sources of SERIES claim but which could not be
    read (their mistake is reported already); None where such a source's
    number cannot be told either."""
    numbers = set()
    for path in failed_sources():
        header = metadata_header(path)
        if str(header.get("series", "")).strip() != series.key:
            continue
        index = str(header.get("series_index", "")).strip()
        if not DIGITS_RE.match(index):
            return None
        numbers.add(int(index))
    return numbers


def metadata_header(path: str) -> dict[str, str]:
    """The metadata lines at the top of the Markdown file PATH, as far as they
    can be read (``{lower-case key: value}``)."""
    header = {}
    try:
        with open(path, encoding="utf-8", errors="replace") as source:
            for line in source:
                key, colon, value = line.lstrip("\ufeff").partition(":")
                if not line.strip() or not colon:
                    break
                header.setdefault(key.strip().lower(), value)
    except OSError:
        pass
    return header


def _gaps(series, taken, numbers, problems):
    """Whether a number below the highest is neither a part nor announced. A
    number whose part could not be read is not missing: that part's mistake is
    reported where it is."""
    missing = sorted(set(range(1, max(numbers, default=0) + 1)) - numbers)
    if not missing:
        return False
    unread = _unread_numbers(series)
    if unread is None or set(missing) <= unread:
        return True
    missing = [number for number in missing if number not in unread]
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
    return bool(missing)


def _add_entries(series, parts, problems, today, settings):
    """Fill SERIES' table of contents from its PARTS, ``(index, article)``."""
    taken = _claimed(series, parts, problems)
    announced = _announcements(series, taken, problems)
    numbers = set(taken) | set(announced)
    if _gaps(series, taken, numbers, problems) or not numbers:
        return
    for index in sorted(numbers):
        series.entries.append(
            _entry(
                series, index, taken.get(index), announced.get(index), today, settings
            )
        )


def _entry(series, index, article, plan, today, settings):
    """The table of contents' entry for part INDEX: its ARTICLE (published, a
    draft, or not out yet) or its announcement PLAN."""
    common = {
        "index": index,
        "number": series.number(index),
        "words_per_minute": settings["SERIES_WORDS_PER_MINUTE"],
        "words": series.words,
    }
    if article is None:
        title = _entry_title(plan, None)
        return Entry(**common, title=title, status="pending", date=plan.date)
    if article.status == "published":
        return Entry(
            **common,
            title=Markup(article.title),
            status="published",
            article=article,
            date=article.date.date(),
            url=article.url,
        )
    planned = plan.date if plan else None
    if planned is None and article.date.date() > today:
        planned = article.date.date()
    linked = settings["SERIES_LINK_DRAFTS"] and article.status == "draft"
    return Entry(
        **common,
        title=_entry_title(plan, article),
        status="draft" if linked else "pending",
        article=article,
        date=planned,
        url=article.url if linked else None,
    )


def _entry_title(plan, article):
    """A part's title as HTML: an article's title is HTML already (escaped by the
    reader, then typogrify), an announced title is text from the description."""
    if plan and plan.title:
        return escape(plan.title)
    return Markup(article.title) if article is not None else Markup("Ohne Titel")


def _attach_parts(series):
    linked = series.linked_entries
    for position, entry in enumerate(linked):
        entry.article.series_part = SeriesPart(
            series=series,
            entry=entry,
            previous=linked[position - 1] if position > 0 else None,
            next=linked[position + 1] if position + 1 < len(linked) else None,
        )
    for entry in series.entries:
        if entry.article is not None and not entry.linked:
            # A part that is not linked still knows its series, so that its
            # own page (hidden or draft) can say where it belongs.
            entry.article.series_part = SeriesPart(
                series=series, entry=entry, previous=None, next=None
            )
