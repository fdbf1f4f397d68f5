"""What each page shows, already suppressed: tables of text cells and chart series.

Every figure goes through :func:`harbour.stats.suppress.shown` (tables, CSV) or
:func:`harbour.stats.suppress.rounded` (charts: a hidden count is a gap, never a number),
and pages and their CSV exports are built from the same `Report`, so an export is
exactly what is on the screen. Row sets never depend on the date range (every intent,
channel and service ever counted is listed), so a row's presence says nothing either.

Each builder takes the page's ``language``: titles, headings and labels go through
:func:`harbour.language.say`; figures, dates, intent and service names don't change. CSV
exports are built in English (``language=None``): their headings are read by machines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from harbour.language import say
from harbour.stats.outcomes import NATIONS, OUTCOMES
from harbour.vocab import ENGLISH, NATION_NAMES, WELSH
from harbour.stats.store import StatsStore
from harbour.stats.suppress import rounded, shown, sort_value

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EARLIEST = date(2000, 1, 1)
OUTCOME_LABELS = {
    "conversation_started": "Conversations started",
    "danger_response": "Danger response shown (999 and the Silent Solution)",
    "self_harm_response": "Self-harm response shown (Samaritans)",
    "not_understood": "Not understood (asked to rephrase or offered a person)",
}
NATION_LABELS = NATION_NAMES
LANGUAGE_LABELS = {ENGLISH: "English", WELSH: "Welsh (Cymraeg)"}
CHANNEL_LABELS = {"rest": "REST API", "socketio": "Web widget", "telegram": "Telegram"}
METRICS: Sequence[Tuple[str, str]] = (
    ("messages", "Messages"),
    ("conversation_started", "Conversations started"),
    ("danger_response", "Danger responses"),
    ("self_harm_response", "Self-harm responses"),
    ("handoff", "Handoffs offered"),
    ("clares_law", "Clare's Law guides"),
    ("not_understood", "Not understood"),
)
"""Columns of the overview and channels tables: (what is summed, heading)."""
BAD_DATE = {"start": "The start date must look like 2026-03-31.", "end": "The end date must look like 2026-03-31."}
UNREAL_DATE = {"start": "The start date is not a real date.", "end": "The end date is not a real date."}
SORTS = ("count", "name")
ORDERS = ("desc", "asc")


class InputError(ValueError):
    """A query parameter the dashboard cannot use; the message is safe to show.

    ``english`` is the message's key in harbour/content/cy.yml, with ``{placeholders}`` for
    ``values``; ``str(error)`` is the English, `InputError.text` the words in any language.
    """

    def __init__(self, english: str, **values: Any) -> None:
        super().__init__(english.format(**values))
        self.english, self.values = english, values

    def text(self, language: Optional[str]) -> str:
        """The message in ``language``."""
        return say(language, self.english).format(**self.values)


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of days."""

    start: date
    end: date

    def days(self) -> List[date]:
        """Every day in the range, in order."""
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    def query(self) -> str:
        """The range as URL query text (ISO dates only)."""
        return f"start={self.start.isoformat()}&end={self.end.isoformat()}"


@dataclass
class Table:
    """A titled table of text cells, as shown and as exported."""

    title: str
    columns: List[str]
    rows: List[List[str]] = field(default_factory=list)
    total: bool = False
    """The last row is a total (drawn as one)."""


@dataclass
class Report:
    """One page: its tables, an optional chart, and headline figures."""

    tables: List[Table]
    chart: Optional[Dict] = None
    totals: List[Tuple[str, str]] = field(default_factory=list)


def parse_range(args: Mapping[str, str], today: date, max_days: int, default_days: int) -> DateRange:
    """The range asked for in ``start``/``end`` (YYYY-MM-DD), or the last ``default_days``."""
    latest = today + timedelta(days=366)
    end = _parse_day(args.get("end"), "end", today, latest)
    # Bounds are checked before any date arithmetic: 0001-01-01 minus 29 days is an OverflowError.
    start = _parse_day(args.get("start"), "start", end - timedelta(days=default_days - 1), latest)
    if start > end:
        raise InputError("The start date must be on or before the end date.")
    if (end - start).days + 1 > max_days:
        raise InputError("Choose a range of at most {days} days.", days=max_days)
    return DateRange(start, end)


def parse_sort(args: Mapping[str, str]) -> Tuple[str, str]:
    """The intents table's sort column and order (only the listed values are accepted)."""
    sort = args.get("sort") or "count"
    order = args.get("order") or ("desc" if sort == "count" else "asc")
    if sort not in SORTS or order not in ORDERS:
        raise InputError("Sort by count or name, in asc or desc order.")
    return sort, order


def overview(store: StatsStore, period: DateRange, k: int, language: Optional[str] = None) -> Report:
    """Totals for the range and, per day, messages and the main outcomes."""
    daily: Dict[Tuple[date, str], int] = {}
    totals: Dict[str, int] = {}
    for day, kind, name, count in store.sums(period.start, period.end, ("day", "kind", "name")):
        column = "messages" if kind == "intent" else name if kind == "outcome" else kind
        daily[(day, column)] = daily.get((day, column), 0) + count
        totals[column] = totals.get(column, 0) + count
    columns = [(key, say(language, label)) for key, label in METRICS]
    table = Table(say(language, "Per day"), [say(language, "Day")] + [label for _, label in columns], total=True)
    for day in period.days():
        table.rows.append([day.isoformat()] + [shown(daily.get((day, key), 0), k) for key, _ in columns])
    table.rows.append([say(language, "Total")] + [shown(totals.get(key, 0), k) for key, _ in columns])
    chart = {
        "type": "line",
        "labels": [day.isoformat() for day in period.days()],
        "series": [
            {"label": label, "data": [rounded(daily.get((day, key), 0), k) for day in period.days()]}
            for key, label in columns[:2]
        ],
    }
    return Report([table], chart, [(label, shown(totals.get(key, 0), k)) for key, label in columns])


def intents(
    store: StatsStore, period: DateRange, k: int, sort: str, order: str, language: Optional[str] = None
) -> Report:
    """Messages per intent over the range, sorted by the published figure or the name."""
    sums = {name: count for name, count in store.sums(period.start, period.end, ("name",), ["intent"])}
    names = sorted(set(store.labels("name", "intent")) | set(sums))
    if sort == "count":
        sign = -1 if order == "desc" else 1
        names.sort(key=lambda name: (sign * sort_value(sums.get(name, 0), k), name))
    elif order == "desc":
        names.reverse()
    table = Table(say(language, "Messages by intent"), [say(language, "Intent"), say(language, "Messages")])
    table.rows = [[name, shown(sums.get(name, 0), k)] for name in names]
    chart = {
        "type": "bar",
        "labels": names,
        "series": [{"label": say(language, "Messages"), "data": [rounded(sums.get(name, 0), k) for name in names]}],
    }
    return Report([table], chart)


def outcomes(
    store: StatsStore, period: DateRange, k: int, services: Mapping[str, str], language: Optional[str] = None
) -> Report:
    """Safety responses, handoffs and helplines by service, Clare's Law guides by nation."""
    sums: Dict[Tuple[str, str], int] = {
        (kind, name): count
        for kind, name, count in store.sums(
            period.start, period.end, ("kind", "name"), ["intent", "outcome", "handoff", "helpline", "clares_law", "language"]
        )
    }
    count_heading = say(language, "Count")
    safety = Table(say(language, "Safety and understanding"), [say(language, "Outcome"), count_heading])
    safety.rows = [[say(language, OUTCOME_LABELS[name]), shown(sums.get(("outcome", name), 0), k)] for name in OUTCOMES]
    tables = [safety]
    by_service = (
        ("handoff", say(language, "Handoffs offered, by service")),
        ("helpline", say(language, "Helplines given, by service")),
    )
    for kind, title in by_service:
        ids = sorted(set(services) | set(store.labels("name", kind)) | {n for c, n in sums if c == kind})
        table = Table(title, [say(language, "Service"), count_heading])  # services keep their own names
        table.rows = [[services.get(i, i), shown(sums.get((kind, i), 0), k)] for i in ids]
        tables.append(table)
    nations = Table(say(language, "Clare's Law guide completed, by nation"), [say(language, "Nation"), count_heading])
    nations.rows = [[say(language, NATION_LABELS[n]), shown(sums.get(("clares_law", n), 0), k)] for n in NATIONS]
    tables.append(nations)
    languages = Table(say(language, "Messages by language"), [say(language, "Language"), say(language, "Messages")])
    total = sum(count for (kind, _), count in sums.items() if kind == "intent")
    welsh = sums.get(("language", WELSH), 0)
    languages.rows = [
        [say(language, LANGUAGE_LABELS[WELSH]), shown(welsh, k)],
        [say(language, LANGUAGE_LABELS[ENGLISH]), shown(max(total - welsh, 0), k)],
    ]
    tables.append(languages)
    return Report(tables)


def channels(store: StatsStore, period: DateRange, k: int, language: Optional[str] = None) -> Report:
    """Per channel: messages, conversations, safety responses, handoffs, misunderstandings."""
    sums: Dict[Tuple[str, str], int] = {}
    for channel, kind, name, count in store.sums(period.start, period.end, ("channel", "kind", "name")):
        column = "messages" if kind == "intent" else name if kind == "outcome" else kind
        sums[(channel, column)] = sums.get((channel, column), 0) + count
    columns = [(key, say(language, label)) for key, label in METRICS]
    names = sorted(set(store.labels("channel")) | {channel for channel, _ in sums})
    table = Table(say(language, "By channel"), [say(language, "Channel")] + [label for _, label in columns])
    for name in names:
        label = say(language, CHANNEL_LABELS[name]) if name in CHANNEL_LABELS else name
        table.rows.append([label] + [shown(sums.get((name, key), 0), k) for key, _ in columns])
    return Report([table])


def _parse_day(raw: Optional[str], name: str, default: date, latest: date) -> date:
    if raw is None or raw == "":
        return default
    if not isinstance(raw, str) or not _ISO_DATE.match(raw):
        raise InputError(BAD_DATE[name])
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise InputError(UNREAL_DATE[name]) from None
    if day < EARLIEST or day > latest:
        raise InputError("Choose dates between 2000 and next year.")
    return day
