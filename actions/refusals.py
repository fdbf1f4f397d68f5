"""Requests Harbour refuses, calmly, with the right place to turn instead."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import DANGER_LINE, HarbourAction, as_intent, directory, language, police_numbers
from actions.guidance import ActionGuidance
from harbour.language import say

LOCATE = (
    "I can't help find where someone is or where they're staying. Refuge addresses are kept secret "
    "to keep the people in them safe, and Harbour never looks for anyone."
)
MONITOR = (
    "I can't help with tracking someone's phone or reading their messages. Doing that to a partner "
    "or family member can be part of controlling behaviour, which is a form of domestic abuse."
)
# The LOCATE refusal's own reason (sourced with it), then the refuge guidance: who finds a space.
REFUGE_FOR_THEM = (
    "Refuge addresses are kept secret to keep the people in them safe, so I can't give one. "
    "A helpline can help you find a space:"
)
# Someone asking a refuge's address because they need to go there themselves.
SEEKING_REFUGE = re.compile(
    r"\b(?:i|we) (?:need|want|have|got) to (?:go|get|stay)\b|\b(?:can|could) (?:i|we) (?:go|stay|get in)\b|"
    r"\bnowhere (?:to|else to) (?:go|stay)\b|\bfor me and (?:my|the) (?:kids|children|baby|son|daughter)\b|"
    r"\b(?:dw i|dwi|rydw i|fi) (?:angen|isio|eisiau|moyn) mynd\b|\b(?:ga i|alla i) fynd\b|\bunman i fynd\b"
)
# A friend or relative asking where someone went ("my mate went into a refuge", "ym mha loches ma chwaer
# fi?"): after the refusal, the line that helps people support someone (FACTS 3.1: friends and family).
FOR_SOMEONE_CLOSE = re.compile(
    r"\b(?:my|me|our|a) (?:best |close )?(?:mate|friend|pal|bestie|sister|sis|daughter|cousin|niece|auntie|aunt|gran|nan|granddaughter)\b|"
    r"\b(?:ffrind|chwaer|cyfnither|nith|modryb|nain|wyres)\b"
)
# ...never where the one asking names her as their own partner ("come on mate shes my wife").
HER_PARTNER_ASKING = re.compile(
    r"\b(?:my|me) (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|ex|missus|fiance|fiancee|ex wife|ex-wife)\b|"
    r"\b(?:gwraig|wraig|gwr|cariad|gariad|partner|ex) (?:fi|i)\b|\bfy (?:ngwraig|ngwr|nghariad|mhartner)\b|\b(?:nghyn|cyn|gyn)-?(?:wraig|wr|gariad|bartner)\b"
)
SUPPORTING_THEM = "If you're worried about her, a helpline can talk through how you can support her:"
IF_CHILDREN = ("If you're worried about children, or about someone's safety, the police can check on them: call {non_emergency}, "
               "or {emergency} in an emergency.")


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
        if intent == "ask_locate_person" and SEEKING_REFUGE.search(text):
            # "whats the address of the refuge in hull, i need to go there tonight": a person who
            # needs a refuge is told why the address is secret and who finds them a space.
            dispatcher.utter_message(text=say(lang, REFUGE_FOR_THEM))
            return await ActionGuidance().run(dispatcher, as_intent(tracker, "ask_refuge"), domain)
        dispatcher.utter_message(text=say(lang, MONITOR if intent == "ask_monitor_someone" else LOCATE))
        respect = directory().service("respect_phoneline")
        dispatcher.utter_message(
            text=say(
                lang,
                "If you're worried about how you're feeling or behaving towards a partner or family member, "
                "the {name} is confidential: {phone}.",
            ).format(name=respect.name, phone=respect.phone)
        )
        close = FOR_SOMEONE_CLOSE.search(text) or tracker.get_slot("asker") == "someone_else"
        if intent == "ask_locate_person" and close and not HER_PARTNER_ASKING.search(text):
            # Not for them to find her, but someone who supports her can still be helped.
            self.utter_helplines(dispatcher, tracker, SUPPORTING_THEM)
        if intent == "ask_locate_person":
            dispatcher.utter_message(text=say(lang, IF_CHILDREN).format(**police_numbers()))
        dispatcher.utter_message(text=say(lang, DANGER_LINE))
        return []
