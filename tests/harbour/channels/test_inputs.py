"""Input checks shared by every channel."""
import pytest

from harbour.channels import inputs as guard

INTENTS = ["greet", "inform", "ask_helpline", "danger_now"]


@pytest.mark.parametrize("text", ["", "   ", None, 42, ["hi"]])
def test_empty_or_non_text_gets_the_empty_reply(text):
    assert guard.check_message(text, INTENTS) == guard.Verdict(False, guard.EMPTY)


def test_oversize_message_gets_the_too_long_reply():
    assert guard.check_message("a" * (guard.max_message_chars() + 1), INTENTS) == guard.Verdict(False, guard.TOO_LONG)


def test_oversize_message_is_still_checked_for_danger():
    text = "blah " * 2000 + "he's outside with a knife"
    assert guard.check_message(text, INTENTS) == guard.Verdict(False, "utter_danger")


@pytest.mark.parametrize(
    "payload",
    ["/greet", '/inform{"nation": "scotland"}', '/inform{"asker": "someone_else"}', '/inform{"route": "man"}'],
)
def test_known_buttons_pass(payload):
    assert guard.check_message(payload, INTENTS).pass_through


@pytest.mark.parametrize(
    "payload",
    [
        "/nonexistent",
        '/inform{"nation": "atlantis"}',
        '/inform{"name": "Jo"}',
        "/inform{not json",
        '/inform["scotland"]',
        "/greet extra words",
        "/",
        # The probe's findings: values that are not strings used to raise TypeError (a bare 500).
        '/inform{"nation": ["scotland"]}',
        '/inform{"nation": {"a": 1}}',
        '/inform{"nation": null}',
        '/inform{"nation": 1}',
        "/inform{" + '"a":' + "[" * 1_500 + "]" * 1_500 + "}",
    ],
    ids=lambda payload: payload if len(payload) < 40 else payload[:30] + "...",
)
def test_unknown_buttons_get_the_unknown_button_reply(payload):
    assert guard.check_message(payload, INTENTS) == guard.Verdict(False, guard.UNKNOWN_BUTTON)


def test_ordinary_text_passes():
    assert guard.check_message("<script>alert(1)</script>", INTENTS).pass_through


def test_the_length_limit_is_read_when_a_message_arrives_not_at_import(monkeypatch):
    monkeypatch.setenv("HARBOUR_MAX_MESSAGE_CHARS", "10")
    assert guard.check_message("a" * 11, INTENTS) == guard.Verdict(False, guard.TOO_LONG)
    assert guard.check_message("a" * 10, INTENTS).pass_through
    monkeypatch.setenv("HARBOUR_MAX_MESSAGE_CHARS", "lots")
    with pytest.raises(ValueError, match="HARBOUR_MAX_MESSAGE_CHARS must be a whole number"):
        guard.max_message_chars()
