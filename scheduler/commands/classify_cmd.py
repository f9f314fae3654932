"""`newsagg classify` and `newsagg rescore`: topic relevance for texts on stdin and stored articles."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from scheduler.commands.helptext import add_command
from scheduler.context import AppContext

if TYPE_CHECKING:
    from crawler.items import Relevance
    from crawler.topic import TopicScorer
    from settings import Settings


def register(app: typer.Typer) -> None:
    add_command(
        app,
        "classify",
        classify,
        "Score JSON Lines texts on stdin against a topic.",
        """echo '{"id": 1, "text": "Parliament passed the asylum bill."}' | newsagg classify""",
    )
    add_command(app, "rescore", rescore, "Re-score stored articles after a topic profile changed.",
                "newsagg rescore", "newsagg rescore --topic immigration-policy")  # fmt: skip


TopicOption = Annotated[
    str | None,
    typer.Option(metavar="NAME", help="topic profile name [default: the configured topic]"),
]


def _scorer(settings: Settings, topic: str | None) -> TopicScorer:
    from crawler.topic import TopicScorer  # compiled patterns: only when scoring

    name = topic or settings.topic
    try:
        profile = settings.topic_profile(name)
    except KeyError as exc:
        raise typer.BadParameter(str(exc.args[0]), param_hint="--topic") from exc
    if profile is None:
        raise typer.BadParameter("classification needs a topic profile, not 'none'")
    return TopicScorer(name, profile)


def evidence_json(relevance: Relevance) -> list[dict[str, Any]]:
    return [
        {"term": e.term, "field": e.field, "count": e.count, "weight": e.weight}
        for e in relevance.evidence
    ]


def classify(ctx: typer.Context, topic: TopicOption = None) -> None:
    """Read JSON Lines {"id", "text"} (optionally "title", "summary") on stdin; write
    {"id", "relevance", "relevant", "evidence"} per line. A line that is not valid JSON or has
    no text gets {"id", "error"}; the exit status is then 1."""
    context: AppContext = ctx.obj
    scorer = _scorer(context.settings, topic)
    failures = 0
    out = sys.stdout
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        record = _classify_line(scorer, line, number)
        failures += "error" in record
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if failures:
        typer.echo(f"newsagg classify: {failures} lines could not be classified", err=True)
        raise typer.Exit(1)


def _classify_line(scorer: TopicScorer, line: str, number: int) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": number, "error": f"invalid JSON: {exc}"}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        ident = item.get("id") if isinstance(item, dict) else None
        return {"id": ident, "line": number, "error": 'expected an object with a "text" string'}
    relevance = scorer.score(item.get("title"), item["text"], summary=item.get("summary"))
    return {
        "id": item.get("id"),
        "relevance": relevance.score,
        "relevant": relevance.is_relevant,
        "evidence": evidence_json(relevance),
    }


def rescore(
    ctx: typer.Context,
    topic: TopicOption = None,
    batch_size: Annotated[int, typer.Option(metavar="N", help="articles per transaction")] = 500,
) -> None:
    """Re-score every stored article against the current topic profile (after changing it in
    the config), without refetching. Articles that fall below the threshold are kept but hidden
    from `export` (see --include-irrelevant)."""
    import sqlalchemy as sa

    from storage.db import transaction
    from storage.models import Article

    context: AppContext = ctx.obj
    scorer = _scorer(context.settings, topic)
    cursor, changed, total = 0, 0, 0
    while True:
        with transaction(context.writer()) as session:
            batch = session.scalars(
                sa.select(Article).where(Article.id > cursor).order_by(Article.id).limit(batch_size)
            ).all()
            for article in batch:
                relevance = scorer.score(article.title, article.text)
                changed += article.is_relevant != relevance.is_relevant
                article.topic = relevance.topic
                article.relevance = relevance.score
                article.is_relevant = relevance.is_relevant
                article.evidence = evidence_json(relevance)
            total += len(batch)
        if not batch:
            break
        cursor = batch[-1].id
    typer.echo(f"rescored {total} articles with topic {scorer.name!r}; {changed} changed verdict")
