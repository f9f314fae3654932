"""The `newsagg` command line, run as a user runs it: a subprocess with its own environment."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scheduler.cli import app
from scheduler.progress import CRAWL_COUNTS, POLL_COUNTS, Counts, counts_line
from settings.model import CrawlSettings, DaemonSettings
from tests.cli import newsagg
from tests.newssite import STORIES, article_html

COMMANDS = [
    [], ["run"], ["poll"], ["crawl"], ["extract"], ["export"], ["classify"], ["rescore"],
    ["status"], ["config"], ["db"], ["db", "upgrade"], ["sources"], ["sources", "add"],
    ["sources", "list"], ["sources", "remove"], ["db", "reindex"], ["db", "current"],
    ["explain"], ["healthcheck"], ["search"], ["show"], ["serve"],
]  # fmt: skip
LEAVES = [c for c in COMMANDS if c and c not in (["db"], ["sources"])]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "newsagg")
def test_every_command_explains_itself(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"], prog_name="newsagg")
    assert result.exit_code == 0, result.output
    assert "Usage: newsagg" in result.output
    description = result.output.split("Options:")[0].split("\n", 1)[1]
    assert len(description.split()) >= 8  # a sentence of help, not just a usage line
    assert not re.search(r"<[a-z\[\]]+>", result.output)  # no `<str>`, `<list[str]>` types


@pytest.mark.parametrize("command", LEAVES, ids=" ".join)
def test_every_command_shows_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "-h"], prog_name="newsagg")
    examples = result.output.split("Examples:")[1]
    assert f"newsagg {' '.join(command)}" in examples or "| newsagg " + command[0] in examples


def test_summaries_are_whole_and_version_is_shown() -> None:
    listing = CliRunner().invoke(app, ["--help"], prog_name="newsagg").output.split("Commands:")[1]
    assert "..." not in listing
    version = CliRunner().invoke(app, ["--version"], prog_name="newsagg")
    assert version.exit_code == 0 and re.fullmatch(r"newsagg \d+\.\d+\.\d+\n", version.output)


def test_help_shows_real_defaults() -> None:
    def words(*args: str) -> str:  # help text re-wrapped to one line
        return " ".join(CliRunner().invoke(app, [*args, "-h"], prog_name="newsagg").output.split())

    daemon, crawl = DaemonSettings(), CrawlSettings()
    assert f"daemon.metrics_port, {daemon.metrics_port}" in words("run")
    shown = words("crawl")
    assert f"crawl.depth, {crawl.depth}" in shown and f"crawl.max_pages, {crawl.max_pages}" in shown


def test_default_database_is_sqlite_in_current_directory(tmp_path: Path) -> None:
    result = newsagg("db", "upgrade", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "newsagg.db").exists()
    assert "up to date" in newsagg("db", "current", cwd=tmp_path).stdout


def test_config_masks_the_database_password(tmp_path: Path) -> None:
    env = {"NEWSAGG_DATABASE_URL": "postgresql://newsagg:hunter2@db.example:5432/news"}
    result = newsagg("config", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert "hunter2" not in result.stdout
    assert shown["database"]["url"] == "postgresql+psycopg://newsagg:***@db.example:5432/news"
    assert (
        shown["http"]["user_agent"].startswith("newsagg/")
        and "{" not in shown["http"]["user_agent"]
    )


def test_bad_config_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text("[http]\ntimeout_s = 'soon'\n")
    result = newsagg("--config", "bad.toml", "config", cwd=tmp_path)
    assert result.returncode == 2
    assert "timeout_s" in result.stderr and "Traceback" not in result.stderr


def test_export_of_empty_database(tmp_path: Path) -> None:
    jsonl = newsagg("export", cwd=tmp_path)
    assert jsonl.returncode == 0 and jsonl.stdout == ""
    table = newsagg("--db", str(tmp_path / "x.db"), "export", "--format", "csv", cwd=tmp_path)
    header = next(csv.reader(io.StringIO(table.stdout)))
    assert {"id", "url", "urls", "sources", "title", "authors", "published_at", "fetched_at",
            "language", "text", "relevance", "topic"} <= set(header)  # fmt: skip


def test_export_rejects_bad_since(tmp_path: Path) -> None:
    result = newsagg("export", "--since", "last tuesday", cwd=tmp_path)
    assert result.returncode == 2 and "ISO 8601" in result.stderr


def test_classify_streams_json_lines(tmp_path: Path) -> None:
    lines = [
        {"id": 1, "text": "The government will deport asylum seekers whose claims fail, the "
                          "interior minister said, as parliament debated the new migration law."},
        {"id": "b", "text": "The striker scored twice as the home side won the derby 3-1."},
    ]  # fmt: skip
    stdin = "\n".join(json.dumps(line) for line in lines) + "\nnot json\n"
    result = newsagg("classify", cwd=tmp_path, stdin=stdin)
    assert result.returncode == 1  # the bad line is reported, the others still classified
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "b", None]
    assert out[0]["relevant"] is True and out[0]["evidence"]
    assert out[1]["relevant"] is False
    assert "error" in out[2]


def test_extract_many_inputs_in_one_process(tmp_path: Path) -> None:
    story = next(s for s in STORIES if s.is_on_topic)
    off_topic = next(s for s in STORIES if not s.is_on_topic)
    (tmp_path / "a.html").write_text(article_html(story, "Test News"), encoding="utf-8")
    (tmp_path / "b.html").write_text(article_html(off_topic, "Test News"), encoding="utf-8")
    (tmp_path / "c.bin").write_bytes(bytes(range(256)) * 64)
    result = newsagg("extract", "a.html", "missing.html", "c.bin", "b.html", cwd=tmp_path)
    assert result.returncode == 1  # some inputs failed, after all were processed
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["input"] for r in records] == ["a.html", "missing.html", "c.bin", "b.html"]
    first, missing, binary, last = records
    assert first["title"] == story.title and first["authors"] == [story.author]
    assert first["published_at"].startswith(story.published_at.date().isoformat())
    assert first["language"] == "en" and first["relevant"] is True and first["relevance"] > 0
    assert story.paragraphs[0] in first["text"] and "Most read" not in first["text"]
    assert "error" in missing and "error" in binary
    assert last["relevant"] is False


@pytest.mark.parametrize(
    ("stats", "counts", "line"),
    [
        ({"pages_fetched": 12, "queued": 340, "articles": 9}, CRAWL_COUNTS,
         "pages 12/340  articles 9  skipped known 0  errors 0"),
        ({"pages_fetched": 3}, CRAWL_COUNTS, "pages 3  articles 0  skipped known 0  errors 0"),
        ({"feeds": 9, "feeds_done": 2, "pages_done": 5, "pages_queued": 40}, POLL_COUNTS,
         "feeds 2/9  pages 5/40"),
    ],
    ids=["crawl-with-sitemap-total", "crawl-no-total-yet", "poll-pages-of-entries"],
)  # fmt: skip
def test_progress_counts_pages_against_known_totals(
    stats: dict[str, int], counts: Counts, line: str
) -> None:
    assert counts_line(stats, counts) == line
