"""Edit-to-visible latency of the live preview (not a test).

    python -m benchmarks.edit_latency          # the real site and 2,000 articles

The preview (``invoke livereload``) runs in a copy of the project, as an author
runs it, with real headless Chromium showing an article. Each round waits
1.5 s (an author reads the page before saving again), appends a sentence to
that article's source and times, from the write, until the page has reloaded
by itself and shows the sentence. Medians over the rounds.
"""

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.synthetic_site import write_site

ROOT = Path(__file__).resolve().parent.parent
PAUSE_MS = 1500
COPIED = ("content", "theme", "plugins", "tools")


def copy_project(target, articles=None):
    """The project in TARGET; with ARTICLES, its content is the generated site."""
    skipped = shutil.ignore_patterns("node_modules", "__pycache__")
    for name in COPIED:
        shutil.copytree(ROOT / name, target / name, ignore=skipped)
    for name in ("pelicanconf.py", "tasks.py"):
        shutil.copy(ROOT / name, target / name)
    if articles:
        shutil.rmtree(target / "content")
        write_site(target, articles, max(1, articles // 20))
        return target / "content" / "artikel-1.md", "2010/artikel-1/"
    return target / "content" / "networking-teil-1.md", (
        "2010/networking-beginnt-nicht-erst-im-internet/"
    )


def latencies(folder, source, url, rounds):
    """Seconds from saving SOURCE to the reloaded page showing the change."""
    from playwright.sync_api import sync_playwright

    from tools.chromium import LAUNCH_ARGS, find_chromium
    from tools.local_site import free_port

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "invoke", "livereload", "--port", str(port)],
        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    said = []
    threading.Thread(target=lambda: said.extend(process.stdout), daemon=True).start()
    while not any("Serving" in line for line in said):
        if process.poll() is not None:
            sys.exit("".join(said))
        time.sleep(0.1)
    times = []
    try:
        with sync_playwright() as playwright:
            path, _kind = find_chromium()
            browser = playwright.chromium.launch(executable_path=path, args=LAUNCH_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/{url}")
            page.wait_for_timeout(500)  # the reload script has connected
            for number in range(rounds):
                page.wait_for_timeout(PAUSE_MS)  # an author reads before saving again
                sentence = f"Satz Nummer {number} aus der Messung."
                text = source.read_text(encoding="utf-8")
                with page.expect_event("load", timeout=120_000):
                    start = time.perf_counter()
                    source.write_text(f"{text}\n{sentence}\n", encoding="utf-8")
                page.get_by_text(sentence).wait_for()
                times.append(time.perf_counter() - start)
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
    builds = [
        float(m) for m in re.findall(r"built \(.*\) in ([\d.]+) s", "".join(said))
    ]
    return times, builds[-rounds:]


def main(rounds=5):
    for label, articles in (
        ("the real site (3 articles)", None),
        ("2,000 articles", 2000),
    ):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            source, url = copy_project(folder, articles)
            times, builds = latencies(folder, source, url, rounds)
        print(
            f"  edit to visible, {label}: median {statistics.median(times):.2f} s "
            f"(min {min(times):.2f}, max {max(times):.2f}, {rounds} edits); "
            f"of which the build: median {statistics.median(builds):.2f} s"
        )


if __name__ == "__main__":
    print("Edit-to-visible latency of python3 dev.py serve")
    main()
