"""Help for authors that the tasks give (``python3 dev.py new-part``): which
number the next part of a series gets. Reads the files as they are, without a
build, so it works while a part is half written."""

import os
import re
import tomllib
from pathlib import Path

from pelican.plugins.series_parts.linking import metadata_header
from pelican.plugins.series_parts.model import normalized

DIGITS_RE = re.compile(r"^[0-9]+$")


class SeriesNotDescribed(LookupError):
    """The series has no description file (content/series/<key>.toml)."""


class NoSlug(ValueError):
    """A title that gives no slug (no letter or digit), so no address."""


def described_series(content_path, series_key, series_path="series"):
    """The key of the described series that SERIES_KEY names: itself, or the
    one it differs from only in case or spacing ("Networking": "networking")."""
    folder = Path(content_path) / series_path
    if (folder / f"{series_key}.toml").exists():
        return series_key
    for description in sorted(folder.glob("*.toml")):
        if normalized(description.stem) == normalized(series_key):
            return description.stem
    description = folder / f"{series_key}.toml"
    shown = os.path.relpath(description)
    raise SeriesNotDescribed(
        f"The series {series_key!r} is not described. Fix: create "
        f"{description if shown.startswith('..') else shown} with at least "
        'title = "…".'
    )


def part_slug(title, slugify, substitutions):
    """The slug of a new part titled TITLE (Pelican's SLUGIFY with its
    SUBSTITUTIONS); NoSlug where the title has no letter or digit."""
    slug = slugify(title, substitutions).strip("-")
    if not slug:
        raise NoSlug(
            f"The title {title!r} gives no address: it has no letter or digit. "
            'Fix: give the part a title with words, e.g. --title "Netzwerken auf '
            'Messen".'
        )
    return slug


def next_part_number(content_path, series_key, series_path="series"):
    """The number the next part of a series gets: the first announced part that
    has no file yet, else one more than the highest part so far."""
    content = Path(content_path)
    description = content / series_path / f"{series_key}.toml"
    if not description.exists():
        series_key = described_series(content, series_key, series_path)
        description = content / series_path / f"{series_key}.toml"
    data = tomllib.loads(description.read_text(encoding="utf-8-sig"))
    taken = set()
    for path in content.rglob("*.md"):
        # Read as the build reads it (the series plugin's own reader).
        metadata = {k: v.strip() for k, v in metadata_header(path).items()}
        index = metadata.get("series_index", "")
        if metadata.get("series") == series_key and DIGITS_RE.match(index):
            taken.add(int(index))
    announced = sorted(
        part["index"]
        for part in data.get("announced", [])
        if isinstance(part.get("index"), int) and part["index"] not in taken
    )
    return announced[0] if announced else max(taken, default=0) + 1
