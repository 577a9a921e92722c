"""Bearer auth for the write routes, request body limits (413) and security headers.

Why pure ASGI middleware for the last two: the body limit must act on the stream
*before* a route reads it (a 2 GB upload must cost nothing), and the headers are
added to every response, including the ones Starlette makes itself (404, 405),
without the per-request cost of ``BaseHTTPMiddleware``.
"""

from __future__ import annotations

import secrets

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: The API's own answers are data, never pages: nothing may load, nothing may frame them.
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
#: The explorer: its own scripts, styles and API only; report pages in a frame of the same origin.
EXPLORER_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
#: A report's own page (inline script and style, as the per-report HTML is written), sandboxed
#: even when opened on its own, and framed by the explorer only.
REPORT_CSP = ("sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
              "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'; "
              "frame-ancestors 'self'")
#: /docs: FastAPI's Swagger UI loads its script and style from jsDelivr.
DOCS_CSP = ("default-src 'none'; script-src 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'unsafe-inline' https://cdn.jsdelivr.net; img-src data: https://fastapi.tiangolo.com; "
            "connect-src 'self'; frame-ancestors 'none'")

bearer = HTTPBearer(auto_error=False, description="The service's write token ($BACKCHANNEL_TOKEN or --token-file).")


def require_token(request: Request,
                  credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    """Refuse a write without the right bearer token (401), comparing in constant time."""
    expected: str = request.app.state.settings.token
    given = credentials.credentials if credentials is not None else ""
    if not given or not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid bearer token is required for this route",
                            headers={"WWW-Authenticate": "Bearer"})


class BodyTooLarge(Exception):
    """The request body passed its limit while it was being read."""


class BodyLimit:
    """413 for a request whose body is over the limit of its route, declared or streamed.

    ``limits`` maps a path to its limit in bytes; other paths get ``default``.
    A declared ``Content-Length`` over the limit is refused before anything is
    read; a chunked body is counted as it arrives and cut off at the limit.
    """

    def __init__(self, app: ASGIApp, default: int, limits: dict[str, int]) -> None:
        self.app, self.default, self.limits = app, default, limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits.get(scope["path"], self.default)
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(scope, receive, send, limit)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge
            return message

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watch)
        except BodyTooLarge:
            if not started:
                await self._refuse(scope, receive, send, limit)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = JSONResponse({"detail": f"request body too large (limit {limit:,} bytes)"}, status_code=413,
                                headers={"Connection": "close"})
        await response(scope, receive, send)


class SecurityHeaders:
    """nosniff, no referrer, and a Content-Security-Policy on every response that does not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope["path"] in ("/docs", "/docs/oauth2-redirect", "/redoc")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
                headers.setdefault("Content-Security-Policy", DOCS_CSP if docs else API_CSP)
            await send(message)

        await self.app(scope, receive, with_headers)
