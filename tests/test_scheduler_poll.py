"""`newsagg poll` end to end: real feeds and pages on 127.0.0.1, a real SQLite database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.db import make_engine
from storage.models import RejectedUrl, Source
from tests.cli import FAST_HTTP, export, newsagg
from tests.httpsite import HttpSite, Route
from tests.newssite import STORIES, serve_news_site

ON_TOPIC = {s.title for s in STORIES if s.is_on_topic}


def article_hits(site: HttpSite) -> list[str]:
    return [hit.path for hit in site.hits if hit.path.startswith("/2026/")]


def test_rss_and_atom_of_one_site_store_each_relevant_story_once(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with HttpSite() as site:
        serve_news_site(site)
        feeds = [site.url("/rss.xml"), site.url("/atom.xml")]
        first = newsagg("--db", db, "poll", *feeds, cwd=tmp_path, env=FAST_HTTP)
        assert first.returncode == 0, first.stderr
        stories = export(db, tmp_path)
        assert sorted(s["title"] for s in stories) == sorted(ON_TOPIC)  # off-topic not stored
        assert all("utm_" not in url and "#" not in url for s in stories for url in s["urls"])
        assert len(article_hits(site)) == len(STORIES)  # each page fetched once
        fetched = len(site.hits)

        second = newsagg("--db", db, "poll", *feeds, cwd=tmp_path, env=FAST_HTTP)
        assert second.returncode == 0, second.stderr
        again = site.hits[fetched:]
        assert sorted(hit.path for hit in again if hit.path != "/robots.txt") == [
            "/atom.xml", "/rss.xml",
        ]  # fmt: skip
        assert site.hits_for("/rss.xml")[-1].header("if-none-match") == '"rss-v1"'
        assert site.hits_for("/atom.xml")[-1].header("if-modified-since")
        assert len(export(db, tmp_path)) == len(ON_TOPIC)


def test_broken_feed_is_reported_and_kept(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with HttpSite() as site:
        serve_news_site(site)
        site.route(
            "/broken.xml", Route("<<< not a feed at all >>>", content_type="application/rss+xml")
        )
        site.route("/gone.xml", Route("gone", status=500))
        result = newsagg(
            "--db", db, "poll", site.url("/broken.xml"), site.url("/gone.xml"), site.url("/rss.xml"),
            cwd=tmp_path, env=FAST_HTTP,
        )  # fmt: skip
        assert result.returncode == 1
        assert "broken.xml" in result.stderr and "gone.xml" in result.stderr
        assert sorted(s["title"] for s in export(db, tmp_path)) == sorted(ON_TOPIC)
    with Session(make_engine(f"sqlite:///{db}")) as session:
        health = {s.url.rsplit("/", 1)[1]: s for s in session.scalars(select(Source))}
    assert health["gone.xml"].last_error_kind == "http_5xx"
    assert health["broken.xml"].last_error_kind == "parse_error"
    assert health["rss.xml"].consecutive_failures == 0
    for name in ("gone.xml", "broken.xml"):  # failing feeds are retried later, never dropped
        assert health[name].consecutive_failures == 1
        assert health[name].next_check_at > health[name].last_error_at


def test_sources_add_discovers_feeds_and_sitemaps(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with HttpSite() as site:
        serve_news_site(site)
        site.route("/", Route(
            '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
            "</head><body>Test News</body></html>"
        ))  # fmt: skip
        site.route("/robots.txt", Route(f"Sitemap: {site.url('/sitemap.xml')}\n",
                                        content_type="text/plain"))  # fmt: skip
        site.route("/sitemap.xml", Route(
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{site.url(STORIES[0].path)}</loc></url></urlset>",
            content_type="application/xml",
        ))  # fmt: skip
        result = newsagg("--db", db, "sources", "add", site.url("/"), cwd=tmp_path, env=FAST_HTTP)
        assert result.returncode == 0, result.stderr
    with Session(make_engine(f"sqlite:///{db}")) as session:
        found = {(s.kind, s.url) for s in session.scalars(select(Source))}
    assert ("feed", site.url("/rss.xml")) in found
    assert ("sitemap", site.url("/sitemap.xml")) in found
    assert all(kind != "site" for kind, _ in found)


def laughs_feed() -> bytes:
    """A billion-laughs feed whose DOCTYPE hides behind a comment with markup in it."""
    levels = ['<!ENTITY l0 "borders">'] + [
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    ]
    items = "<item><title>&l9;</title><link>http://127.0.0.1/x</link></item>" * 2000
    return (
        f"<!-- a feed about <b>borders</b> --><!DOCTYPE rss [{''.join(levels)}]>"
        f"<rss version='2.0'><channel><title>&l9;</title>{items}</channel></rss>"
    ).encode()


def test_bombs_fail_guard_refusals_are_remembered_and_oneoffs_stay_off(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with HttpSite() as site, HttpSite("127.0.0.2") as private:
        private_link = private.url("/internal/asylum-report")
        site.route("/bomb.xml", Route(laughs_feed(), content_type="application/rss+xml"))
        site.route("/leaky.xml", Route(
            "<rss version='2.0'><channel><title>t</title><item><title>Internal</title>"
            f"<link>{private_link}</link></item></channel></rss>",
            content_type="application/rss+xml",
        ))  # fmt: skip
        feeds = (site.url("/bomb.xml"), site.url("/leaky.xml"))
        for _ in range(2):
            result = newsagg("--db", db, "poll", *feeds, cwd=tmp_path, env=FAST_HTTP)
            assert result.returncode == 1 and "bomb.xml" in result.stderr
        assert private.hits == []
    with Session(make_engine(f"sqlite:///{db}")) as session:
        rows = {s.url.rsplit("/", 1)[1]: s for s in session.scalars(select(Source))}
        rejected = {r.url: r.reason for r in session.scalars(select(RejectedUrl))}
    assert rows["bomb.xml"].last_error_kind == "parse_error"
    assert "DOCTYPE" in (rows["bomb.xml"].last_error or "")
    assert rejected == {private_link: "blocked"}
    assert not rows["bomb.xml"].enabled and not rows["leaky.xml"].enabled  # still one-off
