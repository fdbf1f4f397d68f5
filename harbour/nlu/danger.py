"""Recognise danger-now and self-harm language, whatever the classifier thinks.

Pure functions with no Rasa import, so they test in microseconds. The patterns err towards
safety: a false alarm shows 999 to someone who didn't need it; a miss can cost a life. They run on
a normalised form of the message (lower case, contractions expanded, common text-speak fixed).
"""
from __future__ import annotations

import re
from typing import Optional

DANGER = "danger_now"
SELF_HARM = "self_harm"

# Text-speak and contractions, applied word by word after lower-casing and stripping punctuation.
_WORD_FIXES = {
    "hes": "he is", "shes": "she is", "theyre": "they are", "theres": "there is",
    "im": "i am", "ive": "i have", "cant": "cannot", "can't": "cannot", "cnt": "cannot",
    "dont": "do not", "don't": "do not", "wont": "will not", "won't": "will not",
    "u": "you", "ur": "your", "wiv": "with", "wit": "with", "w": "with", "gonna": "going to",
    "gna": "going to", "tryna": "trying to", "pls": "please", "plz": "please", "plez": "please",
    "rn": "right now", "atm": "right now", "nw": "now", "hr": "here", "hre": "here",
    "knive": "knife", "knif": "knife", "nife": "knife", "knfie": "knife", "kinfe": "knife",
    "knifes": "knife", "knives": "knife", "kniife": "knife", "nyf": "knife",
    "outsid": "outside", "outide": "outside", "ouside": "outside", "otside": "outside",
    "bf": "boyfriend", "gf": "girlfriend", "hubby": "husband", "fella": "partner",
    "kil": "kill", "heer": "here", "ere": "here", "rite": "right", "nah": "no",
    "comin": "coming", "kickin": "kicking", "bangin": "banging", "hittin": "hitting",
    "goin": "going", "tryin": "trying", "threatning": "threatening", "threatnin": "threatening",
    "threating": "threatening", "threatenin": "threatening", "kniff": "knife", "wanna": "want to",
    "stranglin": "strangling", "chokin": "choking", "batterin": "battering", "helpp": "help",
    "hepl": "help", "hlp": "help", "halp": "help", "tbh": "", "omg": "", "pls": "please", "kll": "kill", "murda": "murder", "stab": "stab", "coppers": "police",
    "cops": "police", "feds": "police", "polic": "police", "poilce": "police",
}
_SUFFIX_FIXES = (("'s", " is"), ("'re", " are"), ("'ll", " will"), ("'m", " am"), ("'d", " would"))

_WHO = r"(?:he|she|they|him|her|them|my (?:ex|partner|husband|wife|boyfriend|girlfriend|dad|father|mum|mother|son|daughter|brother|sister|stepdad|uncle)|the abuser|[a-z]+'?s? (?:ex|boyfriend|husband|partner|dad))"
_BE = r"(?:is|are|'s)"
_NOW = r"(?:right now|now|as we speak|at the moment|tonight)"
_WEAPON = r"(?:knife|blade|gun|machete|hammer|bat|axe|weapon|crowbar|screwdriver|scissors|bottle|shotgun|pistol)"
_ATTACK = r"(?:hitting|strangling|choking|strangulating|attacking|beating|punching|kicking|stabbing|battering|slapping|dragging|throttling|smothering|suffocating|beating up|laying into)"
_VERBS_OF_HARM = r"(?:kill|murder|stab|shoot|strangle|choke|batter|beat|hit|hurt|punch|kick|boot|smash|attack|burn|harm|do me in|do us in|finish me)"
_QUESTION = re.compile(r"^(?:what|how|can|could|should|do|does|is|when|will|would|where|why|who)\b")
_PAST = re.compile(
    r"\b(?:last (?:week|night|month|year|time|weekend)|yesterday|years? ago|months? ago|weeks? ago|"
    r"days? ago|used to|in the past|when we were|back then|once)\b"
)

# Always danger, whatever else the message says.
_STRONG = [re.compile(p) for p in (
    rf"\b{_WHO} {_BE} (?:here|outside|out side|at (?:the|my|our) (?:door|window|house|flat|home|gate|work)|in the (?:house|room|flat|garden|hall|hallway|kitchen|car|building|stairwell)|downstairs|upstairs|next door|in my room|in my house|in the next room|on the stairs|up the stairs|coming up the stairs|still here|still outside|still in the (?:house|room|flat))\b",
    rf"\b{_WHO} {_BE} (?:here|hear)$",
    rf"\b{_WHO} {_BE} back(?: (?:again|here|home|now))*$",
    rf"\b{_WHO} {_BE} (?:coming|on (?:his|her|their|the) way|heading (?:here|over|home|back)|outside)\b",
    rf"\b{_WHO} {_BE} (?:banging|kicking|booting|smashing|breaking|bashing|hammering|pounding) (?:on |down |in )?(?:the |my |our )?(?:door|doors|window|windows|house|place)\b",
    rf"\b(?:kicking|booting|smashing|breaking|bashing|banging|hammering|pounding) (?:the |my |our )?(?:door|window)s? (?:in|down)\b",
    r"\b(?:trying to|going to) (?:get|break|force his way|force her way|force their way) in\b",
    rf"\b{_WHO} {_BE} {_ATTACK} (?:me|us|my|her|him|them|the (?:kids|children|baby))\b",
    rf"\b{_WHO} {_BE} (?:got|holding|has got|waving|pointing|brandishing) (?:a |the |his |her |their )?{_WEAPON}\b",
    rf"\b{_WEAPON} (?:to|at|against) my (?:throat|neck|head|face|chest)\b",
    rf"\b(?:going to|will|is going to|about to|wants to|trying to) {_VERBS_OF_HARM} (?:me|us|my|her|him|them|it in|the door|the (?:kids|children|baby)|both of us|the both of us)\b",
    rf"\b(?:hell|shell|he will|she will|they will) {_VERBS_OF_HARM}\b(?! (?:himself|herself|themselves))",
    r"\b(?:smashing|wrecking|trashing|breaking) (?:the |my |our )?(?:house|place|flat|gaff|home|room|stuff|things) ?(?:up)?\b",
    r"\b(?:set|setting|sets) fire\b|\bpetrol\b|\bon fire\b",
    r"\b(?:pinning|holding|pushing|keeping) (?:me|us) down\b|\b(?:will not|wont|would not) let (?:me |us )?(?:go|leave|out)(?:$| now| of me| of the (?:house|room|flat|car)| the house| the room| the flat)",
    r"\b(?:cannot|can not|could not) breathe\b",
    r"\b(?:chasing|running after) (?:me|us)\b|\bright behind (?:me|us)\b|(?<!keeps )(?<!keep )\bfollowing (?:me|us) (?:home|down|now|right now|in (?:his|her|the) car)\b",
    r"\b(?:i am|i will be|i would be|we are) (?:dead|a dead (?:woman|man))\b",
    r"\b(?:i am|we are) bleeding\b",
    r"\b(?:his|her|their) car is (?:outside|here|parked outside)\b|\b(?:can see|i see|there is) (?:his|her|their) car (?:outside|here)\b",
    r"\b(?:hands?|arms?) (?:round|around|on) my (?:neck|throat)\b|\b(?:got|has) (?:me|us) pinned\b",
    rf"\b{_WHO} {_BE} throwing (?:things|stuff|\w+) at (?:me|us)\b",
    r"\bjust (?:stabbed|hit|punched|attacked|strangled|kicked|cut|burned|hurt|beaten|battered) (?:me|us|her|him|the|my)\b",
    rf"\b{_WHO} {_BE} (?:hurting|harming) (?:the (?:kids|children|baby)|my (?:kids|children|baby|son|daughter))\b",
    r"^(?:please |pls )?send (?:the |me )?(?:police|someone|somebody|help|an ambulance)\b|\bi need (?:the )?police\b|\bi need (?:an ambulance|help) (?:now|right now|quick|asap)\b|\bthis is an emergency\b",
    r"\b(?:i am|we are) trapped\b",
    rf"\b{_WHO} {_BE} back and\b",
    r"\b(?:kids|children|baby) (?:are|is) in danger\b|\bthere is someone in the (?:house|flat|garden|room)\b",
    rf"\b{_WHO} {_BE} (?:waiting|sat|sitting|parked|standing|lurking) (?:for me |for us )?(?:outside|downstairs|at the door|in the car|in the hall|on the stairs)\b",
    rf"\b{_WHO} {_BE} (?:inside|in here|right next to me|next to me|beside me|in the next room)\b",
    r"\bsmashing up (?:the |my |our )?(?:house|place|flat|home|room)\b",
    rf"\b{_WHO} {_BE} (?:got|taken|taking) (?:the|my|our) (?:kids|children|baby|son|daughter) (?:in the car|away|and (?:will not|wont|is|says|said))\b",
    r"^(?:help|door|sos|police|999|please|now|quick|hurry|me|him|her|here)(?: (?:help|door|sos|police|999|please|now|quick|hurry|me|him|her|here))*$",
    r"\b(?:he|she|they) (?:will|would|is going to|are going to) (?:kill|murder|stab|shoot) (?:me|us)\b",
    r"\b(?:cannot|can not) (?:talk|speak|type|call|say much)(?: (?:now|right now|much|for long|properly|anymore))? (?:he|she|they|someone) (?:is|are|can|will|might|could)\b",
    r"^(?:i |sorry i |sorry )?(?:cannot|can not) (?:talk|speak|type)(?: (?:now|right now|much|for long|properly|anymore))?$",
    rf"\b(?:cannot|can not) (?:talk|speak) {_NOW}\b",
    r"\b(?:i am|we are|i have|we have) (?:hiding|hidden|locked|barricaded)\b",
    r"\b(?:locked|barricaded) (?:me|us|myself|ourselves) in\b",
    r"\bhiding (?:in|from|under|behind)\b",
    r"\b(?:i am|we are|i feel) (?:in danger|not safe (?:here|right now|now|at home)|scared for my life|terrified for my life)\b",
    r"\b(?:fear|scared|frightened|afraid) for (?:my|our|their|the kids|my kids|my childrens|my children's) li(?:fe|ves)\b",
    rf"\bdanger {_NOW}\b|\bin danger (?:now|right now)\b",
    r"\b(?:send|get|ring|call) (?:the |me )?(?:police|ambulance|999|help)(?: (?:now|please|quick|quickly|asap|for me|round|here))+\b",
    r"\b(?:please|somebody|someone) (?:send|call|get) (?:the )?(?:police|ambulance|999|help)\b",
    r"^(?:please |somebody |someone )?(?:help|help me|sos)(?: (?:me|please|now|quick|quickly|asap|someone|somebody))* (?:he|she|they|door|now|quick)\b",
    r"\bhelp (?:me )?(?:now|quick|quickly|asap)\b",
    rf"\b{_ATTACK} (?:me|us|her|him|them|my \w+)(?: \w+){{0,3}} {_NOW}\b",
    rf"\b(?:hurting|hurt) (?:me|us|her|him|them|my (?:\w+ ){{0,2}}\w+) {_NOW}\b",
    r"\bthreatening to (?:kill|stab|shoot|throw|hurt|strangle|burn|drown)\b",
    r"\b(?:he|she|they) (?:has|have|just) (?:broken|kicked|smashed|forced) (?:in|the door|down the door|my door)\b",
    r"\b(?:he|she|they) (?:is|are) (?:drunk|high|off (?:his|her|their) head|raging|going mental|kicking off|losing it)\b.*\b(?:scared|kill|hurt|knife|coming|here|home|door)\b",
)]

# Danger unless the message is clearly about the past.
_WEAK = [re.compile(p) for p in (
    rf"\b(?:has|got|getting|fetching|holding|with|pulled|grabbed|grabbing|picked up|waving|threatening me with|threatened me with) (?:a |the |his |her |their |out a |out the )?{_WEAPON}\b",
    r"\b(?:kill|murder|stab|shoot|strangle|choke) (?:me|us)\b",
    r"\b(?:found|found out|has found) where (?:i|we) (?:live|am|are|are staying)\b",
    r"\b(?:breaking in|broken in|broke in|breaking into|broken into)\b|\bsmashed (?:the|my|our) (?:\w+ )?(?:door|window)\b",
    rf"\b(?:{_WHO} {_BE}|there is)\b.*\b{_WEAPON}\b|\b{_WEAPON}\b.*\b{_WHO} {_BE}\b",
    rf"\b(?:he|she|they|him|her) {_BE} (?:hurting|hitting) (?:me|us)\b",
)]

_CALL_POLICE = re.compile(r"\b(?:call|ring|phone) (?:the )?(?:police|999|ambulance)\b")

_SELF_HARM = [re.compile(p) for p in (
    r"\b(?:kill|hurt|harm|cut|cutting|hurting|harming|killing|burn|burning) myself\b",
    r"\bself[ -]?harm",
    r"\bsuicid",
    r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life|my life)\b",
    r"\bend it all\b",
    r"\b(?:want|wanna|wanting|going) to die\b",
    r"\b(?:do not|no longer|dont) want to (?:live|be alive|be here anymore|be here|exist|wake up|go on)\b",
    r"\bno (?:point|reason|use) (?:in )?(?:living|going on|being alive|to live|carrying on|me being here)\b",
    r"\bbetter off (?:dead|without me)\b",
    r"\b(?:cannot|can not) (?:go on|do this anymore|carry on|take (?:it|this|any more|anymore))\b",
    r"\b(?:take|taking|swallow|swallowing) (?:all )?(?:my |the |these |those )?(?:pills|tablets|meds)\b",
    r"\boverdos",
    r"\bnot (?:be|being) here (?:anymore|tomorrow)\b",
    r"\bwish i (?:was|were) dead\b",
    r"\bwish i (?:was|were) not (?:alive|here)\b",
    r"\b(?:jump|jumping) (?:off|in front)\b",
    r"\bhang(?:ing)? myself\b",
    r"\b(?:been|started|keep|kept|am|was) (?:cutting|self harming|harming)(?: myself)?(?: again)?\b|\bcutting again\b",
    r"\bs[ea]?l?f ?harm|\bsefl ?harm",
    r"\b(?:kms|unalive|unaliving)\b",
    r"\b(?:never|not) (?:wake|waking) up\b",
    r"\b(?:done with|tired of|sick of|finished with) (?:life|living|being alive)\b",
    r"\b(?:goodbye|suicide) (?:letter|note)s?\b|\bletters?\b.*\bgoodbye\b|\bsaying goodbye to (?:everyone|my kids|my family|my children)\b",
    r"\b(?:going to|want to|will|about to|gonna) (?:od|o d|overdose)\b",
    r"\b(?:only way out|no way out)\b|\bway out (?:is|except|but) (?:dying|death|to die)\b",
    r"\b(?:thinking about|thought about|going to|want to|planning to|planning on) (?:ending it|end it)(?! with)\b",
    r"\b(?:feel like|thinking of) ending it\b(?! with)",
    r"\blife (?:is not|isnt|is no longer|aint) worth living\b",
    r"\b(?:i am|i feel like) (?:just )?a burden\b",
    r"\b(?:taken|took|swallowed) (?:a load of|loads of|all|all of|too many|a lot of|a bottle of|a packet of|the whole) (?:my )?(?:tablets|pills|meds|paracetamol)\b",
    r"\b(?:written|wrote|writing) (?:a |my )?(?:note|letter)s? (?:for|to) (?:my|the) (?:family|kids|children|mum|partner)\b",
    r"\b(?:rather|sooner) (?:die|be dead)\b",
    r"\bdisappear (?:forever|for good|and never come back|and not come back)\b",
    r"\b(?:no one|nobody) (?:would|will) (?:even )?(?:miss|notice|care)(?: me)?(?: if i)",
    r"\b(?:want|wish|need) (?:it|this|everything|it all) (?:all )?to (?:stop|end) (?:for good|forever|permanently)\b",
    r"\bpoint (?:in|of) (?:living|being alive|going on|carrying on|me being here)\b",
    r"\b(?:got|have|saved|saving|collected|lined up) (?:the |my |all |all my |enough )?(?:pills|tablets|meds)(?: (?:lined up|ready|saved|out|to do it))?\b.*\b(?:lined up|ready|enough|do it|end)\b",
)]


def normalise(text: str) -> str:
    """Lower-case, unify apostrophes, expand contractions and common text-speak."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    for suffix, replacement in _SUFFIX_FIXES:
        text = text.replace(suffix, replacement)
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    words = [_WORD_FIXES.get(word, word) for word in text.replace("'", "").split()]
    return " ".join(words)


def classify(text: Optional[str]) -> Optional[str]:
    """Return ``"danger_now"``, ``"self_harm"`` or None for one message."""
    if not text:
        return None
    plain = normalise(text)
    if not plain:
        return None
    if any(pattern.search(plain) for pattern in _STRONG):
        return DANGER
    if not _PAST.search(plain) and any(pattern.search(plain) for pattern in _WEAK):
        return DANGER
    if not _QUESTION.search(plain) and not _PAST.search(plain) and _CALL_POLICE.search(plain):
        return DANGER
    if any(pattern.search(plain) for pattern in _SELF_HARM):
        return SELF_HARM
    return None
