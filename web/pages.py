"""HTML pages (no JavaScript needed): the story list with search and charts, one story with its
cluster of outlets, the sources' health; and the Atom feed each list advertises."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from storage import catalog
from web import chart
from web.atom import atom_feed
from web.query import MAX_ID, StoryQuery, find, session, story_query

router = APIRouter(tags=["pages"])
ATOM = "application/atom+xml"


def _url(request: Request, path: str, params: dict[str, str]) -> str:
    return path + ("?" + urlencode(params) if params else "")


def _feed_title(query: StoryQuery) -> str:
    parts = [f"topic {query.filters.topic}" if query.filters.topic else None]
    parts.append(f"search “{query.q}”" if query.q else None)
    return "newsagg: " + (", ".join(p for p in parts if p) or "all stories")


@router.get("/", response_class=HTMLResponse)
def list_page(
    request: Request,
    db: Annotated[Session, Depends(session)],
    query: Annotated[StoryQuery, Depends(story_query)],
    before_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> Response:
    """Newest stories first (best first for a search), with filters, charts and the feed link."""
    size = request.app.state.settings.serve.page_size
    found = find(
        db, query, limit=size, order="relevance" if query.q else "newest",
        before_id=before_id, offset=offset,
    )  # fmt: skip
    next_url = None
    if len(found) == size:
        more = (
            {"offset": str(offset + size)}
            if query.q
            else {"before_id": str(found[-1].listing.article.id)}
        )
        next_url = _url(request, "/", {**query.params(), **more})
    today = datetime.now(UTC).date()
    context = {
        "query": query,
        "found": found,
        "next_url": next_url,
        "feed_url": _url(request, "/feed.atom", query.params()),
        "feed_title": _feed_title(query),
        "topics": sorted(request.app.state.settings.topics),
        "sources": [h.source for h in catalog.source_health(db)],
        "day_bars": chart.columns(
            [(d.isoformat(), n) for d, n in catalog.per_day(db, query.filters, today=today)]
        ),
        "source_bars": chart.rows(catalog.per_source(db, query.filters), width=400),
    }
    return request.app.state.templates.TemplateResponse(request, "list.html", context)


@router.get("/stories/{story_id}", response_class=HTMLResponse, responses={404: {}})
def story_page(
    request: Request,
    db: Annotated[Session, Depends(session)],
    story_id: Annotated[int, Path(ge=1, le=MAX_ID)],
) -> Response:
    """One story: clean text, metadata, and every outlet and headline it was seen under."""
    found = catalog.detail(db, story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id}")
    return request.app.state.templates.TemplateResponse(request, "story.html", {"detail": found})


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, db: Annotated[Session, Depends(session)]) -> Response:
    """Each source's health, last error and next check."""
    health = catalog.source_health(db)
    return request.app.state.templates.TemplateResponse(request, "sources.html", {"health": health})


@router.get("/feed.atom", response_class=Response, responses={200: {"content": {ATOM: {}}}})
def feed(
    request: Request,
    db: Annotated[Session, Depends(session)],
    query: Annotated[StoryQuery, Depends(story_query)],
) -> Response:
    """Atom feed of the newest stories of a topic and/or a search (the same filters as `/`)."""
    size = request.app.state.settings.serve.page_size
    found = find(db, query, limit=size, order="newest")
    base = str(request.base_url).rstrip("/")
    body = atom_feed(
        [f.listing for f in found],
        title=_feed_title(query),
        self_url=base + _url(request, "/feed.atom", query.params()),
        page_url=base + _url(request, "/", query.params()),
        now=datetime.now(UTC),
    )
    return Response(body, media_type=ATOM)
