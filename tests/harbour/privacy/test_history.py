"""MIN_EVENTS is tied to the policies' max_history: the shortest history the store may keep still
gives the policies every state they look at, so raising max_history alone fails here, not silently."""
from pathlib import Path

import pytest
import yaml
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from harbour.privacy.history import MIN_EVENTS
from harbour.privacy.store import PrivacyTrackerStore

ROOT = Path(__file__).resolve().parents[3]
DOMAIN = Domain.load(str(ROOT / "domain.yml"))
INTENTS = ["greet", "ask_clares_law", "describe_coercive_control", "ask_helpline", "thank"]


def policies_max_history() -> int:
    policies = yaml.safe_load((ROOT / "config.yml").read_text())["policies"]
    histories = [policy["max_history"] for policy in policies if "max_history" in policy]
    assert histories, "config.yml sets no max_history: Rasa's default would apply"
    return max(histories)


def busy_conversation(turns: int) -> DialogueStateTracker:
    """Turns as long as Harbour's get: an entity, a slot, an action and a response before listening."""
    events = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    for turn in range(turns):
        intent = INTENTS[turn % len(INTENTS)]
        events += [
            UserUttered(f"message {turn}", intent={"name": intent, "confidence": 0.9},
                        entities=[{"entity": "nation", "value": "wales"}] if turn % 2 else []),
            SlotSet("nation", "wales"),
            ActionExecuted("action_helpline"),
            ActionExecuted(f"utter_{intent}"),
            ActionExecuted("action_listen"),
        ]
    return DialogueStateTracker.from_events("busy", events, DOMAIN.slots)


def states(tracker: DialogueStateTracker, count: int):
    """The last ``count`` states the policies featurise, without the text (which is never stored)."""
    return [
        {key: {k: v for k, v in part.items() if k != "text"} for key, part in state.items()}
        for state in tracker.past_states(DOMAIN)[-count:]
    ]


def test_config_and_store_agree_on_the_history_length():
    # max_history counts states (one per action); a turn of busy_conversation is 5 events, 3 states.
    assert MIN_EVENTS >= 5 * policies_max_history(), (
        f"config.yml's max_history {policies_max_history()} needs MIN_EVENTS of at least "
        f"{5 * policies_max_history()} in harbour/privacy/history.py"
    )


@pytest.mark.asyncio
async def test_the_shortest_kept_history_gives_the_policies_the_same_states():
    max_history = policies_max_history()
    store = PrivacyTrackerStore(domain=DOMAIN, max_events=MIN_EVENTS)
    full = busy_conversation(turns=40)
    await store.save(full)
    restored = await store.retrieve("busy")

    assert len(restored.events) < len(full.events)
    assert states(restored, max_history + 1) == states(full, max_history + 1)
    await store.close()
