"""`newsagg db ...`: schema migrations."""

from __future__ import annotations

import typer

from scheduler.commands.helptext import PlainCommand, epilog, group
from scheduler.context import AppContext
from scheduler.errors import database_error

db_app = group("Database schema: apply migrations, show the current revision, rebuild dedup keys.")


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db", short_help="Schema migrations and dedup index upkeep.")


@db_app.command("upgrade", cls=PlainCommand, short_help="Apply pending schema migrations.",
                epilog=epilog("newsagg db upgrade", "newsagg --db postgresql://newsagg@db/newsagg db upgrade"))  # fmt: skip
def upgrade_cmd(
    ctx: typer.Context,
    revision: str = typer.Argument("head", metavar="REVISION", help="target revision"),
) -> None:
    """Apply pending Alembic migrations to the database (safe to run repeatedly)."""
    from sqlalchemy.exc import SQLAlchemyError

    from settings.model import mask_url
    from storage.db import current_revision, upgrade

    context: AppContext = ctx.obj
    engine = context.engine(migrate=False)
    try:
        before = current_revision(engine)
        upgrade(engine, revision)
        after = current_revision(engine)
    except SQLAlchemyError as exc:
        raise database_error(context.database_url, exc) from exc
    where = mask_url(context.database_url)
    if before == after:
        typer.echo(f"{where}: already at revision {after}")
    else:
        typer.echo(f"{where}: upgraded {before or '(empty)'} -> {after}")


@db_app.command("current", cls=PlainCommand, short_help="Show the schema revision.",
                epilog=epilog("newsagg db current"))  # fmt: skip
def current_cmd(ctx: typer.Context) -> None:
    """Show the database's schema revision and the newest one this version knows."""
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import current_revision, head_revision

    context: AppContext = ctx.obj
    engine = context.engine(migrate=False)
    try:
        current, head = current_revision(engine), head_revision(engine)
    except SQLAlchemyError as exc:
        raise database_error(context.database_url, exc) from exc
    state = "up to date" if current == head else "behind: run `newsagg db upgrade`"
    typer.echo(f"current {current or '(empty)'}, head {head} ({state})")


@db_app.command("reindex", cls=PlainCommand, short_help="Rebuild near-duplicate keys after [dedup] changes.",
                epilog=epilog("newsagg db reindex"))  # fmt: skip
def reindex_cmd(ctx: typer.Context) -> None:
    """Recompute every story's near-duplicate signature and LSH band keys under the current
    [dedup] settings (needed after changing num_perm, bands or shingle_size), and rebuild the
    full-text search index."""
    from storage import search
    from storage.db import transaction
    from storage.near_duplicates import rebuild_index

    context: AppContext = ctx.obj
    with transaction(context.writer()) as session:
        count = rebuild_index(session, context.settings.dedup)
        search.rebuild(session)
    typer.echo(f"reindexed {count} stories (near-duplicate keys and search index)")
