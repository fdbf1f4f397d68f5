"""Which day a count belongs to: the date in Europe/London, where Harbour's staff work.

A message sent at 00:30 on a summer night (23:30 UTC the evening before) counts for the
day it was in the UK. Nothing finer than the date is ever kept.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Optional

from harbour.services import london


def today_in_london(now: Optional[datetime] = None) -> date:
    """The date in the UK at ``now`` (default: this moment)."""
    moment = now or datetime.now(timezone.utc)
    return moment.astimezone(london()).date()
