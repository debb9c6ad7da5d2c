"""Read the series descriptions, ``content/series/<key>.toml``, into Series:
every mistake (not TOML, a key unknown or of the wrong type, a missing title,
an unknown numbering, a bad slug, announced parts without a number, two
descriptions that differ only in case) is reported with file and line."""

import datetime
import re
import tomllib
from pathlib import Path

from pelican.plugins.author_report.errors import AuthorError
from pelican.plugins.author_report.sources import decode, slug_problem
from pelican.utils import slugify

from .model import Announced, Series, normalized
from .words import words_for

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
TOML_LINE_RE = re.compile(r"\(at line (?P<line>\d+), column \d+\)")
NUMBERINGS = ("roman", "arabic")


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
        words=words_for(settings),
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
        Announced(index=index, title=(value.get("title") or "").strip(), date=date)
    )
