"""The outcomes page: safety responses, handoffs and helplines by service, Clare's Law by nation."""
from __future__ import annotations

from typing import Any, Dict, Tuple

from sanic import Blueprint
from sanic.request import Request

from harbour.dashboard import reports
from harbour.dashboard.pages import in_thread, report_page


def blueprint() -> Blueprint:
    """``/outcomes``."""
    bp = Blueprint("outcomes")

    @bp.get("/outcomes")
    @report_page("outcomes.html", "Outcomes")
    async def outcomes(request: Request, period: reports.DateRange) -> Tuple[reports.Report, Dict[str, Any]]:
        ctx = request.app.ctx
        report = await in_thread(reports.outcomes, ctx.store, period, ctx.config.k, ctx.services)
        return report, {"export": f"/export/outcomes.csv?{period.query()}"}

    return bp
