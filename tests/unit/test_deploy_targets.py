"""Targets a deploy must refuse before it replaces anything, and addresses a site
must not be published for: each rule tested as a class, not by one example."""

import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tools.deploy import parse_rsync_target, rsync_target_refusal
from tools.publishing import siteurl_problem

PROJECT = Path("/srv/projekte/blog")

NO_FOLDER = [
    "user@host:",
    "host:",
    "user@host:.",
    "user@host:./",
    "host:~",
    "host:~/",
    "host:~alex",
    "host:~alex/",
    "host:~/.",
    "host:~/www/..",
]
ROOT_OR_TOP = [
    "host:/",
    "host://",
    "host:/var",
    "host:/srv/",
    "host:/home",
    "host:/root/",
    "host:/var/www/../../",
    "host:/./var/./",
]
HOMES = [
    "host:/home/alex",
    "host:/home/alex/",
    "host:/Users/alex/",
    "host:/home/alex/www/..",
    "host:/var/home/alex",
]
ABOVE_HOME = ["host:..", "host:../", "host:../other", "host:~/../x"]
FINE = [
    "user@host:/var/www/blog/",
    "user@host:/var/www/blog",
    "host:www/blog",
    "host:~/www/",
    "host:/home/alex/www/",
    "h:/srv/site/",
    "host::module",
    "host::module/blog",
    "rsync://host/module/blog",
    "user@host.example.de:/var/www/netzwerken/",
]


@pytest.mark.parametrize("target", NO_FOLDER + ROOT_OR_TOP + HOMES + ABOVE_HOME)
def test_a_target_that_is_no_folder_of_its_own_is_refused(target):
    refusal = rsync_target_refusal(target, PROJECT)
    assert refusal and refusal.startswith("Not deployed: DEPLOY_RSYNC_TARGET")
    assert repr(target) in refusal
    assert "Fix: name the site's own folder" in refusal


@pytest.mark.parametrize("target", FINE)
def test_a_target_with_a_folder_of_its_own_is_taken(target):
    assert rsync_target_refusal(target, PROJECT) is None


@pytest.mark.parametrize(
    ("target", "said"),
    [
        ("user@host:", "names no folder, so rsync would write into the home folder"),
        ("host:/", "is the root folder"),
        ("host:/var/", "is /var, a folder directly under the root"),
        ("host:/home/alex/", "is a home folder"),
        ("host::", "names no module"),
        (":/var/www/blog/", "names no host"),
        (" host:/var/www/blog/", "has blanks"),
    ],
)
def test_the_refusal_says_what_is_wrong(target, said):
    assert said in rsync_target_refusal(target, PROJECT)


def test_a_local_folder_that_holds_or_is_inside_the_project_is_refused(tmp_path):
    project = tmp_path / "blog"
    (project / "output").mkdir(parents=True)
    for target, said in [
        (str(project), "lies inside the project's folder"),
        (f"{project}/output/", "lies inside the project's folder"),
        (f"{tmp_path}/", "holds the project's folder"),
        (str(Path.home()), "folder"),
    ]:
        refusal = rsync_target_refusal(target, project)
        assert refusal and said in refusal, target
    assert rsync_target_refusal(f"{tmp_path}/www/", project) is None


def test_a_colon_after_a_slash_is_a_local_folder():
    assert parse_rsync_target("./a:b").host is None
    assert parse_rsync_target("user@host:/x").host == "user@host"
    assert parse_rsync_target("host::mod/x").daemon


segment = st.text(string.ascii_lowercase + string.digits + "-_", min_size=1, max_size=8)
slashes = st.sampled_from(["", "/", "//", "/./"])


@given(host=segment, top=segment, end=slashes)
def test_any_folder_directly_under_the_root_is_refused(host, top, end):
    assert rsync_target_refusal(f"{host}:/{top}{end}", PROJECT)


@given(host=segment, user=segment, home=st.sampled_from(["home", "Users"]), end=slashes)
def test_any_home_folder_is_refused(host, user, home, end):
    assert rsync_target_refusal(f"{host}:/{home}/{user}{end}", PROJECT)


@given(host=segment, folders=st.lists(segment, min_size=2, max_size=4), end=slashes)
def test_any_folder_two_deep_outside_the_homes_is_taken(host, folders, end):
    if folders[0] in ("home", "Users"):
        folders[0] = "srv"
    target = f"{host}:/{'/'.join(folders)}{end}"
    assert rsync_target_refusal(target, PROJECT) is None


# --- SITEURL ----------------------------------------------------------------------

GOOD_URLS = [
    "https://example.org",
    "https://example.org/",
    "https://www.example.de/blog",
    "https://example.de:8443/",
    "https://münchen.de",
    "https://1.2.3.4",
]
BAD_URLS = {
    "": "it is not set",
    "https://example.org ": "has blanks",
    " https://example.org": "has blanks",
    "https://exa mple.org": "has blanks",
    "https://": "names no host",
    "https:///blog": "names no host",
    "http://example.org": "does not start with https://",
    "example.org": "does not start with https://",
    "https://example": "has no domain",
    "https://example.org?utm=1": "has a query",
    "https://example.org/#top": "has a fragment",
    "https://alex@example.org": "has a user or password",
    "https://example.org:0x1": "has a port",
    "https://example.org:": "no port",
    "https://exa_mple.org": "no valid host name",
    "https://example.org//blog": "empty folder",
}


@pytest.mark.parametrize("url", GOOD_URLS)
def test_an_address_to_publish_at_is_taken(url):
    assert siteurl_problem(url) is None


@pytest.mark.parametrize(("url", "said"), BAD_URLS.items())
def test_an_address_that_only_looks_right_is_named(url, said):
    problem = siteurl_problem(url)
    assert problem and said in problem


labels = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=10)
paths = st.lists(labels, max_size=3).map(lambda parts: "".join("/" + p for p in parts))


@given(
    host=st.lists(labels, min_size=2, max_size=4),
    path=paths,
    blank=st.sampled_from([" ", "\t", "\n", "\u00a0"]),
    where=st.integers(min_value=0),
)
def test_any_blank_anywhere_in_an_address_is_named(host, path, blank, where):
    url = f"https://{'.'.join(host)}{path}"
    assert siteurl_problem(url) is None
    where %= len(url) + 1
    assert "has blanks" in siteurl_problem(url[:where] + blank + url[where:])


@given(
    host=st.lists(labels, min_size=2, max_size=4),
    path=paths,
    tail=st.sampled_from(["?", "?a=b", "#", "#x"]),
)
def test_any_query_or_fragment_is_named(host, path, tail):
    assert siteurl_problem(f"https://{'.'.join(host)}{path}{tail}")
