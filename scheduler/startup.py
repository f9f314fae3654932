"""A newsagg process's start-up and exit without garbage-collector passes over what start-up built.

Loading the modules of a poll (SQLAlchemy, Scrapy, Twisted, pydantic) creates ~a million objects
that live until the process ends. Collecting while they are created, and again over all of them at
interpreter exit, finds nothing to free and costs ~0.4 CPU-s a process (a third of a poll's start-up).
"""

from __future__ import annotations

import atexit
import gc

# Objects allocated between two young-generation collections once start-up is over (CPython's
# default is 700): a poll of 1,000 feeds then runs ~30 collections instead of ~400 (0.1 CPU-s
# less), and at most this many unreachable objects wait for the next one (a few MB)
YOUNG_THRESHOLD = 20_000
DEFAULT_THRESHOLD = gc.get_threshold()  # read before anything here changes it


def begin() -> None:
    """First thing in an entry point: no collection until `done`, and none over the whole heap at
    exit (the process's memory goes back to the system then, collected or not)."""
    if not gc.isenabled():
        return  # begun already
    gc.disable()
    atexit.register(gc.freeze)


def done() -> None:
    """Start-up is over (the modules are loaded): freeze what it built out of later collections,
    which then see only the objects of the work, and collect again, less often. Does nothing
    unless `begin` stopped collection: a test process or the daemon's second use never freezes."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    gc.enable()


def long_lived() -> None:
    """A service (the daemon, the web server): collection as CPython does it from here on. Its
    start-up is paid once, and its memory must stay flat for weeks: a soak of the daemon with
    the short-lived policy grew 30 MiB/h (3.7 without)."""
    gc.set_threshold(*DEFAULT_THRESHOLD)
    gc.enable()
