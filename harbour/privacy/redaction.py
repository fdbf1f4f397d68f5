"""Redaction of serialised Rasa events: keep what the policies need, drop what was said.

Pure functions over plain dicts (the output of ``Event.as_dict()``); nothing here
imports Rasa, so the rules test in microseconds.

What survives, by event type:

* ``user``: ``timestamp``, ``input_channel`` and ``parse_data`` holding only the
  intent ``name``/``confidence``, the ``intent_ranking`` names and the entity types
  (``entity``, ``role``, ``group``). An entity ``value`` survives only for the closed
  categories in ``entity_values`` (Harbour: ``nation``, ``asker``, ``route``) and only
  when it is one of the listed values, because "/inform{...}" payloads let a person
  type any text into any entity. ``text``, ``message_id``, ``metadata``, entity
  ``start``/``end``/``extractor``/``confidence`` and ``response_selector`` are dropped.
  ``message_id`` is not content, but it is a key that can link the stored turn to the
  same message kept elsewhere (a Telegram chat, a channel log) and nothing in Rasa's
  prediction reads it, so it goes.
* ``bot`` and ``agent``: ``timestamp`` only (no text, no buttons, no metadata). Given
  ``service_ids`` (the statistics stream only), a bot message also keeps the id of the
  service it showed when it is one of them: a handoff card's ``data.custom.service.id``
  or a helpline block's ``metadata.harbour_service`` (set by the actions); and a Clare's
  Law guide's ``metadata.harbour_scheme`` when it is one of the ``nation`` values.
* ``action``: name, policy, confidence, ``hide_rule_turn``; never ``action_text``.
* ``slot``: only slots with a :class:`SlotRule`; the rule decides what value is kept.
* ``user_featurization`` and event types not listed here: dropped entirely.
* ``metadata``: dropped from every event.
"""

import re
from dataclasses import dataclass
from typing import (
    Any,
    Collection,
    Dict,
    Iterable,
    List,
    Mapping,
    Optional,
)

from harbour.vocab import ENTITY_VALUES, SCHEME_MARK, SERVICE_MARK

REDACTED = "[redacted]"
"""Stand-in stored for a slot whose content must not be kept but whose being set matters."""

CATEGORICAL_OTHER = "__other__"
"""Rasa's catch-all value of a categorical slot (featurised the same as any unknown value)."""

HARBOUR_ENTITY_VALUES: Mapping[str, Collection[str]] = ENTITY_VALUES
"""Entities whose values are closed categories (one list: :mod:`harbour.vocab`)."""

_LABEL = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")
_NAME = re.compile(r"^[A-Za-z0-9_\-./:]{1,128}$")
_DATE_TIME = re.compile(r"^[0-9T:.+\- Z]{10,40}$")

# Fields kept, besides "event" and "timestamp", for events that carry no content.
_SAFE_FIELDS: Mapping[str, Collection[str]] = {
    "action": ("name", "policy", "confidence", "hide_rule_turn"),
    "action_execution_rejected": ("name", "policy", "confidence"),
    "active_loop": ("name",),
    "form": ("name",),
    "loop_interrupted": ("is_interrupted",),
    "form_validation": ("validate",),
    "followup": ("name",),
    "entities": (),
    "reminder": ("intent", "date_time", "name", "kill_on_user_msg"),
    "cancel_reminder": ("intent", "name"),
    "bot": (),
    "agent": (),
    "export": (),
    "restart": (),
    "rewind": (),
    "reset_slots": (),
    "undo": (),
    "pause": (),
    "resume": (),
    "session_started": (),
}
_WITH_ENTITIES = ("entities", "reminder", "cancel_reminder")


@dataclass(frozen=True)
class SlotRule:
    """How one slot's value may be stored.

    ``allowed`` is compared with ``str(value).lower()``; ``None`` keeps any value as it
    is (for slots a developer listed explicitly). A value outside ``allowed`` is
    replaced by ``fallback``. ``None`` and empty values are always kept, since they
    say nothing and "unset" must stay "unset" for the policies.
    """

    allowed: Optional[Collection[str]] = None
    fallback: Any = None

    def apply(self, value: Any) -> Any:
        """Returns the value to store for ``value``."""
        if value is None or _is_empty(value):
            return value
        if self.allowed is None:
            return _plain_copy(value)
        if str(value).lower() in self.allowed:
            return value
        return _plain_copy(self.fallback)


def redact_events(
    events: Iterable[Mapping[str, Any]],
    slot_rules: Mapping[str, SlotRule],
    *,
    entity_values: Mapping[str, Collection[str]] = HARBOUR_ENTITY_VALUES,
    known_intents: Optional[Collection[str]] = None,
    known_entities: Optional[Collection[str]] = None,
    service_ids: Optional[Collection[str]] = None,
) -> List[Dict[str, Any]]:
    """Returns redacted copies of serialised events; the input is left untouched.

    Args:
        events: Serialised Rasa events (``Event.as_dict()``).
        slot_rules: Slots that may be stored, by name; ``slot`` events for any
            other slot are dropped.
        entity_values: Entity types whose values may be stored, with their values.
        known_intents: When given, intent names outside it are dropped (a
            "/some text" message must not turn text into an intent name).
        known_entities: When given, entities of other types are dropped.
        service_ids: When given, bot messages keep which of these services they showed.
    """
    redacted = []
    for event in events:
        copy = redact_event(
            event,
            slot_rules,
            entity_values=entity_values,
            known_intents=known_intents,
            known_entities=known_entities,
            service_ids=service_ids,
        )
        if copy is not None:
            redacted.append(copy)
    return redacted


def redact_event(
    event: Mapping[str, Any],
    slot_rules: Mapping[str, SlotRule],
    *,
    entity_values: Mapping[str, Collection[str]] = HARBOUR_ENTITY_VALUES,
    known_intents: Optional[Collection[str]] = None,
    known_entities: Optional[Collection[str]] = None,
    service_ids: Optional[Collection[str]] = None,
) -> Optional[Dict[str, Any]]:
    """Returns a redacted copy of one serialised event, or ``None`` to drop it."""
    if not isinstance(event, Mapping):
        return None
    kind = event.get("event")
    base: Dict[str, Any] = {"event": kind}
    if isinstance(event.get("timestamp"), (int, float)):
        base["timestamp"] = event["timestamp"]

    if kind == "user":
        return _redact_user(event, base, entity_values, known_intents, known_entities)
    if kind == "slot":
        return _redact_slot(event, base, slot_rules)
    if kind == "bot" and service_ids:
        return _keep_service(event, base, service_ids, entity_values.get("nation", ()))
    if kind not in _SAFE_FIELDS:
        return None

    for field in _SAFE_FIELDS[kind]:
        value = event.get(field)
        pattern = _DATE_TIME if field == "date_time" else _NAME
        if isinstance(value, (bool, int, float)) or value is None:
            base[field] = value
        elif isinstance(value, str) and pattern.match(value):
            base[field] = value
    if kind == "reminder" and not isinstance(base.get("date_time"), str):
        return None  # Rasa cannot rebuild a reminder without its trigger time
    if kind in _WITH_ENTITIES and isinstance(event.get("entities"), list):
        base["entities"] = _redact_entities(
            event["entities"], entity_values, known_entities
        )
    return base


def _redact_user(
    event: Mapping[str, Any],
    base: Dict[str, Any],
    entity_values: Mapping[str, Collection[str]],
    known_intents: Optional[Collection[str]],
    known_entities: Optional[Collection[str]],
) -> Dict[str, Any]:
    parse_data = event.get("parse_data")
    if not isinstance(parse_data, Mapping):
        parse_data = {}

    intent: Dict[str, Any] = {}
    source = parse_data.get("intent")
    if isinstance(source, Mapping) and _is_known(source.get("name"), known_intents):
        intent["name"] = source["name"]
        if isinstance(source.get("confidence"), (int, float)):
            intent["confidence"] = source["confidence"]

    ranking = [
        {"name": entry["name"]}
        for entry in parse_data.get("intent_ranking") or []
        if isinstance(entry, Mapping) and _is_known(entry.get("name"), known_intents)
    ]
    entities = parse_data.get("entities")
    base["parse_data"] = {
        "intent": intent,
        "entities": _redact_entities(
            entities if isinstance(entities, list) else [],
            entity_values,
            known_entities,
        ),
        "intent_ranking": ranking,
    }
    channel = event.get("input_channel")
    base["input_channel"] = channel if isinstance(channel, str) else None
    return base


def _redact_entities(
    entities: List[Any],
    entity_values: Mapping[str, Collection[str]],
    known_entities: Optional[Collection[str]],
) -> List[Dict[str, Any]]:
    kept = []
    for entity in entities:
        if not isinstance(entity, Mapping):
            continue
        kind = entity.get("entity")
        if not isinstance(kind, str) or not _is_known(kind, known_entities):
            continue
        copy: Dict[str, Any] = {"entity": kind}
        for field in ("role", "group"):
            value = entity.get(field)
            if isinstance(value, str) and _LABEL.match(value):
                copy[field] = value
        value = entity.get("value")
        if isinstance(value, str) and value in entity_values.get(kind, ()):
            copy["value"] = value
        kept.append(copy)
    return kept


def _keep_service(
    event: Mapping[str, Any], base: Dict[str, Any], ids: Collection[str], nations: Collection[str]
) -> Dict[str, Any]:
    custom = _get(_get(event, "data"), "custom")
    card_id = _get(_get(custom, "service"), "id")
    if _get(custom, "type") == "handoff" and isinstance(card_id, str) and card_id in ids:
        base["data"] = {"custom": {"type": "handoff", "service": {"id": card_id}}}
    metadata = _get(event, "metadata")
    marked = _get(metadata, SERVICE_MARK)
    if isinstance(marked, str) and marked in ids:
        base["metadata"] = {SERVICE_MARK: marked}
    scheme = _get(metadata, SCHEME_MARK)
    if isinstance(scheme, str) and scheme in nations:
        base.setdefault("metadata", {})[SCHEME_MARK] = scheme
    return base


def _get(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, Mapping) else None


def _redact_slot(
    event: Mapping[str, Any], base: Dict[str, Any], slot_rules: Mapping[str, SlotRule]
) -> Optional[Dict[str, Any]]:
    name = event.get("name")
    rule = slot_rules.get(name) if isinstance(name, str) else None
    if rule is None:
        return None
    base["name"] = name
    base["value"] = rule.apply(event.get("value"))
    return base


def _is_known(name: Any, known: Optional[Collection[str]]) -> bool:
    if not isinstance(name, str) or not _NAME.match(name):
        return False
    return known is None or name in known


def _is_empty(value: Any) -> bool:
    return isinstance(value, (str, list, dict, tuple)) and len(value) == 0


def _plain_copy(value: Any) -> Any:
    """Copies JSON-like values so stored data shares nothing with the live tracker."""
    if isinstance(value, Mapping):
        return {key: _plain_copy(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain_copy(item) for item in value]
    return value
