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
"""

import asyncio
import functools
import json
import logging
import math
import time
from collections import OrderedDict
from typing import (
    Any,
    Collection,
    Dict,
    Iterable,
    List,
    Optional,
    Text,
    Tuple,
)

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import AwaitableTrackerStore, FailSafeTrackerStore, TrackerStore
from rasa.shared.core.constants import ACTION_SESSION_START_NAME, REQUESTED_SLOT
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from harbour.privacy.keys import MIN_SECRET_CHARS, SECRET_VARIABLE, sender_hmac, shared_secret
from harbour.privacy.redaction import (
    CATEGORICAL_OTHER,
    HARBOUR_ENTITY_VALUES,
    REDACTED,
    SlotRule,
    redact_events,
)

logger = logging.getLogger(__name__)

FORGET_INTENT = "forget_conversation"
BACKENDS = ("memory", "redis")
MAX_SWEEP_INTERVAL_SECONDS = 60.0
REDIS_TIMEOUT_SECONDS = 2.0
MIN_EVENTS = 20  # room for a few whole turns, so the policies' history (max_history 4) is intact


class PrivacyConfigError(RasaException, ValueError):
    """The tracker_store section of endpoints.yml cannot give Harbour's guarantees."""


class PrivacyBackendError(RasaException):
    """The storage behind the tracker store cannot be reached."""


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
        self.idle_seconds = _positive_number(idle_minutes, "idle_minutes") * 60
        self.backend_name = backend
        self.max_events = _positive_integer(max_events, "max_events")
        if self.max_events < MIN_EVENTS:
            raise PrivacyConfigError(f"tracker_store max_events must be at least {MIN_EVENTS}.")
        self._keep_slots = _slot_names(keep_slots)
        redis_url = url or host

        if backend == "memory":
            if redis_url:
                logger.warning("tracker_store url is ignored with backend: memory.")
            capacity = _positive_integer(max_conversations, "max_conversations")
            self._backend: _Backend = _MemoryBackend(self.idle_seconds, capacity)
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
            self._backend = _RedisBackend(redis_url, self.idle_seconds, key_prefix, secret)
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
            _log_failure("save", error)
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
            _log_failure("retrieve", error)
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
            _log_failure("list", error)
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
            _log_failure("publish", error)

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
            _log_failure("delete", error)


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
    from harbour.services import load_directory

    return frozenset(service.id for service in load_directory().services)


def asks_to_forget(tracker: DialogueStateTracker) -> bool:
    """Whether the newest user message asked Harbour to forget the conversation."""
    latest = tracker.get_last_event_for(UserUttered)
    return latest is not None and latest.intent_name == FORGET_INTENT


def latest_session(events: List[Event]) -> List[Event]:
    """Returns the events from the latest `action_session_start` on."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if (
            isinstance(event, ActionExecuted)
            and event.action_name == ACTION_SESSION_START_NAME
        ):
            return events[index:]
    return events


def bounded(tracker: DialogueStateTracker, events: List[Event], limit: int) -> List[Event]:
    """At most about ``limit`` events: the session's start, the state older turns left, recent turns.

    The recent part starts at a user message, so every kept turn is whole; the state is the slot
    values and active form at the start of it, replayed as events, so the rebuilt tracker has the
    same slots and form as the full one.
    """
    if len(events) <= limit:
        return events
    start = next(
        (i + 1 for i, e in enumerate(events) if isinstance(e, ActionExecuted) and e.action_name == "action_listen"),
        1,
    )
    cut = len(events) - limit + start
    while cut < len(events) and not isinstance(events[cut], UserUttered):
        cut += 1
    if cut >= len(events):
        return events
    replay = DialogueStateTracker.from_events(tracker.sender_id, events[:cut], tracker.slots.values())
    state: List[Event] = [
        SlotSet(name, value)
        for name, value in replay.current_slot_values().items()
        if value is not None
    ]
    if replay.active_loop_name:
        state.append(ActiveLoop(replay.active_loop_name))
    return [*events[:start], *state, *events[cut:]]


def slot_rules_for(domain: Domain, keep_slots: Collection[Text]) -> Dict[Text, SlotRule]:
    """Returns which slots may be stored, and how, for a domain.

    Categorical and boolean slots keep their values (a categorical value outside the
    domain's list is stored as ``__other__``, which Rasa featurises the same way).
    ``requested_slot`` keeps slot names, so forms survive between turns. Text, list,
    float and any slots are dropped unless listed in ``keep_slots``; a text or list
    slot that influences the conversation is stored as ``[redacted]`` so the policies
    still see that it is set.
    """
    rules: Dict[Text, SlotRule] = {}
    slot_names = frozenset(slot.name.lower() for slot in domain.slots)
    for slot in domain.slots:
        kind = slot.type_name
        if slot.name in keep_slots:
            rules[slot.name] = SlotRule()
        elif kind == "categorical":
            allowed = frozenset(str(value).lower() for value in slot.values)
            rules[slot.name] = SlotRule(allowed, CATEGORICAL_OTHER)
        elif kind == "bool":
            rules[slot.name] = SlotRule(frozenset({"true", "false"}), None)
        elif slot.name == REQUESTED_SLOT:
            rules[slot.name] = SlotRule(slot_names, None)
        elif slot.influence_conversation and kind == "text":
            rules[slot.name] = SlotRule(frozenset(), REDACTED)
        elif slot.influence_conversation and kind == "list":
            rules[slot.name] = SlotRule(frozenset(), [REDACTED])
        elif slot.influence_conversation:
            logger.warning(
                "Slot %s (%s) influences the conversation but its value is not "
                "stored between turns; make it categorical or list it in keep_slots.",
                slot.name,
                kind,
            )
    return rules


def entity_values_for(domain: Domain) -> Dict[Text, frozenset]:
    """Returns the closed-category entities (nation, asker, route) and their values.

    A categorical slot of the same name in the domain is the source of truth; the
    defaults in `HARBOUR_ENTITY_VALUES` apply when the domain has no such slot.
    """
    values = {name: frozenset(allowed) for name, allowed in HARBOUR_ENTITY_VALUES.items()}
    for slot in domain.slots:
        if slot.name in values and slot.type_name == "categorical":
            values[slot.name] = frozenset(
                str(value) for value in slot.values if value != CATEGORICAL_OTHER
            )
    return values


class _Backend:
    """Where the redacted JSON of each conversation lives."""

    async def get(self, key: Text) -> Optional[Text]:
        raise NotImplementedError()

    async def put(self, key: Text, value: Text) -> None:
        raise NotImplementedError()

    async def delete(self, key: Text) -> None:
        raise NotImplementedError()

    async def keys(self) -> List[Text]:
        raise NotImplementedError()

    async def ping(self) -> None:
        raise NotImplementedError()

    async def close(self) -> None:
        raise NotImplementedError()


class _MemoryBackend(_Backend):
    """An LRU of conversations ordered by last activity, swept for idle ones."""

    def __init__(self, idle_seconds: float, max_conversations: int) -> None:
        self.idle_seconds = idle_seconds
        self.max_conversations = max_conversations
        self.entries: "OrderedDict[Text, Tuple[Text, float]]" = OrderedDict()
        self.sweep_interval = min(MAX_SWEEP_INTERVAL_SECONDS, idle_seconds / 4)
        self.clock = time.monotonic
        self._sweeper: Optional["asyncio.Task[None]"] = None

    async def get(self, key: Text) -> Optional[Text]:
        self._start_sweeper()
        entry = self.entries.get(key)
        if entry is None:
            return None
        if self._is_idle(entry[1], self.clock()):
            del self.entries[key]
            return None
        return entry[0]

    async def put(self, key: Text, value: Text) -> None:
        self._start_sweeper()
        self.entries[key] = (value, self.clock())
        self.entries.move_to_end(key)
        while len(self.entries) > self.max_conversations:
            self.entries.popitem(last=False)

    async def delete(self, key: Text) -> None:
        self.entries.pop(key, None)

    async def keys(self) -> List[Text]:
        self._start_sweeper()
        self.sweep()
        return list(self.entries)

    async def ping(self) -> None:
        return None

    async def close(self) -> None:
        if self._sweeper is not None and not self._sweeper.done():
            self._sweeper.cancel()
            try:
                await self._sweeper
            except asyncio.CancelledError:
                pass
        self._sweeper = None

    def sweep(self) -> int:
        """Drops idle conversations (the oldest come first); returns how many."""
        now = self.clock()
        dropped = 0
        while self.entries:
            key, (_, last_active) = next(iter(self.entries.items()))
            if not self._is_idle(last_active, now):
                break
            del self.entries[key]
            dropped += 1
        return dropped

    def _is_idle(self, last_active: float, now: float) -> bool:
        return now - last_active >= self.idle_seconds

    def _start_sweeper(self) -> None:
        loop = asyncio.get_running_loop()
        if (
            self._sweeper is not None
            and not self._sweeper.done()
            and self._sweeper.get_loop() is loop
        ):
            return
        self._sweeper = loop.create_task(self._sweep_forever())

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.sweep_interval)
            try:
                self.sweep()
            except Exception as error:  # noqa: BLE001 (keep sweeping)
                _log_failure("sweep", error)


class _RedisBackend(_Backend):
    """Redis through `redis.asyncio`; every key expires after the idle time."""

    def __init__(
        self, url: Text, idle_seconds: float, key_prefix: Text, secret: bytes
    ) -> None:
        try:
            from redis import asyncio as redis_asyncio
        except ImportError as error:
            # Not ImportError: Rasa would swallow it and fall back to memory.
            raise PrivacyConfigError(
                "tracker_store backend: redis needs the `redis` package (>= 4.2)."
            ) from error
        try:
            self.client = redis_asyncio.from_url(
                url,
                decode_responses=True,
                socket_timeout=REDIS_TIMEOUT_SECONDS,
                socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
            )
        except (ValueError, TypeError) as error:
            raise PrivacyConfigError(
                "tracker_store url is not a Redis URL "
                "(redis://, rediss:// or unix://)."
            ) from error
        self.key_prefix = key_prefix
        self.expiry_ms = max(1, int(math.ceil(idle_seconds * 1000)))
        self._secret = secret

    def redis_key(self, sender_id: Text) -> Text:
        """The Redis key of a conversation: the prefix and an HMAC of the sender id."""
        return self.key_prefix + sender_hmac(self._secret, sender_id)

    async def get(self, key: Text) -> Optional[Text]:
        return await self.client.get(self.redis_key(key))

    async def put(self, key: Text, value: Text) -> None:
        await self.client.set(self.redis_key(key), value, px=self.expiry_ms)

    async def delete(self, key: Text) -> None:
        await self.client.delete(self.redis_key(key))

    async def keys(self) -> List[Text]:
        """The live conversations' keys: HMACs, since sender ids are never stored."""
        pattern = _glob_escape(self.key_prefix) + "*"
        start = len(self.key_prefix)
        return [key[start:] async for key in self.client.scan_iter(match=pattern)]

    async def ping(self) -> None:
        await self.client.ping()

    async def close(self) -> None:
        await self.client.close(close_connection_pool=True)


def _log_failure(operation: Text, error: BaseException) -> None:
    """Logs where a failure happened without its message, which may hold content."""
    traceback = error.__traceback__
    while traceback is not None and traceback.tb_next is not None:
        traceback = traceback.tb_next
    where = (
        f"{traceback.tb_frame.f_code.co_filename}:{traceback.tb_lineno}"
        if traceback is not None
        else "unknown"
    )
    logger.error(
        "Tracker store could not %s a conversation (%s at %s); its state was "
        "dropped.",
        operation,
        type(error).__name__,
        where,
    )


def _positive_number(value: Any, name: Text) -> float:
    if isinstance(value, bool):
        raise PrivacyConfigError(f"tracker_store {name} must be a number.")
    try:
        number = float(value)
    except (TypeError, ValueError) as error:
        raise PrivacyConfigError(f"tracker_store {name} must be a number.") from error
    if not math.isfinite(number) or number <= 0:
        raise PrivacyConfigError(f"tracker_store {name} must be more than 0.")
    return number


def _positive_integer(value: Any, name: Text) -> int:
    number = _positive_number(value, name)
    if number != int(number):
        raise PrivacyConfigError(f"tracker_store {name} must be a whole number.")
    return int(number)


def _slot_names(keep_slots: Optional[Iterable[Text]]) -> frozenset:
    if keep_slots is None:
        return frozenset()
    if isinstance(keep_slots, (list, tuple, set, frozenset)) and all(
        isinstance(name, str) for name in keep_slots
    ):
        return frozenset(keep_slots)
    raise PrivacyConfigError("tracker_store keep_slots must be a list of slot names.")


def _glob_escape(text: Text) -> Text:
    return "".join(f"\\{char}" if char in "*?[]\\" else char for char in text)
