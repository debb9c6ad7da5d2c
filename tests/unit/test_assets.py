"""The bundler that ships the theme's scripts as one file per page: what it joins,
and the module styles it refuses with the file named."""

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from guide import assets
from guide.assets import (
    DEFAULTS,
    AssetError,
    MinifyingWriter,
    build_assets,
    bundle,
    finish_writing,
)


def modules(folder, **sources):
    for name, source in sources.items():
        (folder / f"{name}.js").write_text(source, encoding="utf-8")
    return folder


def test_an_entry_is_joined_with_what_it_imports_in_order(tmp_path):
    modules(
        tmp_path,
        a="export const one = 1;\n",
        b='import { one } from "./a.js";\nexport function two() { return one + 1; }\n',
        main='import { two } from "./b.js";\nconsole.log(two());\n',
    )
    code, chunks, files = bundle(tmp_path / "main.js")
    assert [path.name for path in files] == ["a.js", "b.js", "main.js"]
    assert chunks == {}
    assert "import" not in code and "export" not in code
    assert code.index("const one") < code.index("function two") < code.index("log(")


@pytest.mark.parametrize(
    ("sources", "said"),
    [
        (
            {
                "a": "export const one = 1;\n",
                "main": 'import { one as uno } from "./a.js";\n',
            },
            "a renamed import (one as uno) cannot be bundled",
        ),
        (
            {"a": "export const one = 1;\n", "main": 'import { two } from "./a.js";\n'},
            "imports two from a.js, which does not export it",
        ),
        (
            {"main": 'import { one } from "./fehlt.js";\n'},
            "imports from fehlt.js, which is not there",
        ),
        (
            {"a": "export default 1;\n", "main": 'import("./a.js");\n'},
            "only export before a top-level declaration",
        ),
        (
            {"main": "const one = 1;\nexport { one };\n"},
            "only export before a top-level declaration",
        ),
        (
            {"main": "var one = 1;\n"},
            "a top-level var would merge",
        ),
        (
            {
                "a": "export const name = 1;\n",
                "main": 'import { name } from "./a.js";\n',
            },
            "the top-level name 'name' would hide the browser's own 'name'",
        ),
        (
            {
                "a": "export function history() {}\n",
                "main": 'import { history } from "./a.js";\n',
            },
            "would hide the browser's own 'history'",
        ),
        (
            {"a": "const x = 1;\n", "main": 'import {} from "./a.js";\nconst x = 2;\n'},
            "the top-level name 'x' is also defined in",
        ),
        (
            {"main": "const shared = 1;\n"},
            "the top-level name 'shared' is also defined in the bundle itself",
        ),
        (
            {"main": "import(location.hash);\n"},
            "only single-line relative imports",
        ),
        (
            {
                "a": "export const one = 1;\n",
                "main": 'import { one } from "./a.js";\nimport("./a.js");\n',
            },
            "both at once and lazily",
        ),
        (
            {
                "a": 'import("./b.js");\n',
                "b": "export const two = 2;\n",
                "main": 'import("./a.js");\n',
            },
            "a lazily loaded module cannot load another",
        ),
        (
            {
                "x": "export const x = 1;\n",
                "a": 'import { x } from "./x.js";\nexport const a = x;\n',
                "b": 'import { x } from "./x.js";\nexport const b = x;\n',
                "main": 'import("./a.js");\nimport("./b.js");\n',
            },
            "shares a module with another lazily loaded one",
        ),
        (
            {
                "a": 'import {} from "./main.js";\n',
                "main": 'import {} from "./a.js";\n',
            },
            "circular import",
        ),
    ],
    ids=[
        "renamed",
        "not-exported",
        "missing-file",
        "export-default",
        "export-list",
        "top-level-var",
        "global-name",
        "global-history",
        "twice",
        "bundle-export-name",
        "computed-import",
        "static-and-lazy",
        "lazy-in-lazy",
        "lazy-share-a-module",
        "circular",
    ],
)
def test_a_module_the_bundler_cannot_join_is_named(tmp_path, sources, said):
    modules(tmp_path, **sources)
    with pytest.raises(AssetError) as raised:
        bundle(tmp_path / "main.js")
    assert said in str(raised.value)
    assert ".js" in str(raised.value)


def test_a_lazy_module_is_a_chunk_that_borrows_what_the_bundle_holds(tmp_path):
    modules(
        tmp_path,
        shared="export const state = { count: 0 };\n"
        "export const add = () => state.count++;\n",
        helper="export const double = (n) => n * 2;\n",
        tool='import { state } from "./shared.js";\n'
        'import { double } from "./helper.js";\n'
        "export const report = () => double(state.count);\n",
        main='import { add } from "./shared.js";\nadd();\n'
        'import("./tool.js").then((m) => console.log(m.report()));\n',
    )
    code, chunks, files = bundle(tmp_path / "main.js")
    names = [path.name for path in files]
    assert names == ["shared.js", "main.js", "helper.js", "tool.js"]
    # The bundle hands out what the chunk takes from it: one module, one state.
    assert code.startswith("export const shared = (() => {")
    assert code.rstrip().endswith("return { state };\n})();")
    assert 'import("./tool.js")' in code
    (chunk,) = chunks.values()
    assert chunk.startswith('import { shared } from "./main.js";\n')
    assert "const { state } = shared;" in chunk
    assert "const double" in chunk and "state = {" not in chunk
    assert chunk.rstrip().endswith("export { report };")


def test_an_entry_that_another_entry_imports_stays_as_its_own_bundle(tmp_path):
    folder = tmp_path / "theme" / "js"
    folder.mkdir(parents=True)
    modules(
        folder,
        shared='export const part = 1;\nconsole.log("shared", part);\n',
        helper="export const help = 2;\n",
        page='import { part } from "./shared.js";\n'
        'import { help } from "./helper.js";\n'
        "console.log(part + help);\n",
    )
    settings = {
        **DEFAULTS,
        "ASSETS_JS_BUNDLES": ["theme/js/page.js", "theme/js/shared.js"],
        "ASSETS_MINIFY_CSS": False,
    }
    build_assets(SimpleNamespace(settings=settings, output_path=str(tmp_path)))
    assert sorted(p.name for p in folder.iterdir()) == ["page.js", "shared.js"]
    page = (folder / "page.js").read_text()
    shared = (folder / "shared.js").read_text()
    assert page.startswith("(()=>{") and '"shared"' in page
    assert shared.startswith("(()=>{") and "import" not in shared


def test_pages_are_minified_in_the_background_other_files_kept_as_written(tmp_path):
    writer = MinifyingWriter(str(tmp_path), settings={})
    for name, text in [("a.html", "<p>\n  Eins\n</p>\n"), ("b.xml", "<x>\n  2\n</x>")]:
        with writer._open_w(str(tmp_path / name), "utf-8") as file:
            file.write(text)
    finish_writing(None)
    assert (tmp_path / "a.html").read_text() == "<p>Eins"
    assert (tmp_path / "b.xml").read_text() == "<x>\n  2\n</x>"  # only pages


def test_a_page_the_background_thread_cannot_write_fails_the_build(
    tmp_path, monkeypatch
):
    def broken(mediatype, text):
        raise OSError("No space left on device")

    writer = MinifyingWriter(str(tmp_path), settings={})
    monkeypatch.setattr(assets.minify, "string", broken)
    with writer._open_w(str(tmp_path / "a.html"), "utf-8") as file:
        file.write("<p>Eins</p>")
    with pytest.raises(OSError, match="No space left"):
        finish_writing(None)


def test_only_the_entry_scripts_run_code_when_loaded():
    # A module of functions does nothing when imported; only the scripts a
    # page loads (the bundles' entries) say what runs and when. So any module
    # may be imported by another, bundled or not, without side effects.
    from tools.local_site import ROOT

    entries = {Path(entry).name for entry in assets.DEFAULTS["ASSETS_JS_BUNDLES"]}
    folders = [
        ROOT / "theme/static/js",
        ROOT / "plugins/checklist/pelican/plugins/checklist/static/js",
    ]
    declaration = re.compile(
        r"^(?:import|export|const|let|function|async function|class)\b|^[\s/}\])*]|^$"
    )
    running = {}
    for path in (p for folder in folders for p in folder.glob("*.js")):
        lines = path.read_text(encoding="utf-8").splitlines()
        code = [line for line in lines if not declaration.match(line)]
        if code:
            running[path.name] = code
    assert set(running) == entries  # every entry runs, no other module does
