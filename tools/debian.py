"""Install the Debian packages the project needs (venv's pip for dev.py; Chromium,
Java and rsync for the tests), where that
can be done without asking: as root on a machine with apt-get."""

import os
import shutil
import subprocess

_updated = False


def can_install():
    return (
        hasattr(os, "geteuid") and os.geteuid() == 0 and bool(shutil.which("apt-get"))
    )


def install(*packages, recommends=False):
    """Install PACKAGES with apt-get, reading the package lists once per run."""
    global _updated
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if not _updated:
        subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
        _updated = True
    subprocess.run(
        ["apt-get", "install", "-y", "-q", *([] if recommends else
         ["--no-install-recommends"]), *packages],
        check=True, env=env,
    )  # fmt: skip


def ensure_command(command, package):
    """The path of COMMAND, installing PACKAGE first where it is missing and can be."""
    if not shutil.which(command) and can_install():
        install(package)
    found = shutil.which(command)
    if not found:
        raise RuntimeError(
            f"{command} is missing: install the {package} package "
            f"(e.g. sudo apt-get install {package}), then run the tests again."
        )
    return found
