"""Reading ``content/services.yml``: every entry checked, a `ValueError` naming the entry and the field.

A bad edit fails loudly at start-up instead of giving someone a wrong number.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Optional, Tuple

import yaml

from harbour.services.model import (
    AUDIENCES,
    DAYS,
    EMERGENCY_KEYS,
    KINDS,
    Directory,
    Emergency,
    Guidance,
    Hours,
    Phone,
    Scheme,
    SchemeRoute,
    Service,
    clock_minutes,
    dialable,
)
from harbour.vocab import GUIDANCE, NATIONS, SCHEME_KEYS

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "content" / "services.yml"

_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_PHONE = re.compile(r"^\+?\d[\d ]*\d$")
_TEL = re.compile(r"^(\+44\d{7,10}|\d{3,6})$")
_URL = re.compile(r"^https?://\S+$")
_HTTPS = re.compile(r"^https://\S+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
_CLOCK = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")


class _Entry:
    """Typed access to one YAML mapping, raising ValueError that names entry and field."""

    def __init__(self, where: str, data: Any, allowed: frozenset) -> None:
        if not isinstance(data, dict):
            raise ValueError(f"{where}: expected a mapping, got {type(data).__name__}")
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ValueError(f"{where}: field {unknown[0]!r}: unknown field")
        self.where = where
        self.data = data

    def fail(self, name: str, problem: str) -> ValueError:
        return ValueError(f"{self.where}: field {name!r}: {problem}")

    def text(self, name: str, *, required: bool = True) -> Optional[str]:
        value = self.data.get(name)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, "missing or not a non-empty string")
        return value.strip()

    def flag(self, name: str, *, default: Optional[bool] = None) -> bool:
        value = self.data.get(name, default)
        if not isinstance(value, bool):
            raise self.fail(name, "missing or not true/false")
        return value

    def texts(self, name: str, *, required: bool = True) -> Tuple[str, ...]:
        value = self.data.get(name)
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not value:
            raise self.fail(name, "missing or not a non-empty list")
        if not all(isinstance(item, str) and item.strip() for item in value):
            raise self.fail(name, "every item must be a non-empty string")
        return tuple(item.strip() for item in value)

    def keys(self, name: str, allowed: Tuple[str, ...] | frozenset) -> Tuple[str, ...]:
        values = self.texts(name)
        unknown = [value for value in values if value not in allowed]
        if unknown:
            raise self.fail(name, f"unknown key {unknown[0]!r}")
        if len(set(values)) != len(values):
            raise self.fail(name, "duplicate key")
        return values

    def sources(self) -> Tuple[str, ...]:
        values = self.texts("sources")
        for value in values:
            if not _URL.match(value):
                raise self.fail("sources", f"not an http(s) URL: {value!r}")
        return values

    def checked(self) -> date:
        value = self.data.get("checked")
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail("checked", "missing or not a YYYY-MM-DD date")

    def number(self, name: str, tel_name: str) -> Tuple[Optional[str], Optional[str]]:
        phone, tel = self.data.get(name), self.data.get(tel_name)
        if phone is None and tel is None:
            return None, None
        if not isinstance(phone, str) or not _PHONE.match(phone):
            raise self.fail(name, f"not a display phone number: {phone!r}")
        if not isinstance(tel, str) or not _TEL.match(tel):
            raise self.fail(tel_name, f"not an E.164 (+44...) or short-code number: {tel!r}")
        if tel != dialable(phone):
            raise self.fail(tel_name, f"{tel!r} does not match {name} {phone!r}")
        return phone, tel

    def url(self, name: str) -> Optional[str]:
        value = self.text(name, required=False)
        if value is not None and not _HTTPS.match(value):
            raise self.fail(name, f"not an https URL: {value!r}")
        return value

    def email(self, name: str) -> Optional[str]:
        value = self.text(name, required=False)
        if value is not None and not _EMAIL.match(value):
            raise self.fail(name, f"not an email address: {value!r}")
        return value


_HOURS_FIELDS = frozenset({"summary", "always_open", "verified", "weekly", "note"})
_SERVICE_FIELDS = frozenset(
    {
        "id", "name", "run_by", "kind", "phone", "tel", "other_phones", "text",
        "text_tel", "email", "email_available", "website", "webchat", "hours",
        "audience", "nations", "free", "tips", "notes", "sources", "checked",
    }
)
_PHONE_FIELDS = frozenset({"label", "phone", "tel"})
_EMERGENCY_FIELDS = frozenset(
    {"name", "phone", "tel", "summary", "mobile", "landline", "sources", "checked"}
)
_SCHEME_FIELDS = frozenset(
    {
        "name", "short_name", "police", "routes", "who_can_ask", "how_to_apply",
        "timescale", "timescale_note", "who_receives", "notes", "sources", "checked",
    }
)
_ROUTE_FIELDS = frozenset({"name", "description"})
_GUIDANCE_FIELDS = frozenset({"title", "points", "by_nation", "nations", "notes", "sources", "checked"})
_TOP_FIELDS = frozenset({"checked", "emergency", "services", "schemes", "guidance"})


def _weekly(entry: _Entry, raw: Any) -> Mapping[str, Tuple[Tuple[str, str], ...]]:
    if not isinstance(raw, dict) or not raw:
        raise entry.fail("weekly", "must be a non-empty mapping of mon..sun to time ranges")
    table = {}
    for day, ranges in raw.items():
        if day not in DAYS:
            raise entry.fail("weekly", f"unknown day {day!r} (use {', '.join(DAYS)})")
        if not isinstance(ranges, list) or not ranges:
            raise entry.fail("weekly", f"{day}: expected a list of [start, end] pairs")
        parsed = []
        for pair in ranges:
            if (
                not isinstance(pair, list)
                or len(pair) != 2
                or not all(isinstance(t, str) and _CLOCK.match(t) for t in pair)
            ):
                raise entry.fail("weekly", f"{day}: {pair!r} is not a pair of HH:MM times")
            start, end = pair
            if not 0 <= clock_minutes(start) < clock_minutes(end) <= 24 * 60:
                raise entry.fail("weekly", f"{day}: {start}-{end} does not run forwards")
            if parsed and clock_minutes(start) < clock_minutes(parsed[-1][1]):
                raise entry.fail("weekly", f"{day}: ranges overlap or are out of order")
            parsed.append((start, end))
        table[day] = tuple(parsed)
    return MappingProxyType(table)


def _hours(where: str, raw: Any) -> Hours:
    entry = _Entry(f"{where} hours", raw, _HOURS_FIELDS)
    always_open = entry.flag("always_open")
    verified = entry.flag("verified")
    raw_weekly = entry.data.get("weekly")
    note = entry.text("note", required=False)
    if raw_weekly is not None and not verified:
        raise entry.fail("weekly", "weekly hours given while verified is false")
    if raw_weekly is not None and always_open:
        raise entry.fail("weekly", "weekly hours given for an always-open service")
    if always_open and not verified:
        raise entry.fail("always_open", "always_open is true while verified is false")
    if verified and not always_open and raw_weekly is None:
        raise entry.fail("weekly", "verified hours that are not 24/7 need a weekly table")
    if not verified and note is None:
        raise entry.fail("note", "unverified hours need a note saying what is unverified")
    return Hours(
        summary=entry.text("summary"),
        always_open=always_open,
        verified=verified,
        weekly=None if raw_weekly is None else _weekly(entry, raw_weekly),
        note=note,
    )


def _other_phones(entry: _Entry) -> Tuple[Phone, ...]:
    raw = entry.data.get("other_phones")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        raise entry.fail("other_phones", "must be a non-empty list")
    phones = []
    for index, item in enumerate(raw):
        sub = _Entry(f"{entry.where} other_phones[{index}]", item, _PHONE_FIELDS)
        phone, tel = sub.number("phone", "tel")
        if phone is None:
            raise sub.fail("phone", "missing")
        phones.append(Phone(label=sub.text("label"), phone=phone, tel=tel))
    return tuple(phones)


def _service(index: int, raw: Any) -> Service:
    ident = raw.get("id") if isinstance(raw, dict) else None
    where = f"service {ident!r}" if isinstance(ident, str) else f"service #{index}"
    entry = _Entry(where, raw, _SERVICE_FIELDS)
    if not isinstance(ident, str) or not _ID.match(ident):
        raise entry.fail("id", f"missing or not snake_case: {ident!r}")
    kind = entry.data.get("kind", "helpline")
    if kind not in KINDS:
        raise entry.fail("kind", f"unknown kind {kind!r}")
    phone, tel = entry.number("phone", "tel")
    text, text_tel = entry.number("text", "text_tel")
    website = entry.url("website")
    if phone is None and website is None:
        raise entry.fail("phone", "a service needs a phone number or a website")
    return Service(
        id=ident,
        name=entry.text("name"),
        run_by=entry.text("run_by", required=False),
        kind=kind,
        phone=phone,
        tel=tel,
        other_phones=_other_phones(entry),
        text=text,
        text_tel=text_tel,
        email=entry.email("email"),
        email_available=entry.flag("email_available", default=False),
        website=website,
        webchat=entry.flag("webchat", default=False),
        hours=_hours(where, entry.data.get("hours")),
        audience=frozenset(entry.keys("audience", AUDIENCES)),
        nations=entry.keys("nations", NATIONS),
        free=entry.flag("free"),
        tips=entry.texts("tips", required=False),
        notes=entry.texts("notes", required=False),
        sources=entry.sources(),
        checked=entry.checked(),
    )


def _emergency(key: str, raw: Any) -> Emergency:
    entry = _Entry(f"emergency {key!r}", raw, _EMERGENCY_FIELDS)
    phone, tel = entry.number("phone", "tel")
    return Emergency(
        key=key,
        name=entry.text("name"),
        summary=entry.text("summary"),
        phone=phone,
        tel=tel,
        mobile=entry.text("mobile", required=False),
        landline=entry.text("landline", required=False),
        sources=entry.sources(),
        checked=entry.checked(),
    )


def _scheme(key: str, raw: Any) -> Scheme:
    entry = _Entry(f"scheme {key!r}", raw, _SCHEME_FIELDS)
    raw_routes = entry.data.get("routes")
    if not isinstance(raw_routes, list) or not raw_routes:
        raise entry.fail("routes", "missing or not a non-empty list")
    routes = []
    for index, item in enumerate(raw_routes):
        sub = _Entry(f"scheme {key!r} routes[{index}]", item, _ROUTE_FIELDS)
        routes.append(SchemeRoute(name=sub.text("name"), description=sub.text("description")))
    if "timescale" not in entry.data:
        raise entry.fail("timescale", "missing (use null when no timescale is verified)")
    return Scheme(
        key=key,
        name=entry.text("name"),
        short_name=entry.text("short_name"),
        police=entry.text("police"),
        routes=tuple(routes),
        who_can_ask=entry.text("who_can_ask"),
        how_to_apply=entry.texts("how_to_apply"),
        timescale=entry.text("timescale", required=False),
        timescale_note=entry.text("timescale_note", required=False),
        who_receives=entry.text("who_receives"),
        notes=entry.texts("notes", required=False),
        sources=entry.sources(),
        checked=entry.checked(),
    )


def _guidance(key: str, raw: Any) -> Guidance:
    entry = _Entry(f"guidance {key!r}", raw, _GUIDANCE_FIELDS)
    raw_by_nation = entry.data.get("by_nation") or {}
    if not isinstance(raw_by_nation, dict) or set(raw_by_nation) - set(NATIONS):
        raise entry.fail("by_nation", "must map nations (england, wales, ...) to lists of points")
    by_nation = {
        nation: _Entry(f"guidance {key!r} by_nation", {"points": points}, frozenset({"points"})).texts("points")
        for nation, points in raw_by_nation.items()
    }
    return Guidance(
        by_nation=MappingProxyType(by_nation),
        key=key,
        title=entry.text("title"),
        points=entry.texts("points", required=not by_nation),
        nations=entry.keys("nations", NATIONS),
        notes=entry.texts("notes", required=False),
        sources=entry.sources(),
        checked=entry.checked(),
    )


def _keyed(top: _Entry, name: str, keys: Tuple[str, ...]) -> dict:
    raw = top.data.get(name)
    if not isinstance(raw, dict):
        raise top.fail(name, "missing or not a mapping")
    missing = [key for key in keys if key not in raw]
    extra = [key for key in raw if key not in keys]
    if missing:
        raise top.fail(name, f"missing entry {missing[0]!r}")
    if extra:
        raise top.fail(name, f"unknown entry {extra[0]!r}")
    return raw


def parse_directory(data: Any, where: str = "services.yml") -> Directory:
    """Validate already-parsed YAML and build the Directory."""
    top = _Entry(where, data, _TOP_FIELDS)
    raw_services = top.data.get("services")
    if not isinstance(raw_services, list) or not raw_services:
        raise top.fail("services", "missing or not a non-empty list")
    services = tuple(_service(index, raw) for index, raw in enumerate(raw_services))
    seen = set()
    for service in services:
        if service.id in seen:
            raise ValueError(f"service {service.id!r}: field 'id': duplicate id")
        seen.add(service.id)
    emergency = _keyed(top, "emergency", EMERGENCY_KEYS)
    schemes = _keyed(top, "schemes", SCHEME_KEYS)
    guidance = _keyed(top, "guidance", GUIDANCE)
    return Directory(
        checked=top.checked(),
        services=services,
        emergency=MappingProxyType({key: _emergency(key, emergency[key]) for key in EMERGENCY_KEYS}),
        schemes=MappingProxyType({key: _scheme(key, schemes[key]) for key in SCHEME_KEYS}),
        guidance=MappingProxyType({key: _guidance(key, guidance[key]) for key in GUIDANCE}),
    )


def load_directory(path: str | Path | None = None) -> Directory:
    """Read and validate services.yml (default: the one in harbour/content)."""
    path = Path(path) if path is not None else DEFAULT_PATH
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValueError(f"{path.name}: not valid YAML: {error}") from error
    return parse_directory(data, where=path.name)
