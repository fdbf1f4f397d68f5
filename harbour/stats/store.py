"""Counts in the statistics database: add (an upsert that increments), purge, and read sums.

The same code runs on SQLite and PostgreSQL: both support ``INSERT ... ON CONFLICT DO
UPDATE``, so concurrent writers (several Rasa replicas) add to a row atomically. Every
statement is built with SQLAlchemy Core, so values are always bound parameters. These
calls block; the broker makes them from its own thread and the dashboard from a worker
thread, never on an event loop.
"""
from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from datetime import date
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from harbour.stats import schema
from harbour.stats.schema import LABEL, counts

logger = logging.getLogger(__name__)

GROUPS = ("day", "channel", "kind", "name")
"""Columns results may be grouped by (never anything a caller passes through unchecked)."""


@dataclass(frozen=True, order=True)
class CountKey:
    """One row of counts: a day, a channel, a kind of count and what was counted."""

    day: date
    channel: str
    kind: str
    name: str

    def is_valid(self) -> bool:
        """True when every label is short and plain enough to be stored."""
        return (
            isinstance(self.day, date)
            and len(self.channel) <= 32
            and len(self.kind) <= 16
            and all(isinstance(v, str) and LABEL.match(v) for v in (self.channel, self.kind, self.name))
        )


class StatsStore:
    """The statistics tables behind one SQLAlchemy engine."""

    def __init__(self, url: str, timeout: float = schema.DB_TIMEOUT_SECONDS) -> None:
        self.engine: Engine = schema.create_engine(url, timeout)
        self.dialect = self.engine.dialect.name

    def create_schema(self) -> None:
        """Creates the tables if they are missing."""
        schema.create_schema(self.engine)

    def where(self) -> str:
        """Where the database is, without its password."""
        return schema.where(self.engine)

    def add(self, increments: Mapping[CountKey, int]) -> int:
        """Adds the counts in one transaction; returns how many rows were touched.

        Invalid keys are skipped (and their number logged), never written.
        """
        rows = [
            {"day": k.day, "channel": k.channel, "kind": k.kind, "name": k.name, "count": int(n)}
            for k, n in increments.items()
            if n > 0 and k.is_valid()
        ]
        skipped = sum(1 for k, n in increments.items() if n > 0 and not k.is_valid())
        if skipped:
            logger.warning("Statistics: %d counts had labels that cannot be stored; skipped.", skipped)
        if not rows:
            return 0
        insert = (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(counts)
        statement = insert.on_conflict_do_update(
            index_elements=[counts.c.day, counts.c.channel, counts.c.kind, counts.c.name],
            set_={"count": counts.c.count + insert.excluded.count},
        )
        with self.engine.begin() as connection:
            connection.execute(statement, rows)
        return len(rows)

    def purge(self, before: date) -> int:
        """Deletes every count older than ``before``; returns the number of rows deleted."""
        with self.engine.begin() as connection:
            result = connection.execute(sa.delete(counts).where(counts.c.day < before))
        return int(result.rowcount or 0)

    def sums(
        self,
        start: date,
        end: date,
        by: Sequence[str],
        kinds: Optional[Iterable[str]] = None,
    ) -> List[Tuple]:
        """Sums of counts from ``start`` to ``end`` (inclusive), grouped by columns in `GROUPS`.

        Returns tuples of the grouping values followed by the sum.
        """
        unknown = [column for column in by if column not in GROUPS]
        if unknown:
            raise ValueError(f"cannot group statistics by {unknown}")
        columns = [counts.c[column] for column in by]
        query = sa.select(*columns, sa.func.sum(counts.c.count)).where(
            counts.c.day >= start, counts.c.day <= end
        )
        if kinds is not None:
            query = query.where(counts.c.kind.in_(list(kinds)))
        if columns:
            query = query.group_by(*columns)
        with self.engine.connect() as connection:
            return [(*row[:-1], int(row[-1] or 0)) for row in connection.execute(query)]

    def labels(self, column: str, kind: Optional[str] = None) -> List[str]:
        """Every distinct value of ``channel`` or ``name`` held (within retention), sorted."""
        if column not in ("channel", "name"):
            raise ValueError(f"cannot list statistics labels of {column!r}")
        query = sa.select(counts.c[column]).distinct()
        if kind is not None:
            query = query.where(counts.c.kind == kind)
        with self.engine.connect() as connection:
            return sorted(row[0] for row in connection.execute(query))

    def all_counts(self) -> Dict[CountKey, int]:
        """Every row (tests and exports of the raw table; the dashboard never shows these)."""
        with self.engine.connect() as connection:
            rows = connection.execute(sa.select(counts))
            return {CountKey(r.day, r.channel, r.kind, r.name): int(r.count) for r in rows}

    def ping(self) -> None:
        """Raises if the database cannot be reached."""
        with self.engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))

    def close(self) -> None:
        """Closes every pooled connection."""
        self.engine.dispose()


def retention_cutoff(today: date, months: int) -> date:
    """The first day still kept: the same day ``months`` months ago (clamped to month end)."""
    month_index = today.year * 12 + (today.month - 1) - months
    year, month = divmod(month_index, 12)
    month += 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)
