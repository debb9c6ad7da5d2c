"""Tasks for building, serving, testing and writing the blog (``invoke --list``)."""

import datetime
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from invoke import task

from tools.local_site import pelican_command

ROOT = Path(__file__).resolve().parent
SETTINGS = {"local": "pelicanconf.py", "publish": "publishconf.py"}
CONFIG = {
    "content": "content",
    "output": "output",
    "host": "127.0.0.1",
    "port": 8000,
}
WATCHED = ["content", "theme", "plugins", "pelicanconf.py", "publishconf.py"]


def pelican(settings):
    """The Pelican command line (tools.local_site's) that builds the site with
    SETTINGS ("local" or "publish") into output/, as one string for invoke."""
    return shlex.join(pelican_command(SETTINGS[settings], ROOT / CONFIG["output"]))


@task(help={"port": "the port to serve at (default 8000)"})
def serve(c, port=CONFIG["port"]):
    """Build, serve at http://127.0.0.1:8000 and reload the browser on every change."""
    from tools.preview import serve

    # A failed build (an author's mistake) prints its message and the preview
    # keeps the last good site, so the author can fix the file and save again.
    serve(ROOT, SETTINGS["local"], ROOT / CONFIG["output"], WATCHED,
          host=CONFIG["host"], port=int(port))  # fmt: skip


@task
def build(c):
    """Build the site into output/ with the local settings, once."""
    c.run(pelican("local"), pty=False)


@task
def clean(c):
    """Remove the generated files (output/)."""
    shutil.rmtree(ROOT / CONFIG["output"], ignore_errors=True)


@task
def publish(c):
    """Build the production site into output/ for upload (SITEURL from the env).

    Refuses to build without a usable SITEURL and the owner's details, naming each.
    """
    build_for_publishing(c)


def build_for_publishing(c, settings=None):
    """The publish task's work; SETTINGS, where the caller has read them already."""
    from tools.publishing import publish_refusals

    refusals = publish_refusals(settings=settings)
    if refusals:
        sys.exit(
            "Not published: the site cannot go out without these settings.\n"
            + "\n".join(f"- {refusal}" for refusal in refusals)
        )
    c.run(pelican("publish"), pty=False)
    print(f"Site for {os.environ['SITEURL']} is in output/.")


def deploy_refusal(settings, replace_folder):
    """Why the deploy settings cannot be used as they are, or None."""
    from tools import deploy

    remote, target = settings["DEPLOY_GIT_REMOTE"], settings["DEPLOY_RSYNC_TARGET"]
    if bool(remote) == bool(target):
        given = "both are set" if remote else "both are empty"
        return (
            f"Not deployed: {given}. Fix: set exactly one of them in pelicanconf.py: "
            'DEPLOY_GIT_REMOTE (a git remote, e.g. "origin", for GitHub Pages) or '
            'DEPLOY_RSYNC_TARGET (a server folder, e.g. "user@host:/var/www/blog/").'
        )
    if remote:
        return deploy.branch_refusal(ROOT, remote, settings["DEPLOY_GIT_BRANCH"])
    if not shutil.which("rsync"):
        return (
            "Not deployed: rsync is not installed. Fix: install it (e.g. sudo "
            "apt-get install rsync) or deploy to a git branch instead."
        )
    return deploy.rsync_target_refusal(target, ROOT) or deploy.folder_refusal(
        target, replace=replace_folder
    )


@task(
    help={
        "replace-folder": "let rsync replace a folder that deploy did not write "
        "before (its files are deleted)"
    }
)
def deploy(c, replace_folder=False):
    """Publish, then send output/ to the git branch or the server set in pelicanconf.py.

    With DEPLOY_GIT_REMOTE: commit output/ as the tip of DEPLOY_GIT_BRANCH (if it
    changed) and push it. With DEPLOY_RSYNC_TARGET: copy output/ there with rsync
    over SSH, deleting what the site no longer has. Every target is checked first:
    deploy never replaces a branch or a folder that holds something else
    (tools/deploy.py).
    """
    from tools.deploy import DeployError, commit_site, push_site, rsync_command
    from tools.publishing import read_site_settings

    settings = read_site_settings(SETTINGS["publish"])
    try:
        refusal = deploy_refusal(settings, replace_folder)
        if refusal:
            sys.exit(refusal)
        # Refuses, or stops on a failed build: then nothing is deployed.
        build_for_publishing(c, settings)
        output = ROOT / CONFIG["output"]
        target = settings["DEPLOY_RSYNC_TARGET"]
        if target:
            c.run(shlex.join(rsync_command(output, target)), pty=False)
            return
        remote, branch = settings["DEPLOY_GIT_REMOTE"], settings["DEPLOY_GIT_BRANCH"]
        message = f"Publish the site for {os.environ['SITEURL']}"
        if commit_site(ROOT, output, remote, branch, message) is None:
            print(f"The site has not changed since the last deploy to {branch}.")
        push_site(ROOT, remote, branch)
    except DeployError as error:
        sys.exit(str(error))


@task(
    help={
        "series": "the series' name, as in content/series/<name>.toml",
        "title": "the new part's title",
        "content": "the content folder (default: content)",
    }
)
def new_part(c, series, title, content=None):
    """Create the next part of a series as a draft and print its path."""
    from pelican.settings import DEFAULT_CONFIG
    from pelican.utils import slugify

    from tools.authoring import (
        NoSlug,
        SeriesNotDescribed,
        described_series,
        next_part_number,
        part_slug,
    )

    content = Path(content or ROOT / CONFIG["content"])
    try:
        series = described_series(content, series)
        number = next_part_number(content, series)
        slug = part_slug(title, slugify, DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])
    except (SeriesNotDescribed, NoSlug) as problem:
        sys.exit(str(problem))
    path = content / f"{series}-teil-{number}.md"
    if path.exists():
        sys.exit(f"{path} exists already; not overwriting it.")
    today = datetime.date.today().isoformat()
    path.write_text(
        f"Title: {title}\n"
        f"Date: {today}\n"
        f"Slug: {slug}\n"
        f"Series: {series}\n"
        f"Series_index: {number}\n"
        "Status: draft\n"
        "Summary: Ein Satz für die Startseite und den Feed.\n"
        "\n"
        "Hier beginnt der Text.\n",
        encoding="utf-8",
    )
    print(path)


@task(help={"runs": "builds per variant (default 5)"})
def bench(c, runs=5):
    """Benchmark: the build (series, vs plain Pelican, growth, search index), edits."""
    c.run(f"{shlex.quote(sys.executable)} -m benchmarks.build_time all --runs {runs}")
    c.run(f"{shlex.quote(sys.executable)} -m benchmarks.edit_latency")


@task
def lighthouse(c):
    """Run Lighthouse on home, Part II and the search page; print the four scores."""
    import json

    from tools.chromium import LAUNCH_ARGS, find_chromium
    from tools.local_site import build, free_port, serve

    tool = ROOT / "tools" / "lighthouse"
    if not shutil.which("npm"):
        sys.exit("Lighthouse needs Node.js and npm (e.g. apt-get install nodejs npm).")
    if not (tool / "node_modules" / ".bin" / "lighthouse").exists():
        c.run(f"npm ci --prefix {shlex.quote(str(tool))} --no-audit --no-fund")
    chromium, _kind = find_chromium()
    if chromium is None:
        from tools.chromium import playwright_chromium

        chromium = playwright_chromium()
    port = free_port()
    with tempfile.TemporaryDirectory() as out:
        site = build(out, "publishconf.py", siteurl=f"http://127.0.0.1:{port}")
        if site.returncode:
            sys.exit(site.log)
        with serve(site.output, port) as base:
            pages = (
                ("Home", ""),
                ("Part II", "2010/wie-finde-ich-das-richtige-netzwerk/"),
                ("Search", "suche/?q=Netzwerk"),
            )
            for name, url in pages:
                report = Path(out) / "report.json"
                flags = " ".join(["--headless=new", *LAUNCH_ARGS])
                subprocess.run(
                    [str(tool / "node_modules" / ".bin" / "lighthouse"),
                     f"{base}/{url}", "--quiet", "--output=json",
                     f"--output-path={report}", f"--chrome-flags={flags}"],
                    check=True, env=dict(os.environ, CHROME_PATH=chromium),
                )  # fmt: skip
                categories = json.loads(report.read_text())["categories"]
                scores = ", ".join(
                    f"{c['title']} {round(c['score'] * 100)}"
                    for c in categories.values()
                )
                print(f"{name}: {scores}")


def ensure_test_tools():
    """Install what the tests need besides Python packages, where it is missing:
    headless Chromium and Firefox, WebKitGTK's WebDriver with Xvfb, Java for
    the Nu HTML Checker, rsync for deploying."""
    from tools.chromium import ensure_chromium
    from tools.debian import ensure_command
    from tools.engines import ensure_firefox, ensure_webkit
    from tools.java import ensure_java

    print(f"Chromium for the browser tests: {ensure_chromium()}")
    print(f"Firefox for the browser tests: {ensure_firefox()}")
    print(f"WebKit for the browser tests: {ensure_webkit()}")
    print(f"Java for the HTML checker: {ensure_java()}")
    print(f"rsync for the deploy tests: {ensure_command('rsync', 'rsync')}")


@task(
    help={
        "k": "run only the tests whose names match this pytest -k expression",
        "show": "print what the tests print (budgets, figures); one after another",
    },
)
def test(c, k="", show=False):
    """Run the whole test suite, browser tests included, on every core."""
    ensure_test_tools()
    selection = f"-k {shlex.quote(k)}" if k else ""
    spread = "-s -n 0" if show else "-n auto"
    c.run(f"{shlex.quote(sys.executable)} -m pytest {spread} {selection}", pty=False)


# The project's own plugins as packages (python3 dev.py installs them
# editable, after the pinned dependencies; flit_core, pinned, builds them).
LOCAL_PACKAGES = """\
# The project's own plugin packages, installed from their folders (editable):
-e plugins/author-report
-e plugins/checklist
-e plugins/series-parts
"""


@task(help={"upgrade": "let dependencies that pyproject.toml does not pin move up"})
def lock(c, upgrade=False):
    """Write both locks from pyproject.toml, with hashes (pip-tools)."""
    compile_ = [
        sys.executable, "-m", "piptools", "compile", "--quiet", "--generate-hashes",
        "--allow-unsafe", "--strip-extras", "--no-emit-index-url",
        "--no-emit-find-links", "--annotation-style", "line",
        *(["--upgrade"] if upgrade else []),
    ]  # fmt: skip
    env = {"CUSTOM_COMPILE_COMMAND": "python3 dev.py lock"}
    # The development lock first; the site's takes the same versions from it.
    c.run(shlex.join([*compile_, "--extra", "test", "-o", "requirements-dev.lock",
                      "pyproject.toml"]), env=env)  # fmt: skip
    c.run(shlex.join([*compile_, "-c", "requirements-dev.lock", "-o",
                      "requirements.lock", "pyproject.toml"]), env=env)  # fmt: skip
    # The project's own plugin packages, installed from their folders.
    for lock in ("requirements-dev.lock", "requirements.lock"):
        with open(lock, "a", encoding="utf-8") as file:
            file.write(LOCAL_PACKAGES)


@task
def lint(c):
    """Check the code with ruff (style and formatting)."""
    c.run(f"{shlex.quote(sys.executable)} -m ruff check .")
    c.run(f"{shlex.quote(sys.executable)} -m ruff format --check .")
