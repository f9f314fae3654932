"""Score newsagg vs bare trafilatura on the blind2 briefs. Run: .venv/bin/python tests/data/briefs_blind2/score.py"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from bench.extraction import bare_text, newsagg_text  # noqa: E402


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def score_page(text: str, label: dict) -> tuple[list[str], list[str]]:
    out = norm(text)
    missing = [b for b in label["body"] if norm(b) not in out]
    leaked = [c for c in label["clutter"] if norm(c) in out]
    return missing, leaked


def main() -> None:
    totals: dict[str, dict[str, list[int]]] = {}
    failures: list[str] = []
    for path in sorted((HERE / "labels").glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        raw = (HERE / "pages" / f"{path.stem}.html").read_bytes()
        for name, fn in (("newsagg", newsagg_text), ("bare", bare_text)):
            missing, leaked = score_page(fn(raw), label)
            for key in ("ALL", label["layout"]):
                t = totals.setdefault(f"{name}:{key}", {"b": [0, 0], "c": [0, 0], "pages": [0, 0]})
                t["b"][0] += len(label["body"]) - len(missing)
                t["b"][1] += len(label["body"])
                t["c"][0] += len(leaked)
                t["c"][1] += len(label["clutter"])
                t["pages"][0] += bool(missing or leaked)
                t["pages"][1] += 1
            if name == "newsagg" and (missing or leaked):
                failures.append(
                    f"{path.stem}: "
                    + "; ".join(
                        [f"MISSING {m[:70]!r}" for m in missing]
                        + [f"LEAK {c[:70]!r}" for c in leaked]
                    )
                )
    print(f"{'extractor:layout':28} recall   leak     failing pages")
    for key in sorted(totals, key=lambda k: (k.split(":")[1] != "ALL", k.split(":")[1], k)):
        t = totals[key]
        leak = t["c"][0] / t["c"][1] if t["c"][1] else 0.0
        print(
            f"{key:28} {t['b'][0] / t['b'][1]:.3f}    {leak:.3f}    {t['pages'][0]}/{t['pages'][1]}"
        )
    print("\nnewsagg failing pages:")
    print("\n".join(failures) or "none")


if __name__ == "__main__":
    main()
