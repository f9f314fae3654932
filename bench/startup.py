"""Start-up: wall seconds until `newsagg --help` has printed, and until the first JSON line of
`newsagg extract` over many pages is out, against a bare Python process that imports
trafilatura and extracts the same first page, in the same run.

Each command runs `repeat` times interleaved with its baseline; the median wall time is reported
(and the children's CPU). Run `python -m bench.startup [--repeat N]`.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.crawlcost import compile_project

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"
BARE_FIRST = (
    "import sys, trafilatura\n"
    "text = open(sys.argv[1], encoding='utf-8', errors='replace').read()\n"
    "print(trafilatura.extract(text, with_metadata=True, output_format='json'), flush=True)\n"
)


def newsagg() -> list[str]:
    """The installed console script, as a user runs it (`python -m scheduler` without one)."""
    script = Path(sys.executable).with_name("newsagg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "scheduler"]


def first_line(argv: list[str]) -> tuple[float, float]:
    """Wall seconds until the child's first stdout line, and the child's CPU seconds overall."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        wall = time.perf_counter() - start
        child.stdout.read()
    if child.returncode != 0 or not line.strip():
        raise RuntimeError(f"{argv[:3]} failed ({child.returncode})")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(runs: dict[str, list[str]], repeat: int) -> dict[str, dict[str, float]]:
    walls: dict[str, list[float]] = {name: [] for name in runs}
    cpus: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):  # interleaved: load on the machine weighs on every command alike
        for name, argv in runs.items():
            wall, cpu = first_line(argv)
            walls[name].append(wall)
            cpus[name].append(cpu)
    return {
        name: {"wall_s": statistics.median(walls[name]), "cpu_s": statistics.median(cpus[name])}
        for name in runs
    }


def run_benchmark(repeat: int = 7) -> dict[str, Any]:
    compile_project()
    pages = sorted(str(path) for path in PAGES.glob("*.html"))
    runs = {
        "help": [*newsagg(), "--help"],
        "extract": [*newsagg(), "extract", *pages],
        "bare": [sys.executable, "-c", BARE_FIRST, pages[0]],
        "python": [sys.executable, "-c", "print('up', flush=True)"],
    }
    figures = measure(runs, repeat)
    rows = [
        (
            "`newsagg --help`, wall s to output, median (vs a bare `python -c print`)",
            f"{figures['help']['wall_s']:.3f}",
            f"{figures['python']['wall_s']:.3f}",
            "target < 0.5 s",
        ),
        (
            f"`newsagg extract` of {len(pages)} pages: wall s to the first result, median "
            "(vs python + trafilatura.extract of the first page)",
            f"{figures['extract']['wall_s']:.3f}",
            f"{figures['bare']['wall_s']:.3f}",
            "target < 1 s",
        ),
    ]
    return {"figures": figures, "pages": len(pages), "repeat": repeat, "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(json.dumps(run_benchmark(args.repeat), indent=2))


if __name__ == "__main__":
    main()
