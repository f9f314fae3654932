"""`python -m scheduler` is the `newsagg` command."""

from scheduler.cli import app

app(prog_name="newsagg")
