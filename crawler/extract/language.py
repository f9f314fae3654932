"""The language of an article: py3langid over a bounded sample of its text.

py3langid ships its model LZMA-compressed and unpacks it in every process that classifies a
text (~0.4 CPU-s, a third of a one-page `newsagg extract`). The unpacked arrays are kept in the
cache folder (settings.paths) and read from there (~0.03 s); the largest is memory-mapped.
"""

from __future__ import annotations

import functools
import io
import lzma
import os
import tempfile
from array import array
from importlib import metadata
from pathlib import Path

import numpy as np
import numpy.typing as npt
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from settings.paths import cache_home

# Below this many characters of text the language identifier is no better than the page's claim.
MIN_DETECT_CHARS = 200
DETECT_SAMPLE_CHARS = 400
MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
_TYPECODES = {2: "H", 4: "I", 8: "L"}  # stdlib array codes of the DFA tables, by item size


def detect_language(text: str, declared: str | None) -> str | None:
    """Language of the text; the page's claim only decides when the text is too short."""
    if len(text) < MIN_DETECT_CHARS:
        # A few words are no evidence: trust the page, and guess only from a sentence or more.
        return declared or (str(identifier().classify(text)[0]) if len(text) >= 40 else None)
    return str(identifier().classify(text[:DETECT_SAMPLE_CHARS])[0])


@functools.cache
def identifier() -> LanguageIdentifier:
    """py3langid's identifier with its bundled model, built once per process."""
    return load_identifier(cache_home() / f"py3langid-{metadata.version('py3langid')}")


def load_identifier(folder: Path) -> LanguageIdentifier:
    """The identifier from the unpacked model in `folder`, unpacked there first if missing."""
    try:
        arrays = read_unpacked(folder) if folder.is_dir() else unpack_model(folder)
    except (OSError, ValueError):  # a read-only or full cache, a damaged copy: unpack in memory
        arrays = _packed_arrays()
    return LanguageIdentifier(
        np.asarray(arrays["ptc"]),
        np.asarray(arrays["pc"]),
        arrays["classes"].tolist(),
        _table(arrays["nextmove"]),
        arrays["out_feat"].tolist(),
        tk_row=_table(arrays["nextmove_row"]),
    )


def read_unpacked(folder: Path) -> dict[str, npt.NDArray[np.generic]]:
    return {
        name: np.load(folder / f"{name}.npy", mmap_mode="r" if name == "ptc" else None)
        for name in MODEL_ARRAYS
    }


def unpack_model(folder: Path) -> dict[str, npt.NDArray[np.generic]]:
    """Unpack the bundled model into `folder` (written aside, then renamed: a concurrent
    process never reads half a copy) and return its arrays."""
    arrays = _packed_arrays()
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".py3langid-", dir=folder.parent))
    for name, values in arrays.items():
        np.save(staging / f"{name}.npy", values, allow_pickle=False)
    try:
        os.rename(staging, folder)
    except OSError:  # another process renamed its copy first
        for path in staging.iterdir():
            path.unlink()
        staging.rmdir()
    return arrays


def _packed_arrays() -> dict[str, npt.NDArray[np.generic]]:
    with lzma.open(MODEL_DIR / MODEL_FILE) as packed:
        data = np.load(io.BytesIO(packed.read()), allow_pickle=False)
    return {name: data[name] for name in MODEL_ARRAYS}


def _table(values: npt.NDArray[np.generic]) -> array[int]:
    return array(_TYPECODES[values.dtype.itemsize], np.ascontiguousarray(values).tobytes())
