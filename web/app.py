"""The ASGI application: API and page routes, templates, and the token gate."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from sqlalchemy.orm import Session, sessionmaker

from settings import Settings
from storage.search import MARK_END, MARK_START
from web import api, pages
from web.access import TokenGate


def marked(snippet: str) -> Markup:
    """A search snippet as HTML: text escaped, matched words in <mark>."""
    html = str(escape(snippet)).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return Markup(html)  # safe: built from escaped text and our own two tags


def create_app(settings: Settings, sessions: sessionmaker[Session]) -> FastAPI:
    """The read-only web application over the database that `sessions` opens."""
    app = FastAPI(
        title="newsagg",
        version="1",
        summary="Read-only API, pages and Atom feeds over the stories newsagg collected.",
        docs_url="/api/docs",
        redoc_url=None,
    )
    templates = Jinja2Templates(directory=str(resources.files("web") / "templates"))
    templates.env.filters["marked"] = marked
    app.state.settings = settings
    app.state.sessions = sessions
    app.state.templates = templates
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(TokenGate, token=settings.serve.token)
    return app
