"""Who and where, from anything a person types — pure functions, no Rasa import.

"I'm 15", "my 78 year old mum", "my brother's wife is abusing him", "I'm non-binary", "we're
in Derry", "for my sister", "yeah", "not really": each becomes closed-category entities
(:mod:`harbour.vocab`) that slots and routing read. Nothing the person typed is copied into a
value: only the category.

The person the values describe is the person at risk: the one typing, or the one they are
worried about. Words about the person harming them ("my son hits me", "his wife") describe the
abuser, so they never make the person at risk a child or a man.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from harbour.nlu import language, welsh_profile
from harbour.nlu.access_words import TEXT_ONLY
from harbour.nlu.asked_words import ROUTE_WORDS
from harbour.nlu.partner_words import A_CHILD, A_CHILD_WRITING, I_CONTROL, OLDER_NEIGHBOUR, KIN_HARMS_PARTNER, NOT_BACK, VICTIM_MORE, WARNED_ME, said_partner_gender

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})

# ---- relatives and partners ----------------------------------------------------------------
_FEMALE_KIN = {
    "sister": "sibling", "sis": "sibling", "mum": "parent", "mam": "parent", "mom": "parent",
    "mother": "parent", "mummy": "parent", "ma": "parent", "daughter": "child", "auntie": "other_family",
    "aunt": "other_family", "aunty": "other_family", "niece": "other_family", "nan": "grandparent",
    "nana": "grandparent", "nanna": "grandparent", "gran": "grandparent", "granny": "grandparent",
    "grandma": "grandparent", "grandmother": "grandparent", "stepmum": "parent", "step mum": "parent",
    "stepdaughter": "child", "step daughter": "child", "sister in law": "in_law", "sister-in-law": "in_law",
    "mother in law": "in_law", "mother-in-law": "in_law", "daughter in law": "in_law",
    "daughter-in-law": "in_law", "girl": "child", "lass": "other_family", "granddaughter": "other_family",
}
_MALE_KIN = {
    "brother": "sibling", "bro": "sibling", "dad": "parent", "da": "parent", "father": "parent",
    "daddy": "parent", "son": "child", "uncle": "other_family", "nephew": "other_family",
    "grandad": "grandparent", "granda": "grandparent", "grandpa": "grandparent",
    "grandfather": "grandparent", "stepdad": "parent", "step dad": "parent", "stepson": "child",
    "step son": "child", "brother in law": "in_law", "brother-in-law": "in_law",
    "father in law": "in_law", "father-in-law": "in_law", "son in law": "in_law", "son-in-law": "in_law",
    "boy": "child", "lad": "other_family", "our kid": "sibling", "grandson": "other_family",
}
_CHILD_KIN = ("grandson", "boy")  # said with no age: a child, whose pronouns choose no line
_FRIENDS = ("friend", "mate", "pal", "bestie", "best friend", "bff", "colleague", "coworker",
            "co-worker", "neighbour", "neighbor", "flatmate", "housemate", "client", "student",
            "cousin", "workmate", "buddy")
_FEMALE_PARTNER = ("wife", "girlfriend", "gf", "missus", "missis", "mrs", "fiancee")
_MALE_PARTNER = ("husband", "boyfriend", "bf", "hubby", "fiance", "fella", "feller", "man", "bloke")
_ANY_PARTNER = ("partner", "ex", "ex partner", "ex-partner", "other half", "spouse", "date",
                "ex wife", "ex-wife", "ex husband", "ex-husband", "ex boyfriend", "ex-boyfriend",
                "ex girlfriend", "ex-girlfriend", "baby daddy", "baby mama", "baby father", "baby mother",
                "new partner", "new boyfriend", "new girlfriend", "other half")
_PARTNERS = _FEMALE_PARTNER + _MALE_PARTNER + _ANY_PARTNER


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_KIN = {**_FEMALE_KIN, **_MALE_KIN, "eldest": "child", "youngest": "child", "oldest": "child"}  # "my eldest is 13"
_KIN_ALT = _alt(list(_KIN) + list(_FRIENDS))
_PARTNER_ALT = _alt(_PARTNERS)
_AGE_WORD = r"(?:(?P<age>\d{1,2})\s?(?:yo|y/o|yr old|yrs old|year old|years old|yr|yrs|-year-old)|(?P<teen>teenage|teen|young|little|elderly|old|older|aging|ageing|frail|disabled|vulnerable|adult|grown up|grown-up))"
# "my (78 year old) mum", "my sister's husband", "our kid"
_MY_KIN = re.compile(rf"\b(?:(?:my|our|me)\s+|(?=our kid))(?:best\s+|closest\s+|close\s+|oldest\s+|eldest\s+|youngest\s+|wee\s+|big\s+|younger\s+)?(?:{_AGE_WORD}\s+)?(?P<kin>{_KIN_ALT})(?P<poss>'s|s'|s)?\b")
_MY_PARTNER = re.compile(rf"\b(?:my|our|me)\s+(?:{_AGE_WORD}\s+)?(?P<partner>{_PARTNER_ALT})\b|^(?P<bare>{_PARTNER_ALT})\b(?= (?:\w+ )?\w+s me\b)")  # (or "gf hurts me")
_THIRD_PARTNER = re.compile(rf"\b(?P<who>her|his|their)\s+(?:new\s+|ex\s+)?(?P<partner>{_PARTNER_ALT})\b")
# "can a man actually be abused by his wife": a question about anyone, not someone else's partner.
_ANY_MAN_OR_WOMAN = re.compile(r"\b(?:a|any) (?P<who>man|bloke|guy|lad|fella|husband|woman|girl|wife)\b.{0,25}\b(?:be |get |being )?(?:abused|hit|controlled|hurt|beaten|a victim)\b")
_WITH_FRIENDS = re.compile(r"\b(?:see|seeing|seein|saw|meetin|with|w|wiv|wif|wi|wid|meet|meeting|visit|visiting|text|texting|call|calling|out with|talk to|talking to|said to|say to|told|tell|sent|send|sent to|send to|wrote to|message|messaged|messaging|messagin|textin|in front of|(?:even )?in front of|(?:up |down |round |over )?at|round|(?<!happened )(?<!happening )(?<!done )(?<!doing )(?<!does )(?<!did )(?<!do )(?<!nasty )(?<!horrible )(?<!abusive )(?<!violent )(?<!mean )to|from|outside|near|by|stayin|staying|stopping|(?:funny|weird|jealous|moody|arsey|narky|mad|off|paranoid|possessive|odd|strange|upset|kicks off|kick off) (?:about|of|over|with))\s+$")  # ("turned up at my mates last nite": a place)
_A_FRIEND = re.compile(r"\b(?:a|one of my|some of my|my)\s+(?:good\s+|close\s+|best\s+|old\s+)?(?:friend|mate|pal|colleague|neighbour|neighbor|workmate|coworker|co-worker)s?\b")
_SOMEONE_ELSE = re.compile(
    r"\b(?:for|about|on behalf of|worried about|concerned about|asking for|asking about)\s+"
    r"(?:someone|somebody|some1|a person|a loved one|another person|other people)(?:\s+else)?\b(?!\s+(?:(?:of )?(?:my|me) age|like (?:me|myself|us)|in my)\b)|"  # (not "a number for someone my age")
    r"\bmy (?:daughter|son|sister|brother|niece|nephew|granddaughter|grandson|friend|mate|cousin)\b.{0,20}\b(?:moved in with|is seeing|is dating|got with|has met|met) (?:a|this|some|an) (?:man|woman|guy|bloke|lad|girl|fella|new)\b|"  # "my daughter has moved in with a man"
    + OLDER_NEIGHBOUR.pattern + r"|\bsomeone (?:else|i know|i care about|close to me)\b|\bnot (?:for )?me\b|\bnot myself\b|\bon (?:her|his|their) behalf\b|"
    r"^(?:a |this |the |there'?s a |theres a )?(?:girl|lass|woman|lady|guy|bloke|lad|man|fella|someone|friend|mate) (?:at|from|off|in) (?:work|my work|the office|uni|college|school|church|the gym)\b|\b(?:woman|girl|lass|lady|guy|lad|bloke|man|someone) i work with\b"
)
_SELF = re.compile(
    r"^(?:it'?s |its |it is |its for |it'?s for |for )?(?:me|myself|meself|masel|mysel|me myself|mine|my own|my self|i am|im|i'm|just me|me only|only me)"
    r"(?: (?:tho|though|please|pls|thanks|ta|really|obviously|obvs|obvz|obvi|ofc|of course|personally|innit|like|lol))?[.!]*$|"
    r"\b(?:for me|for myself|for meself|(?<!ring )(?<!call )(?<!phone )(?<!contact them )(?<!talk to them )myself|my own (?:partner|relationship|ex|boyfriend|girlfriend|husband|wife|fella|situation|safety)|about my own|"
    r"its about me|it'?s about me|it is about me|asking for me|i'?m the one|im the one|about me)\b|"
    # Welsh: "i fi", "fi fy hun", "amdana i" said as the answer (at the start of the message)
    r"^(?:i fi|i mi|fi fy hun|i fi fy hun|fi'?n hun|amdana i|amdanaf i|ar fy rhan fy hun|fi(?= am wn i| dwi'?n meddwl| siwr o fod| ia\b| ie\b))\b"
)

# ---- who the person typing is ----------------------------------------------------------
_I_AM = r"(?:i'?m|im|i am|^am|(?<=[.!?,] )am|i identify as|as an?|me being an?)"
_MAN = re.compile(rf"\b(?:who|what|which|where) (?:\w+ )?(?:do|can|should) (?:blokes|men|guys|lads|males) \w+|\bmen'?s (?:number|line|helpline|advice line|service)|^(?:a |an )?(?:\w+ )?(?:man|guy|bloke|lad|male)\b(?=[,.:;!-]| here| and| my|$)|\b{_I_AM}\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:man|guy|bloke|lad|male|fella|dad|father|husband|boy|gay man|straight man|bisexual man|trans man)\b|\bas a (?:man|guy|bloke|lad|male|dad|father|husband)\b|\b(?:i'?m|im|i am) (?:male|a male)\b|\bmale here\b|\b(?:men|man) (?:get|be|can be|are) (?:abused|victims?|hit)\b|\bfor (?:men|blokes|lads|guys|fellas|a (?:bloke|lad|fella|man))\b|\b(?:take|believe) (?:a )?(?:bloke|man|guy|lad) seriously\b|\b(?:no ?one|nobody|noone|never) (?:believes|believe|listens to|takes) (?:a |the )?(?:bloke|man|guy|lad|men|blokes|lads)\b|\bmale victims?\b|\b(?:a |the )?(?:bloke|guy|lad|fella)s? (?:gets?|getting|can get|being|could get) (?:battered|hit|beaten|abused|knocked about|slapped)\b|\bi'?m (?:a )?(?:19|[2-9]\d)m\b|\b(?:19|[2-9]\d)m\b|\b(?:i'?m|im|i am) \d{{1,2}},? (?:\w+ )?(?:and |an )(?:a )?(?:man|guy|bloke|lad|male|fella)\b")
_WOMAN = re.compile(rf"\b(?:i'?m|im|i am) (?:\d{{1,2}},? )?(?:female|f)\b|\b(?:1[6-9]|[2-9]\d),? ?(?:f|female)\b(?=[,.!]|\s|$)|\b{_I_AM}\s+(?:a\s+)?(?:\w+\s+)?(?:woman|girl|lady|female|mum|mother|wife|lass|gal)\b|\bas a (?:woman|girl|female|mum|mother|wife)\b|\b(?:i'?m|im|i am) (?:female|a female)\b|(?<!only )(?<!just )(?<!not )\bfor women\b(?! only)(?!.{0,30}\b(?:a man|men|blokes)\b)|\b(?:1[6-9]|[2-9]\d)f\b")
# Said outright, a woman whatever else reads as a man: "is that line only for men who hit women? i'm a woman".
_SAID_WOMAN = re.compile(rf"\b{_I_AM}\s+(?:a\s+)?(?:woman|girl|lady|female)\b|\bas a (?:woman|girl)\b")
_NON_BINARY = re.compile(r"\b(?:non[- ]?binary|nonbinary|enby|nb person|genderqueer|gender queer|genderfluid|gender fluid|agender|they/them)\b")
_LGBT = re.compile(r"\bmy (?:chest )?binder\b|\b(?:at|to|went to|going to|for) pride\b|\bboth (?:being )?(?:lads|men|guys|blokes|women|girls|lasses)\b|\b(?:i'?m|im|i am) with a (?:woman|girl|lass) not a (?:man|bloke|guy|lad)\b|\b(?:i'?m|im|i am) (?:a )?(?:woman|girl|lass|lady|man|guy|bloke|lad) (?:too|as well)\b|\bher (?:wife|missus|girlfriend|gf)\b|\bhis (?:husband|boyfriend|bf)\b|\bher (?:partner|other half|ex) (?:is|s|'s) (?:a )?(?:woman|girl|lass|lady)\b|\bhis (?:partner|other half|ex) (?:is|s|'s) (?:a )?(?:man|guy|bloke|lad|fella)\b|\b(?:shes|she'?s|she is) a (?:woman|girl)\b.{0,25}\b(?:(?:i'?m|im|i am) a (?:woman|girl)|so am i|me too|same as me)\b|\b(?:hes|he'?s|he is) a (?:man|guy|lad)\b.{0,25}\b(?:(?:i'?m|im|i am) a (?:man|guy|lad)|so am i|me too|same as me)\b|"
                   r"\b(?:son|grandson|brother|nephew|dad|uncle|cousin|mate|pal|friend|bestie|flatmate|colleague|lad|he|hes)\b.{0,40}\bhis (?:boyfriend|bf|husband)\b|\b(?:son|grandson|brother|nephew|dad|uncle)(?:'?s)? (?:boyfriend|bf|husband)\b|\b(?:daughter|granddaughter|sister|niece|mum|mam|aunt|auntie)(?:'?s)? (?:girlfriend|gf|wife)\b|\b(?:out|outing) me\b|\bthreaten\w* to out\b|\b(?:out|outing) (?:him|her|them) (?:to|at)\b|(?<!hurt )(?<!hit )(?<!beat )(?<!beaten )(?<!abused )(?<!attacked )(?<!battered )(?<!assaulted )(?<!raped )(?<!dated )(?<!dating )(?<!seeing )\b(?:two|2) (?:men|lads|blokes|guys|women|girls|lasses)\b|\b(?:will|ll|gonna|going to|would|d) out (?:him|her|them)\b|\b(?:gay|lesbian|bi|bisexual|bi-sexual|trans|transgender|trans man|trans woman|queer|lgbt\w*|lgbtq\w*|same[- ]sex|pansexual)\b")
_SELF_AGE = re.compile(r"(?:\b(?:i'?m|im|i am|am|i'?m only|im only|i am only|aged|age|me,?|(?:we'?re|were|we are) both)\s+|^\s*(?=\d\d\W*$))(?P<age>\d{1,2})\b(?!\s*(?:(?:years?|yrs?) (?:ago|back|later|before|after)|weeks?|months?|days?|mins?|minutes?|hours?|%|kids|children|times|pounds?|quid|p\b|pence|grand|k\b|a week|a month|euros?))|\b(?:i'?m|im|i am)\s+(?:only\s+)?(?P<word>twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b")
_SELF_YOUNG = re.compile(r"(?<!like )\b(?:i'?m|im|i am) (?:a |still a |still at |only a )?(?:teen|teenager|kid|child|minor|schoolgirl|schoolboy|school(?! (?:teacher|nurse|governor|cook|secretary|caretaker|run))|in year (?:[7-9]|1[0-3])|at school|in school|in sixth form|under (?:16|18))\b|\b(?:my|our) (?:teacher|school|head of year)\b|\bin year (?:[7-9]|1[0-3])\b|\b(?:dwi|dw i|fi|wi)(?:'n| yn)? (?:dal|dal i|still) (?:yn |yn yr |yn y )?ysgol\b")
_SELF_OLDER = re.compile(r"\b(?:i'?m|im|i am) (?:a |an )?(?:pensioner|oap|elderly|older person|retired|in my (?:60s|70s|80s|90s|sixties|seventies|eighties|nineties))\b|\bmy pension\b|\bdementia\b|\balzheimer'?s\b|\bas an? (?:older|elderly) (?:person|woman|man|lady)\b|\bi'?m (?:6\d|7\d|8\d|9\d) (?:years|yrs)\b")
# "my dads 76", "our nan's 82", "my mum is 80": an age said straight after who they are.
_KIN_AGED = re.compile(r"\s*(?:is|'s|s)?\s*\(?(?:only |nearly |about |like )?(?P<n>\d{1,2})\b(?!\s*(?:weeks?|months?|days?|mins?|minutes?|hours?|%|kids|children|times|miles|quid|pounds))")
_OLDER_WORDS = ("nan", "nana", "nanna", "gran", "granny", "grandma", "grandmother", "grandad", "granda", "grandpa", "grandfather")
_THEIR_AGE = re.compile(r"(?:^|[.,!?] )(?:and |oh |btw |also )?(?:she'?s|shes|he'?s|hes|they'?re|theyre|she is|he is|they are) (?:only |nearly |about |like )?(?P<n>\d{1,2})\b(?!\s*(?:mins?|minutes?|hours?|hrs?|miles?|secs?|seconds?|days?|weeks?|k|km|away|min away|metres|meters|yards|doors?|streets?|%))")
_OLDER_DECADE = re.compile(r"\b(?:(?:late|early|mid) |in (?:his|her|their) )(?:[6-9]0'?s)\b|\b(?:[7-9]0) odd\b")
_NUMBER_WORDS = {"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18}

# ---- what is being done, and by whom ----------------------------------------------------
_HARM_VERBS = r"(?:pins?|pinned|pinning|smash\w*|chuck\w*|lobbed|lobs|hurl\w*|hit|hits|hitting|hurt|hurts|hurting|beat|beats|beating|punch|punches|punched|kick|kicks|kicked|slap|slaps|slapped|push|pushes|pushed|shove|shoves|shoved|strangle\w*|choke\w*|grab\w*|abuse|abuses|abused|abusing|control|controls|controlling|threaten\w*|scare|scares|scared|bully|bullies|bullying|rape\w*|assault\w*|shout\w* at|scream\w* at|swear\w* at|batter\w*|attack\w*|knock\w* about|throw\w* things|spit\w* on|spat on|belittle\w*|humiliate\w*|isolate\w*|manipulate\w*|gaslight\w*|take|takes|took|steal\w*|stalk\w*|follow\w*|track\w*|watch\w*|check\w*|monitor\w*|force\w*|make(?! me (?:swear|promise))|makes(?! me (?:swear|promise))|made(?! me (?:swear|promise))|won'?t let|wont let|doesn'?t let|doesnt let|does not let|will not let|never lets|stops(?! \w+ing\b)|stopped(?! \w+ing\b)|keeps)"
# An accusation someone threatens to make, just before the harm words: "she says shell tell the home office i hit her".
_ACCUSATION_BEFORE = re.compile(r"\b(?:(?:will|ll|gonna|going to|threaten\w* to|would|could|shell|she'll|he'll|theyll|they'll) (?:\w+ )?(?:tell|say|claim|report|accuse\w*|make out|pretend)|lie\w* and say|lying that|make out|making out|pretend\w* that|false(?:ly)? (?:accus\w*|claim\w*)|\b(?:she|he|they)(?:'ll|ll| will| would|'d)\b[^.!?]{0,60}\b(?:and|or|then) (?:\w+ )?(?:tell|say|claim|report))\b(?: \S+){0,4}\s*$")
_VICTIM_ME = re.compile(
    rf"\b(?:he|she|they|hes|shes|he'?s|she'?s|him|partner|husband|wife|wifes|husbands|boyfriend|girlfriend|bf|gf|hubby|fella|bloke|ex|son|daughter|dad|mum|mam|brother|sister|father|mother|family|in-?laws?|parents|uncle|carer|someone)(?:\s+(?!i\b)\w+){{0,3}}\s+{_HARM_VERBS}\b(?!\s+(?:of|from)\s+(?:me|us)\b)(?!\s+(?:him|her|them)\s+(?:see|go|visit|talk|come|speak|meet|ring|call|phone|text)\b)(?:\s+\w+){{0,3}}?\s+(?:me|my(?! (?:dad|father|mum|mam|mom|mother|brother|sister|son|daughter|nan|nana|gran|grandad|grandma|granny|friend|mate|pal|aunt|auntie|uncle|cousin|niece|nephew|neighbour|stepdad|stepmum)\b)|us|mine)\b(?!\s+back\b)|"
    r"\b(?:i'?m|im|i am|i was|i'?ve been|ive been|i have been|i get|i got|i keep getting|i'?m being|im being) (?:being |getting |constantly |always )?(?:abused|hit|hurt|beaten|controlled|threatened|raped|assaulted|attacked|stalked|strangled|choked|battered|bullied|manipulated|isolated)\b|"
    r"\b(?:threaten\w*|says? (?:she|he|they)(?:'?ll| will)|(?:she|he|they)(?:'?ll| will)|going to|gonna) (?:to )?out me\b|\b(?:does|doing|did|done|do) the same (?:thing |things |stuff )?to me\b|"
    r"\b(?:he|she|they|hes|shes|he'?s|she'?s|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|fella|fiance|fiancee|missus|hubby))\s+(?:\w+\s+)?(?:controls|decides|checks|reads|tracks|monitors|takes|hits|beats|hurts|threatens|scares|bullies|abuses|isolates|stops (?:me|us|my)|goes through|goes thru|went thru|went through|controlling (?:everything|me|my)|hides|hid|hiding|hidin|tampers|tampered|won'?t let|wont let|never lets|doesn'?t let)\b(?!\s+(?:all\s+(?:of\s+)?)?(?:his|him|their|them|her)\b|\s+me back\b)|"
    r"\b(?:i'?m|im|i am) (?:a |the )?victim\b|\b(?:i'?m|im|i am|i was) the one (?:who|that|thats|whos|who'?s) (?:got |gets |was |is |been |being )?(?:hurt|hit|abused|attacked|assaulted|beaten|strangled|harmed)\b|\b(?:she|he|shes|hes|she'?s|he'?s)(?: has| is| was)? (?:been |got |getting )?(?:charged|arrested|convicted|remanded|cautioned) (?:with|for) (?:controlling|coercive|assault\w*|abus\w*|harass\w*|stalking|battery|common assault|abh|gbh|threat\w*)\b(?!.{0,20}\b(?:my|his|her) (?:sister|brother|mum|mam|dad|friend|daughter|son)\b)|\b(?:duty|job|place|role) as (?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|missus)\b|\bdoes (?:this|that|it) to me\b|\b(?:does|did|do) (?:\w+ )?to me\b|" rf"\b(?:he|she|they|hes|shes|he'?s|she'?s)(?: is| was| s)? the one (?:who|that|whos|who'?s) (?:used to |has been |keeps |always |kept |was )?{_HARM_VERBS} me\b|"
    r"\b(?:he|she|they|hes|shes|he'?s|she'?s|they'?re|theyre|partner|husband|wife|boyfriend|girlfriend|ex)\s+(?:is |s |are |gets |can be |has been |been |was |(?:is |s )?the one (?:who|that|thats|whos|who'?s) (?:was |is |has been |gets |s )?)?(?:so |really |very |always |just |getting )?"
    r"(?:horrible|nasty|cruel|vile|awful|mean|abusive|violent|aggressive|controlling|possessive|rough|sharp|spiteful|unkind|vicious|rude|short) (?:to|with|towards) me\b|"
    # "he put his hands round my neck", "she had her hands on my throat"
    r"\b(?:he|she|they|hes|shes|he'?s|she'?s)\s+(?:\w+\s+){0,2}?(?:put|puts|had|has|got|wrapped|squeezed|pressed)\s+(?:his|her|their|both)\s+(?:hands?|arms?|fingers)\s+(?:round|around|on|over)\s+my\s+(?:neck|throat|mouth|face)\b|"
    r"\bmy (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|fella|fiance|fiancee|missus|hubby)(?:'?s|\s+(?:is|was|has been|can be|gets|is being))\s+(?:so |really |very |quite |a bit |always )?(?:abusive|violent|controlling|aggressive|possessive)\b|"
    # "my husband has always had a temper but its gettin worse"
    r"\bmy (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|fella|fiance|fiancee|missus|hubby|son|daughter|dad|mum|mam|brother)(?:'?s|\s+(?:has|has got|got|had|has always had|always had|has had))\s+(?:always\s+)?(?:had\s+)?(?:a |such a |an )?(?:bad |short |nasty |terrible |awful |vile |horrible |violent |foul |explosive )?(?:temper|anger (?:problem|issue)s?)\b|"
    r"\b(?:don'?t|dont|do not) want (?:him|her|them) (?:locked up|arrested|charged|in (?:prison|jail|trouble)|to go to (?:prison|jail))\b|"
    r"\b(?:scared|afraid|frightened|terrified) (?:for|of)\b(?!\s+(?:me|us)\b)(?:\s+\w+){0,4}?\s+(?:me|(?<!of )myself|my life)\b|\b(?:i'?m|im|i am) (?:so |really |very )?(?:scared|afraid|frightened|terrified) of (?:him|her|them)\b"
)
_HARMED = r"(?:her|him|them|my (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|missus|fiance|fiancee|ex|kids|children|son|daughter|mum|mam|dad|family|sister|little sister|brother|nan|gran)|the (?:kids|wife|missus|girlfriend|husband)|me missus|our kid)(?:'?s)?"
_PERPETRATOR = re.compile(
    rf"\b(?:i|i'?ve|ive|i have|i had|i'?d) (?:(?!he\b|she\b|they\b|my\b|his\b|her\b|him\b|them\b|he'?s\b|she'?s\b|hes\b|shes\b|tried\b|try\b|trying\b|wish\w*\b|want\w*\b|had\b|have\b|got\b|hear\w*\b|heard\b|listen\w*\b|watch\w*\b|witness\w*\b)\w+ ){{0,5}}?(?:been )?(?:hit|hits|hitting|hittin|hurt|punched|slapped|pushed|pushing|pushin|push|shove|shoving|shovin|slap|slapping|slappin|grab|grabbing|shoved|grabbed|kicked|kicking|strangled|choked|threw (?:a |the |my )?\w+ at|throw (?:a |the )?\w+ at|scare|scared|frighten\w*|control|controlled|shout\w* at|scream\w* at|yell\w* at|threaten\w*|throw things at|threw things at|threw something at|throw something at|abuse|abused|abusing|bully|bullied|track|tracked|snap at|snapped at|violent to|violent towards|nasty to|horrible to|abusive to|abusive towards|controlling towards|(?:call|called)(?=(?: \w+){{1,3}} (?:names|horrible|nasty|stupid|fat|ugly|useless|thick|worthless|slag|slut|whore|bitch|cunt|idiot|pathetic|crazy|mental|psycho|a|an|every)\b)) {_HARMED}\b(?! (?:off|away|back|to stop|to get off|to leave me alone|to go away)\b)|"
    r"\b(?:scared|afraid|frightened|terrified|wary) (?:of|from) me\b(?! (?:telling|going|finding|leaving|saying|talking|reporting|speaking|ringing|calling|getting))|"
    # "i took my girlfriends bank card off her", "im gonna hurt her"
    rf"\bi (?:\w+ )?(?:took|take|taken|kept|keep|hold|held|hid|hide|confiscated?) {_HARMED} ?(?:bank ?cards?|cards?|money|wages|pay|phone|mobile|keys|car keys|passport|benefits|account|allowance|purse)\b|"
    rf"\b(?:i'?m|im|i am|i was) (?:gonna|going to|about to|gunna) (?:really |actually |properly |seriously )?(?:hurt|hit|kill|batter|smash|strangle|lose it with|do something to) {_HARMED}\b|"
    # "i put my fist through the door right by her head", "i punched the wall next to her"
    r"(?:\bi (?:\w+ )?|^)(?:put|punched|smashed|kicked|booted|slammed) (?:my (?:fist|hand|foot|head) )?(?:through|in|into|a hole in)? ?(?:the|a) (?:door|wall|window|tv|telly)\b|"
    rf"\bi (?:(?!he\b|she\b|they\b|hes\b|shes\b|my\b|his\b|her\b)\w+ ){{0,3}}(?:check|checked|go through|go thru|went through|went thru|read|look through|looked through) {_HARMED} ?(?:phone|mobile|messages|texts|emails|whatsapp|bank|location)\b|"
    # "ma partner says am controlling cos i dinnae let her see her pals", "im the one controlling him",
    # "i made her delete all the lads off her insta n i check who she follows"
    r"\b(?:says|said|thinks|reckons|tells me|told me) (?:i am|im|i'?m|am|i'?m being|i am being|i was|i was being|i'?ve been|ive been|i can be) (?:so |too |really |very )?(?:controlling|controllin|abusive|possessive|toxic|the abuser)\b|\b(?:he|she|they) (?:never |doesn'?t |doesnt |does not |don'?t |dont )?(?:hits?|slaps?|punch\w*|push\w*|fights?) me back\b|\bi (?:did |do |have |'ve |ve )?(?:lose|lost|loose) it (?:a few|a couple of|loads of|lots of|a lot of|many|some|several) times\b|\bi (?:know i |knw i )?(?:was|been|have been|'ve been|ve been) (?:well |totally |bang |way )?out of order (?:with|to|towards) (?:her|him|them|my (?:wife|partner|girlfriend|gf|missus|husband|boyfriend|bf))\b|\bi (?:get|got|can get) (?:a bit |too |really )?(?:rough|handy|physical) with (?:her|him|them|my (?:wife|partner|girlfriend|gf|missus|husband|boyfriend|bf))\b|(?<!\bhe )(?<!\bshe )(?<!\bthey )\bhad (?:her|him) (?:by|round) the (?:throat|neck)\b|\bi (?:keep |always |constantly )?(?:check|checking|checkin|track|tracking|look at|looking at) where (?:my (?:gf|girlfriend|partner|wife|missus|bf|boyfriend|husband)|she|he) is\b|\bi (?:don'?t|dont|do not) (?:want|wanna) to be (?:like (?:that|this|him|my (?:dad|father|mum|mother|old man))|that (?:guy|person|man|woman|bloke))\b|"
    # "am worried aboot how a treat ma wife", "i lose it with my gf", "i punch walls and scream at her"
    r"\b(?:how|the way) (?:i|a) (?:treat|talk to|speak to|act with|behave with|am with|behave towards) (?:my|ma|me|the|our) (?:wife|partner|girlfriend|gf|missus|husband|boyfriend|bf|kids|family|fella)\b|"
    r"\bi (?:\w+ )?(?:lose|lost|losing|loose) it (?:with|wi|wiv|at) (?:her|him|them|my \w+|ma \w+|me (?:missus|lass|wife|fella|bloke|girlfriend|gf)|the missus|the wife)\b|\bi (?:\w+ )?(?:punch|punched|kick|kicked|smash|smashed|smashin|hit|hitting) (?:the )?walls?\b|"
    r"(?:\b(?:i|i'?m|im|i am|am) |^)(?:always |constantly |keep |still )?(?:check|checking|checkin|going through|goin through|going thru|goin thru|go thru|go through|reading|readin) (?:her|his|their|(?:my|me|ma) (?:wife|girlfriend|gf|partner|husband|boyfriend|bf|missus)'?s?) (?:phone|messages|texts|whatsapp|location|snap|snapchat|insta|instagram|emails)\b|\b(?:i )?(?:lose|losing|losin|lost) it (?:when|if|every time) (?:she|he|they)(?:'s|s| is| are| goes| go)? (?:out|goes|go|talks|texts|sees)\b|"
    r"\bi (?:\w+ )?(?:smash|smashed|smashin|smashing|break|broke|breaking) (?:my |her |his )?(?:gf|bf|girlfriend|wife|partner|boyfriend|husband|missus)?'?s? ?phone\b|"
    r"(?:^|[.,!?] ?)(?:i |a )?(?:smashed|smash|broke) (?:her|his|my (?:gf|girlfriend|wife|partner|boyfriend|bf|husband|missus|fella)'?s?) phone\b|(?:^|[.,!?] ?)(?:slapped|punched|pushed|shoved|kicked|headbutted|strangled|choked|grabbed) (?:my|me|the) (?:missus|wife|gf|girlfriend|partner|husband|boyfriend|bf|fella|hubby|lass|bird)\b|\b(?:punch\w*|hit|hitting|kick\w*|smash\w*) (?:the )?(?:wall|door)s? (?:right )?(?:next to|next tae|by|beside|near|behind) (?:her|his|their) (?:head|heid|face)\b|\b(?:help|helps|for) (?:blokes|men|guys|lads|people|someone) like me (?:to )?(?:stop|change)\b|\b(?:course|courses|programme|program|classes|group|anger management)\b.{0,30}\bfor (?:blokes|men|guys|lads|fellas|people|someone) like me\b|\b(?:i|a) (?:go|went|goes|gone|get|got) (?:pure |proper )?(?:mental|mad|radge|off my head|aff ma heid) at (?:her|him|them)\b|"
    r"\bi (?:shout\w* )?(?:n |and )?(?:punch|punched|punching|kick|kicked|kicking|smash|smashed) (?:the )?(?:walls?|doors?)\b|\bi (?:(?!he\b|she\b|they\b|hes\b|shes\b|he'?s\b|she'?s\b|my\b|his\b|her\b|him\b|them\b|told\b|said\b|saw\b|seen\b|think\b|thought\b)\w+ ){0,6}?(?:threw|throw|chucked|lobbed|hurled) (?:a |the |my |her |his )?\w+ at (?:her|him|his|them|my \w+)\b|\b(?:the )?abusive one\b|\bstop (?:being|bein) (?:so )?(?:jealous|controlling|possessive|abusive|violent|nasty)\b|\b(?:want|wanna|need|trying|try) to stop (?:hurting|hitting|scaring|shouting at|screaming at|hurtin|hittin) (?:her|him|them|my (?:wife|partner|girlfriend|gf|missus|husband|boyfriend|bf))\b|"
    r"\bi (?:do not|dont|don'?t|dinnae|won'?t|wont|will not) let (?:her|him|them|my (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|missus)) (?:see|go out with|talk to|speak to) (?:her|his|their) (?:pals|friends|mates|family|mum|mam|sister|brother)\b|"
    r"\b(?:i am|im|i'?m) the one (?:controlling|abusing|hurting|hitting|bullying)\b|\bi (?:made|make|forced|force) (?:her|him|them|my \w+) (?:delete|block|unfollow|hand over|show me)\b|"
    r"\bi check who (?:she|he|they) (?:follows|talks to|texts|messages|sees)\b|\bstop being (?:so )?(?:jealous|controlling|possessive|abusive)\b|"
    r"\bi (?:\w+ )?(?:lose|lost|losing) my (?:temper|rag|head)\b|\bi (?:get|got|go|went|am|'m) (?:so |really |very |too )?(?:angry|jealous|aggressive|violent|wound up|mad|nasty|possessive|controlling) (?:with|at|when|if|about)\b|"
    r"\b(?:cant|can'?t|cannot) control my (?:anger|temper|jealousy)\b|\b(?:hurt|scare|frighten|upset) (?:the people|people|the one|the person) i love\b|\b(?:i'?m|im|i am) (?:so |really |genuinely )?(?:scared|afraid|worried|frightened) of (?:myself|what i might do|what i'?ll do)\b|\bi (?:\w+ )?lash(?:ed)? out\b|\b(?:i'?m|im|i am) not (?:the bad (?:guy|one|person)|(?:some |a |an )?(?:wife|woman|girlfriend|missus) ?beater|(?:some |an )abuser)\b|\b(?:its|it'?s) me (?:doing it|thats doing it|who does it|whos doing it)\b|\bi (?:go thru|go through|check|read) (?:hers|his)\b(?! (?:past|record|records|history|background|criminal|previous|police|ex|exes|details|name)\b)|(?:^|[.,!?] ?)(?:lost it|lost my temper|lost my rag|lost me temper|lost me rag)\b.{0,30}\b(?:shoved|pushed|hit|slapped|grabbed|punched|kicked) (?:my|me|the) (?:missus|wife|gf|girlfriend|partner|husband|bf|boyfriend|fella|lass|bird)\b|\bi (?:\w+ )?(?:shouted|yelled|screamed) (?:at (?:her|him|them)|sometimes|a lot|in (?:her|his) face)\b(?! (?:to|for) (?:stop|get off|leave|go|back off|help))|\bi (?:\w+ ){0,3}smash(?:ed|ing|in)? (?:things|stuff|the place|the house|everything)\b|\b(?:i'?ve been|ive been|i have been|i been|i keep|i kept) (?:waiting|hanging about|hanging around|sitting|parking|turning up) (?:outside|near|round|at) (?:her|his|their) (?:work|house|flat|place|school|job|door|home)\b|"
    r"\b(?:my|me) (?:anger|temper|rage|jealousy|behaviour|behavior|own behaviour)\b|(?<!services )(?<!police )(?<!everyone )(?<!people )(?<!says )(?<!said )(?<!say )(?<!saying )(?<!claims )(?<!claiming )(?<!thinks )(?<!tell them )\b(?:i'?m|im|i am|i might be|am i|i think i'?m|i think im|think am|reckon am) (?:the |an |a )?(?:abusive|abuser|the problem|controlling|violent|toxic)\b|"
    # "shes got an order on me", "police give me a notice n said i cant go home", "i keep his bank card n give him money for the week"
    r"\b(?:got|has|put|taken out|took out) (?:an? |the )?(?:order|injunction|non[- ]?mol\w*|restraining order|dvpo|dvpn|notice) (?:on|against) me\b|\b(?:gave|give|given|served) me (?:a |an |the )?(?:notice|dvpn|dvpo)\b|\bi (?:keep|take|took|hold|control) (?:his|her|their|the) (?:bank ?card|card|money|wages|pay|passport|finances)\b(?! (?:off|from) me)|\b(?:she|he|they)(?:'s|s| is| are|'re) (?:now )?(?:calling|calls) (?:it|that|me) (?:financial |economic |emotional )?(?:abuse|abusive|controlling|coercive control)\b|"
    r"\b(?:scared|afraid|worried|frightened) (?:that |of what )?i(?:'ll| will| might| could| am going to)\b|\bi(?:'ll| will| might| could|'d| would|d) (?:hurt|hit|kill|batter|smash) (?:her|him|them|my)\b|\b(?:anger management|perpetrator programme|perpetrator program)\b|"
    r"\b(?:(?:line|number|helpline|service)s? for|(?:anyone|anybody|someone|somebody|anything|somewhere|any ?one) (?:who|that) (?:helps?|works? with|supports?)) (?:people|men|blokes|guys|lads|someone|anyone) (?:who|that) (?:hurt|hit|abuse|control|beat|scare) (?:their|his|her|a) (?:partners?|wives|wife|husbands?|girlfriends?|boyfriends?|family)\b|\b(?:course|courses|programme|program|classes?|help|support|someone)(?: or \w+)? for (?:men|blokes|guys|lads|people|dads|fathers|someone|partners) (?:who|that) (?:(?:get|are|become) (?:violent|abusive|aggressive|controlling)|(?:can'?t|cant|cannot|struggle to|don'?t|dont) control (?:their|his|her|the(?:ir)?) (?:temper|anger))\b|"
    r"\b(?:people|men|blokes|guys|someone|anyone|women) (?:who|that) (?:want to |wanna |are trying to |need to )?(?:stop )(?:hurting|hitting|abusing|controlling|scaring) (?:their|his|her|a) (?:partner|wife|husband|girlfriend|boyfriend|family|kids)\b"
)

# ---- nations the place gazetteer leaves out on purpose (too short or too ambiguous alone) --
_NI_CAPITALS = re.compile(r"(?<![A-Za-z])NI(?![A-Za-z])")  # "NI" in capitals; "ni" is too common
_NI_ALONE = re.compile(r"^\W*(?:in |im in |i'?m in |i am in |we'?re in |were in |its |it'?s |from )?ni\W*(?:btw|tho|though)?\W*$")
_NATION_WORDS = (
    (re.compile(r"\bn\.? ?ireland\b|\bnorn iron\b|\bnorthern irish\b|\bnorth of ireland\b|\bnorn ireland\b|\bdvads\b|\bpsni\b"), "northern_ireland"),
    # Mutated forms are Welsh only: "o fangor", "ym Mangor", "yng Nghasnewydd" (Gwynedd, Gwent).
    (re.compile(r"\bwelsh\b|\bcymru\b|\b(?:fangor|mangor|nghasnewydd|gasnewydd|casnewydd)\b"), "wales"),
    (re.compile(r"\bscottish\b|\bscots\b|\bdsdas\b|\bpolice scotland\b"), "scotland"),  # the nation's own scheme or force named: its answer
)
# ---- short typed answers ------------------------------------------------------------------
_YES = r"(?:yes+|yeah+|yea|yeh|yep|yup|ya|yah|ye|aye|y|sure|ok|okay|okey|k|course|of course|definitely|defo|deffo|totally|absolutely|all the time|always|often|usually|a lot|loads|lots|sometimes|some times|a bit|a little|kind of|kinda|sort of|sorta|i guess|i suppose|suppose so|i think so|think so|probably|he does|she does|they do|it does|i do|true|correct|that's right|thats right|right|please|yes please|go on|go ahead|why not|alright|ok then|ask me|ask away|ask|go for it|fire away|ok ask me|yes ask me)"
_NO = r"(?:no+|nah+|nope|na|naw|n|not really|not at all|never|no way|not that i know|not that i know of|he doesn'?t|she doesn'?t|they don'?t|i don'?t think so|don'?t think so|not much|not often|rarely|hardly|hardly ever|not anymore|no thanks|no thank you|nah thanks|i'?m ok|im ok|i'?m fine|im fine|not now|no ta)"
_UNSURE = r"(?:not sure|unsure|dunno|don'?t know|dont know|do not know|idk|no idea|skip|skip it|skip this|skip that|pass|next|move on|doesn'?t matter|doesnt matter|does not matter|rather not say|prefer not to say|i'?d rather not|id rather not|can we skip|maybe|hard to say|depends|it depends|not sure really|no comment|whatever)"
_TAIL = r"(?:\s+(?:tbh|to be honest|really|mate|hun|thanks|thank you|ta|please|pls|i think|i guess|honestly|lol|x+|sorry|though|tho|then|to be fair|tbf))*"
_ANSWER = {
    "yes": re.compile(rf"^(?:{_YES})(?:[\s,]+(?:{_YES}))*{_TAIL}[\s.!?]*$"),
    "no": re.compile(rf"^(?:{_NO})(?:[\s,]+(?:{_NO}))*{_TAIL}[\s.!?]*$"),
    "unsure": re.compile(rf"^(?:{_UNSURE})(?:[\s,]+(?:{_UNSURE}))*{_TAIL}[\s.!?]*$"),
}

# Words that carry no request of their own: what is left once these and the who/where words go decides if it is only an answer.
_FILLER = frozenset(
    """a an the and or but so well um erm er uh hmm oh ok okay like just its it's it is its for to
    of in at on near from about with im i'm i am we we're were are live living based stay staying
    up down round around by outside just about btw fyi thanks thank you ta cheers please pls
    sorry lol haha yeah yes no nah not really me my mine own myself our us town city area
    country bit part here there now currently at the moment atm tho though actually sure
    asking ask person someone somebody else someones behalf on behalf this that she he her his
    they them their who whose being got has have is was i'm live lives living from originally
    moved just recently north south east west of the uk side border borders end coast ochr ffin whos who's ond yno yna
    way fae frae aye baith bab babe hun pet duck love mun goin going on rambling owt does do maitters iddi iddo boi hogyn hogan lass fi'n wi'n ma'n
    dw dwi dwi'n dw i'n fi ni ni'n dan dan ni'n da ni'n rydyn rydw ydw yn yng ym y yr byw efo gyda hefo
    ger agos ardal sir tre dre dref pentre pentref rwan nawr diolch iawn plis ' 'n fenyw menyw ddynes dynes merch ferch
    ma mae maen hi hi'n o o'n fo fo'n fe fe'n e e'n nhw nhw'n symud wedi di hefyd blwyddyn flwyddyn ol nol ers""".split()
)
# Not after an apostrophe: the "n" of "dwi'n" is Welsh, not "N Ireland".
_ENTITY_WORDS = re.compile(
    rf"(?<!')\b(?:{_KIN_ALT}|{_PARTNER_ALT}|friend|friends|mate|mates|pal|pals|england|wales|scotland|ireland|northern|ni|n|english|welsh|scottish|irish|"
    r"woman|man|girl|guy|bloke|lad|male|female|lady|non|binary|nonbinary|non-binary|enby|gay|lesbian|bi|bisexual|trans|queer|lgbt\w*|"
    r"year|years|yr|yrs|yo|old|aged|age|teen|teenager|elderly|pensioner|older)(?:'s|s)?\b"
)
_WORD = re.compile(r"[a-z0-9']+")


@dataclass
class Profile:
    """Closed-category facts found in one message (all optional)."""

    asker: Optional[str] = None
    gender: Optional[str] = None
    age_group: Optional[str] = None
    identity: Optional[str] = None
    relationship: Optional[str] = None
    nation: Optional[str] = None
    answer: Optional[str] = None
    route: Optional[str] = None
    access: Optional[str] = None
    victim_is_self: bool = False
    perpetrator: bool = False
    extras: Dict[str, str] = field(default_factory=dict)

    def entities(self) -> List[Tuple[str, str]]:
        """(entity, value) pairs for every attribute found."""
        pairs = [
            (name, getattr(self, name))
            for name in ("asker", "gender", "age_group", "identity", "relationship", "nation", "answer", "route", "access")
        ]
        return [(name, value) for name, value in pairs if value]


def clean(text: Optional[str]) -> str:
    """Lower case, straight apostrophes, single spaces."""
    return " ".join((text or "").translate(_APOSTROPHES).lower().split())


def age_group(age: int) -> Optional[str]:
    """child under 16 (outside the adult definition), young 16-18, older 60 and over."""
    if age < 5:
        return None  # "im 2 scared" is not an age
    if age < 16:
        return "child"
    if age < 19:
        return "young"
    if age >= 60:
        return "older"
    return None


def _kin_gender(kin: str) -> Optional[str]:
    return "woman" if kin in _FEMALE_KIN else "man" if kin in _MALE_KIN else None


def _partner_gender(partner: str) -> Optional[str]:
    return "woman" if partner in _FEMALE_PARTNER else "man" if partner in _MALE_PARTNER else None


# "its for my sister, shes in omagh wi a fella who scares me": who it is for, whatever else is said of the one asking.
_FOR_KIN = re.compile(r"^(?:(?:no|yes|yeah|ok|its|it'?s|this is|i'?m|im|i am|asking|just)[ ,]+){1,3}(?:for|about|on behalf of) (?:my|me|a|our) ")


_HARMED_BEFORE = re.compile(rf"\b(?:(?:{_HARM_VERBS})\w*|hurtin|hittin|beatin|battering|batterin|abusing|abusin|attacking|assaulting|strangling|controlling|stalking)\s+$")


def _third_party(profile: Profile, text: str) -> None:
    """Someone else at risk: "my sister's husband", "worried about my 78 year old mum", "a mate"."""
    for match in _MY_KIN.finditer(text):
        kin, after = match.group("kin"), text[match.end():]
        if kin in _FRIENDS and _WITH_FRIENDS.search(text[: match.start()]):
            continue  # "he doesn't like me seeing my mates": the friends are who they're kept from
        possessive = bool(match.group("poss")) and re.match(rf"\s*(?:new\s+|ex\s+|current\s+)?(?:{_PARTNER_ALT})\b", after)
        # "my sister is being hit", "my mum's husband", "worried about my son"
        about = possessive or re.match(
            r"\s*(?:is|was|has|keeps|'s|s)?\s*(?:being|been(?!\s+\w+(?:ing|in|in')\s+(?:my|me|all my|all of my)\s+(?!nan|gran|grand|mum|mam|dad|sister|brother|daughter|son|aunt|uncle|cousin|wife|husband|partner|girlfriend|boyfriend))|getting|got|in an?|with an?|stuck with|married to|seeing|dating|going out with|going with|goin with|goin out with|courting|engaged to|living with|scared|afraid|frightened|terrified)\b",
            after,
        ) or re.search(rf"\b(?:worried|concerned|scared|afraid|asking|ask|apply|applying|check|checking|help|helping|for|about)\b(?:\s+\w+){{0,3}}\s+(?:my|our|me)\s+(?:{_AGE_WORD}\s+)?{re.escape(kin)}\b", text) or not re.search(r"\b(?:i'?m|im|i am)\s+(?:only\s+)?1[0-7]\b", text) and re.search(rf"\b(?:my|our|me)\s+(?:{_KIN_ALT})\s+(?:is\s+|has been\s+|keeps\s+|was\s+)?(?:abusing|abusin|abuses|hitting|hits|beating|beats|battering|batters|controlling|controls|bullying|bullies|hurting|hurts|belittling|belittles)\s+$", text[: match.start()])  # "my mum is abusing my dad": he is
        aged = _KIN_AGED.match(after)
        if aged and not re.search(rf"\b(?:{_HARM_VERBS})\s+me\b|\b(?:takes?|took|steals?|stole|nicks?|nicked|keeps?|spends?)\s+(?:all\s+)?my\b|\bout (?:of )?my (?:purse|wallet|bag|account)\b|\blives with me\b|\b(?:he'?s|hes|she'?s|shes|he is|she is) my (?:son|lad|boy|daughter|girl)\b", text):
            about = True  # "my dads 76 and his new wife has his bank cards": the person at risk, and their age
        if kin in _FRIENDS or kin in ("cousin",):  # (not "getting married to my cousin": who they're made to marry)
            about = about or not re.match(rf"\s*(?:{_HARM_VERBS})\s+(?:me|my|us)\b", after) and not re.search(r"\b(?:marry|married|marrying|wed|engaged)\b(?:\s+\w+){0,5}?\s+$", text[: match.start()])
        if not (about or KIN_HARMS_PARTNER.match(after) or re.match(r"\s+(?:has |just )?(?:admitted|admits|confessed|told me|tells me|says|said)\b", after) and KIN_HARMS_PARTNER.search(after)):  # ("my brother hits his wife", "...admitted to me hes been hitting his wife": his wife is at risk)
            continue
        profile.asker = "someone_else"
        profile.gender = profile.gender or (_partner_gender(harms.group("partner")) if (harms := KIN_HARMS_PARTNER.search(after)) else None if kin in _CHILD_KIN and not aged and not re.match(r"'?s? (?:wife|missus|girlfriend|fiancee?)\b", after) else _kin_gender(kin))  # (a grandson of no age: not the men's lines; one with a wife is grown)
        pronoun = _THIRD_PARTNER.search(after)
        if pronoun and profile.gender is None and kin not in _CHILD_KIN:
            profile.gender = {"her": "woman", "his": "man"}.get(pronoun.group("who"))
        if possessive:
            profile.relationship = "partner"
        age_text = match.group("age")
        if age_text:
            profile.age_group = profile.age_group or age_group(int(age_text))
        elif match.group("teen") in ("teenage", "teen", "young", "little"):
            profile.age_group = profile.age_group or "young"
        elif match.group("teen") in ("elderly", "old", "older", "aging", "ageing", "frail") or kin in _OLDER_WORDS or re.search(r"\b(?:dementia|alzheimer'?s)\b", text) or (re.search(rf"\bmy (?:{'|'.join(_OLDER_WORDS)})\b", text[: match.start()]) and re.search(r"\b(?:with|to|at|on) (?:her|him)\b|\b(?:her|his) (?:money|pension|bank|cards?)\b", after)):
            profile.age_group = profile.age_group or "older"
        if aged and not profile.age_group:
            profile.age_group = age_group(int(aged.group("n")))
        later = re.search(r"\b(?:she|he|they)(?:'s| is| are|s)\s+(?:only\s+)?(?P<n>\d{1,2})\b|(?:\b(?:who'?s|who is|aged|age)\s+|^\s*\()(?P<m>\d{1,2})\b", after)
        if later and not profile.age_group:
            profile.age_group = age_group(int(later.group("n") or later.group("m")))
        return
    third = _THIRD_PARTNER.search(text)
    generic = _ANY_MAN_OR_WOMAN.search(text)
    if generic and third and generic.start() < third.start():
        profile.gender = profile.gender or ("woman" if generic.group("who") in ("woman", "girl", "wife") else "man")
        return
    # (not "hes got a past for hurtin his ex": a past victim of the partner, the writer is at risk)
    if third and not _VICTIM_ME.search(text) and not _HARMED_BEFORE.search(text[: third.start()]) and not WARNED_ME.match(text[third.end():]):
        profile.asker = "someone_else"
        profile.relationship = "partner"
        if third.group("who") == "her":
            profile.gender = profile.gender or "woman"
        elif third.group("who") == "his":
            profile.gender = profile.gender or "man"
        return
    friend = _A_FRIEND.search(text)
    if friend and not _VICTIM_ME.search(text) and not _WITH_FRIENDS.search(text[: friend.start()]):
        profile.asker = "someone_else"
    elif _SOMEONE_ELSE.search(text):
        profile.asker = "someone_else"  # "girl at work has an ex that waits outside every nite"
        profile.gender, profile.age_group = profile.gender or ("woman" if re.match(r"^(?:a |this |the )?(?:(?:old|elderly|older) )?(?:girl|lass|woman|lady)\b", text) else "man" if re.match(r"^(?:a |this |the )?(?:(?:old|elderly|older) )?(?:guy|bloke|lad|man|fella|gent)\b", text) else None), profile.age_group or ("older" if OLDER_NEIGHBOUR.search(text) else None)


def _self(profile: Profile, text: str) -> None:
    """The person typing: their gender, age and identity, and the partner harming them."""
    if _NON_BINARY.search(text):
        profile.gender = "non_binary"
        profile.identity = "lgbt"
    elif (_MAN.search(text) or welsh_profile.is_man(text)) and not _SAID_WOMAN.search(text):
        profile.gender = "man"  # (not "is that line only for men who hit women? i'm a woman")
    elif _WOMAN.search(text):
        profile.gender = "woman"
    age = _SELF_AGE.search(text)
    welsh_age = welsh_profile.own_age(text)
    if age:
        number = int(age.group("age")) if age.group("age") else _NUMBER_WORDS[age.group("word")]
        profile.age_group = age_group(number)
    elif welsh_age is not None:
        profile.age_group = age_group(welsh_age)
    elif _SELF_YOUNG.search(text):
        profile.age_group = "child" if re.search(r"under 16|year (?:[7-9]|10|11)\b", text) else "young"
    elif _SELF_OLDER.search(text):
        profile.age_group = "older"
    partner = _MY_PARTNER.search(text)
    if partner:
        profile.relationship = "ex_partner" if (named := partner.group("partner") or partner.group("bare")).startswith("ex") else "partner"
        partner_gender = _partner_gender(named) or said_partner_gender(text)
        if partner_gender and profile.gender in ("man", "woman") and partner_gender == profile.gender:
            profile.identity = "lgbt"  # a man and his husband, a woman and her wife
    elif re.search(rf"\bmy (?:{_alt(_FEMALE_KIN)}|{_alt(_MALE_KIN)})\b", text):
        profile.relationship = profile.relationship or "other_family"
    if _SELF.search(text):
        profile.asker = "self"


# "my mate said they'll say..." reports what someone said; it doesn't make them the one at risk.
_REPORTED = re.compile(rf"\b(?:my|our|me)\s+(?:{_KIN_ALT})s?(?:\s+(?:n|and|&)\s+\w+)?\s+(?:all\s+)?(?:said|says|say|told me|tell me|reckons|reckoned|thinks|thought|keeps saying|reckon|(?:are|is|keep|keeps) (?:saying|sayin|telling me|tellin me))\b")
# "I'm his wife": the person typing is the partner, and at risk (the person harming is "he").
_I_AM_PARTNER = re.compile(r"\b(?:i'?m|im|i am) (?:his|her|their) (?P<partner>wife|husband|partner|girlfriend|boyfriend|missus|fiancee?|gf|bf)\b")
_ITS_ME = re.compile(r"\b(?:its|it'?s|it is) (?:actually |really |honestly |just )?(?:me|for me|about me|myself)\b(?! (?:and|or) )")
_BARE_KIN = re.compile(rf"^(?:it'?s |its |it is |for |about |for my |about my )?(?:my|our|me|a|one of my)\s+(?:{_AGE_WORD}\s+)?(?P<kin>{_KIN_ALT})(?:'s|s)?(?:\s+(?:\w+\s+)?(?P<partner>{_PARTNER_ALT}))?[\s.!]*$")
_BARE_PARTNER = re.compile(rf"^(?:(?:ok|okay|no|nah|sorry),? )?(?:but )?(?:it'?s |its |it is |about |for )?(?:my|me|our)\s+(?:own\s+)?(?:{_AGE_WORD}\s+)?(?P<partner>{_PARTNER_ALT})(?:,? not (?:a|my) \w+)?(?: if (?:that|it) (?:matters|helps|changes anything))?[\s.!]*$")


def extract(text: Optional[str]) -> Profile:
    """Every closed-category fact in one message (see the module docstring)."""
    raw = text or ""  # "daughters boyfriend has her location": "my" left out before a relative's partner
    lowered = re.sub(r"\bma (?=(?:wee |big |auld )?(?:sisters?|brothers?|maw|da|pals?|mates?|wife|man|husband|boyfriend|girlfriend|daughters?|sons?|granny|gran|nan|mum|mam)\b)", "my ", clean(raw))  # Scots "ma wee sister"
    lowered = re.sub(r"^(?=(?:daughters?|sons?|sisters?|brothers?|mums?|mams?|dads?|nans?|grans?|nieces?|best mates?|mates?|cousins?)'?s? (?:new )?(?:boyfriend|girlfriend|bf|gf|husband|wife|partner|fella|missus|ex)\b)", "my ", re.sub(r"\bour lass\b", "my missus", lowered))  # "our lass": his wife
    profile = Profile()
    if not lowered:
        return profile
    profile.victim_is_self = (bool(_VICTIM_ME.search(NOT_BACK.sub(" ", lowered)) or VICTIM_MORE.search(lowered)) or welsh_profile.victim_is_self(raw)) and not _FOR_KIN.match(lowered)
    profile.perpetrator = bool(harms := _PERPETRATOR.search(lowered)) or welsh_profile.perpetrator(raw) or bool(I_CONTROL.search(lowered))
    for name, pattern in _ANSWER.items():
        if pattern.match(lowered):
            profile.answer = name
            break
    bare_partner = _BARE_PARTNER.match(lowered)
    if bare_partner:
        # "it's my boyfriend", said to "for you or someone else?": about their own partner.
        profile.asker = "self"
    elif _BARE_KIN.match(lowered):
        # "my sister", "a mate", "my daughter's fiance": someone else is at risk.
        kin = _BARE_KIN.match(lowered).group("kin")
        profile.asker = "someone_else"
        profile.gender = _kin_gender(kin)
        profile.relationship = "partner" if _BARE_KIN.match(lowered).group("partner") else None
        profile.age_group = "older" if kin in _OLDER_WORDS else None
    elif _ITS_ME.search(lowered):
        profile.asker = "self"  # "no its me", "ok tbh its not my mate its me"
        if profile.answer == "no":
            profile.answer = None
    elif _I_AM_PARTNER.search(lowered):
        partner = _I_AM_PARTNER.search(lowered).group("partner")
        profile.asker, profile.relationship = "self", "partner"
        profile.gender = {"wife": "woman", "girlfriend": "woman", "missus": "woman", "fiancee": "woman", "gf": "woman",
                          "husband": "man", "boyfriend": "man", "bf": "man"}.get(partner)
    elif not profile.victim_is_self:
        _third_party(profile, _REPORTED.sub(" ", lowered))
    if profile.asker is None and not profile.victim_is_self and welsh_profile.about_someone_else(raw):
        profile.asker = "someone_else"  # "ar ran fy chwaer", "mae chwaer fi'n byw efo boi sy'n..."
        profile.gender, profile.age_group = profile.gender or welsh_profile.someone_else_gender(raw), profile.age_group or (age_group(n) if (n := welsh_profile.their_age(raw)) else None)  # "gwraig fy mrawd": a man
    if profile.asker != "someone_else":
        _self(profile, lowered)
    elif profile.gender is None and not (A_CHILD.search(lowered) and not re.search(r"\b(?:he'?s|hes|she'?s|shes|he is|she is|aged) (?:[2-9]\d)\b", lowered)):  # (not "my grandson, his da batters his mammy": a child; "hes 24" is not)
        # "my mate's girlfriend hits him": the pronouns say who is at risk.
        male, female = re.search(r"\b(?:him|his)\b" if re.search(r"'?s? (?:husband|boyfriend|bf|hubby|fella|fiance)\b", lowered) else r"\b(?:him|he|his)\b", lowered) or _MAN.search(lowered), re.search(r"\b(?:her|she|hers)\b", lowered)  # ("my mates husband. is he gonna be told": he is the husband)
        if male and not female:
            profile.gender = "man"
        elif female and not male:
            profile.gender = "woman"
    if profile.identity is None and (_LGBT.search(lowered) or _NON_BINARY.search(lowered) or welsh_profile.is_lgbt(raw)):  # (and "ppl who r non binary")
        profile.identity = "lgbt"
    if profile.age_group is None and not profile.victim_is_self:
        # "shes 72 if that matters": their age; "...im 14. what do i do", worried about mum: a child writing (Childline too).
        said = _THEIR_AGE.search(lowered) or profile.asker == "someone_else" and (mine := _SELF_AGE.search(lowered)) and mine.group("age") and int(mine.group("age")) < 16 and mine
        if said:
            profile.age_group = age_group(int(said.group("n") if "n" in said.groupdict() else said.group("age")))
    if profile.age_group is None and (profile.asker == "someone_else" or not profile.victim_is_self and re.search(r"\bin (?:her|his|their) (?:late |early |mid )?[6-9]0s\b", lowered)) and _OLDER_DECADE.search(lowered):
        profile.age_group = "older"  # "old fella next door, must be late 80s"
    profile.nation, profile.age_group = _nation_word(raw, lowered), profile.age_group or (  # "my mate's dad hits her mam, mae hi'n 14": their age, in Welsh
        age_group(n) if profile.asker == "someone_else" and not profile.victim_is_self and (n := welsh_profile.their_age(raw)) else None)
    profile.access, profile.age_group = "text_only" if TEXT_ONLY.search(lowered) or welsh_profile.text_only(raw) else None, profile.age_group or ("young" if A_CHILD_WRITING.search(lowered) else None)
    profile.perpetrator = profile.perpetrator and not (harms and _ACCUSATION_BEFORE.search(lowered[:harms.start()])) and not (harms and profile.victim_is_self and re.match(r"(?:i'?m|im|i am) not\b", harms.group(0))) and not (harms and profile.asker == "someone_else" and re.search(rf"(?:\b(?:my|me)\s+|\b(?=our kid))(?:{_KIN_ALT})'?s?\s+(?:{_PARTNER_ALT})\b", lowered) and not re.search(r"\bi\b", harms.group(0)))  # "my brothers wife... smashed his phone": hers ("im not the bad guy here. shes the one who used to hit me": hurt)
    if profile.perpetrator and not profile.victim_is_self:
        profile.route = "own_behaviour"
    else:
        profile.route = next((route for route, pattern in ROUTE_WORDS if pattern.search(lowered)), None)
    return profile


def _nation_word(raw: str, lowered: str) -> Optional[str]:
    """A nation the place gazetteer leaves out: "NI", "N Ireland", "Welsh", "Scottish"."""
    if _NI_CAPITALS.search(raw) or _NI_ALONE.match(lowered):
        return "northern_ireland"
    for pattern, nation in _NATION_WORDS:
        if pattern.search(lowered):
            return nation
    if re.search(r"\bbangor\b", lowered) and language.language_of(raw) == "cy":
        return "wales"  # Bangor in a Welsh message is Gwynedd's (the gazetteer leaves it out: Co Down has one)
    return None


def leftover_words(text: Optional[str]) -> List[str]:
    """The words of a message that are not filler, places or who-words: what it asks beyond them."""
    lowered = _ENTITY_WORDS.sub(" ", clean(text))
    return [w for w in _WORD.findall(lowered) if w not in _FILLER and not w.isdigit()]
