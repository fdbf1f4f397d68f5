"""Thanks, "what can you do", out-of-scope and "do you keep this": read against the answer just given first.

People type follow-ups the classifier reads as small talk: "does it cost anything" after the orders
answer (what Harbour can do), "what do i press" after the danger answer, "cheers. is that number
free". Their fixed answers would leave the question unanswered, so the follow-up's own words decide
first (only words that say it is a follow-up: the classifier did place the message), and the fixed
answer comes only where they don't.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import HarbourAction, as_intent, previous_action
from actions.context import refuse_again
from actions.guidance import ActionGuidance
from actions.guidance_points import utter_childline_then_lines
from actions.in_context import answer_in_context, previous_intent
from harbour.nlu.asked_words import PHONE_CHECKED
from harbour.nlu.topic_words import LINE_QUESTION, PRIVACY_WORDS

# Each intent's fixed answer (domain.yml), for when the message is not a follow-up.
FIXED = {
    "thank": "utter_thank",
    "ask_capabilities": "utter_capabilities",
    "out_of_scope": "utter_out_of_scope",
    "ask_privacy": "utter_privacy",
}
# Asking for a person as well: "is there someone real i can talk to".
REAL_PERSON = re.compile(r"\b(?:someone|somebody|a person|a human|anyone) (?:real|actual)\b|\b(?:real|actual) (?:person|people|human)\b|\btalk to (?:a |someone|somebody|a person)\b")
# A line just given, asked about: "alla i neud e heb roi enw fi?", "can i ring them without giving my name".
LINE_CONFIDENTIAL = ("Yes, the line is confidential, though like any service it may share information if someone's life, or a child, is at "
                     "serious risk. You can ask them how they handle your details when you call:")
THEIR_LINE = re.compile(r"\b(?:neud e|neud o|gwneud e|gwneud o|ffonio|do it|ring|call|phone)\b|\b(?:is|are) (?:it|they|that|the line|that line|the number|this line|them) (?:\w+ )?(?:confidential|anonymous|private)\b|\b(?:ydi|ydy|yw|ody|odi) (?:o|e|hi|nhw|fe|'r llinell)(?:'n| yn) (?:gyfrinachol|ddienw|breifat)\b")  # "is it confidential tho", just after the lines
LINES_GIVEN = frozenset({"worried_own_behaviour", "ask_helpline", "request_human", "male_victim", "describe_lgbt_abuse", "describe_older_person_abuse", "describe_honour_abuse"})
# Whether the one asked about learns of it, after the scheme's answer ("will he find out"): its confidentiality.
FINDS_OUT = re.compile(r"\b(?:will|would|does|do|could|can) (?:he|she|they|him|her) (?:ever )?(?:find out|know|be told|get told|hear)\b")
SCHEME_ANSWERS = frozenset({"action_clares_law", "action_follow_up", "action_guidance"})
# Age groups Childline is for (under 19).
CHILDLINE_AGES = frozenset({"child", "young"})


class ActionSmallTalk(HarbourAction):
    """A follow-up to the last answer, answered as one; otherwise the intent's fixed answer."""

    def name(self) -> Text:
        return "action_small_talk"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The follow-up's answer, or the fixed one (with Childline for a young person asking what is kept)."""
        refused = await refuse_again(dispatcher, tracker, domain, pressed_only=True)
        if refused is not None:
            return refused  # "fedri di jyst deud ia neu na?", read as what Harbour can do: the refusal stands
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        said = ((tracker.latest_message or {}).get("text") or "").lower()
        if intent != "ask_privacy" or not PRIVACY_WORDS.search(said):
            # (a privacy guess without privacy words may be a follow-up: "wot happens after i say it", after Ask for ANI)
            answered = answer_in_context(self, dispatcher, tracker, understood=True)
            if answered is not None:
                return answered
            if intent == "ask_privacy" and tracker.get_slot("topic") == "clares_law" and previous_action(tracker) in SCHEME_ANSWERS and FINDS_OUT.search(said):
                # "she dont even know im doing this. will he find out", after the scheme: what is shared, and with whom
                return await ActionGuidance().run(dispatcher, as_intent(tracker, "clares_law_confidentiality"), domain)
        dispatcher.utter_message(response=FIXED.get(intent, "utter_capabilities"))
        if intent == "ask_privacy" and tracker.get_slot("age_group") in CHILDLINE_AGES:
            # "pls dont tell my mum", from a 15-year-old: nothing is kept here, then Childline's own block.
            utter_childline_then_lines(self, dispatcher, tracker)
        elif intent == "ask_privacy" and THEIR_LINE.search(said) and (previous_intent(tracker) in LINES_GIVEN or re.search(r"\b(?:llinell\w*|linell\w*|help ?lines?|lines?)\b", said)):
            # "alla i neud e heb roi enw fi?", just after Respect's line: Harbour's own answer, and that line again.
            self.utter_helplines_then_999(dispatcher, tracker, LINE_CONFIDENTIAL if re.search(r"\b(?:confidential|cyfrinachol|gyfrinachol)\b", said) else "You can ask them how they handle your details when you call:")
        elif intent == "ask_privacy" and re.search(r"\b(?:will|would|can|could) (?:he|she|they) (?:be able to )?(?:see|know|find out|tell)\b|\brhag ofn (?:iddo|iddi|i'?r)\b|\b(?:checks?|goes through|reads?) my (?:phone|laptop|messages)\b|\b(?:gallu|medru|fedru) (?:gweld|weld|sbio ar|checko) (?:popeth|bob dim|be|beth|fy|y|'r|ffon|phone)\b|\bmynd (?:drwy|trwy|trw)'?r? (?:phone|ffon|ffôn) (?:fi|i)\b|\b(?:sbio|sbïo|edrych|checkio|checio) ar (?:yr |y |fy )?(?:ipad|ffon|ffôn|phone|laptop|cyfrifiadur|tablet)\b", said) or (
                intent == "ask_privacy" and PHONE_CHECKED.search(said)):
            dispatcher.utter_message(response="utter_cover_tracks")  # "will he be able to see ive been on here? how do i get rid of this convo": the device too
        elif intent == "ask_privacy" and (LINE_QUESTION.search(said) or REAL_PERSON.search(said)):
            # "do u save any of this? and is there someone real i can talk to in NI": the lines too.
            self.utter_helplines_then_999(dispatcher, tracker, "If you'd like to talk to a person, these people can help:")
        return []
