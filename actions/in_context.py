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
from typing import List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import DANGER_LINE, HarbourAction, directory, language, with_slots
from harbour.language import say
from harbour.nlu.language import asks_for_a_welsh_speaker
from harbour.nlu.topic_words import AUDIENCE_QUESTION, named_services
from harbour.routing import format_service
from harbour.vocab import GUIDANCE_TOPICS, SERVICE_MARK

# "is that number free?", "whats the number again", "y rhif yna" (the bill and the cost: BILL, COST_ASKED)
SAME_NUMBER = re.compile(
    r"\b(?:that|the|this|ur|your|their) (?:number|line|helpline)\b|\b(?:that|this) one\b(?! (?:who|that|abusing|hurting|doing))|\bis (?:it|that|this|they|the call) (?:free|anonymous)\b|"
    r"\bnumber again\b|\b(?:y rhif|rhif (?:yna|na|yma|hwnna))\b"
)
# "whats the mens number again": another line than the one just given.
OTHER_LINE = re.compile(
    r"\b(?:mens|men'?s|men|male|lads?|blokes?|women'?s|womens|women|lgbt\w*|gay|trans|galop|respect|refuge|childline|hourglass|karma|"
    r"stalking|police|101|welsh|wales|scottish|scotland|irish|ireland|domestic|dynion|merched|heddlu|cymraeg)\b"
)
# After the tech-abuse answer: "should i just delete it", "can i take it off", "ddylwn i jyst dileu'r app?"
REMOVE_IT = re.compile(
    r"\b(?:delete|deleting|remove|removing|uninstall\w*|get rid of|take (?:it|that|the app) off|turn (?:it|that|location) off|switch (?:it|that|location) off|"
    r"wipe|reset|factory reset|block (?:it|him|her)|change (?:my |the |all my )?(?:password|passwords|passcode|pin))\b|\b(?:dileu|ddileu|tynnu|dynnu|cael gwared|diffodd|ailosod)\b"
)
TECH_INTENTS = frozenset({"describe_tech_abuse", "ask_cover_tracks"})
REMOVE_IT_ANSWER = (
    "Changing a password, removing a spying app or switching off location sharing can be noticed by the person watching you. "
    "If you can, talk it through with a helpline first, from a device they've never had access to. Refuge's "
    "tech safety site, {site}, has step-by-step guides that warn you which changes may be noticed."
)
WHO_EACH_LINE_IS_FOR = "Who each line is for:"
WHERE_FREE = "Where a line is free to call, it says so:"
WHERE_OFF_THE_BILL = "Where a line is free, or its source says it won't show on a phone bill, it says so. If it doesn't say, it may show:"
# "does it cost anything", "ydi o'n costio?"
COST_ASKED = re.compile(r"\b(?:cost|costs|costing|charge|charged|pay for it|credit)\b|\b(?:costio|gostio|talu amdano|am ddim|pris|credyd)\b")
BILL = re.compile(r"\b(?:phone |mobile )?bill\b|\bbil\b|\bcome up on\b|\bshow (?:up )?on\b")
REFUSED = frozenset({"ask_locate_person", "ask_monitor_someone", "ask_check_person"})
# Pressing after a refusal: "please, im not gonna do anything, i just want to talk to her", "ond dwi'n deulu iddi".
PUSHBACK = re.compile(
    r"\bjust (?:want|wanna|need)s? to (?:talk to|see|speak to) (?:her|him|them|my)\b|\bnot (?:going to|gonna|gunna) (?:do|hurt|touch)\b|\b(?:have|got) (?:a|every) right\b|"
    r"\b(?:she'?s|shes|he'?s|hes|they'?re) my (?:wife|husband|partner|girlfriend|boyfriend|daughter|son|sister|brother|kids|children)\b|\bcome on\b|"
    r"\bi'?m (?:her|his|their) (?:husband|wife|partner|family|dad|mum|brother|sister)\b|\b(?:dwi'?n|dw i'?n|fi'?n) (?:deulu|dad|mam|gwr|wr) (?:iddi|iddo|iddyn)\b|"
    r"\b(?:jyst|jest|dim ond) (?:isio|eisiau|moyn) (?:siarad efo|siarad gyda|gweld) (?:hi|o|fo|fe|nhw|y plant)\b|"
    r"\bc'?mon\b|\bjust (?:tell|say|give) (?:me|us|it)\b|\b(?:jyst|jest) (?:deud|dweud|gweud)\b|\b(?:fi|dwi|dw i)(?:'n| di| yn) (?:deulu|teulu)\b|"
    r"\bhow am i (?:meant|supposed) to see\b|\b(?:its|it'?s|it is) not abuse if\b|\b(?:i'?m|im|i am) (?:just|only) (?:worried|curious|checking)\b"
)
# "can i email them instead", "alla i ebostio?", "can i text instead": the line's other ways in.
OTHER_WAY_ASKED = re.compile(
    r"\b(?:can|could|do|should) (?:i|a|we) (?:e-?mail|text|txt|message|web ?chat|chat online)\b|\b(?:e-?mail|text|txt|web ?chat|message) (?:them|instead|rather)\b|"
    r"\b(?:email address|by email|by text|online chat|another way|other way|other ways)\b|\b(?:ffordd arall|ffyrdd eraill)\b|"
    r"\b(?:don'?t|dont|do not) want to (?:talk|speak|ring|call) (?:on the phone|out loud)\b|\b(?:ddim|dim) (?:isio|eisiau|moyn) (?:siarad ar (?:y )?ffon|ffonio)\b|"
    r"\b(?:e-?bost\w*|ebostio|tecstio|decstio|neges destun|sgwrs (?:ar y we|ar-lein|arlein))\b"
)
# "are they open tonight", "ydyn nhw'n agored heno?", "what time do they shut"
HOURS_ASKED = re.compile(
    r"\b(?:open|opening|hours|shut|close|closed)\b.{0,20}\b(?:now|tonight|today|weekend|sunday|saturday|late|night)\b|\bwhat time\b|\bopening hours\b|\bare they open\b|"
    r"\b(?:agored|ar agor|oriau)\b|\bpa (?:amser|oriau)\b"
)
# "can i ring it for him", "does it have to be her", "alla i ffonio ar ei rhan hi"
FOR_THEM = re.compile(
    r"\b(?:ring|call|phone|contact) (?:it |them |this |that |the line |up )?(?:for|on behalf of) (?:him|her|them|my \w+)\b|\bon (?:his|her|their) behalf\b|"
    r"\b(?:does|do) it (?:have|has) to be (?:him|her|them)\b|\bar (?:ei|eu) (?:ran|rhan)\b|\bffonio (?:drosto|drosti|drostyn)\b"
)
FOR_THEM_ANSWER = "You can call for them. These lines talk to friends and family too, about how to help:"
HOURS_ANSWER = "When each line is open, where it's known:"
OTHER_WAYS_ANSWER = "Other ways to reach each line, where they have them:"
# "i dont want samaritans, i want someone who gets the abuse side of it"
NOT_SAMARITANS = re.compile(
    r"\b(?:dont|don'?t|do not|not) (?:want|need|wanna) (?:the )?samaritans\b|\b(?:abuse side|about abuse|knows about abuse|gets the abuse|understands abuse)\b|"
    r"\bddim (?:isio|eisiau|moyn) (?:y )?samaritans\b"
)
ABUSE_LINES = "These lines are for domestic abuse, and can talk it through with you:"
# After the honour-based abuse answer: "is it even legal at 17", "shes says its just arranged not forced",
# "what if they take me abroad", "be os dwi allan o'r wlad yn barod": that answer (the law, arranged or
# forced) and its lines (the Forced Marriage Unit's number from abroad) again.
HONOUR_ASKED = re.compile(
    r"\b(?:legal|illegal|allowed|against the law|the law|arranged|abroad|overseas|out of the country|back home|passport|age|under 18|at 1[0-7])\b|"
    r"\b(?:cyfreithlon|anghyfreithlon|yn erbyn y gyfraith|trefnu|wedi(?:'i)? drefnu|dramor|tramor|allan o'?r wlad|pasbort|oed)\b"
)
# Short follow-ups whose words say what they ask of the answer just given, whatever the classifier guessed.
CLEAR_FOLLOW_UP = (OTHER_WAY_ASKED, HOURS_ASKED, FOR_THEM)  # and AUDIENCE_QUESTION, which names who


def _earlier_messages(tracker: Tracker) -> List[Tuple[Optional[str], str]]:
    """(intent, lowered text) of the person's messages before the latest one, newest first."""
    found = [
        (((event.get("parse_data") or {}).get("intent") or {}).get("name"), (event.get("text") or "").lower())
        for event in reversed(tracker.events)
        if event.get("event") == "user"
    ]
    return found[1:]


def previous_intent(tracker: Tracker) -> Optional[str]:
    """The intent the person's previous message (before the latest one) was answered as."""
    earlier = _earlier_messages(tracker)
    return earlier[0][0] if earlier else None


def _samaritans_follow_up(text: str) -> bool:
    return bool(
        (SAME_NUMBER.search(text) or BILL.search(text) or COST_ASKED.search(text) or OTHER_WAY_ASKED.search(text) or HOURS_ASKED.search(text))
        and not OTHER_LINE.search(text)
        or asks_for_a_welsh_speaker(text)
    )


def _route_before_this_message(tracker: Tracker) -> Optional[str]:
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
    itself a follow-up about Samaritans ("is it free?"), self-harm still ("will he see it on the bill")."""
    earlier = _earlier_messages(tracker)
    if len(earlier) >= 2 and earlier[1][0] == "self_harm" and _samaritans_follow_up(earlier[0][1]):
        return "self_harm"
    return earlier[0][0] if earlier else None


def _lines(action: HarbourAction, tracker: Tracker) -> List[str]:
    return [service.id for service in action.routing(tracker).primary]


def answer_in_context(action: HarbourAction, dispatcher: CollectingDispatcher, tracker: Tracker, understood: bool = False) -> bool:
    """Answers a follow-up about the answer just given; False (nothing sent) for anything else.
    ``understood``: the classifier placed the message (as "which helpline?"), so only a follow-up
    whose own words say so (Samaritans' number, the bill, email, hours, calling for someone, who a
    line is for, resetting a phone after the tech answer) is taken as one.
    The lines are the last answer's: the route as it stood before this message, whose own slot
    mappings may have changed it ("is that just for men who hit women", read as a man asking)."""
    asked_about = _route_before_this_message(tracker)
    if asked_about and asked_about != tracker.get_slot("route"):
        tracker = with_slots(tracker, route=asked_about)
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    lang = language(tracker)
    now = action.clock()
    before = answered_about(tracker)
    if before == "self_harm" and (_samaritans_follow_up(text) or tracker.get_slot("access") == "text_only"):
        # "is that number free? he goes thru the phone bill every month": Samaritans, again;
        # "fysa nhw'n gallu siarad cymraeg efo fi?": their block names the Welsh Language Line;
        # "dim rili isio ffonio neb", "can i email them instead": their block has the email address.
        _services(dispatcher, ["samaritans"], now, lang, None)
        return True
    if before == "self_harm" and NOT_SAMARITANS.search(text):
        # "i dont want samaritans, i want someone who gets the abuse side of it": the abuse lines.
        _services(dispatcher, _lines(action, tracker), now, lang, ABUSE_LINES)
        return True
    if before in ("ask_locate_person", "ask_monitor_someone") and SAME_NUMBER.search(text):
        # "ffs. ok rho'r rhif na eto": the number the refusal gave (Respect's).
        _services(dispatcher, ["respect_phoneline"], now, lang, None)
        return True
    if before in REFUSED:
        return False  # after a refusal, what follows is the refusal's (refuse_again)
    honour = before == "describe_honour_abuse" or tracker.get_slot("route") == "honour"
    if honour and HONOUR_ASKED.search(text) and len(text.split()) <= 16:
        dispatcher.utter_message(response="utter_honour_abuse")
        _services(dispatcher, _lines(action, tracker), now, lang, None)
        return True
    after_lines = tracker.get_slot("topic") not in {*GUIDANCE_TOPICS, "clares_law"}  # not "how much does a court order cost"
    short = len(text.split()) <= 14 and before is not None  # a follow-up follows something
    clear = (any(p.search(text) for p in (*CLEAR_FOLLOW_UP, BILL)) and not OTHER_LINE.search(text)
             or AUDIENCE_QUESTION.search(text) and not named_services(text)  # "ydi galop yn siarad efo merched?": that line, first
             or before in TECH_INTENTS and REMOVE_IT.search(text))
    if understood and not (after_lines and short and clear):
        return False
    lines = _lines(action, tracker)
    if after_lines and (COST_ASKED.search(text) or BILL.search(text)):
        # "ydi o'n costio? dwi ar pay as you go", "will it come up on the phone bill": the lines
        # again, each saying whether it's free (and, where its source says so, off the bill).
        _services(dispatcher, lines, now, lang, WHERE_FREE if not BILL.search(text) else WHERE_OFF_THE_BILL)
        return True
    for pattern, intro in ((FOR_THEM, FOR_THEM_ANSWER), (HOURS_ASKED, HOURS_ANSWER), (OTHER_WAY_ASKED, OTHER_WAYS_ANSWER)):
        if after_lines and short and pattern.search(text):
            # "can i ring it for him", "ydyn nhw'n agored heno?", "can a email instead": the same lines,
            # whose blocks carry who may call, the hours and the other ways in.
            _services(dispatcher, lines, now, lang, intro)
            return True
    if AUDIENCE_QUESTION.search(text):
        # "is it just for girls tho? her brother might be getting the same": the lines for what
        # they've told us, each with who it is for (the answer's lines come from the same slots).
        _services(dispatcher, lines, now, lang, WHO_EACH_LINE_IS_FOR)
        return True
    if before in TECH_INTENTS and REMOVE_IT.search(text):
        # "should i just delete it then": what removing it may bring, then who can help plan it.
        site = directory().service("refuge_tech_safety").website  # services.yml, with its source
        dispatcher.utter_message(text=say(lang, REMOVE_IT_ANSWER).format(site=site))
        action.utter_helplines(dispatcher, tracker, "These people can help:")
        dispatcher.utter_message(text=say(lang, DANGER_LINE))
        return True
    return False


def _services(dispatcher: CollectingDispatcher, ids: List[str], now: datetime, lang: Optional[str], intro: Optional[str]) -> None:
    if intro:
        dispatcher.utter_message(text=say(lang, intro))
    for sid in ids:
        dispatcher.utter_message(text=format_service(directory().service(sid), now, lang), **{SERVICE_MARK: sid})
    dispatcher.utter_message(text=say(lang, DANGER_LINE))
