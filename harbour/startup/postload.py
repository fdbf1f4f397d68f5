"""Checks on the agent Rasa loaded, before the server takes a message; and the listeners that close it.

Configured means loaded, and reachable: the tracker store must be a `PrivacyTrackerStore` whose
backend answers, the lock store the one endpoints.yml asks for (its Redis answering), the event
broker Harbour's `StatsBroker` whenever one is configured (Rasa otherwise runs without it, with
only a warning), and the log filter still in place. :mod:`harbour.startup.patches` runs
`verify_startup` inside Rasa's own start-up listener; any failure raises and the process exits.
"""
from __future__ import annotations

import logging
from typing import Any

from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import FailSafeTrackerStore

from harbour.privacy.locks import LOCK_STORE_TYPE, PrivacyLockStore
from harbour.privacy.log_filter import verify_log_filter
from harbour.privacy.store import PrivacyBackendError, PrivacyConfigError, PrivacyTrackerStore, privacy_store, unwrap
from harbour.startup.errors import PrivacyGuardError, StatsGuardError
from harbour.startup.preload import IN_MEMORY_LOCKS
from harbour.stats.broker import StatsBroker
from harbour.stats.settings import BROKER_TYPE

logger = logging.getLogger(__name__)

SHARED_STORE_WARNING = (
    "The tracker store is shared (Redis) but locks are kept in this process: fine for one "
    "replica; several replicas need lock_store: type: %s on the same Redis."
)


async def verify_startup(agent: Any, endpoints: Any = None) -> PrivacyTrackerStore:
    """All checks on a loaded agent (and its endpoints): store, backend, locks, logs, broker."""
    store = verify_loaded_store(agent)
    await store.ping()
    await verify_loaded_lock_store(agent, endpoints)
    try:
        verify_log_filter()
    except RuntimeError as error:
        raise PrivacyGuardError(str(error)) from error
    if endpoints is not None or store.event_broker is not None:
        verify_loaded_broker(store.event_broker, endpoints)
    return store


def verify_loaded_store(agent: Any) -> PrivacyTrackerStore:
    """Returns the agent's `PrivacyTrackerStore`, or raises if Rasa loaded another.

    Also points Rasa's `FailSafeTrackerStore` fallback at the same store, so even an
    unexpected error can never leave an unredacted copy in an InMemoryTrackerStore.
    """
    try:
        store = privacy_store(agent)
    except PrivacyConfigError as error:
        raise PrivacyGuardError(str(error)) from error
    processor = getattr(agent, "processor", None)
    if processor is not None and unwrap(processor.tracker_store) is not store:
        raise PrivacyGuardError(
            "Rasa's message processor uses a different tracker store from the agent."
        )
    for wrapper in (agent.tracker_store, getattr(processor, "tracker_store", None)):
        if isinstance(wrapper, FailSafeTrackerStore):
            wrapper._fallback_tracker_store = store
    return store


async def verify_loaded_lock_store(agent: Any, endpoints: Any) -> None:
    """Raises `PrivacyGuardError` unless the agent's lock store is the configured one and answers."""
    if endpoints is None:
        return
    configured = getattr(endpoints, "lock_store", None)
    loaded = getattr(agent, "lock_store", None)
    store_type = getattr(configured, "type", None)
    if store_type in IN_MEMORY_LOCKS:
        if not isinstance(loaded, InMemoryLockStore):
            raise PrivacyGuardError(
                f"endpoints.yml asks for in-memory locks but Rasa loaded {type(loaded).__name__}."
            )
        if _shared_tracker_store(getattr(agent, "tracker_store", None)):
            logger.warning(SHARED_STORE_WARNING, LOCK_STORE_TYPE)
        return
    if not isinstance(loaded, PrivacyLockStore):
        raise PrivacyGuardError(
            f"endpoints.yml configures lock_store type {store_type!r} but Rasa loaded "
            f"{type(loaded).__name__}; Harbour will not run with locks it did not ask for."
        )
    try:
        await loaded.ping()
    except PrivacyBackendError as error:
        raise PrivacyGuardError(str(error)) from error


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


def _shared_tracker_store(tracker: Any) -> bool:
    try:
        return privacy_store(tracker).backend_name == "redis"
    except Exception:  # noqa: BLE001 - the tracker store check reports that on its own
        return False


async def close_tracker_store(app: Any, _loop: Any = None) -> None:
    """Sanic ``after_server_stop`` listener: stops the idle sweep and closes Redis."""
    store = unwrap(getattr(getattr(app.ctx, "agent", None), "tracker_store", None))
    if isinstance(store, PrivacyTrackerStore):
        await store.close()


async def close_lock_store(app: Any, _loop: Any = None) -> None:
    """Sanic ``after_server_stop`` listener: closes the lock store's Redis connections."""
    store = getattr(getattr(app.ctx, "agent", None), "lock_store", None)
    if isinstance(store, PrivacyLockStore):
        await store.close()
