"""Build corpus.jsonl from originals.txt (hand-written stories), copies.json and excerpts.json
(hand-written edits), and the held-back heldout_originals.txt / heldout_copies.json.

Run from the repository root: python tests/data/syndication/build_corpus.py
Every edit must change the text, so a stale edit fails loudly instead of producing a plain copy.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
INCLUDE = re.compile(r"\{\{include (\S+) (\d+)\}\}")
SPLITS = (
    ("dev", "originals.txt", ("copies.json", "excerpts.json")),
    ("heldout", "heldout_originals.txt", ("heldout_copies.json",)),
)
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[A-Z\"“])")


def read_originals(path: Path) -> list[dict[str, Any]]:
    """Parse `=== id` blocks: header lines `key: value`, a blank line, paragraphs. A paragraph
    `{{include <id> <n>}}` is paragraph n of an earlier story, reused verbatim (background)."""
    records = []
    for block in path.read_text(encoding="utf-8").split("=== ")[1:]:
        head, _, body = block.partition("\n\n")
        lines = head.strip().split("\n")
        record: dict[str, Any] = {"id": lines[0].strip()}
        for line in lines[1:]:
            key, _, value = line.partition(":")
            record[key.strip()] = value.strip()
        paragraphs = [_resolve(p.strip(), records) for p in body.strip().split("\n\n") if p.strip()]
        record.update(cluster=record["id"], kind="original", edits=[], text="\n".join(paragraphs))
        records.append(record)
    return records


def _resolve(paragraph: str, earlier: list[dict[str, Any]]) -> str:
    match = INCLUDE.fullmatch(paragraph)
    if match is None:
        return paragraph
    source = next(record for record in earlier if record["id"] == match[1])
    text: str = source["text"].split("\n")[int(match[2])]
    return text


def apply_edit(paragraphs: list[str], edit: list[Any]) -> list[str]:
    op, *args = edit
    out = list(paragraphs)
    if op == "prefix":
        out[0] = args[0] + out[0]
    elif op == "strip_prefix":
        out[0] = out[0].removeprefix(args[0])
    elif op == "drop":
        del out[args[0]]
    elif op == "keep_first":
        out = out[: args[0]]
    elif op == "insert":
        out.insert(args[0], args[1])
    elif op == "append":
        out.append(args[0])
    elif op == "prepend":
        out.insert(0, args[0])
    elif op == "replace":
        out = [p.replace(args[0], args[1]) for p in out]
    elif op == "lede":  # "In a report published on Tuesday, the ..."
        first = out[0]
        out[0] = args[0] + (first[0].lower() + first[1:] if first[1:2].islower() else first)
    elif op == "set_lede":  # the first sentence rewritten
        sentences = SENTENCE_END.split(out[0])
        out[0] = " ".join([args[0], *sentences[1:]])
    elif op == "swap_paragraphs":
        out[args[0]], out[args[1]] = out[args[1]], out[args[0]]
    elif op == "swap_sentences":
        sentences = SENTENCE_END.split(out[args[0]])
        if len(sentences) < 2:
            raise ValueError(f"paragraph {args[0]} has one sentence")
        sentences[0], sentences[1] = sentences[1], sentences[0]
        out[args[0]] = " ".join(sentences)
    else:
        raise ValueError(f"unknown edit {op!r}")
    if out == paragraphs:
        raise ValueError(f"edit {edit!r} changed nothing")
    return out


def build_copy(spec: dict[str, Any], original: dict[str, Any]) -> dict[str, Any]:
    paragraphs = original["text"].split("\n")
    for edit in spec["edits"]:
        try:
            paragraphs = apply_edit(paragraphs, edit)
        except (IndexError, ValueError) as exc:
            raise ValueError(f"{spec['id']}: edit {edit!r} does not apply: {exc}") from exc
    return {
        "id": spec["id"],
        "cluster": original["cluster"],
        "event": original["event"],
        "topic": original["topic"],
        "site": spec["site"],
        "title": spec.get("title", original["title"]),
        "kind": "copy",
        "edits": [edit[0] for edit in spec["edits"]],
        "text": "\n".join(paragraphs),
    }


def build() -> list[dict[str, Any]]:
    """The development part (originals.txt, copies.json, excerpts.json) and the held-back part
    (heldout_*), which is written differently and never used to choose settings."""
    records = []
    for split, originals_file, copy_files in SPLITS:
        originals = read_originals(HERE / originals_file)
        by_id = {record["id"]: record for record in originals}
        specs = [spec for name in copy_files for spec in _read_json(HERE / name)]
        copies = [build_copy(spec, by_id[spec["of"]]) for spec in specs]
        records += [{**record, "split": split} for record in originals + copies]
    ids = [record["id"] for record in records]
    if len(set(ids)) != len(ids):
        raise ValueError(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    return records


def _read_json(path: Path) -> list[dict[str, Any]]:
    specs: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return specs


def main() -> None:
    records = build()
    lines = [json.dumps(record, ensure_ascii=False, sort_keys=True) for record in records]
    (HERE / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(records)} records")


if __name__ == "__main__":
    main()
