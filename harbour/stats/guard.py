"""Start-up checks for the statistics broker: configured means loaded, and only ours.

Rasa logs a warning and runs without any broker when the configured class can't be
imported, and its own brokers (``sql``, ``pika``, ``kafka``, ``file``) would keep every
event with its sender id and exact time. :mod:`harbour.privacy.guard` calls
`check_broker_section` on endpoints.yml before anything loads, and
`verify_loaded_broker` on the agent Rasa has loaded, before the server takes a message.
"""
from __future__ import annotations

from typing import Any, Mapping, Optional

from sqlalchemy.engine.url import make_url

from harbour.plugins import plugin_class
from harbour.privacy.guard import PrivacyGuardError
from harbour.stats.broker import StatsBroker
from harbour.stats.settings import BROKER_TYPE, StatsConfigError, StatsSettings

RASA_BROKER_TYPES = ("pika", "sql", "kafka", "file")


class StatsGuardError(PrivacyGuardError, StatsConfigError):
    """The event broker configured is not one Harbour can run with."""


def check_broker_section(section: Any, where: str = "endpoints.yml") -> Optional[StatsSettings]:
    """Validates endpoints.yml's event_broker section; returns its settings (None if absent).

    Raises:
        StatsGuardError: for any broker other than `StatsBroker`, a class that cannot be
            imported, unknown or invalid settings, or a database driver that is missing.
    """
    if section is None:
        return None
    try:
        return _check_section(section)
    except StatsGuardError:
        raise
    except StatsConfigError as error:
        raise StatsGuardError(f"{where}: {error}") from error


def _check_section(section: Any) -> StatsSettings:
    if not isinstance(section, Mapping):
        raise StatsGuardError(f"event_broker must be a mapping with type: {BROKER_TYPE}.")
    broker_type = section.get("store_type", section.get("type"))
    if not isinstance(broker_type, str) or not broker_type or broker_type.lower() in RASA_BROKER_TYPES:
        raise StatsGuardError(
            f"event_broker type {broker_type!r} is not Harbour's: Rasa's brokers keep every "
            f"event with its sender id and exact time. Use type: {BROKER_TYPE}."
        )
    plugin_class(
        "event_broker",
        broker_type,
        StatsBroker,
        BROKER_TYPE,
        StatsGuardError,
        if_unimportable="; Rasa would quietly run without statistics",
    )
    values = {key: value for key, value in section.items() if key not in ("type", "store_type")}
    settings = StatsSettings.from_mapping(values)
    try:
        make_url(settings.url).get_dialect().dbapi()
    except Exception as error:  # noqa: BLE001 - an unknown dialect or a missing driver
        raise StatsGuardError(
            f"The statistics database driver is not available ({type(error).__name__})."
        ) from error
    return settings


def verify_loaded_broker(broker: Any, endpoints: Any) -> None:
    """Raises `StatsGuardError` unless Rasa loaded exactly the broker endpoints.yml asks for."""
    configured = getattr(endpoints, "event_broker", None)
    if configured is None:
        if broker is not None and not isinstance(broker, StatsBroker):
            raise StatsGuardError(f"Rasa loaded a {type(broker).__name__}; only {BROKER_TYPE} may run.")
        return
    if not isinstance(broker, StatsBroker):
        raise StatsGuardError(
            f"endpoints.yml configures an event_broker but Rasa loaded "
            f"{type(broker).__name__ if broker is not None else 'none'}; Harbour will not run "
            f"with statistics silently off. Check event_broker in endpoints.yml."
        )
