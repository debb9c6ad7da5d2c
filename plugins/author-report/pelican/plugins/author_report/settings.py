"""The settings each feature assumes where the site's settings are silent, and
the Jinja filters and tests it gives the theme: one way to declare them.

A feature module calls these from its ``register()``, before it connects its
own handlers, so that they read settings that are complete::

    def register():
        register_defaults(DEFAULTS)
        register_jinja(filters={"german_date": german_date})
        signals.article_generator_finalized.connect(...)
"""

import logging
from collections.abc import Callable, Collection, Mapping
from types import MappingProxyType

from pelican import signals

from .errors import AuthorError
from .report import record

# The plugin's speed-ups (listings.py, addresses.py, template_cache.py,
# prereading.py, typogrify's faster filters in typography.py) are switched by
# this one setting; the output is the same either way
# (tests/site/test_speed_ups.py builds the site both ways and compares).
# Each speed-up registers it and does nothing where it is False.
SPEED_UPS = {"SPEED_UPS": True}


def site_locale(settings: Mapping) -> str:
    """A feature's locale where its setting is silent: German where the site's
    DEFAULT_LANG is, else English."""
    return "de" if str(settings.get("DEFAULT_LANG", "")).startswith("de") else "en"


def choose_locale(
    settings: dict, setting: str, locales: Collection[str], logger: logging.Logger
) -> str:
    """The locale SETTING names, one of LOCALES, written back into SETTINGS
    (:func:`site_locale` where it is unset). A locale with no words is
    reported, and the site's used meanwhile, so that the texts are read in the
    syntax they are written in and only real mistakes are added."""
    chosen = settings.get(setting)
    if chosen is not None and chosen not in locales:
        problem = f"The setting {setting} is {chosen!r}, which has no words."
        fix = f"use one of: {', '.join(sorted(locales))}."
        record(AuthorError(problem, fix), logger)
        chosen = None
    settings[setting] = chosen or site_locale(settings)
    return settings[setting]


def set_defaults(settings: dict, defaults: Mapping[str, object]) -> None:
    """Give SETTINGS every name in DEFAULTS that the site's settings leave out."""
    for name, value in defaults.items():
        settings.setdefault(name, value)


# Pelican calls every plugin's register() for each build (the live preview
# builds many times in one process): one receiver per declaration, connected
# once, so that handlers do not pile up.
_RECEIVERS = {}


def _connect_once(key, receiver):
    if key not in _RECEIVERS:
        _RECEIVERS[key] = receiver
        signals.initialized.connect(receiver, weak=False)


def register_defaults(defaults: Mapping[str, object]) -> None:
    """Once Pelican has read the settings, fill in DEFAULTS where they are silent."""

    def add_defaults(pelican):
        set_defaults(pelican.settings, defaults)

    _connect_once(("defaults", id(defaults)), add_defaults)


def register_jinja(
    filters: Mapping[str, Callable] = MappingProxyType({}),
    tests: Mapping[str, Callable] = MappingProxyType({}),
) -> None:
    """Give the theme's templates FILTERS and TESTS (``{name: function}``),
    unless the site's settings name their own."""
    wanted = {"JINJA_FILTERS": dict(filters), "JINJA_TESTS": dict(tests)}

    def add_to_jinja(pelican):
        for setting, functions in wanted.items():
            pelican.settings.setdefault(setting, {})
            for name, function in functions.items():
                pelican.settings[setting].setdefault(name, function)

    key = tuple((s, n, id(f)) for s, fs in wanted.items() for n, f in fs.items())
    _connect_once(("jinja", key), add_to_jinja)
