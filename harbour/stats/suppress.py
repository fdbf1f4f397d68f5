"""Small-count suppression: what a count looks like wherever it is published.

Two rules, applied to every figure the dashboard shows, charts or exports — single
cells, totals and anything derived (a channel's handoffs summed over services):

1. A count under ``k`` (default 5), zero included, is published as ``"<5"``. Zero is
   hidden too, so "<5" never tells anyone that somebody *did* ask on that day.
2. A count of ``k`` or more is rounded down to a multiple of ``k``: "5" means 5 to 9,
   "10" means 10 to 14. Every published figure is a band of exactly k values.

Why the second rule: suppressing small cells alone does not protect them. A published
total minus the other published cells gives a hidden cell back, and so does the same
figure over two date ranges that differ by one day (1–31 March minus 1–30 March = 31
March). Secondary suppression can't cover date ranges that staff pick freely. With
every figure a band of width k, the difference of two published figures leaves a hidden
count (0 to k-1) uncertain across at least two values: the most anyone can learn by
subtraction is that it isn't zero, never what it is (the tests check every case). Bands
of equal width matter: rounding to the *nearest* multiple would make "5" mean 5 to 7,
and "10" next to "<5" would then give away 4 exactly. Totals are banded from the true
total, never summed from banded cells.

Pure functions; the dashboard and its CSV export both call `shown`, so what is exported
is exactly what is on the page.
"""
from __future__ import annotations

from typing import Optional

DEFAULT_K = 5


def is_suppressed(count: int, k: int = DEFAULT_K) -> bool:
    """True when the count is too small to publish."""
    return count < k


def rounded(count: int, k: int = DEFAULT_K) -> Optional[int]:
    """The published number: ``None`` when suppressed, else rounded down to a multiple of k."""
    if is_suppressed(count, k):
        return None
    return k * (count // k)


def hidden_label(k: int = DEFAULT_K) -> str:
    """How a suppressed count is written: ``"<5"`` for k = 5."""
    return f"<{k}"


def shown(count: int, k: int = DEFAULT_K) -> str:
    """The count as text for a page or a CSV cell: ``"<5"``, ``"5"`` (5-9), ``"10"`` (10-14), ..."""
    value = rounded(count, k)
    return hidden_label(k) if value is None else str(value)


def sort_value(count: int, k: int = DEFAULT_K) -> int:
    """Sort key that orders by the published figure only (every hidden count ties at -1)."""
    value = rounded(count, k)
    return -1 if value is None else value
