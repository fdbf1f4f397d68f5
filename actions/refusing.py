"""What Harbour says when it refuses a request: finding someone, watching someone (the record check is
refused by the Clare's Law answer). Shared by the refusal action and by answers that meet someone
pressing after a refusal."""
from __future__ import annotations

import re
from typing import Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import DANGER_LINE, HarbourAction, directory, police_numbers, with_slots
from actions.in_context import previous_intent
from harbour.abuse_forms import forms_in
from harbour.language import say
from harbour.nlu.profile import extract
from harbour.nlu.refusals import MONITOR_ASKED
from harbour.routing import format_service
from harbour.vocab import SERVICE_MARK

LOCATE = (
    "I can't help find where someone is or where they're staying. Refuge addresses are kept secret "
    "to keep the people in them safe, and Harbour never looks for anyone."
)
MONITOR = (
    "I can't help with tracking someone's phone or reading their messages. Doing that to a partner "
    "or family member can be part of controlling behaviour, which is a form of domestic abuse."
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
    r"\b(?:my|me|our|a) (?:best |close )?(?:mate|friend|pal|bestie|sister|sis|daughter|cousin|niece|auntie|aunt|gran|nan|granddaughter)(?:'?s)?\b|"
    r"\b(?:ffrind|chwaer|cyfnither|nith|modryb|nain|wyres|merch|ferch|mhlentyn)\b|\b(?:teulu (?:hi|iddi)|her family|family to her)\b|"
    r"\b(?:teulu ydan ni|teulu ydyn ni|teulu da ni|we'?re family|i'?m her (?:mum|mam|dad|sister|brother|nan|gran))\b|\bmam (?:jyst |dim ond )?(?:isio|eisiau|moyn|yn poeni)\b"
)
# Something done to the one asking, told beside a request to watch someone ("hes spending my money behind my back").
DONE_TO_ME = re.compile(r"\b(?:he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re)\b.{0,30}\b(?:my|me)\b")
# A friend asking where she is has nothing said of harm (no Respect line); family may be the ones she fled ("we are her family").
A_FRIEND = re.compile(r"\b(?:my|me|our|a) (?:best |close )?(?:mate|friend|pal|bestie)(?:'?s)?\b|\bffrind\b")
# ...never where the one asking names her as their own partner ("come on mate shes my wife").
HER_PARTNER_ASKING = re.compile(
    r"\b(?:my|me|ma) (?:own |lawful |legal )?(?:wife|husband|partner|girlfriend|boyfriend|gf|bf|ex|missus|fiance|fiancee|ex wife|ex-wife)\b|"
    r"\b(?:i'?m|im|i am) (?:her|his|their) (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee)\b|\b(?:the|'r) (?:wife|missus|wraig)\b|'r (?:cariad|gwr) (?:di|wedi) (?:gadael|ngadael|mynd)\b|"  # "lle ma'r wraig di mynd", "ma'r cariad di gadael fi"
    r"\b(?:gwraig|wraig|gwr|cariad|gariad|partner|ex) (?:fi|i)\b|\bfy (?:ngwraig|ngwr|nghariad|mhartner)\b|\b(?:nghyn|cyn|gyn)-?(?:wraig|wr|gariad|bartner)\b"
)
# A parent asking after children who left with the other parent: seeing them is a matter for legal advice.
SEE_CHILDREN = re.compile(
    r"\b(?:see|seeing|contact with|access to) (?:my|me|our|the) (?:kids|children|son|sons|daughter|daughters|boys|girls|baby|little ones)\b|"
    r"\bsee (?:them|him|her) (?:the )?(?:legal|legally|proper|right|official)\b|"
    r"\b(?:gweld|weld) (?:y plant|fy mhlant|plant fi|'?r plant|fy mab|fy merch)\b"
)
LEGAL_ADVICE_CHILDREN = (
    "If you want to see your children, get legal advice: a solicitor or Citizens Advice can tell you where you stand."
)
REFUGE_NAMED = re.compile(r"\b(?:refuges?|safe ?house|shelter|lloches|loches)\b")
IF_YOU_NEED_ONE = "If you need a refuge yourself, a helpline can help you find a space:"
NEEDS_TO_GO = re.compile(r"\b(?:needs?|has|wants?) to (?:go|get|stay)\b|\bneeds? (?:some ?where|a place|a bed|a space|a refuge)\b|\bnowhere (?:to|else to) (?:go|stay)\b|\b(?:angen|isio|eisiau|moyn) mynd\b")
FOR_THEM_A_SPACE = "A helpline can help find them a refuge space, and talk through how you can support them:"
# A relative's partner named by someone who wanted to watch them: "her boyfriend is dodgy", "ei chariad hi"
THEIR_PARTNER = re.compile(r"\b(?:her|his|their|(?:daughter|son|sister|brother|mum|mam|dad|friend|mate|niece|nephew|cousin|granddaughter|grandson)'?s) (?:new )?(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance|fiancee|fella)s?\b|\bei (?:chariad|gariad|phartner|bartner|gwr|gŵr|wraig) (?:hi|o|fo)\b"
                           # "mae hi'n 19 ac yn byw efo'i chariad", "cariad y ferch"
                           r"|^(?=.*\b(?:merch|ferch|mab|chwaer|wyres|ŵyr|nith|nai)\b).*\b(?:efo|hefo|gyda|gydag)'?i? (?:chariad|phartner|gŵr|gwr|ŵr|wr)\b|\b(?:cariad|partner|gwr|gŵr) (?:y ferch|fy merch|merch fi|y mab|fy mab|mab fi|fy chwaer|chwaer fi)\b")
ASK_ABOUT_THEIR_PARTNER = ("If you're worried about someone's partner, you can ask the police about their past: under Clare's Law "
                           "(the Domestic Violence Disclosure Scheme) in England and Wales, and under their own schemes in Scotland and "
                           "Northern Ireland. Call {non_emergency}.")
# "ok so how do i get in touch with her then", after the refusal: not where she is, but who can help her side of it.
GET_IN_TOUCH = re.compile(r"\b(?:get in touch with|get a message to|send (?:her|him|them) (?:a|something))\b|\b(?:cysylltu (?:efo|gyda|â|a)|gael neges iddi)\b")
YOUNG_TALK_TO = "Children and young people under 19 can talk to:"
SUPPORTING_THEM = "If you're worried about her, a helpline can talk through how you can support her:"
IF_CHILDREN = ("If you're worried about children, or about someone's safety, the police can check on them: call {non_emergency}, "
               "or {emergency} in an emergency.")


# Someone who wants a refuge's address to go there themselves: "dwi angen cyfeiriad y lloches yn
# wrecsam. dwi isio gadael fory", "i need the address of a refuge, im leaving tonight with the kids".
FOR_THEMSELVES = re.compile(
    r"\b(?:i need(?! to (?:know|no|find|see|talk|speak|get hold|contact))|i want to leave|i'?m leaving|im leaving|i have to leave|to get away|for me and (?:the|my) (?:kids|children|baby)|for myself|"
    r"dwi angen|dw i angen|mae angen i fi|(?:isio|eisiau|moyn|ishe) gadael|gadael (?:fory|heno|yfory|rwan|nawr)|i fi a'?r plant)\b"
)

# The nearest refuge, asked by someone who needs one: "alli di weud wrtha i ble ma'r lloches agosa i gaerfyrddin?"
NEAREST = re.compile(r"\b(?:nearest|closest|near me|near here|agosa|agosaf|agosa'?r)\b")

HARMED_WORDS = re.compile(r"\b(?:hit|hits|hitting|hurt\w*|push\w*|shov\w*|grab\w*|chok\w*|strangl\w*|calling me names|nasty (?:with|to) me|beat\w*|batter\w*|punch\w*|slap\w*|kick\w*|abus\w*|threat\w*|scared|afraid|frightened|violent|ofn|ofan|cam-drin|gam-drin|ngham-drin|brifo|mrifo|bygwth|mygwth|nharo|curo)\b")
BEING_HURT = "If they're hurting you, a specialist can help you work out how to stay safe:"
STALKED_BY = re.compile(r"\b(?:he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re)(?: (?:is|has|have|keeps?))?(?: been)? (?:turn\w* up|follow\w*|watch\w*|wait\w* outside|stalk\w*|near my|outside my)\b")
# "me ex got bail yesterday, what address": someone let out, asked about by the one who needs to keep safe from them.
RELEASED = re.compile(r"\b(?:got|on|granted|out on|released on|been given) bail\b|\bbailed\b|\b(?:released|let out|out) (?:of|from) (?:prison|jail|custody)\b")
POLICE_ABOUT_RELEASE = "The police can talk to you about keeping safe now they're out: call {non_emergency}, or {emergency} in an emergency."
# Asking where the one they fear is, to keep safe: "dw i eisiau gwybod i fod yn saff", "a fi ofan", "so i can avoid the area".
FOR_MY_SAFETY = re.compile(
    r"\b(?:nudes|noethlunia\w*|lluniau noeth|llunia noeth|pics|photos|pictures|lluniau|llunia) (?:fi|ohona i|ohonof i|of me)\b.{0,40}\b(?:ar (?:phone|ffon|ffôn)|on (?:his|her|their) phone|ganddo|gynno|gyda fe|efo fo)\b|\b(?:efo|gyda|gynno|ganddo|got|has) (?:nudes|lluniau noeth|llunia noeth) (?:fi|ohona i|of me)\b|"  # "ex fi efo nudes fi ar phone fe": the one asking is being hurt
    r"\b(?:i fod yn (?:saff|ddiogel)|osgoi'?r ardal|fi ofan|fi'?n ofn|mae gen i ofn|ma gen i ofn|dwi ofn|dw i ofn|mae ofn arna i|ma ofn arna i)\b|"
    r"\b(?:di|wedi) (?:bygwth|fygwth|mygwth|curo|nghuro|taro|nharo|brifo|mrifo|bwrw|mwrw) (?:fi|i)\b|\b(?:he|she|they)(?:'s| has|s| have)? (?:threatened|hit|hurt|attacked|beaten) me\b|"
    r"\b(?:so (?:i|we) can|to) (?:stay|be|keep) (?:safe|away)\b|\b(?:posting|posts|posted|putting|put|sharing|shared|spreading|saying) (?:stuff|things|lies|pics|photos|pictures|videos|rumours) (?:about|of) me\b|\bavoid (?:the area|him|her|them|bumping into)\b|\b(?:i'?m|im|i am) (?:scared|afraid|frightened|terrified)\b"
)


# Children kept from the one asking, who left or had them taken ("he took the kids on saturday and hasnt brought them
# back", "ive left him... hes got the kids"): where they are is the police's to check, and the lines are the parent's own.
KIDS_KEPT = re.compile(
    r"\b(?:hasn'?t|hasnt|has not|won'?t|wont|will not|didn'?t|didnt|not) (?:brought|bring|give|given|sent|send|return\w*) (?:them|the kids|the children|my kids|him|her) back\b|"
    r"\b(?:i'?ve|ive|i have|i) (?:left|got away from) (?:him|her|them)\b.*\b(?:he|she|they|hes|shes)(?:'s| has| have|s)? (?:got|has|took|taken|kept|keeping) (?:the|my|our|me) (?:kids|children|baby|babby|son|daughter|bairns|weans)\b"
)

RESPECT_ONLY, LINES, VICTIM = "respect_only", "lines", "victim"
# Respect's line, offered to anyone who may be harming (after a refusal, or beside a victim's lines when it goes both ways).
RESPECT_IF_WORRIED = ("If you're worried about how you're feeling or behaving towards a partner or family member, "
                      "the {name} is confidential: {phone}.")


def refuse(action: HarbourAction, dispatcher: CollectingDispatcher, tracker: Tracker, intent: str, text: str, lang: Optional[str]) -> str:
    """A clear refusal, Respect's line for someone who may be harming, who can help, and 999. Says which
    lines were given: Respect's only (so "who do i ring then" means Respect's), others, or a victim's."""
    dispatcher.utter_message(text=say(lang, MONITOR if intent == "ask_monitor_someone" else LOCATE))
    # (or the nearest one, or one more question after the refuge answer, naming no one else)
    own_search = FOR_THEMSELVES.search(text) or (NEAREST.search(text) or tracker.get_slot("topic") == "refuge" and tracker.get_slot("asker") != "someone_else") and not FOR_SOMEONE_CLOSE.search(text)
    if intent == "ask_locate_person" and REFUGE_NAMED.search(text) and own_search and not HER_PARTNER_ASKING.search(text):
        # A refuge's address for themselves: kept secret all the same, and a helpline finds them a space (no Respect).
        action.utter_helplines_then_999(dispatcher, tracker, IF_YOU_NEED_ONE)
        return LINES
    # (a request to watch someone, taken out, leaves what they tell of: "how do i track my sons phone? hes my carer and i think
    # hes spending my money behind my back" is someone being hurt, not harming)
    rest = MONITOR_ASKED.sub(" ", text) if intent == "ask_monitor_someone" else text
    who = extract(rest)
    harming = who.perpetrator
    if (intent == "ask_locate_person" and REFUGE_NAMED.search(text) and FOR_SOMEONE_CLOSE.search(text) and not HER_PARTNER_ASKING.search(text)
            and not harming and (HARMED_WORDS.search(text) or NEEDS_TO_GO.search(text))):
        # "whats the address of the womens refuge in manchester? my cousin needs to go there": a helpline finds her a space (no Respect).
        action.utter_helplines_then_999(dispatcher, tracker, FOR_THEM_A_SPACE)
        return LINES
    # "but he's the one abusing me!": the one asking is being hurt by the one they ask about
    hurt = (who.victim_is_self or rest != text and forms_in(rest) and DONE_TO_ME.search(rest)) and not harming and (HARMED_WORDS.search(text) or rest != text and forms_in(rest))
    # "track my exs phone so i know when hes near my house, hes been turnin up": the one asking is being stalked
    stalked = "stalking" in forms_in(text) and (not harming or STALKED_BY.search(text.lower()))
    # Pressing after a refusal that gave a victim's lines ("ond ti'n gallu gweld pethe ar-lein, plis jyst edrych"): the same lines,
    # never Respect's. The earlier words are not kept: asker "self" with topic "helpline", both set by that refusal, say the one
    # asking is the one at risk (asker "self" alone may come from "my ex" in their own words: "i just want to talk to her" keeps Respect's).
    pressed_by_victim = (previous_intent(tracker) == intent and tracker.get_slot("asker") == "self" and tracker.get_slot("topic") == "helpline" and tracker.get_slot("route") != "own_behaviour"
                         and not HER_PARTNER_ASKING.search(text) and not harming)
    kept = intent == "ask_locate_person" and KIDS_KEPT.search(text.lower()) and not harming
    released = RELEASED.search(text.lower()) and not harming
    if hurt or stalked or FOR_MY_SAFETY.search(text) and not harming or pressed_by_victim or kept or released:
        # "ond fo sy'n fy ngham-drin i! dwi jyst isio gwybod lle mae o": still refused, but someone being hurt gets a victim's lines.
        if kept:
            dispatcher.utter_message(text=say(lang, IF_CHILDREN).format(**police_numbers()))  # the police can check on the children
        if released:
            dispatcher.utter_message(text=say(lang, POLICE_ABOUT_RELEASE).format(**police_numbers()))
        action.utter_helplines_then_999(dispatcher, with_slots(tracker, route="stalking" if stalked else None), BEING_HURT)
        return VICTIM
    respect = directory().service("respect_phoneline")
    if not (intent == "ask_locate_person" and A_FRIEND.search(text) and not HER_PARTNER_ASKING.search(text) and not harming
            or intent == "ask_monitor_someone" and THEIR_PARTNER.search(text) and not harming):
        # (not to a friend or relative asking where she is: "ma ffrind fi mewn refuge... fi moyn hala presant iddi";
        # nor to a parent asking to track their daughter's boyfriend: the lawful way to ask about him follows)
        dispatcher.utter_message(text=say(lang, RESPECT_IF_WORRIED).format(name=respect.name, phone=respect.phone))
    close = FOR_SOMEONE_CLOSE.search(text) or tracker.get_slot("asker") == "someone_else" or GET_IN_TOUCH.search(text)
    said = RESPECT_ONLY
    if intent == "ask_monitor_someone" and THEIR_PARTNER.search(text):
        # "put a tracker on my daughters phone, her boyfriend is dodgy": the lawful way to ask about him.
        dispatcher.utter_message(text=say(lang, ASK_ABOUT_THEIR_PARTNER).format(**police_numbers()))
        action.utter_helplines(dispatcher, with_slots(tracker, route=None, asker="someone_else"), SUPPORTING_THEM)  # (the request's route is Respect's)
        said = LINES
    if intent == "ask_locate_person" and close and not HER_PARTNER_ASKING.search(text):
        # Not for them to find her, but someone who supports her can still be helped.
        action.utter_helplines(dispatcher, tracker, SUPPORTING_THEM)
        said = LINES
    elif intent == "ask_locate_person" and REFUGE_NAMED.search(text) and not HER_PARTNER_ASKING.search(text):
        # "whats the address of the womens refuge in wigan": whoever needs a refuge is found a space by a helpline.
        action.utter_helplines(dispatcher, tracker, IF_YOU_NEED_ONE)
        said = LINES
    if intent == "ask_locate_person" and SEE_CHILDREN.search(text):
        dispatcher.utter_message(text=say(lang, LEGAL_ADVICE_CHILDREN))
    if intent == "ask_locate_person":
        dispatcher.utter_message(text=say(lang, IF_CHILDREN).format(**police_numbers()))
    if who.age_group in ("young", "child") or tracker.get_slot("age_group") in ("young", "child"):
        # "im 15 btw i just think hes cheating", after a tracker refused: someone their age to talk to
        childline = directory().service("childline")
        dispatcher.utter_message(text=f"{say(lang, YOUNG_TALK_TO)}\n{format_service(childline, action.clock(), lang)}", **{SERVICE_MARK: "childline"})
    dispatcher.utter_message(text=say(lang, DANGER_LINE))
    return said
