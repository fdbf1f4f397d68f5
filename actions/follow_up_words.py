"""What a follow-up asks, read against the answer just given: the words actions/in_context.py looks for.

Pure regular expressions, kept apart so the module that answers stays readable (and under the line limit).
"""
from __future__ import annotations

import re

# "is that number free?", "whats the number again", "y rhif yna" (the bill and the cost: BILL, COST_ASKED)
SAME_NUMBER = re.compile(
    r"\b(?:that|the|this|ur|your|their) (?:number|line|helpline)\b|\b(?:that|this) one\b(?! (?:who|that|abusing|hurting|doing))|\bis (?:it|that|this|they|the call) (?:free|anonymous)\b|"
    r"\bnumber again\b|\b(?:what|wot|wat) (?:was|is) (?:it|that) again\b|\b(?:y rhif|rhif (?:yna|na|yma|hwnna))\b"
)

# "whats the mens number again": another line than the one just given.
OTHER_LINE = re.compile(
    r"\b(?:mens|men'?s|men|male|lads?|blokes?|women'?s|womens|women|lgbt\w*|gay|trans|galop|respect|refuge|childline|hourglass|karma|"
    r"stalking|police|101|welsh|wales|scottish|scotland|irish|ireland|domestic|d?dynion|merched|ferched|menywod|fenywod|heddlu|cymraeg|abuse (?:thing|line|one|number|people|helpline|service))\b"
)

# After the tech-abuse answer: "should i just delete it", "can i take it off", "ddylwn i jyst dileu'r app?"
# Not wanting the one watching to know it was found ("i dont want him to know ive found out", "sa i moyn iddo fe wbod bo fi di ffindo mas").
KNOWS_I_FOUND_IT = re.compile(
    r"\b(?:don'?t|dont|do not|sa i|dw i ddim|dwi ddim|dydw i ddim|ddim)(?: \w+)? (?:want|wanna|moyn|isio|isho|eisiau|ishe) (?:him|her|them|iddo fe|iddo fo|iddi hi|iddo|iddi|iddyn nhw) (?:to )?"
    r"(?:know|find out|notice|realise|realize|wbod|wybod|gwbod|gwybod|sylwi|ffindo mas|ffeindio allan) (?:that )?(?:i'?ve|ive|i have|i|bo fi|mod i|bod fi|fy mod i)(?: di| wedi)? ?"
    r"(?:found|find|spotted|seen|noticed|know|clocked|ffindo|ffeindio|gweld|sylwi|wbod|gwbod)\b"
)
REMOVE_IT = re.compile(
    r"\b(?:delete|deleting|remove|removing|uninstall\w*|get rid of|chuck (?:it|that)|bin (?:it|that)|rip (?:it|that) (?:off|out)|smash (?:it|that)|throw (?:it|that) away|take (?:it|that|the app) off|turn (?:it|that|location) off|switch (?:it|that|location) off|"
    r"wipe|reset|factory reset|block (?:it|him|her)|change (?:my |the |all my )?(?:password|passwords|passcode|pin))\b|"
    # "how would i even check for that": looking for it is a change they may notice too
    r"\b(?:check|look|search|scan) (?:my phone |the phone |it )?(?:for|if|whether) (?:that|it|this|spyware|an? app|apps|an? tracker|trackers|anything|one|there)\b|\bhow (?:do|would|can|could) i (?:even )?(?:tell|know|find (?:out|it))\b|\b(?:dileu|ddileu|tynnu|dynnu|cael gwared|diffodd|ailosod)\b"
)

# Pressing after a refusal: "please, im not gonna do anything, i just want to talk to her", "ond dwi'n deulu iddi".
PUSHBACK = re.compile(
    r"\b(?:rhoi|roi) (?:ei |eu )?(?:phethau|pethau|bethau|stwff) (?:hi |o |fo |nhw )?(?:yn [oô]l|n[oô]l)\b|\b(?:give|return) (?:her|him|them)? ?(?:her|his|their) (?:stuff|things|bits|belongings)(?: back)?\b|"  # "ond dw i jyst eisiau rhoi ei phethau hi yn ôl"
    r"\b(?:just|only) (?:need|needs|want|wanna) to know\b|\b(?:i'?m|im|i am) not (?:controlling|abusive|an abuser|violent|dangerous|like that)\b|"  # "its not like that im not controlling i just need to know"
    r"\b(?:ia|ie|yes|yeah) (?:neu|or) (?:na|nage|no|nah)\b|\b(?:dere|dewch|tyrd|ty'?d) (?:mla'?en|'mlaen|ymlaen)\b|\bjyst (?:tro ma|tro yma|y tro ma|unwaith)\b|"  # "fedri di jyst deud ia neu na?"
    r"\b(?:just|only) (?:the )?(?:area|town|city|street|postcode|county|rough area|general area)\b|"  # "just the area then?? im her sister not him"
    r"\bjust (?:wants? to|wanna|needs? to) (?:talk to|see|speak to) (?:her|him|them|my|me|ma|our|the)\b|\bnot (?:going to|gonna|gunna) (?:do|hurt|touch)\b|\b(?:have|got|i'?ve|ive) (?:a|every) right\b|\b(?:i|we) (?:have|got|'?ve got|ve got) (?:the )?right to know\W*$|\b(?:i'?m|im|i am) (?:her|his|their) (?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mother|brother|sister|family)\b|\b(?:they|the police|police|cops) (?:have to|must|gotta|got to|should) tell me\b|"
    r"\b(?:she'?s|shes|he'?s|hes|they'?re) my (?:wife|husband|partner|girlfriend|boyfriend|daughter|son|sister|brother|kids|children|(?:best |oldest )?(?:friend|mate|pal))\b|\bcome on\b|\b(?:ur|you'?re|youre|you are) (?:useless|no help|a joke|pointless)\b|"
    r"\bi'?m (?:her|his|their) (?:husband|wife|partner|family|dad|mum|brother|sister)\b|\b(?:dwi'?n|dw i'?n|fi'?n) (?:deulu|dad|mam|gwr|wr) (?:iddi|iddo|iddyn)\b|"
    r"\b(?:fi|fi'?n|dwi|dw i|mi) (?:yw|ydi|ydy|ydw|'n|yn) (?:ei |eu )?(?:chwaer|brawd|frawd|mam|fam|tad|dad|gwr|wraig|ffrind|theulu|deulu)(?: hi| o| fo| fe| e)?\b|\b(?:jyst|jest|dim ond) (?:moyn|isio|isho|ishe|isie|eisiau) (?:gwbod|gwybod|wybod|wbod) (?:bod|fod) (?:hi|o|fo|e|fe|nhw)(?:'n| yn) (?:ok|iawn|saff|ddiogel|olreit)\b|"
    r"\b(?:jyst|jest|dim ond) (?:isio|isho|ishe|isie|eisiau|moyn) (?:siarad efo|siarad gyda|gweld) (?:hi|o|fo|fe|nhw|y plant|fy mhlant|mhlant i|plant fi|fy mab|fy merch)\b|\b(?:dwi|dw i|fi)(?:'n)? ddim yn (?:abuser|abusive|dreisgar|gamdriniwr|camdriniwr)\b|"
    r"\bc'?mon\b|^go on\b|^why not\b|^(?:pam|pam dim|pam ddim|pam lai|why|why not)\W*$|\b(?:jyst|just) (?:isio|eisiau|moyn|want to|wanna) (?:gwbod|gwybod|wybod|know) (?:os|if)\b|\b(?:plis |please )?(?:jyst|just) (?:edrych|sbio|look|check)\b|\bti'?n gallu gweld\b|\b(?:its|it'?s) my right\b|\bas (?:her|his|their) (?:dad|mum|mam|father|mother|husband|wife|parent)\b|\b(?:its|it'?s) urgent\b|\b(?:she|he) needs to know\b|\b(?:its|it'?s|thats|that'?s) (?:normal|what couples do)\b|\b(?:loads of|lots of|most|all) couples\b|\b(?:get|pick up|collect) my (?:stuff|things|belongings|clothes|bits)\b|\bhow (?:do|can) i see (?:them|my (?:kids|children|son|daughter)|the (?:kids|children))\b|"
    r"\b(?:what|wot|wat) (?:am i|do i) (?:meant|supposed) to do\b|\b(?:be|beth) (?:dwi|dw i) fod i (?:neud|wneud|gwneud)\b|\byes or no\b|\b(?:ie|ia) neu na\b|\b(?:you|u) (?:must|should|gotta|have to) (?:be able to|know|have)\b|\bsurely (?:you|u) can\b|\bjust (?:tell|say|give) (?:me|us|it)\b|\b(?:jyst|jest) (?:deud|dweud|gweud|gwed|weud|ddeud|dwed)\b|\b(?:pa|which|what) app\W*(?:$|\.|!|fi'?n desperate|i'?m desperate|im desperate)|\b(?:fi|dwi|dw i)(?:'n| di| yn) (?:deulu|teulu)\b|"
    r"\b(?:jyst|dim ond) poeni (?:ydw i|dw i|dwi|ydw|wyf i)\b|\b(?:jyst|just|dim ond) (?:moyn|isio|eisiau|ishe|want to|wanna) (?:gwbod|gwybod|wybod|know) y (?:gwir|truth)\b|\bthe truth\b.*\b(?:not|isn'?t|isnt) (?:abuse|abusive)\b|\b(?:dyw|dydi|dydy|so|smo) (?:e|o|fe|fo|hwnna|hynna)(?: ddim)?(?:'n| yn) (?:abuse|gam-?drin|cam-?drin) os\b|\b(?:dwi|dw i|fi) (?:heb|ddim (?:di|wedi)) (?:neud|wneud|gwneud) dim(?: byd)? (?:iddi|iddo|iddyn|o'?i le)\b|"
    r"\bhow am i (?:meant|supposed) to see\b|\b(?:never|not|wont|won'?t|aint|ain'?t)(?: \w+)? (?:seeing|see|gonna see|going to see|get to see) (?:my|me|our|the) (?:kids|children|son|daughter|baby|boys|girls)\b|\b(?:i )?(?:aint|ain'?t|haven'?t|havent|have not|didn'?t|didnt|never) (?:done|did) (?:nothing|anything|owt|nowt) wrong\b|\b(?:just|only) (?:want|wanna|need)s? to know (?:if |that )?(?:they|she|he|the kids|my kids|the children|my children)(?:'re|re| are| is|'s|s)? (?:ok|okay|safe|alright|fine|well)\b|\b(?:it'?s|its|i'?m|im|i am) (?:genuine|legit|for real|not (?:him|her|them|the abuser|the one))\b|\bi (?:swear|promise)\b|\bi (?:just|only) care about (?:her|him|them)\b|\b(?:i'?m|im|i am) not (?:a |some )?(?:psycho|stalker|weirdo|creep|nutter|nutcase|maniac)\b|\bfi sy'?n talu\b|\bpoint me (?:in )?the right (?:way|direction)\b|\bat least (?:say|tell me|give me)\b|\b(?:i'?m|im|i am) not (?:abusive|an abuser|violent|dangerous|a stalker)\b|"
    r"\bjust (?:want|wanna|need) to know (?:she|he|they|my \w+)(?:'?s|'?re| is| are)? (?:ok|okay|safe|alright|all right)\b|\b(?:she'?s|shes|he'?s|hes|she is|he is) (?:cheating|cheatin|seeing someone|having an affair|playing away)\b|"
    r"\b(?:jyst|jest|dim ond) (?:deud|dweud|enw)(?:'r| yr)? (?:app|ap)\b|\benw'?r (?:app|ap)\b|\bplant fi ydyn nhw\b|\bfy (?:mhlant|mhlentyn) i ydyn nhw\b|\b(?:ma|mae) gen i hawl\w*\b|\b(?:ma|mae) (?:'r |yr )?hawl (?:gyda fi|gen i|da fi|'da fi)\b|\bso ti'?n gwrthod\b|"
    r"\b(?:ei )?(?:chwaer|brawd|mam|tad|merch|mab|ffrind) (?:hi |o |fo )?ydw i\b|\b(?:dwi|dw i|fi)(?:'n| yn) (?:chwaer|frawd|fam|dad|ffrind|ffrind gora) (?:iddi|iddo|iddyn)\b|\bdim fi sy(?:'n| yn) (?:ei )?(?:brifo|frifo|cam-drin|gam-drin)\b|\bdim ond parsel\b|\bjust a (?:parcel|present|card)\b|\b(?:cheatio|twyllo arna i|chwarae o gwmpas)\b|\bfi pia\b|\bi pay for (?:it|the phone|the bill|her phone|his phone)\b|\b(?:its|it'?s) my (?:phone|contract|account)\b|"
    r"\b(?:dwi'?n|dw i'?n|rwy'?n|rydw i'?n|fi'?n|wi'?n|dwi jyst yn|dw i jyst yn|fi jyst yn|wi jyst yn) (?:jyst |dim ond )?(?:poeni|becso|gofidio) (?:amdani|amdano|amdanyn)\b|\b(?:dim byd|nothing|nuthin|nothin) (?:creepy|weird|sinister|drwg|dodgy)\b|\bworried about (?:her|him|them),? (?:that'?s|thats) all\b|\b(?:its|it'?s|it is) not abuse if\b|\b(?:i'?m|im|i am) (?:just|only) (?:worried|curious|checking)\b|"
    r"\bpam (?:sa i|dwi ddim|dw i ddim|fi ddim|na ga i|na chai|alla i ddim)(?:'n| yn)? ?(?:cal|cael|gael|ca'?l)? (?:gwbod|gwybod|wbod|wybod)\b|\bwhy (?:can'?t|cant|cannot|shouldn'?t) i (?:know|be told|find out)\b|"
    r"\b(?:dwi|dw i|fi|wi)(?:'n| yn)? ddim yn (?:foi|ddyn|berson|bartner) (?:drwg|cas|peryg|peryglus)\b|\b(?:dwi|dw i|fi|wi)(?:'n| yn) (?:jyst |dim ond )?(?:ei charu|ei garu|caru) (?:hi|o|fo|e|fe)\b"
)

# "how long does it take", "faint o amser ma'n gymryd": the scheme's timescale.
HOW_LONG = re.compile(r"\bhow long\b|\bpa mor (?:hir|hîr|gyflym|fuan)\b|\bfaint o amser\b")

# "can i email them instead", "alla i ebostio?", "can i text instead": the line's other ways in.
# (not "dont want to ring anyone rn. is the stuff she says actually abuse tho": what is asked besides is answered)
OTHER_WAY_ASKED = re.compile(
    r"^(?!.*\b(?:is|was|are|isnt|isn'?t)\b(?: \w+){0,5} (?:actually |really |even |still )?(?:abuse|abusive)\b)(?:.*?)(?:"
    r"\b(?:can|could|do|should) (?:i|a|we) (?:e-?mail|text|txt|message|web ?chat|chat online)\b|\b(?:e-?mail|text|txt|web ?chat|message) (?:them|instead|rather)\b|"
    r"\b(?:email address|by email|by text|online chat|another way|other way|other ways)\b|\b(?:do it|do this|talk|speak|contact them|get in touch|reach them) (?:over|by|on|via|through) (?:the )?(?:web ?chat|chat|email|e-mail|text)\b|\b(?:rubbish|terrible|useless|bad|crap) (?:on|with) the phone\b|\b(?:ffordd arall|ffyrdd eraill)\b|"
    r"\b(?:do|does|have|has) (?:they|you|u|it|them) (?:do |have |got |offer )?(?:a |an |any )?(?:chat|web ?chat|live chat|online chat|text service|texting|email)\b|"  # "do they do a chat or something, cant ring from home"
    r"\b(?:don'?t|dont|do not) (?:want to|wanna|really want to) (?:talk|speak|ring|call|phone) (?:on the phone|out loud|anyone|anybody|people|them|nobody)\b|\b(?:can|could) i (?:just )?(?:type|typing|write)\b|\b(?:alla i|galla i|fedra i) (?:siarad|ffonio) ar y ff[oô]n\b|\b(?:llefen|crio|crying) (?:gormod|too much)\b|(?:\b(?:ddim|dim|dwim|sa i|sai|so i|dw i ddim)|'m) (?:isio|eisiau|moyn|ishe) (?:siarad ar (?:y )?ff[oô]n|ffonio)(?: (?:da|gyda|efo|hefo) neb| neb)?\b|"
    r"\b(?:e-?bost\w*|ebostio|neges destun|sgwrs (?:ar y we|ar-lein|arlein))\b|\b(?:rwbath|rhywbeth|rhywle|ffordd) (?:ar[- ]?lein|arlein|ar y we)\b|\byn lle ffonio\b|\b(?:alla i|ga i|galla i|fedra i|oes modd|gallu) (?:eu |ei )?(?:tecstio|decstio)\b|\b(?:tecstio|decstio) (?:nhw|y llinell|yn lle)\b|"
    r"\bnot ready to (?:ring|call|phone|talk)\b|\b(?:ddim yn |dim yn )?barod i (?:ffonio|ffono|siarad)\b|"
    r"\b(?:ring|call|phone) (?:me|us) back\b|\bcall-?backs?\b|\b(?:ffonio|ffonio fi|ffonio fi'?n) (?:n?[oô]l|yn [oô]l)\b|"  # "can they ring me back instead"
    # "can i do it without ringing", "can i do it without talking out loud, hes a light sleeper"
    r"\b(?:do it|do that|contact them|reach them|get help|get in touch|talk to them)(?: \w+)? without (?:ringing|calling|phoning|talking|speaking|having to (?:ring|call|phone|talk|speak))\b|\bwithout (?:talking|speaking) out loud\b"
    r")"
)

# "i dont want samaritans, i want someone who gets the abuse side of it"
NOT_SAMARITANS = re.compile(
    r"\b(?:dont|don'?t|do not|not) (?:want|need|wanna) (?:the )?samaritans\b|\b(?:abuse side|about abuse|knows about abuse|gets the abuse|understands abuse)\b|\b(?:domestic )?abuse (?:thing|people|service|one|line|number|helpline)\b|"
    r"\bddim (?:isio|eisiau|moyn) (?:y )?samaritans\b|\b(?:ffonio|siarad (?:efo|gyda|hefo)|ring|call|talk to)\b.{0,25}\b(?:am y|about (?:the|this|my)) (?:boi|dyn|gwr|cariad|partner|ex|guy|bloke|man|fella)(?: (?:ma|yma|na|here))?\b|"  # "pwy fedra i ffonio ganol nos am y boi ma?"
    # "skip that. just gie me the helpline for here", after Samaritans: the abuse line where they live
    r"\b(?:skip|forget|never ?mind) (?:that|this|them|it)\b.{0,40}\b(?:helpline|help ?line|line|number)\b|"
    # "ok. whats the number again for the money stuff": the line for the abuse told before the self-harm
    r"\b(?:number|line|one|helpline)\b(?: again)? for (?:the |my |me )?(?:money|wages|debts?|loans?|controlling|control|abuse|abusive|partner|fella|husband|wife|boyfriend|girlfriend)(?: (?:stuff|thing|side|bit|one))?\b"
)

# After the honour-based abuse answer: "is it even legal at 17", "shes says its just arranged not forced",
# "what if they take me abroad", "be os dwi allan o'r wlad yn barod": that answer (the law, arranged or
# forced) and its lines (the Forced Marriage Unit's number from abroad) again.
HONOUR_ASKED = re.compile(
    r"\b(?:legal|illegal|allowed|against the law|the law|arranged|abroad|overseas|over there|out there|out of the country|back home|passport|age|under 18|not 18|not eighteen|at 1[0-7]|flights?|fly|flies|flying|booked|tickets?|plane|holiday)\b|"
    r"\b(?:cyfreithlon|anghyfreithlon|yn erbyn y gyfraith|trefnu|wedi(?:'i)? drefnu|dramor|tramor|allan o'?r wlad|pasbort|pasport|basport|mhasport|passport|oed|hawl|awyren|tocyn\w*|fflio|ffleio|hedfan|(?:mynd|fynd|myn) (?:a|â|ag) fi (?:draw|yno|yna|i ffwrdd|ffwrdd|dramor|nol|adra|adre|i \w+)|(?:mynd|fynd) (?:draw|yno|dros y mor)|(?:helpu|help) (?:fi|i fi) (?:yna|yno|draw)|(?:yrru|gyrru|hel|anfon|danfon) (?:fi|i fi|hi|fo|o|e) (?:i ffwrdd|ffwrdd|dramor|draw|nol adra|yn ol adra))\b|"
    r"\b(?:i'?m|im|i am|dwi'?n|dw i'?n|fi'?n|wi'?n) (?:only |just )?1[0-7]\b|\b(?:dwi|dw i|fi|wi) (?:ond|jyst|dim ond) yn 1[0-7]\b|\bcael (?:neud|gwneud|wneud) (?:hyn|hynny|hyn i fi)\b|"
    r"\b(?:in trouble|get into trouble|arrested|go to (?:jail|prison)|mewn trwbl|mewn trafferth|carchar|arestio)\b|\b(?:stays? in the family|family matter|keep it in the family|not the police|aros yn y teulu)\b|\b(?:stop|prevent) (?:them|him|her|my (?:parents|family|dad|mum|brothers?)) (?:from )?(?:taking|sending|making|marrying)\b|"
    r"\b(?:still forced|forced if|pressure|pressured|guilt trips?|emotional blackmail|gorfodi|pwysau)\b|\btoo late\b|\bagainst (?:my|the|our) family\b|\bturn on me\b|\bdisown\w*\b|\b(?:already|once (?:she|he|they)(?:'s|s| is| are)?) (?:gone|there|abroad|married)\b|\b(?:rhy hwyr|yno'n barod|wedi mynd yn barod)\b"
)

# After lines: "what if he finds out i rang them", "will she know i called", "be os neith o ffeindio allan?"
FOUND_OUT = re.compile(
    r"\bwhat if (?:he|she|they) (?:finds?|found|find) out\b|\b(?:will|would|could|can) (?:he|she|they) (?:find out|know|see|tell)\b.{0,30}\bi (?:rang|called|phoned|contacted|spoke)\b|"
    r"\bfinds? out (?:i|that i) (?:rang|called|phoned|contacted|spoke)\b|\b(?:talk|speak) to (?:someone|somebody|anyone)\b.*\bwithout (?:my \w+|him|her|them|anyone) (?:finding out|knowing|knowin)\b|\b(?:be|beth) os (?:neith|wneith|fydd|bydd|ddaw) (?:o|e|fo|fe|hi) (?:i )?(?:ffeindio allan|wybod|gwybod|ddarganfod|darganfod)\b|"
    r"\b(?:fydd|neith|wneith) (?:o|e|fo|fe|hi)(?:'n| yn)? (?:gwybod|ffeindio allan|ffeindio mas|ffindio mas|ffindo mas|darganfod)\b|"
    # "fydd teulu fi'n ffeindio allan os dwi'n ffonio nhw?", "will my family find out if i ring them"
    r"\b(?:fydd|neith|wneith|fyddan) (?:[\w']+ ){0,2}(?:gwybod|wybod|gwbod|wbod|ffeindio allan|darganfod)\w* os (?:dwi|dw i|fi|i|wi)(?:'n| yn)? (?:ffonio|galw|cysylltu)\b|"
    r"\b(?:will|would) (?:my|me) (?:\w+ ){0,2}(?:find out|know|see) (?:if|that|when) i (?:ring|call|phone|rang|called|phoned|contact)\b|"
    # "will they tell my mum if i ring", "fyddan nhw'n deud wrth mam os dwi'n ffonio?"
    r"\b(?:will|would|do|does) (?:they|it|the line|childline|the helpline) tell (?:my \w+|him|her|anyone|the police|social services)\b|"
    r"\b(?:fyddan|fydd|neith|wneith) (?:nhw|o|e|hi)(?:'n| yn) (?:deud|dweud|gweud) wrth (?:mam|dad|fo|fe|hi|neb|yr heddlu|rywun)\b"
)

# After the sexual-abuse answer: "is there somewhere just for the sex side of it", "oes na linell ar gyfer trais rhywiol?"
SEXUAL_LINE_ASKED = re.compile(
    r"\b(?:sex|sexual|rape|raped|in bed|assault)\b.*\b(?:somewhere|someone|anyone|line|helpline|number|service|charity|people|support)\b|"
    r"\b(?:somewhere|someone|anyone|line|helpline|number|service|charity|people|support)\b.*\b(?:sex|sexual|rape|in bed)\b|"
    r"\b(?:rhyw|rhywiol|treisio|trais)\b.*\b(?:llinell|rhif|rhywun|rhywle|gwasanaeth|help)\b|\b(?:llinell|rhif|rhywun|rhywle|gwasanaeth|help)\b.*\b(?:rhyw|rhywiol|treisio|trais)\b"
)

# After the stalking answer: "the police say they can't do anything because he hasn't threatened me"
POLICE_WONT = re.compile(
    r"^(?!.*\b(?:disclos\w*|record|clare'?s?|claire'?s?|datgelu|dvds|dsdas|dvads|history|hanes|past|gorffennol)\b).*\b(?:police|cops|heddlu)\b.*\b(?:can'?t|cannot|won'?t|wont|nothing|not interested|methu|ddim yn gallu|dim byd|ddim isio)\b"
)

# "she'll kill me if she knows i told anyone", after the friend's answer: that answer again (keeping a confidence)
TOLD_ANYONE = re.compile(r"\b(?:be|beth) os (?:ydi|di|yw|ydy) (?:hi|o|fo|e)(?:'n| yn) (?:deud|dweud|gweud) (?:bod |fod )?(?:dim byd|dim) yn bod\b|\bwhat if (?:she|he|they) (?:says?|said|tells? me) (?:nothing'?s wrong|(?:she'?s|he'?s|they'?re|its|it'?s) fine|everything'?s fine)\b|\b(?:if|when) (?:she|he|they) (?:knows?|finds? out|found out|sees?) (?:i|that i) (?:told|said|spoke|rang|called|snitched|grassed)\b|"
                         r"\b(?:she|he|they)(?:'ll| will) (?:hate|kill) me if\b|\b(?:she|he|they) (?:says?|said|thinks?|reckons?) (?:it'?s|its|that'?s|thats) (?:normal|fine|nothing|ok|okay)\b|\beveryone does it\b|\b(?:told|asked|made) me not to tell\b|\b(?:she|he|they) (?:doesn'?t|doesnt|does not|don'?t|dont|won'?t|wont) (?:want|let) (?:me )?(?:interfering|to interfere|getting involved|to get involved|involved|my help|any help|me to (?:do|say|help) (?:anything|owt))\b|\b(?:made me )?(?:promise|promised|swear|swore)(?: her| him| them)? (?:not to|i wouldn'?t|i wouldnt|i won'?t|i wont|i'?d never|id never) (?:tell|say)\b|\bsworn to secrecy\b|\b(?:she|he|they) (?:won'?t|wont|doesn'?t|doesnt|will not|does not) (?:talk|speak|open up|say anything)(?: to me)?(?: about it)?\b|\b(?:neith|wneith|bydd|fydd) (?:hi|o|fo) (?:yn )?(?:gasau|casau|nghasau) (?:fi|i)\b")

# "she dont think its abuse tho she says its just how he is", from a friend: abuse isn't only physical, and how to stay alongside her
DOESNT_SEE_IT = re.compile(
    r"\b(?:she|he|they) (?:doesn'?t|doesnt|dont|don'?t|does not|do not|won'?t|wont|will not|can'?t|cant) (?:think|see|believe|accept|admit|reckon) (?:(?:that )?(?:it'?s|its|it is|this is|that'?s|thats|he'?s|hes|she'?s|shes|it) )?(?:as |counts as |is )?(?:abuse|abusive|a problem|that bad|anything wrong|wrong)\b|"
    r"\b(?:she|he|they) (?:says?|said|thinks?|reckons?) (?:its|it'?s|thats|that'?s) (?:just )?(?:how|the way) (?:he|she|they) (?:is|are)\b|\b(?:its|it'?s) just (?:how|the way) (?:he|she|they) (?:is|are)\b|"
    r"\b(?:ddim|dim) yn (?:meddwl|credu|gweld|cyfadde\w*) (?:bod|fod) (?:o|e|fo|fe|hyn|hynna|hwnna)(?:'n| yn) (?:gam-?drin|cam-?drin|broblem|ddrwg)\b|\b(?:dyna|dyna'?r|fel'?na) (?:sut|ffordd) (?:mae|ma|ydi|yw) (?:o|e|fo|fe)\b"
)

# "what about her? if she wants to talk to someone", after Respect's line
THEIR_SIDE = re.compile(
    r"\b(?:what|wot|wat) about (?:her|him|them|my (?:wife|partner|girlfriend|husband|boyfriend|missus))\b|\bwhere (?:can|could|does|should) (?:she|he|they) (?:get|go for|find) (?:help|support)\b|\b(?:if|what if) (?:she|he|they) (?:wants?|needs?) (?:to talk|someone|help|support)\b|"
    r"\b(?:be|beth) (?:amdani|amdano|amdanyn) (?:hi|o|fo|nhw)\b|\bos (?:di|ydi|ydy|yw) (?:hi|o|fo|e) (?:isio|eisiau|moyn|angen) (?:siarad|help|cymorth)\b|\bsomeone (?:for|she can talk to|he can talk to)\b|"
    r"\bcan (?:she|he|they) (?:get|have) (?:help|support|someone)\b|\b(?:she|he|they) (?:could|can) (?:ring|call|phone|talk to|speak to) (?:someone|somebody|anyone|a line)\b"
)

# "so who am i meant to talk to then", after a refusal
WHO_THEN = re.compile(r"\bwho (?:am i|do i|can i|should i) (?:meant to |supposed to )?(?:talk|speak|ring|call|go)(?: to| with)?(?: then| now| instead)?\W*$|\b(?:i|i'?m|im) (?:might |may |probably )?(?:need|needs) help (?:myself|meself)\b|\b(?:angen|isio|eisiau) help (?:fy hun|i fi fy hun)\b|\b(?:efo|gyda|hefo) pwy (?:dwi|ga i|alla i) (?:fod i )?siarad\b|\bpwy (?:alla|ga|ddylwn) i (?:ffonio|siarad)\b")

# "whats the number to apply again" after a refusal: the scheme's, not the refusal's line.
SCHEME_ASKED = re.compile(r"\b(?:apply|applying|application|clare'?s?|claire'?s?|disclos\w*|request|gwneud cais|datgelu)\b")

FOUND_IT = re.compile(r"\b(?:he|she|they) (?:goes through|go through|checks|reads|finds|found|sees|looks at|looks through)\b")  # "i keep notes on my phone but he goes through it"

ASKING = re.compile(r"\b(?:should|shall|do|can|could|would) i\b|\bwould (?:\w+ ){0,3}help\b|\bwhat'?s the point\b|\bwhats the point\b|\bis it (?:worth|better|best|ok)\b|\b(?:ydi|ydy|yw) (?:o|e|hi)(?:'n)? werth\b|\?|\b(?:ddylwn|ddylswn|dylwn|oes angen|ga i|alla i|fedra i)\b")

# After the covering-tracks answer: "if i clear all the history is that ok?", "os dwi'n clirio'r history i gyd?"
CLEAR_HISTORY = re.compile(
    r"\b(?:clear|clearing|cleared|delete|deleting|wipe|wiping)(?: all)? (?:the |my |all (?:the |my )?)?(?:history|browsing|cookies|searches)\b|"
    r"\b(?:clear|delete|wipe)(?: it)? (?:all of it|it all|everything|the lot)\b|"  # "should i just clear all of it", just after the answer on covering tracks
    r"\b(?:clirio|glirio|dileu|ddileu)(?:'r| y| yr)? (?:history|hanes|cwcis)\b"
)

# "are you still there?", "ti dal yna?": yes, and the lines again.
STILL_THERE = re.compile(r"\b(?:are you|r u|are u|you|u) still (?:there|here|around)\b|\b(?:ti|chi|dach chi|wyt ti) dal (?:yna|yma|yno|ma|na)\b")

# "dwi ddim isio deud wrth mam, sa hi'n flipio", "i dont want to snitch on her": nobody need be told yet; the lines again.
DONT_TELL = re.compile(
    r"\b(?:don'?t|dont|do not) (?:want to|wanna) (?:tell|snitch on|grass on|grass up) (?:my |our |me )?(?:mum|mam|dad|parents|family|anyone|her|him|them|teacher)\b|"
    r"\b(?:ddim|dim|m|am) (?:isio|isho|isie|eisiau|moyn|ishe) (?:deud|dweud|gweud|ddeud|ddweud|snitchio|cario clecs)\b|"
    # "i cant tell my mum", "sa i'n gallu gweud wrth mam"
    r"\b(?:can'?t|cant|cannot|could never) tell (?:my |me |our )?(?:mum|mam|dad|parents|family|nan)\b|"
    r"\b(?:sa i'?n|sai'?n|dwi ddim yn|dw i ddim yn|fedra i ddim|alla i ddim|methu|ffaelu|(?:dwi|dw i|fi|mae gen i|ma gen i|gen i)(?:'n| yn)? (?:ofn|ofan)) (?:gallu |medru )?(?:gweud|deud|dweud|ddeud|ddweud) wrth (?:mam|dad|neb|rhieni|fy rhieni|y teulu)\b"
)

# "dwi'm isio i mam a dad wbod", "i dont want my parents to know": whatever the classifier guessed.
THEY_MUST_NOT_KNOW = re.compile(
    r"\b(?:ddim|dim|m|am) (?:isio|eisiau|moyn|ishe) i (?:mam|dad|mam a dad|fy rhieni|rhieni|neb|teulu)\b.{0,12}\b(?:wbod|wybod|gwbod|gwybod|ffeindio)\b|"
    r"\b(?:don'?t|dont|do not) (?:want|wanna) (?:my |me )?(?:mum|mam|dad|parents|mum and dad|family) to (?:know|find out)\b|"
    r"\b(?:ddim|dim|m|am) (?:isio|eisiau|moyn|ishe) (?:deud|dweud|gweud|ddeud|ddweud) wrth (?:mam|dad|mam a dad|fy rhieni|rhieni|teulu|neb)\b|\b(?:don'?t|dont|do not) (?:want|wanna) (?:to )?tell (?:my |me )?(?:mum|mam|dad|parents|mum and dad|family)\b"
)

# Short follow-ups whose words say what they ask of the answer just given, whatever the classifier guessed.
# "wot do i even say if i ring them", "be dwi'n deud pan dwi'n ffonio?"
WHAT_TO_SAY = re.compile(
    r"\b(?:what|wot|wat) (?:do|would|should|shall|will) i (?:even |actually )?(?:say|tell them)(?: to them)? (?:if|when) i (?:ring|call|phone|text|get through)\b|"
    r"\b(?:be|beth) (?:dwi'?n|dw i'?n|ddylwn i|dwi fod i|fi fod i|wi fod i|fi'?n|dw i fod i) (?:ddeud|deud|dweud|gweud|weud) (?:wrthyn nhw |ar y ffon )?(?:pan|os) (?:dwi'?n|dw i'?n|fi'?n|ma|mae) (?:ffonio|ffono|rywun|rhywun|nhw)\b|"
    r"\b(?:what|wot|wat) (?:do|would|should|shall) i (?:even |actually )?say (?:when|if) (?:someone|somebody|they) (?:answers|picks up|pick up|answer)\b"
)
# A friend planning to confront ("should i go round n have it out with her"): don't, first.
CONFRONTING = re.compile(
    r"\b(?:have it (?:out|oot)|have a word|have words|confront\w*|go (?:round|roond)|going (?:round|roond)|gonnae go|sort (?:him|her|them) out|tell (?:him|her|them) to (?:back off|leave (?:her|him) alone|stop|get lost|jog on|do one|pack it in))\b|"
    r"\b(?:siarad efo|siarad gyda|deud wrtho|dweud wrtho|gweud wrtho|wynebu)(?: fo| fe| o| e)?\b.{0,30}\b(?:am stopio|i stopio|i adael hi|i gadael hi)\b|\b(?:mynd draw|mynd rownd|fynd draw|fynd rownd) (?:at|i|i weld) (?:fo|fe|o|e|nhw|ty fo|ty fe)\b"
)
# Proof asked for before getting help: "do i need proof before i ring them", "do i need proof of what hes
# done before they help", "oes rhaid i fi gael tystiolaeth cyn ffonio?" (not the scheme's ID, nor evidence for the police).
PROOF_FIRST = re.compile(
    r"\b(?:need|needs|have to have|have to show|got to have|gotta have|need to have|need to show|have to prove|need to prove|must have)\b.{0,40}?\b(?:proof|evidence|prove)\b.{0,40}?\b(?:before|to|so|for)\b.{0,25}?\b(?:ring|call|phone|contact|talk|speak|help|helps|support|believe)\w*\b|"
    r"\b(?:proof|evidence)\b.{0,30}\bbefore (?:i|you|u|they|anyone|someone) (?:can )?(?:ring|call|phone|contact|help|talk|believe)\w*\b|"
    r"\b(?:prawf|brawf|tystiolaeth|dystiolaeth)\b.{0,30}\b(?:cyn|i) (?:ffonio|ffonio nhw|cael help|cael cymorth|siarad)\b"
)
# A refuge's address asked for, after the refuge answer: "just tell me the address ill get a taxi", "be di'r cyfeiriad?"
ADDRESS_ASKED = re.compile(
    r"\b(?:address|postcode|post code|street|whereabouts|where (?:is|it is|exactly)|the nearest one|closest one)\b|"
    r"\b(?:cyfeiriad|gyfeiriad|enw'?r stryd|stryd|cod post|lle (?:mae|ma) (?:hi|o|e|hwnna)|ble (?:mae|ma) (?:hi|o|e|hwnna))\b"
)
# Reporting asked about beside another question ("want to report my ex for the messages... do i need to keep them"): how, too.
REPORT_WORDS = re.compile(r"\b(?:report\w*|riportio|adrodd)\b")
REPORT_IT = "You can report it to the police on {non_emergency}, or {emergency} in an emergency."
