"""The read side on the command line: search --json, show, export --follow (resumes from its
cursor file, stops cleanly on Ctrl-C), serve's refusal beyond loopback, the token masked."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

from storage.db import make_engine
from tests.cli import newsagg
from tests.readside import NOW, OUTLETS, _save, populate


def stored(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "read.db"
    shutil.copyfile(sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    populate(engine)
    engine.dispose()
    return path


def test_search_json_prints_one_object_per_hit(tmp_path: Path, sqlite_template: Path) -> None:
    db = stored(tmp_path, sqlite_template)
    result = newsagg("--db", db, "search", "visa OR detention", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert [h["title"] for h in hits] == [
        "Humanitarian visa quota agreed after floods", "Detention wings closed after inspection",
    ]  # fmt: skip
    assert all(set(h) == {"id", "url", "title", "snippet", "score"} for h in hits)
    german = newsagg("--db", db, "search", "Asylverfahren", "--language", "de", cwd=tmp_path)
    assert "Schnellere Asylverfahren" in german.stdout
    bad = newsagg("--db", db, "search", "visa", "--source", "nowhere", cwd=tmp_path)
    assert bad.returncode == 2 and "no source 'nowhere'" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_show_lists_every_outlet_and_the_text(tmp_path: Path, sqlite_template: Path) -> None:
    db = stored(tmp_path, sqlite_template)
    result = newsagg("--db", db, "show", "1", cwd=tmp_path)
    assert result.returncode == 0 and all(outlet in result.stdout for outlet in OUTLETS)
    assert "seen at 3 outlet(s)" in result.stdout and "Aid groups welcomed" in result.stdout
    document = json.loads(newsagg("--db", db, "show", "1", "--json", cwd=tmp_path).stdout)
    assert [u["outlet"] for u in document["urls"]] == list(OUTLETS)
    missing = newsagg("--db", db, "show", "99", cwd=tmp_path)
    assert missing.returncode == 1 and missing.stderr.strip() == "newsagg: no story 99"


def test_export_follow_tails_new_stories_and_resumes(tmp_path: Path, sqlite_template: Path) -> None:
    db = stored(tmp_path, sqlite_template)
    cursor = tmp_path / "cursor"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSAGG_")}
    follower = subprocess.Popen(
        [sys.executable, "-m", "scheduler", "--db", str(db), "export", "--follow",
         "--cursor-file", str(cursor), "--interval-s", "0.1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert follower.stdout is not None
    first = [json.loads(follower.stdout.readline())["id"] for _ in range(3)]
    engine = make_engine(f"sqlite:///{db}")
    late = _save(engine, "https://late.example/a", "Border guards received new powers to "
                 "search phones of asylum seekers under a decree signed on Friday. " * 3,
                 "Phone searches at the border", at=NOW, source=1)  # fmt: skip
    assert json.loads(follower.stdout.readline())["id"] == late.article_id
    for _ in range(200):  # the cursor file is written right after the line is printed
        if cursor.is_file() and cursor.read_text().strip() == str(late.article_id):
            break
        threading.Event().wait(0.05)
    follower.send_signal(signal.SIGINT)
    _, err = follower.communicate(timeout=30)
    assert follower.returncode == 0 and "Traceback" not in err
    assert err.strip().endswith(f"stopped after id {late.article_id}")
    assert first == [1, 2, 3] and cursor.read_text().strip() == str(late.article_id)
    again = newsagg("--db", db, "export", "--cursor-file", cursor, cwd=tmp_path)
    assert again.returncode == 0 and again.stdout == ""  # nothing new after the cursor
    engine.dispose()


def test_serve_refuses_a_public_address_without_a_token(tmp_path: Path) -> None:
    result = newsagg("--db", tmp_path / "x.db", "serve", "--host", "0.0.0.0", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "newsagg: refusing to serve on 0.0.0.0 without a token: set NEWSAGG_SERVE__TOKEN "
        "(or bind to 127.0.0.1)"
    ]


def test_config_masks_the_serve_token(tmp_path: Path) -> None:
    env = {"NEWSAGG_SERVE__TOKEN": "very-secret-value"}
    result = newsagg("--db", tmp_path / "x.db", "config", cwd=tmp_path, env=env)
    assert result.returncode == 0 and "very-secret-value" not in result.stdout
    assert json.loads(result.stdout)["serve"]["token"] == "**********"
