"""The JSON API (read-only): stories with cursor paging, filters and search; one story with
every URL it was seen under and its revisions; sources with their health."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from sqlalchemy.orm import Session

from storage import catalog
from web import schemas
from web.query import MAX_ID, StoryQuery, find, session, story_query

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/stories", response_model=schemas.StoryPage)
def list_stories(
    db: Annotated[Session, Depends(session)],
    query: Annotated[StoryQuery, Depends(story_query)],
    after_id: Annotated[int, Query(ge=0, le=MAX_ID, description="cursor: ids > this")] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    sort: Annotated[
        Literal["id", "relevance"],
        Query(description="id: cursor order (default); relevance: best first (needs q)"),
    ] = "id",
    offset: Annotated[int, Query(ge=0, le=10_000, description="with sort=relevance")] = 0,
) -> schemas.StoryPage:
    """Stories in id order, `limit` at a time: pass `next_after_id` back as `after_id` to read
    on; no story is skipped or repeated. With `q`, only stories matching the search."""
    order: Literal["cursor", "relevance"] = (
        "relevance" if sort == "relevance" and query.q else "cursor"
    )
    found = find(db, query, limit=limit, order=order, after_id=after_id, offset=offset)
    stories = [schemas.summary(f.listing, f.score, f.snippet) for f in found]
    more = order == "cursor" and len(stories) == limit
    return schemas.StoryPage(stories=stories, next_after_id=stories[-1].id if more else None)


@router.get(
    "/stories/{story_id}",
    response_model=schemas.StoryDetail,
    responses={404: {"description": "no such story"}},
)
def get_story(
    db: Annotated[Session, Depends(session)],
    story_id: Annotated[int, Path(ge=1, le=MAX_ID)],
) -> schemas.StoryDetail:
    """One story: clean text, metadata, the relevance evidence, every URL, outlet and headline
    it was seen under (canonical, variants, syndicated copies), and its superseded revisions."""
    found = catalog.detail(db, story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id}")
    return schemas.detail(found)


@router.get("/sources", response_model=list[schemas.SourceOut])
def list_sources(db: Annotated[Session, Depends(session)]) -> list[schemas.SourceOut]:
    """Every source with its health: last check, last error, failures, next check."""
    return [schemas.source(health) for health in catalog.source_health(db)]
