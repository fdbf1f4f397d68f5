"""What counts as abuse: name what the person described, then an optional reflection.

The answer comes first: the form (or forms) of abuse a description shows, that the law counts it
as domestic abuse, that it isn't their fault, and where to get help. The three-question
reflection is only offered; it never diagnoses and always ends with where to get help.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.about_abuse import BLAMED_ANSWER, NEVER_HIT, OWN_BLAME, NOT_ONLY_PHYSICAL, SPLIT_ANSWER, SPLIT_ASKED, TOGETHER_ANSWER, TOGETHER_ASKED as _TOGETHER_SAID
from actions.base import HarbourAction, about_fgm, as_intent, described_earlier, directory, earlier_intents, language, previous_action, response_for, response_text, routed_by_form, with_slots, hurt_after_a_harmers_route
from actions.clares_law import AGE_ASKED, ActionClaresLaw, just_after_the_guide, utter_guide
from actions.guidance import ActionGuidance
from harbour.language import say, say_buttons
from actions.context import refuse_again
from actions.refusing import RESPECT_IF_WORRIED
from harbour.nlu.refusals import MONITOR_ASKED
from actions.follow_up_words import DOESNT_SEE_IT, TOLD_ANYONE
from actions.in_context import ONCE_ANSWER, WITH_A_SPECIALIST, answer_in_context, route_before_this_message
from harbour.nlu.asked_words import CHECK_UNSEEN, ONCE_ASKED, SHARE_WHAT_TOLD
from harbour.nlu.profile import extract
from actions.helplines import PROFILE_SLOTS, other_lines_text, utter_they_can_change
from actions.law import IMAGE_THREAT, IMAGES_CRIME, LAW_ASKED_ABOUT, NOT_YOUR_FAULT, about_them, law_elsewhere, the_law
from harbour.abuse_forms import forms_about_someone, forms_for
from harbour.nlu.partner_words import FOR_THEM_TO_CHANGE, HER_PARTNER_WATCHES, harms_their_partner
from harbour.nlu.topic_words import CHILDREN_SAW, DEFINITION_QUESTION, WORRIED_WORDS

from harbour.vocab import QUESTIONS

FORM_RESPONSES = {
    "coercive_control": "utter_coercive_control",
    "economic": "utter_economic_abuse",
    "emotional": "utter_emotional_abuse",
    "physical": "utter_physical_abuse",
    "sexual": "utter_sexual_abuse",
    "tech": "utter_tech_abuse",
    "stalking": "utter_stalking",
    "honour": "utter_honour_abuse",
    "threats": "utter_threats",
}
# Intents about who is harmed: their own words come first, then any forms the message shows.
WHO_RESPONSES = {
    "describe_family_abuse": "utter_family_abuse",
    "describe_older_person_abuse": "utter_older_person_abuse",
    "describe_teen_abuse": "utter_teen_abuse",
    "describe_lgbt_abuse": "utter_lgbt_abuse",
    "male_victim": "utter_male_victim",
}


# A grandparent writing about a grandchild: "im worried about my grandson... the wee lad is always frightened".
GRANDCHILD = re.compile(r"\b(?:about|for) (?:my|our|me) (?:wee |little |lil )?(?:grandson|granddaughter|grandchild\w*|grandkids?|grandbab\w*)\b|\b(?:fy |'y )?(?:wyr|wyres|ŵyr)(?: bach)?\b")
OFFER = "If it would help to think it through, I can ask you three short questions. It isn't a test, and you can skip any of them."
OFFER_BUTTONS = [
    {"title": "Yes, ask me", "payload": "/affirm"},
    {"title": "No thanks", "payload": "/deny"},
]
INTRO = "OK. Answer in your own words, or say skip. You can stop at any time."
SOME_SIGNS = (
    "Thank you for answering. What you've told me can be signs of domestic abuse. "
    "Only you can decide what it means for you, and none of it is your fault."
)
NO_CLEAR_ANSWER = (
    "Thank you for answering. Abuse can take many forms, and you know your situation best. "
    "If something feels wrong, trust that, and talk it through with someone."
)


def ask(dispatcher: CollectingDispatcher, slot: str) -> List[Dict[Text, Any]]:
    """Asks one reflection question, with Yes / No / Skip buttons."""
    dispatcher.utter_message(response=f"utter_ask_{slot}")
    return [SlotSet("question", slot), SlotSet("topic", "abuse_check")]


# "how do i actually do it tho. im in hackney", after the scheme: how to apply
HOW_TO_DO_IT = re.compile(r"\bhow (?:do|can|would|should) (?:i|we|you) (?:actually |even |then )?(?:do|apply for|start|make) (?:it|that|this|one)\b")
# "what is it", "whit IS it" (no abuse named): asked of the last answer's subject
IT_ASKED = re.compile(r"\b(?:what|whit|wot|wat)(?: is|'?s| iz) it\b|\b(?:be|beth) ydi o\b|\bbeth yw e\b")


class ActionAbuseAnswer(HarbourAction):
    """Names the abuse a person described (or explains what counts), then where to get help."""

    def name(self) -> Text:
        return "action_abuse_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person hears what the behaviour is called, that it's abuse and not their fault, and who can help."""
        answered = answer_in_context(self, dispatcher, tracker, understood=True)
        if answered is not None:
            return answered  # "ive got no credit on my phone tho" straight after Samaritans: that line
        refused = await refuse_again(dispatcher, tracker, domain, pressed_only=True)
        if refused is not None:
            return refused  # "come on mate shes my wife i just want to talk to her": not a worried friend
        message = tracker.latest_message or {}
        lang = language(tracker)
        intent: Optional[str] = (message.get("intent") or {}).get("name")
        forms = forms_for(intent, message.get("text"))
        if lang != "cy" and DEFINITION_QUESTION.search((message.get("text") or "").lower()) and not re.search(r"\b(?:i|me|my|he|she|they|him|her|hes|shes|im)\b", (message.get("text") or "").lower()):
            forms = []  # "what mean domestic abuse in uk law? only hitting or more?": asked of the law, nothing told of
        lowered = (message.get("text") or "").lower()
        hurt = hurt_after_a_harmers_route(tracker)
        dropped = [SlotSet("route", None)] if hurt else []  # someone hurt: never Respect's route again
        unrouted = (hurt or tracker.get_slot("route") is None) and not tracker.get_slot("asker") == "someone_else"
        tracker = routed_by_form(with_slots(tracker, route=None) if hurt else tracker, forms)
        if unrouted and tracker.get_slot("route") in ("stalking", "honour"):
            dropped = [SlotSet("route", tracker.get_slot("route"))]  # kept for what they ask next ("should i just meet up with him")
        if intent == "worried_about_someone" and route_before_this_message(tracker) == "own_behaviour" and not forms_about_someone(message.get("text")):
            # "dwi jyst yn poeni amdani, dyna i gyd", after Respect's answer: still about what they do
            # (the intent's slot mapping made the route a worried friend's).
            tracker = with_slots(tracker, route="own_behaviour")
        if intent == "describe_older_person_abuse" and route_before_this_message(tracker) == "own_behaviour" and not extract(lowered).victim_is_self and len(lowered.split()) <= 14:
            # "were both in our 70s does that change anything", after Respect's answer: still their own behaviour
            self.utter_helplines_then_999(dispatcher, with_slots(tracker, route="own_behaviour"), ANY_AGE)
            return [SlotSet("route", "own_behaviour")]
        if IT_IS_ME.search(lowered) and tracker.get_slot("topic") == "clares_law" and previous_action(tracker) in ("action_clares_law", "action_follow_up"):
            # "i fi. da ni efo'n gilydd ers 3 mis a ma'i ex o di deud petha", to the scheme's question: the scheme, for them
            return utter_guide(dispatcher, with_slots(tracker, asker="self"), None) + [SlotSet("asker", "self")]
        if tracker.get_slot("topic") == "clares_law" and (IT_ASKED.search(lowered) or HOW_TO_DO_IT.search(lowered)) and not re.search(r"\babus\w*\b|\bcam-?drin\b", lowered) and len(lowered.split()) <= 16:
            # "naw but whit IS it. like up here in scotland", after "whit's clares law": the scheme, where they live
            return utter_guide(dispatcher, tracker, None)
        if SHARE_WHAT_TOLD.search(lowered) and tracker.get_slot("topic") == "clares_law" and len(lowered.split()) <= 20:
            # "a deud wrth fy chwaer?", after the scheme's confidentiality: who they may tell
            return await ActionGuidance().run(dispatcher, as_intent(tracker, "clares_law_confidentiality"), domain)
        if _about_the_scheme_for_them(tracker, intent, message.get("text")):
            # Just after Clare's Law: "could i do it for her instead?" asks the scheme for someone else.
            return await ActionClaresLaw().run(dispatcher, as_intent(tracker, "clares_law_someone_else"), domain)
        if ONCE_ASKED.search(lowered) and tracker.get_slot("route") != "own_behaviour" and tracker.get_slot("asker") != "someone_else":
            # "it was one time he shoved me down the stairs. every1 keeps saying one time isnt abuse": once can be enough, then what it is.
            dispatcher.utter_message(text=say(lang, ONCE_ANSWER))
        if tracker.get_slot("route") == "own_behaviour":
            # Someone describing what they do to a partner: named plainly, never "not your fault".
            dispatcher.utter_message(text=response_text(domain, "utter_own_behaviour", tracker))
            if IMAGE_THREAT.search(lowered):
                dispatcher.utter_message(text=say(lang, IMAGES_CRIME))  # "i threatened to put pics of my ex online"
            self.utter_helplines(dispatcher, tracker, None)
            dispatcher.utter_message(text=say(lang, "If someone is in danger now, call 999."))
            return []
        third_party = tracker.get_slot("asker") == "someone_else" or intent == "worried_about_someone"
        if third_party and earlier_intents(tracker)[:1] == ["ask_check_person"] and not forms:
            # "hes my cousins boyfriend, shes 22", just after "I can't check anyone's record": the scheme, for them.
            return await ActionClaresLaw().run(dispatcher, as_intent(tracker, "clares_law_someone_else"), domain)
        if third_party and OWN_BLAME.search(lowered) and tracker.get_slot("route") != "own_behaviour":
            # "is it my fault cos i answered him back", from a 14-year-old who asked about their mum: about them too.
            dispatcher.utter_message(text=say(lang, BLAMED_ANSWER))
            self.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)
            return dropped
        if third_party:
            # A friend or relative describing what happens to someone else: support for them first,
            # then what they describe named in the third person (never "it isn't your fault").
            dispatcher.utter_message(text=response_text(domain, "utter_worried_about_someone", tracker))
            theirs = forms_about_someone(message.get("text")) or forms
            tracker = routed_by_form(tracker, theirs)  # "his ex wont leave him alone": the stalking line for him
            told_before = route_before_this_message(tracker)
            if tracker.get_slot("route") in (None, "someone_else") and told_before in ("stalking", "honour"):
                # "should i tell her parents im worried", after her forced marriage: the friend's intent mapped the route to
                # "someone_else" (answer_in_context reads the route before the message the same way)
                tracker = with_slots(tracker, route=told_before)
            if tracker.get_slot("route") in ("stalking", "honour"):
                dropped = [SlotSet("route", tracker.get_slot("route"))]  # kept for "can i ring them for her" next
            if theirs:
                dispatcher.utter_message(text=about_them(theirs, tracker.get_slot("nation"), lang, lowered, tracker.get_slot("gender")))
            elif DOESNT_SEE_IT.search(lowered):
                dispatcher.utter_message(text=say(lang, THEY_DONT_SEE_IT))  # "she dont think its abuse tho she says its just how he is"
            if HER_PARTNER_WATCHES.search(lowered):
                dispatcher.utter_message(text=say(lang, SAFE_DEVICE_FOR_THEM))  # "her partner reads all her messages so she cant message you herself"
            if intent == "describe_tech_abuse" and CHECK_UNSEEN.search(lowered):
                dispatcher.utter_message(text=response_text(domain, "utter_tech_abuse", tracker))  # "how would she know if theres an app on it"
            elif DEFINITION_QUESTION.search(lowered):
                dispatcher.utter_message(text=response_text(domain, "utter_what_is_abuse", tracker))  # "hes never hit her... so is it even abuse"
            elif WHO_RESPONSES.get(intent or ""):
                dispatcher.utter_message(text=response_for(domain, WHO_RESPONSES[intent or ""], tracker))
            child_at_home = tracker.get_slot("age_group") == "child" and not re.search(r"\b(?:boyfriend|girlfriend|bf|gf|partner|cariad|gariad|chariad)\b", lowered)
            if CHILDREN_SAW.search(lowered) or child_at_home or GRANDCHILD.search(lowered):  # "my grandson, hes 6... throws things in front of him", "fy wyr bach i (8)... ma'i dad o'n gweiddi", "worried about my grandson... the wee lad is always frightened": the children's first point where they live
                dispatcher.utter_message(text=say(lang, directory().guidance["children"].points_in(tracker.get_slot("nation"))[0]))
            self.utter_helplines(dispatcher, tracker, "They, and you, can talk it through with a specialist:")
            if harms_their_partner(lowered):
                utter_they_can_change(dispatcher, self.clock(), lang)  # "my brother hits his wife and he wants help to stop": her lines above, and his
            dispatcher.utter_message(text=say(lang, "If someone is in danger now, call 999."))
            return dropped + [SlotSet(slot, None) for slot in QUESTIONS]
        young = tracker.get_slot("age_group") in ("child", "young") and forms and "honour" not in forms  # "hes proper jealous n grabs my arm", from a teenager
        specific = WHO_RESPONSES.get(intent or "") or (WHO_RESPONSES["describe_teen_abuse"] if young else None)
        if specific:
            # A family member, an older person, a teenager, LGBT+, a man: what is said for them first.
            dispatcher.utter_message(text=response_for(domain, specific, tracker))
        if forms and NEVER_HIT.search(lowered) and "physical" not in forms:
            dispatcher.utter_message(text=say(lang, NOT_ONLY_PHYSICAL))  # "he reads my texts but hes never hit me, does it count"
        elif forms and SPLIT_ASKED.search(lowered) and not _TOGETHER_SAID.search(lowered):
            dispatcher.utter_message(text=say(lang, SPLIT_ANSWER))  # "we split 2 years ago and he still messages me... it cant be domestic abuse can it"
        elif forms and DEFINITION_QUESTION.search(lowered):
            # "is it only abuse if they hit you?", "does once count?": what counts, then what they said.
            dispatcher.utter_message(text=response_text(domain, "utter_what_is_abuse", tracker))
        if forms and _TOGETHER_SAID.search(lowered) and not SPLIT_ASKED.search(lowered):
            dispatcher.utter_message(text=say(lang, TOGETHER_ANSWER))  # "we dont even live together and he doesnt touch me so its not abuse is it"
        if forms:
            for form in forms:
                dispatcher.utter_message(text=response_for(domain, FORM_RESPONSES[form], tracker))
            dispatcher.utter_message(text=the_law(tracker.get_slot("nation"), tracker.get_slot("age_group"), lang))
        elif specific:
            dispatcher.utter_message(text=the_law(tracker.get_slot("nation"), tracker.get_slot("age_group"), lang))  # and that it isn't their fault
        else:
            dispatcher.utter_message(text=response_text(domain, "utter_what_is_abuse", tracker))
            described = described_earlier(tracker, 4) or "yes" in (tracker.get_slot(q) for q in QUESTIONS)  # "skip. so is it abuse or not", after "yeah im scared of him sometimes"
            if described or re.search(r"\b(?:he|she|they|hes|shes)\b", lowered) and re.search(r"\b(?:i|me|my|im)\b|\bis it (?:still |even |really )?abuse if\b", lowered):
                dispatcher.utter_message(text=say(lang, NOT_YOUR_FAULT))  # "is it even abuse wot he does or am i just pathetic like he says"
            # "wots the law in scotland, is it different from england": the law of the nation asked about.
            asked = next((nation for nation, named in LAW_ASKED_ABOUT.items() if named.search(lowered)), None)
            elsewhere = law_elsewhere(tracker.get_slot("nation") or asked, "\n", lang)
            if elsewhere:
                dispatcher.utter_message(text=elsewhere)
        if about_fgm(tracker):
            dispatcher.utter_message(response="utter_fgm")  # "they want to get my little girl cut when we go back home"
        if CHILDREN_SAW.search(lowered):
            dispatcher.utter_message(text=say(lang, directory().guidance["children"].points_in(tracker.get_slot("nation"))[0]))
        self.utter_helplines(dispatcher, tracker, WITH_A_SPECIALIST)
        if FOR_THEM_TO_CHANGE.search(lowered):
            utter_they_can_change(dispatcher, self.clock(), lang)  # "is there a number my husband can ring to sort his temper out? he... grabbed me once"
        if (both := extract(MONITOR_ASKED.sub(" ", lowered))).victim_is_self and both.perpetrator:  # (not asking to track the one stalking them)
            # "we both go for each other. she slaps me, ive shoved her into a wall": their lines, and Respect's for what they do
            respect = directory().service("respect_phoneline")
            dispatcher.utter_message(text=say(lang, RESPECT_IF_WORRIED).format(name=respect.name, phone=respect.phone))
        if not any(tracker.get_slot(slot) for slot in PROFILE_SLOTS):
            dispatcher.utter_message(text=other_lines_text(lang))  # nothing known: every specialist line, named
        events: List[Dict[Text, Any]] = dropped + [SlotSet(slot, None) for slot in QUESTIONS]
        if intent == "ask_is_this_abuse":
            dispatcher.utter_message(text=say(lang, OFFER), buttons=say_buttons(lang, OFFER_BUTTONS))
            events += [SlotSet("topic", "abuse_check"), SlotSet("question", None)]
        dispatcher.utter_message(text=say(lang, "If you're in danger now, call 999."))
        return events


def _about_the_scheme_for_them(tracker: Tracker, intent: Optional[str], text: Optional[str]) -> bool:
    """Just after the Clare's Law guide, a short question about someone else is about the scheme
    for them, not a new worry: "could i do it for her instead", "what if its for my mum"."""
    said_where = any(entity.get("entity") == "nation" for entity in (tracker.latest_message or {}).get("entities") or [])
    if AGE_ASKED.search((text or "").lower()) and tracker.get_slot("topic") == "clares_law" and len((text or "").split()) <= 14:
        return True  # "shes only 17 mind, does that rule it out", after the scheme for her: who can ask (16 or over)
    if (intent in ("worried_about_someone", "clares_law_someone_else", "inform") or (intent or "").startswith(("describe_", "ask_what_is_abuse")) and IT_IS_FOR.search((text or "").lower())) and (
        IT_IS_FOR.search((text or "").lower()) or said_where and just_after_the_guide(tracker, text) and not forms_about_someone(text)
    ):
        # "its for my sister, shes near swansea. her boyfriend is a proper nasty piece of work": whom
        # the scheme is for, however long, answered with the scheme where they live; "they live in
        # swansea, im up in leeds": where, for the scheme just given.
        return tracker.get_slot("topic") == "clares_law" and previous_action(tracker) in ("action_clares_law", "action_follow_up", "action_guidance")  # (and after who is told)
    return (
        intent in ("worried_about_someone", "clares_law_someone_else")
        and just_after_the_guide(tracker, text)
        and not forms_about_someone(text)
        and not WORRIED_WORDS.search((text or "").lower())  # "dwi moyn deud wrthi bod hi'n neud camgymeriad mawr": how to help her
        and not TOLD_ANYONE.search((text or "").lower())  # "she doesnt want me interfering": the friend's answer
    )


THEY_DONT_SEE_IT = ("Abuse isn't only physical. Controlling or coercive behaviour, emotional abuse and economic abuse are domestic abuse "
                     "under the law too, even if the person it's happening to doesn't see it that way yet. Try not to criticise their "
                     "partner: it can make them defend the person harming them. Keep listening, and stay in touch.")
SAFE_DEVICE_FOR_THEM = ("If their partner checks their phone or messages, they can contact a helpline from a device their partner has never "
                        "had access to, such as a friend's phone.")
ANY_AGE = "Age doesn't change it: Respect's line is for anyone worried that their own behaviour is abusive."
# "i fi", "for me", "its me", said first just after the scheme: who it is for.
IT_IS_ME = re.compile(r"^(?:(?:its|it'?s|it is|mae o|mae e) )?(?:(?:i fi|i mi|for me|for myself|myself|fi fy hun|ar gyfer fi|ar fy nghyfer i?)\b|(?:me|fi)(?=[.,!?]| *$| (?:obvs|tho|though|like|please|pls)\b))(?! and\b| a\b| n\b)")
# "its for my sister", "it's about my mate's boyfriend", "for my daughter", "mae o ar gyfer fy chwaer"
IT_IS_FOR = re.compile(
    r"^(?:(?:its|it'?s|it is|this is|thats|that'?s|its actually|it'?s actually|no,? ?|nah,? ?)\s*)?(?:for|about) (?:my|me|our|a) \w+|"
    r"^(?:mae o |mae e |ma fe |ma fo |mae'?n )?(?:ar gyfer|am) (?:fy|fyn|y|'?n) ?\w+|"
    # "a be am fy chwaer yn Glasgow, ma hi'n poeni am ei boyfriend", "and what about my sister", just after the scheme
    r"^(?:(?:a|ac|and|so|ok),? )?(?:be|beth|what|wot|wat|how) (?:am|about) (?:fy|my|me|ma|our) (?!(?:ex|partner|boyfriend|girlfriend|husband|wife|fella|bf|gf|cariad|nghariad|gwr|ngwr|ngwraig)\b)\w+"
)






def reflection_result(tracker: Tracker) -> str:
    """A gentle reflection of the answers: never a diagnosis, never reassurance."""
    answers = [tracker.get_slot(slot) for slot in QUESTIONS]
    return say(language(tracker), SOME_SIGNS if "yes" in answers else NO_CLEAR_ANSWER)
