"""Checks shared by Harbour's channels: message limits, button payloads, the no-reply fallback.

Pure helpers (no Sanic, no network) so every channel treats bad input the same way.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Text

from harbour.envvars import whole_number
from harbour.language import response_variants
from harbour.nlu.danger import DANGER, SELF_HARM, classify_long
from harbour.nlu.language import language_of
from harbour.vocab import ENTITY_VALUES

MAX_MESSAGE_VARIABLE = "HARBOUR_MAX_MESSAGE_CHARS"
DEFAULT_MAX_MESSAGE_CHARS = 4000
MAX_SENDER_CHARS = 128
_PAYLOAD = re.compile(r"^/(?P<intent>[A-Za-z0-9_]+)(?P<entities>\{.*\})?$", re.DOTALL)
# Entities a button may set, and the values each may take: the closed vocabularies.
_CATEGORIES = ENTITY_VALUES

EMPTY = "utter_empty_message"
TOO_LONG = "utter_message_too_long"
UNKNOWN_BUTTON = "utter_unknown_button"
NO_REPLY = "utter_safety_fallback"
SAFETY_RESPONSES = {DANGER: "utter_danger", SELF_HARM: "utter_self_harm"}


def max_message_chars() -> int:
    """HARBOUR_MAX_MESSAGE_CHARS (default 4000), read when asked, not when this module is imported.

    Raises:
        ValueError: naming the variable, when it is not a whole number from 1 to 1,000,000
            (``harbour.serve rasa`` checks it before the model loads).
    """
    raw = os.environ.get(MAX_MESSAGE_VARIABLE, str(DEFAULT_MAX_MESSAGE_CHARS))
    return whole_number(MAX_MESSAGE_VARIABLE, raw, 1, 1_000_000)


@dataclass(frozen=True)
class Verdict:
    """What to do with one incoming message: pass it to Rasa, or answer with a response."""

    pass_through: bool
    response: Optional[Text] = None


def check_message(text: Any, intents: List[Text]) -> Verdict:
    """Decide whether a message can go to Rasa, or which domain response answers it instead."""
    if not isinstance(text, str) or not text.strip():
        return Verdict(False, EMPTY)
    if len(text) > max_message_chars():
        # Too long to classify, but never too long to check for danger.
        forced = classify_long(text)
        return Verdict(False, SAFETY_RESPONSES.get(forced, TOO_LONG))
    stripped = text.strip()
    if stripped.startswith("/"):
        return Verdict(True) if valid_payload(stripped, intents) else Verdict(False, UNKNOWN_BUTTON)
    return Verdict(True)


def message_language(text: Any) -> Optional[Text]:
    """The language a message is written in ("cy", "en"), or None (a button, an emoji, a number)."""
    if not isinstance(text, str) or text.lstrip().startswith("/"):
        return None
    return language_of(text[: max_message_chars()])


def valid_payload(payload: Text, intents: List[Text]) -> bool:
    """True for ``/intent`` or ``/intent{"entity": "value"}`` naming known intents and values."""
    match = _PAYLOAD.match(payload)
    if not match or match.group("intent") not in intents:
        return False
    raw = match.group("entities")
    if not raw:
        return True
    try:
        entities = json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: deeply nested brackets
        return False
    if not isinstance(entities, dict):
        return False
    for name, value in entities.items():
        allowed = _CATEGORIES.get(name)
        if allowed is None or not isinstance(value, str) or value not in allowed:
            return False
    return True


def render_response(domain: Any, name: Text, language: Optional[Text] = None) -> List[Dict[Text, Any]]:
    """The first variation of a response as REST-style messages (no slot conditions), in Welsh
    when ``language`` is "cy" (the message's own language, or the Telegram client's)."""
    variations = response_variants(language, name, domain.responses)
    plain = [v for v in variations if not v.get("condition")] or variations
    if not plain:
        return []
    variation = plain[0]
    message: Dict[Text, Any] = {"text": variation.get("text", "")}
    if variation.get("buttons"):
        message["buttons"] = variation["buttons"]
    return [message]
