"""`newsagg explain URL`: why a URL was stored, rejected or skipped, with the evidence."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer

from scheduler.commands.helptext import add_command
from scheduler.context import AppContext

if TYPE_CHECKING:
    from settings import Settings


def register(app: typer.Typer) -> None:
    add_command(app, "explain", explain, "Why a URL was stored, rejected or skipped.",
                "newsagg explain https://news.example/2026/11/asylum-law",
                "newsagg explain https://news.example/sport/derby --json")  # fmt: skip


def explain(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(metavar="URL", help="an article, page or source URL")],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of text")] = False,
) -> None:
    """Show what newsagg decided about a URL and on what evidence: the story it was stored in
    (canonical URL, variant or syndicated copy, topic score and matched terms), or why it was
    rejected (off topic under which topic, with the score, threshold and terms; not an article)
    and whether later crawls skip it, or that it was never fetched. Exit status 1 if unseen."""
    from storage.explain import explain_url

    context: AppContext = ctx.obj
    with context.reader()() as session:
        record = explain_url(session, url)
    if as_json:
        typer.echo(json.dumps(record, indent=2, default=_iso, ensure_ascii=False))
    else:
        typer.echo("\n".join(explanation(record, context.settings)))
    if record["decision"] == "unseen":
        raise typer.Exit(1)


def explanation(record: dict[str, Any], settings: Settings) -> list[str]:
    lines = [f"{record['url']}"]
    if record["decision"] == "stored":
        lines += _stored(record["story"], settings)
    elif record["decision"] == "rejected":
        lines += _rejected(record["rejection"], settings)
    else:
        lines.append("never fetched as a page: no story and no rejection has this URL")
    if "source" in record:
        source = record["source"]
        state = f"last error {source['last_error_kind']}" if source["last_error_kind"] else "ok"
        lines.append(f"it is source #{source['id']} ({source['kind']}, {state})")
    for event in record["fetch_events"]:
        error = f" {event['error_kind']}: {event['error']}" if event["error_kind"] else ""
        lines.append(f"  checked {_iso(event['started_at'])}: {event['outcome']}{error}")
    return lines


def _stored(story: dict[str, Any], settings: Settings) -> list[str]:
    how = {"canonical": "its canonical URL", "variant": "a variant URL (same site)",
           "copy": "a syndicated copy"}.get(story["relation"], story["relation"])  # fmt: skip
    lines = [f"stored: story #{story['id']} {story['title']!r}, as {how}"]
    if story["relation"] != "canonical":
        lines.append(f"  story URL {story['story_url']} (similarity {story['similarity']})")
    if story["topic"] is None:
        lines.append("  kept without a topic filter (--topic none)")
    else:
        verdict = "relevant" if story["is_relevant"] else "hidden from export (re-scored off topic)"
        lines.append(f"  {verdict}: {_score(story['topic'], story['relevance'], settings)}")
        lines += _evidence(story["evidence"])
    return lines


def _rejected(row: dict[str, Any], settings: Settings) -> list[str]:
    if row["reason"] != "off_topic":
        detail = f": {row['detail']}" if row["detail"] else ""
        return [f"rejected as not an article{detail}; crawls and polls skip it (seen "
                f"{_iso(row['seen_at'])})"]  # fmt: skip
    again = "from the kept page, without refetching" if row["page_kept"] else "by fetching it again"
    return [
        f"rejected as off topic {row['title']!r} (seen {_iso(row['seen_at'])})",
        f"  {_score(row['topic'], row['relevance'], settings)}",
        *_evidence(row["evidence"]),
        f"  crawls and polls under topic {row['topic']!r} skip it; under another topic (e.g. "
        f"--topic none) it is reconsidered {again}",
    ]


def _score(topic: str, relevance: float | None, settings: Settings) -> str:
    try:
        profile = settings.topic_profile(topic)
    except KeyError:
        profile = None
    threshold = f", threshold {profile.threshold}" if profile is not None else ""
    return f"topic {topic!r}, score {relevance if relevance is not None else '-'}{threshold}"


def _evidence(evidence: list[dict[str, Any]]) -> list[str]:
    if not evidence:
        return ["  no topic term matched"]
    terms = ", ".join(f"{e['term']!r} x{e['count']} in {e['field']} ({e['weight']:+g})"
                      for e in evidence[:12])  # fmt: skip
    return [f"  matched: {terms}"]


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)
