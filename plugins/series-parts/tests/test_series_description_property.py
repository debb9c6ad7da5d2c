"""Whatever an author writes in a series description gives a series or a clear
message naming the file: any TOML value of any type, for every key."""

import datetime
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pelican.plugins.author_report.errors import AuthorError
from pelican.plugins.series_parts import DEFAULTS
from pelican.plugins.series_parts.descriptions import (
    ANNOUNCED_KEYS,
    DESCRIPTION_KEYS,
    read_descriptions,
)
from pelican.plugins.series_parts.words import ADDRESSES
from pelican.settings import DEFAULT_CONFIG


def toml_value(value):
    """VALUE written as TOML (inline tables and arrays; JSON escapes are TOML's)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value).replace("inf", "inf").lower()
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(map(toml_value, value)) + "]"
    return (
        "{"
        + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items())
        + "}"
    )


SCALARS = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.dates(),
    st.datetimes(),
    st.times(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=3),
    ),
    max_leaves=8,
)
ANNOUNCED = st.dictionaries(
    st.one_of(st.sampled_from(sorted(ANNOUNCED_KEYS)), st.text(min_size=1, max_size=8)),
    VALUES,
    max_size=4,
)
DESCRIPTIONS = st.dictionaries(
    st.one_of(
        st.sampled_from(sorted(DESCRIPTION_KEYS)), st.text(min_size=1, max_size=8)
    ),
    st.one_of(VALUES, st.lists(ANNOUNCED, max_size=3)),
    max_size=6,
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(DESCRIPTIONS)
def test_any_description_gives_a_series_or_messages_naming_the_file(tmp_path, data):
    folder = tmp_path / "series"
    folder.mkdir(exist_ok=True)
    path = folder / "beliebig.toml"
    path.write_text(
        "\n".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in data.items()),
        encoding="utf-8",
    )
    problems = []
    described = read_descriptions(
        {
            "PATH": str(tmp_path),
            "SLUG_REGEX_SUBSTITUTIONS": DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"],
            "FEED_ALL_ATOM": None,
            **DEFAULTS,
            **ADDRESSES["de"],
            "DEFAULT_LANG": "de",
        },
        problems,
    )
    for problem in problems:
        assert isinstance(problem, AuthorError)
        assert str(problem).startswith(f"{path}")
        assert " Fix: " in str(problem)
    if "beliebig" in described:
        series = described["beliebig"]
        assert isinstance(series.title, str) and series.title
        assert isinstance(series.complete, bool)
        assert series.numbering in ("roman", "arabic")
        for part in series.announced:
            assert isinstance(part["index"], int) and part["index"] >= 1
            assert part["date"] is None or type(part["date"]) is datetime.date
    else:
        assert problems, "a series was dropped without a message"
