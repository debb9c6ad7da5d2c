"""Build-time benchmarks (not tests): medians over alternating runs.

    python -m benchmarks.build_time series   # our site with and without the series
    python -m benchmarks.build_time plain    # our site vs plain Pelican
    python -m benchmarks.build_time scale    # 1,000 / 2,000 / 4,000 articles
    python -m benchmarks.build_time all

Each variant builds the same generated content in a fresh output folder, in a
separate process, alternating variants so that the machine's noise hits all of
them alike. Medians of wall-clock and CPU time (user + system of the build
process, less sensitive to a busy machine) and their ratios are printed.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic_site import write_site

ROOT = Path(__file__).resolve().parent.parent

# Plain Pelican: default theme, no plugin, the same typogrify setting, the same
# path-style URLs so that both write the same number of files.
PLAIN = [
    'THEME="notmyidea"',
    "PLUGINS=[]",
    'DIRECT_TEMPLATES=["index", "archives", "categories", "tags"]',
]
WITHOUT_SERIES = ['PLUGINS=["guide.dates","guide.checklist"]']


def build_once(content, output, extra):
    """Return (wall seconds, CPU seconds) of one build in a child process."""
    command = [sys.executable, "-m", "pelican", str(content), "-s",
               str(ROOT / "pelicanconf.py"), "-o", str(output), "-q",
               "--fatal", "errors"]  # fmt: skip
    for setting in extra:
        command += ["-e", setting]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command, cwd=ROOT, check=True, env=dict(os.environ, COLUMNS="200"),
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def compare(content, variants, runs):
    """Build each variant RUNS times, alternating; return (wall, CPU) medians."""
    times = {name: [] for name in variants}
    with tempfile.TemporaryDirectory() as out:
        for run in range(runs):
            order = list(variants.items())
            if run % 2:
                order.reverse()
            for name, extra in order:
                output = Path(out) / f"{name}-{run}"
                times[name].append(build_once(content, output, extra))
    return {
        name: tuple(statistics.median(column) for column in zip(*values, strict=True))
        for name, values in times.items()
    }


def report(title, medians, baseline):
    print(f"\n{title}")
    base_wall, base_cpu = medians[baseline]
    for name, (wall, cpu) in medians.items():
        print(
            f"  {name:<24} wall {wall:6.2f} s (ratio {wall / base_wall:5.3f})   "
            f"CPU {cpu:6.2f} s (ratio {cpu / base_cpu:5.3f})"
        )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["series", "plain", "scale", "all"])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--series", type=int, default=100)
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"{args.runs} runs per variant")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        content = write_site(tmp, args.articles, args.series)
        label = f"{args.articles} articles in {args.series} series"
        if args.what in ("series", "all"):
            medians = compare(
                content, {"ours": [], "ours without series": WITHOUT_SERIES}, args.runs
            )
            report(f"Series feature, {label}", medians, "ours without series")
        if args.what in ("plain", "all"):
            medians = compare(content, {"ours": [], "plain Pelican": PLAIN}, args.runs)
            report(f"Ours vs plain Pelican, {label}", medians, "plain Pelican")
    if args.what in ("scale", "all"):
        medians = {}
        for articles in (1000, 2000, 4000):
            with tempfile.TemporaryDirectory() as tmp:
                content = write_site(tmp, articles, max(1, articles // 20))
                runs = compare(content, {f"{articles} articles": []}, args.runs)
                medians.update(runs)
        report("Growth with the number of articles (ours)", medians, "1000 articles")


if __name__ == "__main__":
    main()
