"""Trackers from small JSON fixtures and a fixed clock for Harbour's actions."""
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import yaml

from actions.base import HarbourAction

# The real domain's responses: actions reuse its words (actions.base.response_text).
DOMAIN = yaml.safe_load((Path(__file__).parents[2] / "domain.yml").read_text())
FIXTURES = json.loads((Path(__file__).parents[1] / "fixtures" / "trackers.json").read_text())
# A Saturday night in November (GMT): weekday-only lines are closed.
SATURDAY_NIGHT = datetime(2026, 11, 21, 23, 30, tzinfo=timezone.utc)
# A Tuesday late morning in June (BST).
TUESDAY_MORNING = datetime(2026, 6, 16, 10, 0, tzinfo=timezone.utc)


def make_tracker(name: str) -> Tracker:
    fixture = FIXTURES[name]
    return Tracker(
        sender_id="test",
        slots=fixture["slots"],
        latest_message=fixture.get("latest_message", {}),
        events=fixture["events"],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name=None,
    )


@pytest.fixture
def run_action(monkeypatch):
    """run_action(ActionClass, fixture_name, now) -> (events, messages)."""

    async def run(action_class, fixture: str, now: datetime = SATURDAY_NIGHT):
        monkeypatch.setattr(HarbourAction, "clock", staticmethod(lambda: now))
        dispatcher = CollectingDispatcher()
        events = await action_class().run(dispatcher, make_tracker(fixture), DOMAIN)
        return events, dispatcher.messages

    return run
