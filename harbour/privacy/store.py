"""Harbour's tracker store: redacted conversations that live only while they are active.

Configured in endpoints.yml::

    tracker_store:
      type: harbour.privacy.PrivacyTrackerStore
      backend: memory          # or redis
      idle_minutes: 30
      max_conversations: 10000 # memory only: the least recently active go first
      url: ${REDIS_URL}        # redis only
      key_prefix: "harbour:"   # redis only
      key_secret: ${HARBOUR_STORE_SECRET}  # redis only: keys are HMACs of the sender id
      keep_slots: []           # text/list/float/any slots whose values may be kept
      max_events: 30           # events kept per conversation (older turns are summarised)

Every save stores the redacted events of the latest session (see
:mod:`harbour.privacy.redaction`), never the text, and at most ``max_events`` of them:
older turns are replaced by the state they left (slot values and any active form), so a
long conversation costs each turn what a short one does. A conversation is dropped when it
has been idle for ``idle_minutes`` (memory: a background sweep plus a check on every
read; Redis: every key is written with that expiry), at once when its newest user
message has the intent ``forget_conversation``, and when a channel calls
:meth:`PrivacyTrackerStore.forget`.

Rasa wraps every tracker store in ``FailSafeTrackerStore``, which copies the whole,
unredacted tracker into an ``InMemoryTrackerStore`` when ``save`` raises. So ``save``,
``retrieve``, ``keys`` and ``forget`` never raise: a failure is logged without content
and the conversation's state is dropped. Only :meth:`PrivacyTrackerStore.ping`, used by
the start-up checks (:mod:`harbour.startup.postload`), raises.

Where the redacted JSON lives is :mod:`harbour.privacy.backends`; which events and slots of a
conversation are kept is :mod:`harbour.privacy.history`; the errors are :mod:`harbour.privacy.errors`.
"""

import functools
import json
import logging
from typing import Any, Collection, Dict, Iterable, List, Optional, Text

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import AwaitableTrackerStore, FailSafeTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from harbour.envvars import config_number, config_whole
from harbour.privacy.backends import Backend, MemoryBackend, RedisBackend, log_failure
from harbour.privacy.errors import PrivacyBackendError, PrivacyConfigError
from harbour.privacy.history import (
    MIN_EVENTS,
    asks_to_forget,
    bounded,
    entity_values_for,
    latest_session,
    slot_rules_for,
)
from harbour.privacy.keys import MIN_SECRET_CHARS, SECRET_VARIABLE, shared_secret
from harbour.privacy.redaction import redact_events
from harbour.services import load_directory

logger = logging.getLogger(__name__)

BACKENDS = ("memory", "redis")
__all__ = ["PrivacyBackendError", "PrivacyConfigError", "PrivacyTrackerStore", "privacy_store", "unwrap"]


class PrivacyTrackerStore(TrackerStore):
    """Stores redacted conversations in memory or Redis, and only while active."""

    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        backend: Text = "memory",
        idle_minutes: float = 30,
        max_conversations: int = 10_000,
        key_prefix: Text = "harbour:",
        keep_slots: Optional[Iterable[Text]] = None,
        url: Optional[Text] = None,
        key_secret: Optional[Text] = None,
        max_events: int = 30,
        **kwargs: Any,
    ) -> None:
        """Creates the store; raises `PrivacyConfigError` for settings it cannot honour.

        Args:
            domain: The assistant's domain (Rasa replaces it once the model loads).
            host: The Redis URL, as Rasa passes the endpoint's `url` (redis only).
            event_broker: Receives the redacted new events of every save.
            backend: `memory` (one process) or `redis` (shared, with expiry).
            idle_minutes: How long an idle conversation is kept.
            max_conversations: Memory only: cap on live conversations.
            key_prefix: Redis only: prefix of every key.
            keep_slots: Non-categorical slots whose values may be stored.
            url: The Redis URL when the store is built in code.
            key_secret: Redis only: the key for the HMAC that turns a sender id
                into a Redis key (default: the HARBOUR_STORE_SECRET variable). Every
                replica must share it; Redis never sees a sender id.
            max_events: Events kept per conversation; older turns are summarised as
                their slot values and active form.
        """
        if kwargs:
            raise PrivacyConfigError(
                f"Unknown tracker_store settings {sorted(kwargs)}; "
                f"PrivacyTrackerStore accepts backend, idle_minutes, "
                f"max_conversations, url, key_prefix, key_secret, max_events and keep_slots."
            )
        super().__init__(domain, event_broker)
        self.idle_seconds = config_number(idle_minutes, "tracker_store idle_minutes", above=0, error=PrivacyConfigError) * 60
        self.backend_name = backend
        self.max_events = config_whole(max_events, "tracker_store max_events", above=0, error=PrivacyConfigError)
        if self.max_events < MIN_EVENTS:
            raise PrivacyConfigError(f"tracker_store max_events must be at least {MIN_EVENTS}.")
        self._keep_slots = _slot_names(keep_slots)
        redis_url = url or host

        if backend == "memory":
            if redis_url:
                logger.warning("tracker_store url is ignored with backend: memory.")
            capacity = config_whole(max_conversations, "tracker_store max_conversations", above=0, error=PrivacyConfigError)
            self._backend: Backend = MemoryBackend(self.idle_seconds, capacity)
        elif backend == "redis":
            if not redis_url:
                raise PrivacyConfigError(
                    "tracker_store backend: redis needs url: redis://host:port/db "
                    "(e.g. url: ${REDIS_URL})."
                )
            if not isinstance(key_prefix, str) or not key_prefix:
                raise PrivacyConfigError("tracker_store key_prefix must be a string.")
            secret = shared_secret(key_secret)
            if secret is None:
                raise PrivacyConfigError(
                    f"tracker_store backend: redis needs key_secret (or {SECRET_VARIABLE}) "
                    f"of at least {MIN_SECRET_CHARS} characters, shared by every replica: "
                    f"Redis keys are HMACs of the sender id, so Redis never holds a "
                    f"person's id (a Telegram chat id identifies them)."
                )
            self._backend = RedisBackend(redis_url, self.idle_seconds, key_prefix, secret)
        else:
            raise PrivacyConfigError(
                f"tracker_store backend must be one of {list(BACKENDS)}, "
                f"not {backend!r}."
            )

        self.domain = domain  # computes the slot rules through the setter below

    @classmethod
    def from_endpoint_config(
        cls,
        endpoint_config: EndpointConfig,
        domain: Optional[Domain] = None,
        event_broker: Optional[EventBroker] = None,
    ) -> "PrivacyTrackerStore":
        """Creates the store from the tracker_store section of endpoints.yml."""
        return cls(
            domain=domain,
            host=endpoint_config.url,
            event_broker=event_broker,
            **endpoint_config.kwargs,
        )

    @property
    def domain(self) -> Domain:
        """Returns the domain; setting it recomputes what may be stored."""
        return self._domain

    @domain.setter
    def domain(self, domain: Optional[Domain]) -> None:
        self._domain = domain or Domain.empty()
        self._slot_rules = slot_rules_for(self._domain, self._keep_slots)
        self._entity_values = entity_values_for(self._domain)
        self._known_intents = frozenset(self._domain.intents)
        self._known_entities = frozenset(self._domain.entities)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Stores the redacted latest session, or forgets it when the person asked."""
        try:
            await self._publish_new_events(tracker)
            if asks_to_forget(tracker):
                await self._backend.delete(tracker.sender_id)
                return
            await self._backend.put(tracker.sender_id, self._serialise(tracker))
        except Exception as error:  # noqa: BLE001 (never let FailSafe keep a copy)
            log_failure("save", error)
            await self._drop_quietly(tracker.sender_id)

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """Rebuilds the tracker from redacted events; `None` when absent or expired."""
        try:
            stored = await self._backend.get(sender_id)
            if stored is None:
                return None
            return DialogueStateTracker.from_dict(
                sender_id,
                json.loads(stored),
                self.domain.slots,
                self.max_event_history,
            )
        except Exception as error:  # noqa: BLE001
            log_failure("retrieve", error)
            await self._drop_quietly(sender_id)
            return None

    async def retrieve_full_tracker(
        self, conversation_id: Text
    ) -> Optional[DialogueStateTracker]:
        """Same as `retrieve`: only the latest session is ever kept."""
        return await self.retrieve(conversation_id)

    async def keys(self) -> Iterable[Text]:
        """Returns the live conversations: sender ids in memory, their HMACs in Redis."""
        try:
            return await self._backend.keys()
        except Exception as error:  # noqa: BLE001
            log_failure("list", error)
            return []

    async def forget(self, sender_id: Text) -> None:
        """Drops a conversation now (quick exit, /forget, clear chat); never raises."""
        await self._drop_quietly(sender_id)

    async def ping(self) -> None:
        """Checks the backend can be reached; raises `PrivacyBackendError` if not."""
        try:
            await self._backend.ping()
        except Exception as error:
            raise PrivacyBackendError(
                f"The {self.backend_name} backend of the tracker store cannot be "
                f"reached ({type(error).__name__}); Harbour will not start without it."
            ) from error

    async def close(self) -> None:
        """Stops the idle sweep and closes the Redis connection."""
        await self._backend.close()

    async def _stream_new_events(
        self, event_broker: EventBroker, new_events: List[Event], sender_id: Text
    ) -> None:
        """Publishes the new events redacted, like everything else that leaves.

        Bot messages also keep the id of the service they showed (a closed list from
        services.yml), so the statistics can count handoffs and helplines by service.
        """
        events = [event.as_dict() for event in new_events]
        for event in self._redact(events, service_ids=_service_ids()):
            event_broker.publish({"sender_id": sender_id, **event})

    async def _publish_new_events(self, tracker: DialogueStateTracker) -> None:
        if self.event_broker is None:
            return
        try:
            await self.stream_events(tracker)
        except Exception as error:  # noqa: BLE001 (statistics must not cost the turn)
            log_failure("publish", error)

    def _serialise(self, tracker: DialogueStateTracker) -> Text:
        events = bounded(tracker, latest_session(list(tracker.events)), self.max_events)
        return json.dumps(self._redact([event.as_dict() for event in events]))

    def _redact(
        self, events: List[Dict[Text, Any]], service_ids: Collection[Text] = ()
    ) -> List[Dict[Text, Any]]:
        return redact_events(
            events,
            self._slot_rules,
            entity_values=self._entity_values,
            known_intents=self._known_intents,
            known_entities=self._known_entities,
            service_ids=service_ids,
        )

    async def _drop_quietly(self, sender_id: Text) -> None:
        try:
            await self._backend.delete(sender_id)
        except Exception as error:  # noqa: BLE001
            log_failure("delete", error)


def privacy_store(target: Any) -> PrivacyTrackerStore:
    """Returns the `PrivacyTrackerStore` behind an agent or Rasa's store wrappers.

    Channels use it to forget a conversation at once, e.g. for Telegram's /forget::

        agent = request.app.ctx.agent
        async with agent.lock_store.lock(sender_id):
            await privacy_store(agent).forget(sender_id)

    Raises:
        PrivacyConfigError: if the store in use is any other kind (start-up refuses that).
    """
    store = target if isinstance(target, TrackerStore) else target.tracker_store
    store = unwrap(store)
    if not isinstance(store, PrivacyTrackerStore):
        raise PrivacyConfigError(
            f"Rasa loaded a {type(store).__name__}, not harbour.privacy.PrivacyTrackerStore: "
            f"it would keep message text. Check tracker_store in endpoints.yml and pass the "
            f"endpoints to serve_application."
        )
    return store


def unwrap(store: Any) -> Any:
    """The store inside Rasa's `FailSafeTrackerStore` and `AwaitableTrackerStore` wrappers."""
    while isinstance(store, (FailSafeTrackerStore, AwaitableTrackerStore)):
        store = store._tracker_store
    return store


@functools.lru_cache(maxsize=1)
def _service_ids() -> frozenset:
    """The service ids in harbour/content/services.yml (read once, on first publish)."""
    return frozenset(service.id for service in load_directory().services)


def _slot_names(keep_slots: Optional[Iterable[Text]]) -> frozenset:
    if keep_slots is None:
        return frozenset()
    if isinstance(keep_slots, (list, tuple, set, frozenset)) and all(
        isinstance(name, str) for name in keep_slots
    ):
        return frozenset(keep_slots)
    raise PrivacyConfigError("tracker_store keep_slots must be a list of slot names.")


