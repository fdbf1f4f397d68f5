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
from rasa_sdk.executor import CollectingDispatcher

from actions.base import DANGER_LINE, HarbourAction, as_intent, directory, language
from actions.clares_law import ActionClaresLaw, utter_guide
from actions.refusals import ActionRefuse
from harbour.language import say
from harbour.nlu.language import asks_for_a_welsh_speaker
from harbour.nlu.topic_words import AUDIENCE_QUESTION
from harbour.routing import format_service
from harbour.vocab import GUIDANCE_TOPICS, SERVICE_MARK

# "is that number free?", "whats the number again", "y rhif yna" (the bill and the cost: BILL, COST_ASKED)
SAME_NUMBER = re.compile(
    r"\b(?:that|the|this|ur|your|their) (?:number|line|helpline|one)\b|\bis (?:it|that|this|they|the call) (?:free|anonymous)\b|"
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
    r"wipe|reset|factory reset|block (?:it|him|her))\b|\b(?:dileu|ddileu|tynnu|dynnu|cael gwared|diffodd|ailosod)\b"
)
TECH_INTENTS = frozenset({"describe_tech_abuse", "ask_cover_tracks"})
REMOVE_IT_ANSWER = (
    "Removing a spying app, or switching off location sharing, can be noticed by the person who set it up. "
    "If you can, talk it through with a helpline first, from a device they've never had access to. Refuge's "
    "tech safety site, {site}, has step-by-step guides that warn you which changes may be noticed."
)
WHO_EACH_LINE_IS_FOR = "Who each line is for:"
WHERE_FREE = "Where a line is free to call, it says so:"
# "does it cost anything", "ydi o'n costio?"
COST_ASKED = re.compile(r"\b(?:cost|costs|costing|charge|charged|pay for it|credit)\b|\b(?:costio|gostio|talu amdano|am ddim|pris|credyd)\b")
BILL = re.compile(r"\b(?:phone |mobile )?bill\b|\bbil\b|\bcome up on\b|\bshow (?:up )?on\b")
REFUSED = frozenset({"ask_locate_person", "ask_monitor_someone", "ask_check_person"})
# Pressing after a refusal: "please, im not gonna do anything, i just want to talk to her", "ond dwi'n deulu iddi".
PUSHBACK = re.compile(
    r"\bjust (?:want|wanna|need)s? to (?:talk to|see|speak to) (?:her|him|them|my)\b|\bnot (?:going to|gonna|gunna) (?:do|hurt|touch)\b|\b(?:have|got) (?:a|every) right\b|"
    r"\b(?:she'?s|shes|he'?s|hes|they'?re) my (?:wife|husband|partner|girlfriend|boyfriend|daughter|son|sister|brother|kids|children)\b|\bcome on\b|"
    r"\bi'?m (?:her|his|their) (?:husband|wife|partner|family|dad|mum|brother|sister)\b|\b(?:dwi'?n|dw i'?n|fi'?n) (?:deulu|dad|mam|gwr|wr) (?:iddi|iddo|iddyn)\b|"
    r"\b(?:jyst|jest|dim ond) (?:isio|eisiau|moyn) (?:siarad efo|siarad gyda|gweld) (?:hi|o|fo|fe|nhw|y plant)\b"
)
# "how do i do that", "sut dwi'n neud hynna ta"
HOW_TO = re.compile(r"\bhow (?:do|can|would|should) i\b|\bsut (?:dwi'?n|dw i'?n|ydw i'?n|mae|ma|alla i|fedra i|ga i)\b")


def previous_intent(tracker: Tracker) -> Optional[str]:
    """The intent the person's previous message (before the latest one) was answered as."""
    seen = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen += 1
            if seen == 2:
                return ((event.get("parse_data") or {}).get("intent") or {}).get("name")
    return None


def answer_in_context(action: HarbourAction, dispatcher: CollectingDispatcher, tracker: Tracker, understood: bool = False) -> bool:
    """Answers a follow-up about the answer just given; False (nothing sent) for anything else.
    ``understood``: the classifier placed the message (as "which helpline?"), so only a question
    about the number just given ("is that number free?") is taken as a follow-up."""
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    lang = language(tracker)
    now = action.clock()
    before = previous_intent(tracker)
    if before == "self_harm" and (
        (SAME_NUMBER.search(text) or BILL.search(text) or COST_ASKED.search(text)) and not OTHER_LINE.search(text)
        or asks_for_a_welsh_speaker(text) or tracker.get_slot("access") == "text_only"
    ):
        # "is that number free? he goes thru the phone bill every month": Samaritans, again;
        # "fysa nhw'n gallu siarad cymraeg efo fi?": their block names the Welsh Language Line;
        # "dim rili isio ffonio neb": their block has the email address.
        _services(dispatcher, ["samaritans"], now, lang, None)
        return True
    if understood or before in REFUSED:
        return False  # after a refusal, what follows is the refusal's (refuse_again)
    after_lines = tracker.get_slot("topic") not in {*GUIDANCE_TOPICS, "clares_law"}  # not "how much does a court order cost"
    if after_lines and (COST_ASKED.search(text) or BILL.search(text)):
        # "ydi o'n costio? dwi ar pay as you go", "will it come up on the phone bill": the lines
        # again, each saying whether it's free (and, where its source says so, off the bill).
        _services(dispatcher, [service.id for service in action.routing(tracker).primary], now, lang, WHERE_FREE)
        return True
    if AUDIENCE_QUESTION.search(text):
        # "is it just for girls tho? her brother might be getting the same": the lines for what
        # they've told us, each with who it is for (the answer's lines come from the same slots).
        _services(dispatcher, [service.id for service in action.routing(tracker).primary], now, lang, WHO_EACH_LINE_IS_FOR)
        return True
    if before in TECH_INTENTS and REMOVE_IT.search(text):
        # "should i just delete it then": what removing it may bring, then who can help plan it.
        site = directory().service("refuge_tech_safety").website  # services.yml, with its source
        dispatcher.utter_message(text=say(lang, REMOVE_IT_ANSWER).format(site=site))
        action.utter_helplines(dispatcher, tracker, "These people can help:")
        dispatcher.utter_message(text=say(lang, DANGER_LINE))
        return True
    return False


async def refuse_again(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any], pressed_only: bool = False
) -> Optional[List[Dict[Text, Any]]]:
    """Straight after a refusal, the refusal again (None, nothing sent, otherwise): "ond dwi'n deulu
    iddi", "please, im not gonna do anything, i just want to talk to her". A record check is refused by
    the Clare's Law answer, and "sut dwi'n neud hynna ta" after it gets how to apply.
    ``pressed_only``: the classifier placed the message, so only pressing (PUSHBACK) counts."""
    refused = previous_intent(tracker)
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    if refused not in REFUSED or pressed_only and not PUSHBACK.search(text):
        return None
    if refused == "ask_check_person" and not pressed_only and HOW_TO.search(text):
        return utter_guide(dispatcher, tracker, None)
    again = ActionClaresLaw if refused == "ask_check_person" else ActionRefuse
    return await again().run(dispatcher, as_intent(tracker, refused), domain)


def _services(dispatcher: CollectingDispatcher, ids: List[str], now: datetime, lang: Optional[str], intro: Optional[str]) -> None:
    if intro:
        dispatcher.utter_message(text=say(lang, intro))
    for sid in ids:
        dispatcher.utter_message(text=format_service(directory().service(sid), now, lang), **{SERVICE_MARK: sid})
    dispatcher.utter_message(text=say(lang, DANGER_LINE))
