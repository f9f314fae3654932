"""Smoke test: the extraction benchmark still runs and reports every row (tiny input)."""

from __future__ import annotations

import pytest

from bench.extraction import main, run_benchmark


def test_quick_benchmark_reports_all_measures() -> None:
    result = run_benchmark(quick=True, limit=4)
    labels = [row[0] for row in result["rows"]]
    assert any("leak rate" in label for label in labels)
    assert sum("ms per page" in label for label in labels) == 3
    corpus = result["corpus"]
    assert corpus["newsagg"]["leak_rate"] < corpus["trafilatura"]["leak_rate"]
    assert set(result["seconds_per_page"]) == {"newsagg", "trafilatura", "trafilatura+metadata"}


def test_main_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quick", "--limit", "3"]) == 0
    assert "| clutter corpus body recall |" in capsys.readouterr().out
