"""The build benchmark checks its own baseline before it reports a figure."""

import pytest

from benchmarks.build_time import VARIANTS, WrongBaseline, check_output, compare, site


def test_each_variant_builds_what_its_name_says(tmp_path):
    # A small site: the checks, not the times, are under test here.
    medians = compare(site(tmp_path, 40), list(VARIANTS), runs=1)
    assert set(medians) == set(VARIANTS)


def fake_output(folder, ours_script=False, series=False, notmyidea=False):
    (folder / "2010" / "x").mkdir(parents=True)
    form = '<form data-checklist="x">' if ours_script else "<p>::: checklist</p>"
    (folder / "2010" / "x" / "index.html").write_text(form)
    if ours_script:
        (folder / "theme" / "js").mkdir(parents=True)
        (folder / "theme" / "js" / "checklist.js").write_text("")
    if series:
        (folder / "serie").mkdir()
    if notmyidea:
        (folder / "theme" / "css").mkdir(parents=True)
        (folder / "theme" / "css" / "main.css").write_text("")
    return folder


@pytest.mark.parametrize(
    ("name", "built"),
    [
        # The old benchmark's "plain Pelican": our theme and plugin after all.
        ("plain Pelican", {"ours_script": True, "series": True}),
        ("ours", {"notmyidea": True}),
        ("ours without series", {"ours_script": True, "series": True}),
    ],
)
def test_a_variant_that_built_something_else_is_refused(tmp_path, name, built):
    with pytest.raises(WrongBaseline, match="Not reporting"):
        check_output(name, fake_output(tmp_path, **built))
