"""What the published site must not go out without: a SITEURL that is a real
address, and the owner's details in a form the Impressum can show.

``python3 dev.py publish`` (and so ``deploy``) refuses to build while any of
:func:`publish_refusals` is left, naming each setting and how to give it.
"""

import ipaddress
import os
import sys
import traceback
from pathlib import Path
from urllib.parse import urlsplit

from tools.local_site import ROOT

SITEURL_HOW = (
    "give the https:// address the site is published at when you publish: "
    "SITEURL=https://www.example.de python3 dev.py publish (a path such as "
    "https://example.de/blog is fine)"
)


def _host_problem(host):
    """Why HOST is not a host name or address a reader's browser can reach."""
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host.strip("[]"))
        except ValueError:
            return f"the address {host} is no IPv6 address"
        return None
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return f"the host {host!r} is no valid host name"
    labels = ascii_host.rstrip(".").split(".")
    for label in labels:
        if not label or len(label) > 63 or label.startswith("-") or label.endswith("-"):
            return f"the host {host!r} is no valid host name"
        if not all(char.isalnum() or char == "-" for char in label):
            return f"the host {host!r} is no valid host name"
    if len(labels) < 2:
        return f"the host {host!r} has no domain (such as .de)"
    return None


def siteurl_problem(value):
    """Why VALUE is not an address the published site can be built for, or None.

    Every address on the site starts with it, so it must be an https:// URL with
    a host, and nothing that would break them: no blanks, no query or fragment,
    no user or password. A path is fine.
    """
    if not value:
        return "it is not set"
    if value != value.strip() or any(char.isspace() for char in value):
        return f"{value!r} has blanks"
    parts = urlsplit(value)
    if parts.scheme != "https":
        return f"{value!r} does not start with https://"
    if not parts.netloc:
        return f"{value!r} names no host"
    if parts.query or value.rstrip("/").endswith("?"):
        return f"{value!r} has a query (?…), which every address would carry"
    if parts.fragment or "#" in value:
        return f"{value!r} has a fragment (#…), which would cut every address"
    if "@" in parts.netloc:
        return f"{value!r} has a user or password before the host"
    try:
        parts.port  # noqa: B018 - reading it checks it
    except ValueError:
        return f"{value!r} has a port that is no number from 1 to 65535"
    if parts.netloc.endswith(":"):
        return f"{value!r} has a colon after the host but no port"
    host = parts.netloc.rpartition(":")[0] if parts.port else parts.netloc
    problem = _host_problem(host)
    if problem:
        return problem
    if "//" in parts.path:
        return f"{value!r} has an empty folder (//) in its path"
    return None


def read_site_settings(name="publishconf.py"):
    """The site's settings as Pelican reads them (NAME, which imports
    pelicanconf.py); a mistake in a settings file ends the task with one line
    naming the file, the line and what is wrong, not a traceback."""
    from pelican.settings import read_settings

    try:
        return read_settings(str(ROOT / name))
    except SyntaxError as error:
        where, what = f"{Path(error.filename).name}, line {error.lineno}", error.msg
    except Exception as error:  # a name or value the settings file gets wrong
        frames = traceback.extract_tb(error.__traceback__)
        ours = [f for f in frames if Path(f.filename).parent == ROOT] or frames[-1:]
        where = f"{Path(ours[-1].filename).name}, line {ours[-1].lineno}"
        what = f"{type(error).__name__}: {error}"
    sys.exit(
        f"Stopped: {where}: {what}. Fix: correct that line of the settings "
        "(Python), then run the task again."
    )


def publish_refusals(siteurl=None, settings=None):
    """What is still missing or wrong for publishing, each with how to fix it;
    SETTINGS as :func:`read_site_settings` reads them, unless given."""
    sys.path.insert(0, str(ROOT / "plugins"))
    from guide.owner import problems

    if siteurl is None:
        siteurl = os.environ.get("SITEURL", "")
    refusals = []
    problem = siteurl_problem(siteurl)
    if problem:
        refusals.append(f"SITEURL: {problem}. Fix: {SITEURL_HOW}.")
    if settings is None:
        settings = read_site_settings()
    refusals += [f"{name}: {message}" for name, message in problems(settings)]
    return refusals
