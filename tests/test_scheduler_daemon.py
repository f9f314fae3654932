"""The real daemon (`newsagg run`) as a subprocess against local HTTP servers and a real database."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from storage.db import make_engine
from storage.models import Article, ArticleUrl, Source
from tests.httpsite import Hit, HttpSite, Route
from tests.newssite import STORIES, article_html, serve_news_site

ON_TOPIC = sorted(s.title for s in STORIES if s.is_on_topic)
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(path: Path, db_url: str, feeds: list[str]) -> None:
    sources = "".join(f'\n[[sources]]\nurl = "{url}"\nkind = "feed"\n' for url in feeds)
    path.write_text(
        f"""
[database]
url = "{db_url}"
[http]
download_delay_s = 0
autothrottle = false
retries = 0
timeout_s = 3
[poll]
default_interval_s = 1
min_interval_s = 1
max_interval_s = 2
max_backoff_s = 2
[daemon]
tick_s = 0.3
lease_ttl_s = 2
stop_timeout_s = 15
cycle_timeout_s = 60
{sources}
""",
        encoding="utf-8",
    )


@contextmanager
def daemon(config: Path, cwd: Path, port: int) -> Iterator[subprocess.Popen[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSAGG_")}
    log = (cwd / f"daemon-{time.monotonic_ns()}.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "scheduler", "--config", str(config), "run", "--metrics-port", str(port)],
        cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()


def wait_for(condition: Callable[[], bool], timeout_s: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what or condition}")


def stored_titles(db_url: str) -> list[str]:
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            return sorted(t or "" for t in session.scalars(select(Article.title)))
    finally:
        engine.dispose()


def feed_source(db_url: str) -> Source | None:
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            return session.scalars(select(Source).order_by(Source.id)).first()
    finally:
        engine.dispose()


def failures(db_url: str) -> int:
    source = feed_source(db_url)
    return source.consecutive_failures if source is not None else -1


def http_get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""
    except OSError:  # not listening yet
        return 0, ""


def test_polls_on_schedule_picks_up_config_and_stops_on_sigterm(
    tmp_path: Path, db_url: str
) -> None:
    config, port = tmp_path / "newsagg.toml", free_port()
    with HttpSite() as site:
        serve_news_site(site)
        write_config(config, db_url, [site.url("/rss.xml")])
        with daemon(config, tmp_path, port) as process:
            run_and_stop(site, config, db_url, port, process)
    assert stored_titles(db_url) == ON_TOPIC


def run_and_stop(
    site: HttpSite, config: Path, db_url: str, port: int, process: subprocess.Popen[str]
) -> None:
    wait_for(lambda: stored_titles(db_url) == ON_TOPIC, what="stories stored")
    wait_for(lambda: len(site.hits_for("/rss.xml")) >= 3, what="repeated polls")
    assert site.hits_for("/rss.xml")[-1].header("if-none-match") == '"rss-v1"'
    assert http_get(f"http://127.0.0.1:{port}/healthz")[0] == 200
    metrics = http_get(f"http://127.0.0.1:{port}/metrics")[1]
    assert 'newsagg_cycles_total{kind="poll",result="ok"}' in metrics

    write_config(config, db_url, [site.url("/rss.xml"), site.url("/atom.xml")])
    wait_for(lambda: len(site.hits_for("/atom.xml")) >= 1, what="new config source polled")

    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0


def test_survives_a_failing_server_and_recovers(tmp_path: Path, db_url: str) -> None:
    config, port = tmp_path / "newsagg.toml", free_port()
    failing = {"on": True}
    with HttpSite() as site:
        serve_news_site(site)
        healthy_feed = site.routes["/rss.xml"]

        def flaky(hit: Hit) -> Route:
            if failing["on"]:
                return Route("down for maintenance", status=503)
            assert isinstance(healthy_feed, Route)
            return healthy_feed

        site.route("/rss.xml", flaky)
        write_config(config, db_url, [site.url("/rss.xml")])
        with daemon(config, tmp_path, port) as process:
            wait_for(lambda: failures(db_url) >= 2, what="failures recorded")
            source = feed_source(db_url)
            assert source is not None and source.last_error_kind == "http_5xx" and source.enabled
            failing["on"] = False
            wait_for(lambda: stored_titles(db_url) == ON_TOPIC, what="recovery")
            wait_for(lambda: failures(db_url) == 0, what="failure count reset")
            assert process.poll() is None


def test_kill_9_then_restart_stores_each_story_once(tmp_path: Path, db_url: str) -> None:
    config, port = tmp_path / "newsagg.toml", free_port()
    with HttpSite() as site:
        serve_news_site(site)
        for story in STORIES:  # slow pages: the kill lands in the middle of a cycle
            site.route(story.path, Route(article_html(story, "Test News"), delay_s=0.7))
        write_config(config, db_url, [site.url("/rss.xml")])
        with daemon(config, tmp_path, port) as first:
            wait_for(lambda: any(h.path.startswith("/2026/") for h in site.hits), what="a page")
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)
        port = free_port()
        with daemon(config, tmp_path, port) as second:
            wait_for(lambda: stored_titles(db_url) == ON_TOPIC, timeout_s=90, what="all stories")
            wait_for(lambda: http_get(f"http://127.0.0.1:{port}/healthz")[0] == 200, what="ready")
            second.send_signal(signal.SIGTERM)
            assert second.wait(timeout=20) == 0
    engine = make_engine(db_url)
    with Session(engine) as session:
        assert session.scalar(select(func.count(Article.id))) == len(ON_TOPIC)
        urls = session.scalars(select(ArticleUrl.url_key)).all()
    engine.dispose()
    assert len(urls) == len(set(urls))


@pytest.mark.postgres
def test_database_connections_dropped_are_reconnected(tmp_path: Path, db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("dropping server-side connections is a PostgreSQL test")
    config, port = tmp_path / "newsagg.toml", free_port()
    with HttpSite() as site:
        serve_news_site(site)
        write_config(config, db_url, [site.url("/rss.xml")])
        with daemon(config, tmp_path, port) as process:
            wait_for(lambda: stored_titles(db_url) == ON_TOPIC, what="stories stored")
            engine = make_engine(db_url)
            with engine.begin() as connection:  # what a server restart does to its clients
                connection.execute(text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                ))  # fmt: skip
            engine.dispose()
            polls = len(site.hits_for("/rss.xml"))
            wait_for(lambda: len(site.hits_for("/rss.xml")) >= polls + 2, what="polling goes on")
            wait_for(lambda: http_get(f"http://127.0.0.1:{port}/healthz")[0] == 200, what="healthy")
            assert process.poll() is None
