"""What a fetched body is: its media type (the one "is this HTML?" rule) and its text (the one
charset and byte-order-mark rule), for pages, feeds and sitemaps alike.
"""

from __future__ import annotations

from charset_normalizer import from_bytes
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
    to_unicode,
)

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Without a BOM, the first characters of an XML or HTML document are ASCII ("<" or space), so
# which of the first four bytes are zero tells UTF-16 and UTF-32 and their byte order (XML 1.0
# appendix F).
_ZERO_PATTERNS: dict[tuple[bool, ...], str] = {
    (True, True, True, False): "utf-32-be",
    (False, True, True, True): "utf-32-le",
    (True, False, True, False): "utf-16-be",
    (False, True, False, True): "utf-16-le",
}
_EBCDIC_XML = b"\x4c\x6f\xa7\x94"  # "<?xm" in the EBCDIC code pages
_MAX_UTF8_ERROR_SHARE = 0.05
_ASCII_BYTES = bytes(range(128))
_DETECTOR_BYTES = 200_000
# below this, a detector guesses among single-byte code pages ("Café à" reads as cp1250 too)
_DETECTOR_MIN_NON_ASCII = 16
FALLBACK_ENCODING = "cp1252"  # a superset of latin-1 that decodes nearly any byte


def media_type(content_type: str | None) -> str:
    """The media type of a Content-Type value, lower case, without parameters ("" if none)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def is_html_type(content_type: str | None) -> bool:
    """Whether a response may be a web page: declared HTML/XHTML, or no type declared at all."""
    mime = media_type(content_type)
    return not mime or mime in HTML_TYPES


def sniff_encoding(raw: bytes) -> tuple[str | None, int]:
    """The encoding the first bytes prove (a BOM, or the zero bytes of UTF-16/32 around an ASCII
    character) and the length of the BOM to skip; (None, 0) when they prove nothing."""
    encoding, bom = read_bom(raw)
    if encoding is not None and bom is not None:
        return encoding, len(bom)
    head = raw[:4]
    if head == _EBCDIC_XML:
        return ebcdic_declared(raw), 0
    if len(head) < 4:
        return None, 0
    return _ZERO_PATTERNS.get(tuple(byte == 0 for byte in head)), 0


def ebcdic_declared(raw: bytes) -> str:
    """The EBCDIC code page an XML declaration names (cp500 when it names none we know)."""
    declaration = raw[:200].decode("cp500").encode("ascii", "replace")
    declared = html_body_declared_encoding(declaration)
    return (resolve_encoding(declared) if declared else None) or "cp500"


def declared_encoding(raw: bytes, content_type: str | None) -> str | None:
    """The charset a document declares: the HTTP header first, then <?xml encoding> or <meta>."""
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(raw)
    return resolve_encoding(declared) if declared else None


def decode_bytes(raw: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return (encoding, text) of a body. A BOM or UTF-16/32 zero pattern decides; then valid
    UTF-8 wins over declarations, which are often wrong; then the declared charset; then a
    detector. The BOM is not part of the text."""
    encoding, skip = sniff_encoding(raw)
    if encoding is not None:
        return encoding, to_unicode(raw[skip:], encoding)
    try:
        return "utf-8", raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few stray bytes (a pasted Latin-1 character) is still UTF-8; text in a
    # single-byte encoding fails on nearly every non-ASCII byte instead.
    text = raw.decode("utf-8", errors="replace")
    non_ascii = len(raw.translate(None, _ASCII_BYTES))
    if text.count("\ufffd") <= _MAX_UTF8_ERROR_SHARE * non_ascii:
        return "utf-8", text
    encoding = declared_encoding(raw, content_type)
    if encoding in (None, "utf-8"):
        # UTF-8 was declared (or nothing was) but the bytes are not UTF-8: ask the detector.
        encoding = detected_encoding(raw, non_ascii)
    encoding = encoding or FALLBACK_ENCODING
    return encoding, to_unicode(raw, encoding)


def detected_encoding(raw: bytes, non_ascii: int) -> str | None:
    """charset_normalizer's best guess; None when there is too little non-ASCII text to judge."""
    if non_ascii < _DETECTOR_MIN_NON_ASCII:
        return None
    best = from_bytes(raw[:_DETECTOR_BYTES]).best()
    return resolve_encoding(best.encoding) if best is not None else None
