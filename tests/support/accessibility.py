"""axe-core (bundled with axe-playwright-python) run in the page under test."""

from axe_playwright_python.sync_playwright import Axe

_AXE = Axe()


def axe_violations(page):
    """Return a readable line per axe violation on the page; empty when clean."""
    results = _AXE.run(page, options={"resultTypes": ["violations"]})
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"])
        for v in results.response["violations"]
    ]
