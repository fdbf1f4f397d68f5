"""Checks before the model loads: telemetry off, and endpoints.yml asks only for what keeps the promise.

Rasa fails quietly where Harbour must fail loudly: a tracker store class that cannot be imported
becomes an ``InMemoryTrackerStore`` that keeps every message, a missing ``tracker_store`` section
does the same, an event broker that cannot load is a warning, Rasa's own ``type: redis`` lock
store writes the raw conversation id (a Telegram chat id is a person) into Redis, and telemetry
is on by default. `check_endpoints` reads endpoints.yml once (:mod:`harbour.endpoints`), refuses
all of that, and returns the endpoints Rasa is then given, so what was checked is what runs.
"""
from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any, Mapping, Optional, Text, Union

from rasa.core.tracker_store import TrackerStore
from rasa.core.utils import AvailableEndpoints
from rasa.shared.core.domain import Domain
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig
from sqlalchemy.engine.url import make_url

from harbour.endpoints import EndpointsError, read_endpoints
from harbour.privacy.locks import LOCK_STORE_TYPE, PrivacyLockStore
from harbour.privacy.store import PrivacyBackendError, PrivacyTrackerStore
from harbour.startup.errors import PrivacyGuardError, StatsGuardError
from harbour.startup.plugins import plugin_class
from harbour.stats.broker import StatsBroker
from harbour.stats.settings import BROKER_TYPE, StatsConfigError, StatsSettings

TELEMETRY_VARIABLE = "RASA_TELEMETRY_ENABLED"
TELEMETRY_OFF = ("", "false", "0", "no", "off")
STORE_TYPE = "harbour.privacy.PrivacyTrackerStore"
OUTBOUND_TEXT_ENDPOINTS = ("nlg", "nlu")
# The one response generator allowed: in-process, English and Welsh by the language slot.
BILINGUAL_NLG = "harbour.nlg.BilingualNLG"
RASA_STORE_TYPES = ("memory", "inmemory", "redis", "mongod", "sql", "dynamo")
RASA_BROKER_TYPES = ("pika", "sql", "kafka", "file")
IN_MEMORY_LOCKS = (None, "", "in_memory")
# AvailableEndpoints' arguments and the endpoints.yml sections Rasa reads them from.
RASA_SECTIONS = {
    "nlg": "nlg",
    "nlu": "nlu",
    "action": "action_endpoint",
    "model": "models",
    "tracker_store": "tracker_store",
    "lock_store": "lock_store",
    "event_broker": "event_broker",
}


def enforce_telemetry_off() -> None:
    """Sets RASA_TELEMETRY_ENABLED=false; refuses any value that could mean on."""
    value = os.environ.get(TELEMETRY_VARIABLE)
    if value is not None and value.strip().lower() not in TELEMETRY_OFF:
        raise PrivacyGuardError(
            f"{TELEMETRY_VARIABLE}={value!r}: Harbour never runs with Rasa "
            f"telemetry on. Unset it or set it to false."
        )
    os.environ[TELEMETRY_VARIABLE] = "false"


def check_endpoints(endpoints_path: Union[Text, Path]) -> AvailableEndpoints:
    """Reads endpoints.yml once, refuses anything that would keep or send text, returns Rasa's endpoints.

    The tracker store must be a `PrivacyTrackerStore` with valid settings (Rasa's ``store_type``
    key wins over ``type``, as in `EndpointConfig`); no ``nlg`` or ``nlu`` endpoint may be set
    (both send the message text to another server) other than ``nlg: type: harbour.nlg.BilingualNLG``;
    the event broker, if any, must be
    `harbour.stats.StatsBroker`, and the lock store in-memory or `PrivacyLockStore` (pinged now).
    Responses are always generated in-process by `harbour.nlg.BilingualNLG` (English and Welsh).

    Raises:
        PrivacyGuardError: naming what to change (or `PrivacyConfigError` for store settings).
    """
    try:
        endpoints = read_endpoints(endpoints_path)
        content = {name: endpoints.get(name) for name in RASA_SECTIONS.values()}
    except EndpointsError as error:
        raise PrivacyGuardError(str(error)) from error

    section = content.get("tracker_store")
    if not isinstance(section, Mapping):
        raise PrivacyGuardError(
            f"{endpoints_path} has no tracker_store, so Rasa would keep every message "
            f"in its InMemoryTrackerStore. Add tracker_store: type: {STORE_TYPE}."
        )
    create_privacy_tracker_store(EndpointConfig.from_dict(dict(section)))  # validates every setting
    if content.get("nlg") == {"type": BILINGUAL_NLG}:
        content["nlg"] = None  # the in-process generator, set below whether or not it is written
    for name in OUTBOUND_TEXT_ENDPOINTS:
        if content.get(name):
            raise PrivacyGuardError(
                f"{endpoints_path} configures an {name} endpoint, which would send "
                f"message text to another server. Remove it."
            )
    check_broker_section(content.get("event_broker"), str(endpoints_path))
    check_lock_store_section(content.get("lock_store"), str(endpoints_path))
    content["nlg"] = {"type": BILINGUAL_NLG}  # Welsh is not optional (issue 15)
    return AvailableEndpoints(
        **{argument: _endpoint_config(content.get(name)) for argument, name in RASA_SECTIONS.items()}
    )


def create_privacy_tracker_store(
    endpoint_config: Union[EndpointConfig, TrackerStore, None],
    domain: Optional[Domain] = None,
    event_broker: Optional[Any] = None,
) -> PrivacyTrackerStore:
    """Builds the configured `PrivacyTrackerStore` or raises `PrivacyGuardError`."""
    if isinstance(endpoint_config, PrivacyTrackerStore):
        return endpoint_config
    if isinstance(endpoint_config, TrackerStore):
        raise PrivacyGuardError(
            f"Rasa was given a {type(endpoint_config).__name__}; Harbour only runs "
            f"with {STORE_TYPE}."
        )
    store_type = getattr(endpoint_config, "type", None)
    if endpoint_config is None or not store_type:
        raise PrivacyGuardError(
            f"endpoints.yml has no tracker_store, so Rasa would keep every message in "
            f"its InMemoryTrackerStore. Add tracker_store: type: {STORE_TYPE}."
        )
    if store_type.lower() in RASA_STORE_TYPES:
        raise PrivacyGuardError(
            f"tracker_store type {store_type!r} is one of Rasa's own stores, which "
            f"keep message text. Use type: {STORE_TYPE} (backend: memory or redis)."
        )
    store_class = plugin_class(
        "tracker_store",
        store_type,
        PrivacyTrackerStore,
        STORE_TYPE,
        PrivacyGuardError,
        if_unimportable="; Rasa would quietly keep every message in memory instead",
    )
    return store_class.from_endpoint_config(endpoint_config, domain, event_broker)


def check_broker_section(section: Any, where: str = "endpoints.yml") -> Optional[StatsSettings]:
    """Validates endpoints.yml's event_broker section; returns its settings (None if absent).

    Raises:
        StatsGuardError: for any broker other than `StatsBroker`, a class that cannot be
            imported, unknown or invalid settings, or a database driver that is missing.
    """
    if section is None:
        return None
    try:
        return _broker_settings(section)
    except StatsGuardError:
        raise
    except StatsConfigError as error:
        raise StatsGuardError(f"{where}: {error}") from error


def _broker_settings(section: Any) -> StatsSettings:
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


def lock_store_type(section: Any) -> Optional[str]:
    """The section's type as Rasa reads it (``store_type`` wins over ``type``)."""
    if section is None:
        return None
    if not isinstance(section, Mapping):
        raise PrivacyGuardError(f"lock_store must be a mapping with type: {LOCK_STORE_TYPE}.")
    value = section.get("store_type", section.get("type"))
    return value if isinstance(value, str) or value is None else str(value)


def check_lock_store_section(section: Any, where: str = "endpoints.yml") -> None:
    """Validates the lock_store section and, for Harbour's Redis store, pings its Redis.

    With no section (or ``type: in_memory``) Rasa keeps locks in this process: right for one
    replica. Rasa's own ``type: redis`` puts the raw conversation id in its keys and blocks the
    event loop, so it is refused.

    Raises:
        PrivacyGuardError: for Rasa's Redis lock store or any other class, settings the store
            refuses, or a Redis that does not answer.
    """
    store_type = lock_store_type(section)
    if store_type in IN_MEMORY_LOCKS:
        return
    if store_type.lower() == "redis":
        raise PrivacyGuardError(
            f"{where}: lock_store type: redis is Rasa's RedisLockStore, which writes the raw "
            f"conversation id (a Telegram chat id is a person) into Redis and blocks the server. "
            f"Use type: {LOCK_STORE_TYPE}."
        )
    store_class = plugin_class(
        f"{where}: lock_store", store_type, PrivacyLockStore, LOCK_STORE_TYPE, PrivacyGuardError
    )
    try:
        store = store_class(endpoint_config=EndpointConfig.from_dict(dict(section)))
    except (ValueError, RasaException) as error:
        raise PrivacyGuardError(f"{where}: {error}") from error
    _ping_before_start(store)


def _ping_before_start(store: PrivacyLockStore) -> None:
    """Pings Redis on a loop of its own (nothing runs yet), so a dead Redis costs no model load."""

    async def ping() -> None:
        try:
            await store.ping()
        finally:
            await store.close()

    try:
        asyncio.run(ping())
    except PrivacyBackendError as error:
        raise PrivacyGuardError(str(error)) from error


def _endpoint_config(section: Any) -> Optional[EndpointConfig]:
    """A section as Rasa's ``read_endpoint_config`` makes it (None when absent)."""
    return None if section is None else EndpointConfig.from_dict(section)
