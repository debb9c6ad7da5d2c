"""The project's own hygiene: pinned dependencies, clean lint, documented tasks."""

import re
import subprocess
import sys
import tomllib

from tests.site import ROOT


def _locked():
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[name.lower().replace("_", "-")] = version
    return pins


def test_every_declared_dependency_is_pinned_in_the_lock():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = project["dependencies"] + project["optional-dependencies"]["test"]
    pins = _locked()
    for requirement in declared:
        name, _, version = requirement.partition("==")
        assert pins.get(name.lower()) == version, f"{requirement} not in the lock"


def test_ruff_is_clean():
    for args in (["check", "."], ["format", "--check", "."]):
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_tasks_read_like_a_menu_each_saying_one_thing():
    done = subprocess.run(
        [sys.executable, "-m", "invoke", "--list"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    # "  name   Docstring …", continued on lines indented further.
    listed = dict(re.findall(r"^  (\S+) +(\S.*)$", done.stdout, re.M))
    menu = {
        # for authors
        "serve", "new-part", "build", "publish", "deploy", "clean",
        # for developers
        "test", "lint", "bench", "lighthouse",
    }  # fmt: skip
    assert set(listed) == menu
    assert all(listed.values())  # each with its docstring
