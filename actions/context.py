"""Pressing after a refusal: the refusal again (the other follow-ups read in context are in
actions/in_context.py, which the answers themselves import)."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import as_intent
from actions.clares_law import ActionClaresLaw, utter_guide
from actions.follow_up_words import PUSHBACK
from actions.in_context import REFUSED, previous_intent, recent_refusals
from actions.refusals import ActionRefuse

# "ok so how else can i check hes safe", after "I can't help with reading their messages"
OTHER_WAY_TO_CHECK = re.compile(
    r"\bhow else\b|\b(?:another|other|legal|proper|right) way\b|\bcheck (?:he|she|they)(?:'?s| is| are)? (?:safe|ok|okay|alright)\b|"
    r"\bffordd arall\b|\bffordd gyfreithlon\b|\bsut arall\b"
)
LAWFUL_WAY = "I can't help with reading their messages, but there is a lawful way to ask the police about someone's partner: Clare's Law."
# "how do i do that", "sut dwi'n neud hynna ta"
HOW_TO = re.compile(r"\bhow (?:do|can|would|should) i\b|\bsut (?:dwi'?n|dw i'?n|ydw i'?n|mae|ma|alla i|fedra i|ga i)\b")


async def refuse_again(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any], pressed_only: bool = False
) -> Optional[List[Dict[Text, Any]]]:
    """Straight after a refusal, the refusal again (None, nothing sent, otherwise): "ond dwi'n deulu
    iddi", "please, im not gonna do anything, i just want to talk to her". A record check is refused by
    the Clare's Law answer, and "sut dwi'n neud hynna ta" after it gets how to apply.
    ``pressed_only``: the classifier placed the message, so only pressing (PUSHBACK) counts."""
    refused = previous_intent(tracker)
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    if refused not in REFUSED and PUSHBACK.search(text):
        # pressed a second time ("theyre MY kids i have rights", then "how do i see them the legal way then")
        refused = (recent_refusals(tracker) or [refused])[0]
    if refused not in REFUSED or pressed_only and not PUSHBACK.search(text):
        return None
    if refused == "ask_check_person" and not pressed_only and HOW_TO.search(text):
        return utter_guide(dispatcher, tracker, None)
    if refused == "ask_monitor_someone" and OTHER_WAY_TO_CHECK.search(text):
        return utter_guide(dispatcher, tracker, LAWFUL_WAY)  # "ok so how else can i check hes safe": the scheme, for their daughter
    again = ActionClaresLaw if refused == "ask_check_person" else ActionRefuse
    return await again().run(dispatcher, as_intent(tracker, refused), domain)
