"""Follow-ups read against the answer just given: "is that number free?" after Samaritans, "is it just
for girls?" after a line, "should i just delete it?" after tech abuse.

A short follow-up names nothing itself, so the classifier places it anywhere ("is that number free"
reads as "which helpline?", and the National Domestic Abuse Helpline came back instead of
Samaritans). What it refers to is in the conversation: the intent the person's previous message was
answered as, and the slots that chose the lines the last answer named (the action server gets no
bot text or metadata back: the tracker keeps neither).
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.about_abuse import CRIME_ASKED, answer_about_abuse
from harbour.abuse_forms import forms_about_someone, forms_in
from actions.base import DANGER_LINE, HarbourAction, directory, earlier_intents, language, police_numbers, text_access_text, with_slots
from actions.follow_up_words import (
    ADDRESS_ASKED, REPORT_IT, REPORT_WORDS,
    ASKING,
    CLEAR_HISTORY,
    CONFRONTING,
    DONT_TELL,
    FOUND_IT,
    FOUND_OUT,
    KNOWS_I_FOUND_IT,
    HONOUR_ASKED,
    NOT_SAMARITANS,
    OTHER_LINE,
    OTHER_WAY_ASKED,
    POLICE_WONT,
    PROOF_FIRST,
    REMOVE_IT,
    SAME_NUMBER,
    SCHEME_ASKED,
    SEXUAL_LINE_ASKED,
    STILL_THERE,
    THEIR_SIDE,
    THEY_MUST_NOT_KNOW,
    TOLD_ANYONE,
    WHAT_TO_SAY,
    WHO_THEN,
)
from actions.guidance_points import answer_asked_points
from actions.law import law_elsewhere
from harbour.language import say
from harbour.nlu.language import asks_for_a_welsh_speaker
from harbour.nlu.topic_words import DEFINITION_QUESTION
from harbour.nlu.asked_words import PAST_CHECKED, TELL_AN_ADULT, THEM_CHANGE, AUDIENCE_QUESTION, BILL, COST_ASKED, COURSE_ASKED, EARLIER_NUMBER, EVIDENCE_ASKED, FOR_ME, FOR_THEM, SCHEME_WORDS, GOES_BACK, NOT_READY, NOT_TO_POLICE, HOURS_ASKED, PARTNER_LINE, MEET_ASKED, NO_THREATS, NOT_IN_TROUBLE, ONCE_ASKED, PHONE_CHECKED, SILENT_ASKED, SILENT_ELSEWHERE, SILENT_IF, STILL_ABOUT_IT, TEXT_ROUTE_ASKED, URGENT_IF, STILL_FEELS, WHAT_CAN_I_DO, WHAT_THEY_DO, WIPE_ASKED, WORD_AGAINST, named_services
from harbour.routing import format_service
from harbour.vocab import GUIDANCE_TOPICS, SCHEME_INTENTS, SERVICE_MARK

TECH_INTENTS = frozenset({"describe_tech_abuse", "ask_cover_tracks"})
REMOVE_IT_ANSWER = (
    "Changing a password, removing a spying app or switching off location sharing can be noticed by the person watching you. "
    "If you can, talk it through with a helpline first, from a device they've never had access to. Refuge's "
    "tech safety site, {site}, has step-by-step guides that warn you which changes may be noticed."
)
WHO_EACH_LINE_IS_FOR = "Who each line is for:"
WITH_A_SPECIALIST = "You can talk it through with a specialist:"
NOT_READY_ANSWER = "That's alright: go at your own pace. You don't have to report to the police to get support."
WHERE_FREE = "Where a line is free to call, it says so:"
WHERE_OFF_THE_BILL = "Where a line is free, or its source says it won't show on a phone bill, it says so. If it doesn't say, it may show:"
REFUSED = frozenset({"ask_locate_person", "ask_monitor_someone", "ask_check_person"})
FOR_THEM_ANSWER = "You can call for them. These lines talk to friends and family too, about how to help:"
FOR_ME_ANSWER = "Someone you trust can call for you: these lines talk to friends and family too."
HOURS_ANSWER = "When each line is open, where it's known:"
OTHER_WAYS_ANSWER = "Other ways to reach each line, where they have them:"
ABUSE_LINES = "These lines are for domestic abuse, and can talk it through with you:"
FOUND_OUT_ANSWER = (
    "Helplines are confidential: what you tell them stays with them, except where someone's life, or a child, is at serious risk. "
    "If he might check your phone, call from one he can't get at, like a friend's phone or a work phone. Deleting calls from the "
    "history can be noticed too."
)
SEXUAL_LINES = "For sexual abuse or violence, these can help:"
DONT_MEET = (
    "It's safer not to meet, reply to or confront them, even once: don't engage with them. Keep a dated log of every "
    "incident (messages, calls, each time they turn up) and report it to the police."
)
DONT_CONFRONT = (
    "Please don't confront someone who is abusive, even just to tell them to stop: it can put you (or the person "
    "they hurt) in more danger. A specialist can help you work out what to do instead."
)
WIPE_ANSWER = (
    'Type "forget" and Harbour clears this conversation straight away. Your screen or app may still show it, so close '
    "this window or delete the chat on your device too."
)
FOR_THE_PARTNER = "For the person you're worried about, these lines can help:"
HELP_TO_CHANGE = "Respect's line is the place to ask about help to change:"
TELL_AN_ADULT_ANSWER = ("Telling an adult you trust, like a teacher, isn't snitching: it's getting your friend help, and you don't "
                        "have to carry this on your own. You can talk to Childline about it too.")
THEY_CAN_CHANGE = ("If they want help to change, the Respect Phoneline is for people worried about their own behaviour. "
                   "It's their call to make, but you can pass the number on:")
OWN_CRIME = "Controlling or coercive behaviour is a crime, and so are violence and stalking."
EVIDENCE_ANSWER = (
    "If it's safe to, keep them. Messages, voicemails and a dated log (a diary) of each incident can be evidence if you report it, "
    "now or later. Keep copies somewhere safe they can't get at, such as a device they've never had access to, and don't let them "
    "know you're keeping them."
)
ONCE_ANSWER = (
    "Once can be enough. Under the Domestic Abuse Act 2021 abuse doesn't have to be a pattern: a single incident can count, "
    "and being pushed, hit or hurt is physical abuse and a crime. It isn't your fault."
)
# "i do get scared of him sometimes", "he'd go mental if he knew", "i just want her safe", after Clare's Law: support now.
FEELING = re.compile(r"\b(?:scared|afraid of|frightened|terrified|petrified|temper|go mental|goes mental|kick off|kicks off|worried sick|want (?:her|him|them|my \w+) (?:to be )?safe|ofn|poeni)\b")
# A doubt that stays, after the scheme: "i still feel funny about him if im honest".
FEELS_OFF = re.compile(r"\b(?:feel|feeling|felt) (?:funny|uneasy|weird|odd|off|wrong|uncomfortable|on edge|sick) (?:about|around|with) (?:him|her|them)\b|\b(?:bad|funny|gut) feeling (?:about|with) (?:him|her|them)\b|\bsomething(?:s|'s)? (?:not right|off) (?:about|with) (?:him|her|them)\b")
FEELING_ANSWER = (
    "That sounds frightening, and you don't have to wait for the police to get support. A helpline can talk it through with "
    "you and help you plan for safety:"
)
STILL_HERE = "I'm still here."
REPORT_STALKING = "You can report stalking to the police on {non_emergency}, or {emergency} in an emergency. A dated log of every incident helps."
# The LOCATE refusal's own reason (sourced with it), then the refuge guidance: who finds a space.
REFUGE_FOR_THEM = (
    "Refuge addresses are kept secret to keep the people in them safe, so I can't give one. "
    "A helpline can help you find a space:"
)
PROOF_ANSWER = (
    "You don't have to report to the police to get support, and you can start with what you've told me here. "
    "If it's safe to, keep messages and a dated log of what happens: they can help later if you decide to report."
)
NOT_IN_TROUBLE_ANSWER = (
    "You don't have to report anyone or decide anything now: what happens next is your choice. A helpline can talk "
    "it through with you in confidence, including ways to be safer that don't involve the police:"
)
DONT_TELL_ANSWER = "You don't have to tell anyone until you're ready. If you'd like to talk it over first, these lines are confidential:"
WHAT_TO_SAY_ANSWER = "You don't need the right words: you can start with what you've told me here. Their details again:"
CLEAR_FOLLOW_UP = (OTHER_WAY_ASKED, HOURS_ASKED, FOR_THEM, FOUND_OUT, WHAT_TO_SAY)  # and AUDIENCE_QUESTION, which names who
# The topic an answer in context with Samaritans' block leaves, so a second follow-up is about them too.
SAMARITANS = "samaritans"
Events = List[Dict[Text, Any]]


def recent_refusals(tracker: Tracker) -> List[str]:
    """The refused requests among the person's last two messages before this one, newest first
    (pressed once already: "theyre MY kids i have rights", then "how do i see them the legal way")."""
    return [intent for intent in earlier_intents(tracker)[:2] if intent in REFUSED]


def previous_intent(tracker: Tracker) -> Optional[str]:
    """The intent the person's previous message (before the latest one) was answered as."""
    earlier = earlier_intents(tracker)
    return earlier[0] if earlier else None


# The police come, said after the danger answer ("police are here now", "police came n took him"): not the scheme.
_POLICE_CAME = re.compile(r"\b(?:the )?(?:police|polis|cops|heddlu)(?:'re| are| r| is|'s)? (?:here|came|come|coming|comin|have come|been|arrived|took|have taken|on (?:their|the) way|ar y ffordd|yn dod|yma|di dod|wedi dod)\b")
# What says a message is about the scheme after all: its name, someone's past, the police, applying.
_SCHEME_SIGNS = re.compile(r"\b(?:hear back|clare'?s?|claire'?s?|disclos\w*|dvds|dsdas|dvads|datgel\w*|record|past|history|hanes|gorffennol|cofnod|police|heddlu|polis|psni|apply\w*|cais|before|previous\w*|blaen|check\w*|checko|find out if|ffeindio os)\b|\b(?:his|her|ei) ex\b")


def scheme_guess_elsewhere(tracker: Tracker) -> Optional[str]:
    """The topic of the answer just given (somewhere safe, the police, orders... or the lines) where the
    classifier read a short follow-up to it as Clare's Law: "faint o amser mae'n gymryd?" after the
    refuge answer, "alla i neud o ar-lein?" after the lines. None where the message may be about the scheme,
    or the scheme was asked about in the last three messages ("how long does it take up here", after a
    refuge answer given to "whats the process" about DSDAS)."""
    intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    topic = tracker.get_slot("topic")
    if intent in SCHEME_INTENTS and "danger_now" in earlier_intents(tracker)[:2] and len(text.split()) <= 16 and not _SCHEME_SIGNS.search(_POLICE_CAME.sub(" ", text)):
        return "helpline"  # "i rang, police are here now. what happens after this", after the danger answer: who helps now
    if (intent not in SCHEME_INTENTS or set(earlier_intents(tracker)[:3]) & (SCHEME_INTENTS | REFUSED) or topic not in (*GUIDANCE_TOPICS, "helpline")
            or topic == "helpline" and tracker.get_slot("asker") == "someone_else"):
        return None
    return topic if len(text.split()) <= 12 and not _SCHEME_SIGNS.search(text) else None


# Something else named, after Samaritans: "ok. does the order cost anything ive got no money" asks about the order.
_OTHER_TOPIC = re.compile(r"\b(?:orders?|court|injunction|solicitor|refuges?|clare'?s|disclosure|courtnav|gorchymyn|llys|lloches)\b")


def _samaritans_follow_up(text: str) -> bool:
    if _OTHER_TOPIC.search(text) or NOT_SAMARITANS.search(text) or set(named_services(text)) - {"samaritans"}:
        return False  # (not "can i ring the older peoples one at night": that line)
    return bool(
        (SAME_NUMBER.search(text) or BILL.search(text) or COST_ASKED.search(text) or OTHER_WAY_ASKED.search(text) or HOURS_ASKED.search(text)
         or FOUND_OUT.search(text) or PHONE_CHECKED.search(text))
        and not OTHER_LINE.search(text)
        or asks_for_a_welsh_speaker(text)
    )


def route_before_this_message(tracker: Tracker) -> Optional[str]:
    """The route slot as it stood when the person's latest message arrived (before its own slot mappings)."""
    users = [i for i, event in enumerate(tracker.events) if event.get("event") == "user"]
    if not users:
        return None
    route = None
    for event in tracker.events[: users[-1]]:
        if event.get("event") == "slot" and event.get("name") == "route":
            route = event.get("value")
    return route


def answered_about(tracker: Tracker) -> Optional[str]:
    """What the last answer was about: the previous message's intent, or, where that message was
    itself answered with Samaritans' block ("is it free?", topic "samaritans"), self-harm still
    ("will he see it on the bill"). Earlier messages' words are not kept (privacy): only their intents and the slots."""
    earlier = earlier_intents(tracker)
    if earlier and tracker.get_slot("topic") == SAMARITANS:
        return "self_harm"
    if earlier[:2] == ["inform", "self_harm"]:
        return "self_harm"  # "dwi'n 17, hogyn, byw yn wrecsam" after Samaritans, then "oes na rwbath yn gymraeg?"
    return earlier[0] if earlier else None


def _lines(action: HarbourAction, tracker: Tracker) -> List[str]:
    return [service.id for service in action.routing(tracker).primary]


def _another_line(text: str, lines: List[str]) -> bool:
    """The message names a line other than the ones just given ("whats the mens number"); naming
    one of those ("fydd o ar bil ffon mam os dwi'n ffonio childline?" after Childline's) is not."""
    named = named_services(text)
    if named:
        return any(sid not in lines for sid in named)
    return bool(OTHER_LINE.search(text))


def answer_in_context(action: HarbourAction, dispatcher: CollectingDispatcher, tracker: Tracker, understood: bool = False) -> Optional[Events]:
    """Answers a follow-up about the answer just given, returning the events to add; None (nothing sent) for anything else.
    ``understood``: the classifier placed the message (as "which helpline?"), so only a follow-up
    whose own words say so (Samaritans' number, the bill, email, hours, calling for someone, who a
    line is for, resetting a phone after the tech answer) is taken as one.
    The lines are the last answer's: the route as it stood before this message, whose own slot
    mappings may have changed it ("is that just for men who hit women", read as a man asking)."""
    asked_about = route_before_this_message(tracker)
    if asked_about and asked_about != tracker.get_slot("route"):
        tracker = with_slots(tracker, route=asked_about)
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    lang = language(tracker)
    now = action.clock()
    before = answered_about(tracker)
    words = len(text.split())
    if before == "self_harm" and STILL_ABOUT_IT.search(text) and words <= 16 and not DEFINITION_QUESTION.search(text):
        dispatcher.utter_message(response="utter_self_harm")  # "dim ond chydig o rai. plis dwi'm isio mam wbod", after an overdose
        return [SlotSet("topic", SAMARITANS)]
    if before == "self_harm" and EARLIER_NUMBER.search(text) and words <= 12:
        # "sorry whats the first number again": the line given before Samaritans'.
        _services(dispatcher, _lines(action, with_slots(tracker, route=None) if tracker.get_slot("route") == "self_harm" else tracker), now, lang, None)
        return [SlotSet("topic", "helpline")]
    if before == "self_harm" and (_samaritans_follow_up(text) or tracker.get_slot("access") == "text_only" and words <= 10 or STILL_FEELS.search(text)) and not DEFINITION_QUESTION.search(text):
        # "is that number free? he goes thru the phone bill every month": Samaritans, again;
        # "fysa nhw'n gallu siarad cymraeg efo fi?": their block names the Welsh Language Line;
        # "dim rili isio ffonio neb", "can i email them instead": their block has the email address.
        _services(dispatcher, ["samaritans"], now, lang, None)
        return [SlotSet("topic", SAMARITANS)]
    if before == "self_harm" and NOT_SAMARITANS.search(text):
        # "i dont want samaritans, i want someone who gets the abuse side of it": the abuse lines.
        _services(dispatcher, _lines(action, tracker), now, lang, ABUSE_LINES)
        return [SlotSet("topic", "helpline")]
    if {"ask_locate_person", "ask_monitor_someone"} & set(recent_refusals(tracker)) and (
            SAME_NUMBER.search(text) and not OTHER_LINE.search(text) and not SCHEME_ASKED.search(text)
            or WHO_THEN.search(text) and words <= 12 and tracker.get_slot("topic") != "helpline"):
        # "ffs. ok rho'r rhif na eto", "so who am i meant to talk to then": the line the refusal gave
        # (Respect's), where it gave only that one (topic "helpline" says it gave a helpline too).
        _services(dispatcher, ["respect_phoneline"], now, lang, None)
        return []
    if before in REFUSED:
        return None  # after a refusal, what follows is the refusal's (refuse_again)
    landline_too = words <= 12 and not BILL.search(text) and re.search(r"^(?:(?:and|so|ok),? )?(?:what|wot|wat) (?:if|about)\b|^and (?:if|on|from)\b", text)
    silent_before = "danger_now" in earlier_intents(tracker)[:3]
    elsewhere = words <= 12 and SILENT_ELSEWHERE.search(text) and (silent_before or re.search(r"\b55\b", text))
    if elsewhere or SILENT_ASKED.search(text) and words <= 18 and (silent_before or re.search(r"\b(?:55|999)\b", text) or landline_too) or SILENT_IF.search(text) and words <= 20:
        silent = directory().emergency["silent_solution"]  # "wot if its the landline", after the danger answer; "and in NI?": it works across the UK
        for way in ((silent.summary,) if elsewhere else ()) + (silent.mobile, silent.landline):
            dispatcher.utter_message(text=say(lang, way or ""))
        return []
    pointed = None if tracker.get_slot("topic") == "orders" and re.search(r"\b(?:what|wot|wat|which|how much) (?:kind of |sort of |type of )?(?:evidence|proof)\b", text) else answer_asked_points(action, dispatcher, tracker)  # ("what evidence do i need?": below)
    if pointed is not None:  # "do i need a solicitor for that", "what if he turns up anyway", after the orders answer
        return pointed
    if STILL_THERE.search(text) and not understood:
        # "ok ma fe di mynd allan eto. ti dal yna?": yes, who can help, and 999.
        _services(dispatcher, _lines(action, tracker), now, lang, STILL_HERE)
        return [SlotSet("topic", "helpline")]
    scheme_guess = ((tracker.latest_message or {}).get("intent") or {}).get("name") in SCHEME_INTENTS and not _SCHEME_SIGNS.search(text)
    if (DONT_TELL.search(text) and (not understood or scheme_guess) or THEY_MUST_NOT_KNOW.search(text)) and words <= 18:  # ("dwi'm isho deud wrth mam", read as the scheme)
        _services(dispatcher, _lines(action, tracker), now, lang, DONT_TELL_ANSWER)
        return [SlotSet("topic", "helpline")]
    if NOT_IN_TROUBLE.search(text) and words <= 18 and before is not None and not re.search(r"\bkept away\b|\bkeeps? (?:him|her|them) away\b|\border\b", text):  # (not "...i just want him kept away")
        # "i dont want him in bother tho hes still my lad", from a mother of 79: nothing has to be reported.
        _services(dispatcher, _lines(action, tracker), now, lang, NOT_IN_TROUBLE_ANSWER)
        return [SlotSet("topic", "helpline")]
    own = before == "worried_own_behaviour" or tracker.get_slot("route") == "own_behaviour"
    if own and (COURSE_ASKED.search(text) or WHAT_THEY_DO.search(text)) and words <= 20:
        # "oes na gwrs neu rwbath? ffarmwr dwi yn sir fon", "what do they even do if i ring": Respect's line is where to ask.
        _services(dispatcher, ["respect_phoneline"], now, lang, HELP_TO_CHANGE)
        return [SlotSet("topic", "helpline")]
    if own and CRIME_ASKED.search(text) and words <= 18:
        dispatcher.utter_message(text=say(lang, OWN_CRIME) + (f"\n{law}" if (law := law_elsewhere(tracker.get_slot("nation"), "\n", lang)) else ""))  # "is that actually against the law up here?": Scotland's Act too
        _services(dispatcher, ["respect_phoneline"], now, lang, None)  # "ydi hyn yn drosedd go iawn?", after Respect's line
        return [SlotSet("topic", "helpline")]
    if own and (THEIR_SIDE.search(text) or PARTNER_LINE.search(text)) and words <= 18:
        # "a be amdani hi? os di hi isio siarad efo rhywun", after Respect's line: the lines for the partner
        # (a man's, where "he could ring someone too").
        theirs = "man" if re.search(r"\b(?:he|him|his|fo|fe|amdano)\b", text) else None
        _services(dispatcher, _lines(action, with_slots(tracker, route=None, asker="someone_else", gender=theirs, identity=None)), now, lang, FOR_THE_PARTNER)
        return [SlotSet("topic", "helpline")]
    friend = before == "worried_about_someone" or tracker.get_slot("asker") == "someone_else" and before is not None
    if friend and TELL_AN_ADULT.search(text) and words <= 20:
        _services(dispatcher, ["childline"], now, lang, TELL_AN_ADULT_ANSWER)  # "should i tell a teacher or is that snitching"
        return [SlotSet("topic", "helpline")]
    if friend and THEM_CHANGE.search(text) and words <= 20:
        _services(dispatcher, ["respect_phoneline"], now, lang, THEY_CAN_CHANGE)  # "hes my son, is there someone who can help him change"
        action.utter_helplines_then_999(dispatcher, tracker, "They, and you, can talk it through with a specialist:")
        return [SlotSet("topic", "helpline")]
    stalking = before == "describe_stalking" or tracker.get_slot("route") == "stalking"
    # (a friend confronting, after a stalking answer: "told her to tell him to leave her alone" is answered "don't engage", below)
    if friend and (WHAT_CAN_I_DO.search(text) or TOLD_ANYONE.search(text) or GOES_BACK.search(text) or CONFRONTING.search(text) and words <= 20 and not stalking):
        if CONFRONTING.search(text):
            dispatcher.utter_message(text=say(lang, DONT_CONFRONT))  # "should i go round n have it out with her": don't, first
        dispatcher.utter_message(response="utter_worried_about_someone")  # listen, believe, don't confront, a helpline, Clare's Law
        action.utter_helplines_then_999(dispatcher, tracker, "They, and you, can talk it through with a specialist:")
        return [SlotSet("topic", "helpline")]
    if WHAT_CAN_I_DO.search(text) and not stalking and ((before or "").startswith(("describe_", "clares_law_no_disclosure", "ask_what_is_abuse", "ask_is_this_abuse", "male_victim", "danger_now"))
                                       or tracker.get_slot("topic") in ("abuse_check", "law")):
        # "so what do i do then", after "nothing disclosed doesn't mean safe" or a description: who can help.
        action.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)
        return [SlotSet("topic", "helpline")]
    if stalking and MEET_ASKED.search(text) and words <= 20:
        # "ddylwn i gyfarfod efo fo jyst unwaith i sortio fo allan?": no, and what to do instead.
        dispatcher.utter_message(text=say(lang, DONT_MEET))
        _services(dispatcher, _lines(action, tracker), now, lang, None)
        return [SlotSet("topic", "helpline")]
    if MEET_ASKED.search(text) and words <= 16 and before != "worried_about_someone" and ((before or "").startswith("describe_") or before in ("ask_what_is_abuse", "ask_is_this_abuse", "male_victim", "ask_helpline", "inform", "danger_now")):
        dispatcher.utter_message(text=say(lang, DONT_CONFRONT))  # "should i just meet up with him and tell him to stop"
        action.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)
        return [SlotSet("topic", "helpline")]
    if stalking and (POLICE_WONT.search(text) or EVIDENCE_ASKED.search(text) or NO_THREATS.search(text) or WHAT_CAN_I_DO.search(text)) and words <= 25:
        # "ma'r heddlu'n deud bo nhw methu neud dim achos dio ddim di mygwth fi": it counts even without threats.
        dispatcher.utter_message(response="utter_stalking")
        if re.search(r"\b(?:police|polis|cops|101|report\w*|heddlu|riportio|adrodd)\b", text):
            # "be dwi fod i ddeud wrth yr heddlu? dydi o ddim di bygwth fi": it counts, and how to report it
            dispatcher.utter_message(text=say(lang, REPORT_STALKING).format(**police_numbers()))
        _services(dispatcher, _lines(action, tracker), now, lang, None)
        return [SlotSet("topic", "helpline")]
    if (EVIDENCE_ASKED.search(text) and (ASKING.search(text) or FOUND_IT.search(text)) or WORD_AGAINST.search(text)) and words <= 25 and not SCHEME_WORDS.search(text) and "101" not in text:
        # "should i keep the messages or delete them?": keep them, safely (never this chat cleared).
        dispatcher.utter_message(text=say(lang, EVIDENCE_ANSWER))
        if REPORT_WORDS.search(text):  # "want to report my ex for the messages... do i need to keep them": how, too
            dispatcher.utter_message(text=say(lang, REPORT_IT).format(**police_numbers()))
        _services(dispatcher, _lines(action, tracker), now, lang, None)
        return [SlotSet("topic", tracker.get_slot("topic") if tracker.get_slot("topic") in GUIDANCE_TOPICS else "helpline")]  # (after the orders: "can i apply myself" next)
    if before == "ask_cover_tracks" and CLEAR_HISTORY.search(text):
        dispatcher.utter_message(response="utter_cover_tracks")  # it says clearing history can itself be noticed
        return []
    if tracker.get_slot("access") == "text_only" and (TEXT_ROUTE_ASKED.search(text) or URGENT_IF.search(text) or OTHER_WAY_ASKED.search(text)) and words <= 16 and before is not None and not re.search(r"\btalk\w* to (?:someone|somebody|a person)\b", text):
        dispatcher.utter_message(text=text_access_text(lang))  # "how do i sign up for the text one", after the routes without a voice call
        if re.search(r"\b(?:them|they|the line|the helpline|helplines?|someone|somebody|anyone|anybody|a chat|chat|nhw|rhywun|rywun)\b", text):
            _services(dispatcher, _lines(action, tracker), now, lang, OTHER_WAYS_ANSWER)  # "can i text them instead": the lines' own text and chat routes
        return []
    if before in ("ask_privacy", "forget_conversation", "ask_cover_tracks") and WIPE_ASKED.search(text):
        dispatcher.utter_message(text=say(lang, WIPE_ANSWER))  # "how do i wipe it then", after "Harbour keeps no record"
        dispatcher.utter_message(text=say(lang, DANGER_LINE))
        return []
    sexual = before == "describe_sexual_abuse" or tracker.get_slot("route") == "sexual_violence"
    if sexual and SEXUAL_LINE_ASKED.search(text) and words <= 16:
        # "is there somewhere just for the sex side of it": the lines for sexual violence where they live.
        _services(dispatcher, _lines(action, with_slots(tracker, route="sexual_violence")), now, lang, SEXUAL_LINES)
        return [SlotSet("topic", "helpline")]
    # (the route may have moved on: "im 17. they cant see me on this" read as a teenager's, then "they have my passport")
    honour = tracker.get_slot("route") == "honour" or "describe_honour_abuse" in earlier_intents(tracker)[:3]
    if honour and HONOUR_ASKED.search(text) and words <= 24:
        dispatcher.utter_message(response="utter_honour_abuse")
        _services(dispatcher, _lines(action, with_slots(tracker, route="honour")), now, lang, None)
        return [SlotSet("route", "honour")]  # "im 17 is that even allowed", then "can anyone help me over there"
    described = bool(before) and (before.startswith("describe_") or before in ("ask_is_this_abuse", "male_victim"))
    if (described or before == "ask_what_is_abuse") and ONCE_ASKED.search(text) and words <= 20:
        # "he only did it the once tho, shoved me into the wardrobe door": once can be enough.
        dispatcher.utter_message(text=say(lang, ONCE_ANSWER))
        action.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)
        return []
    if tracker.get_slot("topic") == "refuge" and ADDRESS_ASKED.search(text) and words <= 16 and tracker.get_slot("asker") != "someone_else":
        # "just tell me the address ill get a taxi", after the refuge answer: kept secret, and who finds a space.
        action.utter_helplines_then_999(dispatcher, tracker, REFUGE_FOR_THEM)
        return [SlotSet("topic", "refuge")]
    if tracker.get_slot("topic") == "clares_law" and FEELS_OFF.search(text) and words <= 20 and not SCHEME_WORDS.search(text):
        # "i still feel funny about him if im honest", after the scheme: support now, whatever the police say
        action.utter_helplines_then_999(dispatcher, tracker, FEELING_ANSWER)
        return [SlotSet("topic", "helpline")]
    if PROOF_FIRST.search(text) and words <= 20 and before is not None and not re.search(r"\b(?:clare'?s|claire'?s|disclosure|dvds|dsdas|dvads|court|order|solicitor|id)\b", text):
        # "do i need proof before i ring them": no one has to report first, and the lines help whatever has been kept.
        dispatcher.utter_message(text=say(lang, PROOF_ANSWER))
        action.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)
        return [SlotSet("topic", "helpline")]
    if (NOT_READY.search(text) or NOT_TO_POLICE.search(text) and before is not None and not forms_in(text)) and words <= 14 and not SCHEME_WORDS.search(text) and tracker.get_slot("route") != "own_behaviour":
        # "not sure im ready to go to them yet", after asking about the police: no one has to, and the lines help either way.
        dispatcher.utter_message(text=say(lang, NOT_READY_ANSWER))
        action.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)
        return []
    about = answer_about_abuse(action, dispatcher, tracker, before, text)  # "is that actually illegal", "but hes never hit me"
    if about is not None:
        return about
    after_lines = tracker.get_slot("topic") not in {*GUIDANCE_TOPICS, "clares_law"}  # not "how much does a court order cost"
    tech = (before in TECH_INTENTS or before == "inform" and set(earlier_intents(tracker)[1:2]) & TECH_INTENTS  # (or one message on, past "im a bloke btw")
            or re.search(r"\b(?:phone|app|laptop|ipad|tablet|ffon|ap)\b", text) and re.search(r"\b(?:he|she|they)(?:'ll| will| would|'d)? (?:know|notice|see|find out)\b", text)  # "if i delete it he will know"
            or (before or "").startswith(("describe_", "ask_what_is_abuse", "ask_is_this_abuse")) and re.search(r"\b(?:airtag|tracker|app|spyware|it|that|the thing)\b", text) and words <= 16)  # "should i just rip it off"
    short = words <= 18 and before is not None  # a follow-up follows something
    lines = _lines(action, tracker)
    clear = (any(p.search(text) for p in (*CLEAR_FOLLOW_UP, BILL)) and not _another_line(text, lines) and not SCHEME_WORDS.search(text)
             or AUDIENCE_QUESTION.search(text) and not named_services(text)  # "ydi galop yn siarad efo merched?": that line, first
             or tech and REMOVE_IT.search(text))
    if FOR_THEM.search(text) and FOR_ME.search(text) and short and not SCHEME_WORDS.search(text):
        _services(dispatcher, lines, now, lang, FOR_ME_ANSWER)  # "can my mum ring someone for me", whatever came before
        return [SlotSet("topic", "helpline")]
    if understood and not (after_lines and short and clear) and not (tech and short and KNOWS_I_FOUND_IT.search(text)):
        return None
    if after_lines and short and FOUND_OUT.search(text):
        # "what if he finds out i rang them": what the lines keep to themselves, a safe phone, and the bill.
        dispatcher.utter_message(text=say(lang, FOUND_OUT_ANSWER))
        _services(dispatcher, lines, now, lang, WHERE_OFF_THE_BILL)
        return []
    if after_lines and (COST_ASKED.search(text) or BILL.search(text)):
        # "ydi o'n costio? dwi ar pay as you go", "will it come up on the phone bill": the lines
        # again, each saying whether it's free (and, where its source says so, off the bill).
        _services(dispatcher, lines, now, lang, WHERE_FREE if not BILL.search(text) else WHERE_OFF_THE_BILL)
        return []
    for pattern, intro in ((FOR_THEM, FOR_ME_ANSWER if FOR_ME.search(text) else FOR_THEM_ANSWER), (HOURS_ASKED, HOURS_ANSWER), (OTHER_WAY_ASKED, OTHER_WAYS_ANSWER), (WHAT_TO_SAY, WHAT_TO_SAY_ANSWER)):
        if after_lines and short and pattern.search(text) and not SCHEME_WORDS.search(text) and not PAST_CHECKED.search(text) and not forms_about_someone(text):  # (not "he makes her share her location 24/7")
            # "can i ring it for him", "ydyn nhw'n agored heno?", "can a email instead": the same lines,
            # whose blocks carry who may call, the hours and the other ways in.
            _services(dispatcher, lines, now, lang, intro)
            return []
    if AUDIENCE_QUESTION.search(text):
        # "is it just for girls tho? her brother might be getting the same": the lines for what
        # they've told us, each with who it is for (the answer's lines come from the same slots).
        _services(dispatcher, lines, now, lang, WHO_EACH_LINE_IS_FOR)
        return []
    if tech and (REMOVE_IT.search(text) or short and KNOWS_I_FOUND_IT.search(text)):  # (or "sa i moyn iddo fe wbod bo fi di ffindo mas")
        # "should i just delete it then": what removing it may bring, then who can help plan it.
        site = directory().service("refuge_tech_safety").website  # services.yml, with its source
        dispatcher.utter_message(text=say(lang, REMOVE_IT_ANSWER).format(site=site))
        action.utter_helplines_then_999(dispatcher, tracker, "These people can help:")
        return []
    return None


def _services(dispatcher: CollectingDispatcher, ids: List[str], now: datetime, lang: Optional[str], intro: Optional[str]) -> None:
    if intro:
        dispatcher.utter_message(text=say(lang, intro))
    for sid in ids:
        dispatcher.utter_message(text=format_service(directory().service(sid), now, lang), **{SERVICE_MARK: sid})
    dispatcher.utter_message(text=say(lang, DANGER_LINE))
