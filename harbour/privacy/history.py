"""What of a conversation may be kept, and how much: the latest session, bounded, with the slots it may keep.

`MIN_EVENTS` must leave room for the policies' whole history: config.yml's ``max_history`` turns of
MemoizationPolicy and TEDPolicy (tests/harbour/privacy/test_history.py ties the two, since raising
``max_history`` alone would silently change predictions on long conversations).
"""
import logging
from typing import Collection, Dict, List, Text

from rasa.shared.core.constants import ACTION_SESSION_START_NAME, REQUESTED_SLOT
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from harbour.privacy.redaction import CATEGORICAL_OTHER, HARBOUR_ENTITY_VALUES, REDACTED, SlotRule

logger = logging.getLogger("harbour.privacy.store")  # the store's warnings, under the store's name

FORGET_INTENT = "forget_conversation"
MIN_EVENTS = 20  # room for a few whole turns, so the policies' history (max_history 4) is intact


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
