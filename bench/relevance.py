"""Topic relevance benchmark: P/R/F1 of TopicScorer vs the keyword baseline on every labelled
set (and on each kind of item in a mixed set), and texts/second.

Run: python -m bench.relevance [--data DIR] [--topic NAME] [--errors]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.items import Relevance
from crawler.topic.relevance import TopicScorer, keyword_baseline
from settings.topics import TopicProfile, load_builtin_topics

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "relevance"
# dev and heldback: the first set (issue 6); fulltext and headlines: written for issue 17 and tuned
# on; heldback2: written for issue 17 before the profile's rules were read, never tuned on
SPLITS = ("dev", "heldback", "fulltext", "headlines", "heldback2")

Classifier = Callable[[str | None, str], Relevance]


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    title: str | None
    text: str
    label: bool
    kind: str | None = None  # full | headline, in the sets that mix both


def load_examples(path: Path) -> list[Example]:
    """A JSON Lines file of {"id", "title", "text", "label"} records (optional "kind")."""
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            examples.append(
                Example(
                    row["id"], row.get("title"), row["text"], bool(row["label"]), row.get("kind")
                )
            )
    return examples


def prf(predicted: Iterable[bool], gold: Iterable[bool]) -> dict[str, float]:
    """Precision, recall and F1 of the positive class."""
    pairs = list(zip(predicted, gold, strict=True))
    tp = sum(1 for p, g in pairs if p and g)
    fp = sum(1 for p, g in pairs if p and not g)
    fn = sum(1 for p, g in pairs if g and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(classify: Classifier, examples: list[Example]) -> dict[str, Any]:
    """Scores of one classifier on one split, with the ids it got wrong."""
    decisions = [classify(e.title, e.text).is_relevant for e in examples]
    result: dict[str, Any] = prf(decisions, [e.label for e in examples])
    result["n"] = len(examples)
    result["errors"] = [e.id for e, d in zip(examples, decisions, strict=True) if d != e.label]
    return result


def measure_speed(classify: Classifier, examples: list[Example], min_s: float = 1.0) -> float:
    """Texts per second over repeated passes through the examples."""
    done, started = 0, time.perf_counter()
    while True:
        for example in examples:
            classify(example.title, example.text)
        done += len(examples)
        elapsed = time.perf_counter() - started
        if elapsed >= min_s:
            return round(done / elapsed, 1)


def run_benchmark(
    data_dir: Path = DATA_DIR,
    topic: str = "immigration-policy",
    profile: TopicProfile | None = None,
    speed_s: float = 1.0,
) -> dict[str, Any]:
    """P/R/F1 of ours and of the keyword baseline on each split, and our texts/second."""
    scorer = TopicScorer(topic, profile or load_builtin_topics()[topic])
    systems: dict[str, Classifier] = {
        "ours": lambda title, text: scorer.score(title, text),
        "baseline": lambda title, text: keyword_baseline(title, text),
    }
    figures: dict[str, Any] = {"topic": topic, "splits": []}
    everything: list[Example] = []
    for split in SPLITS:
        path = data_dir / f"{split}.jsonl"
        if not path.is_file():
            continue
        examples = load_examples(path)
        everything += examples
        for name, part in _parts(split, examples):
            figures[name] = {system: evaluate(fn, part) for system, fn in systems.items()}
            figures["splits"].append(name)
    figures["texts_per_s"] = measure_speed(systems["ours"], everything, speed_s)
    # article-length texts of the first sets (130-310 words), comparable with earlier runs
    long_texts = [e for e in everything if e.kind is None and len(e.text.split()) > 120]
    if long_texts:
        figures["long_texts_per_s"] = measure_speed(systems["ours"], long_texts, speed_s)
    # full articles of fulltext and heldback2: 320-2,330 words, median about 530
    full = [e for e in everything if e.kind == "full"]
    if full:
        figures["full_articles_per_s"] = measure_speed(systems["ours"], full, speed_s)
    return figures


def _parts(split: str, examples: list[Example]) -> list[tuple[str, list[Example]]]:
    """The split, then each kind of item in it when it mixes kinds (heldback2:full, ...)."""
    kinds = sorted({e.kind for e in examples if e.kind})
    parts = [(split, examples)]
    if len(kinds) > 1:
        parts += [(f"{split}:{kind}", [e for e in examples if e.kind == kind]) for kind in kinds]
    return parts


def format_report(figures: dict[str, Any], show_errors: bool = False) -> str:
    lines = [f"topic relevance: {figures['topic']}"]
    for split in figures["splits"]:
        for name, result in figures[split].items():
            lines.append(
                f"  {split:18} {name:9} P={result['precision']:.3f} R={result['recall']:.3f} "
                f"F1={result['f1']:.3f}  (n={result['n']}, errors={len(result['errors'])})"
            )
            if show_errors and name == "ours" and split in ("dev", "fulltext", "headlines"):
                lines.append("    wrong: " + " ".join(result["errors"]))
    lines.append(f"  speed: {figures['texts_per_s']} texts/s (all), ")
    lines[-1] += f"{figures.get('long_texts_per_s', 0)} texts/s (article-length only), "
    lines[-1] += f"{figures.get('full_articles_per_s', 0)} full articles/s"
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    parser.add_argument("--topic", default="immigration-policy")
    parser.add_argument("--errors", action="store_true", help="list tuned-on ids we get wrong")
    args = parser.parse_args()
    print(format_report(run_benchmark(args.data, args.topic), args.errors))


if __name__ == "__main__":
    main()
