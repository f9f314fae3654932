"""The read side: a JSON API, web pages and Atom feeds over stored stories (read-only).

Reads storage and settings, never crawler; `newsagg serve` runs it under uvicorn.
"""

from web.access import BindError, check_bind
from web.app import create_app

__all__ = ["BindError", "check_bind", "create_app"]
