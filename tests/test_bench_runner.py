"""Smoke test: the benchmark runner and the soak and relevance benchmarks still run (tiny inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.__main__ import main

pytestmark = pytest.mark.slow


def test_runner_produces_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quick", "--only", "relevance", "soak", "--no-write"]) == 0
    table = capsys.readouterr().out
    rows = [line for line in table.splitlines() if line.startswith("| topic") or "soak" in line]
    assert len(rows) >= 8
    f1 = next(line for line in rows if "dev f1" in line).split("|")
    assert float(f1[2]) > float(f1[3])  # ours beats the keyword baseline
    stored = next(line for line in rows if "stories stored" in line).split("|")[2]
    assert int(stored.split("/")[0]) > 0  # the soak daemon really collected


@pytest.mark.slow
def test_polling_benchmark_measures_both_pollers() -> None:
    from bench.polling import run_benchmark

    result = run_benchmark(feeds=(3,), entries=4, big_entries=0)
    (point,) = result["points"]
    for key in ("full_ms_per_feed", "not_modified_ms_per_feed"):
        assert point[key] > 0 and point[f"baseline_{key}"] > 0


def test_startup_benchmark_waits_for_the_first_extract_result() -> None:
    from bench.startup import run_benchmark

    result = run_benchmark(repeat=1)
    figures = result["figures"]
    # the first result comes after the imports that `--help` does without
    assert 0 < figures["help"]["wall_s"] < figures["extract"]["wall_s"]
    assert result["pages"] >= 10 and len(result["rows"]) == 2


def test_results_keep_hand_notes_and_older_sections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bench.__main__ as runner

    results = tmp_path / "RESULTS.md"
    monkeypatch.setattr(runner, "RESULTS", results)
    feeds = {"measured_at": "2026-01-01 00:00 UTC", "feeds": 3, "entries_per_feed": 2,
             "poll_304": {"feeds_per_s": 1.0}, "poll_full": {"feeds_per_s": 1.0},
             "feedparser_feeds_per_s": 2.0, "parse_feed_feeds_per_s": 2.0}  # fmt: skip
    runner.write_results({"feeds": feeds}, 1.0)
    results.write_text(results.read_text() + "\n## PostgreSQL at 1M\nwritten by hand\n")
    runner.write_results({**runner.previous_results(), "relevance": {"bad": "layout"}}, 1.0)
    text = results.read_text()
    assert text.endswith("\n## PostgreSQL at 1M\nwritten by hand\n")
    assert "**feeds** (2026-01-01 00:00 UTC)" in text
