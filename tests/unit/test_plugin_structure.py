"""The plugin's structure: which module may import which, and in what order
its features are connected to Pelican's signals.

The layers (``LAYERS``): the shared core that every feature may use, the
checklist, the series, and the site's own features. A feature imports the
core and itself, never another feature; the core imports no feature;
``plugin.py`` alone wires them all together. Imports inside functions count.
"""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PLUGIN = Path(__file__).resolve().parents[2] / "plugins" / "guide"

CORE = {
    "author_errors",
    "build_report",
    "compat",
    "dates",
    "settings",
    "sources",
    "text",
}
CHECKLIST = {"checklist", "hyphenation"}  # and every checklist_* module
SITE = {
    "reader": {"reader", "prereading"},
    "assets": {"assets", "assets_rules"},
}


def layer(module):
    """The layer of guide.MODULE: "core", "checklist", "series", or the name
    of one of the site's features."""
    name = module.removeprefix("guide.")
    top = name.split(".")[0]
    if top in CORE:
        return "core"
    if top in CHECKLIST or top.startswith("checklist_"):
        return "checklist"
    if top == "series":
        return "series"
    return next((room for room, names in SITE.items() if top in names), top)


def module_name(path):
    parts = path.relative_to(PLUGIN.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path):
    """The modules of guide that the module at PATH imports, anywhere in it."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")
            base = base[: len(base) - node.level + 1]
            target = ".".join([*base, *([node.module] if node.module else [])])
            targets = [target] if node.module else []
            # ``from . import x``: x may be a module of the package.
            for alias in node.names:
                if (
                    (PLUGIN.parent / f"{target}.{alias.name}".replace(".", "/"))
                    .with_suffix(".py")
                    .exists()
                ):
                    targets.append(f"{target}.{alias.name}")
            found.update(targets or [target])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "guide"
        ):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("guide"))
    return found - {name}


def graph():
    return {
        module_name(path): imports_of(path)
        for path in sorted(PLUGIN.rglob("*.py"))
        if module_name(path) not in ("guide", "guide.plugin")
    }


def test_the_graph_is_read():
    # The reader of imports finds what is certainly there, so that the rules
    # below cannot pass on an empty graph.
    found = graph()
    assert "guide.author_errors" in found["guide.checklist_model"]
    assert "guide.series.model" in found["guide.series.linking"]
    assert "guide.sources" in found["guide.prereading"]  # inside a function
    assert len(found) > 35


def test_no_feature_imports_another_and_the_core_imports_no_feature():
    crossings = [
        f"{module} ({layer(module)}) imports {target} ({layer(target)})"
        for module, targets in graph().items()
        for target in sorted(targets)
        if layer(target) not in ("core", layer(module))
    ]
    assert crossings == []


def test_no_module_imports_itself_through_others():
    edges = graph()
    cycles = []

    def visit(module, path):
        for target in sorted(edges.get(module, ())):
            if target in path:
                cycles.append(" -> ".join([*path[path.index(target) :], target]))
            elif len(path) < len(edges):
                visit(target, [*path, target])

    for module in edges:
        visit(module, [module])
    assert cycles == []


def fresh_python(code):
    """What CODE prints as JSON, run in a Python of its own (no module loaded,
    no receiver connected by another test), with the plugin importable."""
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, 'plugins')\n{code}"],
        cwd=PLUGIN.parents[1],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def loaded_by(statement):
    """The modules of guide, and the third-party packages, that STATEMENT loads."""
    return set(
        fresh_python(
            f"import json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
        )
    )


def test_importing_the_series_loads_nothing_of_the_checklist():
    loaded = loaded_by("import guide.series")
    assert "guide.series.linking" in loaded
    assert [
        m for m in loaded if layer(m) == "checklist" and m.startswith("guide")
    ] == []
    assert "pyphen" not in loaded


@pytest.mark.parametrize("module", ["guide.checklist_markdown", "guide.text"])
def test_the_markdown_layer_and_the_text_stand_without_pelican(module):
    loaded = loaded_by(f"import {module}")
    assert module in loaded
    assert [m for m in loaded if m.split(".")[0] == "pelican"] == []


def test_the_build_report_is_connected_first_and_last():
    # Pelican calls the receivers of a signal in the order they were
    # connected (it gives blinker an ordered set): the report must start
    # before any feature reports, and stop the build only after every
    # feature has.
    code = """
import json
from pelican.plugins import signals
import guide
guide.register()
def names(signal):
    return [f"{r.__module__}.{r.__qualname__}" for r in signal.receivers_for(None)]
print(json.dumps({name: names(getattr(signals, name)) for name in
      ("initialized", "all_generators_finalized", "finalized")}))
"""
    order = fresh_python(code)
    assert order["initialized"][0] == "guide.build_report.start_report"
    assert len(order["initialized"]) > 3
    for signal in ("all_generators_finalized", "finalized"):
        assert order[signal][-1] == "guide.build_report.stop_if_mistakes", signal
        assert len(order[signal]) > 1, signal
