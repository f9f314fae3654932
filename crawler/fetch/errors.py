"""Why a fetch failed: ErrorKind from an HTTP status or an exception, and FetchError.

By class name, so this module needs neither Scrapy nor Twisted, and both libraries' spellings of
one failure map to one kind.
"""

from __future__ import annotations

from crawler.items import ErrorKind

TRANSIENT_KINDS = frozenset(
    {ErrorKind.DNS, ErrorKind.CONNECTION, ErrorKind.TIMEOUT, ErrorKind.HTTP_5XX,
     ErrorKind.RATE_LIMITED}
)  # fmt: skip


class FetchError(Exception):
    """A page could not be fetched: why (kind), the HTTP status if any, whether to try later."""

    def __init__(self, url: str, kind: ErrorKind, message: str, status: int | None = None) -> None:
        super().__init__(f"{kind.value}: {message} ({url})")
        self.url = url
        self.kind = kind
        self.status = status
        self.retryable = kind in TRANSIENT_KINDS


def classify_status(status: int) -> ErrorKind:
    """The error kind of an HTTP status that is not a success."""
    if status == 429:
        return ErrorKind.RATE_LIMITED
    if 400 <= status < 500:
        return ErrorKind.HTTP_4XX
    if status >= 500:
        return ErrorKind.HTTP_5XX
    return ErrorKind.OTHER


# Exception class names (Scrapy, Twisted, ours) -> kinds.
EXCEPTION_KINDS = {
    "CannotResolveHostError": ErrorKind.DNS,
    "DNSLookupError": ErrorKind.DNS,
    "gaierror": ErrorKind.DNS,
    "DownloadTimeoutError": ErrorKind.TIMEOUT,
    "TimeoutError": ErrorKind.TIMEOUT,
    "TCPTimedOutError": ErrorKind.TIMEOUT,
    "DNSTimeoutError": ErrorKind.TIMEOUT,
    "DownloadConnectionRefusedError": ErrorKind.CONNECTION,
    "ConnectionRefusedError": ErrorKind.CONNECTION,
    "ConnectionLost": ErrorKind.CONNECTION,
    "ConnectionDone": ErrorKind.CONNECTION,
    "ConnectError": ErrorKind.CONNECTION,
    "ConnectionResetError": ErrorKind.CONNECTION,
    "DownloadFailedError": ErrorKind.CONNECTION,
    "ResponseDataLossError": ErrorKind.CONNECTION,
    "ResponseNeverReceived": ErrorKind.CONNECTION,
    "ResponseFailed": ErrorKind.CONNECTION,
    "SSLError": ErrorKind.CONNECTION,
    "BlockedAddressError": ErrorKind.BLOCKED,
}
TOO_LARGE_MESSAGES = ("max size", "DOWNLOAD_MAXSIZE")


def classify_error(
    *, status: int | None = None, exception: BaseException | None = None
) -> ErrorKind:
    """The kind of a failed fetch, from the HTTP status or the exception that ended it."""
    if exception is not None:
        kind = classify_exception(exception)
        if kind is not ErrorKind.OTHER or status is None:
            return kind
    return classify_status(status) if status is not None else ErrorKind.OTHER


def classify_exception(exception: BaseException) -> ErrorKind:
    message = str(exception)
    feed_kind = getattr(exception, "kind", None)  # FeedParseError carries its own kind
    if isinstance(feed_kind, str) and feed_kind in ErrorKind.__members__.values():
        return ErrorKind(feed_kind)
    if any(text in message for text in TOO_LARGE_MESSAGES):
        return ErrorKind.TOO_LARGE
    if "robots.txt" in message:
        return ErrorKind.BLOCKED
    if "max redirections" in message:
        return ErrorKind.REDIRECT_LOOP
    for cls in type(exception).__mro__:
        if cls.__name__ in EXCEPTION_KINDS:
            return EXCEPTION_KINDS[cls.__name__]
    return ErrorKind.OTHER


def describe(error: BaseException) -> str:
    """An exception as one line: its class name and message."""
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
