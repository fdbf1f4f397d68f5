"""What one redacted Rasa event adds to the statistics: pure functions, no I/O.

The tracker store publishes every new event already redacted (see
:mod:`harbour.privacy.redaction`). From those, Harbour counts:

=============  ============================  ===========================================
kind           name                          counted when
=============  ============================  ===========================================
``intent``     the intent (``unknown`` if    a person's message reached Rasa
               Rasa dropped it)
``outcome``    ``conversation_started``      ``action_session_start`` ran (counted with the
                                             first message, on its channel)
``outcome``    ``danger_response``           ``utter_danger`` ran (999, Silent Solution)
``outcome``    ``self_harm_response``        ``utter_self_harm`` ran (Samaritans)
``outcome``    ``not_understood``            ``action_not_understood`` (or Rasa's default
                                             fallback) ran
``handoff``    a service id                  a handoff card for that service was shown
``helpline``   a service id                  that service's number was given as text
``clares_law`` a nation                      the guide to that nation's disclosure scheme
                                             was shown (its message says which)
``language``   ``cy``                        a person's message reached Rasa in a conversation
                                             that is in Welsh after it (the message's own
                                             ``language`` entity, else the one before); the
                                             rest are English
=============  ============================  ===========================================

A conversation's channel (for outcomes) is the channel of its latest user message, held
in a `Conversation` the caller keeps in memory only. Everything else is counted from the
turn's own events, so a turn counts the same on whichever replica answers it: the
nation of a Clare's Law guide comes from the guide's message (``harbour_scheme``), not
from a nation the person may have given to another replica turns earlier.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, List, Mapping, Tuple

from harbour.vocab import ENGLISH, LANGUAGES, NATIONS, SCHEME_MARK, SERVICE_MARK, WELSH

UNKNOWN = "unknown"
OTHER = "other"
FORGET_INTENT = "forget_conversation"

SESSION_START = "action_session_start"
OUTCOME_ACTIONS = {
    "utter_danger": "danger_response",
    "utter_self_harm": "self_harm_response",
    "action_not_understood": "not_understood",
    "action_default_fallback": "not_understood",
}
OUTCOMES = ("conversation_started", "danger_response", "self_harm_response", "not_understood")
KINDS = ("intent", "outcome", "handoff", "helpline", "clares_law", "language")
_LABEL = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")
_CHANNEL = re.compile(r"^[A-Za-z0-9_\-]{1,32}$")

Count = Tuple[str, str]
"""(kind, name): one more of these."""


@dataclass(frozen=True)
class Conversation:
    """What the counter remembers about one live conversation (never who it is)."""

    channel: str = UNKNOWN
    forgotten: bool = False
    starting: bool = False
    language: str = ENGLISH


def count_event(event: Mapping[str, Any], conversation: Conversation) -> Tuple[List[Count], Conversation]:
    """The counts one redacted event adds, and the conversation as it is after the event."""
    kind = event.get("event")
    if kind == "user":
        return _user(event, conversation)
    if kind == "action":
        return _action(event.get("name"), conversation)
    if kind == "bot":
        return _bot(event), conversation
    return [], conversation


def is_finished(event: Mapping[str, Any], conversation: Conversation) -> bool:
    """True when the person asked to be forgotten and Harbour has answered: drop the state."""
    return conversation.forgotten and event.get("event") == "action" and event.get("name") == "action_listen"


def channel_label(channel: Any) -> str:
    """A channel name fit to store: the channel's own short name, or ``unknown``/``other``."""
    if not isinstance(channel, str) or not channel:
        return UNKNOWN
    return channel if _CHANNEL.match(channel) else OTHER


def _user(event: Mapping[str, Any], conversation: Conversation) -> Tuple[List[Count], Conversation]:
    parse_data = event.get("parse_data")
    intent = parse_data.get("intent") if isinstance(parse_data, Mapping) else None
    name = intent.get("name") if isinstance(intent, Mapping) else None
    label = name if isinstance(name, str) and _LABEL.match(name) else UNKNOWN
    entities = parse_data.get("entities") if isinstance(parse_data, Mapping) else None
    said = [e.get("value") for e in entities or [] if isinstance(e, Mapping) and e.get("entity") == "language"]
    language = said[-1] if said and said[-1] in LANGUAGES else conversation.language
    updated = replace(
        conversation,
        channel=channel_label(event.get("input_channel")),
        forgotten=conversation.forgotten or label == FORGET_INTENT,
        starting=False,
        language=language,
    )
    started: List[Count] = [("outcome", "conversation_started")] if conversation.starting else []
    welsh: List[Count] = [("language", WELSH)] if language == WELSH else []
    return [("intent", label), *welsh, *started], updated


def _action(name: Any, conversation: Conversation) -> Tuple[List[Count], Conversation]:
    if not isinstance(name, str):
        return [], conversation
    if name == SESSION_START:  # counted with the next message, so on the channel it came from
        return [], replace(conversation, starting=True)
    if name in OUTCOME_ACTIONS:
        return [("outcome", OUTCOME_ACTIONS[name])], conversation
    return [], conversation


def _bot(event: Mapping[str, Any]) -> List[Count]:
    found: List[Count] = []
    data = event.get("data")
    custom = data.get("custom") if isinstance(data, Mapping) else None
    if isinstance(custom, Mapping) and custom.get("type") == "handoff":
        service = custom.get("service")
        service_id = service.get("id") if isinstance(service, Mapping) else None
        if isinstance(service_id, str) and _LABEL.match(service_id):
            found.append(("handoff", service_id))
    metadata = event.get("metadata")
    marked = metadata.get(SERVICE_MARK) if isinstance(metadata, Mapping) else None
    if isinstance(marked, str) and _LABEL.match(marked):
        found.append(("helpline", marked))
    scheme = metadata.get(SCHEME_MARK) if isinstance(metadata, Mapping) else None
    if scheme in NATIONS:
        found.append(("clares_law", scheme))
    return found
