"""Small HTTP fixes every Harbour server process gets: HEAD, OPTIONS, and a root that says no version.

Installed by :mod:`harbour.serve` before a server is built (idempotent); nothing changes what a
GET or POST returns.

- **HEAD** on a route that serves GET is answered as that GET without its body (Sanic 21.12
  answers 405; HTTP says a server that serves GET must also serve HEAD). Sanic itself drops the
  body of a HEAD response and keeps its headers.
- **OPTIONS** answers (Sanic-CORS's automatic ones, on the Rasa port) carried the header
  ``content-type: None`` (Sanic writes a missing content type as the word); they now say
  ``text/plain`` for their empty body.
- **``GET /`` on the Rasa port** said "Hello from Rasa: 3.6.21": a version tells an attacker which
  published vulnerabilities to try. It now answers ``{"status": "ok"}`` like the channels' own
  health routes.
- **A body over a megabyte on the Rasa port** gets 413 *after* it has been read and dropped
  (up to :data:`DRAIN_CEILING`), so the client hears why. Sanic refused it as soon as it saw the
  length and closed the socket on the unread rest: the kernel then resets the connection, and a
  client still sending (a 2 MB body on a busy machine) got "broken pipe" instead of the 413.
  Nothing over the limit is kept: at most :data:`MAX_REQUEST_BYTES` is held while counting.
  Past the ceiling Sanic's own refusal stands (a reset), which is what such a sender has earned.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, Optional, Tuple

from sanic import Sanic, response
from sanic.exceptions import MethodNotSupported
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic.router import Router

_originals: Dict[str, Callable[..., Any]] = {}

MAX_REQUEST_BYTES = 1024 * 1024  # no chat message or Telegram update needs more than a megabyte
DRAIN_CEILING = 16 * MAX_REQUEST_BYTES  # Sanic's own limit: read and dropped up to here, then reset


def install() -> None:
    """Installs every fix in this process (idempotent)."""
    if _originals:
        return
    _install_head_for_get()
    _install_quiet_rasa_root()


def uninstall() -> None:
    """Puts Sanic's router and Rasa's root route back (for tests that share a process)."""
    if "router_get" in _originals:
        Router._get = _originals.pop("router_get")  # type: ignore[assignment]
    if "add_root_route" in _originals:
        import rasa.server  # Rasa (3.5 s to import) only where it was patched: the Rasa server

        rasa.server.add_root_route = _originals.pop("add_root_route")


def _install_head_for_get() -> None:
    original = Router._get
    _originals["router_get"] = original

    def _get(self: Router, path: str, method: str, host: Optional[str]) -> Tuple[Any, Any, Any]:
        try:
            return original(self, path, method, host)
        except MethodNotSupported:
            if method != "HEAD":
                raise
            return original(self, path, "GET", host)

    Router._get = _get  # type: ignore[assignment]


def _install_quiet_rasa_root() -> None:
    try:
        import rasa.server  # Rasa (3.5 s to import) only where it runs; the web server and dashboard have none
    except ImportError:  # the web server and dashboard need no Rasa
        return

    def add_root_route(app: Sanic) -> None:
        """``GET /``: the server is up; nothing about what it runs."""

        @app.get("/")
        async def hello(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        app.register_middleware(empty_content_type, "response")
        app.add_signal(read_within_limit, "http.routing.after")
        app.register_middleware(refuse_oversize, "request")

    _originals["add_root_route"] = rasa.server.add_root_route
    rasa.server.add_root_route = add_root_route


async def read_within_limit(request: Request, **_routing: Any) -> None:
    """Reads the body as Sanic would before the handler, keeping it only if it is within
    :data:`MAX_REQUEST_BYTES`; a bigger one is read to the end and dropped, and marked for
    :func:`refuse_oversize`. Sanic's ``request_max_size`` (:data:`DRAIN_CEILING`) still bounds
    the read. Runs on ``http.routing.after``: Sanic 21.12 reads the body before request
    middleware, so a middleware alone would hold the whole oversize body."""
    stream = request.stream
    if stream is None or not getattr(stream, "request_body", None):
        return
    kept, size = [], 0
    async for chunk in stream:
        size += len(chunk)
        if size <= MAX_REQUEST_BYTES:
            kept.append(chunk)
    if size > MAX_REQUEST_BYTES:
        request.ctx.harbour_body_too_large = True
    else:
        request.body = b"".join(kept)


async def refuse_oversize(request: Request) -> Optional[HTTPResponse]:
    """413, with a reason, for a body :func:`read_within_limit` dropped."""
    if getattr(request.ctx, "harbour_body_too_large", False):
        return response.json({"error": f"The request body is larger than {MAX_REQUEST_BYTES} bytes."}, status=413)
    return None


async def empty_content_type(_request: Any, reply: Any) -> None:
    """An answer with no content type says text/plain (Sanic writes a missing one as "None")."""
    if reply is None:
        return
    if reply.headers.get("content-type") == "None":
        del reply.headers["content-type"]
    if getattr(reply, "content_type", "") in (None, "None"):
        reply.content_type = "text/plain; charset=utf-8"
