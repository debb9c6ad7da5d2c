"""`python3 dev.py serve`: an edit shows in the open page, a failed build keeps the
last good site, and what the preview builds is what a full build writes. The
preview runs as an author runs it, in a copy of the project, with real Chromium."""

import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from playwright.sync_api import expect

from benchmarks.synthetic_site import write_site
from tests.support.projects import project
from tests.support.site import PART_URLS, visible_text
from tools.local_site import build, free_port

PART_ONE = "content/networking-teil-1.md"
PART_TWO = "content/networking-teil-2.md"
SERIES = "content/series/networking.toml"
ABOUT = "content/pages/ueber-diesen-blog.md"


class Preview:
    """The live preview of a project copy, running in its own process."""

    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.lines = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "invoke", "serve", "--port", str(self.port)],
            cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        threading.Thread(target=self._read, daemon=True).start()
        self.wait_for("Serving http://")

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line)

    def wait_for(self, text, after=0, timeout=60):
        """Wait until the preview has said TEXT (in a line after AFTER)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if any(text in line for line in self.lines[after:]):
                return
            assert self.process.poll() is None, "".join(self.lines)
            time.sleep(0.05)
        raise AssertionError(f"no {text!r} in:\n{''.join(self.lines)}")

    def edit(self, path, change):
        """Change a source file as an editor saves it; wait for the build."""
        before = len(self.lines)
        source = self.folder / path
        source.write_text(change(source.read_text(encoding="utf-8")), encoding="utf-8")
        self.wait_for("Preview ", after=before)  # "built in …" or "not built …"
        # Quiet for a moment: no build of this edit is left to say something
        # that the next edit would take for its own.
        seen = len(self.lines)
        time.sleep(0.3)
        while len(self.lines) != seen:
            seen = len(self.lines)
            time.sleep(0.3)
        return "".join(self.lines[before:])

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def preview(tmp_path):
    running = Preview(project(tmp_path / "site"))
    yield running
    running.stop()


def add_sentence(text):
    return text + "\nEin neuer Satz aus der Vorschau.\n"


def test_an_edit_reloads_the_open_page(page, preview):
    page.goto(f"{preview.url}/{PART_URLS[1]}")
    expect(page.locator("h1")).to_have_text("Networking beginnt nicht erst im Internet")
    preview.edit(PART_ONE, add_sentence)
    # The page reloads by itself: no goto, no reload from the test.
    expect(page.get_by_text("Ein neuer Satz aus der Vorschau.")).to_be_visible()


def test_a_failed_build_keeps_the_last_good_site_until_fixed(page, preview):
    page.goto(f"{preview.url}/{PART_URLS[1]}")
    said = preview.edit(
        PART_ONE, lambda t: t.replace("Date: 2010-03-02", "Date: 2010-13-45")
    )
    assert "The build stopped:" in said and "Traceback" not in said
    assert "content/networking-teil-1.md, line 2: Date: '2010-13-45 09:00'" in said
    assert "still showing the last good site" in said
    served = urllib.request.urlopen(f"{preview.url}/{PART_URLS[1]}").read().decode()
    assert "Networking beginnt nicht erst im Internet" in served
    expect(page.locator("h1")).to_have_text("Networking beginnt nicht erst im Internet")
    said = preview.edit(
        PART_ONE,
        lambda t: add_sentence(t.replace("Date: 2010-13-45", "Date: 2010-03-02")),
    )
    assert re.search(r"built \(.*\) in \d", said), said
    expect(page.get_by_text("Ein neuer Satz aus der Vorschau.")).to_be_visible()


def files_in(folder):
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


PARTIAL = "only the pages that show the edited text"
WHOLE = "the whole site"


def assert_same_as_a_full_build(preview, target, **kwargs):
    full = build(target, content=preview.folder / "content", **kwargs)
    assert full.returncode == 0, full.log
    previewed, built = files_in(preview.folder / "output"), files_in(full.output)
    assert previewed.keys() == built.keys()
    assert [name for name, data in built.items() if previewed[name] != data] == []


def test_the_preview_writes_what_a_full_build_writes(preview, tmp_path):
    edits = [
        (PART_ONE, add_sentence, PARTIAL),  # a body
        (ABOUT, add_sentence, PARTIAL),  # a page's body
        (PART_TWO, lambda t: t.replace(  # a question, on its blank worksheet, too
            "Lokal oder überregional?", "Lokal oder bundesweit?"), PARTIAL),
        (PART_ONE, lambda t: t.replace(  # a title that the series lists show
            "Title: Networking beginnt nicht erst im Internet",
            "Title: Networking beginnt im echten Leben"), WHOLE),
        (SERIES, lambda t: re.sub(  # the series' description
            r'(?m)^description = ".*"$', 'description = "Neu beschrieben."', t),
         WHOLE),
    ]  # fmt: skip
    for number, (path, change, written) in enumerate(edits):
        said = preview.edit(path, change)
        assert f"built ({written}) in" in said, said
        assert_same_as_a_full_build(preview, tmp_path / f"full-{number}")
    index = (
        preview.folder / "output" / "serie" / "networking" / "index.html"
    ).read_text()
    assert "Neu beschrieben." in index and "Networking beginnt im echten Leben" in index
    worksheet = (
        preview.folder / "output" / "vorlage" / "ideales-netzwerk" / "index.html"
    )
    assert "Lokal oder bundesweit?" in worksheet.read_text()


@pytest.fixture
def paginated_preview(tmp_path):
    """The preview of 40 generated articles in two series, five to a page."""
    folder = project(tmp_path / "site")
    shutil.rmtree(folder / "content")
    content = write_site(folder, articles=40, series=2)
    for article in content.glob("*.md"):  # teasers show the body's first words
        text = article.read_text(encoding="utf-8")
        article.write_text(re.sub(r"(?m)^Summary: .*\n", "", text), encoding="utf-8")
    running = Preview(folder)
    yield running
    running.stop()


def new_beginning(text):
    """A new first sentence (the teaser) and 600 words more (the reading time)."""
    metadata, body = text.split("\n\n", 1)
    return f"{metadata}\n\nEin neuer Anfang.\n\n{body}\n\n{'Wort ' * 600}\n"


@pytest.mark.parametrize("number", [0, 17, 39])
def test_a_body_edit_on_any_page_of_the_listings_writes_what_a_full_build_writes(
    paginated_preview, tmp_path, number
):
    said = paginated_preview.edit(f"content/artikel-{number}.md", new_beginning)
    assert f"built ({PARTIAL}) in" in said, said
    assert_same_as_a_full_build(paginated_preview, tmp_path / "full")


def test_new_and_removed_files_write_the_whole_site(preview, tmp_path):
    new = "content/neu.md"
    before = len(preview.lines)
    (preview.folder / new).write_text(
        "Title: Ganz neu\nDate: 2010-03-10\n\nNeuer Text.\n", encoding="utf-8"
    )
    preview.wait_for("Preview ", after=before)
    assert f"built ({WHOLE}) in" in "".join(preview.lines[before:])
    assert_same_as_a_full_build(preview, tmp_path / "added")
    before = len(preview.lines)
    (preview.folder / new).unlink()
    preview.wait_for("Preview ", after=before)
    assert f"built ({WHOLE}) in" in "".join(preview.lines[before:])
    assert_same_as_a_full_build(preview, tmp_path / "removed")
    assert not (preview.folder / "output" / "2010" / "ganz-neu").exists()


def test_an_edit_saved_while_another_file_is_broken_is_not_lost(preview, tmp_path):
    broken = preview.edit(
        ABOUT, lambda t: t.replace("Title:", "Title:\nDate: 31.02.2010\nX:", 1)
    )
    assert "not built" in broken, broken
    said = preview.edit(PART_ONE, add_sentence)  # still broken: nothing built
    assert "not built" in said, said
    said = preview.edit(
        ABOUT, lambda t: t.replace("Title:\nDate: 31.02.2010\nX:", "Title:", 1)
    )
    assert f"built ({PARTIAL}) in" in said, said
    assert_same_as_a_full_build(preview, tmp_path / "full")
    page = (preview.folder / "output" / PART_URLS[1] / "index.html").read_text()
    assert "Ein neuer Satz aus der Vorschau." in visible_text(page)


# --- As robust as the build --------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "break_it", "said"),
    [
        ("theme/templates/page.html", lambda t: t + "{% if %}\n",
         "theme/templates/page.html, line {line}: TemplateSyntaxError: Expected an "
         "expression"),
        ("pelicanconf.py", lambda t: t + "X = (\n",
         "pelicanconf.py, line {line}: SyntaxError: '(' was never closed."),
        ("pelicanconf.py", lambda t: t + "X = nicht_definiert\n",
         "pelicanconf.py, line {line}: NameError: name 'nicht_definiert' is not "
         "defined."),
    ],
    ids=["template", "settings syntax", "settings name"],
)  # fmt: skip
def test_a_broken_template_or_settings_file_is_named_with_its_line(
    preview, path, break_it, said
):
    source = preview.folder / path
    good = source.read_text(encoding="utf-8")
    line = len(good.splitlines()) + 1
    told = preview.edit(path, break_it)
    assert said.format(line=line) in told, told
    assert "Fix: correct it and save" in told
    assert "Traceback" not in told and len(told.strip().splitlines()) == 2, told
    assert "still showing the last good site" in told
    served = urllib.request.urlopen(f"{preview.url}/{PART_URLS[1]}").read().decode()
    assert "Networking beginnt nicht erst im Internet" in served
    told = preview.edit(path, lambda _text: good)
    assert re.search(r"built \(.*\) in \d", told), told


def serve_again(folder, port):
    """A second `python3 dev.py serve`, as an author starts it by mistake."""
    return subprocess.run(
        [sys.executable, "-m", "invoke", "serve", "--port", str(port)],
        cwd=folder, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_a_second_preview_on_a_port_in_use_says_so_and_touches_nothing(preview):
    output = files_in(preview.folder / "output")
    done = serve_again(preview.folder, preview.port)
    assert done.returncode == 1
    assert f"Not serving: port {preview.port} on 127.0.0.1 is in use" in done.stderr
    assert f"python3 dev.py serve --port {preview.port + 1}" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert files_in(preview.folder / "output") == output


def test_a_second_preview_of_the_same_project_is_refused(page, preview):
    done = serve_again(preview.folder, free_port())
    assert done.returncode == 1
    assert "Not serving: a preview of this project is running already" in done.stderr
    assert preview.url in done.stderr
    # The first one goes on as before.
    page.goto(f"{preview.url}/{PART_URLS[1]}")
    preview.edit(PART_ONE, add_sentence)
    expect(page.get_by_text("Ein neuer Satz aus der Vorschau.")).to_be_visible()


def test_clean_while_serving_is_served_again_at_once(preview):
    before = len(preview.lines)
    done = subprocess.run(
        [sys.executable, "-m", "invoke", "clean"],
        cwd=preview.folder, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    preview.wait_for("built (the whole site)", after=before, timeout=30)
    served = urllib.request.urlopen(f"{preview.url}/{PART_URLS[1]}").read().decode()
    assert "Networking beginnt nicht erst im Internet" in served
