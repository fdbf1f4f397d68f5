"""The widget blueprint: the demo page, the widget's files and a health route."""
from __future__ import annotations

import html
from pathlib import Path
from string import Template
from typing import Dict, Tuple

from sanic import Blueprint, response
from sanic.exceptions import NotFound
from sanic.request import Request
from sanic.response import HTTPResponse

ROOT = Path(__file__).resolve().parents[2]
JS = "text/javascript; charset=utf-8"
CSS = "text/css; charset=utf-8"
# URL name → (file, content type). Nothing outside this table is ever served.
ASSETS: Dict[str, Tuple[Path, str]] = {
    "widget/harbour-widget.js": (ROOT / "web" / "widget" / "harbour-widget.js", JS),
    "widget/harbour-widget.css": (ROOT / "web" / "widget" / "harbour-widget.css", CSS),
    # The socket.io browser client, pinned in package-lock.json and installed by `make setup`.
    "widget/socket.io.min.js": (ROOT / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js", JS),
    "demo/demo.css": (ROOT / "web" / "demo" / "demo.css", CSS),
    "demo/index.html": (ROOT / "web" / "demo" / "index.html", "text/html; charset=utf-8"),
    "demo/cy.html": (ROOT / "web" / "demo" / "cy.html", "text/html; charset=utf-8"),
    "demo/accessibility.html": (ROOT / "web" / "demo" / "accessibility.html", "text/html; charset=utf-8"),
}
# When the accessibility statement was prepared and last reviewed (change them when it changes).
STATEMENT_PREPARED = "4 December 2026"
STATEMENT_REVIEWED = "4 December 2026"


def render_demo(template: str, config) -> str:  # noqa: ANN001 - WebConfig (import cycle)
    """The demo page with the widget's settings in data- attributes (escaped)."""
    return Template(template).substitute(
        server=html.escape(config.rasa_url, quote=True),
        exit_url=html.escape(config.exit_url, quote=True),
    )


def render_statement(template: str, config) -> str:  # noqa: ANN001 - WebConfig (import cycle)
    """The accessibility statement with the organisation and its contact filled in (escaped)."""
    return Template(template).substitute(
        organisation=html.escape(config.organisation, quote=True),
        contact=html.escape(config.accessibility_contact, quote=True),
        prepared=STATEMENT_PREPARED,
        reviewed=STATEMENT_REVIEWED,
    )


def widget_blueprint() -> Blueprint:
    """Routes: ``/`` and ``/cy`` (demo page in English and Welsh), ``/accessibility`` (the statement), ``/widget/*`` and ``/demo/*``
    (fixed files), ``/health``."""
    blueprint = Blueprint("widget")

    @blueprint.get("/")
    async def demo(request: Request) -> HTTPResponse:
        path, _ = ASSETS["demo/index.html"]
        return response.html(render_demo(path.read_text(encoding="utf-8"), request.app.ctx.config))

    @blueprint.get("/cy")
    async def demo_welsh(request: Request) -> HTTPResponse:
        path, _ = ASSETS["demo/cy.html"]
        return response.html(render_demo(path.read_text(encoding="utf-8"), request.app.ctx.config))

    async def asset(key: str) -> HTTPResponse:
        if key not in ASSETS or key.endswith(".html"):
            raise NotFound("Not found")
        path, content_type = ASSETS[key]
        return await response.file(path, mime_type=content_type)

    @blueprint.get("/widget/<name:str>")
    async def widget_file(_: Request, name: str) -> HTTPResponse:
        return await asset(f"widget/{name}")

    @blueprint.get("/demo/<name:str>")
    async def demo_file(_: Request, name: str) -> HTTPResponse:
        return await asset(f"demo/{name}")

    @blueprint.get("/accessibility")
    async def accessibility(request: Request) -> HTTPResponse:
        """The accessibility statement for the chat, in the GOV.UK model's form."""
        path, _ = ASSETS["demo/accessibility.html"]
        return response.html(render_statement(path.read_text(encoding="utf-8"), request.app.ctx.config))

    @blueprint.get("/favicon.ico")
    async def favicon(_: Request) -> HTTPResponse:
        return response.empty()

    @blueprint.get("/health")
    async def health(_: Request) -> HTTPResponse:
        return response.json({"status": "ok"})

    return blueprint
