"""The intents page: a sortable table of messages per intent, with a bar chart."""
from __future__ import annotations

from typing import Any, Dict, Tuple

from sanic import Blueprint
from sanic.request import Request

from harbour.dashboard import reports
from harbour.dashboard.pages import in_thread, report_page


def blueprint() -> Blueprint:
    """``/intents``."""
    bp = Blueprint("intents")

    @bp.get("/intents")
    @report_page("intents.html", "Intents")
    async def intents(request: Request, period: reports.DateRange) -> Tuple[reports.Report, Dict[str, Any]]:
        ctx = request.app.ctx
        sort, order = reports.parse_sort(request.args)
        report = await in_thread(reports.intents, ctx.store, period, ctx.config.k, sort, order)
        query = f"{period.query()}&sort={sort}&order={order}"
        return report, {"sort": sort, "order": order, "export": f"/export/intents.csv?{query}"}

    return bp
