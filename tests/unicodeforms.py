"""XML documents in every Unicode form a server sends: UTF-8/16/32, BOM or none, label or none."""

from __future__ import annotations

UNICODE_FORMS = [
    (codec, bom, declared)
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    for bom in (True, False)
    for declared in (True, False)
]
UNICODE_IDS = [
    f"{codec}-{'bom' if bom else 'nobom'}-{'declared' if declared else 'sniffed'}"
    for codec, bom, declared in UNICODE_FORMS
]


def encode_as(text: str, codec: str, *, bom: bool, declared: bool) -> bytes:
    """`text` (starting with <?xml ... encoding="UTF-8"?>) in `codec`, with or without a BOM,
    its declaration naming the codec or no encoding at all."""
    label = codec.rsplit("-", 1)[0] if codec != "utf-8" else codec  # utf-16-le -> utf-16
    if declared:
        text = text.replace('encoding="UTF-8"', f'encoding="{label.upper()}"')
    else:
        text = text.replace(' encoding="UTF-8"', "")
    return (("\ufeff" if bom else "") + text).encode(codec)
