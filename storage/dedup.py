"""Content dedup keys: the exact-text hash, MinHash signatures of word shingles, LSH band keys.

Pure functions, no database. Texts are compared without wire credits (datelines, agency
prefixes, reporting trailers), case and punctuation, so syndicated copies line up.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
import re
import struct
import sys
import unicodedata
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:  # annotations only: the signature needs nothing else from settings
    from settings import DedupSettings

# Signatures are compared across processes and years: the seed, scheme and hash function are
# part of the stored format. Changing any of them means recomputing every articles.minhash.
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"
EMPTY_VALUE = 0xFFFFFFFF  # a MinHash slot no shingle reached
BAND_KEY_PERSON = b"newsagg-lsh-v1"

AGENCIES = (
    r"Reuters|AP|AFP|dpa|DPA|Bloomberg|UPI|ANSA|EFE|PTI|IANS|ANI|Xinhua|Kyodo|Yonhap|TASS|AAP|CP|PA"
    r"|Associated Press|Agence France-Presse|Canadian Press|Press Association|Anadolu|Europa Press"
    r"|Lusa|Belga|APA|Interfax|Bernama|Antara|KUNA|WAM|Sputnik|CNN|NPR|IPS|Al Jazeera"
)
DASH = r"\s*(?:-{1,2}|[–—:])\s*"
# "WASHINGTON (Reuters) -", "LONDON, Jan 5 (Reuters) -", "(AP) —", "KABUL, Afghanistan (AP) —"
AGENCY_DATELINE = re.compile(
    rf"^\s*[^\n()]{{0,80}}?\((?:{AGENCIES})(?:\s*/\s*[^)\n]{{1,40}})?\){DASH}"
)
# "AFP -", "Reuters —"
AGENCY_ONLY = re.compile(rf"^\s*(?:{AGENCIES}){DASH}")
# "WASHINGTON —", "ATHENS, Greece --", "NEW YORK, Jan. 5, 2024 —": an upper-case place first
PLACE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’]{2,}(?:[ -][A-Z][A-Z.'’]+){0,3}(?:,\s*\w[\w.'’ ]{0,30}){0,3}"
    r"\s*(?:-{1,2}|[–—])\s*"
)
# closing credits that copies keep or drop: "(Reporting by ...; Editing by ...)", "AP writer X
# contributed to this report.", "Copyright 2025 The Associated Press. All rights reserved.",
# and the sign-offs of excerpts: "Read the full story on ...", "This story first appeared in ..."
TRAILER_LINE = re.compile(
    r"^\s*\(?\s*(?:(?:additional\s+)?(?:reporting|writing|editing)\s+by\b.*"
    r"|.{0,160}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)\b.*"
    r"|(?:copyright|©)\s.{0,200}"
    r"|(?:read|see)\s+(?:the\s+)?(?:full|whole|complete|original)\s+(?:story|article|report)\b.{0,120}"
    r"|this\s+(?:story|article|report)\s+(?:was\s+)?(?:originally|first)\s+"
    r"(?:appeared|published|ran)\b.{0,160})$",
    re.IGNORECASE,
)
TRAILER_LINES_CHECKED = 3
WORD = re.compile(r"\w+")
# the same words of an ASCII text (where Unicode's \w is [a-zA-Z0-9_]), found ~30% faster
ASCII_WORD = re.compile(r"\w+", re.ASCII)
# House-style variants that syndicating sites rewrite: U.S./US, 5%/5 per cent/5 percent.
DOTTED_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]\.){2,}")
PERCENT = re.compile(r"%|\bper\s+cent\b")
# what every match of the two above contains, found by a literal-first scan (~30x faster than
# their own): most texts have neither, and then the substitutions are skipped
DOTTED_HINT = re.compile(r"\.[^\W\d_]\.")
PER_CENT_HINT = re.compile(r"per\s+cent")


@dataclass(frozen=True, eq=False, slots=True)
class Signature:
    """A MinHash signature: per permutation, the smallest hash of the text's word shingles."""

    values: npt.NDArray[np.uint32]
    # band_keys() by band count, computed once: a save looks its keys up, then indexes them
    band_key_memo: dict[int, tuple[int, ...]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        # an own read-only uint32 copy: frozen all the way down, since keys derive from it
        values = np.array(self.values, dtype=np.uint32)
        values.flags.writeable = False
        object.__setattr__(self, "values", values)

    @property
    def num_perm(self) -> int:
        return len(self.values)

    @property
    def is_empty(self) -> bool:
        """True for a text without words: nothing to compare, never a near-copy of anything."""
        return bool(np.all(self.values == EMPTY_VALUE))

    def to_bytes(self) -> bytes:
        """The stored form (articles.minhash): uint32 little-endian values."""
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        if not data or len(data) % 4:
            raise ValueError(
                f"a signature is a non-empty run of uint32 values, got {len(data)} bytes"
            )
        return cls(np.frombuffer(data, dtype="<u4"))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Signature):
            return NotImplemented
        return bool(np.array_equal(self.values, other.values))

    def __hash__(self) -> int:
        return hash(self.to_bytes())


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What a near-copy lookup needs of a text: its MinHash (to find candidates through the
    band index) and its shingle set (to measure resemblance and containment exactly)."""

    signature: Signature
    shingles: frozenset[bytes]


def fingerprint(text: str, settings: DedupSettings) -> Fingerprint:
    return words_fingerprint(text_words(text), settings)


def words_fingerprint(words: list[str], settings: DedupSettings) -> Fingerprint:
    """fingerprint() of a text whose words (text_words) are already computed."""
    shingles = word_shingles(words, settings.shingle_size)
    return Fingerprint(shingles_signature(shingles, settings), frozenset(shingles))


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the text's words: equal for copies that differ only in case,
    punctuation, whitespace or wire credits."""
    return words_hash(text_words(text))


def words_hash(words: list[str]) -> str:
    """content_hash() of a text whose words (text_words) are already computed."""
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def text_signature(text: str, settings: DedupSettings) -> Signature:
    """MinHash of the text's word shingles (settings.shingle_size words, settings.num_perm)."""
    return shingles_signature(word_shingles(text_words(text), settings.shingle_size), settings)


def shingles_signature(shingles: list[bytes], settings: DedupSettings) -> Signature:
    """MinHash of already computed shingles (see text_signature): the values of datasketch's
    MinHash (scheme affine32, its sha1_hash32: the first 4 bytes of SHA-1, little-endian), taken
    here in numpy over the whole text (datasketch's per-text object and list conversions cost
    more than the arithmetic). tests/test_storage_dedup.py holds it to datasketch's values."""
    a, b = _permutations(settings.num_perm)
    if not shingles:
        return Signature(np.full(settings.num_perm, EMPTY_VALUE, dtype=np.uint32))
    sha1 = hashlib.sha1
    digests = b"".join([sha1(shingle).digest() for shingle in shingles])
    hashes = _fmix32(np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32))  # 20-byte digests
    return Signature((hashes[:, np.newaxis] * a + b).min(axis=0))


def _fmix32(values: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """The MurmurHash3 32-bit finalizer datasketch's affine32 scheme applies to every input hash
    (multiplication wraps around: arithmetic modulo 2**32)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


@functools.cache
def _permutations(num_perm: int) -> npt.NDArray[np.uint32]:
    """The seeded permutation parameters (a, b) of datasketch's MinHash, drawn once per process
    and size: datasketch draws them from a new RandomState for every MinHash. Deterministic
    (the seed is fixed), so a memo cannot change any signature."""
    minhash = _datasketch_minhash().MinHash(
        num_perm=num_perm, seed=MINHASH_SEED, scheme=MINHASH_SCHEME
    )
    permutations: npt.NDArray[np.uint32] = minhash.permutations
    permutations.flags.writeable = False
    return permutations


def _datasketch_minhash() -> ModuleType:
    """datasketch.minhash, imported without running datasketch/__init__: that one imports the
    LSH classes and with them SciPy (~1 s per process), which signing texts never uses."""
    loaded = sys.modules.get("datasketch.minhash")
    if loaded is not None:
        return loaded
    if "datasketch" in sys.modules:
        return importlib.import_module("datasketch.minhash")
    spec = importlib.util.find_spec("datasketch")
    if spec is None:
        raise ModuleNotFoundError("datasketch is not installed")
    # the package object stands in only while its two plain submodules load; a later
    # `import datasketch` elsewhere then runs the real __init__ and reuses them
    sys.modules["datasketch"] = importlib.util.module_from_spec(spec)
    try:
        return importlib.import_module("datasketch.minhash")
    finally:
        del sys.modules["datasketch"]


def band_keys(signature: Signature, bands: int) -> list[int]:
    """One signed 64-bit key per LSH band (stable across processes); [] for an empty text.

    Two texts share a band key when all rows of that band agree, which is likely for
    near-copies and unlikely otherwise. The band layout is mixed into the key so that keys
    made under other settings never collide with these.
    """
    keys = signature.band_key_memo.get(bands)
    if keys is None:
        keys = signature.band_key_memo[bands] = tuple(_band_keys(signature, bands))
    return list(keys)


def _band_keys(signature: Signature, bands: int) -> list[int]:
    if bands < 1 or signature.num_perm % bands:
        raise ValueError(f"{signature.num_perm} permutations cannot be split into {bands} bands")
    if signature.is_empty:
        return []
    rows = signature.num_perm // bands
    raw, width = signature.to_bytes(), 4 * rows
    keys = []
    for band, hasher in enumerate(_band_hashers(bands, rows)):
        key = hasher.copy()
        key.update(raw[band * width : (band + 1) * width])
        keys.append(int.from_bytes(key.digest(), "little", signed=True))
    return keys


@functools.cache
def _band_hashers(bands: int, rows: int) -> tuple[hashlib.blake2b, ...]:
    """Per band, BLAKE2b fed the band's layout prefix; a key hashes a copy (~25% less CPU)."""
    prefixes = (struct.pack("<HHH", bands, rows, band) for band in range(bands))
    return tuple(hashlib.blake2b(p, digest_size=8, person=BAND_KEY_PERSON) for p in prefixes)


def estimate_similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets (0.0 if either is empty)."""
    if a.num_perm != b.num_perm:
        raise ValueError(f"signatures of {a.num_perm} and {b.num_perm} permutations")
    if a.is_empty or b.is_empty:
        return 0.0
    return float(np.count_nonzero(a.values == b.values)) / a.num_perm


def shingle_overlap(a: frozenset[bytes], b: frozenset[bytes]) -> tuple[float, float]:
    """(resemblance, containment) of two shingle sets: their Jaccard similarity, and the share
    of the smaller set found in the larger one (an excerpt in its full story scores ~1.0)."""
    if not a or not b:
        return 0.0, 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared), shared / min(len(a), len(b))


def text_words(text: str) -> list[str]:
    """The words compared: wire credits removed, Unicode-normalised, case-folded."""
    folded = unicodedata.normalize("NFKC", strip_wire_credits(text)).casefold()
    if DOTTED_HINT.search(folded):
        folded = DOTTED_ABBREVIATION.sub(lambda match: match[0].replace(".", ""), folded)
    if "%" in folded or PER_CENT_HINT.search(folded):
        folded = PERCENT.sub(" percent ", folded)
    return (ASCII_WORD if folded.isascii() else WORD).findall(folded)


def word_shingles(words: list[str], size: int) -> list[bytes]:
    """Overlapping runs of `size` words; a shorter text is one shingle."""
    if not words:
        return []
    if len(words) <= size:
        return [" ".join(words).encode()]
    # each word encoded once, runs joined as bytes: the same bytes as encoding joined words
    encoded = [word.encode() for word in words]
    runs = zip(*(encoded[k:] for k in range(size)), strict=False)  # the shortest ends them
    return [b" ".join(run) for run in runs]


def strip_wire_credits(text: str) -> str:
    """The text without a leading dateline/agency credit and closing reporting credits."""
    for pattern in (AGENCY_DATELINE, AGENCY_ONLY, PLACE_DATELINE):
        stripped = pattern.sub("", text, count=1)
        if stripped != text:
            text = stripped
            break
    lines = text.rstrip().split("\n")
    for _ in range(TRAILER_LINES_CHECKED):
        if len(lines) > 1 and TRAILER_LINE.match(lines[-1]):
            lines.pop()
            while len(lines) > 1 and not lines[-1].strip():
                lines.pop()
    return "\n".join(lines)
