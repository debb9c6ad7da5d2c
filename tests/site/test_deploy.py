"""`python3 dev.py deploy`: the published site, exactly, on its own git branch or in
a server's folder with rsync (here a local folder: rsync's local mode)."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.support.projects import OWNER, project

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
    git("init", "--quiet", "--bare", str(remote), cwd=tmp_path)
    folder = project(tmp_path / "site", OWNER + f'DEPLOY_GIT_REMOTE = "{remote}"\n')
    git("init", "--quiet", cwd=folder)
    return folder, remote


def deploy(folder):
    env = dict(os.environ, SITEURL="https://probe.invalid", **IDENTITY)
    return subprocess.run(
        [sys.executable, "-m", "invoke", "deploy"],
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
    target = tmp_path / "server" / "www"
    target.mkdir(parents=True)
    (target / "alt.html").write_text("from an earlier site")
    folder = project(tmp_path / "site", OWNER + f'DEPLOY_RSYNC_TARGET = "{target}/"\n')
    return folder, target


def test_rsync_puts_exactly_the_site_in_the_folder(rsync_site):
    folder, target = rsync_site
    done = deploy(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    site = files_in(folder / "output")
    assert "index.html" in site and "_headers" in site
    assert files_in(target) == site  # the old file is gone, nothing else added


def test_rsync_deploys_nothing_when_the_build_fails(rsync_site):
    folder, target = rsync_site
    assert deploy(folder).returncode == 0
    before = files_in(target)
    (folder / "content" / "kaputt.md").write_text("Title: K\nDate: 2010-13-45\n\nX\n")
    done = deploy(folder)
    assert done.returncode != 0
    assert "The build stopped" in done.stdout + done.stderr
    assert files_in(target) == before
