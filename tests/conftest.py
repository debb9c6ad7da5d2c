"""Shared fixtures: the site built once per session, served on 127.0.0.1."""

import os
from pathlib import Path

import pytest

from tests.support.site import ODD_CHECKLISTS, build_with_files
from tools.chromium import LAUNCH_ARGS, ChromiumMissing, find_chromium
from tools.engines import EngineMissing, firefox_launch_args
from tools.local_site import build, free_port, serve


@pytest.fixture(scope="session")
def local_site(tmp_path_factory):
    """The site built with pelicanconf.py, as an author previews it."""
    site = build(tmp_path_factory.mktemp("local"))
    assert site.returncode == 0, site.log
    return site


@pytest.fixture(scope="session")
def published_site(tmp_path_factory):
    """The site built with publishconf.py for its address on 127.0.0.1, and served."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    site = build(
        tmp_path_factory.mktemp("published"), "publishconf.py", siteurl=base_url
    )
    assert site.returncode == 0, site.log
    site.base_url = base_url
    with serve(site.output, port):
        yield site


@pytest.fixture(scope="session")
def odd_site(tmp_path_factory):
    """The published site plus odd but valid checklists (see ODD_CHECKLISTS)."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    site = build_with_files(
        tmp_path_factory.mktemp("odd"),
        ODD_CHECKLISTS,
        "publishconf.py",
        siteurl=base_url,
    )
    assert site.returncode == 0, site.log
    site.base_url = base_url
    with serve(site.output, port):
        yield site


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, browser_name):
    """Launch Debian's Chromium or Firefox ESR where there is one, Playwright's
    own otherwise."""
    try:
        if browser_name == "firefox":
            return {**browser_type_launch_args, **firefox_launch_args()}
        path, _kind = find_chromium()
    except (ChromiumMissing, EngineMissing) as missing:
        # Never skip: without a browser the suite has not passed.
        pytest.fail(str(missing))
    args = {**browser_type_launch_args, "args": LAUNCH_ARGS}
    if path:
        args["executable_path"] = path
    return args


@pytest.fixture
def site_url(published_site):
    """Turn a site-relative URL into the served address."""
    return lambda url="": f"{published_site.base_url}/{url}"


@pytest.fixture
def evidence(tmp_path):
    """Where a test leaves what a person may want to look at (screenshots, the
    printed worksheet as PDF): ``$EVIDENCE_DIR`` if set, else its tmp_path."""
    folder = Path(os.environ.get("EVIDENCE_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
