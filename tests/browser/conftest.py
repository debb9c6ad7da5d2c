"""Every test in this folder runs in a real headless Chromium against a site
served on 127.0.0.1: marked ``browser`` here, once for the folder."""

import pathlib

import pytest

HERE = pathlib.Path(__file__).parent


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in pathlib.Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
