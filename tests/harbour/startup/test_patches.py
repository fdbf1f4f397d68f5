"""The cached action-response validation accepts and rejects exactly what Rasa's own does."""
import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from harbour.startup import patches

GOOD = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "nation", "value": "wales"}], "responses": [{"text": "hi"}]},
    {"events": [{"event": "action", "name": "action_listen"}], "responses": [{"custom": {"type": "handoff"}}]},
]
BAD = [
    {"events": "not a list", "responses": []},
    {"events": [{"no_event_key": 1}], "responses": []},
    {"events": [], "responses": "nope"},
]


@pytest.fixture
def action():
    return RemoteAction("action_helpline", EndpointConfig("http://127.0.0.1:1/webhook"))


def outcome(action, result):
    try:
        return action._validate_action_result(result), None
    except ValidationError as error:
        return False, error.message


@pytest.mark.parametrize("result", GOOD + BAD)
def test_cached_validation_matches_rasa(action, result):
    expected = outcome(action, result)
    patches.install()
    try:
        assert outcome(action, result) == expected
    finally:
        patches.uninstall()


def test_bad_responses_are_still_rejected(action):
    patches.install()
    try:
        for result in BAD:
            with pytest.raises(ValidationError, match="Failed to validate Action server response"):
                action._validate_action_result(result)
    finally:
        patches.uninstall()
