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
from actions.base import DANGER_LINE, HarbourAction, directory, earlier_intents, language, text_access_text, with_slots
from actions.guidance_points import answer_asked_points
from actions.law import law_elsewhere
from harbour.language import say
from harbour.nlu.language import asks_for_a_welsh_speaker
from harbour.nlu.topic_words import DEFINITION_QUESTION
from harbour.nlu.asked_words import AUDIENCE_QUESTION, BILL, COST_ASKED, COURSE_ASKED, EARLIER_NUMBER, EVIDENCE_ASKED, FOR_THEM, SCHEME_WORDS, GOES_BACK, NOT_READY, HOURS_ASKED, MEET_ASKED, NO_THREATS, NOT_IN_TROUBLE, ONCE_ASKED, PHONE_CHECKED, SILENT_ASKED, SILENT_ELSEWHERE, SILENT_IF, STILL_ABOUT_IT, TEXT_ROUTE_ASKED, STILL_FEELS, WHAT_CAN_I_DO, WHAT_THEY_DO, WIPE_ASKED, WORD_AGAINST, named_services
from harbour.routing import format_service
from harbour.vocab import GUIDANCE_TOPICS, SERVICE_MARK

# "is that number free?", "whats the number again", "y rhif yna" (the bill and the cost: BILL, COST_ASKED)
SAME_NUMBER = re.compile(
    r"\b(?:that|the|this|ur|your|their) (?:number|line|helpline)\b|\b(?:that|this) one\b(?! (?:who|that|abusing|hurting|doing))|\bis (?:it|that|this|they|the call) (?:free|anonymous)\b|"
    r"\bnumber again\b|\b(?:what|wot|wat) (?:was|is) (?:it|that) again\b|\b(?:y rhif|rhif (?:yna|na|yma|hwnna))\b"
)
# "whats the mens number again": another line than the one just given.
OTHER_LINE = re.compile(
    r"\b(?:mens|men'?s|men|male|lads?|blokes?|women'?s|womens|women|lgbt\w*|gay|trans|galop|respect|refuge|childline|hourglass|karma|"
    r"stalking|police|101|welsh|wales|scottish|scotland|irish|ireland|domestic|dynion|merched|heddlu|cymraeg|abuse (?:thing|line|one|number|people|helpline|service))\b"
)
# After the tech-abuse answer: "should i just delete it", "can i take it off", "ddylwn i jyst dileu'r app?"
REMOVE_IT = re.compile(
    r"\b(?:delete|deleting|remove|removing|uninstall\w*|get rid of|chuck (?:it|that)|bin (?:it|that)|smash (?:it|that)|throw (?:it|that) away|take (?:it|that|the app) off|turn (?:it|that|location) off|switch (?:it|that|location) off|"
    r"wipe|reset|factory reset|block (?:it|him|her)|change (?:my |the |all my )?(?:password|passwords|passcode|pin))\b|\b(?:dileu|ddileu|tynnu|dynnu|cael gwared|diffodd|ailosod)\b"
)
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
# Pressing after a refusal: "please, im not gonna do anything, i just want to talk to her", "ond dwi'n deulu iddi".
PUSHBACK = re.compile(
    r"\bjust (?:want|wanna|need)s? to (?:talk to|see|speak to) (?:her|him|them|my)\b|\bnot (?:going to|gonna|gunna) (?:do|hurt|touch)\b|\b(?:have|got) (?:a|every) right\b|"
    r"\b(?:she'?s|shes|he'?s|hes|they'?re) my (?:wife|husband|partner|girlfriend|boyfriend|daughter|son|sister|brother|kids|children|(?:best |oldest )?(?:friend|mate|pal))\b|\bcome on\b|\b(?:ur|you'?re|youre|you are) (?:useless|no help|a joke|pointless)\b|"
    r"\bi'?m (?:her|his|their) (?:husband|wife|partner|family|dad|mum|brother|sister)\b|\b(?:dwi'?n|dw i'?n|fi'?n) (?:deulu|dad|mam|gwr|wr) (?:iddi|iddo|iddyn)\b|"
    r"\b(?:fi|fi'?n|dwi|dw i|mi) (?:yw|ydi|ydy|ydw|'n|yn) (?:ei |eu )?(?:chwaer|brawd|frawd|mam|fam|tad|dad|gwr|wraig|ffrind|theulu|deulu)(?: hi| o| fo| fe| e)?\b|\b(?:jyst|jest|dim ond) (?:moyn|isio|eisiau) (?:gwbod|gwybod|wybod|wbod) (?:bod|fod) (?:hi|o|fo|e|fe|nhw)(?:'n| yn) (?:ok|iawn|saff|ddiogel|olreit)\b|"
    r"\b(?:jyst|jest|dim ond) (?:isio|eisiau|moyn) (?:siarad efo|siarad gyda|gweld) (?:hi|o|fo|fe|nhw|y plant|fy mhlant|mhlant i|plant fi|fy mab|fy merch)\b|\b(?:dwi|dw i|fi)(?:'n)? ddim yn (?:abuser|abusive|dreisgar|gamdriniwr|camdriniwr)\b|"
    r"\bc'?mon\b|^go on\b|^why not\b|^(?:pam|pam dim|pam ddim|pam lai|why|why not)\W*$|\b(?:jyst|just) (?:isio|eisiau|moyn|want to|wanna) (?:gwbod|gwybod|wybod|know) (?:os|if)\b|\b(?:plis |please )?(?:jyst|just) (?:edrych|sbio|look|check)\b|\bti'?n gallu gweld\b|\b(?:its|it'?s) my right\b|\bas (?:her|his|their) (?:dad|mum|mam|father|mother|husband|wife|parent)\b|\b(?:its|it'?s) urgent\b|\b(?:she|he) needs to know\b|\b(?:its|it'?s|thats|that'?s) (?:normal|what couples do)\b|\b(?:loads of|lots of|most|all) couples\b|\b(?:get|pick up|collect) my (?:stuff|things|belongings|clothes|bits)\b|\bhow (?:do|can) i see (?:them|my (?:kids|children|son|daughter)|the (?:kids|children))\b|"
    r"\b(?:what|wot|wat) (?:am i|do i) (?:meant|supposed) to do\b|\b(?:be|beth) (?:dwi|dw i) fod i (?:neud|wneud|gwneud)\b|\byes or no\b|\b(?:ie|ia) neu na\b|\b(?:you|u) (?:must|should|gotta|have to) (?:be able to|know|have)\b|\bsurely (?:you|u) can\b|\bjust (?:tell|say|give) (?:me|us|it)\b|\b(?:jyst|jest) (?:deud|dweud|gweud)\b|\b(?:fi|dwi|dw i)(?:'n| di| yn) (?:deulu|teulu)\b|"
    r"\bhow am i (?:meant|supposed) to see\b|\b(?:i )?(?:aint|ain'?t|haven'?t|havent|have not|didn'?t|didnt|never) (?:done|did) (?:nothing|anything|owt|nowt) wrong\b|\b(?:just|only) (?:want|wanna|need)s? to know (?:if |that )?(?:they|she|he|the kids|my kids|the children|my children)(?:'re|re| are| is|'s|s)? (?:ok|okay|safe|alright|fine|well)\b|\b(?:it'?s|its|i'?m|im|i am) (?:genuine|legit|for real|not (?:him|her|them|the abuser|the one))\b|\bi (?:swear|promise)\b|\bi (?:just|only) care about (?:her|him|them)\b|\b(?:i'?m|im|i am) not (?:a |some )?(?:psycho|stalker|weirdo|creep|nutter|nutcase|maniac)\b|\bfi sy'?n talu\b|\bpoint me (?:in )?the right (?:way|direction)\b|\bat least (?:say|tell me|give me)\b|\b(?:i'?m|im|i am) not (?:abusive|an abuser|violent|dangerous|a stalker)\b|"
    r"\bjust (?:want|wanna|need) to know (?:she|he|they|my \w+)(?:'?s|'?re| is| are)? (?:ok|okay|safe|alright|all right)\b|\b(?:she'?s|shes|he'?s|hes) (?:cheating|seeing someone|having an affair)\b|"
    r"\b(?:jyst|jest|dim ond) (?:deud|dweud|enw)(?:'r| yr)? (?:app|ap)\b|\benw'?r (?:app|ap)\b|\bplant fi ydyn nhw\b|\bfy (?:mhlant|mhlentyn) i ydyn nhw\b|\b(?:ma|mae) gen i hawl\w*\b|\bso ti'?n gwrthod\b|"
    r"\b(?:ei )?(?:chwaer|brawd|mam|tad|merch|mab|ffrind) (?:hi |o |fo )?ydw i\b|\b(?:dwi|dw i|fi)(?:'n| yn) (?:chwaer|frawd|fam|dad|ffrind|ffrind gora) (?:iddi|iddo|iddyn)\b|\bdim fi sy(?:'n| yn) (?:ei )?(?:brifo|frifo|cam-drin|gam-drin)\b|\bdim ond parsel\b|\bjust a (?:parcel|present|card)\b|\b(?:cheatio|twyllo arna i|chwarae o gwmpas)\b|\bfi pia\b|\bi pay for (?:it|the phone|the bill|her phone|his phone)\b|\b(?:its|it'?s) my (?:phone|contract|account)\b|"
    r"\b(?:dwi'?n|dw i'?n|rwy'?n|rydw i'?n|fi'?n|wi'?n|dwi jyst yn|dw i jyst yn|fi jyst yn|wi jyst yn) (?:jyst |dim ond )?(?:poeni|becso|gofidio) (?:amdani|amdano|amdanyn)\b|\b(?:dim byd|nothing|nuthin|nothin) (?:creepy|weird|sinister|drwg|dodgy)\b|\bworried about (?:her|him|them),? (?:that'?s|thats) all\b|\b(?:its|it'?s|it is) not abuse if\b|\b(?:i'?m|im|i am) (?:just|only) (?:worried|curious|checking)\b|"
    r"\bpam (?:sa i|dwi ddim|dw i ddim|fi ddim|na ga i|na chai|alla i ddim)(?:'n| yn)? ?(?:cal|cael|gael|ca'?l)? (?:gwbod|gwybod|wbod|wybod)\b|\bwhy (?:can'?t|cant|cannot|shouldn'?t) i (?:know|be told|find out)\b|"
    r"\b(?:dwi|dw i|fi|wi)(?:'n| yn)? ddim yn (?:foi|ddyn|berson|bartner) (?:drwg|cas|peryg|peryglus)\b|\b(?:dwi|dw i|fi|wi)(?:'n| yn) (?:jyst |dim ond )?(?:ei charu|ei garu|caru) (?:hi|o|fo|e|fe)\b"
)
# "can i email them instead", "alla i ebostio?", "can i text instead": the line's other ways in.
OTHER_WAY_ASKED = re.compile(
    r"\b(?:can|could|do|should) (?:i|a|we) (?:e-?mail|text|txt|message|web ?chat|chat online)\b|\b(?:e-?mail|text|txt|web ?chat|message) (?:them|instead|rather)\b|"
    r"\b(?:email address|by email|by text|online chat|another way|other way|other ways)\b|\b(?:ffordd arall|ffyrdd eraill)\b|"
    r"\b(?:don'?t|dont|do not) want to (?:talk|speak|ring|call) (?:on the phone|out loud|anyone|anybody|people)\b|\b(?:can|could) i (?:just )?(?:type|typing|write)\b|\b(?:alla i|galla i|fedra i) (?:siarad|ffonio) ar y ff[oô]n\b|\b(?:llefen|crio|crying) (?:gormod|too much)\b|(?:\b(?:ddim|dim|dwim|sa i|sai|so i|dw i ddim)|'m) (?:isio|eisiau|moyn|ishe) (?:siarad ar (?:y )?ff[oô]n|ffonio)(?: (?:da|gyda|efo|hefo) neb| neb)?\b|"
    r"\b(?:e-?bost\w*|ebostio|neges destun|sgwrs (?:ar y we|ar-lein|arlein))\b|\b(?:rwbath|rhywbeth|rhywle|ffordd) (?:ar[- ]?lein|arlein|ar y we)\b|\byn lle ffonio\b|\b(?:alla i|ga i|galla i|fedra i|oes modd|gallu) (?:eu |ei )?(?:tecstio|decstio)\b|\b(?:tecstio|decstio) (?:nhw|y llinell|yn lle)\b|"
    r"\bnot ready to (?:ring|call|phone|talk)\b|\b(?:ddim yn |dim yn )?barod i (?:ffonio|ffono|siarad)\b|"
    # "can i do it without ringing", "can i do it without talking out loud, hes a light sleeper"
    r"\b(?:do it|do that|contact them|reach them|get help|get in touch|talk to them)(?: \w+)? without (?:ringing|calling|phoning|talking|speaking|having to (?:ring|call|phone|talk|speak))\b|\bwithout (?:talking|speaking) out loud\b"
)
FOR_THEM_ANSWER = "You can call for them. These lines talk to friends and family too, about how to help:"
HOURS_ANSWER = "When each line is open, where it's known:"
OTHER_WAYS_ANSWER = "Other ways to reach each line, where they have them:"
# "i dont want samaritans, i want someone who gets the abuse side of it"
NOT_SAMARITANS = re.compile(
    r"\b(?:dont|don'?t|do not|not) (?:want|need|wanna) (?:the )?samaritans\b|\b(?:abuse side|about abuse|knows about abuse|gets the abuse|understands abuse)\b|\b(?:domestic )?abuse (?:thing|people|service|one|line|number|helpline)\b|"
    r"\bddim (?:isio|eisiau|moyn) (?:y )?samaritans\b"
)
ABUSE_LINES = "These lines are for domestic abuse, and can talk it through with you:"
# After the honour-based abuse answer: "is it even legal at 17", "shes says its just arranged not forced",
# "what if they take me abroad", "be os dwi allan o'r wlad yn barod": that answer (the law, arranged or
# forced) and its lines (the Forced Marriage Unit's number from abroad) again.
HONOUR_ASKED = re.compile(
    r"\b(?:legal|illegal|allowed|against the law|the law|arranged|abroad|overseas|over there|out there|out of the country|back home|passport|age|under 18|not 18|not eighteen|at 1[0-7]|flights?|booked|tickets?|plane|holiday)\b|"
    r"\b(?:cyfreithlon|anghyfreithlon|yn erbyn y gyfraith|trefnu|wedi(?:'i)? drefnu|dramor|tramor|allan o'?r wlad|pasbort|pasport|basport|mhasport|passport|oed|hawl|awyren|tocyn\w*|mynd a fi (?:draw|yno|i ffwrdd)|(?:mynd|fynd) (?:draw|yno|dros y mor)|(?:helpu|help) (?:fi|i fi) (?:yna|yno|draw))\b|"
    r"\b(?:i'?m|im|i am|dwi'?n|dw i'?n|fi'?n|wi'?n) (?:only |just )?1[0-7]\b|\b(?:dwi|dw i|fi|wi) (?:ond|jyst|dim ond) yn 1[0-7]\b|\bcael (?:neud|gwneud|wneud) (?:hyn|hynny|hyn i fi)\b|"
    r"\b(?:in trouble|get into trouble|arrested|go to (?:jail|prison)|mewn trwbl|mewn trafferth|carchar|arestio)\b|\b(?:stays? in the family|family matter|keep it in the family|not the police|aros yn y teulu)\b|\b(?:stop|prevent) (?:them|him|her|my (?:parents|family|dad|mum|brothers?)) (?:from )?(?:taking|sending|making|marrying)\b|"
    r"\b(?:still forced|forced if|pressure|pressured|guilt trips?|emotional blackmail|gorfodi|pwysau)\b|\btoo late\b|\bagainst (?:my|the|our) family\b|\bturn on me\b|\bdisown\w*\b|\b(?:already|once (?:she|he|they)(?:'s|s| is| are)?) (?:gone|there|abroad|married)\b|\b(?:rhy hwyr|yno'n barod|wedi mynd yn barod)\b"
)
# After lines: "what if he finds out i rang them", "will she know i called", "be os neith o ffeindio allan?"
FOUND_OUT = re.compile(
    r"\bwhat if (?:he|she|they) (?:finds?|found|find) out\b|\b(?:will|would|could|can) (?:he|she|they) (?:find out|know|see|tell)\b.{0,30}\bi (?:rang|called|phoned|contacted|spoke)\b|"
    r"\bfinds? out (?:i|that i) (?:rang|called|phoned|contacted|spoke)\b|\b(?:talk|speak) to (?:someone|somebody|anyone)\b.*\bwithout (?:my \w+|him|her|them|anyone) (?:finding out|knowing|knowin)\b|\b(?:be|beth) os (?:neith|wneith|fydd|bydd|ddaw) (?:o|e|fo|fe|hi) (?:i )?(?:ffeindio allan|wybod|gwybod|ddarganfod|darganfod)\b|"
    r"\b(?:fydd|neith|wneith) (?:o|e|fo|fe|hi)(?:'n| yn)? (?:gwybod|ffeindio allan|darganfod)\b|"
    # "will they tell my mum if i ring", "fyddan nhw'n deud wrth mam os dwi'n ffonio?"
    r"\b(?:will|would|do|does) (?:they|it|the line|childline|the helpline) tell (?:my \w+|him|her|anyone|the police|social services)\b|"
    r"\b(?:fyddan|fydd|neith|wneith) (?:nhw|o|e|hi)(?:'n| yn) (?:deud|dweud|gweud) wrth (?:mam|dad|fo|fe|hi|neb|yr heddlu|rywun)\b"
)
FOUND_OUT_ANSWER = (
    "Helplines are confidential: what you tell them stays with them, except where someone's life, or a child, is at serious risk. "
    "If he might check your phone, call from one he can't get at, like a friend's phone or a work phone. Deleting calls from the "
    "history can be noticed too."
)
# After the sexual-abuse answer: "is there somewhere just for the sex side of it", "oes na linell ar gyfer trais rhywiol?"
SEXUAL_LINE_ASKED = re.compile(
    r"\b(?:sex|sexual|rape|raped|in bed|assault)\b.*\b(?:somewhere|someone|anyone|line|helpline|number|service|charity|people|support)\b|"
    r"\b(?:somewhere|someone|anyone|line|helpline|number|service|charity|people|support)\b.*\b(?:sex|sexual|rape|in bed)\b|"
    r"\b(?:rhyw|rhywiol|treisio|trais)\b.*\b(?:llinell|rhif|rhywun|rhywle|gwasanaeth|help)\b|\b(?:llinell|rhif|rhywun|rhywle|gwasanaeth|help)\b.*\b(?:rhyw|rhywiol|treisio|trais)\b"
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
# After the stalking answer: "the police say they can't do anything because he hasn't threatened me"
POLICE_WONT = re.compile(
    r"^(?!.*\b(?:disclos\w*|record|clare'?s?|claire'?s?|datgelu|dvds|dsdas|dvads|history|hanes|past|gorffennol)\b).*\b(?:police|cops|heddlu)\b.*\b(?:can'?t|cannot|won'?t|wont|nothing|not interested|methu|ddim yn gallu|dim byd|ddim isio)\b"
)
# "she'll kill me if she knows i told anyone", after the friend's answer: that answer again (keeping a confidence)
TOLD_ANYONE = re.compile(r"\b(?:be|beth) os (?:ydi|di|yw|ydy) (?:hi|o|fo|e)(?:'n| yn) (?:deud|dweud|gweud) (?:bod |fod )?(?:dim byd|dim) yn bod\b|\bwhat if (?:she|he|they) (?:says?|said|tells? me) (?:nothing'?s wrong|(?:she'?s|he'?s|they'?re|its|it'?s) fine|everything'?s fine)\b|\b(?:if|when) (?:she|he|they) (?:knows?|finds? out|found out|sees?) (?:i|that i) (?:told|said|spoke|rang|called|snitched|grassed)\b|"
                         r"\b(?:she|he|they)(?:'ll| will) (?:hate|kill) me if\b|\b(?:she|he|they) (?:says?|said|thinks?|reckons?) (?:it'?s|its|that'?s|thats) (?:normal|fine|nothing|ok|okay)\b|\beveryone does it\b|\b(?:told|asked) me not to tell\b|\b(?:she|he|they) (?:won'?t|wont|doesn'?t|doesnt|will not|does not) (?:talk|speak|open up|say anything)(?: to me)?(?: about it)?\b|\b(?:neith|wneith|bydd|fydd) (?:hi|o|fo) (?:yn )?(?:gasau|casau|nghasau) (?:fi|i)\b")
# "what about her? if she wants to talk to someone", after Respect's line
THEIR_SIDE = re.compile(
    r"\b(?:what|wot|wat) about (?:her|him|them|my (?:wife|partner|girlfriend|husband|boyfriend|missus))\b|\bwhere (?:can|could|does|should) (?:she|he|they) (?:get|go for|find) (?:help|support)\b|\b(?:if|what if) (?:she|he|they) (?:wants?|needs?) (?:to talk|someone|help|support)\b|"
    r"\b(?:be|beth) (?:amdani|amdano|amdanyn) (?:hi|o|fo|nhw)\b|\bos (?:di|ydi|ydy|yw) (?:hi|o|fo|e) (?:isio|eisiau|moyn|angen) (?:siarad|help|cymorth)\b|\bsomeone (?:for|she can talk to|he can talk to)\b|"
    r"\bcan (?:she|he|they) (?:get|have) (?:help|support|someone)\b|\b(?:she|he|they) (?:could|can) (?:ring|call|phone|talk to|speak to) (?:someone|somebody|anyone|a line)\b"
)
FOR_THE_PARTNER = "For the person you're worried about, these lines can help:"
HELP_TO_CHANGE = "Respect's line is the place to ask about help to change:"
OWN_CRIME = "Controlling or coercive behaviour is a crime, and so are violence and stalking."
# "so who am i meant to talk to then", after a refusal
WHO_THEN = re.compile(r"\bwho (?:am i|do i|can i|should i) (?:meant to |supposed to )?(?:talk|speak|ring|call|go)(?: to| with)?(?: then| now| instead)?\W*$|\b(?:i|i'?m|im) (?:might |may |probably )?(?:need|needs) help (?:myself|meself)\b|\b(?:angen|isio|eisiau) help (?:fy hun|i fi fy hun)\b|\b(?:efo|gyda|hefo) pwy (?:dwi|ga i|alla i) (?:fod i )?siarad\b|\bpwy (?:alla|ga|ddylwn) i (?:ffonio|siarad)\b")
# "whats the number to apply again" after a refusal: the scheme's, not the refusal's line.
SCHEME_ASKED = re.compile(r"\b(?:apply|applying|application|clare'?s?|claire'?s?|disclos\w*|request|gwneud cais|datgelu)\b")
FOUND_IT = re.compile(r"\b(?:he|she|they) (?:goes through|go through|checks|reads|finds|found|sees|looks at|looks through)\b")  # "i keep notes on my phone but he goes through it"
ASKING = re.compile(r"\b(?:should|shall|do|can|could|would) i\b|\bwould (?:\w+ ){0,3}help\b|\bwhat'?s the point\b|\bwhats the point\b|\bis it (?:worth|better|best|ok)\b|\b(?:ydi|ydy|yw) (?:o|e|hi)(?:'n)? werth\b|\?|\b(?:ddylwn|ddylswn|dylwn|oes angen|ga i|alla i|fedra i)\b")
EVIDENCE_ANSWER = (
    "If it's safe to, keep them. Messages, voicemails and a dated log (a diary) of each incident can be evidence if you report it, "
    "now or later. Keep copies somewhere safe they can't get at, such as a device they've never had access to, and don't let them "
    "know you're keeping them."
)
ONCE_ANSWER = (
    "Once can be enough. Under the Domestic Abuse Act 2021 abuse doesn't have to be a pattern: a single incident can count, "
    "and being pushed, hit or hurt is a crime. It isn't your fault."
)
# After the covering-tracks answer: "if i clear all the history is that ok?", "os dwi'n clirio'r history i gyd?"
CLEAR_HISTORY = re.compile(
    r"\b(?:clear|clearing|cleared|delete|deleting|wipe|wiping)(?: all)? (?:the |my |all (?:the |my )?)?(?:history|browsing|cookies|searches)\b|"
    r"\b(?:clirio|glirio|dileu|ddileu)(?:'r| y| yr)? (?:history|hanes|cwcis)\b"
)
# "are you still there?", "ti dal yna?": yes, and the lines again.
STILL_THERE = re.compile(r"\b(?:are you|r u|are u|you|u) still (?:there|here|around)\b|\b(?:ti|chi|dach chi|wyt ti) dal (?:yna|yma|yno|ma|na)\b")
STILL_HERE = "I'm still here."
# "dwi ddim isio deud wrth mam, sa hi'n flipio", "i dont want to snitch on her": nobody need be told yet; the lines again.
DONT_TELL = re.compile(
    r"\b(?:don'?t|dont|do not) (?:want to|wanna) (?:tell|snitch on|grass on|grass up) (?:my |our |me )?(?:mum|mam|dad|parents|family|anyone|her|him|them|teacher)\b|"
    r"\b(?:ddim|dim|m|am) (?:isio|eisiau|moyn|ishe) (?:deud|dweud|gweud|ddeud|ddweud|snitchio|cario clecs)\b"
)
# "dwi'm isio i mam a dad wbod", "i dont want my parents to know": whatever the classifier guessed.
THEY_MUST_NOT_KNOW = re.compile(
    r"\b(?:ddim|dim|m|am) (?:isio|eisiau|moyn|ishe) i (?:mam|dad|mam a dad|fy rhieni|rhieni|neb|teulu)\b.{0,12}\b(?:wbod|wybod|gwbod|gwybod|ffeindio)\b|"
    r"\b(?:don'?t|dont|do not) (?:want|wanna) (?:my |me )?(?:mum|mam|dad|parents|mum and dad|family) to (?:know|find out)\b|"
    r"\b(?:ddim|dim|m|am) (?:isio|eisiau|moyn|ishe) (?:deud|dweud|gweud|ddeud|ddweud) wrth (?:mam|dad|mam a dad|fy rhieni|rhieni|teulu|neb)\b|\b(?:don'?t|dont|do not) (?:want|wanna) (?:to )?tell (?:my |me )?(?:mum|mam|dad|parents|mum and dad|family)\b"
)
NOT_IN_TROUBLE_ANSWER = (
    "You don't have to report anyone or decide anything now: what happens next is your choice. A helpline can talk "
    "it through with you in confidence, including ways to be safer that don't involve the police:"
)
DONT_TELL_ANSWER = "You don't have to tell anyone until you're ready. If you'd like to talk it over first, these lines are confidential:"
# Short follow-ups whose words say what they ask of the answer just given, whatever the classifier guessed.
# "wot do i even say if i ring them", "be dwi'n deud pan dwi'n ffonio?"
WHAT_TO_SAY = re.compile(
    r"\b(?:what|wot|wat) (?:do|would|should|shall|will) i (?:even |actually )?(?:say|tell them)(?: to them)? (?:if|when) i (?:ring|call|phone|text|get through)\b|"
    r"\b(?:be|beth) (?:dwi'?n|dw i'?n|ddylwn i|dwi fod i) (?:ddeud|deud|dweud|gweud) (?:wrthyn nhw |ar y ffon )?(?:pan|os) (?:dwi'?n|dw i'?n) (?:ffonio|ffono)\b"
)
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


def _samaritans_follow_up(text: str) -> bool:
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
    if before == "self_harm" and STILL_ABOUT_IT.search(text) and words <= 16:
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
    pointed = answer_asked_points(action, dispatcher, tracker)
    if pointed is not None:  # "do i need a solicitor for that", "what if he turns up anyway", after the orders answer
        return pointed
    if STILL_THERE.search(text) and not understood:
        # "ok ma fe di mynd allan eto. ti dal yna?": yes, who can help, and 999.
        _services(dispatcher, _lines(action, tracker), now, lang, STILL_HERE)
        return [SlotSet("topic", "helpline")]
    if (DONT_TELL.search(text) and not understood or THEY_MUST_NOT_KNOW.search(text)) and words <= 18:
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
    if own and THEIR_SIDE.search(text) and words <= 14:
        # "a be amdani hi? os di hi isio siarad efo rhywun", after Respect's line: the lines for the partner
        # (a man's, where "he could ring someone too").
        theirs = "man" if re.search(r"\b(?:he|him|his|fo|fe|amdano)\b", text) else None
        _services(dispatcher, _lines(action, with_slots(tracker, route=None, asker="someone_else", gender=theirs, identity=None)), now, lang, FOR_THE_PARTNER)
        return [SlotSet("topic", "helpline")]
    if (before == "worried_about_someone" or tracker.get_slot("asker") == "someone_else" and before is not None) and (WHAT_CAN_I_DO.search(text) or TOLD_ANYONE.search(text) or GOES_BACK.search(text)):
        dispatcher.utter_message(response="utter_worried_about_someone")  # listen, believe, don't confront, a helpline, Clare's Law
        action.utter_helplines_then_999(dispatcher, tracker, "They, and you, can talk it through with a specialist:")
        return [SlotSet("topic", "helpline")]
    if WHAT_CAN_I_DO.search(text) and ((before or "").startswith(("describe_", "clares_law_no_disclosure", "ask_what_is_abuse", "ask_is_this_abuse", "male_victim", "danger_now"))
                                       or tracker.get_slot("topic") in ("abuse_check", "law")):
        # "so what do i do then", after "nothing disclosed doesn't mean safe" or a description: who can help.
        action.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)
        return [SlotSet("topic", "helpline")]
    stalking = before == "describe_stalking" or tracker.get_slot("route") == "stalking"
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
        _services(dispatcher, _lines(action, tracker), now, lang, None)
        return [SlotSet("topic", "helpline")]
    if (EVIDENCE_ASKED.search(text) and (ASKING.search(text) or FOUND_IT.search(text)) or WORD_AGAINST.search(text)) and words <= 25 and not SCHEME_WORDS.search(text) and "101" not in text:
        # "should i keep the messages or delete them?": keep them, safely (never this chat cleared).
        dispatcher.utter_message(text=say(lang, EVIDENCE_ANSWER))
        _services(dispatcher, _lines(action, tracker), now, lang, None)
        return [SlotSet("topic", tracker.get_slot("topic") if tracker.get_slot("topic") in GUIDANCE_TOPICS else "helpline")]  # (after the orders: "can i apply myself" next)
    if before == "ask_cover_tracks" and CLEAR_HISTORY.search(text):
        dispatcher.utter_message(response="utter_cover_tracks")  # it says clearing history can itself be noticed
        return []
    if tracker.get_slot("access") == "text_only" and TEXT_ROUTE_ASKED.search(text) and words <= 14 and before is not None and not re.search(r"\btalk\w* to (?:someone|somebody|a person)\b", text):
        dispatcher.utter_message(text=text_access_text(lang))  # "how do i sign up for the text one", after the routes without a voice call
        return []
    landline_too = words <= 12 and not BILL.search(text) and re.search(r"^(?:(?:and|so|ok),? )?(?:what|wot|wat) (?:if|about)\b|^and (?:if|on|from)\b", text)
    silent_before = "danger_now" in earlier_intents(tracker)[:2]
    elsewhere = words <= 12 and SILENT_ELSEWHERE.search(text) and (silent_before or re.search(r"\b55\b", text))
    if elsewhere or SILENT_ASKED.search(text) and words <= 18 and (silent_before or re.search(r"\b(?:55|999)\b", text) or landline_too) or SILENT_IF.search(text) and words <= 20:
        silent = directory().emergency["silent_solution"]  # "wot if its the landline", after the danger answer; "and in NI?": it works across the UK
        for way in ((silent.summary,) if elsewhere else ()) + (silent.mobile, silent.landline):
            dispatcher.utter_message(text=say(lang, way or ""))
        return []
    if before in ("ask_privacy", "forget_conversation") and WIPE_ASKED.search(text):
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
    if honour and HONOUR_ASKED.search(text) and words <= 20:
        dispatcher.utter_message(response="utter_honour_abuse")
        _services(dispatcher, _lines(action, with_slots(tracker, route="honour")), now, lang, None)
        return [SlotSet("route", "honour")]  # "im 17 is that even allowed", then "can anyone help me over there"
    described = bool(before) and (before.startswith("describe_") or before in ("ask_is_this_abuse", "male_victim"))
    if (described or before == "ask_what_is_abuse") and ONCE_ASKED.search(text) and words <= 20:
        # "he only did it the once tho, shoved me into the wardrobe door": once can be enough.
        dispatcher.utter_message(text=say(lang, ONCE_ANSWER))
        action.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)
        return []
    if NOT_READY.search(text) and words <= 14 and not SCHEME_WORDS.search(text) and tracker.get_slot("route") != "own_behaviour":
        # "not sure im ready to go to them yet", after asking about the police: no one has to, and the lines help either way.
        dispatcher.utter_message(text=say(lang, NOT_READY_ANSWER))
        action.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)
        return []
    about = answer_about_abuse(action, dispatcher, tracker, before, text)  # "is that actually illegal", "but hes never hit me"
    if about is not None:
        return about
    after_lines = tracker.get_slot("topic") not in {*GUIDANCE_TOPICS, "clares_law"}  # not "how much does a court order cost"
    tech = before in TECH_INTENTS or before == "inform" and set(earlier_intents(tracker)[1:2]) & TECH_INTENTS  # (or one message on, past "im a bloke btw")
    short = words <= 18 and before is not None  # a follow-up follows something
    lines = _lines(action, tracker)
    clear = (any(p.search(text) for p in (*CLEAR_FOLLOW_UP, BILL)) and not _another_line(text, lines) and not SCHEME_WORDS.search(text)
             or AUDIENCE_QUESTION.search(text) and not named_services(text)  # "ydi galop yn siarad efo merched?": that line, first
             or tech and REMOVE_IT.search(text))
    if understood and not (after_lines and short and clear):
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
    for pattern, intro in ((FOR_THEM, FOR_THEM_ANSWER), (HOURS_ASKED, HOURS_ANSWER), (OTHER_WAY_ASKED, OTHER_WAYS_ANSWER), (WHAT_TO_SAY, WHAT_TO_SAY_ANSWER)):
        if after_lines and short and pattern.search(text) and not SCHEME_WORDS.search(text):
            # "can i ring it for him", "ydyn nhw'n agored heno?", "can a email instead": the same lines,
            # whose blocks carry who may call, the hours and the other ways in.
            _services(dispatcher, lines, now, lang, intro)
            return []
    if AUDIENCE_QUESTION.search(text):
        # "is it just for girls tho? her brother might be getting the same": the lines for what
        # they've told us, each with who it is for (the answer's lines come from the same slots).
        _services(dispatcher, lines, now, lang, WHO_EACH_LINE_IS_FOR)
        return []
    if tech and REMOVE_IT.search(text):
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
