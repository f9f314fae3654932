"""Fault-suite helpers: a site of many distinct articles, processes killed at a random page,
and the checks that nothing was lost, doubled or left broken in the database."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from storage.db import make_engine
from storage.models import Article, ArticleUrl, PendingEntry
from tests.httpsite import HttpSite, Route
from tests.newssite import Story, article_html, rss

WORDS = [
    "asylum",
    "border",
    "court",
    "minister",
    "policy",
    "refugee",
    "visa",
    "council",
    "region",
    "budget",
    "family",
    "school",
    "harbour",
    "winter",
    "report",
    "official",
    "agency",
    "record",
    "hearing",
    "appeal",
    "camp",
    "permit",
    "labour",
    "market",
    "housing",
    "shelter",
    "volunteer",
    "river",
    "village",
    "mayor",
    "election",
    "clinic",
    "teacher",
    "farmer",
    "factory",
    "railway",
    "bridge",
    "storm",
    "harvest",
    "museum",
    "library",
    "festival",
    "treaty",
    "envoy",
    "summit",
    "protest",
    "union",
    "wage",
    "tax",
    "pension",
    "hospital",
    "nurse",
    "doctor",
    "ferry",
    "island",
    "coast",
    "desert",
    "mountain",
    "valley",
    "forest",
]


def many_stories(count: int, seed: int = 7) -> tuple[Story, ...]:
    """Distinct articles: random word sequences share no long shingles, so none is a copy."""
    rng = random.Random(seed)

    def paragraph() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(45)).capitalize() + "."

    return tuple(
        Story(f"report-{n}", f"Report {n}: {' '.join(rng.sample(WORDS, 5))}",
              tuple(paragraph() for _ in range(5)), is_on_topic=True, day=1 + n % 28)
        for n in range(count)
    )  # fmt: skip


def serve_stories(site: HttpSite, stories: Sequence[Story], delay_s: float = 0.05) -> str:
    """Article pages (each a little slow, so a kill lands mid-poll), /rss.xml and a homepage;
    returns the feed URL."""
    for story in stories:
        site.route(story.path, Route(article_html(story, "Fault News"), delay_s=delay_s))
    links = "".join(f'<li><a href="{s.path}">{s.title}</a></li>' for s in stories)
    site.route("/", Route(f"<html><body><h1>Fault News</h1><ul>{links}</ul></body></html>"))
    return site.route("/rss.xml", Route(rss(site, tuple(stories)), etag='"v1"',
                                        content_type="application/rss+xml"))  # fmt: skip


def page_hits(site: HttpSite) -> int:
    return sum(1 for hit in site.hits if hit.path.startswith("/2026/"))


def start(args: Sequence[str | Path], cwd: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    """`newsagg ARGS` in its own process group; its stderr is appended to cwd/stderr.log."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NEWSAGG_")}
    with (cwd / "stderr.log").open("a") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "scheduler", *map(str, args)], cwd=cwd,
            env={**environment, **env}, stdout=subprocess.DEVNULL, stderr=log, text=True,
            start_new_session=True,
        )  # fmt: skip


def kill_after_pages(
    process: subprocess.Popen[str], site: HttpSite, pages: int, timeout_s: float = 120
) -> bool:
    """SIGKILL the process (and its cycle children) once the site has served `pages` more
    article pages; False when it finished first."""
    target, deadline = page_hits(site) + pages, time.monotonic() + timeout_s
    while process.poll() is None and page_hits(site) < target and time.monotonic() < deadline:
        time.sleep(0.02)  # waiting on the site's progress, not on the clock
    if process.poll() is not None:
        return False
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return True


def stored_paths(db_url: str) -> list[str]:
    """The article path of every stored article (one entry per article row)."""
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            query = select(ArticleUrl.url).where(ArticleUrl.relation == "canonical")
            return sorted("/" + url.split("/", 3)[3] for url in session.scalars(query))
    finally:
        engine.dispose()


def pending_entries(db_url: str) -> int:
    """Announced entries whose page is not settled yet (kept for a later poll, never dropped)."""
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(PendingEntry)) or 0
    finally:
        engine.dispose()


def assert_each_stored_once(db_url: str, stories: Sequence[Story]) -> None:
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            articles = session.scalar(select(func.count()).select_from(Article))
            pending = session.scalar(select(func.count()).select_from(PendingEntry))
            orphans = session.scalar(select(func.count()).select_from(Article).where(
                ~Article.id.in_(select(ArticleUrl.article_id))))  # fmt: skip
        assert_integrity(engine)
    finally:
        engine.dispose()
    assert stored_paths(db_url) == sorted(s.path for s in stories)  # 0 lost
    assert articles == len(stories)  # 0 duplicated
    assert (pending, orphans) == (0, 0)


def assert_integrity(engine: Engine) -> None:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        else:  # PostgreSQL keeps its constraints; check the indexes behind the unique keys
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS amcheck"))
            indexes = connection.execute(text(
                "SELECT c.oid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relam = "
                "(SELECT oid FROM pg_am WHERE amname = 'btree')")).scalars().all()  # fmt: skip
            for oid in indexes:
                connection.execute(text("SELECT bt_index_check(:oid, true)"), {"oid": oid})
            connection.commit()
