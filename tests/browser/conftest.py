"""Every test in this folder runs in real headless browsers against a site
served on 127.0.0.1: marked ``browser`` here, once for the folder. Tests that
use Playwright's ``page`` or ``browser`` run in Chromium and in Firefox (the
project's ``--browser`` options); ``test_webkit_browser.py`` drives WebKit.

A test that cannot run in one engine says so, and why, in its marker::

    @pytest.mark.not_in("firefox", why="Playwright cannot switch off ...")
"""

import pathlib

import pytest

HERE = pathlib.Path(__file__).parent


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE not in pathlib.Path(item.fspath).parents:
            continue
        item.add_marker(pytest.mark.browser)
        engine = getattr(item, "callspec", None) and item.callspec.params.get(
            "browser_name"
        )
        for marker in item.iter_markers("not_in"):
            if engine in marker.args:
                item.add_marker(
                    pytest.mark.skip(reason=f"not in {engine}: {marker.kwargs['why']}")
                )
