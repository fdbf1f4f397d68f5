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
"""
from __future__ import annotations

from typing import Any, Callable, Dict, Optional, Tuple

from sanic import Sanic, response
from sanic.exceptions import MethodNotSupported
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic.router import Router

_originals: Dict[str, Callable[..., Any]] = {}


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

    _originals["add_root_route"] = rasa.server.add_root_route
    rasa.server.add_root_route = add_root_route


async def empty_content_type(_request: Any, reply: Any) -> None:
    """An answer with no content type says text/plain (Sanic writes a missing one as "None")."""
    if reply is None:
        return
    if reply.headers.get("content-type") == "None":
        del reply.headers["content-type"]
    if getattr(reply, "content_type", "") in (None, "None"):
        reply.content_type = "text/plain; charset=utf-8"
