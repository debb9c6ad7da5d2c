"""What a theme module must be for the bundler (assets.py) to join it: the
module style the theme uses, and nothing the bundle would break. Anything
else is an AssetError that names the file and says what to write instead."""

import re

from pelican.plugins.author_report.errors import AuthorError

IMPORT_RE = re.compile(
    r'^import \{(?P<names>[^}]*)\} from "\./(?P<name>[\w-]+\.js)";\n', re.M
)
# A module loaded when it is first needed: its own file, a "chunk".
LAZY_IMPORT_RE = re.compile(r'\bimport\("\./(?P<name>[\w-]+\.js)"\)')
OTHER_IMPORT_RE = re.compile(r"^\s*import\b|\bimport\s*\(", re.M)
EXPORT_RE = re.compile(r"^export (?=(?:async )?function |const |let |class )", re.M)
EXPORTED_RE = re.compile(
    r"^export (?:async )?(?:function|const|let|class) (?P<name>[\w$]+)", re.M
)
# Browser globals a module may use by name: a top-level name of one module
# would hide them from every other module in the bundle's shared scope.
BROWSER_GLOBALS = frozenset(
    "alert blur close confirm crypto document event fetch find focus frames "
    "history length localStorage location name navigator open opener origin "
    "parent performance print prompt screen scroll self status stop top "
    "window".split()
)
TOP_LEVEL_RE = re.compile(
    r"^(?:export )?(?:async )?(?:function|const|let|class) (?P<name>[\w$]+)", re.M
)


class AssetError(AuthorError):
    """A theme script the bundler cannot join (the theme's author's mistake)."""

    def __init__(self, message):
        super().__init__(
            message, "write it as the theme's other modules are written.", None
        )


def check_import(path, target, names):
    """An import the bundle can keep: names as TARGET exports them, no more."""
    wanted = [name.strip() for name in names.split(",") if name.strip()]
    renamed = [name for name in wanted if " as " in name]
    if renamed:
        raise AssetError(
            f"{path}: a renamed import ({renamed[0]}) cannot be bundled; import "
            "the name as it is exported"
        )
    if not target.exists():
        raise AssetError(f"{path}: imports from {target.name}, which is not there")
    exported = set(EXPORTED_RE.findall(target.read_text(encoding="utf-8")))
    missing = sorted(set(wanted) - exported)
    if missing:
        raise AssetError(
            f"{path}: imports {', '.join(missing)} from {target.name}, which "
            "does not export it"
        )


def declarations(path, rest):
    """REST (a module without its imports) without the word export; an export
    of another form, or a top-level var, cannot share the bundle's scope."""
    if re.search(r"^\s*export\b", EXPORT_RE.sub("", rest), re.M):
        raise AssetError(
            f"{path}: only export before a top-level declaration (export "
            "function, const, let, class) can be bundled"
        )
    if re.search(r"^var\s", rest, re.M):
        raise AssetError(
            f"{path}: a top-level var would merge with another module's in the "
            "bundle's scope; use let or const"
        )
    return EXPORT_RE.sub("", rest)


def check_names(order, taken=None):
    """Top-level names must not hide a browser global or each other."""
    names = dict(taken or {})
    for path, source in order:
        for name in TOP_LEVEL_RE.findall(source):
            if name in BROWSER_GLOBALS:
                raise AssetError(
                    f"{path}: the top-level name {name!r} would hide the browser's "
                    f"own {name!r} from the other modules of the bundle; rename it"
                )
            if name in names:
                raise AssetError(
                    f"{path}: the top-level name {name!r} is also defined in "
                    f"{names[name]}; rename one, they share the bundle's scope"
                )
            names[name] = path
    return names
