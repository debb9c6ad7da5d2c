"""Only the shared layer's compat.py says a private name of another package
(its checks against the installed packages: plugins/author-report/tests/)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


# Private names of Pelican, Python-Markdown, typogrify and Pyphen that the
# project uses: only compat.py may say them.
PRIVATE = {
    "_content", "_summary", "_md", "_source_path", "_parse_metadata", "_open_w",
    "_get_intrasite_link_regex", "_ignore", "_raised_messages", "HyphDict",
    "hdcache", "FatalLogger", "LimitFilter", "override_url", "override_save_as",
    "argv", "fatal_lvl",
}  # fmt: skip


def test_no_module_but_compat_touches_another_packages_private_parts():
    said = []
    for path in [*ROOT.glob("plugins/**/*.py"), *ROOT.glob("tools/**/*.py")]:
        if path.name == "compat.py" or "tests" in path.relative_to(ROOT).parts:
            continue  # compat, and its checks against the packages
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "attr", None) or getattr(node, "id", None)
            if name in PRIVATE:
                said.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert said == []
