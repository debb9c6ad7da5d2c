"""The project's own hygiene: pinned dependencies, clean lint, documented tasks."""

import ast
import itertools
import re
import subprocess
import sys
import tomllib

from tests.support.site import ROOT

PIN_RE = re.compile(r"^(?P<name>[A-Za-z0-9_.-]+)==(?P<version>\S+) \\$", re.M)


def _locked(name):
    """``{package: (version, hashes)}`` of a lock, names normalized."""
    text = (ROOT / name).read_text()
    starts = [*PIN_RE.finditer(text), None]
    pins = {}
    for match, following in itertools.pairwise(starts):
        block = text[match.end() : following.start() if following else len(text)]
        package = re.sub(r"[-_.]+", "-", match["name"]).lower()
        pins[package] = (match["version"], re.findall(r"--hash=sha256:\w+", block))
    return pins


def test_both_locks_pin_what_pyproject_declares_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    site, dev = _locked("requirements.lock"), _locked("requirements-dev.lock")
    for lock, declared in (
        (site, project["dependencies"]),
        (dev, project["dependencies"] + project["optional-dependencies"]["test"]),
    ):
        for requirement in declared:
            name, _, version = requirement.partition("==")
            assert lock.get(name.lower(), ("",))[0] == version, requirement
    for name, (version, hashes) in {**site, **dev}.items():
        assert hashes, f"{name}=={version} without a hash"
    # Serving the site installs no test tool; the dev lock holds the site's.
    assert not {"playwright", "hypothesis", "ruff", "pytest"} & set(site)
    assert all(dev[name][0] == version for name, (version, _) in site.items())


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
        "test", "lint", "bench", "lighthouse", "lock",
    }  # fmt: skip
    assert set(listed) == menu
    assert all(listed.values())  # each with its docstring


def test_the_plugins_keep_small_rooms():
    # A newcomer reads a module at one sitting and a function at one glance:
    # about 300 lines and 40 lines at most (a little slack for a docstring).
    # Their tests, tables of cases, are measured as the site's are: not.
    too_big = []
    plugins = ROOT / "plugins"
    found = sorted(
        path
        for path in plugins.rglob("*.py")
        if "tests" not in path.relative_to(plugins).parts
    )
    assert len(found) > 40  # the four plugins, read
    for path in found:
        source = path.read_text(encoding="utf-8")
        if len(source.splitlines()) > 320:
            too_big.append(f"{path.name}: {len(source.splitlines())} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > 50:
                    too_big.append(f"{path.name}: {node.name}() {length} lines")
    assert too_big == []
