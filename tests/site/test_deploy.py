"""`python3 dev.py deploy`: the published site, exactly, on its own git branch or in
a server's folder with rsync (here a local folder: rsync's local mode); and never
over the project's sources, a home folder or a folder deploy did not write."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.projects import OWNER, project
from tools.deploy import MARKER

IDENTITY = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@probe.invalid",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@probe.invalid",
}


def git(*args, cwd):
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True,
        env=dict(os.environ, **IDENTITY),
    ).stdout.strip()  # fmt: skip


@pytest.fixture
def site_repo(tmp_path):
    """A copy of the project as a git repository, with a bare one as its remote."""
    remote = tmp_path / "remote.git"
    git("init", "--quiet", "--bare", "-b", "main", str(remote), cwd=tmp_path)
    folder = project(tmp_path / "site", OWNER + f'DEPLOY_GIT_REMOTE = "{remote}"\n')
    git("init", "--quiet", "-b", "main", cwd=folder)
    return folder, remote


def deploy(folder, *args, siteurl="https://probe.invalid"):
    env = dict(os.environ, SITEURL=siteurl, **IDENTITY)
    return subprocess.run(
        [sys.executable, "-m", "invoke", "deploy", *args],
        cwd=folder, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_deploy_puts_exactly_the_site_on_the_branch_once(site_repo):
    folder, remote = site_repo
    done = deploy(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    files = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).splitlines()
    output = folder / "output"
    built = sorted(str(p.relative_to(output)) for p in output.rglob("*") if p.is_file())
    assert sorted(files) == built
    assert ".nojekyll" in files and "index.html" in files
    assert git("rev-list", "--count", "gh-pages", cwd=remote) == "1"
    again = deploy(folder)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "has not changed" in again.stdout
    assert git("rev-list", "--count", "gh-pages", cwd=remote) == "1"


def test_a_failed_build_deploys_nothing(site_repo):
    folder, remote = site_repo
    assert deploy(folder).returncode == 0
    before = git("rev-parse", "gh-pages", cwd=remote)
    (folder / "content" / "kaputt.md").write_text("Title: K\nDate: 2010-13-45\n\nX\n")
    done = deploy(folder)
    assert done.returncode != 0
    assert "The build stopped" in done.stdout + done.stderr
    assert git("rev-parse", "gh-pages", cwd=remote) == before


def commit_sources(folder):
    """Commit the project's sources on the branch checked out; return its tip."""
    git("add", "--all", cwd=folder)
    git("commit", "--quiet", "-m", "Sources", cwd=folder)
    return git("rev-parse", "HEAD", cwd=folder)


def set_branch(folder, branch):
    with (folder / "pelicanconf.py").open("a", encoding="utf-8") as settings:
        settings.write(f'DEPLOY_GIT_BRANCH = "{branch}"\n')


def assert_refused_untouched(folder, remote, said):
    """Deploy refuses, naming SAID, before building; no branch here or on the
    remote moves, and the files checked out stay as they are."""
    branches = git("for-each-ref", cwd=folder), git("for-each-ref", cwd=remote)
    done = deploy(folder)
    assert done.returncode == 1, done.stdout + done.stderr
    assert said in done.stderr and "Fix: set DEPLOY_GIT_BRANCH" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (folder / "output").exists()
    assert (git("for-each-ref", cwd=folder), git("for-each-ref", cwd=remote)) == (
        branches
    )
    assert git("status", "--porcelain", cwd=folder) == ""


def test_deploy_refuses_the_branch_checked_out(site_repo):
    folder, remote = site_repo
    set_branch(folder, "main")
    commit_sources(folder)
    assert_refused_untouched(folder, remote, "the branch 'main' is the one checked out")


def test_deploy_refuses_the_remotes_default_branch(site_repo):
    folder, remote = site_repo
    git("remote", "add", "origin", str(remote), cwd=folder)
    commit_sources(folder)
    git("push", "--quiet", "origin", "main", cwd=folder)
    git("checkout", "--quiet", "-b", "entwurf", cwd=folder)
    set_branch(folder, "main")
    commit_sources(folder)
    assert_refused_untouched(
        folder, remote, "the branch 'main' is the default branch of the remote"
    )


def test_deploy_refuses_any_branch_that_holds_the_project(site_repo):
    folder, remote = site_repo
    commit_sources(folder)
    git("branch", "sicherung", cwd=folder)
    set_branch(folder, "sicherung")
    commit_sources(folder)
    assert_refused_untouched(
        folder, remote, "the branch 'sicherung' here holds the project"
    )


def test_deploy_refuses_a_branch_on_the_remote_that_holds_the_project(site_repo):
    folder, remote = site_repo
    commit_sources(folder)
    git("push", "--quiet", str(remote), "main:quellen", cwd=folder)
    set_branch(folder, "quellen")
    commit_sources(folder)
    assert_refused_untouched(
        folder, remote, f"the branch 'quellen' on the remote '{remote}' holds"
    )


def test_a_fresh_clone_deploys_on_top_of_what_the_remote_holds(site_repo, tmp_path):
    folder, remote = site_repo
    assert deploy(folder).returncode == 0
    first = git("rev-parse", "gh-pages", cwd=remote)
    other = project(tmp_path / "clone", OWNER + f'DEPLOY_GIT_REMOTE = "{remote}"\n')
    git("init", "--quiet", "-b", "main", cwd=other)
    done = deploy(other, siteurl="https://anders.probe.invalid")
    assert done.returncode == 0, done.stdout + done.stderr
    assert git("rev-parse", "gh-pages^", cwd=remote) == first
    home = git("show", "gh-pages:index.html", cwd=remote)
    assert "https://anders.probe.invalid/" in home


def test_deploy_refuses_without_a_target(tmp_path):
    folder = project(tmp_path, OWNER)
    done = deploy(folder)
    assert done.returncode == 1
    assert "Not deployed: both are empty. Fix: set exactly one" in done.stderr


def test_deploy_refuses_two_targets(tmp_path):
    folder = project(
        tmp_path,
        OWNER + 'DEPLOY_GIT_REMOTE = "origin"\nDEPLOY_RSYNC_TARGET = "h:/srv/"\n',
    )
    done = deploy(folder)
    assert done.returncode == 1
    assert "Not deployed: both are set. Fix: set exactly one" in done.stderr
    assert not (folder / "output").exists()


def files_in(folder):
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


@pytest.fixture
def rsync_site(tmp_path):
    """A copy of the project whose deploy target is a folder, by rsync."""
    assert shutil.which("rsync"), "python3 dev.py test installs rsync"
    target = tmp_path / "server" / "www"  # the server's folder, not there yet
    target.parent.mkdir()
    folder = project(tmp_path / "site", OWNER + f'DEPLOY_RSYNC_TARGET = "{target}/"\n')
    return folder, target


def test_rsync_puts_exactly_the_site_in_the_folder(rsync_site):
    folder, target = rsync_site
    done = deploy(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    site = files_in(folder / "output")
    assert "index.html" in site and "_headers" in site and MARKER in site
    assert files_in(target) == site
    (target / "alt.html").write_text("from an earlier version of the site")
    again = deploy(folder)
    assert again.returncode == 0, again.stdout + again.stderr
    assert files_in(target) == site  # the old file is gone, nothing else added


def test_rsync_refuses_a_folder_it_did_not_write(rsync_site):
    folder, target = rsync_site
    target.mkdir(parents=True)
    (target / "fotos").mkdir()
    (target / "fotos" / "urlaub.jpg").write_bytes(b"not the site's")
    (target / "notizen.txt").write_text("someone else's")
    before = files_in(target)
    done = deploy(folder)
    assert done.returncode == 1
    assert "holds files that deploy did not write (2: fotos, notizen.txt)" in (
        done.stderr
    )
    assert "python3 dev.py deploy --replace-folder" in done.stderr
    assert files_in(target) == before
    assert not (folder / "output").exists()
    replaced = deploy(folder, "--replace-folder")
    assert replaced.returncode == 0, replaced.stdout + replaced.stderr
    assert files_in(target) == files_in(folder / "output")


@pytest.mark.parametrize(
    "given",
    [
        "user@probe.invalid:",
        "{home}",
        "{project}/",
        "{project}/output/",
        "probe.invalid:/var/",
    ],
)
def test_rsync_refuses_a_target_that_is_no_folder_of_the_sites(tmp_path, given):
    folder = tmp_path / "site"
    target = given.format(home=Path.home(), project=folder)
    project(folder, OWNER + f'DEPLOY_RSYNC_TARGET = "{target}"\n')
    done = deploy(folder)
    assert done.returncode == 1
    assert f"Not deployed: DEPLOY_RSYNC_TARGET {target!r}" in done.stderr
    assert "Fix: name the site's own folder" in done.stderr
    assert not (folder / "output").exists()
    assert (folder / "pelicanconf.py").exists()


def test_rsync_deploys_nothing_when_the_build_fails(rsync_site):
    folder, target = rsync_site
    assert deploy(folder).returncode == 0
    before = files_in(target)
    (folder / "content" / "kaputt.md").write_text("Title: K\nDate: 2010-13-45\n\nX\n")
    done = deploy(folder)
    assert done.returncode != 0
    assert "The build stopped" in done.stdout + done.stderr
    assert files_in(target) == before
