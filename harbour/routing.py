"""Which helpline to offer first, and how to show it — pure, no Rasa import.

The rules follow FACTS.md section 3.1 ("Quick routing"): the nation's own 24/7
line comes first in Wales, Scotland and Northern Ireland; England (or an
unknown nation) goes by who the person is. Whenever the first line is not
open around the clock, a 24/7 line is added so nobody is left with only a
number that may not answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional, Tuple

from harbour.services import NATIONS, Directory, Service

ROUTES: Tuple[str, ...] = (
    "woman",
    "man",
    "lgbt",
    "young",
    "older",
    "honour",
    "own_behaviour",
    "stalking",
    "someone_else",
    "sexual_violence",
    "self_harm",
    "fgm",
    "any_crime",
)

# The nation's own 24/7 line, for everyone in that nation.
NATION_LINES = {
    "wales": "live_fear_free",
    "scotland": "scotland_helpline",
    "northern_ireland": "ni_helpline",
}

# Specialist lines per route, best first (FACTS 3.1). None = not yet known.
SPECIALISTS = {
    None: ("ndah",),
    "woman": ("ndah",),
    "someone_else": ("ndah",),
    "man": ("mens_advice_line", "mankind"),
    "lgbt": ("galop",),
    "young": ("childline",),
    "older": ("hourglass",),
    "honour": ("karma_nirvana", "forced_marriage_unit"),
    "own_behaviour": ("respect_phoneline",),
    "stalking": ("stalking_helpline",),
    "self_harm": ("samaritans",),
    "sexual_violence": ("rape_crisis_support_line",),
    "fgm": ("nspcc_fgm",),
    "any_crime": ("victim_support",),
}

# Routes for which the nation line alone is the answer (no specialist added).
_NATION_LINE_ONLY = frozenset({None, "woman", "someone_else"})


@dataclass(frozen=True)
class Routing:
    """The lines to offer: ``primary`` best first, plus a 24/7 line when needed."""

    route: Optional[str]
    nation: Optional[str]
    primary: Tuple[Service, ...]
    always_open: Optional[Service]

    @property
    def services(self) -> Tuple[Service, ...]:
        """Every service to show, in order, the 24/7 line last."""
        return self.primary + ((self.always_open,) if self.always_open else ())


def _key(value: Any) -> Optional[str]:
    if not isinstance(value, str):
        return None
    key = re.sub(r"[\s\-]+", "_", value.strip().lower())
    return key or None


def normalise_route(value: Any) -> Optional[str]:
    """A known route key, or None for anything else (never raises)."""
    key = _key(value)
    return key if key in ROUTES else None


def normalise_nation(value: Any) -> Optional[str]:
    """A known nation key, or None for anything else (never raises)."""
    key = _key(value)
    return key if key in NATIONS else None


def _serves(service: Service, nation: Optional[str]) -> bool:
    return service.serves(nation or "england")


def _primary(route: Optional[str], nation: Optional[str], directory: Directory) -> Tuple[Service, ...]:
    specialists = [directory.service(sid) for sid in SPECIALISTS[route]]
    if route == "self_harm" or nation not in NATION_LINES:
        # Self-harm goes to Samaritans first everywhere (safety invariant).
        return tuple(s for s in specialists if _serves(s, nation))
    nation_line = directory.service(NATION_LINES[nation])
    if route in _NATION_LINE_ONLY:
        return (nation_line,)
    return (nation_line,) + tuple(
        s for s in specialists if s is not nation_line and _serves(s, nation)
    )


def _fallback(
    route: Optional[str], nation: Optional[str], directory: Directory, taken: Tuple[Service, ...]
) -> Optional[Service]:
    if nation in NATION_LINES:
        candidates = (NATION_LINES[nation],)
    elif route in _NATION_LINE_ONLY:
        candidates = ("ndah",)
    elif route == "man":
        candidates = ("victim_support",)  # NDAH is run for women
    else:
        candidates = ()
    for sid in candidates + ("samaritans",):
        service = directory.service(sid)
        if service.hours.always_open and service not in taken and _serves(service, nation):
            return service
    return None


def choose(route: Any, nation: Any, directory: Directory, now: datetime) -> Routing:
    """Pick the lines for this person; unknown route or nation values count as None."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("choose needs a timezone-aware datetime, got a naive one")
    route, nation = normalise_route(route), normalise_nation(nation)
    primary = _primary(route, nation, directory)
    if not primary:
        # Only reachable if the directory stops listing a line for this nation.
        fallback = _fallback(route, nation, directory, ())
        primary = (fallback,) if fallback else ()
    if not primary or primary[0].hours.always_open:
        return Routing(route, nation, primary, None)
    # The first line is not 24/7: its hours are unknown or it may be (or soon be)
    # closed, so always add a line that answers around the clock.
    return Routing(route, nation, primary, _fallback(route, nation, directory, primary))


def format_service(service: Service, now: datetime) -> str:
    """A short plain-text block for one service: how to reach it and whether it is open."""
    lines = [service.name]
    if service.phone:
        lines.append(f"Call {service.phone}" + (" (free)" if service.free else ""))
    lines.extend(f"{other.label}: {other.phone}" for other in service.other_phones)
    if service.text:
        lines.append(f"Text {service.text}")
    if service.website:
        label = "Web chat and website" if service.webchat else "Website"
        lines.append(f"{label}: {service.website}")
    elif service.webchat and service.email_available:
        lines.append("They also offer web chat and email.")
    elif service.webchat:
        lines.append("They also offer web chat.")
    if service.email:
        lines.append(f"Email: {service.email}")
    lines.extend(service.tips)
    lines.append(_status_line(service, now))
    return "\n".join(lines)


def _status_line(service: Service, now: datetime) -> str:
    hours = service.hours
    status = service.status_at(now)  # also rejects naive datetimes
    if service.kind == "website":
        return hours.summary
    if status == "unknown":
        return "I can't confirm their current hours — check their website before calling"
    if status == "closed":
        return f"Probably closed right now — hours: {hours.summary}"
    if hours.always_open:
        return f"Open now: {hours.summary}"
    return f"Open now. Usual hours: {hours.summary}"
