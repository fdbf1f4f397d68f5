"""Requests Harbour refuses, calmly, with the right place to turn instead."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import HarbourAction, as_intent, language
from actions.guidance import ActionGuidance
from actions.in_context import REFUGE_FOR_THEM, previous_intent
from actions.refusing import GET_IN_TOUCH, RESPECT_ONLY, SEEKING_REFUGE, VICTIM, refuse
from harbour.language import say
from harbour.nlu.refusals import someone_else_there


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
        text = (tracker.latest_message.get("text") or "").lower()
        seeking = tracker.get_slot("topic") == "refuge" and tracker.get_slot("asker") != "someone_else" and previous_intent(tracker) == "ask_refuge"
        if intent == "ask_locate_person" and (SEEKING_REFUGE.search(text) or seeking) and not someone_else_there(text):  # (or "jyst deud lle mae hi plis", just after the refuge answer)
            # "whats the address of the refuge in hull, i need to go there tonight": a person who
            # needs a refuge is told why the address is secret and who finds them a space.
            dispatcher.utter_message(text=say(lang, REFUGE_FOR_THEM))
            return await ActionGuidance().run(dispatcher, as_intent(tracker, "ask_refuge"), domain)
        # Where a helpline was given too (a refuge wanted, a friend supporting her), "who do i ring then"
        # is answered with the lines (topic "helpline"); where only Respect's was, with Respect's.
        if intent == "ask_monitor_someone" and GET_IN_TOUCH.search(text):
            intent = "ask_locate_person"  # "how do i get a message to her then", after "I can't help find where someone is": not watching her
        said = refuse(self, dispatcher, tracker, intent, text, lang)
        if said == RESPECT_ONLY:
            return [SlotSet("topic", None)]
        # (a victim's refusal marks the one asking as the one at risk, so pressing again is answered the same way)
        return [SlotSet("topic", "helpline")] + ([SlotSet("asker", "self")] if said == VICTIM else [])
