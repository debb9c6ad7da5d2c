"""The site's owner: who runs the site, as settings in one place, checked as
strictly as content.

``OWNER_NAME``, ``OWNER_ADDRESS`` (a list of lines), ``OWNER_EMAIL`` and
``HOSTING_PRIVACY_NOTE`` (what the web host records about a visit) feed the
author line, the Impressum and the privacy page. Each is checked for its type
and form (:func:`check`): what can be read one way only is normalised (blanks
trimmed, empty address lines dropped, an address given as lines in one string
split, ``mailto:`` or ``Name <address>`` reduced to the address), the rest is a
:class:`Problem` naming the setting. Templates get the normalised values,
``OWNER_MISSING`` (the settings still empty) and ``OWNER_INVALID`` (those given
in a form the site cannot use, each with a hint in German) and show a notice;
the publish task refuses to build while either is left (:func:`problems`). No
name is ever made up: the owner is Pelican's ``AUTHOR`` only once the name is
usable.
"""

import re
from dataclasses import dataclass

from pelican import signals

from .settings import register_defaults

REQUIRED = ("OWNER_NAME", "OWNER_ADDRESS", "OWNER_EMAIL", "HOSTING_PRIVACY_NOTE")
DEFAULTS = {"OWNER_NAME": "", "OWNER_ADDRESS": [], "OWNER_EMAIL": "",
            "HOSTING_PRIVACY_NOTE": ""}  # fmt: skip
# How to give each setting, for the publish task's message when it is empty.
HOW = {
    "OWNER_NAME": "the owner's name, in pelicanconf.py (author line, Impressum)",
    "OWNER_ADDRESS": "the owner's postal address, one line per entry, in "
    'pelicanconf.py (Impressum), e.g. ["Straße 1", "12345 Ort"]',
    "OWNER_EMAIL": "the owner's e-mail address, in pelicanconf.py (Impressum)",
    "HOSTING_PRIVACY_NOTE": "what the web host records about a visit and for how "
    "long, in German, in pelicanconf.py (privacy page)",
}
EMAIL = re.compile(
    r"[^@\s<>()\[\],;:\"]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}", re.UNICODE
)


@dataclass(frozen=True)
class Problem:
    """A setting the site cannot use as given: MESSAGE (English, with the fix)
    for the publish task, HINT (German) for the notice on every page."""

    name: str
    message: str
    hint: str


class _Unusable(ValueError):
    def __init__(self, message, hint):
        super().__init__(message)
        self.hint = hint


def _text(value, example):
    if not isinstance(value, str):
        raise _Unusable(
            f"is {type(value).__name__}, not text. Fix: give it in quotes, e.g. "
            f"{example}",
            f"als Text in Anführungszeichen angeben, z. B. {example}",
        )
    return " ".join(value.split())


def _name(value):
    return _text(value, '"Vorname Nachname"')


def _address(value):
    example = '["Straße 1", "12345 Ort"]'
    if isinstance(value, str):
        if "\n" not in value.strip():
            raise _Unusable(
                "is one string; the Impressum shows the address line by line. "
                f"Fix: give a list with one entry per line, e.g. {example}",
                f"als Liste mit einer Zeile je Eintrag angeben, z. B. {example}",
            )
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        raise _Unusable(
            f"is {type(value).__name__}. Fix: give a list of lines, e.g. {example}",
            f"als Liste von Zeilen angeben, z. B. {example}",
        )
    lines = []
    for number, line in enumerate(value, 1):
        if not isinstance(line, str):
            raise _Unusable(
                f"has line {number} as {type(line).__name__} ({line!r}), not text. "
                f'Fix: put every line in quotes, e.g. "{line}"',
                "jede Zeile in Anführungszeichen angeben",
            )
        if line.strip():
            lines.append(" ".join(line.split()))
    if len(lines) == 1:
        raise _Unusable(
            f"has one line ({lines[0]!r}); an address where legal papers can be "
            "served needs the street and the postcode with the town. Fix: give "
            f"each as a line of its own, e.g. {example}",
            f"Straße und Ort als eigene Zeilen angeben, z. B. {example}",
        )
    return lines


def _email(value):
    text = _text(value, '"post@example.de"')
    # "Name <address>", as a mail program copies it: the address in brackets.
    bracketed = re.fullmatch(r"[^<>]*<([^<>]*)>", text)
    address = bracketed.group(1).strip() if bracketed else text
    address = re.sub(r"^mailto:", "", address, flags=re.IGNORECASE).split("?")[0]
    if text and not EMAIL.fullmatch(address):
        raise _Unusable(
            f"{text!r} is no e-mail address. Fix: give the address alone, e.g. "
            '"post@example.de"',
            'nur die Adresse angeben, z. B. "post@example.de"',
        )
    return address


CHECKS = {
    "OWNER_NAME": _name,
    "OWNER_ADDRESS": _address,
    "OWNER_EMAIL": _email,
    "HOSTING_PRIVACY_NOTE": lambda value: _text(value, '"Der Hoster speichert …"'),
}


def check(settings):
    """The owner's settings, normalised, and the problems with them, in order."""
    values, found = {}, []
    for name in REQUIRED:
        raw = settings.get(name)
        try:
            value = CHECKS[name](raw) if raw is not None else ""
        except _Unusable as unusable:
            found.append(Problem(name, str(unusable), unusable.hint))
            values[name] = DEFAULTS[name]
            continue
        values[name] = value
        if not value:
            found.append(Problem(name, HOW[name], ""))
    return values, found


def problems(settings):
    """(name, message) for each owner setting that is empty or unusable."""
    return [(problem.name, problem.message) for problem in check(settings)[1]]


def apply_owner(pelican):
    settings = pelican.settings
    given_name = settings.get("OWNER_NAME")
    values, found = check(settings)
    settings.update(values)
    settings["OWNER_MISSING"] = [p.name for p in found if not p.hint]
    settings["OWNER_INVALID"] = [(p.name, p.hint) for p in found if p.hint]
    # Every text's author: the owner, once the name can be used; never a blank
    # (Pelican would make an empty slug of it and warn without naming a setting).
    author = settings.get("AUTHOR")
    if values["OWNER_NAME"]:
        settings["AUTHOR"] = values["OWNER_NAME"]
    elif author is given_name or not (isinstance(author, str) and author.strip()):
        settings.pop("AUTHOR", None)


def register():
    register_defaults(DEFAULTS)
    signals.initialized.connect(apply_owner)
