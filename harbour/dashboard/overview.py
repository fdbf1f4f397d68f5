"""The overview page: totals for a date range and a daily trend chart."""
from __future__ import annotations

from typing import Any, Dict, Tuple

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from harbour.dashboard import reports
from harbour.dashboard.pages import in_thread, report_page


def blueprint() -> Blueprint:
    """``/`` (the overview)."""
    bp = Blueprint("overview")

    @bp.get("/")
    @report_page("overview.html", "Overview")
    async def overview(request: Request, period: reports.DateRange) -> Tuple[reports.Report, Dict[str, Any]]:
        ctx = request.app.ctx
        report = await in_thread(reports.overview, ctx.store, period, ctx.config.k)
        return report, {"export": f"/export/overview.csv?{period.query()}"}

    @bp.get("/overview")
    async def alias(request: Request) -> HTTPResponse:
        query = f"?{request.query_string}" if request.query_string else ""
        return response.redirect("/" + query, status=301)

    return bp
