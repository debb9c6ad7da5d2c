"""Hear of changed files from the file system (watchfiles: inotify,
FSEvents or ReadDirectoryChanges) and build once they settle; start the
process again when the plugins' Python code changes."""

import gc
import os
import sys
import threading
import time

# An editor that saves in place empties the file, then writes it: a change is
# built once nothing has changed for this long, not in between. The file
# system tells at once, so this is all the time a busy machine's editor has
# between the two steps.
SETTLE_SECONDS = 0.05
# How often the settings files are looked at (and the watcher wakes when idle).
FILES_SECONDS = 0.1
IDLE_SECONDS = 2  # no change for this long after a build: collect its garbage


def snapshot(files):
    """``{file: (mtime, size)}`` for each of FILES that exists."""
    found = {}
    for path in files:
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue  # removed: the next look sees whether it comes back
        found[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return found


def watch_and_build(
    builder, watched, reloads, stop=None, on_build=None, code=(), on_ready=None
):
    """Build whenever a file under WATCHED changes, until STOP is set; call
    :func:`restart` instead when a Python file under one of CODE changes.

    The file system reports changes in folders (watchfiles: inotify, FSEvents
    or ReadDirectoryChanges, whatever the system has); a change is built once
    nothing has changed for ``SETTLE_SECONDS``, so an editor that empties a
    file and then writes it is built once. Single files (the settings) are
    looked at directly whenever the watcher wakes: an editor that replaces a
    file would end a watch on the file itself. ON_READY is called once, when
    the watches are in place (the preview says it is serving only then, so
    that an edit right after that is never missed)."""
    import watchfiles

    stop = stop or threading.Event()
    folders = [path for path in watched if path.is_dir()]
    files = [path for path in watched if not path.is_dir()]
    seen = snapshot(files)
    last_build = None
    for events in watchfiles.watch(
        *folders,
        stop_event=stop,
        step=int(SETTLE_SECONDS * 1000),
        rust_timeout=int(FILES_SECONDS * 1000),
        yield_on_timeout=True,
        raise_interrupt=False,
    ):
        if on_ready:  # the watches are in place: a change from now on is seen
            on_ready()
            on_ready = None
        now = snapshot(files)
        changed = {path for _change, path in events}
        changed |= {
            path for path in now.keys() | seen.keys() if now.get(path) != seen.get(path)
        }
        seen = now
        if not changed and not builder.output.exists():
            # Removed (python3 dev.py clean): build it again, to serve at once.
            changed = {str(builder.output)}
        if not changed:
            if last_build and time.monotonic() - last_build > IDLE_SECONDS:
                gc.collect()  # what the last builds left, while nobody waits
                last_build = None
            continue
        if any(
            path.endswith(".py") and path.startswith(tuple(map(str, code)))
            for path in changed
        ):
            restart()
        started = time.perf_counter()
        good = builder.build(changed)
        if good:
            reloads.announce()
        last_build = time.monotonic()
        if on_build:
            on_build(good, time.perf_counter() - started)


def restart():
    """Start this process again: the plugin's Python code changed."""
    print("The plugin changed: starting the preview again.", flush=True)
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])
