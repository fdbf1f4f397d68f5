"""Requests Harbour refuses, calmly, with the right place to turn instead."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import DANGER_LINE, HarbourAction, directory, language
from harbour.language import say

LOCATE = (
    "I can't help find where someone is or where they're staying. Refuge addresses are kept secret "
    "to keep the people in them safe, and Harbour never looks for anyone."
)
MONITOR = (
    "I can't help with tracking someone's phone or reading their messages. Doing that to a partner "
    "or family member can be part of controlling behaviour, which is a form of domestic abuse."
)
IF_CHILDREN = "If you're worried about children, or about someone's safety, the police can check on them: call 101, or 999 in an emergency."


class ActionRefuse(HarbourAction):
    """Says plainly what Harbour won't do, and points to who can help instead."""

    def name(self) -> Text:
        return "action_refuse"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets a clear refusal, Respect's line for someone who may be harming, and 999."""
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        lang = language(tracker)
        dispatcher.utter_message(text=say(lang, MONITOR if intent == "ask_monitor_someone" else LOCATE))
        respect = directory().service("respect_phoneline")
        dispatcher.utter_message(
            text=say(
                lang,
                "If you're worried about how you're feeling or behaving towards a partner or family member, "
                "the {name} is confidential: {phone}.",
            ).format(name=respect.name, phone=respect.phone)
        )
        if intent == "ask_locate_person":
            dispatcher.utter_message(text=say(lang, IF_CHILDREN))
        dispatcher.utter_message(text=say(lang, DANGER_LINE))
        return []
