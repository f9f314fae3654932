"""Where newsagg keeps files of its own outside the database."""

from __future__ import annotations

import os
from pathlib import Path


def cache_home() -> Path:
    """newsagg's cache folder: $XDG_CACHE_HOME/newsagg, else ~/.cache/newsagg. Read when
    called, not at import. Anything in it can be deleted: it is rebuilt when needed."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsagg"
