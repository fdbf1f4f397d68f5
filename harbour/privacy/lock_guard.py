"""Start-up checks for the lock store: configured means loaded and reachable, and never Rasa's Redis one.

Rasa builds the lock store from endpoints.yml's ``lock_store`` section. With no section (or
``type: in_memory``) it keeps locks in this process: right for one replica, wrong for several,
which would then answer two messages of one conversation at the same time. Rasa's own
``type: redis`` puts the raw conversation id in its keys (a Telegram chat id is a person) and
blocks the event loop. So :mod:`harbour.privacy.guard` calls

- `check_lock_store_section` on endpoints.yml before the model loads: only in-memory locks or
  `harbour.privacy.PrivacyLockStore`, with valid settings and a Redis that answers now;
- `verify_loaded_lock_store` on the agent Rasa loaded, before the first message: the store
  endpoints.yml asks for is the one in use, and its Redis answers.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Mapping, Optional

from rasa.core.lock_store import InMemoryLockStore
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from harbour.plugins import plugin_class
from harbour.privacy.locks import LOCK_STORE_TYPE, PrivacyLockStore
from harbour.privacy.store import PrivacyBackendError

logger = logging.getLogger(__name__)

IN_MEMORY_TYPES = (None, "", "in_memory")
SHARED_STORE_WARNING = (
    "The tracker store is shared (Redis) but locks are kept in this process: fine for one "
    "replica; several replicas need lock_store: type: %s on the same Redis."
)


def _guard_error(message: str) -> Exception:
    from harbour.privacy.guard import PrivacyGuardError  # the guard imports this module

    return PrivacyGuardError(message)


def lock_store_type(section: Any) -> Optional[str]:
    """The section's type as Rasa reads it (``store_type`` wins over ``type``)."""
    if section is None:
        return None
    if not isinstance(section, Mapping):
        raise _guard_error(f"lock_store must be a mapping with type: {LOCK_STORE_TYPE}.")
    value = section.get("store_type", section.get("type"))
    return value if isinstance(value, str) or value is None else str(value)


def check_lock_store_section(section: Any, where: str = "endpoints.yml") -> None:
    """Validates the lock_store section and, for Harbour's Redis store, pings its Redis.

    Raises:
        PrivacyGuardError: for Rasa's Redis lock store or any other class, settings the store
            refuses, or a Redis that does not answer.
    """
    store_type = lock_store_type(section)
    if store_type in IN_MEMORY_TYPES:
        return
    if store_type.lower() == "redis":
        raise _guard_error(
            f"{where}: lock_store type: redis is Rasa's RedisLockStore, which writes the raw "
            f"conversation id (a Telegram chat id is a person) into Redis and blocks the server. "
            f"Use type: {LOCK_STORE_TYPE}."
        )
    store_class = plugin_class(
        f"{where}: lock_store", store_type, PrivacyLockStore, LOCK_STORE_TYPE, _guard_error
    )
    try:
        store = store_class(endpoint_config=EndpointConfig.from_dict(dict(section)))
    except (ValueError, RasaException) as error:
        raise _guard_error(f"{where}: {error}") from error
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
        raise _guard_error(str(error)) from error


async def verify_loaded_lock_store(agent: Any, endpoints: Any) -> None:
    """Raises `PrivacyGuardError` unless the agent's lock store is the configured one and answers."""
    if endpoints is None:
        return
    configured = getattr(endpoints, "lock_store", None)
    loaded = getattr(agent, "lock_store", None)
    store_type = getattr(configured, "type", None)
    if store_type in IN_MEMORY_TYPES:
        if not isinstance(loaded, InMemoryLockStore):
            raise _guard_error(
                f"endpoints.yml asks for in-memory locks but Rasa loaded {type(loaded).__name__}."
            )
        tracker = getattr(agent, "tracker_store", None)
        if _shared_tracker_store(tracker):
            logger.warning(SHARED_STORE_WARNING, LOCK_STORE_TYPE)
        return
    if not isinstance(loaded, PrivacyLockStore):
        raise _guard_error(
            f"endpoints.yml configures lock_store type {store_type!r} but Rasa loaded "
            f"{type(loaded).__name__}; Harbour will not run with locks it did not ask for."
        )
    try:
        await loaded.ping()
    except PrivacyBackendError as error:
        raise _guard_error(str(error)) from error


def _shared_tracker_store(tracker: Any) -> bool:
    from harbour.privacy.guard import privacy_store

    try:
        return privacy_store(tracker).backend_name == "redis"
    except Exception:  # noqa: BLE001 - the tracker store guard reports that on its own
        return False


async def close_lock_store(app: Any, _loop: Any = None) -> None:
    """Sanic ``after_server_stop`` listener: closes the lock store's Redis connections."""
    store = getattr(getattr(app.ctx, "agent", None), "lock_store", None)
    if isinstance(store, PrivacyLockStore):
        await store.close()
