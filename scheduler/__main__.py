"""`python -m scheduler` is the `newsagg` command."""

from scheduler.cli import main

main()
