"""The site's owner and web host: who runs the site, as settings in one place,
checked as strictly as content.

``OWNER_NAME``, ``OWNER_ADDRESS`` (a list of lines), ``OWNER_EMAIL``, a second
fast way to reach the owner (``OWNER_PHONE`` or ``OWNER_CONTACT_FORM``) and, if
there is one, ``OWNER_VAT_ID`` feed the author line and the Impressum (§ 5 DDG);
``HOST_NAME``, ``HOST_ADDRESS``, ``HOST_THIRD_COUNTRY`` (``None`` until
answered, ``""`` for none) and ``HOST_LOG_RETENTION`` the privacy page (Art. 13
DSGVO). Each is checked for its type and form (:func:`check`): what can be read
one way only is normalised (blanks trimmed, empty address lines dropped, an
address given as lines in one string split, ``mailto:`` or ``Name <address>``
reduced to the address), the rest is a :class:`Problem` naming the setting.
Templates get the normalised values, ``OWNER_MISSING`` (the settings still
empty) and ``OWNER_INVALID`` (those given in a form the site cannot use, each
with a hint in German) and show a notice; the publish task refuses to build
while either is left (:func:`problems`). Nothing is ever made up: the owner is
Pelican's ``AUTHOR`` only once the name is usable.
"""

import re
from dataclasses import dataclass

from pelican import signals
from pelican.plugins.author_report.settings import register_defaults

REQUIRED = (
    *("OWNER_NAME", "OWNER_ADDRESS", "OWNER_EMAIL", "OWNER_PHONE"),
    *("HOST_NAME", "HOST_ADDRESS", "HOST_THIRD_COUNTRY", "HOST_LOG_RETENTION"),
)
# Checked where given, never required.
OPTIONAL = ("OWNER_CONTACT_FORM", "OWNER_VAT_ID")
DEFAULTS = {"OWNER_NAME": "", "OWNER_ADDRESS": [], "OWNER_EMAIL": "",
            "OWNER_PHONE": "", "OWNER_CONTACT_FORM": "", "OWNER_VAT_ID": "",
            "HOST_NAME": "", "HOST_ADDRESS": [], "HOST_THIRD_COUNTRY": None,
            "HOST_LOG_RETENTION": ""}  # fmt: skip
# How to give each setting, for the publish task's message when it is empty.
HOW = {
    "OWNER_NAME": "the owner's name, in pelicanconf.py (author line, Impressum)",
    "OWNER_ADDRESS": "the owner's postal address, one line per entry, in "
    'pelicanconf.py (Impressum), e.g. ["Straße 1", "12345 Ort"]',
    "OWNER_EMAIL": "the owner's e-mail address, in pelicanconf.py (Impressum)",
    "OWNER_PHONE": "a second fast way to reach the owner, in pelicanconf.py "
    '(Impressum): a telephone number, e.g. "+49 30 1234567", or instead '
    'OWNER_CONTACT_FORM, the address of a contact form, e.g. "https://…"',
    "HOST_NAME": "the web host's name, in pelicanconf.py (privacy page), e.g. "
    '"GitHub B.V."',
    "HOST_ADDRESS": "the web host's postal address, one line per entry, in "
    'pelicanconf.py (privacy page), e.g. ["Straße 1", "12345 Ort"]',
    "HOST_THIRD_COUNTRY": "where the host processes visitors' data outside the "
    'EU, in pelicanconf.py (privacy page): "" if nowhere, else the country and '
    'the legal basis in German, e.g. "USA; Grundlage ist der '
    'Angemessenheitsbeschluss zum EU-US Data Privacy Framework (Art. 45 DSGVO)"',
    "HOST_LOG_RETENTION": "how long the host keeps its access logs, in German, "
    'in pelicanconf.py (privacy page), e.g. "sieben Tage"',
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


def _phone(value):
    text = _text(value, '"+49 30 1234567"')
    digits = len(re.sub(r"\D", "", text))
    if text and (not re.fullmatch(r"\+?[\d ()/-]+", text) or digits < 6):
        raise _Unusable(
            f"{text!r} is no telephone number. Fix: give digits, with + and the "
            'country code if you like, e.g. "+49 30 1234567"',
            'nur die Nummer angeben, z. B. "+49 30 1234567"',
        )
    return text


def _form(value):
    text = _text(value, '"https://example.de/kontakt/"')
    if text and not re.fullmatch(r"https://[^\s/]+\.[^\s/]+(/\S*)?", text):
        raise _Unusable(
            f"{text!r} is no https address. Fix: give the contact form's full "
            'address, e.g. "https://example.de/kontakt/"',
            'die volle Adresse angeben, z. B. "https://example.de/kontakt/"',
        )
    return text


# A VAT ID (§ 27a UStG: "DE" and nine digits; other EU states' forms too) or
# the German business ID (§ 139c AO: the same, a hyphen and five digits).
VAT_ID = re.compile(r"[A-Z]{2}[0-9A-Z+*.]{2,12}")
BUSINESS_ID = re.compile(r"DE\d{9}-\d{5}")


def _vat_id(value):
    text = _text(value, '"DE123456789"').replace(" ", "")
    if text and not (VAT_ID.fullmatch(text) or BUSINESS_ID.fullmatch(text)):
        raise _Unusable(
            f"{text!r} is neither a VAT ID nor a business ID. Fix: give it as "
            'issued, e.g. "DE123456789"',
            'so angeben, wie sie erteilt wurde, z. B. "DE123456789"',
        )
    return text


def _third_country(value):
    # None: not answered yet (the check reports it as missing); "": nowhere.
    return _text(value, '"USA; Grundlage ist …"')


CHECKS = {
    "OWNER_NAME": _name,
    "OWNER_ADDRESS": _address,
    "OWNER_EMAIL": _email,
    "OWNER_PHONE": _phone,
    "OWNER_CONTACT_FORM": _form,
    "OWNER_VAT_ID": _vat_id,
    "HOST_NAME": lambda value: _text(value, '"GitHub B.V."'),
    "HOST_ADDRESS": _address,
    "HOST_THIRD_COUNTRY": _third_country,
    "HOST_LOG_RETENTION": lambda value: _text(value, '"sieben Tage"'),
}


def check(settings):
    """The owner's settings, normalised, and the problems with them, in order."""
    values, found = {}, []
    for name in (*REQUIRED, *OPTIONAL):
        raw = settings.get(name)
        try:
            value = CHECKS[name](raw) if raw is not None else DEFAULTS[name]
        except _Unusable as unusable:
            found.append(Problem(name, str(unusable), unusable.hint))
            values[name] = DEFAULTS[name]
            continue
        values[name] = value
        if name in REQUIRED and not value and not _answered(name, value, settings):
            found.append(Problem(name, HOW[name], ""))
    values["OWNER_VAT_LABEL"] = (
        "Wirtschafts-Identifikationsnummer gemäß §\u00a0139c AO"
        if BUSINESS_ID.fullmatch(values["OWNER_VAT_ID"])
        else "Umsatzsteuer-Identifikationsnummer gemäß §\u00a027a UStG"
    )
    return values, found


def _answered(name, value, settings):
    """Whether an empty VALUE of NAME is an answer: "" for no third country,
    a contact form instead of a telephone number."""
    if name == "HOST_THIRD_COUNTRY":
        return value == "" and settings.get(name) is not None
    if name == "OWNER_PHONE":
        return bool(settings.get("OWNER_CONTACT_FORM"))
    return False


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
