"""The language of an article: py3langid over a bounded sample of its text.

py3langid ships its model LZMA-compressed and unpacks it in every process that classifies a
text (~0.4 CPU-s, a third of a one-page `newsagg extract`). The unpacked model is kept in the
cache folder (settings.paths) and read from there (~0.06 s).
"""

from __future__ import annotations

import functools
import io
import lzma
import os
import tempfile
import zipfile
from array import array
from importlib import metadata
from pathlib import Path
from typing import BinaryIO

import numpy as np
import numpy.typing as npt
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from settings.paths import cache_home

# Below this many characters of text the language identifier is no better than the page's claim.
MIN_DETECT_CHARS = 200
DETECT_SAMPLE_CHARS = 300
UNPACKED_MODEL = "model.npz"  # py3langid's .npz.xz without the .xz
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
    path = folder / UNPACKED_MODEL
    try:
        if not path.is_file():
            unpack_model(path)
        with path.open("rb") as model:
            return _identifier_from(model)
    except (OSError, ValueError, zipfile.BadZipFile):  # a read-only or full cache, a bad copy
        return _identifier_from(io.BytesIO(_unpacked_bytes()))


def _identifier_from(model: BinaryIO) -> LanguageIdentifier:
    with np.load(model, allow_pickle=False) as data:
        return LanguageIdentifier(
            data["ptc"],
            data["pc"],
            data["classes"].tolist(),
            _table(data["nextmove"]),
            data["out_feat"].tolist(),
            tk_row=_table(data["nextmove_row"]),
        )


def unpack_model(path: Path) -> None:
    """Write the bundled model unpacked (an uncompressed .npz) to `path`: written aside, then
    renamed, so a concurrent process never reads half a copy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".model-", delete=False) as staged:
        try:
            staged.write(_unpacked_bytes())
        except OSError:
            os.unlink(staged.name)
            raise
    os.replace(staged.name, path)


def _unpacked_bytes() -> bytes:
    with lzma.open(MODEL_DIR / MODEL_FILE) as packed:
        return packed.read()


def _table(values: npt.NDArray[np.generic]) -> array[int]:
    table = array(_TYPECODES[values.dtype.itemsize])
    table.frombytes(np.ascontiguousarray(values).data.cast("B"))
    return table
