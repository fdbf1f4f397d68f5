"""A crisis only the classifier's score would call one — pure apart from Rasa's message type.

The danger and self-harm patterns run on every message; the classifier's own danger or self-harm
score is a second net. Where nothing in a message is near either (no word of the wide lists in
topic_words), the score alone is more often wrong than right ("for me. near stoke"), and the
profile extractor answers what else was asked.
"""
from __future__ import annotations

import re
from typing import Optional

from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY
from rasa.shared.nlu.training_data.message import Message

from harbour.abuse_forms import forms_in
from harbour.nlu.asked_words import named_services
from harbour.nlu.danger import DANGER, SELF_HARM, escalate, speaks_of_now
from harbour.nlu.places import PlaceMatcher
from harbour.nlu.topic_words import DANGER_HINT, SELF_HARM_HINT, SELF_HARM_NEAR, WELSH_DANGER_HINT, WELSH_SELF_HARM_HINT
from harbour.nlu.welsh_profile import fold

SAFETY_INTENTS = (DANGER, SELF_HARM)
# An apology for someone's English or typing ("brum. sorry my english not good") says nothing of how they feel.
_LANGUAGE_APOLOGY = re.compile(
    r"\b(?:sorry|soz|apologies)\b,? (?:for |about |if )?(?:my |the )?(?:bad |poor )?(?:english|spelling|typing|typos?|grammar)\b(?: (?:is |isn'?t |is not |not )?(?:very |so |too )?(?:good|great|bad|poor|the best))?|"
    r"\bmy (?:english|spelling|grammar|typing) (?:is )?(?:not|isn'?t|is not|no|not very|very|so) ?(?:good|great|bad|poor|the best)\b"
)
# Keeping notes as evidence ("what should i be keeping a note of", after the stalking answer) is not a suicide note.
# (Only keeping or taking notes: "writing a note for my kids" keeps every word that makes the score a crisis.)
_KEEPING_NOTES = re.compile(r"\b(?:keep|keeping|keepin|take|taking) (?:a )?(?:note|notes|diary|log|record)\b")
# Keeping what they sent as evidence ("shud i keep the texts") is not a threat received by text.
_KEEPING_MESSAGES = re.compile(r"\b(?:keep|keepin|keeping|save|saving|screenshot\w*|delete|deleting) (?:all )?(?:the |his |her |their |them |those |these |my )?(?:texts?|messages?|voicemails?|emails?|dms|voice ?notes?)\b")
# "its doing my wee head in", "im just gonna need to know tonight": impatience, not a crisis.
_HEAD_IN = re.compile(r"\b(?:doing|does|did|do) (?:my|me|ma) (?:wee |fucking |bloody )?(?:head|heid|nut|brain) in\b|\b(?:i |just )?need to know tonight\b")
# Locked out is not locked in: "ma partner battered me n locked me oot. am at ma pals" asks for somewhere to stay.
_LOCKED_OUT = re.compile(r"\b(?:locked|lockt|kicked|chucked|thrown|threw) (?:me|us|me and the kids|me n the kids) (?:out|oot)\b")
# Away for now is not here: "ok hes not back yet. wot do i take with me" asks what to pack.
# Gone now is not here either: "hes drove off now. whats the number for the clares law thing again".
_NOT_BACK = re.compile(r"\b(?:he|she|they|hes|shes|he'?s|she'?s|theyre|they'?re)(?: is| are)? (?:not|isnt|isn'?t|aint|still not) (?:back|home|here|in|around)(?: yet)?\b|"
                       r"\b(?:he|she|they|hes|shes|he'?s|she'?s|theyre|they'?re|theyve|they'?ve)(?: is| are| has| have)? (?:drove|driven|gone|left|went|walked|stormed) (?:off|away|out)?(?: now| again)?\b")
# "sorry how do i get one again": an apology before a question says nothing of how they feel.
_SORRY_ASKING = re.compile(r"^\W*(?:sorry|soz|sry|apologies)\b,?\.? ?(?=(?:but |just |again |,? ?)?(?:how|what|wot|wat|where|when|who|which|can|could|whats|wots|is|are|do|does|did|will|would|should)\b)")
_AFTER_PLACE_WAY = re.compile(r"^\s+way\b")


def _place_way_removed(lowered: str) -> str:
    """ "hes down the valleys, merthyr way": where someone lives, not someone on their way."""
    for _, end, _ in reversed(PlaceMatcher.from_path().find(lowered)):
        lowered = lowered[:end] + _AFTER_PLACE_WAY.sub(" ", lowered[end:], count=1)
    return lowered


# Tired of what someone does ("dead tired of it to be honest, he does it every shift"), not of living.
_TIRED_OF_THEM = re.compile(r"\b(?:dead |so |really |proper |sick and )?tired of (?:him|her|them|it|this|his \w+|her \w+|their \w+)\b(?! all\b)(?=.*\b(?:he|she|they|hes|shes|theyre) (?:does|do|did|keeps|is|are|goes|go)\b)")
# Seeing one's children is access, not a crisis: "ond ma hawl gyda fi weld plant fi!!", after a refusal.
_SEE_CHILDREN = re.compile(r"\bplant (?:fi|i) (?:di|ydi|yw|ydyn|ydan) nhw\b|\b(?:they'?re|theyre|they are) my (?:kids|children) too\b|\b(?:g?weld|gweld|see|seeing) (?:y |fy |'r |my |me |the |our )?(?:plant|mhlant|kids|children)(?: fi| i)?\b")
# Wanting to see one's children, said to the classifier's self-harm guess ("ive never laid a finger on her. i just
# want to see my kids", after a refusal): access, with the wanting (a near word alone) taken with it.
_WANT_TO_SEE_CHILDREN = re.compile(
    r"\b(?:(?:i )?(?:just |only )?(?:want|wanna|need|have a right|got a right|the right|rights) (?:to )?)?(?:see|seeing|visit|visiting) "
    r"(?:my |me |ma |the |our )?(?:kids|children|son|daughter|boys?|girls?|baby|babby|bairns|weans)\b"
)
# Asking for somewhere to go ("is there anywhere i can go tonight, cant go back to the house") or declining to say
# where they live ("dont wanna say where sorry"): a roof and a place, not a crisis; the everyday near words go with it.
_SOMEWHERE_TO_GO = re.compile(
    r"\b(?:any|some|no)(?:where| where| place) (?:(?:i|we|me and the kids|me n the kids) )?(?:can |could |to )?(?:go|stay|sleep|live)\b|"
    r"\bwhere (?:can|could|do|should) (?:i|we) (?:go|stay|sleep)\b|\b(?:cant|can'?t|cannot) go (?:back|home)\b|"
    r"\b(?:dont|don'?t|do not|rather not|not) (?:wanna|want to|going to|gonna) (?:say|tell (?:you|u)) (?:where|that|the place|my town|the town)\b"
)
# What someone calls them ("my daughter... says im a burden"): the abuse told, not how they feel of themselves.
_CALLED_BY_THEM = re.compile(
    r"\b(?:says?|said|calls?|called|tells? me|told me|makes? me feel|made me feel)(?: like)? (?:(?:that )?(?:i'?m|im|i am|i was|me) )?(?:a |an )?"
    r"(?:burden|useless|worthless|pathetic|nothing|waste of space)\b"
)
# Planning where to be if it starts ("what room should i go to. i know to keep out the kitchen cos of the knives").
_ROOM_PLANNING = re.compile(
    r"\b(?:what|which|wot|wat) room\b|\b(?:keep|stay|get) out (?:of )?the kitchen\b(?: (?:cos|because|coz|cause|cuz) of the (?:knives|knifes))?|"
    r"\bkitchen (?:cos|because|coz|cause|cuz) of the (?:knives|knifes)\b"
)
# Who someone is to them now ("ond ex fi di o, dim partner fi rwan", "were not together now"): a status, not a crisis now.
_STATUS_NOW = re.compile(
    r"\b(?:dim|ddim|not|no longer|nt)(?: yn| my)? (?:partner|bartner|cariad|gariad|gwr|wr|gwraig|wraig|boyfriend|bf|girlfriend|gf|husband|wife|together|efo'?n gilydd|gyda'?n gilydd)"
    r"(?: (?:fi|i|mine|me))? (?:rwan|nawr|now|anymore|any more|mwyach)\b|\bex (?:fi|i) (?:di|yw|ydi|ydy) (?:o|e|hi|fo|fe)\b"
)
# Wanting to stop what they do, after telling of it ("i do want to stop. honestly"): change, not a crisis.
_WANT_TO_STOP = re.compile(r"\bi (?:do |really |honestly |genuinely )?(?:want|wanna|need) to (?:stop|change)\b(?! (?:living|breathing|existing|everything|it all|the pain|feeling))")
# A number asked for again ("whats the number for the clares law thing again"): "again" is a repeat, not him again.
_ASKED_AGAIN = re.compile(r"\b(?:what(?:'?s| is| was)|wots|wats|whats) (?:the |that )?(?:number|no|line|website|site|name)\b.{0,50}\bagain\b")
# Words taken out before the near words are looked for, in this order.
# Medicine someone else hides or withholds, or a doctor gave ("he keeps hiding my epilepsy tablets", "the gp gave me pills for it",
# "she wouldnt take her tablets"): not pills at hand to take.
_MEDS_NOT_AT_HAND = re.compile(
    r"\b(?:hides?|hiding|hidin|hid|takes?|took|keeps?|flush\w*|bins?|binned|withhold\w*|won'?t give|wont give|doesn'?t give|doesnt give) (?:all )?(?:my|me|her|his|their) "
    r"(?:epilepsy |heart |diabetes |seizure |blood pressure |inhaler |asthma )?(?:tablets|pills|meds|medication|medicine|insulin)\b|"
    r"\b(?:gp|doctor|doc|nurse|chemist|pharmacist)\b.{0,30}\b(?:gave|gives|give|prescribed|put) (?:me|her|him) (?:on )?(?:some )?(?:pills|tablets|meds|medication|antidepressants)\b|"
    r"\b(?:wouldn'?t|wouldnt|won'?t|wont|refuses? to|refused to) take (?:her|his|their) (?:tablets|pills|meds|medication|medicine)\b"
)
# Notes left by someone else ("my ex... leaves notes in the post box"): stalking, not a farewell.
_NOTES_LEFT_FOR_ME = re.compile(r"\b(?:he|she|they|ex|partner)\b.{0,40}\b(?:leaves?|left|leaving|sends?|puts?|posts?|posting) (?:\w+ )?(?:notes?|letters?|cards?)\b")
_END_OF_A_PLACE = re.compile(r"\bthe end of (?:the|our|my|his|her|their) (?:lane|road|street|drive|garden|path|close|track|field|day|week|month|year)\b")
# A device, not a life: "sorry phone died", "should i just wipe it tonight" (after the tech answer).
_DEVICE_TALK = re.compile(r"\b(?:phone|battery|mobile|signal|wifi|laptop|charger)(?: \w+)? (?:died|dead|dying|went dead|cut out|went off)\b|"
                          r"\b(?:wipe|delete|reset|clear|factory reset|uninstall|get rid of) (?:it|that|the (?:app|phone|laptop|tracker|history)|my (?:phone|laptop|history)|everything)\b")
# What Harbour needs from them ("dae ah need tae gie ma name or address tae get help aff ye"): a question about details.
_DETAILS_ASKED = re.compile(r"\b(?:do|dae|have|need|got)\b.{0,15}\b(?:give|gie|tell|say)\b.{0,12}\b(?:name|address|details)\b.{0,40}")
# Help on its way ("police are on the way now. what do i do after, shes 74"): what to do next, not a new crisis.
_HELP_COMING = re.compile(r"\b(?:police|ambulance|cops|polis|paramedics)(?: are| is|'re|s)? (?:on (?:their|the|its) way|coming|here|outside|with (?:her|him|them|us|me))(?: now)?\b")
# A current arrangement ("he does her personal care now", "shes living with him now"): how things are, not a crisis now.
_ARRANGEMENT_NOW = re.compile(r"\b(?:does|do|looks after|cares for|lives with|living with|moved in with|works (?:at|for|with)|stays with|staying with)\b[^.?!]{0,40}\bnow\b(?=\s*(?:[.?!,]|$))")
_NOT_OF_A_CRISIS = (_ARRANGEMENT_NOW, _DETAILS_ASKED, _HELP_COMING, _MEDS_NOT_AT_HAND, _NOTES_LEFT_FOR_ME, _END_OF_A_PLACE, _LANGUAGE_APOLOGY, _KEEPING_NOTES, _SORRY_ASKING, _HEAD_IN, _TIRED_OF_THEM, _WANT_TO_SEE_CHILDREN, _CALLED_BY_THEM, _ROOM_PLANNING, _WANT_TO_STOP, _ASKED_AGAIN)
_EVERYDAY_NEAR = frozenset("now mum mam kids help please pls can't cant cannot scared afraid leave leaving over gone sorry tonight live living miss wanna".split()) | {"want to"}


def crisis_by_score_alone(message: Message, found: Optional[str], text: str, lowered: str, language: Optional[str]) -> bool:
    """A message only the classifier's score would make a crisis (``found``: the patterns' verdict), with
    no word near one in it ("for me. near stoke"). The word lists are wide on purpose: the score stays a
    second net wherever anything in the message points to a crisis."""
    if found is not None:
        return False
    intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
    scores = {item.get(INTENT_NAME_KEY): item.get(PREDICTED_CONFIDENCE_KEY) or 0.0 for item in message.get(INTENT_RANKING_KEY) or []}
    guess = intent if intent in SAFETY_INTENTS else escalate(intent, scores)
    impatient, planning = bool(_HEAD_IN.search(lowered)), bool(_ROOM_PLANNING.search(lowered) or _DEVICE_TALK.search(lowered))
    for words in _NOT_OF_A_CRISIS:
        lowered = words.sub(" ", lowered)
    folded = fold(text)
    if guess == SELF_HARM:  # in a description ("took 3 loans out in my name and now..."), everyday near words don't count
        near = WELSH_SELF_HARM_HINT.search(folded) if language == "cy" else {m.group(0) for m in SELF_HARM_NEAR.finditer(lowered)} - (_EVERYDAY_NEAR if forms_in(lowered) or _SOMEWHERE_TO_GO.search(lowered) or planning or set(named_services(lowered)) - {"samaritans"} else set())
        if language != "cy" and near and near <= {"please", "pls", "plz"} and (scores.get(SELF_HARM, 0.0) < 0.5 or impatient):
            near = set()  # an unsure guess whose only near word is "please": "please i just need to know tonight" (pressing)
        return not (SELF_HARM_HINT.search(lowered) or near)
    if guess == DANGER:
        lowered = _place_way_removed(_NOT_BACK.sub(" ", _LOCKED_OUT.sub(" ", _KEEPING_MESSAGES.sub(" ", _SEE_CHILDREN.sub(" ", lowered)))))
        lowered, folded = _STATUS_NOW.sub(" ", lowered), _STATUS_NOW.sub(" ", _SEE_CHILDREN.sub(" ", folded))
        if lowered.rstrip().endswith("?") and len(lowered.split()) <= 12 and language != "cy" and not speaks_of_now(text):
            return True  # a short question that says nothing of now: "so after 2 days he just walks back in??", after the police orders
        return not (DANGER_HINT.search(lowered) or (language == "cy" and WELSH_DANGER_HINT.search(folded)))
    return False
