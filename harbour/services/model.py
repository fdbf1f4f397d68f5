"""The directory's data: frozen dataclasses for services, phones, hours and schemes, and their queries.

Built only by :mod:`harbour.services.parse` from ``content/services.yml``; no I/O here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, Mapping, Optional, Tuple
from zoneinfo import ZoneInfo

from harbour.vocab import AUDIENCES as ALL_AUDIENCES
from harbour.vocab import scheme_key

Status = Literal["open", "closed", "unknown"]

AUDIENCES = frozenset(ALL_AUDIENCES)
DAYS: Tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
KINDS = frozenset({"helpline", "website"})
EMERGENCY_KEYS: Tuple[str, ...] = (
    "immediate_danger",
    "silent_solution",
    "non_emergency",
    "textphone",
    "emergency_sms",
)



@functools.lru_cache(maxsize=1)
def london() -> ZoneInfo:
    """The Europe/London zone, loaded on first use rather than at import."""
    return ZoneInfo("Europe/London")


def dialable(phone: str) -> str:
    """The tel form of a display number: E.164 for 0-numbers, digits for short codes."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("0"):
        return "+44" + digits[1:]
    return digits


def clock_minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


@dataclass(frozen=True)
class Hours:
    """Opening hours; ``weekly`` exists only when the hours are verified."""

    summary: str
    always_open: bool
    verified: bool
    weekly: Optional[Mapping[str, Tuple[Tuple[str, str], ...]]] = field(
        default=None, hash=False
    )
    note: Optional[str] = None

    def status_at(self, now: datetime) -> Status:
        """'open', 'closed', or 'unknown' when the hours are not verified."""
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("status_at needs a timezone-aware datetime, got a naive one")
        if not self.verified:
            return "unknown"
        if self.always_open:
            return "open"
        local = now.astimezone(london())
        minute = local.hour * 60 + local.minute
        for start, end in (self.weekly or {}).get(DAYS[local.weekday()], ()):
            if clock_minutes(start) <= minute < clock_minutes(end):
                return "open"
        return "closed"


@dataclass(frozen=True)
class Phone:
    """An extra number for a service, e.g. an out-of-hours line."""

    label: str
    phone: str
    tel: str


@dataclass(frozen=True)
class Service:
    """One helpline or website, exactly as the directory lists it."""

    id: str
    name: str
    hours: Hours
    audience: frozenset
    nations: Tuple[str, ...]
    free: bool
    sources: Tuple[str, ...]
    checked: date
    kind: str = "helpline"
    run_by: Optional[str] = None
    phone: Optional[str] = None
    tel: Optional[str] = None
    other_phones: Tuple[Phone, ...] = ()
    text: Optional[str] = None
    text_tel: Optional[str] = None
    email: Optional[str] = None
    email_available: bool = False
    website: Optional[str] = None
    webchat: bool = False
    tips: Tuple[str, ...] = ()
    notes: Tuple[str, ...] = ()

    def serves(self, nation: str) -> bool:
        """Whether the directory lists this service for ``nation``."""
        return nation in self.nations

    def status_at(self, now: datetime) -> Status:
        """Whether the service is open at ``now`` (aware datetime, any zone)."""
        return self.hours.status_at(now)


@dataclass(frozen=True)
class Emergency:
    """An emergency or police contact route (999, Silent Solution, 101, ...)."""

    key: str
    name: str
    summary: str
    sources: Tuple[str, ...]
    checked: date
    phone: Optional[str] = None
    tel: Optional[str] = None
    mobile: Optional[str] = None
    landline: Optional[str] = None


@dataclass(frozen=True)
class SchemeRoute:
    """One way into a disclosure scheme (Right to Ask, Right to Know, Power to Tell)."""

    name: str
    description: str


@dataclass(frozen=True)
class Scheme:
    """A nation's domestic abuse disclosure scheme ("Clare's Law")."""

    key: str
    name: str
    short_name: str
    police: str
    routes: Tuple[SchemeRoute, ...]
    who_can_ask: str
    how_to_apply: Tuple[str, ...]
    timescale: Optional[str]
    who_receives: str
    sources: Tuple[str, ...]
    checked: date
    timescale_note: Optional[str] = None
    notes: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Guidance:
    """Sourced lines on one topic (refuge, police, court orders ...) the bot may say as they stand.

    ``points`` are said in order; ``nations`` says where they hold (a person known to live
    elsewhere is told so, never given another nation's law as theirs).
    """

    key: str
    title: str
    points: Tuple[str, ...]
    nations: Tuple[str, ...]
    sources: Tuple[str, ...]
    checked: date
    notes: Tuple[str, ...] = ()
    by_nation: Mapping[str, Tuple[str, ...]] = field(hash=False, default_factory=dict)

    def applies_in(self, nation: Optional[str]) -> bool:
        """Whether these points hold where the person lives (unknown: assume they do)."""
        return nation is None or nation in self.nations

    def points_in(self, nation: Optional[str]) -> Tuple[str, ...]:
        """Those only for the person's nation (England's when it isn't known), then the rest."""
        return tuple(self.by_nation.get(nation or "england", ())) + self.points


@dataclass(frozen=True)
class Directory:
    """Everything in services.yml, validated."""

    checked: date
    services: Tuple[Service, ...]
    schemes: Mapping[str, Scheme] = field(hash=False)
    emergency: Mapping[str, Emergency] = field(hash=False)
    guidance: Mapping[str, Guidance] = field(hash=False, default_factory=dict)

    def service(self, service_id: str) -> Service:
        """The service with this id; KeyError if there is none."""
        for service in self.services:
            if service.id == service_id:
                return service
        raise KeyError(f"no service with id {service_id!r}")

    def scheme(self, nation: str) -> Scheme:
        """The disclosure scheme for a nation; england and wales share one."""
        key = scheme_key(nation)
        if key not in self.schemes:
            raise KeyError(f"no disclosure scheme for {nation!r}")
        return self.schemes[key]


