"""When Harbour doesn't understand: rephrase once, then offer a person."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import HarbourAction, as_intent, card, directory, earlier_intents, language, police_numbers, previous_action, response_for, text_access_text
from harbour.language import say, say_buttons
from actions.clares_law import AGE_ASKED, ActionClaresLaw, utter_guide
from harbour.nlu.topic_words import WHO_IS_TOLD
from harbour.nlu.scheme_words import AGE_OK, GENDER_OK, SHAMED
from actions.context import refuse_again
from actions.abuse_check import ActionAbuseAnswer
from actions.follow_up import AFRAID, ActionFollowUp
from harbour.abuse_forms import forms_in
from harbour.nlu.profile import extract
from actions.in_context import FEELING, FEELING_ANSWER, FEELS_OFF, answer_in_context
from harbour.nlu.asked_words import CHILD_AGED, CHILD_TALKS, ID_ASKED, REPEAT_ASKED, WHAT_CAN_I_DO
from actions.guidance import NOTHING_SAID, ActionGuidance, answer_again
from actions.guidance_points import utter_childline_then_lines
from harbour.vocab import GUIDANCE_TOPICS, SCHEME_INTENTS

# The answers that leave the topic "clares_law": the guide, a typed answer to its questions, and confidentiality.
CLARES_LAW_ACTIONS = frozenset({"action_clares_law", "action_follow_up", "action_guidance", "action_after_safety"})

PROCESS = "utter_clares_law_process"
CONFIDENTIALITY = "clares_law_confidentiality"
# Follow-ups to the Clare's Law answer, by the words they ask with (first match wins).
CLARES_LAW_FOLLOW_UPS = (
    (re.compile(r"\b(?:write|writes|written|writing|wrote|wrote down|letter|paper|on paper|a copy|copy of|email it|post it|find out|finds out|found out|know i asked)\b|"
                r"\b(?:tell|telling) (?:him|her) (?:i know|what|that i)\b|\bconfront\w*\b|\bface (?:him|her)\b|\bhave it out\b|\b(?:herio|wynebu) (?:o|e|fo|fe|hi)\b|"
                r"\b(?:ysgrifen\w*|sgwennu|llythyr|papur|ffeindio allan|gwybod mod i|wbod mod i)\b"),
     CONFIDENTIALITY),
    (re.compile(r"\b(?:happens?|happen|next|after|afterwards|then|process|decides?|decision|how long|weeks?|days?|months?|waiting|wait|heard|nothing|nothin|yet|still|bring (?:anything|owt|summat|something)|what (?:do|should|shall) i bring)\b|" + ID_ASKED.pattern + "|"
                r"\b(?:what|wot|wat) (?:do|will|would|does) (?:they|the police|police|the form|the polis) (?:ask|need|want)\b|\bask (?:u|you|me|ye) for\b|"
                r"\b(?:nesa|nesaf|wedyn|wedi hynny|faint o amser|pa mor (?:hir|gyflym|fuan)|wythnos\w*|dyddiau|aros|dim byd eto|clywed)\b"), PROCESS),
)
SHAME_ANSWER = "What was done to you is not your fault, and you have nothing to be ashamed of. You don't have to deal with it alone."
DANGER_AND_SILENT = "If you're in danger, call 999. On a mobile, if you can't speak, press 55 when asked."


def clares_law_step(text: str) -> Optional[str]:
    """The follow-up to the Clare's Law answer the words ask for (confidentiality, nothing disclosed or the
    process), or None. ("and if nothin comes back hes grand then aye?": nothing disclosed isn't safe.)"""
    if NOTHING_SAID.search(text):
        return "utter_clares_law_no_disclosure"
    return next((name for pattern, name in CLARES_LAW_FOLLOW_UPS if pattern.search(text)), None)


# "grand. can i do it on the computer or do i have to go in", after the guide and a miss: how to apply, again.
APPLY_WAY = re.compile(r"\b(?:online|on ?line|on the (?:computer|laptop|internet|web|phone)|website|go in|in person|at the station|ar[- ]?lein|ar y we)\b")
STILL_WAITING = re.compile(r"\b(?:weeks?|months?|still|heard nothing|not heard|havent heard|haven'?t heard|no word|waiting|nothin|nothing yet)\b|\b(?:wythnos\w*|dal i aros|dim byd eto|heb glywed)\b")
STILL_WAITING_ANSWER = ("If you're still waiting, you can contact the police on {non_emergency} to ask where your application "
                        "has got to. If you're in danger, call {emergency}.")

TOPICS = [
    {"title": "What counts as abuse?", "payload": "/ask_what_is_abuse"},
    {"title": "Clare's Law", "payload": "/ask_clares_law"},
    {"title": "Which helpline?", "payload": "/ask_helpline"},
    {"title": "Talk to a person", "payload": "/request_human"},
]


def misunderstood_in_a_row(tracker: Tracker) -> int:
    """How many of the person's latest messages in a row were not understood."""
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        if (event.get("parse_data") or {}).get("intent", {}).get("name") != "nlu_fallback":
            break
        count += 1
    return count


class ActionNotUnderstood(HarbourAction):
    """Asks the person to rephrase; after two misunderstandings, hands off to a person."""

    def name(self) -> Text:
        return "action_not_understood"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets topics to choose from, or a human service after two misses."""
        lang = language(tracker)
        refused = await refuse_again(dispatcher, tracker, domain)  # "ond dwi'n deulu iddi", "plis jyst deud ia neu na"
        if refused is not None:
            return refused
        answered = answer_in_context(self, dispatcher, tracker)
        if answered is not None:
            return answered  # "is it just for girls tho?", "should i just delete it then": about the last answer
        said = ((tracker.latest_message or {}).get("text") or "").lower()
        if REPEAT_ASKED.search(said) and tracker.get_slot("topic") != "clares_law":
            # "sorry who did you say? im in leeds", "sori, pwy ddudist ti? dw i ym Mlaenau": the lines again, for where they are
            self.utter_helplines_then_999(dispatcher, tracker, "These people can help:")
            return []
        if tracker.get_slot("topic") == "abuse_check" and tracker.get_slot("question") is None and AFRAID.search(said):
            # "kind of scared of her moods i guess", to the offer of three questions: what it is, named, or the next question
            return await ActionFollowUp().answer(dispatcher, tracker, domain, "yes", "abuse_check")
        if WHAT_CAN_I_DO.search(said) and len(said.split()) <= 8 and tracker.get_slot("topic") != "clares_law":
            dispatcher.utter_message(response="utter_capabilities")  # "what can i actualy do", with nothing before it to read it against
            return []
        if GENDER_OK.search(said) and tracker.get_slot("topic") in GUIDANCE_TOPICS:
            return await ActionGuidance().run(dispatcher, as_intent(tracker, GUIDANCE_TOPICS[tracker.get_slot("topic")]), domain)  # "does it work for men"
        if (AGE_ASKED.search(said) or AGE_OK.fullmatch(said) or GENDER_OK.search(said)) and tracker.get_slot("topic") == "clares_law" and len(said.split()) <= 16:
            return await ActionClaresLaw().run(dispatcher, as_intent(tracker, "ask_clares_law"), domain)  # "oes rhaid iddi fod yn 18?", "shes 17 is that ok": 16 or over
        if SHAMED.fullmatch(said) and tracker.get_slot("route") != "own_behaviour":
            # "i feel disgusting", after telling what he does: not their fault, and who can help
            dispatcher.utter_message(text=say(lang, SHAME_ANSWER))
            self.utter_helplines_then_999(dispatcher, tracker, "These people can help:")
            return []
        scheme_lately = bool(set(earlier_intents(tracker)[:3]) & SCHEME_INTENTS)
        if WHO_IS_TOLD.search(said) and (tracker.get_slot("topic") == "clares_law" or scheme_lately):
            # "would they tell me or her", after the scheme for a cousin: who is told
            if tracker.get_slot("asker") == "someone_else":
                return await ActionClaresLaw().run(dispatcher, as_intent(tracker, "clares_law_someone_else"), domain)
            return await ActionGuidance().run(dispatcher, as_intent(tracker, CONFIDENTIALITY), domain)
        step = clares_law_step(said)
        if step == CONFIDENTIALITY and scheme_lately and len(said.split()) <= 16 and tracker.get_slot("topic") != "clares_law":
            return await ActionGuidance().run(dispatcher, as_intent(tracker, CONFIDENTIALITY), domain)  # "did they not send her a letter", a turn on
        # (a clear follow-up may come after a fallback that gave the guide: "ok diolch. pa mor hir?")
        if tracker.get_slot("topic") == "clares_law" and (previous_action(tracker) in CLARES_LAW_ACTIONS or step and previous_action(tracker) == "action_not_understood"):
            if step == CONFIDENTIALITY:
                # "do they write it down for me": what is shared, and how (in person, never in writing).
                return await ActionGuidance().run(dispatcher, as_intent(tracker, CONFIDENTIALITY), domain)
            if step:
                # "whit happens then", "its been 6 weeks n still nothin": a follow-up the classifier
                # didn't place, answered by what it asks about.
                dispatcher.utter_message(text=response_for(domain, step, tracker))
                if STILL_WAITING.search(said):
                    dispatcher.utter_message(text=say(lang, STILL_WAITING_ANSWER).format(**police_numbers()))
                return []
            if (FEELING.search(said) or FEELS_OFF.search(said)) and len(said.split()) <= 20:
                self.utter_helplines_then_999(dispatcher, tracker, FEELING_ANSWER)
                return []
            # Right after the Clare's Law answer, an unclear message ("how do i do it") is most
            # likely about applying: answer that again rather than ask them to rephrase.
            dispatcher.utter_message(text=say(lang, "Sorry, I'm not sure I understood. In case you were asking how to apply:"))
            return utter_guide(dispatcher, tracker, None)
        if tracker.get_slot("topic") == "clares_law" and previous_action(tracker) == "action_not_understood" and APPLY_WAY.search(said) and len(said.split()) <= 16:
            return utter_guide(dispatcher, tracker, None)
        if tracker.get_slot("topic") in GUIDANCE_TOPICS and previous_action(tracker) == "action_guidance":
            # Right after a guidance answer, an unclear follow-up ("how much does it cost?", "so he's
            # back in 2 days??") is most likely about it: answer it again rather than ask to rephrase.
            return await answer_again(
                dispatcher, tracker, domain, say(lang, "Sorry, I'm not sure I understood. In case you were asking about this:")
            )
        if (CHILD_AGED.search(said) or CHILD_TALKS.search(said) and re.search(r"\b(?:wee|little|lil|youngest|eldest|oldest) (?:one|un|boy|girl|lad|lass)?\b", said)) and (CHILD_TALKS.search(said) or tracker.get_slot("topic") == "children"):
            # "ma'r hyna'n 12, oes na rywun fedrith hi siarad efo?", a place answer after the children's point: Childline, for the child.
            utter_childline_then_lines(self, dispatcher, tracker)
            return []
        if forms_in(said) and not extract(said).perpetrator and len(said.split()) <= 25:
            # "police came n took him. what do i do about the debt stuff now": what it is, named, and who can help.
            return await ActionAbuseAnswer().run(dispatcher, as_intent(tracker, "ask_what_is_abuse"), domain)
        if "danger_now" in earlier_intents(tracker)[:2] and len(said.split()) <= 20:
            # "mobile sgen i", "dwi yn gwaith rwan, ma na bobl o gwmpas", just after the danger answer: 999 and the silent
            # call again, then who can help (never "didn't understand")
            dispatcher.utter_message(text=say(lang, DANGER_AND_SILENT))
            self.utter_helplines(dispatcher, tracker, "These people can help:")
            return []
        if tracker.get_slot("access") == "text_only":
            # Someone who can't make a voice call: whatever they asked, the routes that work for them.
            dispatcher.utter_message(text=text_access_text(lang))
        if misunderstood_in_a_row(tracker) < 2:
            # Misunderstood messages include people in crisis who write in ways the classifier
            # doesn't know, so the safety lines come with every one.
            samaritans = directory().service("samaritans")
            best = self.routing(tracker).primary[0]
            dispatcher.utter_message(
                text="\n".join(
                    [
                        say(lang, "Sorry, I didn't quite understand. Could you put it another way, or choose one of these?"),
                        say(lang, DANGER_AND_SILENT),
                        say(lang, "If you'd like to talk to a person: {name}, {contact}.").format(
                            name=best.name, contact=best.phone or best.website
                        ),
                        say(lang, "If you're thinking of ending your life, {name} are there day and night on {phone}.").format(
                            name=samaritans.name, phone=samaritans.phone
                        ),
                    ]
                ),
                buttons=say_buttons(lang, TOPICS),
            )
            return []
        now = self.clock()
        chosen = self.routing(tracker)
        dispatcher.utter_message(
            text=say(lang, "I'm sorry I'm not understanding. I'm an automated helper, and a trained person "
                     "could help you better:")
        )
        self.utter_helplines(dispatcher, tracker, None)
        dispatcher.utter_message(json_message=card(chosen.primary[0], now, lang))
        dispatcher.utter_message(text=say(lang, "If you're in danger now, call 999."))
        return []
