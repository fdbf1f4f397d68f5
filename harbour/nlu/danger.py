"""Recognise danger-now and self-harm language, whatever the classifier thinks.

Pure functions with no Rasa import, so they test in microseconds. The patterns err towards
safety: a false alarm shows 999 to someone who didn't need it; a miss can cost a life. They run on
a normalised form of the message (lower case, contractions expanded, common text-speak fixed) and
come in named families (danger_patterns, danger_near_patterns, danger_more_patterns, self_harm_patterns); `explain` says which one fired.

A maintainer's check of one message, run by hand (prints to the terminal only, stores nothing):

    python -m harbour.nlu.danger "he's outside with a knife"
"""
from __future__ import annotations

import re
import sys
from typing import Callable, Dict, List, Mapping, NamedTuple, Optional, Tuple

from harbour.nlu.danger_more_patterns import MORE_FAMILIES
from harbour.nlu.danger_near_patterns import NEAR_FAMILIES
from harbour.nlu.danger_patterns import DANGER, DANGER_FAMILIES, SELF_HARM, STRONG, Family
from harbour.nlu.language import fold
from harbour.nlu.partner_words import THREAT_TO_STAY
from harbour.nlu.self_harm_patterns import SELF_HARM_FAMILIES
from harbour.nlu.welsh_patterns import WELSH_DANGER_FAMILIES, WELSH_SELF_HARM_FAMILIES

FALLBACK = "nlu_fallback"
# When the classifier is unsure (its answer is nlu_fallback) a danger or self-harm score this high is
# enough to answer with safety information; when it is sure of another intent, this one is. Chosen for
# the asymmetry of the costs: a false alarm shows 999 to someone who didn't need it, a miss can cost
# a life (see the closing note of the NLU work for the measurements behind them).
ESCALATE_WHEN_UNSURE = 0.25
ESCALATE_ALWAYS = 0.4

# Text-speak and contractions, applied word by word after lower-casing and stripping punctuation.
_WORD_FIXES = {
    "hes": "he is", "shes": "she is", "theyre": "they are", "theres": "there is",
    "im": "i am", "ive": "i have", "cant": "cannot", "cnt": "cannot",
    "dont": "do not", "wont": "will not",
    "u": "you", "ur": "your", "wiv": "with", "wif": "with", "wit": "with", "w": "with", "gonna": "going to",
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
    "cuttin": "cutting", "harmin": "harming", "burnin": "burning", "scratchin": "scratching",
    "starvin": "starving", "punchin": "punching", "endin": "ending", "stabbin": "stabbing", "mesel": "myself",
    "hepl": "help", "hlp": "help", "halp": "help", "tbh": "", "omg": "", "kll": "kill", "murda": "murder", "coppers": "police",
    "cops": "police", "feds": "police", "polic": "police", "poilce": "police",
    "toppin": "topping", "til": "till", "untill": "until",
    "mam": "mum", "ma": "mum", "wasnt": "was not", "werent": "were not", "every1": "everyone", "evry1": "everyone", "no1": "no one", "any1": "anyone", "some1": "someone",
    "smashin": "smashing", "radge": "mad", "mun": "", "proper": "",
    "masel": "myself", "mysel": "myself", "meself": "myself", "gonnae": "going to",
    "cannae": "cannot", "canny": "cannot", "dae": "do", "mair": "more", "nae": "no",
    "isnt": "is not", "hurtin": "hurting", "breakin": "breaking", "lookin": "looking",
    "screamin": "screaming", "killin": "killing", "sayin": "saying", "sez": "says",
    "shank": "knife", "chib": "knife", "hoose": "house", "wi": "with", "thinkin": "thinking", "takin": "taking", "tae": "to", "intae": "into", "polis": "police",
}
# Scots "no" for "not" before where someone is: "he's no here", "hes no actually in the house".
_SCOTS_NO = re.compile(r"\b(is|are|am|s|hes|shes|theyre|im) no (?=(?:actually |really |even |in |at )*(?:here|there|in|home|back|coming|around|about|near|inside|outside)\b)")
_SUFFIXES = {"re": " are", "ll": " will", "m": " am", "d": " would"}
_SUFFIX = re.compile(r"(?<=\w)'(re|ll|m|d)\b")

# "'s" is " is" (or "has": "he is got" is what the patterns expect) unless it is clearly possessive,
# when it is dropped to the apostrophe-less form people type anyway ("at my mum's" -> "at my mums",
# "my ex's car" -> "my exs car"): after a noun, not a pronoun, and followed by a noun that is owned
# ("my sister's boyfriend"), by new/old/front... and one ("my mum's front door"), or by nothing, at
# the end of the message or a clause ("he's found me at my mum's, help"). Anything else stays " is":
# "my ex's here", "john's coming", "my dad's got a knife". Before are/were the "'s" is a plural.
_ALWAYS_IS = frozenset("he she it there here who what that where how when why this let".split())
_OWNED = frozenset("""
    boyfriend boyfriends girlfriend girlfriends husband husbands wife wives partner partners ex exes
    fiance fiancee bf gf hubby fella bloke man missus mrs mum mam mom mother dad father parents
    stepdad stepmum brother brothers sister sisters son sons daughter daughters kid kids child
    children baby babies family friend friends mate mates pal pals cousin cousins uncle aunt auntie
    aunty nan gran grandma grandad grandparents nephew niece neighbour neighbours dog cat carer
    house flat place home door doorstep window gate garden drive driveway street road estate car van
    bike phone number address keys stuff things room bedroom kitchen bed birthday party wedding
    funeral school work job office shop pub life lives face hand hands fists head neck throat eyes
    voice money account passport benefits medication meds tablets pills insulin knife gun past
    history record behaviour temper background
""".split()) - {"home"}  # "my husband's home" is as likely "is home"
_OWNED_AFTER = frozenset("new old own best little big younger older eldest oldest youngest other front back late".split())
_PLURAL_BEFORE = frozenset(("are", "were"))
_APOSTROPHE_S = re.compile(r"\b(\w+)'s\b(?=([^a-z0-9]*)([a-z0-9]*)(?:[^a-z0-9]+([a-z0-9]+))?)")

# "if i ring the helpline do they have to call the police" asks, too.
_QUESTION = re.compile(
    r"^(?:what|how|can|could|should|do|does|is|when|will|would|where|why|who)\b"
    r"|^if (?:i|we)\b(?: \w+){1,8} (?:do|does|will|would|can|could|should|is|are) (?:they|you|it|the \w+)\b"
    # "...hes smashin stuff n screamin at me in front of the kids. is that abuse like?": a description asked about
    r"|\bis (?:that|this|it|what he is doing|what she is doing) (?:abuse|normal|ok|okay|domestic abuse|classed as|counted as)\b|\bdoes (?:that|this|it) count\b"
    # "...do i have to ring 999 for that": whether they must, not a call for help
    r"|\b(?:do|would|will|should|must) i (?:have to|need to|got to|gotta|still have to) (?:ring|call|phone|dial) (?:999|the police|police|101)\b"
)
_PAST = re.compile(
    r"\b(?:last (?:week|night|month|year|time|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|summer)|the other (?:day|night|week)|yesterday|(?:years?|yrs?) ago|months? ago|weeks? ago|(?:years?|yrs?|months?|weeks?) back|ages ago|"
    r"days? ago|used to|in the past|when we were|back then|once|in (?:19|20)\d\d|every time|each time|whenever|(?:wythnos|mis) (?:dwetha|diwetha|diwethaf)|ddoe|neithiwr|nithwr|(?:blynedd|flynedd) yn ol|"
    r"(?:a few|a couple of|several|loads of|lots of) times|(?:when|while) (?:he|she|they) (?:was|were) (?:drinking|drunk|angry|high|off (?:his|her|their) (?:head|face))|"
    # "hes threatened us with a knife before", "at xmas", "for years", "went for his ex with a hammer" (someone else, before)
    r"before(?! (?:he|she|they|i|we|it|the|tonight|today|long|then|dark|morning|anyone|my|you|u)\b)|at (?:xmas|christmas|new year|easter)|for years|over the years|"
    r"(?:to|on|for|towards|against) (?:his|her|their) (?:ex|exes|last|previous|old|former)|when (?:we were|i was) (?:together|with (?:him|her|them)))\b"
)
# A calm question about a scheme, the law or whether something counts ("she says he pulled a blade on his last gf. does he
# have a record?"): a weak pattern's weapon or threat is what is asked about, unless something says it is happening now.
_TOPIC_ASKED = re.compile(
    r"\b(?:clare'?s law|claire'?s law|disclosure|dvds|dsdas|dvads|does (?:that|this|it) count|counts? as|(?:a|an) (?:crime|offence)|illegal|against the law|"
    r"(?:has|have|got) (?:a|any) (?:record|history|past)|check (?:him|her|them) out|ask the police about|allowed to tell)\b"
)
_NOW_HARM = re.compile(r"\b(?:is|are|keeps|keep) (?:threatening|waving|holding|pointing|hitting|hurting|attacking|coming|outside)\b|\b(?:right now|outside|at the door|on (?:his|her|their) way)\b")

# A mention of self-harm that is negated, in the past or hypothetical is not a disclosure.
_SELF_HARM_NOT_NOW = re.compile(
    r"\b(?:i am|i am not|not|never|no longer) (?:not )?(?:suicidal|self harming)\b(?<!i am suicidal)(?<!i am self harming)(?! (?:exactly|as such|but|like)\b)"
    r"|\bused to (?:self harm|cut|hurt myself|be suicidal)\b(?!.*\b(?:again|tonight|today|right now|relapsed|started|back to)\b)|\bif i (?:ever|was|were)\b.*\bsuicidal\b"
    r"|^(?!.*\b(?:cut\w*|burn\w*|scratch\w*|self harm\w*|(?:hurt\w*|harm\w*) myself|overdos\w*|tablets|pills)\b).*\b(?:do not|never|did not) (?:actually |really |even )?want (?:to )?die\b(?!.*\b(?:but|though|although|just (?:want|need) (?:it|the pain|everything|this|all this) to stop)\b)"
    r"|\b(?:ddim|dim|am) (?:isio|eisiau|moyn|ishe) marw\b(?!.*\b(?:ond|er hynny)\b)"
    r"|\b(?:havent|have not|not had|no more|no) (?:had )?(?:any )?(?:dark|suicidal) thoughts\b|\basked (?:me )?if i am suicidal\b.*\bi am not\b"
    # said to a partner to make them stay ("i told her id kill myself if she leaves me"): a threat, answered as own behaviour
    # (whose answer names Samaritans too)
    r"|^(?!.*\b(?:i mean it|meant it|tonight|pills|tablets|rope|ready|going to do it|gonna do it|will do it|want to die|wanna die|really will)\b).*"
    + THREAT_TO_STAY +
    r"|\b(?:die|dying) of (?:embarrassment|shame|boredom|laughter|laughing|cringe)\b|\brather die than (?:go|do|sit|wear|see|eat|work|watch)\b"
    r"|\b(?:dissertation|essay|research|study|studying|statistics|stats|article|assignment) (?:on|about|into)\b.*\bsuicid"
    r"|^(?=.*\b(?:years ago|a few years back|in (?:19|20)\d\d|as a teenager|when i was (?:younger|a teenager|at school))\b)"
    r"(?!.*\b(?:again|tonight|today|right now|still|at the moment|these days|lately|recently|this week)\b)"
)

# Every family, in the order they are tried: strong danger, weak danger, then self-harm. Any danger
# family beats any self-harm family; within a kind the order only decides what `explain` reports.
ALL_DANGER_FAMILIES = DANGER_FAMILIES + NEAR_FAMILIES + MORE_FAMILIES + WELSH_DANGER_FAMILIES
ALL_SELF_HARM_FAMILIES = SELF_HARM_FAMILIES + WELSH_SELF_HARM_FAMILIES
FAMILIES = (
    tuple(f for f in ALL_DANGER_FAMILIES if f.strength == STRONG)
    + tuple(f for f in ALL_DANGER_FAMILIES if f.strength != STRONG)
    + tuple(f for f in ALL_SELF_HARM_FAMILIES if f.strength == STRONG)
    + tuple(f for f in ALL_SELF_HARM_FAMILIES if f.strength != STRONG)
)


class Hit(NamedTuple):
    """The family and pattern that decided a message."""

    family: str
    kind: str  # DANGER or SELF_HARM
    strength: str
    index: int  # of the pattern within its family
    pattern: str


def _apostrophe_s(match: "re.Match[str]") -> str:
    word, gap, after, then = match.groups()
    if word in _ALWAYS_IS:
        return word + " is"
    if after in _PLURAL_BEFORE and not gap.strip(" \t"):
        return word + "s"
    owned = after in _OWNED or (after in _OWNED_AFTER and then in _OWNED)
    end = not after or bool(gap.strip(" \t"))
    return word + "s" if owned or end else word + " is"


_ME_BODY = re.compile(r"\b(?:me|ma) (arms?|legs?|wrists?|skin|thighs?|stomach|belly|body|face|hands?)\b")


def normalise(text: str) -> str:
    """Lower-case, unify apostrophes, expand contractions and common text-speak; keep possessives."""
    # Accents and Welsh circumflexes fold to plain letters ("gŵr" -> "gwr"), never to spaces.
    text = fold(text).replace("`", "'")
    text = _APOSTROPHE_S.sub(_apostrophe_s, text)
    text = _SUFFIX.sub(lambda m: _SUFFIXES[m.group(1)], text)
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    text = _SCOTS_NO.sub(r"\1 not ", text)
    text = _ME_BODY.sub(r"my \1", text)  # "cuttin me arms": the patterns read "my arms"
    words = [_WORD_FIXES.get(word, word) for word in text.replace("'", "").split()]
    return " ".join(word for word in words if word)


def _found(pattern: "re.Pattern[str]", plain: str, seen: Dict["re.Pattern[str]", bool]) -> bool:
    if pattern not in seen:
        seen[pattern] = pattern.search(plain) is not None
    return seen[pattern]


def _veto(family: Family, plain: str, seen: Dict["re.Pattern[str]", bool]) -> Optional[str]:
    """Why a weak family's match doesn't count for this message, or None when it does."""
    if family.strength == STRONG:
        return None
    if family.kind == SELF_HARM:
        return "negated, past or hypothetical" if _found(_SELF_HARM_NOT_NOW, plain, seen) else None
    if _found(_PAST, plain, seen):
        return "about the past"
    if family.not_in_questions and _found(_QUESTION, plain, seen):
        return "a question"
    if _found(_TOPIC_ASKED, plain, seen) and not _found(_NOW_HARM, plain, seen):
        return "a calm question about a topic"
    return None


def _matches(plain: str) -> List[Tuple[Family, int, Optional[str]]]:
    """(family, pattern index, veto) for every pattern that matches the normalised text, in order."""
    seen: Dict["re.Pattern[str]", bool] = {}
    return [
        (family, index, _veto(family, plain, seen))
        for family in FAMILIES
        for index, pattern in enumerate(family.patterns)
        if pattern.search(plain)
    ]


def _first_hit(plain: str) -> Optional[Hit]:
    seen: Dict["re.Pattern[str]", bool] = {}
    for family in FAMILIES:
        for index, pattern in enumerate(family.patterns):
            if pattern.search(plain):
                if _veto(family, plain, seen) is None:
                    return Hit(family.name, family.kind, family.strength, index, pattern.pattern)
                break  # the veto is the family's: its other patterns are vetoed too
    return None


# A person saying plainly that it isn't an emergency now: these words never signal danger, and
# their "now" must not complete a pattern ("he hit me, it's not like an emergency now").
_CALM = re.compile(
    r"\b(?:it is |its |this is |thats |that is )?not (?:like |really |exactly |actually )?(?:an |a )?(?:emergency|urgent)"
    r"(?: (?:now|right now|anymore|any more))?\b|\b(?:it is|its|he is|hes|she is|shes|they are|theyre) not (?:kicking off|happening|going on)(?: (?:right )?now| at the moment| at the minute)?\b|\b(?:i am |im )?not in (?:any )?(?:danger|immediate danger)"
    r"(?: (?:now|right now|at the moment|anymore|any more))?\b"
)


# Threats that aren't: a fear of being found out ("he'd kill me if he knew i was on here"), a boss
# and being late, a threat said with a laugh ("my sister will murder me if i eat the last biscuit
# lol"). Removed before matching like _CALM, so anything else in the message still counts.
_NOT_A_THREAT = re.compile(
    r"\bused to (?:say|tell me|threaten)(?: that)? (?:he|she|they) would (?:kill|murder) (?:me|us)\b|"
    # "he used to threaten to burn the house down with me in it. that was last year": a threat of the past, nothing of now
    r"\bused to (?:threaten|say he would|say she would) (?:to )?(?:burn|torch|set fire to|set light to) (?:down )?(?:the|my|our|me|us) ?(?:house|home|flat|place)?(?: down)?(?: with (?:me|us)(?: and the (?:kids|children))?(?: in it| in there| inside| in)?)?"
    r"(?!.*\b(?:again|tonight|today|right now|coming|outside|on (?:his|her|their) way|(?:he|she|they) (?:is|are) back|at the door|threatening)\b)|"
    r"\b(?:he|she|they|my \w+) (?:would|will|is going to|are going to) (?:kill|murder) (?:me|us) if (?:he|she|they)"
    r" (?:knew|knows|found out|finds out|saw|sees|caught|catches|heard|hears)\b"
    r"|\b(?:my )?(?:boss|manager|teacher|supervisor|lecturer|tutor) (?:is |will |would )?(?:going to |gonna )?(?:kill|murder) me\b"
    # a pet threatened if the person ever leaves: controlling, not an attack now ("bydd en brifor ci os fin gadael")
    r"|\b(?:hurt|kill|harm|drown|get rid of) (?:the |my |our |her |his )?(?:dog|cat|pets?|puppy|kitten)\b.{0,25}\bif (?:i|i am|he|she|they) (?:ever )?(?:leave|left|go|went|do not|does not|doesnt|will not|refuse|say no)\b(?!.*\b(?:now|tonight|right now|outside|coming)\b)"
    r"|\bif (?:i|i ever) (?:go out|go|leave|see (?:my|me) \w+)\b.{0,30}\b(?:hurt|kill|harm|drown|get rid of) (?:the |my |our |her |his )?(?:dog|cat|pets?|puppy|kitten)\b(?!.*\b(?:now|tonight|right now|outside|coming)\b)"
    r"|\b(?:brifo|frifo|ladd|lladd)r? ?(?:y |r )?(?:ci|gath|cath|anifail)\b.{0,25}\bos (?:fi|dwi|dw i|i|fin|dwin|dw in|win)(?: n| yn)? ?(?:ddim )?(?:yn )?(?:gadael|mynd)\b"
    r"|\b(?:will|would|is going to|going to) (?:literally |actually |honestly |totally )?(?:kill|murder|strangle) (?:me|him|her)\b"
    r"(?=.*\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|jk|only joking|just joking)\b|.* ha$)"
    # "me fella is killing me with the texts lol": a figure of speech about too many messages
    r"|\b(?:is |are )?killing me with (?:the |his |her |their |all (?:the |his |her |their )?)?(?:texts?|txts|messages?|msgs|calls?|questions?|jokes?|snoring|moaning|nagging|music|kindness|attitude)\b"
    # harm promised if they tell, not now: "says hell hurt us if i tell me mam" (the threat answer; 999 if anything says now)
    r"|\b(?:hell|he will|shell|she will|theyll|they will|he would|she would|hed|shed) (?:hurt|kill|batter|hit|do) (?:me|us)\b.{0,12}\bif i (?:tell|told|say anything|speak|report|go to|grass)\b(?!.*\b(?:now|tonight|right now|outside|coming|here)\b)"
    # the writer's own word that they won't hurt anyone: "im not gonna hurt her or owt i just miss my kids"
    r"|\bi (?:am|will|would) (?:not|never) (?:ever )?(?:going to )?(?:hurt|harm|touch|hit|lay a finger on) (?:her|him|them|anyone|anybody|nobody|my \w+)\b"
    # "its not like shes hittin me tho": hitting denied, not happening
    r"|\bnot (?:like|as if|as though) (?:he|she|they) (?:is|are|was|were|does|do) (?:even )?(?:hitting|beating|hurting|kicking|punching|hit|beat|hurt) (?:me|us)\b"
    # a question about anyone: "what number do men ring if their partner is hitting them"
    r"|\b(?:if|when|whose) (?:their|your|a|someones|somebodys|ones) (?:\w+ )?(?:partner|wife|husband|girlfriend|boyfriend|ex|other half|spouse)"
    r" (?:is|are|keeps) (?:hitting|beating|hurting|attacking|abusing|kicking|punching|strangling|choking) (?:them|you|him|her)\b"
)


def explain(text: Optional[str]) -> Optional[Hit]:
    """Which family (and which of its patterns) decides this message, or None when none does."""
    if not text:
        return None
    plain = _NOT_A_THREAT.sub(" ", _CALM.sub(" ", normalise(text)))
    return _first_hit(plain) if plain.strip() else None


def classify(text: Optional[str]) -> Optional[str]:
    """Return ``"danger_now"``, ``"self_harm"`` or None for one message."""
    hit = explain(text)
    return hit.kind if hit else None


_STILL_NOW = re.compile(
    r"\b(?:now|right now|tonight|today|again|still(?! (?:abuse|count|counts|domestic|classed|considered|a crime))|back|coming|here|outside|(?<!the )(?<!couple )(?<!family )(?<!lady )(?<!woman )next door(?! (?:every|always|neighbours?|all the time))|(?<!fella )(?<!partner )(?<!man )(?<!woman )(?<!couple )(?<!lady )(?<!family )(?<!people )upstairs|downstairs|scared|terrified|help"
    r"|just|all night|all day|chance|quick|hurry|hiding|locked|yet|rwan|nawr|heno|eto|tu allan|tu fas|ar hyn o bryd|dal i)\b"
)


# Now, said to be safe: "he is at work now", "im ok, no marks now" don't make the past present.
_SAFE_NOW = re.compile(
    r"\b(?:(?:he|she|they) (?:is|are|has|have) (?:gone|went) (?:back )?(?:out|off|away)(?: (?:to|down to|down) (?:the |his |her )?\w+)?|(?:he|she|they) (?:is|are) (?:at work|at the pub|(?:out|away)(?: (?:oot|out))?(?: again)?|asleep|gone|not here|not home|not in|in prison|in jail|locked up)"
    r"|(?:i am|im) (?:ok|okay|fine|safe|alright|all right)|no marks|(?:it is|its|it has|it has gone|its gone|it is gone) (?:gone |all |gone all )?quiet|(?:it is|its) (?:healed|gone)|(?:i am|im) (?:at|in) (?:work|my mums|my mams|a friends)"
    r"|(?:i am|im|we are|were|we r) (?:at|in|round) (?:me |my |a |our )?(?:mums?|mams?|nans?|sisters?|mates?|friends?|dads?|brothers?|aunties?)(?: (?:house|place|flat))?(?: in [a-z]+)?"
    r"|(?:we are|we r|were|me (?:and|n) (?:the|my) \w+ (?:are|r)|the kids and me are|us) (?:ok|okay|safe|alright|fine)"
    r"|police (?:came|have been|took him|arrested him|have taken him|took her|arrested her)|(?:they|police|cops|the police) (?:have |has )?(?:taken|took) (?:him|her) (?:away|in)|(?:the )?doors? (?:is |are )?(?:locked|bolted)"
    # "i think hes went to bed now" (and, above, "im at me brothers in hull now")
    r"|(?:he|she|they) (?:is|are) (?:at|round|in) (?:his|her|their) (?:mums?|mams?|dads?|sisters?|brothers?|mates?|friends?|parents|nans?)(?: house| place)?"
    r"|(?:he|she|they) (?:is |are |has |have )?(?:went|gone|goes) (?:to bed|to sleep|to work|off to work|off out|(?:off )?(?:to|down) the pub)|(?:he|she|they) (?:has |have )?let (?:me|us) out(?: now)?(?: and (?:he|she|they) (?:is |has )?(?:gone|went) (?:off )?(?:to|down) the pub)?|(?:he|she|they) (?:is|are) (?:in bed|passed out)"
    # "ive moved out and he doesnt know where i am now", "its not happening now, i just want it stopped"
    r"|(?:he|she|they) (?:does not|doesnt|do not|dont|did not|didnt) know where (?:i am|we are|i live|we live|i have gone|i went|i moved to|we moved to)"
    r"|(?:it is|its|this is|thats) not (?:happening|going on) (?:now|right now|at the moment|at the minute)"
    # "hes not a danger right this minute", "its not an emergency"
    r"|(?:(?:he|she|they|it) (?:is|are) |(?:it is|its|this is|thats) )?not (?:a danger|dangerous|in danger|an emergency|urgent)(?: (?:right )?this minute)?)"
    r"(?: now| for now| right now| today| tonight| at the moment| at the minute)?\b"
)


# "twice now", "for months now": how long, not happening now.
_A_WHILE_NOW = re.compile(r"\b(?:is there |any |some |other |more |what )+help\b|\bhelp to (?:stop|change)\b|\b(?:twice|three times|\w+ times|for (?:weeks|months|years|ages|a while)|a while|ages|years|months) now\b")


def speaks_of_now(text: Optional[str]) -> bool:
    """True when a message says something is happening now, tonight or again ("hes just gone out")
    ("hes not here its just texts" does not)."""
    plain = _A_WHILE_NOW.sub(" ", normalise(text or ""))
    return bool(_STILL_NOW.search(_NOT_NOW_AFTER_ALL.sub(" ", _SAFE_NOW.sub(" ", plain))))


def only_about_the_past(text: Optional[str]) -> bool:
    """True when a message tells of something that happened before ("last weekend", "years ago")
    and says nothing of now: the classifier's danger guess alone is not enough for 999 first."""
    plain = normalise(text or "")
    plain = re.sub(r"\b(?:only )?just (?:realised|realized|found out|noticed|understood|worked out|started thinking)\b", " ", plain)  # "...i have only just realised how serious that was"
    return bool(plain) and bool(_PAST.search(plain)) and not _STILL_NOW.search(_SAFE_NOW.sub(" ", plain))


# Words that make a classifier-only crisis guess a figure of speech: "this heat is killing me",
# "the traffic was murder", "id kill for a cuppa", "dead on my feet", "killing it at work",
# "i could strangle my brother", "ending things with my girlfriend tonight". Only ever read when
# no danger or self-harm pattern fired (a pattern-caught crisis never reaches these words).
_FIGURE_OF_SPEECH = re.compile(
    r"\b(?:is|are|was|were) (?:killing|murdering|murder on) (?:me|my \w+)\b|\b(?:killing|kill) (?:time|it)\b|\bkill for (?:a|an|some)\b"
    r"|\b(?:traffic|queue|queues|commute|day|week|shift|form|forms|heat|cold|weather|job|exam|exams|hangover) (?:is|was|has been) (?:murder|a killer|killing me)\b"
    r"|\bharmless\b|\b(?:sort|sorting|get|getting) (?:myself|my self|my life|my head|my act) (?:out|together|sorted)\b|\bdead on my feet\b|\b(?:i am )?dying (?:here|for a|to (?:know|see|hear|go|tell))\b|\bmy heart (?:nearly |almost |literally )?(?:stopped|skipped|sank)\b"
    r"|\bi could (?:kill|strangle|murder|throttle) (?:him|her|them|my \w+)\b"
    r"|\b(?:end|ending|finish|finishing) (?:it|things) with (?:him|her|them|my \w+)\b|\b(?:end|ending|finish|finishing|leave|leaving) (?:the|our|my) (?:relationship|marriage)\b"
    r"|\b(?:murder|kill) (?:a|for a) (?:cup|cuppa|brew|pint|curry|pizza|burger|kebab|drink|coffee|takeaway)\b|\b(?:was|is) (?:a )?killer\b"
    r"|\b(?:i am|im) not (?:going to|gonna|gunna) (?:do|hurt|touch) (?:anything|her|him|them|nothing|nothin|owt|nowt)\b(?!.*\b(?:unless|if (?:she|he|they))\b)"
    r"|\b(?:i am|im) (?:calmer|calm|better|safe|ok|okay|fine|alright|all right) now\b|\b(?:she|he|they|mum|my mum) (?:is|are) safe\b|\bfeel (?:safe|safer)\b"
    # "police are here now. what can i do for her after": help has come
    r"|\b(?:the )?police (?:are|r|is) (?:here|there|with (?:her|him|us|me|them))\b|\b(?:the )?police (?:have|has) (?:come|arrived|turned up)\b"
    # a scare that wasn't: "o, jyst y postmon oedd o", "false alarm, it was just the delivery guy"
    r"|\b(?:jyst|jest|dim ond|just|only)(?: yr?| r| the)? (?:postmon|postman|post|delivery(?: guy| man| driver)?|courier|gath|cat|wind|gwynt)\b(?: (?:oedd|odd|was|it was))?|\bfalse alarm\b"
    r"|\b(?:gwres|ffurflen|gwaith|traffig|tywydd|oerfel|swydd|arholiad\w*)\b.*\bfy (?:lladd|nladd)\b|\bfy (?:lladd|nladd)\b.*\b(?:haha\w*|lol|lmao)\b"
)
# Not a sign of now in a calm message: "i just wanted to say", "it brought back memories".
# Nor fear of someone, "wot happens now" or "just" texts ("the kids are terrified of him", "hes not here its just texts").
_NOT_NOW_AFTER_ALL = re.compile(r"\bback (?:bedroom|room)\b|\b(?:hear|heard|hearing|get|getting|ring|call|phone|text|write|reply|replies) back\b(?! (?:in|here|home))|\b(?:after|once|when)\b[^.?!]{0,30}\b(?:he|she|they) (?:can |could |will |would )?(?:just )?(?:walk|walks|come|comes|move|moves) (?:straight )?(?:back|home)(?: in)?\b|\b(?:scared|terrified|frightened|afraid) of (?:him|her|them)\b|\b(?:wot|wat) happens now\b|\bjust (?:texts?|messages?|words|sat|sitting) ?(?:here|waiting)?\b|\bwhat (?:happens|do i do|should i do|can i do|do we do)(?: \w+){0,4} now\b|\b(?:any|some) help (?:for|out there)\b|\bjust (?:need|needed|want|wanted|to|shaking|shakin|shaken|shook up|in shock)\b|\bstill (?:carry on|go ahead|do it|apply|need|have to|go through|continue)\b|\bbrought (?:it )?back\b|\bback to (?:work|normal|school)\b"
    # "can i get the house back", "its gone quiet now", "me n the kids are stopping at me mams"
    r"|\b(?:get|got|getting) (?:the|my|our|me) (?:house|home|flat|place|keys) back\b|\b(?:it|its|it is|it has|things|everything) (?:has |have |is |are )?(?:gone|went|been|is|are) (?:all )?quiet(?: now)?\b"
    r"|\b(?:we|i|i am|me (?:and|n) (?:the|my|me) \w+) (?:are |r |am )?(?:stopping|staying|stayin|stoppin) (?:at|with|round|in) (?:me |my |our |a |his |her )?(?:mums?|mams?|nans?|sisters?|mates?|friends?|dads?|brothers?|aunties?|mothers?|parents?)\b")


# Welsh: "dwin saff rwan", "dwin hapus rwan", with a history ("ers dwy flynedd", "yn 2018").
_WELSH_SAFE_NOW = re.compile(r"\b(?:dwin|dw in|dw i n|rwyn|fin|dwi n) (?:saff|hapus|ddiogel|iawn|ok|fine)(?: rwan| nawr)?\b")
# "ma fo di mynd allan eto. bethesda dwi": he has gone out (and nothing says he is coming back);
# normalise() has already read "ma" as English text speak for "mum".
_WELSH_GONE = re.compile(r"\b(?:ma|mum|mae|maen) (?:o|fo|e|fe|nhw) (?:di|wedi) (?:mynd|gadael)(?: allan| mas| ir gwaith| ir pyb| ir dafarn| o ma| or ty)?\b"
                         # "mae e yn gwaith nawr, maen ok i siarad": away, and safe to talk
                         r"|\b(?:ma|mum|mae|maen) (?:o|fo|e|fe|hi|nhw) (?:yn |n )?(?:y |r )?(?:gwaith|waith|pyb|dafarn|gwely)\b|\b(?:ma|mum|mae|maen) (?:o|fo|e|fe|nhw) (?:mas|allan) (?:nawr|rwan)\b|\b(?:ok|iawn|saff|diogel) i (?:siarad|sgwennu|teipio)\b")
_WELSH_BACK = re.compile(r"\b(?:nol|yn ol|adra|adre|gatre) (?:mewn|cyn|heno|rwan|nawr|yn fuan)\b|\bdod (?:nol|yn ol|adra|adre|gatre)\b")
_WELSH_PAST = re.compile(r"\b(?:ers (?:dwy|tair|pedair|pum|blwyddyn|blynyddoedd|misoedd|\d+)|flynyddoedd yn ol|llynedd|yn (?:19|20)\d\d|wedi gadael|di gadael)\b")

def calm_despite_the_words(text: Optional[str]) -> bool:
    """True when a message the classifier alone read as a crisis says it isn't one: a figure of
    speech, a joke about a threat, self-harm in the past or denied, a history told as over and
    safe now ("i'm safe now, i'm at my sister's and he doesn't know where she lives")."""
    plain = normalise(text or "")
    if not plain:
        return False
    if _FIGURE_OF_SPEECH.search(plain) or _NOT_A_THREAT.search(plain) or _SELF_HARM_NOT_NOW.search(plain):
        return True
    if _WELSH_SAFE_NOW.search(plain) and _WELSH_PAST.search(plain):
        return True
    if _WELSH_GONE.search(plain) and not _WELSH_BACK.search(plain):
        return True
    rest = _NOT_NOW_AFTER_ALL.sub(" ", _SAFE_NOW.sub(" ", plain))
    return bool(_SAFE_NOW.search(plain)) and not _STILL_NOW.search(rest)



def escalate(intent: Optional[str], scores: Mapping[str, float]) -> Optional[str]:
    """Return ``"danger_now"`` or ``"self_harm"`` when the classifier's own scores make either likely.

    ``intent`` is the predicted intent (``nlu_fallback`` when unsure) and ``scores`` the confidence
    of every intent in the ranking.
    """
    if intent in (DANGER, SELF_HARM):
        return None
    danger, self_harm = scores.get(DANGER, 0.0), scores.get(SELF_HARM, 0.0)
    threshold = ESCALATE_WHEN_UNSURE if intent in (None, FALLBACK) else ESCALATE_ALWAYS
    if max(danger, self_harm) < threshold:
        return None
    return DANGER if danger >= self_harm else SELF_HARM


WINDOW_CHARS = 600
WINDOW_OVERLAP = 150
LONG_MESSAGE_LIMIT = 200_000


def classify_long(text: Optional[str]) -> Optional[str]:
    """`classify` for a message of any length, in time linear in its length.

    Some patterns are ``A.*B``, quadratic on long text; a long message is checked in overlapping
    windows instead (a phrase shorter than the overlap is never split). Beyond
    ``LONG_MESSAGE_LIMIT`` characters only the start and the end are checked.
    """
    if not text or len(text) <= WINDOW_CHARS:
        return classify(text)
    if len(text) > LONG_MESSAGE_LIMIT:
        half = LONG_MESSAGE_LIMIT // 2
        text = text[:half] + "\n" + text[-half:]
    found = None
    for start in range(0, len(text), WINDOW_CHARS - WINDOW_OVERLAP):
        verdict = classify(text[start : start + WINDOW_CHARS])
        if verdict == DANGER:
            return DANGER
        found = found or verdict
    return found


def _main(argv: List[str], out: Callable[[str], None] = print) -> int:
    """``python -m harbour.nlu.danger "text"`` (or the text on stdin): what the safety net decides."""
    text = " ".join(argv) if argv else sys.stdin.read()
    plain = normalise(text)
    hit = explain(text)
    out(f"normalised: {plain}")
    out(f"decision:   {hit.kind if hit else None}")
    for family, index, veto in _matches(plain):
        pattern = family.patterns[index]
        fired = hit is not None and (family.name, index) == (hit.family, hit.index)
        label = "fired:  " if fired else (f"vetoed ({veto}):" if veto else "also:   ")
        out(f"{label} {family.name} #{index} ({family.kind}, {family.strength}) - {family.about}")
        out(f"          matched {pattern.search(plain).group(0)!r}")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
