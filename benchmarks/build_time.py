"""Build-time benchmarks (not tests): medians over alternating runs.

    python -m benchmarks.build_time series   # ours with and without the series
    python -m benchmarks.build_time plain    # ours vs plain Pelican, 2,000 and 8,000
    python -m benchmarks.build_time scale    # 1,000 / 2,000 / 4,000 / 8,000 articles
    python -m benchmarks.build_time search   # the search index at 500 / 1,000 / 2,000
    python -m benchmarks.build_time all

Each variant is a settings file of its own, written next to the generated
content: Pelican keeps only the last ``-e`` option, so overrides on the command
line cannot describe a variant. Every variant builds the same content, with
``publishconf.py``'s URLs, pagination, feeds and typogrify, in a fresh output
folder, in a separate process, alternating variants so that the machine's noise
hits all of them alike. Before any figure is printed, the benchmark checks what
each variant built (:func:`check_output`): plain Pelican must show nothing of our
theme or plugin, ours all of it; otherwise it refuses to report.

Medians of wall-clock and CPU time (user + system of the build process, less
sensitive to a busy machine) and their ratios are printed.
"""

import argparse
import gzip
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic_site import write_site
from tools.local_site import pelican_command

ROOT = Path(__file__).resolve().parent.parent
SITEURL = "https://bench.invalid"

OURS = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from publishconf import *  # noqa: F403
THEME = {str(ROOT / "theme")!r}
PLUGIN_PATHS = [{str(ROOT / "plugins")!r}]
"""
# Every plugin of the site but the series.
WITHOUT_SERIES = (
    OURS
    + """
PLUGINS = ["guide", "checklist"]
"""
)
# Plain Pelican: its default theme, no plugin, Jinja's defaults; everything else
# (URLs, pagination, feeds, typogrify, Markdown) as ours.
PLAIN = (
    OURS
    + """
THEME = "notmyidea"
PLUGINS = []
PLUGIN_PATHS = []
DIRECT_TEMPLATES = ["index", "archives", "categories", "tags"]
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "extensions": []}
"""
)
VARIANTS = {"ours": OURS, "ours without series": WITHOUT_SERIES, "plain Pelican": PLAIN}


class WrongBaseline(RuntimeError):
    """A variant did not build what it stands for: its figure would be false."""


def _has_checklist_form(output):
    return any("data-checklist=" in p.read_text(encoding="utf-8")
               for p in output.rglob("index.html"))  # fmt: skip


def check_output(name, output):
    """Refuse a variant whose output is not what its name says."""
    ours_theme = (output / "theme" / "js" / "checklist.js").exists()
    series_pages = (output / "serie").is_dir()
    plain_theme = (output / "theme" / "css" / "main.css").exists()
    expected = {
        "ours": (True, True, False),
        "ours without series": (True, False, False),
        "plain Pelican": (False, False, True),
    }[name]
    found = (ours_theme, series_pages, plain_theme)
    if found != expected or _has_checklist_form(output) != expected[0]:
        raise WrongBaseline(
            f"{name}: built {output} with our script {ours_theme}, series pages "
            f"{series_pages}, notmyidea {plain_theme}; expected {expected}. "
            "Not reporting a figure against the wrong baseline."
        )


def build_once(content, output, settings, siteurl=SITEURL):
    """Return (wall seconds, CPU seconds) of one build in a child process."""
    command = pelican_command(settings, output, content, args=["-q"])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        env=dict(os.environ, COLUMNS="200", SITEURL=siteurl),
    )  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def compare(content, names, runs, label=None):
    """Build each variant RUNS times, alternating; return (wall, CPU) medians."""
    times = {name: [] for name in names}
    folder = content.parent
    for name in names:
        (folder / f"{name.replace(' ', '-')}.py").write_text(VARIANTS[name])
    for run in range(runs):
        for name in names if run % 2 == 0 else list(reversed(names)):
            output = folder / f"out-{name.replace(' ', '-')}-{run}"
            settings = folder / f"{name.replace(' ', '-')}.py"
            times[name].append(build_once(content, output, settings))
            if run == 0:
                check_output(name, output)
    return {
        label or name: tuple(
            statistics.median(column) for column in zip(*values, strict=True)
        )
        for name, values in times.items()
    }


def growth(sizes, runs):
    """Build ours at each size RUNS times, the sizes taking turns in every run
    (so that a busy spell of the machine does not fall on one size); return
    {label: (wall, CPU) medians}."""
    times = {articles: [] for articles in sizes}
    with tempfile.TemporaryDirectory() as tmp:
        folders = {}
        for articles in sizes:
            folder = Path(tmp) / str(articles)
            folder.mkdir()
            content = site(folder, articles)
            (folder / "ours.py").write_text(OURS)
            folders[articles] = (content, folder / "ours.py")
        for run in range(runs):
            for articles in sizes if run % 2 == 0 else list(reversed(sizes)):
                content, settings = folders[articles]
                output = content.parent / f"out-{run}"
                times[articles].append(build_once(content, output, settings))
                if run == 0:
                    check_output("ours", output)
    return {
        f"{articles} articles": tuple(
            statistics.median(column) for column in zip(*values, strict=True)
        )
        for articles, values in times.items()
    }


def report(title, medians, baseline, steps=False):
    """Print each variant's medians and ratios to BASELINE; with STEPS, also
    each one's CPU time over the one before it (the cost of a doubling)."""
    print(f"\n{title}")
    base_wall, base_cpu = medians[baseline]
    previous = None
    for name, (wall, cpu) in medians.items():
        step = f"   this step {cpu / previous:5.3f}x" if steps and previous else ""
        print(
            f"  {name:<24} wall {wall:6.2f} s (ratio {wall / base_wall:5.3f})   "
            f"CPU {cpu:6.2f} s (ratio {cpu / base_cpu:5.3f}){step}"
        )
        previous = cpu


def site(tmp, articles):
    """The generated content: 20 parts per series, as at 2,000 in 100 series."""
    return write_site(tmp, articles, max(1, articles // 20))


def search_index_sizes(sizes=(500, 1000, 2000)):
    """Build ours once per size; print the search index's bytes, raw and gzip,
    and how long a search takes in headless Chromium at the largest size."""
    print("\nSearch index (suche/suchindex.json), ours")
    first = None
    for articles in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            content = site(tmp, articles)
            settings = Path(tmp) / "ours.py"
            settings.write_text(OURS)
            output = Path(tmp) / "out"
            build_once(content, output, settings)
            check_output("ours", output)
            data = (output / "suche" / "suchindex.json").read_bytes()
            if articles == sizes[-1]:
                timings = search_timings(content, settings)
        packed = len(gzip.compress(data, compresslevel=9, mtime=0))
        per_article = len(data) / articles
        first = first or per_article
        print(
            f"  {articles:>5} articles: {len(data) / 1024:8.0f} KB raw, "
            f"{packed / 1024:6.0f} KB gzip; {per_article:6.0f} B raw per article "
            f"(ratio to the first size {per_article / first:5.3f})"
        )
    first_query, later = timings
    print(
        f"  search at {sizes[-1]} articles in headless Chromium: first query "
        f"{first_query:.0f} ms (folds the index once), later queries median "
        f"{later:.0f} ms"
    )


# Time from submitting a query to the status line's answer, in the page.
TIME_QUERY = """async (query) => {
  const status = document.getElementById("suche-status");
  const field = document.getElementById("suchbegriff");
  const answered = new Promise((done) => new MutationObserver((_, o) => {
    o.disconnect(); done(performance.now()); }).observe(status, {childList: true}));
  field.value = query;
  const start = performance.now();
  document.getElementById("suche").requestSubmit();
  return (await answered) - start;
}"""


def search_timings(content, settings, queries=("netzwerk", "vertrauen", "kollegin")):
    """(first query, median of later ones) in ms: CONTENT built for 127.0.0.1."""
    from playwright.sync_api import sync_playwright

    from tools.chromium import LAUNCH_ARGS, find_chromium
    from tools.local_site import free_port, serve

    path, _kind = find_chromium()
    port = free_port()
    output = content.parent / "out-served"
    build_once(content, output, settings, siteurl=f"http://127.0.0.1:{port}")
    with serve(output, port) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=LAUNCH_ARGS)
        page = browser.new_page()
        page.goto(f"{base}/suche/")
        page.wait_for_load_state("networkidle")
        times = [page.evaluate(TIME_QUERY, q) for q in queries * 3]
        browser.close()
    return times[0], statistics.median(times[1:])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["series", "plain", "scale", "search", "all"])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"{args.runs} runs per variant, publishconf.py")  # fmt: skip
    if args.what in ("series", "all"):
        with tempfile.TemporaryDirectory() as tmp:
            medians = compare(
                site(tmp, 2000), ["ours", "ours without series"], args.runs
            )
            report("Series feature, 2000 articles", medians, "ours without series")
    if args.what in ("plain", "all"):
        for articles in (2000, 8000):
            with tempfile.TemporaryDirectory() as tmp:
                medians = compare(
                    site(tmp, articles), ["ours", "plain Pelican"], args.runs
                )
                report(f"Ours vs plain Pelican, {articles} articles", medians,
                       "plain Pelican")  # fmt: skip
    if args.what in ("scale", "all"):
        report(
            "Growth with the number of articles (ours)",
            growth((1000, 2000, 4000, 8000), args.runs),
            "1000 articles",
            steps=True,
        )
    if args.what in ("search", "all"):
        search_index_sizes()


if __name__ == "__main__":
    main()
