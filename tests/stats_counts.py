"""Reading the statistics database while real servers write to it (SQLite or PostgreSQL).

The broker writes its counts every few seconds, so tests take totals "settled" (unchanged for
longer than a flush) before a conversation and wait for the exact growth they expect after it.
"""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Dict, Sequence, Tuple, Union

import sqlalchemy as sa

from harbour.stats.store import StatsStore

Database = Union[str, Path]  # a SQLAlchemy URL, or the path of a SQLite file
FULL_KEY = ("channel", "kind", "name")


def _url(database: Database) -> str:
    return f"sqlite:///{database}" if isinstance(database, Path) else database


def totals(database: Database, by: Sequence[str] = FULL_KEY) -> Counter:
    """Counts summed over days (and whatever ``by`` leaves out); empty before the first write."""
    store = StatsStore(_url(database))
    try:
        found: Counter = Counter()
        for key, count in store.all_counts().items():
            found[tuple(getattr(key, field) for field in by)] += count
        return found
    except (sa.exc.OperationalError, sa.exc.ProgrammingError):  # no tables yet
        return Counter()
    finally:
        store.close()


def wait_for_delta(
    database: Database,
    before: Counter,
    expected: Dict[Tuple[str, ...], int],
    timeout: float = 60,
    by: Sequence[str] = FULL_KEY,
) -> Counter:
    """Polls until every expected key has grown by exactly its amount; returns the new totals."""
    deadline = time.monotonic() + timeout
    while True:
        now = totals(database, by)
        delta = {key: now[key] - before[key] for key in expected}
        if delta == expected:
            return now
        if time.monotonic() > deadline:
            raise AssertionError(f"counts after {timeout:.0f} s: {delta}, expected {expected}")
        time.sleep(0.25)


def settled(
    database: Database, quiet: float, timeout: float = 90, by: Sequence[str] = FULL_KEY
) -> Counter:
    """The totals once they have not changed for ``quiet`` seconds (longer than a flush), so
    nothing from earlier conversations is still waiting in a broker's memory."""
    deadline = time.monotonic() + timeout
    last, since = totals(database, by), time.monotonic()
    while time.monotonic() - since < quiet:
        assert time.monotonic() < deadline, "the statistics never settled"
        time.sleep(0.25)
        now = totals(database, by)
        if now != last:
            last, since = now, time.monotonic()
    return last
