#!/usr/bin/env python3
"""Set up the project and run one of its tasks, on a machine with only Python 3.11+.

    python3 dev.py serve    # build, serve at http://127.0.0.1:8000, live reload
    python3 dev.py test     # the whole test suite, browser tests included

Any other arguments go to invoke (``python3 dev.py --list``). The first run
creates ``.venv`` from the pinned ``requirements.lock``; later runs reuse it until
the lock file changes.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".requirements.sha256"


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
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if is_root and shutil.which("apt-get"):
        version = f"python3.{sys.version_info.minor}-venv"
        say(f"venv needs {version}; installing it with apt-get")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-q", version], check=True, env=env)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        return
    sys.exit(
        f"dev.py: could not create a virtual environment ({problem}).\n"
        "On Debian or Ubuntu, install it with: "
        f"sudo apt-get install python3.{sys.version_info.minor}-venv"
    )


def ensure_environment():
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if venv_python().exists() and STAMP.exists() and STAMP.read_text() == digest:
        return
    if not venv_python().exists():
        say("creating .venv")
        create_venv()
    say("installing the pinned dependencies from requirements.lock")
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "--quiet", "-r", str(LOCK)], check=True)
    STAMP.write_text(digest)


def main(argv):
    os.chdir(ROOT)
    ensure_environment()
    args = argv or ["--list"]
    command = [str(venv_python()), "-m", "invoke", *args]
    return subprocess.run(command).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
