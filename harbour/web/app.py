"""``create_app``: the Sanic app that serves the widget and the demo page, with strict headers.

Every response says: scripts, styles and images only from this origin, connections only to the
Rasa server, no framing, no referrer, no MIME sniffing and no caching (a cached copy of the
widget or the page would be a trace on the person's device).
"""
from __future__ import annotations

import uuid
from typing import Optional

from sanic import Sanic
from sanic.request import Request
from sanic.response import HTTPResponse

from harbour.web.config import WebConfig
from harbour.web.widget import ASSETS, widget_blueprint


class MissingAssetError(FileNotFoundError):
    """A file the widget needs is missing (run `make setup`)."""


def security_headers(config: WebConfig, embeddable: bool) -> dict:
    """The headers of every response; widget files may be loaded by other sites' pages."""
    return {
        "Content-Security-Policy": config.content_security_policy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store, max-age=0",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "cross-origin" if embeddable else "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    }


def create_app(config: Optional[WebConfig] = None) -> Sanic:
    """The web server for ``config`` (default: from the environment)."""
    config = config or WebConfig.from_env()
    missing = [str(path) for path, _ in ASSETS.values() if not path.is_file()]
    if missing:
        raise MissingAssetError(f"Widget files are missing: {missing}. Run `make setup` (npm ci).")
    app = Sanic(f"harbour_web_{uuid.uuid4().hex[:8]}", configure_logging=False)
    app.config.update({"ACCESS_LOG": False, "KEEP_ALIVE_TIMEOUT": 5})
    app.ctx.config = config
    app.blueprint(widget_blueprint())

    @app.on_response
    async def add_security_headers(request: Request, response: HTTPResponse) -> None:
        embeddable = request.path.startswith("/widget/")
        for name, value in security_headers(config, embeddable).items():
            response.headers[name] = value

    return app
