"""What finding and installing a browser engine for the tests has in common:
a path the environment gives, or one on the system, and an install with
Debian's packages as root, else with Playwright's own download.
(``chromium.py`` and ``engines.py`` hold what each engine needs.)"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tools import debian


def on_system(variable, names):
    """The path in $VARIABLE if set (None if nothing is there), else the first
    of NAMES on the PATH, else None."""
    override = os.environ.get(variable)
    if override:
        return override if Path(override).exists() else None
    return next(filter(None, map(shutil.which, names)), None)


def install(package, playwright_name):
    """Debian's PACKAGE with its recommended packages (fonts among them, as the
    engine was tried), or Playwright's own PLAYWRIGHT_NAME where apt cannot."""
    if debian.can_install():
        debian.install(package, recommends=True)
    else:
        command = [sys.executable, "-m", "playwright", "install", playwright_name]
        subprocess.run(command, check=True)
