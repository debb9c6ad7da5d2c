"""Sending the published site to where it is served, without ever destroying
the owner's work: a git branch (the GitHub Pages convention) or a server folder
by rsync.

A deploy replaces what is at its target with ``output/``. So every target is
checked before anything is built or sent, and refused, naming the problem and
the fix, where the replacing could hit something else:

- a git branch that holds the project: the branch checked out here, the
  remote's default branch, or any branch, here or on the remote, whose tip has a
  ``pelicanconf.py`` (:func:`branch_refusal`);
- an rsync target that names no folder (``user@host:`` is the home folder), or
  names the root, a folder directly under it, a home folder, or, on this
  machine, a folder that holds the project or lies inside it
  (:func:`rsync_target_refusal`);
- an rsync folder that holds files but no :data:`MARKER`: deploy puts the marker
  into every site it sends, so a folder without one was not written by deploy,
  and rsync's ``--delete`` would remove what is there. Deploy replaces such a
  folder only when told to (``--replace-folder``) (:func:`folder_refusal`).
"""

import os
import posixpath
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Written into the site that rsync sends; its presence in a folder means that
# deploy wrote the folder and may delete there what the site no longer has.
MARKER = ".deployed-by-pelican"
MARKER_TEXT = (
    "This folder is written by `python3 dev.py deploy`, which deletes here what\n"
    "the site no longer has. Remove this file to keep deploy from deleting.\n"
)
# Folders that are a person's home (and all of them, the folder that holds them).
HOME_PARENTS = ("home", "Users", "var/home", "usr/home")


class DeployError(Exception):
    """Why a deploy cannot go on; the message names the problem and the fix."""


def _run(command, cwd=None, env=None):
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


# --- A git branch -------------------------------------------------------------


@dataclass
class Repository:
    """The git repository that holds the project at ROOT."""

    root: Path

    def run(self, *args, env=None, cwd=None):
        return _run(["git", "-C", str(cwd or self.root), *args], env=env)

    def out(self, *args, env=None, cwd=None):
        """What git printed; a DeployError where it failed."""
        done = self.run(*args, env=env, cwd=cwd)
        if done.returncode:
            raise DeployError(
                f"Not deployed: git {' '.join(args)} failed: {done.stderr.strip()}"
            )
        return done.stdout.strip()

    def git_dir(self):
        done = self.run("rev-parse", "--absolute-git-dir")
        if done.returncode:
            raise DeployError(
                f"Not deployed: {self.root} is not in a git repository, and "
                "DEPLOY_GIT_REMOTE deploys through one. Fix: run git init there "
                "and add the remote (git remote add origin <address>), or deploy "
                "with DEPLOY_RSYNC_TARGET instead."
            )
        return done.stdout.strip()

    def tip(self, ref):
        """The commit REF names, or None."""
        done = self.run("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        return done.stdout.strip() or None

    def holds_project(self, commit):
        """Whether COMMIT's files include a Pelican settings file."""
        names = self.out("ls-tree", "-r", "--name-only", commit).splitlines()
        return any(posixpath.basename(name) == "pelicanconf.py" for name in names)


def _remote_refs(repo, remote):
    """The remote's default branch and its branches' tips, as git ls-remote says."""
    done = repo.run("ls-remote", "--symref", remote, "HEAD", "refs/heads/*")
    if done.returncode:
        raise DeployError(
            f"Not deployed: the remote {remote!r} could not be read, so it cannot "
            f"be checked that the branch is safe to replace: {done.stderr.strip()} "
            "Fix: check DEPLOY_GIT_REMOTE in pelicanconf.py and that the remote "
            "can be reached."
        )
    default, tips = None, {}
    for line in done.stdout.splitlines():
        found = re.match(r"ref: refs/heads/(\S+)\s+HEAD$", line)
        if found:
            default = found.group(1)
            continue
        commit, _, ref = line.partition("\t")
        if ref.startswith("refs/heads/"):
            tips[ref.removeprefix("refs/heads/")] = commit
    return default, tips


def _fetched(repo, remote, tips, branch):
    """The tip of the remote's BRANCH (TIPS from :func:`_remote_refs`), fetched
    so that its files can be read here; None where the remote has no BRANCH."""
    if branch not in tips:
        return None
    if not repo.tip(tips[branch]):
        repo.out("fetch", "--quiet", "--no-tags", remote, f"refs/heads/{branch}")
    return tips[branch]


def branch_refusal(root, remote, branch):
    """Why BRANCH (of REMOTE) must not be replaced by the site, or None."""
    repo = Repository(Path(root))
    repo.git_dir()
    fix = (
        "Fix: set DEPLOY_GIT_BRANCH in pelicanconf.py to a branch of its own for "
        'the built site, such as "gh-pages".'
    )
    if not branch or repo.run("check-ref-format", "--branch", branch).returncode:
        return f"Not deployed: DEPLOY_GIT_BRANCH {branch!r} is no branch name. {fix}"
    current = repo.run("symbolic-ref", "--quiet", "--short", "HEAD").stdout.strip()
    if branch == current:
        return (
            f"Not deployed: the branch {branch!r} is the one checked out here; "
            f"deploy would replace the project's sources with the built site. {fix}"
        )
    default, tips = _remote_refs(repo, remote)
    if branch == default:
        return (
            f"Not deployed: the branch {branch!r} is the default branch of the "
            f"remote {remote!r}; deploy would replace what it holds with the "
            f"built site. {fix}"
        )
    places = {
        f"refs/heads/{branch}": "here",
        f"refs/remotes/{remote}/{branch}": f"in the copy of {remote!r} here",
    }
    remote_tip = _fetched(repo, remote, tips, branch)
    if remote_tip:
        places[remote_tip] = f"on the remote {remote!r}"
    for ref, where in places.items():
        commit = repo.tip(ref)
        if commit and repo.holds_project(commit):
            return (
                f"Not deployed: the branch {branch!r} {where} holds the project "
                f"(it has a pelicanconf.py); deploy would replace it with the "
                f"built site. {fix}"
            )
    return None


def commit_site(root, output, remote, branch, message):
    """Commit OUTPUT, exactly, as the tip of the local BRANCH, on top of what the
    remote's BRANCH holds (or the local one's); None if nothing changed."""
    repo = Repository(Path(root))
    git_dir = repo.git_dir()
    (output / ".nojekyll").touch()  # GitHub Pages: serve the files as they are
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, GIT_INDEX_FILE=str(Path(tmp) / "index"))
        site = ["--git-dir", git_dir, "--work-tree", str(output)]
        repo.out(*site, "add", "--all", "--force", ".", env=env, cwd=output)
        tree = repo.out(*site, "write-tree", env=env, cwd=output)
    _default, tips = _remote_refs(repo, remote)
    parent = _fetched(repo, remote, tips, branch) or repo.tip(f"refs/heads/{branch}")
    if parent and repo.out("rev-parse", f"{parent}^{{tree}}") == tree:
        repo.out("update-ref", f"refs/heads/{branch}", parent)
        return None
    commit = repo.out(
        "commit-tree", tree, *(["-p", parent] if parent else []), "-m", message
    )
    repo.out("update-ref", f"refs/heads/{branch}", commit)
    return commit


def push_site(root, remote, branch):
    """Push the local BRANCH to REMOTE (a fast-forward only: never forced)."""
    Repository(Path(root)).out("push", "--quiet", remote, f"refs/heads/{branch}")


# --- A server folder, by rsync --------------------------------------------------


@dataclass
class RsyncTarget:
    """Where DEPLOY_RSYNC_TARGET points: HOST (None on this machine), the PATH
    there, and whether it is an rsync daemon's module (``host::module/path``)."""

    host: str | None
    path: str
    daemon: bool = False


def parse_rsync_target(target):
    """TARGET as rsync reads it: ``[user@]host:path``, ``[user@]host::module``,
    ``rsync://[user@]host[:port]/module``, or a folder on this machine (a colon
    after a slash, as in ``./a:b``, does not make it remote)."""
    url = re.match(r"rsync://([^/]*)/?(.*)$", target)
    if url:
        return RsyncTarget(url.group(1), url.group(2), daemon=True)
    remote = re.match(r"([^/:]*)::?(.*)$", target)
    if remote:
        daemon = target[len(remote.group(1)) :].startswith("::")
        return RsyncTarget(remote.group(1), remote.group(2), daemon=daemon)
    return RsyncTarget(None, target)


def _folder_problem(path, home_here=None):
    """Why PATH (a server's, POSIX) is not a folder deploy may fill, or None."""
    if path in ("", ".", "./") or re.fullmatch(r"~[^/]*/?", path):
        return "names no folder, so rsync would write into the home folder"
    if path.startswith("~"):
        rest = posixpath.normpath(path.split("/", 1)[1])
        if rest == "." or rest.startswith(".."):
            return "is a home folder or lies above one"
        return None
    normal = posixpath.normpath(path)
    if normal.startswith(".."):
        return "lies above the home folder"
    if normal == ".":
        return "is the home folder"
    if not normal.startswith("/"):
        return None
    parts = [part for part in normal.split("/") if part]
    if not parts:
        return "is the root folder"
    if len(parts) == 1:
        return f"is /{parts[0]}, a folder directly under the root"
    for parent in HOME_PARENTS:
        depth = parent.count("/") + 1
        if "/".join(parts[:depth]) == parent and len(parts) == depth + 1:
            return "is a home folder"
    if home_here and Path(normal) == home_here:
        return "is the home folder"
    return None


def rsync_target_refusal(target, project):
    """Why DEPLOY_RSYNC_TARGET cannot be used, or None. PROJECT is the folder
    that holds the site's sources."""
    rule = (
        "Fix: name the site's own folder in DEPLOY_RSYNC_TARGET, e.g. "
        '"user@host:/var/www/blog/"; deploy deletes there what the site does '
        "not have, so it is never the root, a folder directly under it or a "
        "home folder."
    )
    if target != target.strip() or any(char.isspace() for char in target):
        return f"Not deployed: DEPLOY_RSYNC_TARGET {target!r} has blanks. {rule}"
    where = parse_rsync_target(target)
    if where.daemon:
        if not where.host or not where.path.strip("/"):
            return (
                f"Not deployed: DEPLOY_RSYNC_TARGET {target!r} names no module of "
                f"the rsync server. {rule}"
            )
        return None
    if where.host is not None and not where.host:
        return f"Not deployed: DEPLOY_RSYNC_TARGET {target!r} names no host. {rule}"
    if where.host is None:
        folder = Path(os.path.abspath(os.path.expanduser(where.path)))
        problem = _folder_problem(str(folder), home_here=Path.home())
        project = Path(project).resolve()
        resolved = folder.resolve()
        if not problem and (resolved == project or project in resolved.parents):
            problem = "lies inside the project's folder"
        if not problem and resolved in project.parents:
            problem = "holds the project's folder"
    else:
        problem = _folder_problem(where.path)
    if problem:
        return f"Not deployed: DEPLOY_RSYNC_TARGET {target!r} {problem}. {rule}"
    return None


def listed_names(target):
    """The names in the folder TARGET, as rsync lists them; None where the
    folder does not exist yet."""
    done = _run(["rsync", "--list-only", "--no-motd", target.rstrip("/") + "/"])
    if done.returncode == 23 and "No such file or directory" in done.stderr:
        return None
    if done.returncode:
        raise DeployError(
            f"Not deployed: the folder {target!r} could not be read: "
            f"{done.stderr.strip()} Fix: check DEPLOY_RSYNC_TARGET in "
            "pelicanconf.py and that the server can be reached (ssh)."
        )
    names = []
    for line in done.stdout.splitlines():
        fields = line.split(None, 4)
        if len(fields) == 5 and fields[4] != ".":
            names.append(fields[4])
    return names


def folder_refusal(target, replace=False):
    """Why the folder at TARGET must not be filled (it holds files deploy did
    not write), or None; REPLACE lets deploy take such a folder over."""
    names = listed_names(target)
    if not names or MARKER in names or replace:
        return None
    shown = ", ".join(sorted(names)[:5]) + (", …" if len(names) > 5 else "")
    return (
        f"Not deployed: the folder {target!r} holds files that deploy did not "
        f"write ({len(names)}: {shown}), and deploy would delete every one the "
        f"site does not have. Fix: check that DEPLOY_RSYNC_TARGET is the site's "
        "own folder; to replace what is there with the site, run "
        "python3 dev.py deploy --replace-folder once."
    )


def rsync_command(output, target):
    """The rsync command that makes TARGET hold exactly OUTPUT (with the marker)."""
    (output / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    return [
        "rsync", "--recursive", "--links", "--checksum", "--compress", "--delete",
        "--itemize-changes", f"{output}/", target,
    ]  # fmt: skip
