"""A copy of the project to change without touching the real one: with the
owner's details filled in, for publishing and deploying."""

import shutil

from tools.local_site import ROOT

OWNER = """
OWNER_NAME = "Alex Muster-Probe"
OWNER_ADDRESS = ["Probeweg 3", "99999 Teststadt"]
OWNER_EMAIL = "post@probe.invalid"
OWNER_PHONE = "+49 30 1234567"
HOST_NAME = "Probe-Hosting GmbH"
HOST_ADDRESS = ["Serverstraße 1", "99998 Rechenheim"]
HOST_THIRD_COUNTRY = ""
HOST_LOG_RETENTION = "sieben Tage"
if OWNER_NAME:
    AUTHOR = OWNER_NAME
"""
OWNER_SETTINGS = [
    *("OWNER_NAME", "OWNER_ADDRESS", "OWNER_EMAIL", "OWNER_PHONE"),
    *("HOST_NAME", "HOST_ADDRESS", "HOST_THIRD_COUNTRY", "HOST_LOG_RETENTION"),
]


def project(tmp_path, owner=""):
    """A copy of the project in TMP_PATH, with OWNER appended to its settings."""
    for name in ("content", "theme", "plugins", "tools"):
        shutil.copytree(
            ROOT / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("node_modules", "__pycache__"),
        )
    for name in ("pelicanconf.py", "publishconf.py", "tasks.py"):
        shutil.copy(ROOT / name, tmp_path / name)
    with (tmp_path / "pelicanconf.py").open("a", encoding="utf-8") as settings:
        settings.write(owner)
    return tmp_path
