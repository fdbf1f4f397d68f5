"""Every button in every domain response reaches the person as a payload Harbour's channels accept."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import structlog
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from harbour.channels.inputs import valid_payload

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = Domain.load(str(ROOT / "domain.yml"))
WITH_BUTTONS = sorted(
    name for name, variations in DOMAIN.responses.items() if any(v.get("buttons") for v in variations)
)


@pytest.mark.parametrize("response", WITH_BUTTONS)
def test_button_payloads_survive_rasa_and_pass_the_channel_checks(response):
    tracker = DialogueStateTracker.from_events("buttons", [], DOMAIN.slots)
    generator = TemplatedNaturalLanguageGenerator(DOMAIN.responses)

    with structlog.testing.capture_logs() as events:
        message = asyncio.run(generator.generate(response, tracker, "rest"))

    payloads = [button["payload"] for button in message["buttons"]]
    assert payloads, response
    for payload in payloads:
        assert valid_payload(payload, DOMAIN.intents), payload
    # Rasa logs an error with a traceback when it takes {...} in a payload for a slot placeholder.
    assert not [e for e in events if e.get("event", "").startswith("interpolator")], events
