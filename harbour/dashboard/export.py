"""CSV downloads of exactly what each page shows, suppressed the same way.

Cells that a spreadsheet would treat as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) are prefixed with ``'`` (OWASP's advice on CSV
injection): labels come from the database, and nothing read from it is trusted.

Exports are always in English, whatever language the dashboard is shown in: their titles and
column headings are read by spreadsheets and scripts, which should not change with a staff
member's choice. Only the error messages a person reads follow the dashboard's language.
"""
from __future__ import annotations

import csv
import io
from typing import Iterable, List

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from harbour.dashboard import reports
from harbour.dashboard.pages import in_thread, language_of, period_of
from harbour.language import say
from harbour.dashboard.report_pages import PAGES
from harbour.stats.suppress import hidden_label

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The cell as text a spreadsheet will show, never run."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(title: str, period: reports.DateRange, report: reports.Report, k: int) -> str:
    """The report's tables, one after another, with a first line saying what they are."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    note = (
        f"Harbour statistics: {title}, {period.start.isoformat()} to {period.end.isoformat()} "
        f"(days in Europe/London). Counts under {k} are shown as {hidden_label(k)}; "
        f"others are rounded down to a multiple of {k} ({k} means {k} to {2 * k - 1})."
    )
    rows: List[Iterable[object]] = [[note], []]
    for table in report.tables:
        rows.extend([[table.title], table.columns, *table.rows, []])
    writer.writerows([[safe_cell(cell) for cell in row] for row in rows])
    return buffer.getvalue()


def blueprint() -> Blueprint:
    """``/export/<page>.csv`` for each page."""
    bp = Blueprint("export", url_prefix="/export")

    @bp.get("/<filename:str>")
    async def export(request: Request, filename: str) -> HTTPResponse:
        ctx, language = request.app.ctx, language_of(request)
        page = filename[: -len(".csv")] if filename.endswith(".csv") else ""
        if page not in PAGES:
            return response.text(say(language, "There is no such export."), status=404)
        k = ctx.config.k
        try:
            period = period_of(request)
            report = await in_thread(PAGES[page].build, ctx, period, request.args, None)  # English: machine-read
        except reports.InputError as error:
            return response.text(error.text(language), status=400)
        except Exception:  # noqa: BLE001 - the database is down: say so, never a traceback
            return response.text(say(language, "The statistics database can't be reached right now."), status=503)
        download = f"harbour-{page}-{period.start.isoformat()}-to-{period.end.isoformat()}.csv"
        return response.text(
            to_csv(PAGES[page].title, period, report, k),
            content_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{download}"'},
        )

    return bp
