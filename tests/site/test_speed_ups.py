"""The plugin's speed-ups (``SPEED_UPS``: set lookups in listings, addresses
formatted once, templates compiled once, typogrify's faster filters, Markdown
converted in worker processes): the same site, byte for byte, and the same
words for an author's mistake, as without them."""

import filecmp

from tests.support.site import build_with_files, copy_content
from tools.local_site import build

# Every speed-up on, the workers too (the site has fewer than 500 texts).
IN_PARALLEL = ("SPEED_UPS=true", "READ_IN_PARALLEL=true", "READ_IN_PARALLEL_FROM=1")
WITHOUT = ("SPEED_UPS=false",)
PUBLISHED = {"settings": "publishconf.py", "siteurl": "http://127.0.0.1:8000"}

# One more text, with an image the build cannot measure.
MORE = {
    "artikel-mit-bild.md": "Title: Mit Bild\nDate: 2010-05-01\n\n"
    "![Ein Bild](/images/gibt-es-nicht.png)\n\nText.\n",
}


def differences(left, right):
    """Files that differ or exist on one side only, under two folders."""
    found = []
    compared = filecmp.dircmp(left, right)
    stack = [(compared, "")]
    while stack:
        node, prefix = stack.pop()
        found += [f"{prefix}{n}" for n in node.left_only + node.right_only]
        found += [
            f"{prefix}{n}"
            for n in node.common_files
            if not filecmp.cmp(f"{node.left}/{n}", f"{node.right}/{n}", shallow=False)
        ]
        stack += [(child, f"{prefix}{n}/") for n, child in node.subdirs.items()]
    return found


def test_the_site_built_with_the_speed_ups_is_the_site_built_without(tmp_path):
    content = copy_content(tmp_path / "content")
    for name, text in MORE.items():
        (content / name).write_text(text, encoding="utf-8")
    sites = {}
    for name, extra in (("parallel", IN_PARALLEL), ("serial", WITHOUT)):
        sites[name] = build(tmp_path / name, content=content, extra=extra, **PUBLISHED)
        assert sites[name].returncode == 0, sites[name].log
    assert sites["parallel"].page("2010/wie-finde-ich-das-richtige-netzwerk/")
    assert differences(sites["parallel"].output, sites["serial"].output) == []


def test_an_authors_mistake_is_told_the_same_way_in_parallel(tmp_path):
    broken = {
        "kaputt.md": "Title: Kaputt\nDate: 2010-05-02\n\n"
        "::: checklist kaputt\n- Eine Frage?\n    ( ) Ja\n    [ ] Nein\n:::\n"
    }
    logs = {}
    for name, extra in (("parallel", IN_PARALLEL), ("serial", WITHOUT)):
        site = build_with_files(tmp_path / name, broken, extra=extra)
        assert site.returncode == 1
        logs[name] = [line for line in site.log.splitlines() if "kaputt.md" in line]
    assert logs["parallel"] and logs["parallel"] == logs["serial"]
