"""Which forms of abuse a description shows (FACTS 1.1 and 1.4) — pure, no Rasa import.

"he doesn't let me see my friends... is that abuse?" should be answered "that is controlling
behaviour, a form of domestic abuse", not with a question. The classifier says what a person
wants (an answer about abuse); these word lists say what they described, so an answer can name
every form a message shows ("he takes my wages and tracks my phone": economic and tech abuse).
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from harbour.nlu import welsh_profile
from harbour.nlu.profile import clean
from harbour.vocab import ABUSE_FORMS


_PATTERNS: Tuple[Tuple[str, re.Pattern], ...] = tuple(
    (form, re.compile(pattern))
    for form, pattern in (
        ("coercive_control", r"\b(?:(?:keeps?|kept|holds?|hides?|hid) (?:hold of )?my (?:\w+ )?(?:tablets|meds|medication|medicine|pills|inhaler)\b.{0,30}\bif i\b|(?:only )?gives? me (?:my )?(?:tablets|meds|medication|medicine|pills|them) (?:back )?if i\b|made me (?:unfollow|block|delete|unadd|remove) (?:every|all|my|the|them|lads|boys|girls)|(?:gets|goes) (?:mad|mental|angry|funny|moody|off on one) (?:if|when) i (?:post|wear|go out|talk to|text|see|like)|(?:kicks? off|goes? mental|goes? mad|goes? nuts|loses? it|loses? (?:his|her) rag) (?:if|when|every time) i (?:talk|speak|text|see|go out|look at)|controls? (?:every ?thin|every ?thing|everythin|all (?:her|his|my) (?:money|stuff))\b|(?:won'?t|wont|will not|doesn'?t|doesnt|does not|never) (?:let|allow) me|not allowed to|(?:isn'?t|isnt|aren'?t|arent|wasn'?t|wasnt) allowed to|(?:stops|stopped|stopping) me (?:from )?(?:seeing|going|working|talking|leaving|having|wearing|using|driving|going out)|cut me off|cuts me off|(?:cut|cuts|has me cut|has her cut|has him cut) (?:me |her |him )?(?:off|aff) (?:from|fae|frae) (?:everyone|everybody|everybdy|family|friends|pals|mates)|(?:not|no|nae) allowed (?:out|oot)|isolat\w+|controls? (?:everything|me|what|who|where|when|all)|decides? (?:everything|every thing|it all|what i)|(?:can'?t|cant|cannot) (?:go|come) out unless|answers my phone|makes? all the decisions|(?:can'?t|cant|cannot) (?:go out|go anywhere|leave the house|see anyone) without (?:him|her|them)|controll?in[g']?|coercive|(?:won'?t|wont|will not|doesn'?t|doesnt|refuses? to|never) (?:give|let) me (?:have )?my (?:meds|medication|medicine|tablets|insulin|inhaler|wheelchair|phone|passport|bank ?card)|unless i do (?:what|as) (?:he|she|they) (?:says|tells me|wants)|tell\w* me what to (?:wear|do|eat|say)|checks? (?:up on )?(?:everything|everythin|every thing|all) i do|who i(?:'?m| am)? (?:talk|talkin|talking|speak|speaking|text|texting|see|seeing) to|rings? me (?:like |about |over )?\d+ times|calls? me (?:like |about |over )?\d+ times|what i (?:can|can'?t) wear|have to ask (?:his |her |their )?permission|ask permission|(?:can'?t|cant|cannot) do (?:anything|owt|nothing) without (?:asking|checking with|telling) (?:him|her|them)|not allowed (?:any )?(?:friends|mates|out|a phone)|account for (?:every|where)|keeps me (?:in|at home|locked)|locks me in|(?:checks|checking|checkin|goes through|looks through|reads) my (?:phone|messages|texts)|tell\w* (?:me|her|him) what (?:she|he|i|they) (?:can|can'?t|cant|is allowed to|should) wear|tell\w* (?:me|her|him) (?:who|where) (?:she|he|i|they) (?:can|can'?t|cant|is allowed to|should|may) (?:see|talk to|speak to|text|go|see or)\b|never see (?:me|her|him|them) on (?:my|her|his|their) own|decides? (?:when|who|where) (?:i|i'?m|is allowed)|who is allowed to (?:visit|come round|see me)|have to tell (?:him|her|them) (?:where|everywhere|who)|times me|on a curfew|curfew|makes me (?:stay|ask)|see my (?:friends|family|mates|mum|mam|sister)|(?:doesn'?t|doesnt|does not|disnae|doesnae|hates?|dislikes?) (?:like )?me (?:seeing|seein|going out with|talking to|meeting|having) (?:my|ma|me) (?:friends|pals|mates|family|mum|mam|sister)|(?:friends|family) (?:away|off)|won'?t let me out|who i (?:can |can'?t |am allowed to )?(?:see|talk to|text|message)|send\w* (?:\w+ ){0,3}(?:photos?|pics?|pictures?|selfies?|videos?) (?:of|to show) (?:where|who)|(?:every|each) (?:hour|half hour|30 min\w*) (?:to|so|where)|unplug\w* (?:my |the )?(?:\w+ )?(?:charger|wheelchair|chair|scooter)|(?:gets|goes|is|getting) (?:funny|weird|moody|jealous|arsey|off|narky) (?:about|with|over) (?:my|me) (?:friends|mates|family|pals)|wants? to know where i am (?:all the time|every|24)|(?:hides?|hid|hiding|takes? away|took away|keeps?) my (?:epilepsy |heart |blood pressure |diabetes |seizure )?(?:tablets|pills|wheelchair|walking stick|stick|crutches|frame|walker|hearing aids?|glasses|scooter|mobility \w+|meds|medication|medicine|insulin|inhaler)|(?:takes?|took|taken|taking|nicks?|nicked) (?:my \w+ (?:and|n|&) )?my (?:phone|mobile) (?:off|from|away)|(?:takes?|took|taking|removes?|removed|pulls?|hides?|hid) (?:the |my |his |her |their )?(?:batter(?:y|ies)|charger|wheels?) (?:out (?:of )?|off |from )?(?:my |the |his |her |their )?(?:wheel ?chair|chair|scooter)|(?:takes?|took|taking|hides?|hid) (?:my|his|her|their) (?:wheel ?chair|scooter|mobility scooter) (?:charger|battery|batteries|keys?)|\bso (?:i|he|she|they) (?:cant|can'?t|cannot|couldn'?t|couldnt) (?:leave the (?:house|flat|home)|go out|get out|go anywhere|(?:go )?see (?:my|his|her|their) (?:friends|mates|family))\b|threaten\w* to out (?:me|him|her|them)|(?:sulks?|sulking|moody|kicks? off|goes? mad|goes? off on one|has a go)(?: \w+){0,3} (?:if|when|whenever) i (?:go|see|meet|talk|text|have)|deleted? (?:\w+ ){0,3}(?:numbers|contacts|friends|mates)|check\w* (?:up on )?(?:where|who) i|(?:too )?(?:scared|frightened|afraid|terrified) (?:of (?:him|her|them) )?to (?:leave|go|say|tell|speak|argue)|(?:angry|mad|kicks? off|goes? mad|furious|raging)(?: \w+){0,2} (?:if|when|whenever) i (?:don'?t|dont|do not|didn'?t|didnt) (?:answer|reply|pick up|text back)|(?:says|accuses|accused|accusing) (?:me of|i'?m|im|i am) (?:cheat\w*|having an affair|seeing someone))"),
        ("economic", r"\b(?:(?:goes|went|going|gets|got) (?:in|into|through) my (?:purse|wallet|bag|account|bank)|banking app|(?:checks?|checking|goes thru|goes through|going through) (?:what|everything) i(?:'?ve| have)? (?:spent|spend|buy|bought)|money|wages?|salary|pay packet|paycheck|my pay\b|bank|cards?\b|benefits?|universal credit|pip|esa|dla|carers? allowance|pension|allowance|pocket money|loans?|debts?|credit|(?<!rented )(?<!rent )(?<!tenancy )(?<!lease )(?<!flat is )(?<!house is )(?<!its )(?<!it's )in my name(?! only)|finances?|financial|savings|spends? (?:all|my)|(?:if|when) i spend (?:anything|any|a penny|money|owt)|takes? (?:all )?my (?:money|wages|pay|card|benefits|pension)|won'?t let me work|stops? me (?:from )?working|made me quit|rent money|bills)\b"),
        ("emotional", r"\b(?:calls? me (?:pathetic|worthless|a loser|a failure|weak|soft|a joke|useless|thick|disgusting)|(?:goes|gone|went|go) (?:silent|quiet) (?:on me )?for (?:days|weeks)|silent treatment|puts? me down|putting me down|(?:calls?|calling|called) me (?:names|stupid|useless|fat|ugly|worthless|a \w+)|name[- ]calling|humiliat\w+|worthless|useless|belittl\w+|gaslight\w*|mind games|makes? me feel (?:crazy|mad|stupid|thick|useless|worthless|small|like)|(?:shouts|screams|yells|swears) at me|(?:shouts|screams|yells|screaming|shouting) (?:in|into) (?:my|me) face|silent treatment|blames me|my fault|crazy|insults?|mocks? me|laughs at me|threatens to leave|emotional(?:ly)?|psycholog\w+|manipulat\w+|walking on eggshells|eggshells|no ?one else would (?:want|put up with|have|love|look at) me|(?:no ?one|nobody|no body) (?:else )?(?:would |will |could )?(?:want|wants|love|loves) me|(?:says?|said|saying|tells? me|told me) (?:i am|i'?m|im|that i am|that i'?m) (?:stupid|useless|worthless|ugly|fat|thick|nothing|crazy|mad|pathetic|a failure|an idiot|losing (?:my|me) mind|going mad|going crazy|imagining (?:it|things)|making it up)|(?:all (?:the )?time|always|every day|constantly) (?:shout|shouts|shouting|scream|screams|screaming|yell|yells)|(?:shout|shouts|shouting|scream|screams|yell|yells) (?:all (?:the )?time|at me|every day|constantly))\b"),
        ("physical", r"\b(?:hits?|hitting|(?:punch\w*|kick\w*)(?! (?:the |holes in the )?(?:walls?|doors?)| off| (?:me|us|him|her|them) out\b)|slap\w*|push\w*|shov\w*|strangl\w*|chok\w*|grab\w*|throws? (?:things|stuff)|threw|throw\w* me|(?:chuck\w*|lobb\w*|lob|hurl\w*) (?:\w+ ){0,3}at (?:me|my|us)|bruis\w*|beats? me|beaten|black eye|spat|spits|bit me|bites me|pulled my hair|pulls my hair|hurts? me|hurt me|physical(?:ly)?|violent|violence|burn(?:ed|t)? me|pinn\w* me|headbutt\w*|(?:round|around|on|by) (?:my|the) (?:neck|throat))\b"),
        ("sexual", r"\b(?:forces? (?:himself|herself|themselves) on (?:me|her|him)|(?:taking|takes|took|hiding|hides|hid|binning|bins|flushing|throwing away|swapping|messing with) my (?:pill|pills|contraception|contraceptives?|coil|implant|injection)\b.{0,40}\b(?:pregnant|baby)|wants? me (?:to get |to be )?pregnant|(?:done it|did it|does it|had sex|has sex|have sex|sex with me|touch\w* me|doing stuff|do stuff) (?:to me |with me )?(?:while|when|whilst) i(?: was|'m|m| am)? (?:asleep|sleeping|passed out|drunk|out of it|unconscious)|(?:married couples|wives|a wife|girlfriends|partners) (?:dont|don'?t|do not|cant|can'?t|cannot|aren'?t allowed to|shouldnt|shouldn'?t) (?:say|refuse|turn (?:him|them) down)(?: no)?|(?:send|sending|share|sharing|post|posting|leak|leaking|show|showing|put)\w* (?:round |around |out |up |online )?(?:a |the |my |our |that |them |those )?(?:pics?|photos?|pictures?|videos?|vids?|images?)(?: (?:i sent|of me|round|online|to everyone))|forced me|forces me|makes me (?:do|have) (?:things|sex|stuff)|touch(?:es|ed|ing)? me|consent|contracepti\w+|(?:the )?pill\b|(?:popping|swapping|hiding|binning) my pills|(?:hid|hidden|hides|binned|bins|flushed|flushes|threw away|throws away) (?:all )?my pills|my pills (?:hid|hidden)|(?:wont|won'?t|will not|refuses to) (?:use|wear) (?:anything|protection|a johnny|johnnies)|(?:a )?baby (?:would|will|wud|to) (?:make|keep) me (?:stay|from leaving)|frigid|give in\b|condoms?|pregnan\w+|nudes|intimate (?:images?|pictures?|photos?|videos?)|(?:show|share|send|post|leak|put)\w* (?:round |around |out |up |online )?(?:the ones|them|those|the pics|the photos) (?:i|that i|what i) (?:already |once |had |have )?sent\b|(?<!\bi )(?<!\bif i )(?:share|post|send|leak)\w* (?:my )?(?:pics|pictures|photos|videos|nudes)|revenge porn|porn|(?:stuff|things) in bed|in bed (?:i|that i|when i) (?:do not|don'?t|dont)|what (?:wives|a wife|girlfriends) (?:are|is) for|wifely duty)\b"),
        ("tech", r"\b(?:track\w*|location|gps|airtag|air tag|tracker|spy\w*|spyware|stalkerware|app on my phone|find my (?:phone|iphone|friends)|snap ?map|life ?360|(?:reads?|reading|checks?|checking|goes through|going through|looks? through|looking through) (?:all )?(?:of )?(?:my|me) (?:phone|messages|texts|emails|whatsapp)|(?:makes?|made|making) me (?:unlock|show (?:him|her|them)|hand over|give (?:him|her|them)) (?:my )?(?:phone|passcode|password|pin)|(?:knows?|know) my passwords?|(?:knows?|know) where i(?:'ve| have|ve)? (?:been|am|go)|(?:something|summat|an app|spyware) on my phone|passwords?|hack\w*|camera|cameras|ring doorbell|logs? into my|(?<!\bout )(?<!\bof )(?<!\bfrom )my accounts?|how (?:does|do|did|can|could) (?:he|she|they|my ex|my partner|my husband|my wife|my boyfriend|my girlfriend) (?:always |even )?know (?:everything|what|where|who|about|i was|i am|i'?m|i went|id been|i'?d been)|(?:knows?|know|knowing) (?:everything|exactly what|what) i (?:say|said|text|texted|type|do|search))\b"),
        ("stalking", r"\b(?:stalk\w*|parks? (?:up )?(?:at the end of|outside|near|by|across from|opposite|at) (?:my|our|the) (?:lane|road|street|house|flat|drive|work|gate)|(?:leaves?|left|leaving) (?:\w+ )?(?:notes|letters|flowers|gifts|presents) (?:in|on|at|through|under|by)\b|harr?ass\w*|won'?t stop (?:messag\w*|texting|textin|calling|ringing|contacting) me|drives? past (?:my|me)|follow(?:s|ing|in|ed)? me|turns? up(?! (?:with|wi|covered|black and blue))|turn(?:ing|in|ed) up(?! (?:with|wi|covered|black and blue))|watch(?:es|ing)? (?:me|my (?:house|flat|home|work))(?! (?:on|through|from) (?:his|her|the|their) (?:phone|camera|cameras|app|laptop))|outside my (?:house|flat|home|work|school)|won'?t leave me alone|(?:phones|telephones|rings|calls|texts|messages) (?:me|her|him) (?:at all hours|all hours|day and night|constantly|non[- ]?stop|all the time)|keeps? (?:messaging|calling|texting|ringing|contacting|(?:turning|turnin|showing|showin) up(?! with| wi | covered| in (?:tears|bits)| black and blue))|hundreds of (?:messages|texts|calls)|\b(?:ex|he|she|they|bloke|guy|man|fella) (?:that|who|whos|who'?s) (?:\w+ )?(?:waits?|hangs? about|hangs? around|sits?|parks?) outside|floods? (?:my|her|his|their) (?:phone|inbox|messages)|(?:messag\w*|texting|textin|text|texts|calling|callin|ringing|ringin|rings?|calls?|phon\w*) (?:me|her|him) (?:like |about |over )?(?:\d+|twenty|thirty|forty|fifty|a hundred|loads of|so many) times (?:a|an|per|every) (?:day|night|hour)|(?:new|fake|diff|different|other|loads of|more) (?:accounts?|numbers?|profiles?)|blocked (?:(?:him|her|them) |\w+ of (?:them|his|her) )?(?:like \d+|\d+|loads|loads of)|sits? outside|parked outside|harass\w*|(?:he|she|hes|shes|they|ex|and) (?:still |keeps |always )?(?:waits?|waiting|hangs? about|hanging about|hangs? around|hanging around) (?:for me )?(?:outside|in the car ?park|at (?:my )?(?:work|workplace|school|the gym|the school gates)|by my (?:car|work|house|flat))|(?:messag\w*|rings?|ringing|calls?|calling|emails?|emailing|contact\w*) (?:me at |my )(?:work|workplace|boss|job|office))\b"),
        ("honour", r"\b(?:honou?r|izzat|shame on (?:the|my|our) family|dishonou?r|bring(?:ing)? shame|(?:i'?ve|ive|i have|we'?ve|weve|we have) (?:shamed|disgraced|dishonou?red|brought shame on) (?:them|the family|my family|our family|us)|shamed (?:the|my|our) family|sham(?:ing|in) (?:the|my|our|me) family|forced? (?:me )?(?:in)?to marry|forced marriage|make me marry|making me marry|marry (?:me|her|him) (?:off )?(?:to|with)|marr(?:y|ying|ied) (?:me|her|him) off|marry (?:my cousin|someone|a man|a woman|him|her|some (?:bloke|guy|man|lad|girl|woman|one)|a (?:stranger|cousin)|her cousin|his cousin)|arranged marriage|sent (?:me )?(?:abroad|back home)|(?:boyfriend|girlfriend|partner) (?:they|the family|my parents|her parents|his parents) (?:don'?t|dont|do not) approve of|back home to (?:get )?marr\w+|fgm|cutting(?! (?:myself|my (?:arms?|legs?|wrists?|skin|self|thighs?)|again|up|off|down|ties|corners)\b)|virginity|(?:family|parents|dad|mum|mam|brothers?|uncles?|relatives)\b(?=.*\b(?:threat\w*|disown\w*|kill|beat|hurt)).{0,60}\b(?:cos|because|coz|cause|over) (?:of )?who (?:i'?m|im|i am) (?:seeing|with|dating|going out with|in love with))\b"),
        ("threats", r"\b(?:(?<!never )(?<!not )(?<!hasnt )(?<!hasn't )(?<!didnt )(?<!didn't )(?<!no )(?<!any )threat\w*|if (?:i|i ever|i even) (?:leave|left|go)\b.{0,40}\b(?:gets? it|dies|will die|kill|hurt|regret)|(?:the|my|our) (?:dog|cat|pets?|puppy|kitten|kids|children|bairns) (?:gets?|will get) it\b|(?:punch\w*|kick\w*|smash\w*|bang\w*) (?:the |holes in the )?(?:walls?|doors?)|(?:smash\w*|break\w*|broke|wreck\w*|destroy\w*) (?:all )?(?:my|me) (?:stuff|things|belongings|possessions)|(?:says|said|saying) (?:he|she|they)(?:'ll| will| would)? (?:kill|hurt|take|report|out|leave|post|share)|(?:kick\w*|boot\w*|punt\w*|threw|throw\w*|hurt\w*|kill\w*|hit\w*|drown\w*|poison\w*|get rid of|gets? rid of|give away|put down) (?:the|my|our|her|his) (?:dog|cat|pet|puppy|kitten|rabbit|horse)|(?:that'?s|thats|this is) (?:what|wot) happens to (?:anyone|anybody|anything|people|you) (?:that|who) (?:tries to |try to )?leav\w*|(?:take|taking|took) (?:the|my|our) (?:kids|children|bairns|weans|baby|little ones)|never see (?:the|my|our) (?:kids|children|bairns|weans|baby|son|daughter) again|(?:i'?ll|ill|i will|i would|i'?d) never see (?:her|him|them) again|(?:smash|break)\w* (?:stuff|things|the place|everything|up the house)|(?:keeping|keep|take|taking) (?:her|him|them|the baby|the kids)\b.{0,30}\bnever see (?:her|him|them) again|deport\w*|get me deported|(?<!money )(?<!cash )(?:out|outing) me\b(?! (?:account|bank|purse|wallet|pension|card|savings)\b)|tell (?:my|her|his) (?:family|parents|mum|dad|work|boss|everyone) (?:i'?m|im|i am|that i'?m) (?:gay|bi|trans|lesbian|queer)|scares? me|scared of (?:him|her|them))\b"),
    )
)
assert {form for form, _ in _PATTERNS} <= set(ABUSE_FORMS)

# Intents that already name a form: the form they name comes first in the answer.
INTENT_FORMS = {
    "describe_coercive_control": "coercive_control",
    "describe_economic_abuse": "economic",
    "describe_emotional_abuse": "emotional",
    "describe_physical_abuse": "physical",
    "describe_sexual_abuse": "sexual",
    "describe_tech_abuse": "tech",
    "describe_stalking": "stalking",
    "describe_honour_abuse": "honour",
}

# Each form's name in an answer (harbour/content/cy.yml has the Welsh).
FORM_NAMES = {
    "coercive_control": "controlling or coercive behaviour",
    "economic": "economic abuse",
    "emotional": "emotional abuse",
    "physical": "physical abuse",
    "sexual": "sexual abuse",
    "tech": "tech abuse",
    "stalking": "stalking",
    "honour": "honour-based abuse",
    "threats": "threats",
}

MAX_FORMS = 3


# "he's never hit me", "she doesn't hurt me": what didn't happen isn't described.
_NEGATED = re.compile(r"\b(?:never|not|hasn'?t|hasnt|doesn'?t|doesnt|didn'?t|didnt|has not|does not|did not|won'?t|wont)(?: (?:ever|actually|once|really|physically))? (?:\w+ ){0,1}(?:hit|hits|hurt|hurts|touched|touch|touches|beat|beats|punched|kicked|slapped|pushed|laid a finger on)\b(?: me| her| him)?|"
                      r"\b(?:not|never|isn'?t|isnt|is not|wasn'?t|wasnt|was not|(?:he|she|they)(?:'?s| is|'?re| are) no|isnae|wasnae)(?: (?:ever|actually|really|physically))? (?:violent|physical)\b|\b(?:disnae|doesnae|didnae|dinnae) (?:hit|hurt|touch|batter|skelp)\b(?: me| her| him)?|"  # Scots: "he's no violent like"
                      # "me missus dont hit me or nothin but...": dialect "dont" for "doesn't", after who
                      r"\b(?:he|she|they|missus|wife|husband|hubby|partner|fella|bloke|boyfriend|girlfriend|bf|gf) (?:don'?t|dont|do not)(?: (?:ever|actually|really))? (?:hit|hurt|touch|beat|punch|kick|slap|push)\b(?: me| her| him)?|"
                      # "does it have to be physical", "is it only abuse if hes hurting her like physically": asked, not described
                      r"\bno (?:bruises|marks|black eyes?|injuries|broken bones)\b|\bnever (?:once )?(?:raised|lifted) (?:a|his|her) (?:hand|finger) (?:to|at|against) (?:me|her|him)\b|\b(?:never|not) (?:me|at me|on me)(?: (?:tho|though|like))?\b|"
                      r"\b(?:have|has|need|needs|got) to (?:be|mean|involve) (?:physical|violent|hitting|violence|being hit)\b|\bonly (?:abuse |count\w* )?if (?:\w+ ){0,4}(?:physical\w*|hit\w*|hurt\w*|violent)\b(?: (?:like )?physically)?|\bonly physical\w*\b"
                      # "wots classed as domestic abuse, is it just if someone hits u": asked, not described
                      r"|\b(?:is it|is that|does it|or) (?:just|only) (?:abuse |count\w* )?(?:if|when) (?:\w+ ){0,4}(?:hits?|hitting|hurts?|hurting|beats?|beating|violent|physical\w*|punch\w*|slap\w*)\b(?: (?:you|me|her|him|them))?"
                      # "he says its not abuse unless theres bruises", "i thought abuse meant hitting tho": what counts, asked
                      r"|\bunless (?:there'?s|theres|there are|there is|you'?ve got|you have|u have|you got|u got|it leaves|(?:he|she|they) leaves?) (?:\w+ )?(?:bruises?|marks?|injur\w+|blood|broken bones)\b"
                      r"|\b(?:abuse|it|that) (?:(?:meant|means|had to be|has to be) (?:only |just )?|(?:was|is) (?:only|just) )(?:hitting|physical|violence|being hit|punching|beating)\b")


# Text speak the word lists are written without: "he goes thru my phone n says who i can n cant see".
# Scots too: "ma man's been readin ma texts and tellin me who a can and cannae see".
_SPELT_OUT = {"thru": "through", "thro": "through", "n": "and", "wiv": "with", "wot": "what", "u": "you", "ma": "my", "readin": "reading",
              "tellin": "telling", "checkin": "checking", "cannae": "cannot", "who a": "who i", "what a": "what i", "where a": "where i"}
_TEXT_SPEAK = re.compile(r"(?<!')\b(?:thru|thro|n|wiv|wot|u|ma|readin|tellin|checkin|cannae|who a|what a|where a)\b")


def forms_in(text: Optional[str]) -> List[str]:
    """Every form of abuse the text describes, in the order of ``ABUSE_FORMS``."""
    lowered = _NEGATED.sub(" ", _TEXT_SPEAK.sub(lambda m: _SPELT_OUT[m.group(0)], clean(text)))
    if not lowered.strip():
        return []
    found = {form for form, pattern in _PATTERNS if pattern.search(lowered)} | set(welsh_profile.forms_in(text))
    return [form for form in ABUSE_FORMS if form in found]


def forms_about_someone(text: Optional[str]) -> List[str]:
    """The forms a friend or relative describes ("he checks her phone, tells her what to wear"):
    the first-person word lists read with her/his/their as "my" and her/him/them as "me"."""
    lowered = clean(text)
    as_me = re.sub(r"\b(?:her|him|them)\b", "me", re.sub(r"\b(?:his|their)\b", "my", lowered))
    as_my = re.sub(r"\b(?:him|them)\b", "me", re.sub(r"\b(?:her|his|their)\b", "my", lowered))
    # "he decides what she wears and goes mad if she sees her friends": the one at risk as "i", either pronoun
    as_i = [re.sub(rf"\b{pronoun}\b", "i", as_my) for pronoun in ("she", "he", "they")]
    as_fi = re.sub(r"\b(?:hi|fo|fe)\b", "fi", lowered)  # Welsh: "ddim yn gadael hi weld ni" read as "...gadael fi weld..."
    found = set(forms_in(as_me)) | set(forms_in(as_my)) | set(forms_in(as_fi)) | {form for text_as_i in as_i for form in forms_in(text_as_i)}
    return [form for form in ABUSE_FORMS if form in found][:MAX_FORMS]


def forms_for(intent: Optional[str], text: Optional[str]) -> List[str]:
    """The forms an answer names: the intent's own form first, then what the text shows."""
    described = forms_in(text)
    found = [INTENT_FORMS[intent]] if intent in INTENT_FORMS else []
    if found == ["physical"] and "physical" not in described and _NEGATED.search(clean(text)):
        found = []  # "he's never hit me": the classifier heard "hit", the person said it doesn't happen
    found += [form for form in described if form not in found]
    return found[:MAX_FORMS]
