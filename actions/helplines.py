"""Which helpline fits this person, and handing off to a human service."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import HarbourAction, card

WHO_IS_IT_FOR = [
    {"title": "I'm a man", "payload": '/inform{"route": "man"}'},
    {"title": "LGBT+", "payload": '/inform{"route": "lgbt"}'},
    {"title": "I'm under 18", "payload": '/inform{"route": "young"}'},
    {"title": "An older person", "payload": '/inform{"route": "older"}'},
    {"title": "Honour-based abuse", "payload": '/inform{"route": "honour"}'},
    {"title": "My own behaviour", "payload": '/inform{"route": "own_behaviour"}'},
]


class ActionHelpline(HarbourAction):
    """Gives the helpline(s) that fit who is asking and where they live, with opening status."""

    def name(self) -> Text:
        return "action_helpline"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets numbers, hours, whether each line is open now, and a 24/7 option."""
        self.utter_helplines(dispatcher, tracker, "These people can help, in confidence:")
        hints = []
        if tracker.get_slot("nation") is None:
            hints.append("If you live in Wales, Scotland or Northern Ireland, tell me: each has its own 24-hour line.")
        if tracker.get_slot("route") is None:
            hints.append("There are also services just for some people. Is one of these you?")
            dispatcher.utter_message(text="\n".join(hints), buttons=WHO_IS_IT_FOR)
        elif hints:
            dispatcher.utter_message(text="\n".join(hints))
        dispatcher.utter_message(text="If you're in danger now, call 999.")
        return []


class ActionHandoff(HarbourAction):
    """Hands the person to the best human service for them, as a card they can act on."""

    def name(self) -> Text:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets a handoff card (call, text or web chat, hours, open now)."""
        now = self.clock()
        chosen = self.routing(tracker)
        dispatcher.utter_message(
            text="I'm an automated helper, so I can't put you through myself. "
            "These trained people can talk it through with you, in confidence:"
        )
        for service in chosen.services:
            dispatcher.utter_message(json_message=card(service, now))
        self.utter_helplines(dispatcher, tracker, None)
        dispatcher.utter_message(text="If you're in danger now, call 999.")
        return []
