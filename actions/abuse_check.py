"""The "is this abuse?" reflection: never a diagnosis, always where to get help."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import HarbourAction

QUESTIONS = ("check_afraid", "check_control", "check_hurt")

SOME_SIGNS = (
    "Thank you for answering. What you've told me can be signs of domestic abuse. "
    "Only you can decide what it means for you, and none of it is your fault."
)
NO_SIGNS = (
    "Thank you for answering. These answers don't show the usual warning signs, "
    "but you know your situation best. If something still feels wrong, trust that."
)


class ActionAbuseCheckResult(HarbourAction):
    """Reflects the answers back gently and points to a specialist, whatever the answers."""

    def name(self) -> Text:
        return "action_abuse_check_result"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets a non-judgemental reflection and where to talk it through."""
        yes = sum(1 for slot in QUESTIONS if tracker.get_slot(slot) is True)
        dispatcher.utter_message(text=SOME_SIGNS if yes else NO_SIGNS)
        self.utter_helplines(dispatcher, tracker, "A specialist can talk it through with you, in confidence:")
        return [SlotSet(slot, None) for slot in QUESTIONS]
