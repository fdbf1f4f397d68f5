"""After a safety answer the classifier alone chose: answer what the person also asked.

When the danger or self-harm patterns fire, the safety answer stands alone. When only the
classifier chose it (a question it wasn't sure of, "who do blokes ring after the police have
been?"), 999 or Samaritans still come first, and then the answer to the question itself, so a
false alarm never leaves a person without what they asked for.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Sequence, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.abuse_check import ActionAbuseAnswer
from actions.base import PROFILE_SLOTS, HarbourAction, as_intent, described_earlier, directory, earlier_intents, language, other_lines_text, probably_a_man, response_for, with_slots
from harbour.language import say
from actions.clares_law import ActionClaresLaw
from actions.fallback import CONFIDENTIALITY, clares_law_step
from actions.guidance import ActionGuidance
from actions.helplines import ActionHandoff, ActionHelpline
from actions.in_context import answer_in_context
from actions.refusals import ActionRefuse
from actions.small_talk import ActionSmallTalk
from actions.law import sounds_like
from harbour.abuse_forms import forms_in
from harbour.nlu.asked_words import DISCLOSED_TO_ME
from harbour.nlu.danger import DANGER, SELF_HARM, classify, only_about_the_past
from harbour.nlu.profile import extract
from harbour.nlu.topic_words import topic_intent

# Each topic's answer, as its rule in data/rules/ gives it (tests/actions/test_after_safety.py
# holds the two equal).
ANSWERS: Dict[str, Sequence[str]] = {
    **{intent: ("action_clares_law",) for intent in (
        "ask_clares_law", "clares_law_apply", "clares_law_someone_else", "ask_check_person")},
    "clares_law_process": ("action_guidance",),
    **{intent: ("action_guidance",) for intent in (
        "clares_law_confidentiality", "clares_law_no_disclosure", "ask_refuge", "ask_report_police", "ask_protective_order",
        "ask_for_ani", "ask_immigration", "ask_children")},
    **{intent: ("action_abuse_answer",) for intent in (
        "ask_what_is_abuse", "ask_is_this_abuse", "describe_coercive_control", "describe_economic_abuse",
        "describe_emotional_abuse", "describe_physical_abuse", "describe_sexual_abuse",
        "describe_tech_abuse", "describe_stalking", "describe_honour_abuse")},
    **{intent: ("action_abuse_answer",) for intent in (
        "describe_family_abuse", "describe_older_person_abuse", "describe_teen_abuse", "describe_lgbt_abuse",
        "male_victim")},
    "ask_helpline": ("action_helpline",),
    "request_human": ("action_handoff",),
    "worried_about_someone": ("action_abuse_answer",),
    "worried_own_behaviour": ("utter_own_behaviour", "action_helpline"),
    "ask_safety_plan": ("utter_safety_plan", "action_helpline"),
    "ask_privacy": ("action_small_talk",),
    "ask_cover_tracks": ("utter_cover_tracks",),
    "ask_locate_person": ("action_refuse",),
    "ask_monitor_someone": ("action_refuse",),
}
ACTIONS = {cls().name(): cls for cls in (ActionClaresLaw, ActionAbuseAnswer, ActionGuidance, ActionHelpline, ActionHandoff, ActionRefuse, ActionSmallTalk)}
# After Samaritans, for someone who also described abuse: the lines for that.
ABUSE_TOO = "For what is being done to you, these people can help too:"
ABOUT_IT_TOO = "For what's happening, these people can help too:"
ANI_PLACE = re.compile(r"\b(?:pharmac\w*|chemist|boots|superdrug)\b")
# Someone else's words reported ("he says", "she keeps telling me"): what is said to the person.
REPORTED = re.compile(
    r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fella|missus|hubby|mum|mam|dad|son|daughter))"
    r" (?:says|said|keeps saying|tells me|told me|keeps telling me|calls me|screams|shouts|threatens|threatened|keeps threatening)\b"
)
# The classifier's second thought must be at least this sure to be answered too.
MIN_CONFIDENCE = 0.1


# "he says if i go hell shoot the dogs and ill never see the kids again": a threat made to keep them (999 first, then the threats named)
IF_I_LEAVE = re.compile(r"\bif (?:i|i ever|i even) (?:go|leave|left|try to leave|tried to leave|walk out|split up|end it)\b")
# "im dead if she finds out i bought a pint": fear of what is to come, not an attack now (999 still first, then what they told)
DEAD_IF_FOUND_OUT = re.compile(r"\b(?:i'?m|im|i am|i'?d be|id be|i will be|i'?ll be) (?:so |literally )?dead if (?:he|she|they|my \w+) (?:ever )?(?:finds?|found) out\b(?!.*\b(?:now|tonight|outside|coming|here|on (?:his|her|their) way)\b)")


def also_asked(message: Dict[str, Any]) -> Optional[str]:
    """The topic a classifier-only safety answer should also answer, or None.

    When the patterns found danger in something said only of the past ("he put his hands round my
    neck last night, is it still abuse?"), 999 still comes first and the question is answered too.
    """
    text = message.get("text")
    found = classify(text)
    if found == SELF_HARM and REPORTED.search((text or "").lower()) and forms_in(text):
        # "my husband says im worthless and everyone would be better off without me": Samaritans
        # first (the words may be hers too), then what he does, named.
        return "ask_what_is_abuse"
    if found == DANGER and topic_intent((text or "").lower()) == "ask_protective_order":
        return "ask_protective_order"  # "door's locked hes not back yet. can the police keep him away from the house": 999, then the orders
    if found is not None and not (found == DANGER and (only_about_the_past(text) or DEAD_IF_FOUND_OUT.search((text or "").lower()) or IF_I_LEAVE.search((text or "").lower()) and forms_in(text))):
        return None  # the patterns found danger or self-harm now: the safety answer stands alone
    # "i shouted at him first and then he put his hands round my neck": someone being hurt never
    # gets the line for people worried about their own behaviour.
    if DISCLOSED_TO_ME.search((text or "").lower()):
        return "ask_clares_law"  # "had my disclosure meeting yesterday. i cant stop shaking": what now, and who can help
    words = topic_intent((text or "").lower())
    if words in ANSWERS:
        return words  # "police have been now n took him. how do i stop him just coming back tmrw": the orders
    said = extract(text)
    harming = said.perpetrator and not said.victim_is_self  # "last night i had her up against the wall by the throat. i dont want to turn into me dad"
    hurt = found == DANGER and not harming or (said.victim_is_self and not said.perpetrator)
    if harming and found == DANGER:
        return "worried_own_behaviour"  # told by the one who did it, of the past: 999 first, then the line for them
    for item in message.get("intent_ranking") or []:
        name = item.get("name")
        if name in (DANGER, SELF_HARM, "nlu_fallback") or (hurt and name == "worried_own_behaviour"):
            continue
        if name in ANSWERS and (item.get("confidence") or 0.0) >= MIN_CONFIDENCE:
            return name
        break
    if found in (DANGER, None) and forms_in(text):
        # Told of the past, or a description the classifier alone read as self-harm ("he swaps my
        # pills and calls me frigid"): 999 or Samaritans stay first, and what they described is named
        # (or, told by the one who did it, the line for them).
        return "worried_own_behaviour" if harming else "ask_what_is_abuse"
    return None


class ActionAfterSafety(HarbourAction):
    """Answers the question a person also asked when the classifier alone chose the safety answer."""

    def name(self) -> Text:
        return "action_after_safety"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets the answer to their question after 999 or Samaritans (or nothing more)."""
        message = tracker.latest_message or {}
        topic = also_asked(message)
        ani: List[Dict[Text, Any]] = []
        if ANI_PLACE.search((message.get("text") or "").lower()):
            # "in boots now, he's waiting in the car park": the codeword that works where they are (and
            # "what do i actually say to them" next is about it).
            lang = language(tracker)
            dispatcher.utter_message(text="\n".join(say(lang, point) for point in directory().guidance["ask_for_ani"].points))
            ani = [SlotSet("topic", "ani")]
        found = classify(message.get("text"))
        if (found or (message.get("intent") or {}).get("name")) == SELF_HARM and tracker.get_slot("nation") == "wales" and language(tracker) != "cy":
            # "i keep thinking about ending it all. im up near caernarfon": Samaritans in Welsh too (the Welsh answer says it already)
            welsh = directory().service("samaritans").other_phones[0]
            dispatcher.utter_message(text=f"{welsh.label}: {welsh.phone}")
        if topic is None and found is None:
            # The classifier alone chose it, after an answer: "im at my neighbours now, rang the police. do i keep the text".
            answered = answer_in_context(self, dispatcher, tracker)
            if answered is not None:
                return answered
            step = clares_law_step((message.get("text") or "").lower())
            if tracker.get_slot("topic") == "clares_law" and step:
                # "could i get it wrote down tho to show my mum", after the scheme: Samaritans first, then the scheme's answer
                return await ActionGuidance().run(dispatcher, as_intent(tracker, step if step == CONFIDENTIALITY else "clares_law_process"), domain)
        text = message.get("text") or ""
        forms = forms_in(text)
        described = forms or described_earlier(tracker, 3) or "danger_now" in earlier_intents(tracker)[:3]  # ("police came n took him... i cant keep living like this")
        if topic is None and (found or (message.get("intent") or {}).get("name")) == SELF_HARM and described and not extract(text).perpetrator and tracker.get_slot("asker") != "someone_else":
            # "my wife puts me down... n hits me... ive started cutting myself just to cope": Samaritans first, then the
            # lines for what is being done to them (a man's, where they said so).
            if forms:  # "my fella keeps tellin me im useless and nobody would even notice if i was gone": what it is, named
                dispatcher.utter_message(text=sounds_like(forms, tracker.get_slot("nation"), tracker.get_slot("age_group"), language(tracker)))
            self.utter_helplines(dispatcher, with_slots(tracker, route=None), ABUSE_TOO)
            if not any(tracker.get_slot(slot) for slot in PROFILE_SLOTS):
                dispatcher.utter_message(text=other_lines_text(language(tracker)))  # nothing known of them: every specialist line, named
            return []
        earlier = earlier_intents(tracker)
        if topic is None and found is None and (message.get("intent") or {}).get("name") == SELF_HARM and earlier and earlier[0] != SELF_HARM:
            # The classifier alone heard self-harm mid-conversation ("had my disclosure meeting yesterday. i cant stop
            # shaking"): Samaritans first, then the lines for what they came about, so a false alarm still helps.
            self.utter_helplines(dispatcher, with_slots(tracker, route=None), ABOUT_IT_TOO)
            return []
        if topic is None:
            # The safety answer stands; where the person said who they are ("my nan", "I'm a man",
            # honour-based abuse), their own lines follow it, for when it's safe.
            if set(self.routing(tracker).audiences) - {"woman", "someone_else"} or probably_a_man(tracker):  # ("my wife's just thrown a pan at my head")
                self.utter_helplines(dispatcher, tracker, "When it's safe, these people can help:")
            return ani
        # The answer's actions read the intent from the latest message: give them the topic's.
        answering = as_intent(tracker, topic)
        events: List[Dict[Text, Any]] = []
        for step in ANSWERS[topic]:
            if step.startswith("utter_"):
                dispatcher.utter_message(text=response_for(domain, step, tracker))
            else:
                events += await ACTIONS[step]().run(dispatcher, answering, domain)
        return events
