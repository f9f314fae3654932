"""Scrapy responses and failures as our records: headers, the one Page builder, why a request failed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.content import is_html_type
from crawler.fetch.errors import classify_error, describe
from crawler.items import ErrorKind, FeedEntry, Page


@dataclass(frozen=True, slots=True)
class FailedFetch:
    """Why a request failed: its kind, a one-line message, and the response of an HTTP error."""

    kind: ErrorKind
    message: str
    status: int | None = None
    response: Response | None = None


def header_dict(response: Response | None) -> dict[str, str]:
    """Response headers with lower-case names and str values (repeated headers joined)."""
    if response is None:
        return {}
    return {
        key.decode("latin-1").lower(): ", ".join(v.decode("latin-1") for v in values)
        for key, values in response.headers.items()
    }


def header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def is_html_response(response: Response) -> bool:
    """Whether a response may be a web page (crawler.content.is_html_type on its Content-Type)."""
    return is_html_type(header(response, "Content-Type"))


def requested_url(response: Response) -> str:
    """The URL first requested, before any redirect."""
    redirects = response.meta.get("redirect_urls")
    return str(redirects[0]) if redirects else response.url


def page_from_response(
    response: Response,
    *,
    fetched_at: datetime,
    entry: FeedEntry | None = None,
    source_url: str | None = None,
    requested: str | None = None,
) -> Page:
    """The Page of a fetched response; `requested` defaults to the URL before any redirect."""
    return Page(
        url=response.url,
        html=response.body,
        requested_url=requested or requested_url(response),
        status=response.status,
        content_type=header(response, "Content-Type"),
        fetched_at=fetched_at,
        entry=entry,
        source_url=source_url,
    )


def failed_fetch(failure: Failure) -> FailedFetch:
    """An errback's failure as a FailedFetch: an HTTP error by its status, others by exception."""
    error = failure.value
    response = error.response if isinstance(error, HttpError) else None
    if response is not None:
        kind = classify_error(status=response.status)
        return FailedFetch(kind, f"HTTP {response.status}", response.status, response)
    return FailedFetch(classify_error(exception=error), describe(error))
