"""The channels page: the main figures for each channel people use."""
from __future__ import annotations

from typing import Any, Dict, Tuple

from sanic import Blueprint
from sanic.request import Request

from harbour.dashboard import reports
from harbour.dashboard.pages import in_thread, report_page


def blueprint() -> Blueprint:
    """``/channels``."""
    bp = Blueprint("channels")

    @bp.get("/channels")
    @report_page("channels.html", "Channels")
    async def channels(request: Request, period: reports.DateRange) -> Tuple[reports.Report, Dict[str, Any]]:
        ctx = request.app.ctx
        report = await in_thread(reports.channels, ctx.store, period, ctx.config.k)
        return report, {"export": f"/export/channels.csv?{period.query()}"}

    return bp
