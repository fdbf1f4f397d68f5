"""Settings of the statistics store, shared by the event broker and the staff dashboard.

endpoints.yml configures the broker (Rasa's plug-in shape)::

    event_broker:
      type: harbour.stats.StatsBroker
      url: ${STATS_DB_URL}     # optional; default sqlite:///.harbour/stats.sqlite3
      retention_months: 13
      k: 5

``HARBOUR_STATS_URL`` in the environment overrides ``url`` (tests, one-off runs). A
relative SQLite path is relative to the project root, so the Rasa server and the
dashboard always open the same file wherever they were started from.

Nothing here imports Rasa: the dashboard reads the same settings without loading it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Optional

from harbour.endpoints import ROOT, EndpointsError, read_endpoints
from harbour.envvars import config_number, config_whole

URL_VARIABLE = "HARBOUR_STATS_URL"
DEFAULT_URL = "sqlite:///.harbour/stats.sqlite3"
BROKER_TYPE = "harbour.stats.StatsBroker"
SECTION = "event_broker"
_SETTINGS = (
    "url",
    "retention_months",
    "k",
    "flush_seconds",
    "max_pending",
    "idle_minutes",
    "max_conversations",
)


class StatsConfigError(ValueError):
    """The statistics settings cannot be honoured (never an ImportError: Rasa would swallow it)."""


@dataclass(frozen=True)
class StatsSettings:
    """Where counts live, how long they are kept and how small a published count may be."""

    url: str = DEFAULT_URL
    retention_months: int = 13
    k: int = 5
    flush_seconds: float = 5.0
    max_pending: int = 20_000
    idle_minutes: float = 30.0
    max_conversations: int = 10_000

    @classmethod
    def from_mapping(cls, values: Optional[Mapping[str, Any]] = None) -> "StatsSettings":
        """Validated settings from an endpoints.yml section (``type`` is ignored here)."""
        values = dict(values or {})
        values.pop("type", None)
        unknown = sorted(set(values) - set(_SETTINGS))
        if unknown:
            raise StatsConfigError(
                f"Unknown event_broker settings {unknown}; {BROKER_TYPE} accepts "
                f"{', '.join(_SETTINGS)}."
            )
        url = os.environ.get(URL_VARIABLE) or values.get("url") or DEFAULT_URL
        return cls(
            url=resolve_url(url),
            retention_months=_whole(values.get("retention_months", 13), "retention_months", 1, 120),
            k=_whole(values.get("k", 5), "k", 2, 1000),
            flush_seconds=_number(values.get("flush_seconds", 5.0), "flush_seconds", 0.05, 3600),
            max_pending=_whole(values.get("max_pending", 20_000), "max_pending", 10, 10_000_000),
            idle_minutes=_number(values.get("idle_minutes", 30), "idle_minutes", 0.01, 24 * 60),
            max_conversations=_whole(
                values.get("max_conversations", 10_000), "max_conversations", 1, 10_000_000
            ),
        )

    @classmethod
    def from_endpoints(cls, path: str | Path = "endpoints.yml") -> "StatsSettings":
        """Settings from endpoints.yml's event_broker section (defaults when there is none)."""
        return cls.from_mapping(read_section(path))


def read_section(path: str | Path) -> Optional[Mapping[str, Any]]:
    """The event_broker section of an endpoints file (read by :mod:`harbour.endpoints`), or None."""
    try:
        section = read_endpoints(path).get(SECTION)
    except EndpointsError as error:
        raise StatsConfigError(str(error)) from error
    if section is not None and not isinstance(section, Mapping):
        raise StatsConfigError(f"{Path(path).name}: {SECTION} must be a mapping.")
    return section


def resolve_url(url: Any) -> str:
    """A database URL SQLAlchemy can open: SQLite files under the project root, or PostgreSQL."""
    if not isinstance(url, str) or not url.strip():
        raise StatsConfigError("event_broker url must be a database URL.")
    url = url.strip()
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    scheme = url.split(":", 1)[0].lower()
    if scheme in ("postgresql", "postgresql+psycopg2"):
        return url
    if scheme not in ("sqlite", "sqlite+pysqlite"):
        raise StatsConfigError(
            "event_broker url must be sqlite:///path/to/stats.sqlite3 or "
            "postgresql://user:password@host/db (other databases are not supported)."
        )
    prefix, _, path = url.partition(":///")
    if not path or path.startswith(":memory:") or "?" in path:
        raise StatsConfigError(
            "event_broker url must name a SQLite file (sqlite:///.harbour/stats.sqlite3): "
            "an in-memory database would lose every count and the dashboard could not read it."
        )
    file = Path(path)
    if not file.is_absolute():
        file = ROOT / file
    return f"{prefix}:///{file}"


def _number(value: Any, name: str, low: float, high: float) -> float:
    return config_number(value, f"event_broker {name}", low=low, high=high, error=StatsConfigError)


def _whole(value: Any, name: str, low: int, high: int) -> int:
    return config_whole(value, f"event_broker {name}", low=low, high=high, error=StatsConfigError)
