"""The ids of a checklist's questions, options and results: given by the author
at the end of a line (``Text {#id}``), or derived from the text as Pelican's
``slugify`` derives a slug, so that an id, under which readers' answers are
saved, stays what it was."""

import re
import unicodedata

from markupsafe import Markup
from unidecode import unidecode

from .blocks import ID_RE
from .model import ChecklistError

ID_SUFFIX_RE = re.compile(r"\s*\{#(?P<id>[^}]*)\}\s*$")
ID_MAX_LENGTH = 40


# Pelican's default SLUG_REGEX_SUBSTITUTIONS, which slugify() below applies as
# Pelican does, so that a derived id stays what it was (answers are saved under
# it); test_checklist_property.py compares the two.
SLUG_SUBSTITUTIONS = [
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]


def slugify(text):
    """TEXT as Pelican's ``slugify`` writes it with its default substitutions:
    tags out, NFKC, transliterated to ASCII, substituted, lower case."""
    value = unicodedata.normalize("NFKC", Markup(text).striptags())
    value = unidecode(value)
    for pattern, replacement in SLUG_SUBSTITUTIONS:
        value = re.sub(pattern, replacement, value, flags=re.IGNORECASE)
    return value.lower().strip()


def derive_id(text):
    """A stable id from a question's or option's text: ``Größe?`` -> ``grosse``."""
    slug = slugify(text)
    if len(slug) > ID_MAX_LENGTH:
        slug = slug[:ID_MAX_LENGTH].rsplit("-", 1)[0]
    return slug


def split_id(text, line, what):
    """Split ``Text {#id}`` into text and id (derived from the text if absent)."""
    match = ID_SUFFIX_RE.search(text)
    if not match:
        text = text.strip()
        derived = derive_id(text)
        if not derived:
            raise ChecklistError(
                line,
                f"Cannot derive an id for the {what} {text!r}.",
                "give it one at the end of the line, e.g. {#ort}.",
            )
        return text, derived
    given = match.group("id")
    if not ID_RE.match(given):
        written = derive_id(given)
        example = f"{{#{written}}}" if written else "{#ort} or {#frage-2}"
        raise ChecklistError(
            line,
            f"The {what} id {{#{given}}} is not valid.",
            f"use lowercase letters, digits and hyphens, e.g. {example}.",
        )
    text = text[: match.start()].strip()
    if not text:
        raise ChecklistError(line, f"The {what} has no text.", f"write the {what}.")
    return text, given
