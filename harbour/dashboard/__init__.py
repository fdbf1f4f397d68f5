"""Harbour's staff dashboard: anonymous counts, behind a login, from the stats database only.

    from harbour.dashboard import create_app
    app = create_app()                       # settings from endpoints.yml and the environment
    app = create_app({"stats_url": "sqlite:////tmp/stats.sqlite3"})   # tests

``python -m harbour.serve dashboard`` runs it on 127.0.0.1:8001; ``make run`` starts it
after the Rasa server. Staff accounts: ``python -m harbour.dashboard.cli staff add NAME``.
Every page is in English or Welsh, as each browser chooses (`harbour.dashboard.i18n`).
"""
from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any, Mapping, Optional, Union

from sanic import Blueprint, Sanic, response
from sanic.exceptions import MethodNotSupported, NotFound, SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from harbour.dashboard import auth, export, pages, report_pages
from harbour.dashboard.accounts import Accounts
from harbour.dashboard.config import DashboardConfig
from harbour.dashboard.pages import language_of
from harbour.dashboard.security import LoginLimiter, Sessions, parse_networks
from harbour.language import say
from harbour.services import load_directory
from harbour.stats.settings import ROOT, StatsConfigError
from harbour.stats.store import StatsStore

STATIC = Path(__file__).resolve().parent / "static"
CHART_JS = ROOT / "node_modules" / "chart.js" / "dist" / "chart.umd.min.js"


def create_app(config: Union[DashboardConfig, Mapping[str, Any], None] = None) -> Sanic:
    """Builds the dashboard app; ``config`` is a `DashboardConfig` or overrides of the defaults.

    Raises:
        StatsConfigError: for bad settings, or when Chart.js is not installed (``make setup``).
    """
    if not isinstance(config, DashboardConfig):
        config = DashboardConfig.from_env(**dict(config or {}))
    if not CHART_JS.is_file():
        raise StatsConfigError(f"Chart.js is missing ({CHART_JS}); run `make setup` (npm ci).")

    app = _new_app()
    app.config.FORWARDED_SECRET = None
    app.config.REAL_IP_HEADER = None
    app.config.PROXIES_COUNT = 0  # Sanic never reads X-Forwarded-For; auth.py does, from trusted proxies only
    app.ctx.config = config
    app.ctx.store = StatsStore(config.stats_url)
    app.ctx.accounts = Accounts(app.ctx.store.engine)
    app.ctx.sessions = Sessions(config.idle_minutes * 60, config.absolute_hours * 3600)
    app.ctx.limiter = LoginLimiter(
        config.max_failures_per_account,
        config.max_failures_per_address,
        config.lockout_minutes * 60,
        base_delay=config.backoff_seconds,
        max_delay=config.lockout_minutes * 60,
    )
    app.ctx.trusted_proxies = parse_networks(config.trusted_proxies)
    app.ctx.templates = pages.environment()
    app.ctx.templates.globals["nav"] = [(page.path, page.title) for page in report_pages.PAGES.values()]
    app.ctx.services = {service.id: service.name for service in load_directory().services}

    auth.install(app)
    app.blueprint(_static_files())
    app.static("/vendor/chart.umd.min.js", str(CHART_JS), name="chart_js", content_type="text/javascript")
    for area in (auth, report_pages, export):
        app.blueprint(area.blueprint())
    app.error_handler.add(NotFound, _not_found)
    app.error_handler.add(MethodNotSupported, _not_found)
    app.register_listener(_open_store, "before_server_start")
    app.register_listener(_close_store, "after_server_stop")
    return app


STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}


def _static_files() -> Blueprint:
    """``/static/<name>`` for the files in static/ only: a fixed table, never a directory lookup.

    (Sanic's ``app.static`` answered ``GET /static/`` with a 500 and an IsADirectoryError.)
    """
    files = {path.name: path for path in STATIC.iterdir() if path.is_file() and path.suffix in STATIC_TYPES}
    bp = Blueprint("static")

    @bp.get("/static/<name:str>")
    async def static_file(request: Request, name: str) -> HTTPResponse:
        path = files.get(name)
        if path is None:
            return response.text(say(language_of(request), "Not found."), status=404)
        return await response.file(path, mime_type=STATIC_TYPES[path.suffix])

    return bp


async def _not_found(request: Request, error: SanicException) -> HTTPResponse:
    """A short note in the dashboard's language instead of Sanic's English error page."""
    return response.text(say(language_of(request), "There is no page at this address."), status=error.status_code)


def _new_app() -> Sanic:
    """A Sanic app; Sanic keeps a registry of names, so a second app (tests) gets a suffix."""
    try:
        return Sanic("harbour_dashboard", configure_logging=False)
    except SanicException:
        return Sanic(f"harbour_dashboard_{secrets.token_hex(4)}", configure_logging=False)


async def _open_store(app: Sanic, _loop: Optional[Any] = None) -> None:
    """Creates the tables if missing; a database that is down only makes pages say so."""
    try:
        await pages.in_thread(app.ctx.store.create_schema)
    except Exception as error:  # noqa: BLE001
        pages.logger.error(
            "Dashboard: the statistics database at %s can't be reached yet (%s).",
            app.ctx.store.where(),
            type(error).__name__,
        )


async def _close_store(app: Sanic, _loop: Optional[Any] = None) -> None:
    app.ctx.store.close()
