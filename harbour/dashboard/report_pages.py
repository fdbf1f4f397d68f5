"""The four report pages, as one table: each row says where the page is, what it shows and how.

Overview (totals and a daily trend), Intents (a sortable table and bar chart), Outcomes (safety
responses, handoffs and helplines by service, Clare's Law by nation) and Channels. Every page
has a CSV export (:mod:`harbour.dashboard.export`) built by the same row, so an export is
exactly what is on the screen (in English: see `harbour.dashboard.export`). Titles are English
keys; pages show them through ``t`` and scripts/welsh.py collects them for harbour/content/cy.yml.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, Mapping, Optional, Tuple

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from harbour.dashboard import reports
from harbour.dashboard.pages import in_thread, language_of, report_page


@dataclass(frozen=True)
class ReportPage:
    """One page: its path, template and title, and how its report is built."""

    name: str
    path: str
    template: str
    title: str
    build: Callable[[Any, reports.DateRange, Mapping[str, str], Optional[str]], reports.Report]
    """(app.ctx, period, query arguments, language) → the report; blocking (run in a thread)."""
    sortable: bool = False

    def query(self, period: reports.DateRange, args: Mapping[str, str]) -> str:
        """The query string that reproduces this view (dates, and the sort where there is one)."""
        if not self.sortable:
            return period.query()
        sort, order = reports.parse_sort(args)
        return f"{period.query()}&sort={sort}&order={order}"


def _intents(ctx: Any, period: reports.DateRange, args: Mapping[str, str], language: Optional[str]) -> reports.Report:
    sort, order = reports.parse_sort(args)
    return reports.intents(ctx.store, period, ctx.config.k, sort, order, language)


PAGES: Dict[str, ReportPage] = {
    page.name: page
    for page in (
        ReportPage("overview", "/", "overview.html", "Overview",
                   lambda ctx, period, _, language: reports.overview(ctx.store, period, ctx.config.k, language)),
        ReportPage("intents", "/intents", "intents.html", "Intents", _intents, sortable=True),
        ReportPage("outcomes", "/outcomes", "outcomes.html", "Outcomes",
                   lambda ctx, period, _, language: reports.outcomes(
                       ctx.store, period, ctx.config.k, ctx.services, language)),
        ReportPage("channels", "/channels", "channels.html", "Channels",
                   lambda ctx, period, _, language: reports.channels(ctx.store, period, ctx.config.k, language)),
    )
}


def _handler(page: ReportPage) -> Callable[[Request], Any]:
    @report_page(page.template, page.title)
    async def show(request: Request, period: reports.DateRange) -> Tuple[reports.Report, Dict[str, Any]]:
        report = await in_thread(page.build, request.app.ctx, period, request.args, language_of(request))
        extra: Dict[str, Any] = {"export": f"/export/{page.name}.csv?{page.query(period, request.args)}"}
        if page.sortable:
            extra["sort"], extra["order"] = reports.parse_sort(request.args)
        return report, extra

    show.__name__ = f"page_{page.name}"
    return show


def blueprint() -> Blueprint:
    """Every page in `PAGES`, and ``/overview`` as an old name for ``/``."""
    bp = Blueprint("report_pages")
    for page in PAGES.values():
        bp.add_route(_handler(page), page.path, methods=["GET"], name=f"page_{page.name}")

    @bp.get("/overview")
    async def alias(request: Request) -> HTTPResponse:
        query = f"?{request.query_string}" if request.query_string else ""
        return response.redirect("/" + query, status=301)

    return bp
