"""`newsagg db ...`: schema migrations."""

from __future__ import annotations

import typer

from scheduler.context import AppContext
from settings.model import mask_url
from storage import search
from storage.db import current_revision, head_revision, transaction, upgrade
from storage.near_duplicates import rebuild_index

db_app = typer.Typer(
    help="Database schema: apply migrations, show the current revision, rebuild dedup keys."
)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade_cmd(
    ctx: typer.Context,
    revision: str = typer.Argument("head", help="target revision"),
) -> None:
    """Apply pending Alembic migrations to the database (safe to run repeatedly)."""
    context: AppContext = ctx.obj
    engine = context.engine(migrate=False)
    before = current_revision(engine)
    upgrade(engine, revision)
    after = current_revision(engine)
    where = mask_url(context.database_url)
    if before == after:
        typer.echo(f"{where}: already at revision {after}")
    else:
        typer.echo(f"{where}: upgraded {before or '(empty)'} -> {after}")


@db_app.command("current")
def current_cmd(ctx: typer.Context) -> None:
    """Show the database's schema revision and the newest one this version knows."""
    context: AppContext = ctx.obj
    engine = context.engine(migrate=False)
    current, head = current_revision(engine), head_revision(engine)
    state = "up to date" if current == head else "behind: run `newsagg db upgrade`"
    typer.echo(f"current {current or '(empty)'}, head {head} ({state})")


@db_app.command("reindex")
def reindex_cmd(ctx: typer.Context) -> None:
    """Recompute every story's near-duplicate signature and LSH band keys under the current
    [dedup] settings (needed after changing num_perm, bands or shingle_size), and rebuild the
    full-text search index."""
    context: AppContext = ctx.obj
    with transaction(context.writer()) as session:
        count = rebuild_index(session, context.settings.dedup)
        search.rebuild(session)
    typer.echo(f"reindexed {count} stories (near-duplicate keys and search index)")
