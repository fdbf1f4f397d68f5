"""Redaction keeps intents, actions, entity types and allowed slots; never text."""

import json
import subprocess
import sys
from pathlib import Path

from harbour.privacy.redaction import (
    CATEGORICAL_OTHER,
    REDACTED,
    SlotRule,
    redact_event,
    redact_events,
)

CANARY = "CANARY-xyz"
REPO = Path(__file__).resolve().parents[3]
RULES = {
    "nation": SlotRule(
        frozenset({"england", "wales", "scotland", "northern_ireland", "__other__"}),
        CATEGORICAL_OTHER,
    ),
    "asked_before": SlotRule(frozenset({"true", "false"}), None),
    "mentioned": SlotRule(frozenset(), REDACTED),
    "kept": SlotRule(),
}


def user_event(**overrides):
    event = {
        "event": "user",
        "timestamp": 1700000000.5,
        "text": f"he's outside {CANARY}",
        "parse_data": {
            "intent": {
                "name": "danger_now",
                "confidence": 0.98,
                "full_retrieval_intent_name": None,
            },
            "entities": [
                {
                    "entity": "place",
                    "value": CANARY,
                    "start": 3,
                    "end": 9,
                    "extractor": "DIETClassifier",
                    "confidence_entity": 0.8,
                    "processors": ["EntitySynonymMapper"],
                },
                {"entity": "nation", "value": "scotland", "role": "home"},
                {"entity": "route", "value": CANARY},
            ],
            "intent_ranking": [
                {"name": "danger_now", "confidence": 0.98},
                {"name": "greet", "confidence": 0.02},
            ],
            "text": CANARY,
            "message_id": "abc",
            "metadata": {"user": CANARY},
            "response_selector": {"default": {"response": {"responses": [CANARY]}}},
        },
        "input_channel": "socketio",
        "message_id": "4a1e0c",
        "metadata": {"user": CANARY},
    }
    event.update(overrides)
    return event


def test_user_event_keeps_intent_entity_types_and_channel_only():
    redacted = redact_event(user_event(), RULES)

    assert redacted == {
        "event": "user",
        "timestamp": 1700000000.5,
        "parse_data": {
            "intent": {"name": "danger_now", "confidence": 0.98},
            "entities": [
                {"entity": "place"},
                {"entity": "nation", "role": "home", "value": "scotland"},
                {"entity": "route"},
            ],
            "intent_ranking": [{"name": "danger_now"}, {"name": "greet"}],
        },
        "input_channel": "socketio",
    }


def test_closed_category_values_are_kept_only_when_listed():
    event = user_event()
    event["parse_data"]["entities"] = [
        {"entity": "route", "value": "own_behaviour"},
        {"entity": "asker", "value": "someone_else"},
        {"entity": "nation", "value": f"12 High Street {CANARY}"},
    ]

    entities = redact_event(event, RULES)["parse_data"]["entities"]

    assert entities == [
        {"entity": "route", "value": "own_behaviour"},
        {"entity": "asker", "value": "someone_else"},
        {"entity": "nation"},
    ]


def test_unknown_intents_and_entities_are_dropped_when_known_sets_are_given():
    event = user_event()
    event["parse_data"]["intent"] = {"name": f"he hit me {CANARY}", "confidence": 1.0}

    redacted = redact_event(
        event, RULES, known_intents={"greet"}, known_entities={"nation"}
    )

    assert redacted["parse_data"]["intent"] == {}
    assert redacted["parse_data"]["intent_ranking"] == [{"name": "greet"}]
    assert [entity["entity"] for entity in redacted["parse_data"]["entities"]] == [
        "nation"
    ]


def test_bot_and_agent_events_keep_no_text_data_or_metadata():
    bot = {
        "event": "bot",
        "timestamp": 1.0,
        "text": CANARY,
        "data": {"buttons": [{"title": CANARY, "payload": "/affirm"}]},
        "metadata": {"utter_action": "utter_greet"},
    }
    agent = {"event": "agent", "timestamp": 2.0, "text": CANARY, "data": {"a": CANARY}}

    assert redact_events([bot, agent], RULES) == [
        {"event": "bot", "timestamp": 1.0},
        {"event": "agent", "timestamp": 2.0},
    ]


def test_action_keeps_name_and_policy_but_not_action_text():
    action = {
        "event": "action",
        "timestamp": 3.0,
        "name": "utter_999",
        "policy": "RulePolicy",
        "confidence": 1.0,
        "action_text": CANARY,
        "hide_rule_turn": False,
        "metadata": {"x": CANARY},
    }

    assert redact_event(action, RULES) == {
        "event": "action",
        "timestamp": 3.0,
        "name": "utter_999",
        "policy": "RulePolicy",
        "confidence": 1.0,
        "hide_rule_turn": False,
    }


def test_slots_follow_their_rules_and_unlisted_slots_are_dropped():
    def slot(name, value):
        return {"event": "slot", "timestamp": 4.0, "name": name, "value": value}

    events = [
        slot("nation", "wales"),
        slot("nation", CANARY),
        slot("asked_before", True),
        slot("asked_before", CANARY),
        slot("mentioned", CANARY),
        slot("mentioned", None),
        slot("kept", [CANARY]),
        slot("place", CANARY),
        slot("session_started_metadata", {"user": CANARY}),
    ]

    values = [(e["name"], e["value"]) for e in redact_events(events, RULES)]

    assert values == [
        ("nation", "wales"),
        ("nation", "__other__"),
        ("asked_before", True),
        ("asked_before", None),
        ("mentioned", REDACTED),
        ("mentioned", None),
        ("kept", [CANARY]),
    ]


def test_featurization_and_unknown_events_are_dropped_and_metadata_everywhere():
    events = [
        {
            "event": "user_featurization",
            "timestamp": 5.0,
            "use_text_for_featurization": True,
        },
        {"event": "made_up", "timestamp": 5.0, "text": CANARY},
        {"event": "session_started", "timestamp": 5.0, "metadata": {"m": CANARY}},
        {"event": "active_loop", "timestamp": 5.0, "name": "safety_form"},
        {
            "event": "entities",
            "timestamp": 5.0,
            "entities": [{"entity": "place", "value": CANARY, "start": 0, "end": 3}],
        },
        "not an event",
    ]

    assert redact_events(events, RULES) == [
        {"event": "session_started", "timestamp": 5.0},
        {"event": "active_loop", "timestamp": 5.0, "name": "safety_form"},
        {"event": "entities", "timestamp": 5.0, "entities": [{"entity": "place"}]},
    ]


def test_reminders_keep_schedule_but_not_entity_values():
    reminder = {
        "event": "reminder",
        "timestamp": 6.0,
        "intent": "EXTERNAL_check_in",
        "date_time": "2030-01-01T10:00:00+00:00",
        "entities": [{"entity": "place", "value": CANARY}],
        "name": "check_in",
        "kill_on_user_msg": True,
    }

    assert redact_event(reminder, RULES) == {
        "event": "reminder",
        "timestamp": 6.0,
        "intent": "EXTERNAL_check_in",
        "date_time": "2030-01-01T10:00:00+00:00",
        "name": "check_in",
        "kill_on_user_msg": True,
        "entities": [{"entity": "place"}],
    }


def test_input_is_not_modified_and_output_shares_nothing_with_it():
    event = user_event()
    before = json.dumps(event, sort_keys=True)

    redacted = redact_events([event], RULES)
    redacted[0]["parse_data"]["entities"].append({"entity": "x"})

    assert json.dumps(event, sort_keys=True) == before


def test_redacting_twice_changes_nothing():
    once = redact_events([user_event()], RULES)

    assert redact_events(once, RULES) == once


def test_nothing_of_the_canary_survives_a_mixed_history():
    events = [
        user_event(),
        {"event": "bot", "timestamp": 1.0, "text": CANARY, "data": {"d": CANARY}},
        {"event": "slot", "timestamp": 1.0, "name": "mentioned", "value": CANARY},
        {"event": "slot", "timestamp": 1.0, "name": "place", "value": CANARY},
    ]

    assert CANARY not in json.dumps(redact_events(events, RULES))


def test_redaction_imports_without_rasa():
    code = (
        "import sys, harbour.privacy.redaction; "
        "sys.exit(1 if any(m == 'rasa' or m.startswith('rasa.') for m in sys.modules) "
        "else 0)"
    )

    result = subprocess.run([sys.executable, "-c", code], cwd=REPO)

    assert result.returncode == 0


SERVICES = frozenset({"ndah", "respect_phoneline"})


def bot_event(custom=None, metadata=None):
    return {
        "event": "bot",
        "timestamp": 1700000000.5,
        "text": f"Call them {CANARY}",
        "data": {"custom": custom, "buttons": [{"title": CANARY, "payload": "/greet"}]},
        "metadata": metadata or {},
    }


def test_bot_events_keep_a_known_service_id_only_when_service_ids_are_given():
    card = {"type": "handoff", "service": {"id": "ndah", "name": CANARY, "phone": "0808 2000 247"}}
    marked = {"harbour_service": "respect_phoneline", "utter_action": CANARY}

    assert redact_event(bot_event(card), RULES) == {"event": "bot", "timestamp": 1700000000.5}
    assert redact_event(bot_event(card), RULES, service_ids=SERVICES) == {
        "event": "bot",
        "timestamp": 1700000000.5,
        "data": {"custom": {"type": "handoff", "service": {"id": "ndah"}}},
    }
    assert redact_event(bot_event(metadata=marked), RULES, service_ids=SERVICES) == {
        "event": "bot",
        "timestamp": 1700000000.5,
        "metadata": {"harbour_service": "respect_phoneline"},
    }


def test_a_guide_keeps_the_nation_of_its_scheme_only_when_it_is_a_nation():
    kept = redact_event(bot_event(metadata={"harbour_scheme": "scotland", "note": CANARY}), RULES, service_ids=SERVICES)
    assert kept == {"event": "bot", "timestamp": 1700000000.5, "metadata": {"harbour_scheme": "scotland"}}
    both = {"harbour_scheme": "wales", "harbour_service": "respect_phoneline"}
    assert redact_event(bot_event(metadata=both), RULES, service_ids=SERVICES)["metadata"] == both
    for value in (CANARY, "Glasgow", ["wales"], {"nation": "wales"}):
        dropped = redact_event(bot_event(metadata={"harbour_scheme": value}), RULES, service_ids=SERVICES)
        assert dropped == {"event": "bot", "timestamp": 1700000000.5}, value
    assert redact_event(bot_event(metadata={"harbour_scheme": "wales"}), RULES) == {
        "event": "bot", "timestamp": 1700000000.5}  # the stored tracker keeps no metadata


def test_service_ids_outside_the_closed_list_or_on_other_cards_are_dropped():
    for custom, metadata in [
        ({"type": "handoff", "service": {"id": CANARY}}, None),
        ({"type": "handoff", "service": {"id": ["ndah"]}}, None),
        ({"type": "note", "service": {"id": "ndah"}}, None),
        ({"type": "handoff", "service": "ndah"}, None),
        (None, {"harbour_service": CANARY}),
        (None, {"harbour_service": {"id": "ndah"}}),
        ("ndah", "ndah"),
    ]:
        redacted = redact_event(bot_event(custom, metadata), RULES, service_ids=SERVICES)
        assert redacted == {"event": "bot", "timestamp": 1700000000.5}, (custom, metadata)
        assert CANARY not in json.dumps(redacted)
