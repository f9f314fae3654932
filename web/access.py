"""Who may use the read side: loopback by default; beyond it only with the bearer token."""

from __future__ import annotations

import hmac
import ipaddress

from pydantic import SecretStr
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send


class BindError(ValueError):
    """The server would be reachable beyond this machine without a token."""

    def __init__(self, host: str) -> None:
        super().__init__(
            f"refusing to serve on {host} without a token: set NEWSAGG_SERVE__TOKEN "
            "(or bind to 127.0.0.1)"
        )
        self.host = host


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: SecretStr | None) -> None:
    """Raise BindError when `host` is not loopback and no token is configured."""
    if not is_loopback(host) and not (token and token.get_secret_value()):
        raise BindError(host)


class TokenGate:
    """ASGI middleware: with a token configured every request must carry `Authorization: Bearer
    <token>`. Without one, check_bind has kept the server on loopback."""

    def __init__(self, app: ASGIApp, token: SecretStr | None) -> None:
        self.app = app
        self.token = token.get_secret_value().encode() if token else b""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self._allowed(Request(scope)):
            await self.app(scope, receive, send)
            return
        response: Response = JSONResponse(
            {"detail": "a bearer token is required"},
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
        await response(scope, receive, send)

    def _allowed(self, request: Request) -> bool:
        if not self.token:
            return True
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(given.encode(), self.token)
