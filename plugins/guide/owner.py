"""The site's owner: who runs the site, as settings in one place.

``OWNER_NAME``, ``OWNER_ADDRESS`` (a list of lines), ``OWNER_EMAIL`` and
``HOSTING_PRIVACY_NOTE`` (what the web host records about a visit) feed the
author line, the Impressum and the privacy page. Templates get
``OWNER_MISSING``, the names of the settings still empty, and show a notice
naming them; the publish task refuses to build while any is missing
(:func:`missing`). No name is ever made up.
"""

from pelican import signals

from .settings import register_defaults

REQUIRED = ("OWNER_NAME", "OWNER_ADDRESS", "OWNER_EMAIL", "HOSTING_PRIVACY_NOTE")
DEFAULTS = {"OWNER_NAME": "", "OWNER_ADDRESS": [], "OWNER_EMAIL": "",
            "HOSTING_PRIVACY_NOTE": ""}  # fmt: skip


def _filled(value):
    if isinstance(value, list | tuple):
        return any(str(line).strip() for line in value)
    return bool(value and str(value).strip())


def missing(settings):
    """The names of the owner's settings that are still empty."""
    return [name for name in REQUIRED if not _filled(settings.get(name))]


def add_missing(pelican):
    pelican.settings["OWNER_MISSING"] = missing(pelican.settings)


def register():
    register_defaults(DEFAULTS)
    signals.initialized.connect(add_missing)
