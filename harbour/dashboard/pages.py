"""Shared page plumbing: templates in the request's language, the date range of a request, and
database calls off the loop."""
from __future__ import annotations

import asyncio
import functools
import logging
from pathlib import Path
from typing import Any, Awaitable, Callable, Optional, TypeVar

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from harbour.dashboard import i18n, reports
from harbour.language import say
from harbour.stats.timezone import today_in_london
from harbour.vocab import ENGLISH

logger = logging.getLogger(__name__)
TEMPLATES = Path(__file__).resolve().parent / "templates"
T = TypeVar("T")


def environment() -> Environment:
    """Jinja2 with autoescaping on for every template (all of them are HTML)."""
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def language_of(request: Request) -> str:
    """The language this request is answered in (chosen by `harbour.dashboard.auth.check_request`)."""
    return getattr(request.ctx, "language", ENGLISH)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTTPResponse:
    """An HTML page in the request's language, with the session's CSRF token, the user and k filled in.

    Templates get ``t("English", **values)`` for their words, ``html_lang`` for ``<html lang>``
    and ``switch``, the header link to the other language.
    """
    session = getattr(request.ctx, "session", None)
    language = language_of(request)
    switch = i18n.switch_link(request.path, request.method, request.args, language, context.get("next"))
    page = request.app.ctx.templates.get_template(template).render(
        csrf=session.csrf if session else "",
        user=session.user if session else None,
        k=request.app.ctx.config.k,
        path=request.path,
        t=i18n.translator(language),
        html_lang=i18n.HTML_LANG[language],
        switch=switch,
        **context,
    )
    return response.html(page, status=status)


def period_of(request: Request) -> reports.DateRange:
    """The date range a request asks for; raises `reports.InputError` for bad input."""
    config = request.app.ctx.config
    args = {name: request.args.get(name) for name in ("start", "end")}
    return reports.parse_range(args, today_in_london(), config.max_days, config.default_days)


def typed_range(request: Request) -> dict:
    """What the person typed into the range form (for showing it back, escaped)."""
    return {name: (request.args.get(name) or "")[:40] for name in ("start", "end")}


async def in_thread(call: Callable[..., T], *args: Any) -> T:
    """Runs a blocking call (the database, argon2) in a worker thread."""
    return await asyncio.get_running_loop().run_in_executor(None, functools.partial(call, *args))


def report_page(template: str, title: str) -> Callable[[Callable[..., Any]], Callable[[Request], Awaitable[HTTPResponse]]]:
    """Wraps a report builder as a page: range checks, 400 on bad input, 503 without a database.

    The wrapped function takes (request, period) and returns (report, extra context);
    ``title`` is English (the template translates it).
    """

    def decorate(build: Callable[..., Any]) -> Callable[[Request], Awaitable[HTTPResponse]]:
        @functools.wraps(build)
        async def page(request: Request) -> HTTPResponse:
            context = {"title": title, "typed": typed_range(request)}
            try:
                period = period_of(request)
                report, extra = await build(request, period)
            except reports.InputError as error:
                error_text = error.text(language_of(request))
                return render(request, template, 400, error=error_text, report=None, period=None, **context)
            except Exception as error:  # noqa: BLE001 - show a page, log the kind of failure
                return unavailable(request, template, error, context)
            return render(request, template, report=report, period=period, error=None, **context, **extra)

        return page

    return decorate


def unavailable(request: Request, template: str, error: BaseException, context: dict) -> HTTPResponse:
    """The page with a 503 note when the statistics database can't be read."""
    logger.error("Dashboard: the statistics database could not be read (%s).", type(error).__name__)
    language = language_of(request)
    message = say(language, "The statistics database can't be reached right now. Try again in a minute.")
    context = {"report": None, "period": None, **context, "error": message}
    return render(request, template, 503, **context)


def safe_next(target: Optional[str]) -> str:
    """Where to go after login: a path on this site only (never //host or a full URL)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target if len(target) <= 512 else "/"
