#!/usr/bin/env python3
"""Set up the project and run one of its tasks, on a machine with only Python 3.11+.

    python3 dev.py serve    # build, serve at http://127.0.0.1:8000, live reload
    python3 dev.py test     # the whole test suite, browser tests included

Any other arguments go to invoke (``python3 dev.py --list``). The first run
creates ``.venv`` and syncs it to a lock: ``requirements.lock`` for the tasks
that serve and build the site, ``requirements-dev.lock`` (that, and what tests,
linting and benchmarks need) for the others. Syncing installs exactly the
locked versions, checked against their hashes, then the project's own plugin
packages that the lock names (``-e plugins/...``) from their folders, editable
(an edit of their code needs no new install), and removes what the lock does
not list. Later runs reuse ``.venv`` until the lock changes; a venv synced to
the dev lock serves the site as it is, since that lock holds the other.
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCKS = {"site": ROOT / "requirements.lock", "dev": ROOT / "requirements-dev.lock"}
STAMP = VENV / ".synced"
# What the tasks that only serve, build and publish the site need.
SITE_TASKS = {"serve", "build", "publish", "deploy", "clean", "new-part", "--list"}
# Installed with the venv, not listed in the locks that do not need them.
KEEP = {"pip", "setuptools"}


def say(message):
    print(f"dev.py: {message}", flush=True)


def venv_python():
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def create_venv():
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        return
    except (subprocess.CalledProcessError, OSError) as error:
        problem = error
    # Debian and Ubuntu ship venv's pip bootstrap in a separate package.
    # tools/debian.py is plain Python: the same install logic as the tests'.
    from tools import debian

    if debian.can_install():
        version = f"python3.{sys.version_info.minor}-venv"
        say(f"venv needs {version}; installing it with apt-get")
        debian.install(version)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        return
    sys.exit(
        f"dev.py: could not create a virtual environment ({problem}).\n"
        "On Debian or Ubuntu, install it with: "
        f"sudo apt-get install python3.{sys.version_info.minor}-venv"
    )


def package(name):
    """A package's name as pip compares names: ``Jinja2`` is ``jinja2``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def local_packages(lock):
    """The folders of the project's own packages that LOCK installs (``-e path``)."""
    return [
        ROOT / line.removeprefix("-e ").strip()
        for line in lock.read_text().splitlines()
        if line.startswith("-e ")
    ]


def local_name(folder):
    return tomllib.loads((folder / "pyproject.toml").read_text())["project"]["name"]


def locked_names(lock):
    """The names of the packages LOCK pins or installs from a folder."""
    pinned = {
        package(line.split("==")[0])
        for line in lock.read_text().splitlines()
        if "==" in line and not line.startswith((" ", "#"))
    }
    return pinned | {package(local_name(folder)) for folder in local_packages(lock)}


def stamp(kind):
    """What .venv/.synced says once .venv holds the KIND lock as it is now (and
    the metadata of the packages it installs from their folders)."""
    digest = hashlib.sha256(LOCKS[kind].read_bytes())
    for folder in local_packages(LOCKS[kind]):
        digest.update((folder / "pyproject.toml").read_bytes())
    return f"{kind}:{digest.hexdigest()}"


def synced_to(kind):
    """Whether .venv holds what the KIND lock pins, as it pins it now."""
    if not venv_python().exists() or not STAMP.exists():
        return False
    # The dev lock holds the site's.
    return STAMP.read_text() in (stamp(kind), stamp("dev"))


def sync(kind):
    """Make .venv hold exactly what the KIND lock pins, hashes checked."""
    lock = LOCKS[kind]
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check"]
    say(f"installing the pinned dependencies from {lock.name}")
    # pip checks hashes of downloads only: the lock's own folders go apart.
    pinned = VENV / "pinned.txt"
    pinned.write_text(
        "".join(
            line
            for line in lock.read_text().splitlines(keepends=True)
            if not line.startswith("-e ")
        )
    )
    subprocess.run(
        [
            *pip,
            "install",
            "--quiet",
            "--require-hashes",
            "--no-deps",
            "-r",
            str(pinned),
        ],
        check=True,
    )
    folders = local_packages(lock)
    if folders:
        say(f"installing {', '.join(f.name for f in folders)} from plugins/")
        editable = [arg for folder in folders for arg in ("--editable", str(folder))]
        subprocess.run(
            [
                *pip,
                "install",
                "--quiet",
                "--no-deps",
                "--no-build-isolation",
                *editable,
            ],
            check=True,
        )
    listed = subprocess.run(
        [*pip, "list", "--format=json"], check=True, capture_output=True, text=True
    )
    installed = {package(found["name"]) for found in json.loads(listed.stdout)}
    extra = sorted(installed - locked_names(lock) - KEEP)
    if extra:
        say(f"removing what {lock.name} does not list: {', '.join(extra)}")
        subprocess.run([*pip, "uninstall", "--quiet", "--yes", *extra], check=True)
    STAMP.write_text(stamp(kind))


def ensure_environment(kind):
    if synced_to(kind):
        return
    if not venv_python().exists():
        say("creating .venv")
        create_venv()
    sync(kind)


def main(argv):
    os.chdir(ROOT)
    args = argv or ["--list"]
    ensure_environment("site" if args[0] in SITE_TASKS else "dev")
    command = [str(venv_python()), "-m", "invoke", *args]
    return subprocess.run(command).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
