"""The dashboard's settings: where the counts are, k, and how staff sessions behave.

From the environment (``python -m harbour.serve dashboard`` and ``make run``):

=====================================  ==========  ===========================================
``HARBOUR_DASHBOARD_HOST``             127.0.0.1   interface the dashboard binds to
``HARBOUR_DASHBOARD_PORT``             8001        its port
``HARBOUR_DASHBOARD_SECURE_COOKIES``   auto        ``auto``: Secure unless the host is loopback
``HARBOUR_DASHBOARD_ALLOWED_HOSTS``    (the bind)  Host header values accepted (DNS rebinding)
``HARBOUR_DASHBOARD_TRUSTED_PROXIES``  (none)      proxies whose X-Forwarded-For is believed
``HARBOUR_STATS_URL``                  (endpoints) overrides the database of endpoints.yml
=====================================  ==========  ===========================================

The database URL, k and the retention come from endpoints.yml's event_broker section, so
the dashboard always reads what the broker writes and suppresses with the same k.
"""
from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass, fields, replace
from typing import Any, Mapping, Optional, Tuple

from harbour.envvars import port_number
from harbour.stats.settings import StatsConfigError, StatsSettings
from harbour.dashboard.security import parse_networks

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001


@dataclass(frozen=True)
class DashboardConfig:
    """Everything `create_app` needs; tests build one directly."""

    stats_url: str
    k: int = 5
    retention_months: int = 13
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    secure_cookies: bool = False
    idle_minutes: float = 30.0
    absolute_hours: float = 8.0
    max_failures_per_account: int = 5
    max_failures_per_address: int = 20
    lockout_minutes: float = 15.0
    backoff_seconds: float = 30.0
    default_days: int = 30
    allowed_hosts: str = ""
    trusted_proxies: str = ""

    def __post_init__(self) -> None:
        try:
            parse_networks(self.trusted_proxies)
        except ValueError as error:
            raise StatsConfigError(
                f"HARBOUR_DASHBOARD_TRUSTED_PROXIES: {error} (give addresses or networks like 10.0.0.0/8)."
            ) from None
        if not self.host_names:
            raise StatsConfigError(
                f"The dashboard listens on {self.host}, so the names browsers reach it by can't be guessed: "
                "set HARBOUR_DASHBOARD_ALLOWED_HOSTS (e.g. dashboard.example.org)."
            )

    @property
    def host_names(self) -> Tuple[str, ...]:
        """The Host header values this dashboard answers (anything else is DNS rebinding or a mistake).

        ``allowed_hosts`` names them (a name without a port also matches it with any port); by
        default they are the address it listens on, plus localhost and ::1 on loopback.
        """
        port = str(self.port)
        names = []
        for item in re.split(r"[\s,]+", self.allowed_hosts.strip().lower()):
            item = item.rstrip(".")
            if not item:
                continue
            names.append(item)
            if not re.search(r":\d+$", item):
                names.append(f"{item}:{port}")
        if names:
            return tuple(names)
        if self.host in ("0.0.0.0", "::", ""):
            return ()
        hosts = ["127.0.0.1", "localhost", "[::1]"] if is_loopback(self.host) else [self.host]
        hosts = [f"[{h}]" if ":" in h and not h.startswith("[") else h for h in hosts]
        return tuple(f"{h}:{port}" for h in hosts) + (tuple(hosts) if port in ("80", "443") else ())

    @property
    def max_days(self) -> int:
        """The longest date range anyone may ask for: the whole retention period."""
        return self.retention_months * 31 + 1

    @classmethod
    def from_env(cls, endpoints: str = "endpoints.yml", **overrides: Any) -> "DashboardConfig":
        """Settings from endpoints.yml and the environment; ``overrides`` win."""
        stats = StatsSettings.from_endpoints(endpoints)
        host = os.environ.get("HARBOUR_DASHBOARD_HOST", DEFAULT_HOST)
        config = cls(
            stats_url=stats.url,
            k=stats.k,
            retention_months=stats.retention_months,
            host=host,
            port=_port(os.environ.get("HARBOUR_DASHBOARD_PORT", str(DEFAULT_PORT))),
            secure_cookies=secure_cookies(os.environ.get("HARBOUR_DASHBOARD_SECURE_COOKIES", "auto"), host),
            allowed_hosts=os.environ.get("HARBOUR_DASHBOARD_ALLOWED_HOSTS", ""),
            trusted_proxies=os.environ.get("HARBOUR_DASHBOARD_TRUSTED_PROXIES", ""),
        )
        return config.updated(overrides)

    def updated(self, overrides: Optional[Mapping[str, Any]]) -> "DashboardConfig":
        """A copy with some fields replaced; unknown names are refused."""
        if not overrides:
            return self
        known = {field.name for field in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise StatsConfigError(f"Unknown dashboard settings {unknown}.")
        return replace(self, **dict(overrides))


def secure_cookies(setting: str, host: str) -> bool:
    """Whether session cookies are marked Secure.

    ``auto`` (the default) marks them Secure unless the dashboard listens on loopback
    only: a browser never sends a Secure cookie over plain http, and on 127.0.0.1 there
    is no network to protect. Anywhere else the dashboard must sit behind HTTPS, and a
    Secure cookie makes logging in over plain http impossible rather than unsafe.
    """
    value = setting.strip().lower()
    if value in ("true", "1", "yes", "on"):
        return True
    if value in ("false", "0", "no", "off"):
        return False
    if value != "auto":
        raise StatsConfigError("HARBOUR_DASHBOARD_SECURE_COOKIES must be auto, true or false.")
    return not is_loopback(host)


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _port(raw: str) -> int:
    try:
        return port_number("HARBOUR_DASHBOARD_PORT", raw)
    except ValueError as error:
        raise StatsConfigError(str(error)) from None
