"""Follow-ups on an answer about abuse, read against that answer: "but he's never hit me", "whats the law
on it", "is there anywhere for the tech side of it", "what if they're under 16", "so what do i do".

Each names nothing the classifier can place ("whats the law on it" read as Clare's Law, "hes never hit me"
as "which helpline?"), so the answer just given says what it asks: the previous message's intent, or the
topic the last answer left (the tracker keeps no earlier words).
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import HarbourAction, directory, earlier_intents, language, police_numbers, with_slots
from actions.law import LAW_ASKED_ABOUT, law_elsewhere, the_law
from harbour.abuse_forms import forms_in
from harbour.nlu.asked_words import SCHEME_WORDS
from harbour.language import say

Events = List[Dict[Text, Any]]

# After a description: "is that actually illegal", "can he get arrested for that", "ydi hynny'n drosedd?",
# "is what he did an actual crime", "whats the law on it then", "is it illegal or just like a term".
CRIME_ASKED = re.compile(
    r"\b(?:is|isnt|isn'?t|iz) (?:any of )?(?:that|it|this|what (?:he|she|they|hes|shes)(?:'s| is| are| has| had)? (?:doing|does|do|did|done|doin)(?: (?:with|to) (?:my|me)(?: \w+)?)?)(?: actually| actual| even| really| definitely)? (?:an? )?(?:actual )?(?:illegal|a crime|crime|criminal|against the law|an offen[cs]e)\b|"
    r"\bcan (?:he|she|they|someone|somebody|people|you|a person) (?:actually |really |even )?(?:be|get) (?:arrested|charged|done|prosecuted|locked up|sent down|in trouble)\b|\b(?:anghyfreithlon|erbyn y gyfraith|trosedd|drosedd)\b|"
    r"\b(?:what'?s|whats|wots|wats|what is|wat is|what does) the law (?:on|about|for|say about|says about) (?:it|that|this|them|him|her)\b|\bthe law on (?:it|that|this)\b|\bis it (?:even )?illegal\b|\b(?:is there|are there|any) (?:any |a |an )?(?:actual |real )?laws? (?:on|about|against|for) (?:it|that|this)\b|\bis a crime now\b|"
    r"\b(?:be|beth) (?:ydi|di|yw|mae)'?r gyfraith\b|\b(?:be|beth) ma'?r gyfraith yn (?:ddeud|ddweud|weud)\b"
)
CRIME_ANSWER = (
    "There's no single crime called \"domestic abuse\", but much of it is a crime. In England and Wales controlling or coercive "
    "behaviour (control of money, who you see, where you go) is an offence, even after you've split up, and so are assault, "
    "stalking, strangling and threatening to share intimate images. In Scotland and Northern Ireland a pattern of abusive "
    "behaviour towards a partner is a crime in itself. Whether or not you go to the police, it counts as domestic abuse, and "
    "it isn't your fault."
)
# "since when is that a thing, like officially", after a description: the Act that says so (FACTS 1.1).
SINCE_ASKED = re.compile(r"\bsince when\b|\bwhen did (?:that|it|this) (?:become|come in|start)\b|\b(?:is|was) (?:that|it|this) (?:(?:a|an) (?:real|actual|official|legal) thing|official|officially a thing)\b|\bers pryd\b")
SINCE_ANSWER = (
    "It's in the law. The Domestic Abuse Act 2021 sets out what domestic abuse is in England and Wales, and it includes economic "
    "abuse and controlling or coercive behaviour, not only violence. Controlling or coercive behaviour is a crime, and the Act "
    "made that cover abuse after a relationship has ended too."
)
# "but hes never hit me", "she doesnt hurt me tho", "its not physical", "dio erioed di nharo i": abuse needn't be physical.
NEVER_HIT = re.compile(
    r"\b(?:he|she|they|hes|shes|he'?s|she'?s|theyve|they'?ve|he has|she has) (?:\w+ )?(?:never|not|hasn'?t|hasnt|doesn'?t|doesnt|didn'?t|didnt|does not|has not) (?:ever |actually |once |physically |really )?"
    r"(?:hit|hits|hurt|hurts|touched|touches|beat|beats|punched|slapped|struck|laid a (?:finger|hand) on|(?:raised|lifted) (?:a|his|her) (?:hand|finger) (?:to|at|against)) (?:me|her|him)\b|"
    r"\b(?:its|it'?s|it is|it isnt|it isn'?t) (?:not |never )?(?:like )?(?:physical|violent)\b|\bnot (?:like|as if) (?:he|she|they|hes|shes|he'?s|she'?s)(?: is| are)? (?:even )?(?:hitting|hittin|beating|hurting) (?:me|her|him)\b|\bnot (?:even )?(?:physical|violent)\b|\b(?:there'?s|theres|there is|there'?s been|there has been) (?:no|never any|never been any) (?:violence|hitting|physical)\b|"
    r"\b(?:only|just) (?:counts?|counted|is abuse|was abuse|abuse)(?: as abuse)? (?:if|when) (?:he|she|they|someone|somebody|you|u|ur|your partner) (?:\w+ )?(?:hit|hits|hurt|hurts|beat|beats|physical)\b|"
    r"\b(?:erioed|byth) (?:di|wedi) (?:nharo|fy nharo|mwrw|fy mwrw|nghyffwrdd|fy nghyffwrdd|brifo fi|mrifo)\b|\bddim yn (?:fy )?(?:nharo|mwrw|nghuro|brifo fi)\b|\bddim yn gorfforol\b"
)
NOT_ONLY_PHYSICAL = (
    "Abuse doesn't have to be physical. Controlling or coercive behaviour, emotional and economic abuse, threats and stalking "
    "all count as domestic abuse, and controlling or coercive behaviour is a crime. What you describe matters even if "
    "nobody has hit you, and it isn't your fault."
)
# "does it even count tho we're not married", "we dont live together, hes still at his mums", "but we're married so
# the police wont count it": who is "personally connected" (FACTS 1.1).
TOGETHER_ASKED = re.compile(
    r"\b(?:we'?re|were|we are|we r|we aren'?t|we arent|not|never|even|if you'?re|if your|if ur)(?: not| even| still| only)? (?:married|engaged|living together|wed)\b|"
    r"\b(?:don'?t|dont|do not|never|didn'?t|didnt|not) (?:even |actually )?(?:live|living|lived) (?:together|with (?:him|her|them|each other))\b|\bliv\w* apart\b|"
    r"\b(?:he|she|they)(?:'s|s| is| are)? (?:still )?(?:at|lives at|living at|lives with|living with|stays at) (?:his|her|their) (?:mums?|mams?|parents|dads?|nans?)\b|"
    r"\b(?:ddim|heb) (?:yn )?(?:briod|priodi|byw efo'?n gilydd|byw gyda'?n gilydd|byw gyda fe|byw efo fo)\b|\bwedi priodi\b|\b(?:have|need|got) to (?:live|be living|be married)(?: together)?\b|"
    r"\b(?:oes|os) (?:rhaid|raid|angen) (?:i ni|inni|i chi|i chdi) (?:fyw|byw|fod yn briod) (?:efo|gyda|hefo)'?n gilydd\b|\b(?:dydi|dyw|dydy|di) (?:o|e|fo|fe|hi)(?:'m|'n| ddim)? (?:yn )?byw (?:efo|gyda|hefo) (?:fi|ni|mi)\b"
)
TOGETHER_ANSWER = (
    "It counts whether you're married or not, and you don't have to live together. Under the Domestic Abuse Act 2021, a husband "
    "or wife, a civil partner, a boyfriend or girlfriend, an ex-partner, and relatives are all \"personally connected\", so abuse by any of them, "
    "sexual abuse included, is domestic abuse. Being married never makes it acceptable, and it isn't your fault."
)
# "its been over 2 year since we split tho", "surely it doesnt count now were divorced": it still counts (FACTS 1.1).
SPLIT_ASKED = re.compile(r"\b(?:since|after) (?:we|i) (?:split|broke up|separated|divorced|ended it|left him|left her)\b|\b(?:we'?re|were|we are|we r) (?:split up|separated|divorced|not together)\b|\bwedi (?:gwahanu|ysgaru)\b")
SPLIT_ANSWER = (
    "It still counts after you've split up, however long ago: abuse by an ex-partner is domestic abuse, and in England and Wales "
    "controlling or coercive behaviour after a relationship has ended is a crime too. It isn't your fault."
)
# "he says its only because he loves me", "hes just protective": love or jealousy doesn't make control anything else.
LOVE_EXCUSE = re.compile(r"\b(?:because|cos|coz|cause|cuz|as) (?:he|she|they) (?:loves?|cares? about|cares? for|worr(?:y|ies) about) (?:me|us)\b|\b(?:only|just) (?:being )?(?:jealous|protective|caring|looking out for me)\b|\bcariad (?:ata i|ata fi|tuag ata i)\b")
LOVE_ANSWER = (
    "Love or jealousy doesn't change what it is. Checking your phone, deciding who you can see or where you can go, and getting "
    "angry when you're with other people is controlling behaviour, however it's explained, and it's a form of domestic abuse. "
    "It isn't your fault."
)
# "i must have done something to deserve it", "he reckons im blowing it out of proportion", "all his mates' girlfriends do it":
# blame, minimising and "it's normal" after a description.
BLAMED = re.compile(
    r"\b(?:deserve|deserved|deserving) (?:it|this|that)\b|\b(?:my|me own|my own) fault\b|\bi (?:probably |prob |do )?(?:wind|winds|wound) (?:him|her|them) up\b|\bi know (?:which|what) buttons\b|\bi let it (?:happen|go on)\b|\bi could have (?:said no|left|stopped it)\b|\bnormal in (?:our|my|his|her) culture\b|\bi am ungrateful\b|\bfeel (?:like )?(?:an idiot|stupid|daft|pathetic|silly)\b|\bi (?:must|probably) (?:have )?(?:done|did|caused|started) (?:something|it|summat)\b|\bbrought it on myself\b|"
    r"\b(?:blowing it|blown it|blowing this|making it) (?:all |up )?(?:out of proportion|into a big deal)\b|\b(?:over ?reacting|too sensitive|making a fuss|making it up|being dramatic)\b|"
    r"\b(?:all|other|everyone'?s|every) (?:his |her )?(?:mates'? |friends'? )?(?:girlfriends|boyfriends|wives|husbands|couples|people) (?:do it|do that|put up with it)\b|\beveryone (?:does it|puts up with it)\b|\bfy mai i\b|\bbai fi\b"
)
BLAMED_ANSWER = (
    "It isn't your fault, and you're not overreacting. Nothing you do makes abuse OK, whatever anyone else puts up with: being "
    "pressured, threatened, controlled or put down is abuse, and the person doing it is the one responsible for it."
)
# "does it have to be ur partner or can it be family", "wot about an ex", "what about a grown up son doing it to his dad": who
# is "personally connected" (FACTS 1.1).
WHO_ASKED = re.compile(
    r"\b(?:can it be|can it also be|does it count (?:if|when) (?:it'?s|its)|what about|wot about|wat about|what if (?:it'?s|its|hes|shes|he'?s|she'?s|they'?re)|^(?:and|but|so) (?:if|when) (?:it'?s|its|it is)|does it (?:have|need) to be|has it got to be|is it only) "
    r"(?:a |an |my |ur |your |their |his |her |the |by )?(?:grown[- ]up |adult |own |older |younger )?(?:family|relatives?|sons?|daughters?|brothers?|sisters?|mums?|mams?|dads?|parents?|ex|exes|ex-partners?|in-?laws?|cousins?|uncles?|aunts?|aunties?|nans?|grandad|grandparents?|grandsons?|granddaughters?|partners?|husbands?|wives|bf|gf|boyfriends?|girlfriends?)\b|"
    r"\b(?:include|includes|including|cover|covers|count for) (?:family|relatives|exes|ex-partners|ex partners|family members)\b|\bonly (?:partners|couples|husbands and wives)\b|"
    r"\b(?:beth|be) am (?:deulu|teulu|fab|mab|ferch|merch|frawd|brawd|chwaer|fam|mam|dad|nhad|gyn|cyn-bartner|cyn)\b"
)
WHO_ANSWER = (
    "Yes. Under the Domestic Abuse Act 2021 it's domestic abuse when it's done by someone you're \"personally connected\" to: a "
    "partner or ex-partner (married or not), someone you have a child with, or a relative, such as a parent, a grown-up son or "
    "daughter, or a brother or sister. You both have to be 16 or over, and you don't have to live together."
)
# "should i pull it off", "can i just delete the app", after the tech-abuse answer: removing it may be noticed (FACTS 1.4, 6.11).
REMOVE_ASKED = re.compile(
    r"\b(?:should|shall|can|could|do|would it be ok if|can'?t|cant|couldn'?t|couldnt|why (?:can'?t|cant|don'?t|dont)) i (?:just )?(?:pull|take|rip|get rid of|remove|delete|uninstall|turn off|switch off|disable|smash|bin|break|throw)\b|"
    r"\b(?:ddylwn|dylwn|ga|alla|gai) i (?:jyst |jysd |just )?(?:dynnu|ddileu|dileu|diffodd|ddiffodd|gael gwared|factory reset\w*|reset\w*|ailosod)\b"
)
REMOVE_ANSWER = (
    "Before you remove or switch anything off, think about whether they would notice: taking away a tracker or a spying app "
    "can alert the person doing it, and that can put you in more danger. A specialist can help you plan when and how to do "
    "it safely, and Refuge's tech safety guides ({site}) go through it step by step."
)
# After "what the police tell you must be kept confidential": "but she needs to know", "she has a right to know".
THEY_NEED_TO_KNOW = re.compile(r"\b(?:she|he|they|my sister|my mate|my friend)(?: really)? (?:needs?|has|have|deserves?|should) (?:to |a right to |the right to |got a right to )?know\b|\b(?:angen|haeddu) (?:gwbod|gwybod|wybod|wbod)\b")
SHE_CAN_ASK = ("What the police tell you is for you to keep confidential. If you're worried about someone else, they can ask the police "
               "themselves under Clare's Law (the Right to Ask), or you can ask on their behalf; the police then decide whether to tell them.")
WEBSITE_ASKED = re.compile(r"\b(?:websites?|web ?sites?|sites?|guides?|gwefan\w*)\b")
# "its only the dog tho not me", "its just the cat he hurts": hurting a pet to frighten someone is abuse too.
PET_ONLY = re.compile(r"\b(?:only|just) (?:the|my|our) (?:dog|cat|pet|puppy|kitten|rabbit|horse)\b|\b(?:dim ond|jyst) (?:y|r) (?:ci|gath|cath|anifail)\b")
# "is there anywhere that helps with the tech side of it", "oes na rywun ar gyfer yr ochr ariannol?": the form's own line.
SIDE_OF_IT = re.compile(
    r"\b(?P<form>tech|online|phone|spyware|stalkerware|tracking|stalking)(?: abuse)? (?:side|stuff|part|bit)\b|"
    r"\b(?:help|helps|advice|someone|anyone|somewhere|anywhere|line|service|specialist)\w* (?:with|for|on|about) (?:the |my |his |her )?(?P<form2>tech|phone|spyware|stalkerware|tracking|stalking)\b"
)
SIDE_ROUTES = {"tech": "tech_abuse", "online": "tech_abuse", "phone": "tech_abuse", "spyware": "tech_abuse", "stalkerware": "tech_abuse",
               "tracking": "tech_abuse", "stalking": "stalking"}
# "wot about if theyre under 16", "what if shes only 15": the law's age, and Childline.
UNDER_16_ASKED = re.compile(r"\bunder (?:16|sixteen)\b|\b(?:shes|hes|theyre|she'?s|he'?s|they'?re) (?:only |just )?1[0-5]\b|\bdan 16\b|\b(?:rhywun|rywun|hi|o|fo|fe) sy'?n 1[0-5] oed\b")
UNDER_16_ANSWER = (
    "The Domestic Abuse Act's definition is for people aged 16 or over. Someone younger being hurt or controlled is still abuse, "
    "and they deserve help: Childline is free on {phone} for anyone under 19."
)
# "wot about if ur in scotland", "and in northern ireland?", after the law: that nation's own law.
WHAT_ABOUT_THERE = re.compile(r"^(?:(?:and|but|so|ok|okay),? )?(?:what|wot|wat|how) about\b|^(?:(?:and|but|so) )?(?:what|wot) if\b|^(?:a|ac|ond) (?:be|beth) (?:os|am)\b|^(?:and|but) (?:in|for)\b|^(?:a|ac|ond) (?:yn|yng|ym|i)\b|^(?:a|ac|ond|and|but) (?=(?:yr alban|ngogledd iwerddon|gogledd iwerddon|scotland|northern ireland|n\.? ?ireland|cymru|nghymru|wales|lloegr|england)\b)|^(?:be|beth) am\b|^a (?:be|beth) am\b|\bis it (?:different|the same)\b")
DESCRIBED = ("describe_", "ask_is_this_abuse", "ask_what_is_abuse", "male_victim")
# "is it my fault cos i answered him back", from someone who asked about another (a child about their mum): about them too.
OWN_BLAME = re.compile(r"\b(?:is it|was it|its|it'?s) (?:all )?my (?:own )?fault\b|\bi deserved? (?:it|this)\b")
# Follow-ups on an answer about abuse, first match answered: (words, answer, said to a friend or someone who harms too).
# "since we split" goes before "we never lived together" only where the message doesn't say the second.
ABOUT_IT = (
    (NEVER_HIT, NOT_ONLY_PHYSICAL, True),
    (re.compile(r"^(?!.*(?:" + TOGETHER_ASKED.pattern + r")).*(?:" + SPLIT_ASKED.pattern + r")"), SPLIT_ANSWER, True),
    (BLAMED, BLAMED_ANSWER, False),
    (LOVE_EXCUSE, LOVE_ANSWER, True),
    (TOGETHER_ASKED, TOGETHER_ANSWER, True),
    (WHO_ASKED, WHO_ANSWER, True),
)


# "whats the law on coercive control in northern ireland", "does the scottish domestic abuse law cover that",
# "what does scottish law say if its my brother": that nation's own law, even as a first message.
LAW_WORDS = re.compile(r"\b(?:law|laws|illegal|crime|criminal|offen[cs]e|legislation|legally|cyfraith|gyfraith|anghyfreithlon|trosedd|drosedd|deddf|ddeddf)\b")
HERE_WORDS = re.compile(r"\b(?:(?:up|over|round|out) (?:here|there)|here|there|in this country|yma|fan hyn|yno|fan (?:na|yna))\b")


# England or Wales named after the law elsewhere: "a yng nghymru?", "and in england?"
HOME_NATIONS = {"wales": re.compile(r"\b(?:wales|welsh|cymru|nghymru|gymru)\b"), "england": re.compile(r"\b(?:england|english|lloegr|loegr|nghloegr)\b")}
# A relative, not a partner, said after Scotland's Act: "ei brawd hi sy'n neud o, ddim partner. ydi hynna'n cyfri?"
NOT_A_PARTNER = re.compile(
    r"\b(?:brother|bro|sister|dad|da|daddy|father|mum|mam|maw|ma|mother|son|daughter|uncle|auntie|cousin|family|in-?laws?|brawd|frawd|mrawd|chwaer|tad|thad|nhad|dad|fam|mab|fab|merch|ferch|ewythr|teulu|cefnder|cyfnither)\b"
    r".{0,60}\b(?:not|no|isn'?t|ddim|dim|nid)\b(?: \w+){0,2} (?:partner|bartner|boyfriend|husband|wife|cariad|gwr|gwraig)\b|"
    # "be os ma tad fi sy'n neud o?", "and if its my dad"
    r"\b(?:if|os) (?:it'?s |its |ma |mae |it is |yw |di )?(?:my |ma |me |fy |y |'r )?(?:brother|sister|dad|father|mum|mam|mother|son|daughter|uncle|cousin|brawd|frawd|mrawd|chwaer|tad|thad|nhad|fam|mab|fab|merch|ferch)"
    r"(?: fi| i)?\b(?!'?s?\s*(?:partner|bartner|boyfriend|bf|husband|wife|cariad|gwr|gwraig|fella|girlfriend|gf))"
)
SCOTLAND_FAMILY = (
    "The Domestic Abuse (Scotland) Act 2018 is about abuse by a partner or ex-partner. For abuse by a relative, you can "
    "report it to the police on {non_emergency} ({emergency} in an emergency), and Scotland's 24-hour helpline is for anyone in Scotland."
)
# Someone to be checked, so the scheme, not the law: "can i use that law to check my boyfriend out. we're in derry".
_CHECKING = re.compile(r"\b(?:check|checking|look up|looking up|find out about) (?:him|her|them|(?:my|me|ma|her|his) \w+)(?: out| up)?\b|\b(?:his|her) (?:record|past)\b")


def _law_in_a_nation(tracker: Tracker, text: str) -> Optional[str]:
    """The nation (Scotland or Northern Ireland) whose own law a message asks about, or None."""
    if not LAW_WORDS.search(text) or SCHEME_WORDS.search(text) or _CHECKING.search(text) or len(text.split()) > 32:  # (not "can i use that law to check my boyfriend out")
        return None
    named = [nation for nation, words in LAW_ASKED_ABOUT.items() if words.search(text)] or list(dict.fromkeys(  # "and ma cousin in newry, whats the law over there"
        e.get("value") for e in (tracker.latest_message or {}).get("entities") or [] if e.get("entity") == "nation" and e.get("value") in LAW_ASKED_ABOUT))
    if len(named) == 1:
        return named[0]
    nation = tracker.get_slot("nation")
    return nation if not named and nation in LAW_ASKED_ABOUT and HERE_WORDS.search(text) else None


def _about_abuse(before: Optional[str], topic: Optional[str]) -> bool:
    return bool(before) and before.startswith(DESCRIBED) or topic == "abuse_check"


def _then_a_specialist(action: HarbourAction, dispatcher: CollectingDispatcher, tracker: Tracker, answer: str, topic: str) -> Events:
    dispatcher.utter_message(text=say(language(tracker), answer))
    action.utter_helplines_then_999(dispatcher, tracker, "You can talk it through with a specialist:")
    return [SlotSet("topic", topic)]


def answer_about_abuse(action: HarbourAction, dispatcher: CollectingDispatcher, tracker: Tracker, before: Optional[str], text: str) -> Optional[Events]:
    """Answers a short follow-up on an answer about abuse (or the law), returning its events; None for anything else."""
    lang, topic, words = language(tracker), tracker.get_slot("topic"), len(text.split())
    nation = _law_in_a_nation(tracker, text)
    if nation:
        dispatcher.utter_message(text=law_elsewhere(nation, "\n", lang))  # "whats the law on coercive control in northern ireland"
        action.utter_helplines_then_999(dispatcher, with_slots(tracker, nation=nation), "You can talk it through with a specialist:")
        return [SlotSet("topic", "law"), SlotSet("nation", nation)]
    if words > 24:
        return None
    if before == "clares_law_confidentiality" and THEY_NEED_TO_KNOW.search(text) and words <= 16:
        # "but she needs to know for her kids sake", after "keep it confidential": she can ask the police herself.
        dispatcher.utter_message(text=say(lang, SHE_CAN_ASK))
        action.utter_helplines_then_999(dispatcher, tracker, "You can talk it through with a specialist:")
        return [SlotSet("topic", "clares_law")]
    # "is it the same law up there", not Clare's; "a be os dan ni'n byw yn yr alban?" after a description (its law, and its lines)
    named_nation = any(named.search(text) for named in LAW_ASKED_ABOUT.values())
    law_asked = topic == "law" or _about_abuse(before, topic) and (re.search(r"\b(?:law|laws|legally|cyfraith|gyfraith)\b", text) or named_nation) and not SCHEME_WORDS.search(text)
    if law_asked and WHAT_ABOUT_THERE.search(text) and words <= 22:
        asked = next((nation for nation, named in LAW_ASKED_ABOUT.items() if named.search(text)), tracker.get_slot("nation"))
        elsewhere = law_elsewhere(asked, "\n", lang)
        if elsewhere:  # "wot about if ur in scotland", after the law
            dispatcher.utter_message(text=elsewhere)
            action.utter_helplines_then_999(dispatcher, with_slots(tracker, nation=asked), "You can talk it through with a specialist:")
            return [SlotSet("topic", "law")]
        home = next((nation for nation, named in HOME_NATIONS.items() if named.search(text)), None)
        if home and topic == "law":  # "a yng nghymru?", after Scotland's and Northern Ireland's laws: England and Wales's Act
            dispatcher.utter_message(text=the_law(home, None, lang))
            action.utter_helplines_then_999(dispatcher, with_slots(tracker, nation=home), "You can talk it through with a specialist:")
            return [SlotSet("topic", "law")]
    if topic == "law" and tracker.get_slot("nation") == "scotland" and NOT_A_PARTNER.search(text) and words <= 24:
        # "wit if its ma brother daein it no a partner. glasgow", after Scotland's Act: it is about partners; who helps.
        dispatcher.utter_message(text=say(lang, SCOTLAND_FAMILY).format(**police_numbers()))  # (the police numbers from services.yml)
        action.utter_helplines_then_999(dispatcher, tracker, "You can talk it through with a specialist:")
        return [SlotSet("topic", "law")]
    law_context = (_about_abuse(before, topic) or before in ("danger_now", "self_harm", "male_victim", "worried_about_someone") or topic == "law"
                   or re.search(r"\b(?:what|wot) (?:he|she|they|hes|shes)\b", text)  # "is what shes doing illegal": about the one harming
                   or re.search(r"\b(?:controlling|coercive|coercion|abusing|abuse|stalking|hitting)\b|\b(?:any|a) laws? (?:on|about|against) (?:it|that|this)\b", text))  # "can someone actually get done for controlling their partner"
    since = SINCE_ASKED.search(text) and words <= 12
    elsewhere = law_context and (since or CRIME_ASKED.search(text)) and law_elsewhere(tracker.get_slot("nation"), "\n", lang)
    if elsewhere:  # "since when", in Northern Ireland: its own Act, in force since 21 February 2022; "is there an actual law on it here", in Scotland
        dispatcher.utter_message(text=elsewhere)
        action.utter_helplines_then_999(dispatcher, tracker, "You can talk it through with a specialist:")
        return [SlotSet("topic", "law")]
    if law_context and CRIME_ASKED.search(text) and not since and (before == "describe_honour_abuse" or tracker.get_slot("route") == "honour"):
        dispatcher.utter_message(response="utter_honour_abuse")  # "ody hwnna'n erbyn y gyfraith?", after a forced marriage: its law (under 18, a crime)
        action.utter_helplines_then_999(dispatcher, with_slots(tracker, route="honour"), "You can talk it through with a specialist:")
        return [SlotSet("topic", "law")]
    if law_context and (since or CRIME_ASKED.search(text)):
        return _then_a_specialist(action, dispatcher, tracker, SINCE_ANSWER if since else CRIME_ANSWER, "law")
    # (or one message on, past a follow-up answered in context: "should i just factory reset it", then "any websites")
    if not (_about_abuse(before, topic) or before == "nlu_fallback" and _about_abuse((earlier_intents(tracker)[1:2] or [None])[0], None)) or words > 16:
        return None
    # (earlier messages' words are not kept: their intents, and "delete" or "uninstall" itself, say it was about a device)
    removing = REMOVE_ASKED.search(text)
    tech = "describe_tech_abuse" in earlier_intents(tracker)[:2] or tracker.get_slot("route") == "tech_abuse" or removing and re.search(r"\b(?:delete|uninstall|disable|turn off|switch off)\b", text)
    if tech and (removing or WEBSITE_ASKED.search(text)):  # "cant i just delete whatever it is", then "is there a website that explains all this"
        if removing:
            dispatcher.utter_message(text=say(lang, REMOVE_ANSWER).format(site=directory().service("refuge_tech_safety").website))
        action.utter_helplines_then_999(dispatcher, with_slots(tracker, route="tech_abuse"), "These can help with that:")
        return [SlotSet("topic", "abuse_check")]
    victim = tracker.get_slot("route") != "own_behaviour" and tracker.get_slot("asker") != "someone_else"  # (never "not your fault" to someone who harms, nor to a friend)
    mine = OWN_BLAME.search(text) and tracker.get_slot("route") != "own_behaviour"  # "is it my fault cos i answered him back": theirs too, though they asked for someone
    answer = next((said for pattern, said, everyone in ABOUT_IT if pattern.search(text) and (everyone or victim or said is BLAMED_ANSWER and mine)
                   and not (said in (WHO_ANSWER, BLAMED_ANSWER) and forms_in(text))), None)  # ("feel daft asking tbh. she goes through my phone": named)  # ("what about my brother... keeps taking money off me": described)
    if answer:  # "but hes never hit me", "we dont live together", "since we split", "i must have deserved it", "because he loves me"
        return _then_a_specialist(action, dispatcher, tracker, answer, "abuse_check")  # still about what they described: "so what do i do" next
    if PET_ONLY.search(text):  # "its only the dog tho not me", after the threats answer
        dispatcher.utter_message(response="utter_threats")
        action.utter_helplines_then_999(dispatcher, with_slots(tracker, asker=None), "You can talk it through with a specialist:")
        return [SlotSet("asker", None), SlotSet("topic", "abuse_check")]
    side = SIDE_OF_IT.search(text)
    route = side and SIDE_ROUTES.get(side.group("form") or side.group("form2"))
    if route:
        action.utter_helplines_then_999(dispatcher, with_slots(tracker, route=route), "These can help with that:")
        return [SlotSet("topic", "helpline")]
    if UNDER_16_ASKED.search(text) and re.search(r"\b(?:if|what|wot|about|and|dan|am|os)\b", text):
        dispatcher.utter_message(text=say(lang, UNDER_16_ANSWER).format(phone=directory().service("childline").phone))
        action.utter_helplines_then_999(dispatcher, with_slots(tracker, age_group="child"), "You can talk it through with a specialist:")
        return []
    return None
