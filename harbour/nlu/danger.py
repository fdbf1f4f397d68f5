"""Recognise danger-now and self-harm language, whatever the classifier thinks.

Pure functions with no Rasa import, so they test in microseconds. The patterns err towards
safety: a false alarm shows 999 to someone who didn't need it; a miss can cost a life. They run on
a normalised form of the message (lower case, contractions expanded, common text-speak fixed).
"""
from __future__ import annotations

import re
from typing import Mapping, Optional

DANGER = "danger_now"
SELF_HARM = "self_harm"
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
    "hepl": "help", "hlp": "help", "halp": "help", "tbh": "", "omg": "", "kll": "kill", "murda": "murder", "coppers": "police",
    "cops": "police", "feds": "police", "polic": "police", "poilce": "police",
    "toppin": "topping", "til": "till", "untill": "until",
    "mam": "mum", "ma": "mum", "wasnt": "was not", "werent": "were not",
    "smashin": "smashing", "radge": "mad", "mun": "", "proper": "",
    "masel": "myself", "mysel": "myself", "meself": "myself", "gonnae": "going to",
    "cannae": "cannot", "canny": "cannot", "dae": "do", "mair": "more", "nae": "no",
    "isnt": "is not", "hurtin": "hurting", "breakin": "breaking", "lookin": "looking",
    "screamin": "screaming", "killin": "killing",
}
_SUFFIX_FIXES = (("'s", " is"), ("'re", " are"), ("'ll", " will"), ("'m", " am"), ("'d", " would"))

_WHO = r"(?:he|she|they|him|her|them|my (?:ex|partner|husband|wife|boyfriend|girlfriend|dad|father|mum|mother|son|daughter|brother|sister|stepdad|uncle)|the abuser|[a-z]+s? (?:ex|boyfriend|husband|partner|dad))"
_BE = r"(?:is|are)"
_NOW = r"(?:right now|now|as we speak|at the moment|tonight)"
_WEAPON = r"(?:knife|blade|gun|machete|hammer|bat|axe|weapon|crowbar|screwdriver|scissors|bottle|shotgun|pistol)"
_ATTACK_VERBS = r"hitting|strangling|choking|strangulating|attacking|beating|punching|kicking|stabbing|battering|slapping|dragging|throttling|smothering|suffocating|beating up|laying into"
_ATTACK = rf"(?:{_ATTACK_VERBS})"
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
    r"\b(?:kicking|booting|smashing|breaking|bashing|banging|hammering|pounding) (?:the |my |our )?(?:door|window)s? (?:in|down)\b",
    r"\b(?:trying to|going to) (?:get|break|force his way|force her way|force their way) in\b",
    rf"\b{_WHO} {_BE} {_ATTACK} (?:me|us|my|her|him|them|the (?:kids|children|baby))\b",
    rf"\b{_WHO} {_BE} (?:got|holding|has got|waving|pointing|brandishing) (?:a |the |his |her |their )?{_WEAPON}\b",
    rf"\b{_WEAPON} (?:to|at|against) my (?:throat|neck|head|face|chest)\b",
    rf"\b(?:going to|will|is going to|about to|wants to|trying to) {_VERBS_OF_HARM} (?:me|us|my|her|him|them|it in|the door|the (?:kids|children|baby)|both of us|the both of us)\b",
    rf"\b(?:hell|shell|he will|she will|they will) {_VERBS_OF_HARM}\b(?! (?:himself|herself|themselves))",
    r"\b(?:smashing|wrecking|trashing|breaking) (?:the |my |our )?(?:house|place|flat|gaff|home|room|stuff|things) ?(?:up)?\b",
    r"\b(?:set|setting|sets) fire\b|\bon fire\b",
    r"\b(?:pour|pouring|poured|throw|throwing|threw|covered|soaked|dousing|doused|got|has|with|holding) (?:the |some |a can of |a bottle of |a )?petrol\b|\bpetrol (?:on|over|through|in|round) (?:me|us|the|my|our)\b",
    r"\b(?:pinning|holding|pushing|keeping) (?:me|us) down\b|\b(?:will not|would not) let (?:me |us )?(?:go|leave|out)(?:$| now| of me| of the (?:house|room|flat|car)| the house| the room| the flat)",
    r"\b(?:cannot|can not|could not) breathe\b",
    r"\b(?:chasing|running after) (?:me|us)\b|\bright behind (?:me|us)\b|(?<!keeps )(?<!keep )\bfollowing (?:me|us) (?:home|down|now|right now|in (?:his|her|the) car)\b",
    r"\b(?:i am|i will be|i would be|we are) (?:dead|a dead (?:woman|man))\b",
    r"\b(?:i am|we are) bleeding\b",
    r"\b(?:his|her|their) car is (?:outside|here|parked outside)\b|\b(?:can see|i see|there is) (?:his|her|their) car (?:outside|here)\b",
    r"\b(?:hands?|arms?) (?:round|around|on) my (?:neck|throat)\b|\b(?:got|has) (?:me|us) pinned\b",
    rf"\b{_WHO} {_BE} throwing (?:things|stuff|\w+) at (?:me|us)\b",
    r"\bjust (?:stabbed|hit|punched|attacked|strangled|kicked|cut|burned|hurt|beaten|battered) (?:me|us|her|him|the|my)\b",
    rf"\b{_WHO} {_BE} (?:hurting|harming) (?:the (?:kids|children|baby)|my (?:kids|children|baby|son|daughter))\b",
    r"^(?:please )?send (?:the |me )?(?:police|someone|somebody|help|an ambulance)\b|\bi need (?:the )?police\b|\bi need (?:an ambulance|help) (?:now|right now|quick|asap)\b|\bthis is an emergency\b",
    r"\b(?:i am|we are) trapped\b",
    rf"\b{_WHO} {_BE} back and\b",
    r"\b(?:kids|children|baby) (?:are|is) in danger\b|\bthere is someone in the (?:house|flat|garden|room)\b",
    rf"\b{_WHO} {_BE} (?:waiting|sat|sitting|parked|standing|lurking) (?:for me |for us )?(?:outside|downstairs|at the door|in the car|in the hall|on the stairs)\b",
    rf"\b{_WHO} {_BE} (?:inside|in here|right next to me|next to me|beside me|in the next room)\b",
    r"\bsmashing up (?:the |my |our )?(?:house|place|flat|home|room)\b",
    rf"\b{_WHO} {_BE} (?:got|taken|taking) (?:the|my|our) (?:kids|children|baby|son|daughter) (?:in the car|away|and (?:will not|is|says|said))\b",
    r"^(?:help|door|sos|police|999|please|now|quick|hurry|me|him|her|here)(?: (?:help|door|sos|police|999|please|now|quick|hurry|me|him|her|here))*$",
    r"\b(?:he|she|they) (?:will|would|is going to|are going to) (?:kill|murder|stab|shoot) (?:me|us)\b",
    r"\b(?:cannot|can not) (?:talk|speak|type|call|say much)(?: (?:now|right now|much|for long|properly|anymore))? (?:he|she|they|someone) (?:is|are|can|will|might|could)\b",
    r"^(?:i |sorry i |sorry )?(?:cannot|can not) (?:talk|speak|type)(?: (?:now|right now|much|for long|properly|anymore))?$",
    rf"\b(?:cannot|can not) (?:talk|speak) {_NOW}\b",
    r"\b(?:i am|we are|i have|we have) (?:hiding|hidden|locked|barricaded)\b",
    r"\b(?:locked|barricaded) (?:me|us|myself|ourselves) in\b",
    r"\bhiding (?:in|from|under|behind)\b",
    r"\b(?:i am|we are|i feel) (?:in danger|not safe (?:here|right now|now|at home)|scared for my life|terrified for my life)\b",
    r"\b(?:fear|scared|frightened|afraid) for (?:my|our|their|the kids|my kids|my childrens) li(?:fe|ves)\b",
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
    # Happening now: anything about the abuser or an attack, said to be happening at this moment.
    rf"\b(?:right now|as we speak|right this (?:second|minute)|this (?:second|minute))\b.*\b(?:{_WHO}|kick|kicking|hit|hitting|attack|lock|force|forcing|wall|door|knife|screaming|killing|hurting|going for|started on)\b",
    rf"\b(?:{_WHO}|kick|kicking|trying to|forcing|force|going for|started on|against the wall|screaming|killing|hurting)\b.*\b(?:right now|as we speak|right this (?:second|minute)|this (?:second|minute))\b",
    r"\b(?:it is|its) happening (?:now|right now|again now)\b|^happening now$",
    r"\bnot safe (?:here |at home |in (?:my|the) (?:house|flat|home) )?(?:right )?(?:now|this second|this minute|tonight)\b",
    # Hiding, whispering, can't call because they would be heard.
    r"\b(?:he|she|they) (?:would|will|might|could) hear me\b",
    r"\b(?:whispering|typing) (?:from|in|under) (?:the |my )?(?:wardrobe|cupboard|bathroom|toilet|loo|bedroom|closet|bed|shed|car)\b|\bi am whispering\b",
    rf"\b{_WHO} {_BE} (?:\w+ ){{0,6}}(?:looking|searching|hunting) for (?:me|us)\b",
    r"\b(?:will be|is|be) back any (?:second|minute|moment)\b",
    # Trapped: no way out, locked in, kept in.
    r"\b(?:cannot|can not|could not) get out\b",
    r"\b(?:will not|would not) let (?:me|us|me and the (?:kids|children|baby)|me or the (?:kids|children|baby)) (?:out|leave)(?: of)?(?: the (?:house|room|flat|car|bedroom))?(?:$| and (?:he|she|they)| now| right now)",
    r"\blocked (?:all )?the doors\b|\blocked in (?:the|my|a) (?:room|bedroom|bathroom|house|flat|car)\b",
    # Being attacked or cornered now.
    r"\b(?:standing|stood|stands) over (?:me|us)\b",
    r"\bjust (?:knocked|pushed|shoved|thrown|threw|slapped|grabbed|dragged|choked|strangled|headbutted|bitten|bit) (?:me|us|her|him)\b",
    r"\b(?:swinging|throwing|pointing|waving) (?:a |the |his |her )?\w+(?: \w+)? at (?:me|us)\b",
    rf"\b{_WHO} {_BE} (?:going for|laying into|started on|starting on|on top of) (?:me|us|her|him|my \w+)\b",
    rf"\b{_WHO} {_BE} (?:with me|in here with me|here with me) (?:now|right now)\b",
    rf"\b{_WHO} {_BE} (?:going|gone) (?:mental|mad|crazy|berserk|nuts|off on one)\b.*\b(?:downstairs|upstairs|outside|in the (?:house|kitchen|hall|room)|locked|hiding|cannot|can not|kids|door)\b",
    rf"\b(?:downstairs|upstairs|in the (?:house|kitchen|hall|room)|locked|hiding|kids|door)\b.*\b{_WHO} {_BE} (?:going|gone) (?:mental|mad|crazy|berserk|nuts|off on one)\b",
    rf"\b{_WHO} {_BE} (?:killing|murdering|strangling|stabbing) (?:her|him|me|us|them|my \w+)\b",
    r"\b(?:coming|running|walking) up the stairs\b",
    # Getting in, blocking the way out, strangling now, threats to kill tonight.
    r"\b(?:climbed|climbing|got|getting|broke|breaking|forced|forcing|smashed|come|came) (?:his way |her way |their way )?in (?:through|via|by) (?:the |a |my )?(?:\w+ )?(?:window|door|back|front|garden)\b",
    rf"\b{_WHO} {_BE} (?:blocking|standing in|stood in|sat in|sitting in|sat across|sitting across|in front of) (?:the |my )?(?:front |back |bedroom |kitchen )?(?:door|doorway|exit|way out|stairs|hall)\b",
    r"\b(?:he|she|they) (?:chokes|strangles|throttles|smothers) (?:me|us) (?:again|now|right now)\b|\bevery time i try to get up\b",
    r"\b(?:not|never|no one is|nobody is) (?:leaving|leave|getting out of|get out of) (?:this |the |here )?(?:house |room |flat |place |car )?alive\b",
    rf"\b{_WHO} {_BE} (?:gone|going|went) (?:totally |completely |fully )?(?:mad|wild|mental|berserk|psycho|nuts|crazy|ballistic)\b.*\b(?:locked|hiding|smash\w*|still going|thrown|throwing|hitting|kicking|door|kids|blood|toilet|bathroom)\b",
    r"\b(?:he|she|they) (?:beat|hit|hurt|kick|attack|break|breaking) (?:me|us|the door|door|my door)(?: (?:now|right now))?\b.*\b(?:now|help|blood|toilet|bathroom|door)\b",
    r"\b(?:he|she|they) (?:come|comes|coming) back (?:soon|any minute|any second|now)\b",
    r"\b(?:blood everywhere|there is blood|covered in blood|i am bleeding)\b",
    r"\b(?:got|has got|is holding|holding|is dragging|dragging) (?:me|us|her|him) by the (?:hair|throat|neck|arms?|wrists?)\b",
    rf"\b{_WHO} {_BE} at the (?:front|back|side) (?:door|gate|window)\b",
    r"\b(?:found|tracked) (?:me|us) (?:at|in) (?:the |my |our )?(?:refuge|new (?:house|flat|place|address)|hotel|hostel|safe house)\b",
    r"\bholding (?:him|her|the baby|my \w+|them|the kids) (?:over|out of|off) (?:the )?(?:balcony|edge|window|bridge|railing)\b",
    # Someone else's door being kicked in; a weapon being fetched; a last night; smothering.
    r"\b(?:kicking|booting|smashing|breaking|banging) (?:\w+ is |\w+ )?(?:\w+ )?(?:door|doors|window) (?:in|down)\b",
    r"\b(?:getting|got|get|taken|took|taking|fetched|fetching|bringing|brought) (?:his|her|their|the|a|my) (?:gun|guns|knife|tools|hammer|axe|shotgun|rifle|machete|bat|weapon|weapons)s? (?:out|down|from)\b",
    r"\bthis is (?:our|my) last (?:night|day)\b|\b(?:our|my) last night (?:alive|together|on earth)\b",
    rf"\b{_WHO} {_BE} (?:sat|sitting|parked|waiting|standing) (?:in|by) (?:his|her|their|the|a) (?:car|van) (?:outside|across the road|down the road|at the end of)\b",
    r"\b(?:get|got|getting) in(?:to)? the car\b.*\b(?:woods|scared|hurt|kill|nobody will|no one will|last)\b",
    r"\b(?:pillow|cushion|bag|hand|hands) over my (?:face|mouth|head)\b",
    # Anyone attacking anyone, now (a witness: "grandad is hitting nan", "someone is hurting my mum").
    rf"\b(?:\w+ ){{1,3}}(?:is|are) (?:{_ATTACK_VERBS}|smashing|pinning) (?:me|us|my|her|him|them|his|nan|mum|dad|gran|grandad|the)\b",
    r"\bagainst the wall by (?:his|her|my|the|their) (?:throat|neck)\b",
    r"\b(?:someone|somebody|some man|some guy|a man) (?:is|s) (?:hurting|hitting|attacking|beating|kicking|strangling) \w+",
    r"\bforcing (?:me|us|her|him) to (?:take|drink|swallow|eat|have)\b",
    r"\b(?:\d+|five|ten|two|few) (?:min|mins|minute|minutes) away\b.*\b(?:finish|kill|hurt|end|get me|coming|sort me)\b",
    r"\b(?:cut|pulled|ripped) (?:the |my )?(?:phone )?(?:line|wires|cable|power)\b",
    r"\b(?:taken|took|hidden|hid|thrown away) my (?:insulin|inhaler|medication|meds|epipen|tablets)\b",
    r"\bmake sure (?:i|you|she|we) (?:never|cannot|can not) (?:walk|see|wake|talk|leave)\b",
    r"\b(?:will not|would not|does not|is not) let (?:me|us) (?:ring|call|phone) (?:an ambulance|999|the police|police|anyone|for help)\b",
    # Being taken somewhere against your will ("honour"-based abuse): forced into a car, not knowing
    # where to, threats to make a person disappear, shame given as the reason.
    r"\b(?:putting|forcing|pushing|dragging|bundling|shoving|throwing) (?:me|us|her|him) (?:in|into) (?:the |a |their |his |her )?(?:car|van|taxi|boot)\b",
    r"\bdo not know where (?:they|he|she) (?:are |is )?(?:taking|take|takes|will take|going to take) (?:me|us)\b",
    r"\b(?:make|making|made) (?:me|us|her|him) disappear\b",
    r"\b(?:bring|brought|bringing) shame\b.*\b(?:taking me|take me|car|kill|hurt|punish|disappear|locked)\b",
    # Injured now, the abuser still here.
    r"\bblood (?:on|from|coming (?:out )?(?:of|from)|pouring (?:out )?(?:of|from)|all over) my\b",
    r"\bmy (?:head|nose|face|mouth|lip|ear) (?:is )?(?:bleeding|pouring)\b",
    r"\bi (?:hide|hiding) in (?:the |my )?(?:bedroom|bathroom|toilet|wardrobe|cupboard|room|loft|attic|shed|garden|kitchen)\b",
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
    r"\bself ?harm",
    r"\bsuicid",
    r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life|my life)\b",
    r"\bend it all\b",
    r"\b(?:want|wanting|going) to die\b",
    r"\b(?:do not|no longer) want to (?:live|be alive|be here anymore|be here|exist|wake up|go on)\b",
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
    r"\b(?:done with|tired of|sick of|finished with|had enough of|fed up of|fed up with) (?:life|living|being alive|it all|everything)\b",
    r"\b(?:goodbye|suicide) (?:letter|note)s?\b|\bletters?\b.*\bgoodbye\b|\bsaying goodbye to (?:everyone|my kids|my family|my children)\b",
    r"\b(?:going to|want to|will|about to) (?:od|o d|overdose)\b",
    r"\b(?:only way out|no way out)\b|\bway out (?:is|except|but) (?:dying|death|to die)\b",
    r"\b(?:thinking about|thought about|going to|want to|planning to|planning on) (?:ending it|end it)(?! with)\b",
    r"\b(?:feel like|thinking of) ending it\b(?! with)",
    r"\blife (?:is not|is no longer|aint) worth living\b",
    r"\b(?:i am|i feel like) (?:just )?a burden\b",
    r"\b(?:taken|took|swallowed) (?:a load of|loads of|all|all of|too many|a lot of|a bottle of|a packet of|the whole) (?:my )?(?:tablets|pills|meds|paracetamol)\b",
    r"\b(?:written|wrote|writing) (?:a |my )?(?:note|letter)s? (?:for|to) (?:my|the) (?:family|kids|children|mum|partner)\b",
    r"\b(?:rather|sooner) (?:die|be dead)\b",
    r"\bdisappear (?:forever|for good|and never come back|and not come back)\b",
    r"\b(?:no one|nobody) (?:would|will) (?:even )?(?:miss|notice|care)(?: me)?(?: if i)",
    r"\b(?:want|wish|need) (?:it|this|everything|it all) (?:all )?to (?:stop|end) (?:for good|forever|permanently)\b",
    r"\bpoint (?:in|of) (?:living|being alive|going on|carrying on|me being here)\b",
    r"\b(?:got|have|saved|saving|collected|lined up) (?:the |my |all |all my |enough )?(?:pills|tablets|meds)(?: (?:lined up|ready|saved|out|to do it))?\b.*\b(?:lined up|ready|enough|do it|end)\b",
    # Means and plans: trains, bridges, heights, rope, cars, pills.
    r"\b(?:step|stepping|stepped|jump|jumping|jumped|throw myself|throwing myself|walk|walking) in front of (?:a |the )?(?:train|bus|lorry|car|traffic)\b",
    r"\b(?:standing|stood|sat|sitting|stand) (?:on|at) (?:the |a )?(?:bridge|edge|ledge|roof|cliff|platform edge)\b",
    r"\b(?:thinking about|thought about|keep thinking about|want to|going to) (?:jumping|jump|dying|hanging|drowning|crashing)\b",
    r"\b(?:drive|driving|crash|crashing) (?:my car |the car )?(?:into|off) (?:a |the )?\w+ on purpose\b|\bon purpose\b.*\b(?:crash|drive|driving)\b",
    r"\b(?:saving|saved|stockpiling|hoarding|collecting) (?:up )?(?:my |all my |some |the )?(?:pills|tablets|meds|paracetamol)\b|\b(?:pills|tablets|meds) (?:saved|stockpiled|hoarded)\b",
    r"\bhow many (?:paracetamol|pills|tablets|sleeping pills|meds) (?:would|does|will|to)\b",
    r"\b(?:tablets|pills|meds) (?:all )?(?:out|lined up) (?:on|in front)\b|\bthinking about taking (?:them|the (?:pills|tablets)|all of them)\b",
    r"\b(?:ways|how) (?:to|i (?:might|could|would|will)) (?:do it|end it|kill myself)\b|\blooking up ways\b",
    r"\b(?:planned|planning|plan) (?:how|out how) (?:to |i would |i will |i would do it|i could )?(?:do it|end it|end things|die)?\b.*\b(?:do it|end it|die|end things)\b",
    r"\b(?:end|ending|finish|finishing) (?:things|my life|it tonight|everything)\b(?! with)",
    r"\b(?:telling|tells) me to (?:end it|kill myself|do it)\b",
    # Self-injury.
    r"\b(?:scratch|scratching|cut|cutting|burn|burning|punch|punching|hit|hitting|bang|banging|starve|starving|hurt|hurting) myself\b",
    r"\bi (?:keep |have been |often |sometimes |always )?(?:scratch|scratching|cut|cutting|burn|burning|punch|punching|bang|banging|starve|starving) my (?:arms?|legs?|wrists?|skin|head|thighs?|stomach)\b",
    r"\btill? (?:they|it|my \w+) bleeds?\b|\b(?:relapsed|relapse) and (?:cut|hurt)\b|\bcut (?:again )?tonight\b",
    # Hopelessness with intent, in other words.
    r"\b(?:no (?:wish|will|desire) to (?:go on|live|carry on|keep going)|(?:cannot|can not|do not think i can) keep going)\b",
    r"\b(?:not safe from myself|scared of what i (?:might|will|could) do to myself|dark thoughts|suicidal)\b",
    r"\b(?:top|topping|topped) myself\b",
    r"\bthe pain to (?:stop|end) (?:for good|forever|permanently)\b",
    r"\bpoint (?:in|of) (?:me )?(?:even )?(?:being alive|living|being here|going on)\b",
    r"\b(?:want|wants|wanted|wanting) to (?:be dead|die|not exist|not be alive)\b",
    r"\bbetter off (?:if i (?:was|were) (?:not here|gone|dead)|if i was not around|with me gone)\b",
    r"\b(?:thinking about|think about|cannot stop thinking about) (?:dying|death|killing myself|ending it)\b",
    r"\blife (?:is not|aint|is no longer) worth (?:it|living)\b",
    r"\b(?:written|wrote|writing) (?:a|my) (?:suicide )?(?:note|letter)s?$",
    r"\b(?:written|wrote|writing|left) (?:my|the) (?:letters|notes|goodbyes?)\b",
    # Means ready or used.
    r"\b(?:rope|noose|ligature|belt) (?:is )?(?:ready|up|tied|round my neck)\b|\b(?:got|have|bought|tied) (?:a |the )?(?:rope|noose)\b",
    r"\b(?:going to|want to|will|about to|thinking of|thinking about) (?:drive|driving|crash|crashing|steer|steering) (?:my |the )?(?:car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|lorry|cliff|motorway|road|barrier|river)\b",
    r"\b(?:razor|blade|knife)\b.*\b(?:bath|wrists?|my arms)\b|\bbath with a (?:razor|blade|knife)\b",
    r"\b(?:taken|took|swallowed|necked|downed) (?:about |around |like |over |nearly |almost )?\d+\b",
    r"\b(?:take|taking|swallow|swallowing|overdose on|od on) all (?:of )?(?:my|his|her|the|me)\b.*\b(?:morphine|pills|tablets|meds|medication|insulin|paracetamol|painkillers|antidepressants)\b",
    r"\b(?:sat|sitting|standing|stood|waiting|lying|lay) (?:by|on|near|at) (?:the )?(?:train |railway )?(?:tracks|line|rails)\b",
    r"\b(?:keep|kept|been|started|always|still) (?:banging|cutting|burning|scratching|biting|punching|hitting) (?:my (?:head|arms?|legs?|wrists?|skin|self)|myself)\b|\bbiting my (?:arms?|hands?|wrists?)\b",
    # Farewells and decisions made.
    r"\bthis is (?:my )?goodbye\b|\bsorry for everything\b.*\b(?:goodbye|bye|love you|love them)\b",
    r"\btell (?:my|the) (?:kids|children|mum|dad|family|daughter|son|boys|girls|sister|brother) (?:that )?i (?:love|loved) (?:them|her|him)\b",
    r"\btake myself out (?:of )?(?:the picture|of the equation|of this world|of it all)\b",
    r"\b(?:cannot|can not) (?:do|face|take|survive) (?:another|one more) (?:day|night)\b",
    r"\bkill me\b.*\bdo it myself\b",
    r"\b(?:do not|cannot|can not) see (?:why|the point|how|any reason) (?:i should |to |in )?(?:keep going|go on|carry on|living|live|stay)\b",
    r"\b(?:at|on|near|going to|driving to|heading to) beachy head\b",
    r"\b(?:taken|took|swallowed|necked|downed) (?:a (?:whole )?(?:box|packet|bottle|strip|load|handful) of|the (?:whole )?(?:box|packet|bottle|lot)|all (?:of )?(?:my|the|his|her))\b",
    r"\bno point (?:anymore|any more|in anything|to anything|in any of it)\b",
    r"\bs(?:u| )?[i1]c[i1]d",
    r"\b(?:not|will not) (?:going to )?be (?:here|around) (?:much )?(?:longer|for long|tomorrow|anymore|any more)\b",
    r"\bwant (?:to )?die\b|\bno more life\b|\bctb\b",
    # Goodbyes passed on, last messages, possessions given away.
    r"\bsay (?:bye|goodbye) to (?:my|the) \w+(?: \w+)? for me\b",
    r"\blast (?:message|text|words?) (?:to anyone|ever|i will (?:ever )?(?:send|write)|anyone will get)\b",
    r"\bi am (?:just |so )?(?:done|finished)(?: now)? goodbye\b",
    r"\b(?:given|gave|giving) (?:away )?(?:my|all my|all of my) (?:cat|cats|dog|dogs|pets?|things|stuff|belongings|possessions)\b.*\b(?:ready|goodbye|deleted|last|sorted)\b",
    # Means in reach: a train that won't stop, drink with pills.
    r"\b(?:fast|non stop|express) trains? (?:through|passing|coming through|goes through|that does not stop)\b|\btrains? (?:that )?(?:does not|will not) stop (?:here|at this)\b",
    r"\b(?:mixing|mixed|mix|necking|downing) (?:\w+ )?(?:vodka|alcohol|booze|whisky|whiskey|gin|wine|drink)\b.*\b(?:pills|tablets|meds|paracetamol|painkillers)\b",
    r"\b(?:pills|tablets|meds|paracetamol|painkillers)\b.*\bto see what happens\b|\bto see what happens\b.*\b(?:pills|tablets|meds)\b",
)]

# A mention of self-harm that is negated, in the past or hypothetical is not a disclosure.
_SELF_HARM_NOT_NOW = re.compile(
    r"\b(?:i am|i am not|not|never|no longer) (?:not )?(?:suicidal|self harming)\b(?<!i am suicidal)(?<!i am self harming)"
    r"|\bused to (?:self harm|cut|hurt myself|be suicidal)\b|\bif i (?:ever|was|were)\b.*\bsuicidal\b"
)


def normalise(text: str) -> str:
    """Lower-case, unify apostrophes, expand contractions and common text-speak."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    for suffix, replacement in _SUFFIX_FIXES:
        text = text.replace(suffix, replacement)
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    words = [_WORD_FIXES.get(word, word) for word in text.replace("'", "").split()]
    return " ".join(word for word in words if word)


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
    if any(pattern.search(plain) for pattern in _SELF_HARM) and not _SELF_HARM_NOT_NOW.search(plain):
        return SELF_HARM
    return None


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
