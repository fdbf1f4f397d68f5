"""Shared fixtures: a small Harbour-like domain and a throwaway redis-server."""

import pytest

CANARY = "CANARY-xyz"

DOMAIN_YAML = """
version: "3.1"
intents:
  - greet
  - inform
  - danger_now
  - forget_conversation
entities:
  - place
  - nation
  - asker
  - route
slots:
  nation:
    type: categorical
    values: [england, wales, scotland, northern_ireland]
    mappings:
      - type: from_entity
        entity: nation
  route:
    type: categorical
    values: [woman, man, sexual_violence]
    mappings:
      - type: from_entity
        entity: route
  asked_before:
    type: bool
    mappings:
      - type: custom
  place:
    type: text
    influence_conversation: false
    mappings:
      - type: from_entity
        entity: place
  mentioned:
    type: text
    mappings:
      - type: custom
  amount:
    type: float
    influence_conversation: false
    mappings:
      - type: custom
responses:
  utter_greet:
    - text: "Hello."
  utter_999:
    - text: "If you are in danger now, call 999."
session_config:
  session_expiration_time: 60
  carry_over_slots_to_new_session: true
"""


@pytest.fixture
def domain():
    """A small domain with one slot of each kind that matters for redaction."""
    from rasa.shared.core.domain import Domain

    return Domain.from_yaml(DOMAIN_YAML)


@pytest.fixture
def unused_redis_url() -> str:
    """A Redis URL on a loopback port nothing listens on."""
    from tests.conftest import free_port

    return f"redis://127.0.0.1:{free_port()}/0"


@pytest.fixture
def build_tracker(domain):
    """Returns a builder of trackers full of canary text, ending on `last_intent`."""
    from rasa.shared.core.events import (
        ActionExecuted,
        BotUttered,
        DefinePrevUserUtteredFeaturization,
        SessionStarted,
        SlotSet,
        UserUttered,
    )
    from rasa.shared.core.trackers import DialogueStateTracker

    def build(sender_id: str = "sender-1", last_intent: str = "inform"):
        tracker = DialogueStateTracker(sender_id, domain.slots)
        events = [
            ActionExecuted("action_session_start"),
            SessionStarted(metadata={"user": CANARY}),
            ActionExecuted("action_listen"),
            UserUttered(
                text=f"I live in {CANARY} and he's here",
                intent={"name": last_intent, "confidence": 0.93},
                entities=[
                    {
                        "entity": "place",
                        "value": CANARY,
                        "start": 10,
                        "end": 20,
                        "extractor": "DIETClassifier",
                        "confidence_entity": 0.9,
                    },
                    {"entity": "nation", "value": "wales"},
                    {"entity": "asker", "value": CANARY},
                ],
                parse_data={
                    "intent_ranking": [
                        {"name": last_intent, "confidence": 0.93},
                        {"name": "greet", "confidence": 0.07},
                    ],
                    "response_selector": {"default": {"response": {"text": CANARY}}},
                },
                input_channel="rest",
                message_id=f"{CANARY}-message",
                metadata={"note": CANARY},
            ),
            DefinePrevUserUtteredFeaturization(False),
            SlotSet("place", CANARY),
            SlotSet("nation", "wales"),
            SlotSet("mentioned", CANARY),
            SlotSet("amount", 42.0),
            SlotSet("asked_before", True),
            ActionExecuted("utter_greet", policy="RulePolicy", confidence=1.0),
            BotUttered(
                f"Bot says {CANARY}",
                {"buttons": [{"title": CANARY, "payload": "/greet"}]},
                {"utter_action": "utter_greet"},
            ),
            ActionExecuted("action_listen"),
        ]
        for event in events:
            tracker.update(event)
        return tracker

    return build
