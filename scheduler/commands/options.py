"""Checks of option values shared by several commands, with the errors typer shows users."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from settings import Settings


def check_topic(settings: Settings, topic: str | None) -> None:
    """A --topic value must name a configured profile, or be 'none'."""
    if topic is not None and topic != "none" and topic not in settings.topics:
        known = ", ".join(sorted(settings.topics))
        raise typer.BadParameter(f"unknown topic profile {topic!r} (known: {known}, none)",
                                 param_hint="--topic")  # fmt: skip


def parse_since(value: str | None) -> datetime | None:
    """An ISO 8601 date or time; UTC when it names no zone."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"not an ISO 8601 date or time: {value!r}",
                                 param_hint="--since") from exc  # fmt: skip
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def check_urls(urls: list[str], param_hint: str) -> list[str]:
    """Each value must be an absolute http(s) URL with a host (checked before anything is stored)."""
    from crawler.urls import InvalidUrlError, normalize_url

    for url in urls:
        try:
            normalize_url(url)
        except InvalidUrlError as exc:
            raise typer.BadParameter(
                f"{url!r} is not an http(s) URL (e.g. https://example.org/news/)",
                param_hint=param_hint,
            ) from exc
    return urls
