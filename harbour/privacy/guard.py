"""Start-up guards: Harbour refuses to run unless its privacy layer is the one in use.

Rasa fails quietly where Harbour must fail loudly: a tracker store class that cannot be
imported becomes an ``InMemoryTrackerStore`` that keeps every message, a missing
``tracker_store`` section does the same, and telemetry is on by default. The launcher
(``harbour/serve.py``) calls, before ``rasa.core.run.serve_application``::

    from harbour.privacy import guard

    guard.install_guards()                      # telemetry off, store hook, log scrub
    guard.assert_endpoints_safe("endpoints.yml")
    endpoints = AvailableEndpoints.read_endpoints("endpoints.yml")
    serve_application(..., endpoints=endpoints)

`install_guards` also makes Rasa's own start-up listener run `verify_startup` on the
agent it has just loaded, before the server accepts a connection: the loaded store
must be a `PrivacyTrackerStore`, its backend must answer, a configured lock store must
be the one that loaded and answer (:mod:`harbour.privacy.lock_guard`), the log
scrubbing must still be in place, and a configured event_broker must have loaded as
Harbour's `harbour.stats.StatsBroker` (Rasa otherwise runs without it, with only a warning).
Any failure raises and the process exits.
"""

import functools
import os
from typing import Any, Dict, Optional, Text, Union

import pluggy
import rasa.shared.utils.io
from rasa.core.tracker_store import (
    AwaitableTrackerStore,
    FailSafeTrackerStore,
    TrackerStore,
)
from rasa.plugin import plugin_manager
from rasa.shared.core.domain import Domain
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from harbour.plugins import plugin_class
from harbour.privacy.logging import install_log_filter, verify_log_filter
from harbour.privacy.store import PrivacyTrackerStore

TELEMETRY_VARIABLE = "RASA_TELEMETRY_ENABLED"
STORE_TYPE = "harbour.privacy.PrivacyTrackerStore"
PLUGIN_NAME = "harbour-privacy"
OUTBOUND_TEXT_ENDPOINTS = ("nlg", "nlu")
RASA_STORE_TYPES = ("memory", "inmemory", "redis", "mongod", "sql", "dynamo")

hookimpl = pluggy.HookimplMarker("rasa")
_state: Dict[Text, Any] = {}


class PrivacyGuardError(RasaException):
    """Harbour cannot keep its privacy promise with this configuration."""


def install_guards(*, log_filter: bool = True) -> None:
    """Makes every way Rasa could quietly keep text stop start-up instead (idempotent).

    Args:
        log_filter: Also scrub every log record (`install_log_filter`); only tests
            turn this off.
    """
    enforce_telemetry_off()
    manager = plugin_manager()
    if not manager.has_plugin(PLUGIN_NAME):
        manager.register(_TrackerStorePlugin(), name=PLUGIN_NAME)
    _verify_after_agent_loads()
    if log_filter:
        install_log_filter()


def uninstall_guards() -> None:
    """Removes the tracker store hook and the start-up check (for tests)."""
    manager = plugin_manager()
    if manager.has_plugin(PLUGIN_NAME):
        manager.unregister(name=PLUGIN_NAME)
    if "load_agent_on_start" in _state:
        import rasa.core.run

        rasa.core.run.load_agent_on_start = _state.pop("load_agent_on_start")


def enforce_telemetry_off() -> None:
    """Sets RASA_TELEMETRY_ENABLED=false; refuses any value that could mean on."""
    value = os.environ.get(TELEMETRY_VARIABLE)
    if value is not None and value.strip().lower() not in ("", "false", "0", "no", "off"):
        raise PrivacyGuardError(
            f"{TELEMETRY_VARIABLE}={value!r}: Harbour never runs with Rasa "
            f"telemetry on. Unset it or set it to false."
        )
    os.environ[TELEMETRY_VARIABLE] = "false"


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
    store_class = _privacy_store_class(store_type)
    return store_class.from_endpoint_config(endpoint_config, domain, event_broker)


class _TrackerStorePlugin:
    """Rasa plug-in: creates the tracker store instead of Rasa's quiet fallback."""

    @hookimpl  # type: ignore[misc]
    def create_tracker_store(
        self,
        endpoint_config: Union[EndpointConfig, TrackerStore, None],
        domain: Optional[Domain],
        event_broker: Optional[Any],
    ) -> TrackerStore:
        return create_privacy_tracker_store(endpoint_config, domain, event_broker)


def assert_endpoints_safe(endpoints_path: Text) -> None:
    """Raises `PrivacyGuardError` unless endpoints.yml keeps Harbour's promise.

    The tracker store must be a `PrivacyTrackerStore` with valid settings (Rasa's
    ``store_type`` key wins over ``type``, as in `EndpointConfig`), and no ``nlg`` or
    ``nlu`` endpoint may be set: both send the message text to another server.
    """
    try:
        content = rasa.shared.utils.io.read_config_file(endpoints_path)
    except (OSError, ValueError, RasaException) as error:
        raise PrivacyGuardError(
            f"Cannot read the endpoints file {endpoints_path}: {error}"
        ) from error

    section = content.get("tracker_store")
    if not isinstance(section, dict):
        raise PrivacyGuardError(
            f"{endpoints_path} has no tracker_store, so Rasa would keep every message "
            f"in its InMemoryTrackerStore. Add tracker_store: type: {STORE_TYPE}."
        )
    endpoint_config = EndpointConfig.from_dict(dict(section))
    create_privacy_tracker_store(endpoint_config)  # validates every setting

    for name in OUTBOUND_TEXT_ENDPOINTS:
        if content.get(name):
            raise PrivacyGuardError(
                f"{endpoints_path} configures an {name} endpoint, which would send "
                f"message text to another server. Remove it."
            )
    _check_event_broker(content.get("event_broker"), endpoints_path)
    from harbour.privacy.lock_guard import check_lock_store_section

    check_lock_store_section(content.get("lock_store"), endpoints_path)


def verify_loaded_store(agent: Any) -> PrivacyTrackerStore:
    """Returns the agent's `PrivacyTrackerStore`, or raises if Rasa loaded another.

    Also points Rasa's `FailSafeTrackerStore` fallback at the same store, so even an
    unexpected error can never leave an unredacted copy in an InMemoryTrackerStore.
    """
    store = privacy_store(agent)
    processor = getattr(agent, "processor", None)
    if processor is not None and _unwrap(processor.tracker_store) is not store:
        raise PrivacyGuardError(
            "Rasa's message processor uses a different tracker store from the agent."
        )
    for wrapper in (agent.tracker_store, getattr(processor, "tracker_store", None)):
        if isinstance(wrapper, FailSafeTrackerStore):
            wrapper._fallback_tracker_store = store
    return store


def privacy_store(target: Any) -> PrivacyTrackerStore:
    """Returns the `PrivacyTrackerStore` behind an agent or Rasa's store wrappers.

    Channels use it to forget a conversation at once, e.g. for Telegram's /forget::

        agent = request.app.ctx.agent
        async with agent.lock_store.lock(sender_id):
            await privacy_store(agent).forget(sender_id)

    Raises:
        PrivacyGuardError: if the store in use is any other kind.
    """
    store = target if isinstance(target, TrackerStore) else target.tracker_store
    store = _unwrap(store)
    if not isinstance(store, PrivacyTrackerStore):
        raise PrivacyGuardError(
            f"Rasa loaded a {type(store).__name__}, not {STORE_TYPE}: it would keep "
            f"message text. Check tracker_store in endpoints.yml and pass the "
            f"endpoints to serve_application."
        )
    return store


async def check_backend(target: Any) -> None:
    """Raises `PrivacyBackendError` if the store's backend (Redis) does not answer.

    Args:
        target: A `PrivacyTrackerStore`, a wrapper of one, or an agent.
    """
    await privacy_store(target).ping()


async def verify_startup(agent: Any, endpoints: Any = None) -> PrivacyTrackerStore:
    """All start-up checks on a loaded agent (and its endpoints): store, backend, locks, logs, broker."""
    from harbour.privacy.lock_guard import verify_loaded_lock_store

    store = verify_loaded_store(agent)
    await check_backend(store)
    await verify_loaded_lock_store(agent, endpoints)
    try:
        verify_log_filter()
    except RuntimeError as error:
        raise PrivacyGuardError(str(error)) from error
    if endpoints is not None or store.event_broker is not None:
        from harbour.stats.guard import verify_loaded_broker  # SQLAlchemy only when needed

        verify_loaded_broker(store.event_broker, endpoints)
    return store


def _check_event_broker(section: Any, endpoints_path: Text) -> None:
    """Refuses any event broker but a valid `harbour.stats.StatsBroker`."""
    if section is not None:
        from harbour.stats.guard import check_broker_section

        check_broker_section(section, endpoints_path)


def _verify_after_agent_loads() -> None:
    """Wraps Rasa's start-up listener so `verify_startup` runs before serving."""
    import rasa.core.run

    if "load_agent_on_start" in _state:
        return
    original = getattr(rasa.core.run, "load_agent_on_start", None)
    if original is None:
        raise PrivacyGuardError(
            "rasa.core.run.load_agent_on_start is missing (a new Rasa version?); "
            "Harbour cannot check the loaded tracker store."
        )

    @functools.wraps(original)
    async def load_agent_on_start(*args: Any, **kwargs: Any) -> Any:
        agent = await original(*args, **kwargs)
        endpoints = kwargs.get("endpoints", args[1] if len(args) > 1 else None)
        await verify_startup(agent, endpoints)
        return agent

    _state["load_agent_on_start"] = original
    rasa.core.run.load_agent_on_start = load_agent_on_start


def _privacy_store_class(store_type: Text) -> type:
    if store_type.lower() in RASA_STORE_TYPES:
        raise PrivacyGuardError(
            f"tracker_store type {store_type!r} is one of Rasa's own stores, which "
            f"keep message text. Use type: {STORE_TYPE} (backend: memory or redis)."
        )
    return plugin_class(
        "tracker_store",
        store_type,
        PrivacyTrackerStore,
        STORE_TYPE,
        PrivacyGuardError,
        if_unimportable="; Rasa would quietly keep every message in memory instead",
    )


def _unwrap(store: Any) -> Any:
    while isinstance(store, (FailSafeTrackerStore, AwaitableTrackerStore)):
        store = store._tracker_store
    return store


async def close_tracker_store(app: Any, _loop: Any = None) -> None:
    """Sanic ``after_server_stop`` listener: stops the idle sweep and closes Redis."""
    agent = getattr(app.ctx, "agent", None)
    store = _unwrap(getattr(agent, "tracker_store", None))
    if isinstance(store, PrivacyTrackerStore):
        await store.close()
