"""A newsagg process's start-up and exit without garbage-collector passes over what start-up built.

Loading the modules of a poll (SQLAlchemy, Scrapy, Twisted, pydantic) creates ~a million objects
that live until the process ends. Collecting while they are created, and again over all of them at
interpreter exit, finds nothing to free and costs ~0.4 CPU-s a process (a third of a poll's start-up).
"""

from __future__ import annotations

import atexit
import gc


def begin() -> None:
    """First thing in an entry point: no collection until `done`, and none over the whole heap at
    exit (the process's memory goes back to the system then, collected or not)."""
    if not gc.isenabled():
        return  # begun already
    gc.disable()
    atexit.register(gc.freeze)


def done() -> None:
    """Start-up is over (the modules are loaded): freeze what it built out of later collections,
    which then see only the objects of the work, and collect again. Does nothing unless `begin`
    stopped collection, so a test process or the daemon's second use never freezes its objects."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()
