"""The plugins' structure: which module may import which, and in what order
they are connected to Pelican's signals.

Four rooms: ``pelican-author-report`` (the report and the shared layer), the
checklist (``pelican-checklist``) and the series (``pelican-series-parts``),
each a package of its own, and the site's own plugin (``plugins/guide``),
whose features each stand alone. A module imports its own room and the shared
layer, never another room; the shared layer imports no room; ``guide`` and
``guide.plugin`` alone wire the site's features together. Imports inside
functions count.
"""

import ast
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / "plugins"
SHARED = "pelican.plugins.author_report"
PACKAGES = {
    SHARED: "author report",
    "pelican.plugins.checklist": "checklist",
    "pelican.plugins.series_parts": "series",
}
# The site's features that are one room with a helper of their own.
SITE = {"prereading": "reader", "assets_rules": "assets"}
WIRING = {"guide", "guide.plugin"}


def module_name(path):
    """The dotted name of the module at PATH, as it is imported."""
    inside = path.relative_to(PLUGINS).parts
    if inside[0] != "guide":  # a package: plugins/<folder>/pelican/plugins/...
        inside = inside[1:]
    parts = Path(*inside).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules():
    """Every module of the project's plugins, by name: its path."""
    found = {}
    for path in sorted(PLUGINS.rglob("*.py")):
        if "tests" not in path.relative_to(PLUGINS).parts:
            found[module_name(path)] = path
    return found


def room(module):
    for package, name in PACKAGES.items():
        if module == package or module.startswith(f"{package}."):
            return name
    if module in WIRING:
        return "wiring"
    feature = module.removeprefix("guide.").split(".")[0]
    return f"site: {SITE.get(feature, feature)}"


def imports_of(name, path, known):
    """The project's modules that the module NAME at PATH imports, anywhere."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *filter(None, [node.module])])
            else:
                target = node.module or ""
            # ``from . import x``: x may be a module of the package.
            found.update(f"{target}.{a.name}" for a in node.names)
            if node.module:
                found.add(target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {target for target in found if target in known} - {name}


def graph():
    known = modules()
    return {name: imports_of(name, path, known) for name, path in known.items()}


def test_the_graph_is_read():
    # The reader of imports finds what is certainly there, so that the rules
    # below cannot pass on an empty graph.
    found = graph()
    assert f"{SHARED}.errors" in found["pelican.plugins.checklist.model"]
    linking = found["pelican.plugins.series_parts.linking"]
    assert "pelican.plugins.series_parts.model" in linking
    assert f"{SHARED}.sources" in found["guide.prereading"]  # inside a function
    assert "guide.reader" in found["guide.plugin"]
    assert len(found) > 40


def test_no_room_imports_another_and_the_shared_layer_imports_no_room():
    crossings = [
        f"{module} ({room(module)}) imports {target} ({room(target)})"
        for module, targets in graph().items()
        if room(module) != "wiring"
        for target in sorted(targets)
        if room(target) not in ("author report", room(module))
    ]
    assert crossings == []


def test_no_module_imports_itself_through_others():
    edges = graph()
    cycles = set()

    def visit(module, path):
        for target in sorted(edges.get(module, ())):
            if target in path:
                cycle = path[path.index(target) :]
                start = cycle.index(min(cycle))
                cycles.add(" -> ".join([*cycle[start:], *cycle[:start], min(cycle)]))
            elif len(path) < len(edges):
                visit(target, [*path, target])

    for module in edges:
        visit(module, [module])
    assert sorted(cycles) == []


def fresh_python(code):
    """What CODE prints as JSON, run in a Python of its own (no module loaded,
    no receiver connected by another test), in the project's folder."""
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, 'plugins')\n{code}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def loaded_by(statement):
    """The modules that STATEMENT loads."""
    code = f"import json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    return set(fresh_python(code))


@pytest.mark.parametrize(
    ("package", "other_rooms", "other_libraries"),
    [
        ("pelican.plugins.series_parts", {"checklist"}, {"pyphen"}),
        ("pelican.plugins.checklist", {"series"}, {"babel"}),
        (SHARED, {"checklist", "series"}, {"pyphen", "babel"}),
    ],
)
def test_importing_a_plugin_loads_nothing_of_another(
    package, other_rooms, other_libraries
):
    # The package with the modules its register() connects.
    loaded = loaded_by(f"import {package} as plugin\nplugin.register()")
    assert package in loaded
    ours = {room(m) for m in loaded if m.startswith(("pelican.plugins.", "guide"))}
    assert ours & other_rooms == set()
    assert {m.split(".")[0] for m in loaded} & other_libraries == set()
    assert not any(m.startswith("guide") for m in loaded)


def test_the_markdown_extension_needs_no_pelican_build():
    loaded = loaded_by("import pelican.plugins.checklist.extension")
    assert "pelican.plugins.checklist.extension" in loaded
    build_parts = {"pelican.plugins.checklist.checklist", f"{SHARED}.report"}
    assert build_parts & loaded == set()


def test_the_build_report_is_connected_first_and_last():
    # Pelican calls the receivers of a signal in the order they were
    # connected (it gives blinker an ordered set): the report must start
    # before any plugin reports, and stop the build only after every plugin
    # has. Each plugin starts the report in its register(), whatever the
    # order of PLUGINS; the report connects its stops once the build starts.
    code = """
import json
from pelican import Pelican
from pelican.plugins import signals
from pelican.settings import read_settings
for plugins in (["guide", "checklist", "series_parts"], ["series_parts", "guide"]):
    Pelican(read_settings("pelicanconf.py", override={"PLUGINS": plugins}))
def names(signal):
    return [f"{r.__module__}.{r.__qualname__}" for r in signal.receivers_for(None)]
print(json.dumps({name: names(getattr(signals, name)) for name in
      ("initialized", "all_generators_finalized", "finalized")}))
"""
    order = fresh_python(code)
    report = f"{SHARED}.report"
    assert order["initialized"][0] == f"{report}.start_report"
    assert len(order["initialized"]) > 3
    for signal in ("all_generators_finalized", "finalized"):
        assert order[signal][-1] == f"{report}.stop_if_mistakes", signal
        assert len(order[signal]) > 1, signal


@pytest.mark.parametrize(
    ("folder", "files"),
    [
        ("author-report", ["pelican/plugins/author_report/report.py"]),
        (
            "checklist",
            [
                "pelican/plugins/checklist/extension.py",
                "pelican/plugins/checklist/static/js/checklist.js",
                "pelican/plugins/checklist/static/css/worksheet.css",
                "pelican/plugins/checklist/standalone/css/checklist.css",
                "pelican/plugins/checklist/templates/worksheet.html",
                "pelican/plugins/checklist/templates/checklist/worksheet_article.html",
            ],
        ),
        (
            "series-parts",
            [
                "pelican/plugins/series_parts/linking.py",
                "pelican/plugins/series_parts/templates/series.html",
            ],
        ),
    ],
)
def test_each_plugin_builds_a_wheel_that_ships_its_files(tmp_path, folder, files):
    # What `pip install ./plugins/<folder>` installs for anyone: the module in
    # Pelican's namespace, its script, styles and templates, no compiled files.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
         "--no-build-isolation", "--wheel-dir", str(tmp_path), str(PLUGINS / folder)],
        check=True, capture_output=True,
    )  # fmt: skip
    [wheel] = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert [name for name in files if name not in names] == []
    assert not any("__pycache__" in name or name.startswith("tests/") for name in names)
    # A namespace package: Pelican's own pelican/ and pelican/plugins/ stay.
    assert {"pelican/__init__.py", "pelican/plugins/__init__.py"} & set(names) == set()
