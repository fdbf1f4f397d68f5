"""Bounded history: a long conversation is stored as its state plus its recent turns."""
import json
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from harbour.privacy.store import PrivacyConfigError, PrivacyTrackerStore

DOMAIN = Domain.load(str(Path(__file__).resolve().parents[3] / "domain.yml"))
INTENTS = ["greet", "ask_clares_law", "describe_coercive_control", "ask_helpline", "thank"]


def long_conversation(turns: int) -> DialogueStateTracker:
    """A session where the nation is set early, then many turns, then the reflection starts."""
    events = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    events += [
        UserUttered("I live in Cardiff", intent={"name": "inform", "confidence": 1.0},
                    entities=[{"entity": "nation", "value": "wales"}]),
        SlotSet("nation", "wales"),
        ActionExecuted("action_helpline"),
        ActionExecuted("action_listen"),
    ]
    for turn in range(turns):
        intent = INTENTS[turn % len(INTENTS)]
        events += [
            UserUttered(f"message {turn}", intent={"name": intent, "confidence": 0.9}),
            ActionExecuted(f"utter_{intent}"),
            ActionExecuted("action_listen"),
        ]
    events += [
        UserUttered("is this abuse", intent={"name": "ask_is_this_abuse", "confidence": 0.9}),
        ActionExecuted("action_abuse_answer"),
        SlotSet("topic", "abuse_check"),
        ActionExecuted("action_listen"),
        UserUttered("yeah", intent={"name": "affirm", "confidence": 1.0}),
        ActionExecuted("action_follow_up"),
        SlotSet("question", "check_afraid"),
        ActionExecuted("action_listen"),
    ]
    return DialogueStateTracker.from_events("long", events, DOMAIN.slots)


def without_text(states):
    return [
        {key: {k: v for k, v in part.items() if k != "text"} for key, part in state.items()}
        for state in states
    ]


@pytest.mark.asyncio
async def test_a_long_conversation_keeps_its_state_and_recent_turns_only():
    store = PrivacyTrackerStore(domain=DOMAIN, max_events=40)
    full = long_conversation(turns=100)
    await store.save(full)

    stored = json.loads(store._backend.entries["long"][0])
    restored = await store.retrieve("long")

    assert len(stored) <= 40 + 5, len(stored)
    assert restored.get_slot("nation") == "wales"
    assert restored.get_slot("topic") == "abuse_check"
    assert restored.get_slot("question") == "check_afraid"  # the question waiting for its answer
    # What the policies see of the last turns is the same (less the text, which is never kept).
    assert without_text(restored.past_states(DOMAIN)[-8:]) == without_text(full.past_states(DOMAIN)[-8:])
    assert isinstance(restored.events[0], ActionExecuted)  # still starts like a session
    assert restored.events[0].action_name == "action_session_start"
    await store.close()


@pytest.mark.asyncio
async def test_short_conversations_are_stored_whole():
    store = PrivacyTrackerStore(domain=DOMAIN, max_events=60)
    tracker = long_conversation(turns=3)
    await store.save(tracker)

    restored = await store.retrieve("long")

    assert len(restored.events) == len(tracker.events)
    await store.close()


def test_too_small_a_bound_is_refused():
    with pytest.raises(PrivacyConfigError, match="max_events must be at least"):
        PrivacyTrackerStore(domain=DOMAIN, max_events=5)
