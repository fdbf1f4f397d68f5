"""The safety net's Welsh families: danger now and self-harm said in Welsh (issue 15).

Until Harbour answers in Welsh, a person writing Welsh must still get 999 or Samaritans first.
Patterns run on the normalised text (``danger.normalise``): lower case, accents and circumflexes
folded ("gŵr" -> "gwr"), apostrophes dropped ("o'n" -> "on", "a'r" -> "ar"), and the English
word fixes applied (so "ma" arrives as "mum" and "i'm" as "i am"). North and South Wales forms
(isio/eisiau/moyn, fedra i ddim/alla i ddim/sa i'n gallu, rwan/nawr) and mutations (fy nharo,
nghloi, nhagu) are written out. A fluent Welsh speaker should review these with the Welsh
strings before launch (README, "Welsh").
"""
from __future__ import annotations

from harbour.nlu.danger_patterns import DANGER, SELF_HARM, STRONG, WEAK, family
from harbour.nlu.partner_words import POLICE_COMING

_HE = r"(?:mae|ma|mum|maer) (?:o|e|fe|hi|nhw|on|en|fen|hin|nhwn|gwr|ex|boi|cariad)"
_HIM_HERE = r"(?:(?:reit |jyst )?(?:o dan|dan|wrth|tu allan i|tu fas i)(?: y| r)? ffen(?:est|ast|estr)|tu allan|tu fas|wrth y drws|yn y ty|yn y stafell|yn yr ystafell|yn y gegin|yn y cyntedd|yn ol|n ol|ol|nol|yma|fan hyn|lawr grisia\w*|lawr staer|lawr llawr)"

# Welsh has one present tense for "she hits me" and "she is hitting me": told as a habit, a
# history, or with a question about which line to ring, it is not danger now ("ma ngwraig in fy
# nharo i. neb yn coelio fi", "nath o nharo i yn 2018 ond dwin saff rwan").
_NOT_HABIT = (
    r"^(?!.*\b(?:pan|weithiau|weithia|bob|o hyd|yn aml|wastad|llynedd|flynyddoedd|ers|saff|nath|wnaeth|naeth|wnath|naethon|wnaethon|nathon|wnathon|weles|welodd|gwelodd|welon|gwelon|rioed|erioed|cyfri|gyfri|nos sadwrn|nos wener|nos sul|penwythnos|unwaith|oedd|odd|roedd|blynedd yn ol|flynedd yn ol|blwyddyn yn ol|(?:wythnos|mis) (?:dwetha|diwetha|diwethaf|dwethaf)|ddoe|neithiwr|nithwr|nithiwr|neithwr|(?:wedi|di) g?weld|ar ol|(?:n?h?|d)?(?:t|d)?aflu fi allan|n?g?h?icio fi allan"
    r"|coelio|credu|linell|llinell|rhif|helpline|yn (?:19|20)\d\d)\b)"
    # who they are ("dwi'n ddyn 40 oed") or which line to ring, with no word for now: a description
    r"(?!(?=.*\b(?:\d\d oed|pwy (?:alla|ga|ddylwn|dylwn|dwi fod|dw i fod|dwin|dw in) i? ?(?:ffonio|ffono|siarad)|pwy syn helpu|oes (?:na |yna )?(?:rywun|rhywun|rywle|rhywle)|(?:dwin|dw in|dwi n) ddyn)\b)(?!.*\b(?:rwan|nawr|heno|ar hyn o bryd|ar y funud)\b))"
)
# Strangling is asked about even when it is told as a history: only years ago or "saff" now lift it.
_NOT_HISTORY = (r"^(?!.*\b(?:pan|weithiau|weithia|bob|o hyd|yn aml|wastad|llynedd|flynyddoedd|saff|yn (?:19|20)\d\d)\b)"
                # "nath o dagu fi wythnos dwetha": told of a day gone, with nothing of now (the physical abuse answer names strangling a crime)
                r"(?!(?=.*\b(?:(?:wythnos|mis) (?:dwetha|diwetha|diwethaf|dwethaf)|ddoe|neithiwr|nithwr|nithiwr|neithwr|(?:blynedd|flynedd|blwyddyn) yn ol)\b)"
                r"(?!.*\b(?:rwan|nawr|heno|eto|yma|tu allan|tu fas|ar hyn o bryd|ar y funud|dal i|help|helpa)\b))")

WELSH_DANGER_FAMILIES = (
    family("welsh_abuser_here", DANGER, STRONG, "Welsh: the abuser is here, outside, back, or has just arrived.", patterns=(
        rf"\b{_HE}(?: yn| n)?(?: dal| dal i fod| yn dal)?(?: yn| n)? {_HIM_HERE}\b(?!(?: \S+){{0,3}} (?:bob (?:dydd|diwrnod|nos|bore|wythnos)|pob dydd)\b)",  # (not "tu allan ir gwaith bob dydd": a habit)
        r"\bnewydd (?:gyrraedd|cyrraedd|landio|d?dod (?:adra|adre|nol|yn ol|mewn|i mewn|ir (?:buarth|iard|dreif|drive|ty|fferm|clos)))\b",
        # "ma nhw di cyrraedd, ma nhw'n banio ar y ffenest"
        rf"\b{_HE}(?: yn| n)? (?:di|wedi) (?:cyrraedd|gyrraedd|landio)\b",
        rf"\b{_HE}(?: yn| n)? (?:banio|bangio|cnocio|curo|dyrnu|waldio|cicio|hamro) ar (?:y |yr |r )?(?:ffenest|ffenestr|ffenestri|drws)\b",
        # "sain gallu siarad yn uchel rhag ofn bod e tu fas", "dwin meddwl bod o tu allan"
        r"\b(?:rhag ofn|falle|efallai|siwr|meddwl|ofn) (?:bod|fod) (?:e|o|fe|fo|hi|nhw)(?: yn| n)?(?: dal)? (?:tu allan|tu fas|wrth y drws)\b",
        # a message from him: "fi tu fas i dy dy di nawr" (I'm outside your house now)
        r"\b(?:tu fas|tu allan|wrth) (?:i |y )?dy (?:dy|ty|fflat|ffenest|ffenestr|ddrws|drws|waith|gwaith|gar|car)\b",
    ), examples=(
        "newydd gal voice note gyda fe fi tu fas i dy dy di nawr",
        "mae o tu allan ir drws", "ma fe tu fas", "o god mae on ol", "mae o yn y ty", "mae o dal yn y ty lawr grisia", "sain gallu siarad yn uchel rhag ofn bod e tu fas",
        "mae o newydd gyrraedd adra", "shit mai fan o newydd ddod ir buarth, ma fo di bod yn yfed", "ma nhw di cyrraedd", "ma nhwn banio ar y ffenest",
    )),
    family("welsh_on_the_way", DANGER, STRONG, "Welsh: on the way, coming back, coming up the stairs.", patterns=(
        POLICE_COMING + r".*\bar (?:ei|y|yr) ffordd\b(?!.* (?:gwaith|siop|ysgol)\b)",
        # "mae o'n deud bod o ar ffordd i fflat fi": without the article
        r"\bar ffordd (?:i|yma|draw|adra|adre|nol|yn ol|rwan|nawr)\b(?!.* (?:gwaith|siop|ysgol)\b)",
        # a message quoted: "newydd yrru snap 'dwi tu allan, ty'd allan neu dwi'n dod fewn'"
        r"\bdwin dod (?:i )?(?:fewn|mewn)\b|\b(?:yrru|gyrru|anfon|hala|ddanfon|tecstio|decstio|neges|snap|text|tecst)\b.*\bdwi (?:tu allan|tu fas|wrth y drws|ar y ffordd)\b",
        r"\bdod (?:nol|yn ol|adra|adre)(?: heno| rwan| nawr| nes ymlaen| cyn bo hir)\b",
        # "bod e'n dod i 'sortio fi allan' heno"
        r"\b(?:dod|ddod)(?: i| draw i| rownd i| yma i)? (?:sortio|setlo|dysgu gwers i|ddysgu gwers i) (?:fi|chdi|ti|i)\b",
        r"\bdod (?:fynyr|fyny r|fyny|lan|i fyny)(?: y| r)? ?gris\w*\b|\bdod i mewn\b",
    ), examples=(
        "mae o ar ei ffordd", "bod on dod nol heno", "mae on dod fynyr grisiau rwan", "bod en dod i sortio fi allan heno",
        "mae on deud bod o ar ffordd i fflat fi rwan", "ex fi newydd yrru snap dwi tu allan tyd allan neu dwin dod fewn",
    )),
    family("welsh_weapon_or_threat_to_kill", DANGER, STRONG, "Welsh: a weapon, or a threat to kill or burn.", patterns=(
        r"\b(?:cyllell|gyllell|chyllell|nghyllell|morthwyl|forthwyl)\b",
        # (not "lol mam fin mynd i ladd fi os ma hin gweld hwn": a joke, or a fear of being found out)
        r"\bti(?: n|n| yn) farw\b|^(?!.*\b(?:haha\w*|lol|lmao)\b)(?!.*\bos (?:ma|mum|mae|neith|wneith|bydd|fydd|ydi|yw) (?:hi|o|e|fe|nhw)(?:n| yn)? ?(?:gweld|weld|gwybod|wybod|ffeindio|clywed|darganfod)\b).*\b(?:lladd|ladd|nladd) (?:ti|chdi|fi|di)\b|^(?!.*\b(?:haha\w*|lol|lmao|gwres|ffurflen|gwaith|traffig|swydd|coesau|nghoesau|nghefn|mhen|arholiad\w*|tywydd)\b)"
        r"(?!.*\bfy (?:lladd|nladd) (?:i )?(?:tasa|tase|pe|os) (?:o|e|fe|hi)(?:n| yn) (?:gwybod|gweld|clywed|ffeindio)).*\bfy (?:lladd|nladd)\b",
        r"\blosgi ?(?:r|y) ty\b|\bam (?:dy|fy|ei) ladd\b",
    ), examples=(
        "mae o tu allan efo cyllell", "tin farw heno", "mae o isio lladd fi", "am losgir ty efo fi tu mewn",
    )),
    family("welsh_attack_or_break_in", DANGER, STRONG, "Welsh: hitting, strangling or breaking the door now.", patterns=(
        # not "dio erioed di nharo i" / "dio ddim yn fy nharo" (never, not): what didn't happen
        rf"{_NOT_HABIT}.*(?<!erioed di )(?<!erioed wedi )(?<!ddim wedi )(?<!ddim di )(?<!byth yn )(?<!ddim yn )(?<!erioed yn )(?<!ddim yn fy )(?<!m yn fy )(?<!am yn fy )(?<!o am yn )(?<!byth yn fy )(?<!erioed di fy )(?<!erioed wedi fy )(?<!byth di )(?<!byth wedi )(?<!byth di fy )(?<!byth wedi fy )(?<!ddim yn y )(?<!byth yn y )(?<!erioed yn y )"
        r"\b(?:fy nharo|nharo i|taro fi|fy mwrw|mwrw fi|bwrw fi|curo fi|fy nghuro|nghuro i|cicio fi|fy nghicio)\b",
        rf"{_NOT_HISTORY}.*\b(?:tagu fi|nhagu|fy nhagu|dagu fi)\b",
        r"\b(?:torri|torrir|cicio|cicior|bwrw|malu) ?(?:r|y)? drws\b(?! nesa)|\btrio torri mewn\b|\btrial torri\b",  # (not "pethe'n torri drws nesa": next door)
    ), examples=(
        "mae on fy nharo", "nath o drio nhagu i", "ma fen trial torrir drws lawr", "mae on cicio r drws",
    )),
    family("welsh_trapped_or_cannot_talk", DANGER, STRONG, "Welsh: locked in, hiding, or can't talk or call because he'd hear.", patterns=(
        r"\b(?:wedi |di )?(?:nghloi|cloi fi|fy nghloi|cloi fy hun|cloi fy hunan|cloin hun|cloi fyn hun)\b(?! (?:allan|tu allan|mas)\b)|\bcloi ?r drws\b|\b(?:dwin|dw in|dw i yn|win|fin|rwyn|yn) cuddio (?:yn|yng|ym|o dan|dan|tu ol|tu nol|rhagddo|rhagddi|rhag|yr|y)\b",
        r"^(?!.*\b(?:byddar|fyddar|clyw|nghlyw|bsl|iaith arwyddion)\b).*\b(?:fedra i ddim|fedrai ddim|fedra i am|alla i ddim|allai ddim|sa i n gallu|sa in gallu|dw i ddim yn gallu|dw i am yn gallu|methu) (?:siarad|ffonio|galw)\b",
        r"\bofn ffonio\b|\bclywith (?:o|e|fe|hi) fi\b|\bheb siarad\b|^(?!.*\b(?:byddar|fyddar|clyw|nghlyw|bsl|iaith arwyddion|saesneg|cymraeg)\b).*\b(?:ddim yn gallu|methu|ffaelu) siarad (?:yn uchel|yn rhydd|rwan|nawr)\b",
        # "os dw in ffonio mi fydd on clywed fi", "beth os fin ffonio a ddim yn gallu gweud dim byd"
        r"\bffonio\b.*\b(?:mi fydd|bydd|fydd|neith|wneith|gallai|galle|gall) (?:o|e|fo|fe|hi)(?:n| yn) (?:clywed|nghlywed|gweld) (?:fi|i)\b|"
        r"^(?!.*\b(?:byddar|fyddar|clyw|nghlyw|bsl|iaith arwyddion|saesneg|cymraeg|cyfieithydd)\b)"
        r".*\b(?:beth os|be os|os)\b.*\bffonio\b.*\b(?:ddim yn gallu|dim yn gallu|methu|ffaelu|fethu) (?:gweud|deud|dweud|siarad)\b",
    ), examples=(
        "mae o wedi nghloi i yn y llofft", "fi di cloi fy hun yn y bathroom. phone fi ar silent", "dw i di cloir drws", "dw in cuddio yn y bathrwm", "fedra i ddim siarad mae o yn y ty",
        "dw i ofn ffonio be os clywith o fi", "sut dw in ffonior heddlu heb siarad",
        "os dw in ffonio mi fydd on clywed fi", "beth os fin ffonio a ddim yn gallu gweud dim byd",
    )),
    family("welsh_hurt_or_taken_now", DANGER, STRONG, "Welsh: someone being hit now, the children taken to a car, driven like a fool, attacked with a weapon, the flat smashed, back and raging.", patterns=(
        # (not "tair blynedd yn ol odd y wraig yn bwrw fi... ma hi di hen fynd nawr": long over)
        r"^(?!.*\b(?:blynedd yn ol|flynedd yn ol|blwyddyn yn ol|flynyddoedd yn ol|llynedd|di hen fynd|wedi hen fynd)\b).*\byn (?:curo|bwrw|taro|cicio|tagu|ei churo|ei bwrw|ei daro|ei guro|ei thagu|ei chicio|ei cicio|ymosod ar)\b.*\b(?:rwan|nawr|rwan hyn|nawr hyn)\b",
        # (not "ma'n wraig i wedi bod yn ymosod arna i ers misoedd. alla i gal injunction?": for months, a history)
        r"^(?!.*\b(?:wedi|di) bod (?:yn|n) ymosod\b.*\bers (?:misoedd|blynyddoedd|blynydde|wythnosau|wythnose|amser|sbel|talwm)\b).*\b(?:yn|n|in|on|en|hin|fen) ymosod (?:arna i|arnaf i|arna fi|arnai|arnon ni|ar mam|ar y plant)\b",
        r"\b(?:cymryd|gymryd|mynd a) (?:y|r) plant (?:rwan|nawr)\b|\b(?:rhoi|roi|gwthio) (?:nhw|y plant|r plant|y babi|r babi) (?:yn|i mewn i|mewn i)(?: y| r)? car\b",
        r"\bgyrru (?:fel (?:ffwl|ffol|gwallgof|dyn gwyllt|peth gwirion|maniac)|n wyllt|yn wyllt|rhy gyflym|yn rhy gyflym|n rhy gyflym)\b",
        r"\b(?:siswrn|gwn|bat|potel|bwyell|fwyell)\b.*\b(?:ymosod|bygwth|yn ei llaw|yn ei law|ganddi|ganddo|gyda fe|efo fo)\b|\b(?:ganddi|ganddo) (?:siswrn|gwn|fwyell|bwyell)\b",
        r"\b(?:malu|chwalu|smasho)(?: r| y| yr)? ?(?:fflat|ty|lle|gegin|cegin)\b|\bfi (?:sy|fydd) nesa\b",
        r"\b(?:wedi dod|di dod|newydd ddod) (?:nol|yn ol|adra|adre|adref)\b.*\b(?:gandryll|candryll|feddw|meddw|wyllt|gwyllt|cynddeiriog|gynddeiriog)\b",
        r"\b(?:trio|trial|trion|triol) (?:dod|torri) (?:i )?mewn\b",
        # (not "ddim yn gadael fi fynd allan efo ffrindia": kept from friends, controlling, not locked in now)
        r"\b(?:gwrthod|ddim yn|dim yn|wnaiff o ddim|neith o ddim) (?:gadael|adael) (?:ni|fi|i|y plant) (?:allan|mas|fynd|i fynd)\b(?!(?: allan| mas)? (?:efo|gyda|hefo|i weld|heb) )",
        r"\b(?:mae|ma|mum) (?:o|e|fe|hi) (?:yna|yno)(?=$| rwan| nawr| tu allan| wrth)",
        r"\b(?:text|tecst|neges|snap|msg)\w*\b.*\bon my way\b.*\b(?:ofn|ofnus|scared|terrified|help)\b",
    ), examples=(
        "mae dad yn curo mam rwan dwin cuddio i fyny grisiau", "ma dad yn bwrw mam nawr",
        "maen ngwraig in ymosod arna i mae ganddi siswrn", "mae en cymryd y plant nawr ma fen eu rhoi nhw yn y car",
        "mae on gyrru fel ffwl efo fi ar plant yn y car", "mae nghariad in malur fflat ac yn deud mai fi sy nesa",
        "mae o wedi dod nol yn gynnar ac mae on gandryll", "mae on trio dod mewn drwyr ffenest",
        "maer nwy ymlaen ac mae on gwrthod gadael ni allan", "ges i snap gynno fo yn deud sbia allan drwyr ffenest mae o yna",
        "ma fe just wedi text fi yn deud on my way dwin ofn",
    )),
    family("welsh_punishment_coming", DANGER, STRONG, "Welsh: punishment promised for when he gets home, by text or in words: wait till I'm home, you'll get it tonight.", patterns=(
        # "aros di tan dwi adra" said to her, or reported ("mae on deud aros tan fi nol"); not "dwi am aros tan fi adra i ffonio"
        r"\b(?:aros di|aros ti|arhosa|arhosa di|arhoswch|aros chi|disgwyl di|(?:deud|dweud|ddeud|ddweud|gweud|medda|meddai|text|tecst|neges|snap|msg)\w*\b(?: \S+){0,8}? (?:aros|disgwyl)) (?:tan|nes|nes bod|tan bo|tan fydda|tan fydd) (?:dwi|dw i|fi|i|bydda i|fydda i|bo fi|ddo i|ga i|dof i|dwin|dw in) ?(?:n |yn )?(?:adra|adre|gatre|gartre|gartref|adref|nol|yn ol|cyrraedd|gyrraedd|dod adra|dod adre|dod nol|cyrradd)\b",
        r"\b(?:ti|chi)(?:n| yn) (?:mynd i )?(?:gael hi|cael hi|ei chael hi|ei cael hi|cael dy haeddiant|gael dy haeddiant)\b",
        r"\b(?:gei di|cei di|gewch chi|tin mynd i) (?:weld|wbod|wybod|ddysgu)\b.*\b(?:heno|adra|adre|gatre|pan (?:dwi|dw i|fydda i|ddo i|ga i))\b",
        # a threat by voice note or message, reported: "newydd gael voice note. deud bod o tu allan i gwaith fi a bo fi'n mynd i dalu"
        r"\b(?:voice ?note|neges|tecst|text|snap|msg|message)\b.*\b(?:bo fi|bod fi|mod i|fy mod i|tin|ti)(?:n| yn) mynd i (?:dalu|gael hi|farw|difaru)\b",
        r"\b(?:bod|bo|fod) (?:o|e|fo|fe|hi|nhw)(?: yn| n)? (?:tu allan|tu fas) i?r? ?(?:gwaith|ngwaith|ty|ysgol|fflat|drws)\b(?!.*\b(?:ddoe|neithiwr|wythnos|llynedd|bob)\b)",
    ), examples=(
        "newydd gal text gynno fo mae on deud aros di tan dwi adra mae on gorffen shifft mewn hanner awr",
        "ges i neges gan y gwr yn deud aros tan fi nol", "arhosa di tan dwi adre", "mae hi newydd ddeud tin mynd i gael hi heno",
        "gei di weld pan dwi adra medda fo",
        "newydd gael voice note. deud bod o tu allan i gwaith fi a bo fin mynd i dalu",
    )),
    family("welsh_help_now", DANGER, STRONG, "Welsh: help now, call the police.", patterns=(
        r"\bhelpwch fi\b|\bffoniwch (?:yr |r )?heddlu\b|\bhelp plis\b|\bplis help\b",
    ), examples=(
        "helpwch fi", "ffoniwch yr heddlu", "plis help",
    )),
)

WELSH_SELF_HARM_FAMILIES = (
    family("welsh_wants_to_die", SELF_HARM, WEAK, "Welsh: wanting to die, to not live, to end it all; better off without me.", patterns=(
        r"(?<!ddim )(?<!dim )(?<!dwim )(?<!am )\b(?:isio|eisiau|moyn|isie|ishe|eisie) marw\b",  # not "dwi ddim isio marw. jyst isio iddo fo stopio"
        r"\b(?:ddim|dim|am|im|m) (?:isio|eisiau|moyn|isie|ishe|eisie) byw\b(?! (?:yn|yng|ym|efo|gyda|hefo|gydag|mewn|ar|lawr|fyny|drws|gyda fe|gyda fo|gyda hi|yno|fan)\b)|\bbyw dim mwy\b|\bbyw rhagor\b",
        # "weithia dwi'm isio bod yma o gwbl" (normalised: "dwi am isio bod yma")
        r"\b(?:ddim|dim|am|im|m) (?:isio|eisiau|moyn|isie|ishe|eisie) bod (?:yma|ma|yn fyw|o gwmpas)\b(?! (?:efo|hefo|gyda|gydag|yn y|yn yr|heno pan)\b)",
        r"\b(?:dod|ddod) (?:a|ar) ?(?:r )?(?:cwbl|cyfan|cwbwl|bywyd|mywyd) i ben\b|\bdiwedd ar (?:y cwbl|fy mywyd|bopeth|y cyfan)\b",
        r"\b(?:well|gwell) (?:off )?heb(?:dda i|ddo i|dda fi|ddof i| fi)\b",
        r"\b(?:taswn|petawn|swn|sen) i ddim (?:yma|yn fyw)\b",
        # "weithie fi jyst moyn i bopeth stopio, bydde'n haws bod yn farw" (normalised: "bydden haws bod yn farw")
        r"\b(?:haws|gwell|well|haws i bawb) (?:i fi |i mi )?(?:bod yn farw|fod yn farw|marw|taswn i wedi marw|swn i wedi marw)\b",
        r"\b(?:gorffen|orffen) (?:hi|y cwbl|y cyfan|popeth|bopeth|fy mywyd|efo bywyd|gyda bywyd)\b(?! (?:efo|hefo|gyda|gydag|ag|a fo|a fe|a hi|rhyngom))",
        # Welsh around English words: "dwi'n meddwl am ending it", "isio killio fy hun"
        r"\b(?:meddwl am|meddwl bod|isio|eisiau|moyn|ishe|isie|barod i) (?:just |jyst |jest )?(?:ending it|end it|ending my life|end my life|ending things|killing myself|kill myself|killio fy hun|topping myself)\b(?! with)",
    ), examples=(
        "my partner controls literally everything a dwin meddwl am ending it", "weithiau dwi isio killio fy hun",
        "weithia dwin meddwl am orffen hi", "weithie fi jyst moyn i bopeth stopio, bydden haws bod yn farw",
        "weithia dwi am isio bod yma o gwbl", "dw i isio marw", "dw i am isio byw dim mwy", "dw i di meddwl am ddod ar cwbl i ben",
        "sa pawb yn well off hebdda i", "sa n well taswn i ddim yma",
    )),
    family("welsh_self_harm", SELF_HARM, WEAK, "Welsh: killing, cutting or hurting myself; collecting or taking tablets.", patterns=(
        r"\b(?:lladd|ladd|nladd) fy hun\b",
        r"\b(?:torri|brifo|niweidio|anafu|frifo|dorri|niweidio) fy hun\b",
        # "fi di bod yn torri'n hunan" (normalised "torrin hunan"), "brifo'n hun", "torri fi hun"
        r"\b(?:torri|brifo|niweidio|anafu|frifo|dorri|llosgi|losgi|lladd|ladd)(?:n| n| fi| fy) ?hun(?:an)?\b",
        r"\b(?:casglu|gasglu|cymryd|gymryd|nghymryd|llyncu|lyncu|wedi cymryd|di cymryd|di llyncu|llyncur|lyncur|casglur|gasglur) (?:\w+ ){0,2}(?:tabledi|dabledi|pils|pilsen|tablets|paracetamol|parasetamol)\b|\bgorddos\w*\b",
        r"\b(?:llosgi|losgi|nharo|taro|bwrw|curo) fy hun\b",
        r"\b(?:tabledi|dabledi|pils|tablets|rhaff|llafn)\b.*\byn barod\b",
        # "dwi di bod yn ista'n sbio ar y tabledi 'ma ers oria"
        r"\b(?:sbio|sbion|sbian|edrych|syllu) ar (?:y |r )?(?:tabledi|dabledi|pils|tablets|paracetamol)\b",
        # "ma gin i focs o dabledi yma a dw i'n meddwl cymryd nhw i gyd heno"
        r"\b(?:tabledi|dabledi|pils|tablets|paracetamol)\b.{0,60}\b(?:cymryd|gymryd|llyncu|lyncu) (?:nhw|y cwbl|y lot|bob un)(?: i gyd)?\b",
        r"\b(?:neud|wneud|gwneud) (?:rwbath|rhywbeth|rywbeth|rhwbeth|rwbeth|rhwbath) (?:i|in|i n) ?(?:fy hun|fi hun|hun|hunan|n hun|n hunan)\b",  # "nes i feddwl neithiwr am neud rwbath i fy hun"
    ), examples=(
        "dw in meddwl am ladd fy hun", "dw i di bod yn torri fy hun eto", "fi di bod yn casglu tabledi",
        "dwin meddwl am gymryd y tabledi i gyd", "dwi newydd gymryd llwyth o paracetamol", "weithie fin meddwl am lyncur tabledi i gyd",
        "dw i wedi bod yn llosgi fy hun gydai leitar e", "sgin i ddim pwynt bellach mum gin i focs o dabledi yma a dw in meddwl cymryd nhw i gyd heno", "nes i feddwl neithiwr am neud rwbath i fy hun", "maer tabledi yn barod gen i", "dwi di bod yn istan sbio ar y tabledi ma ers oria",
    )),
    family("welsh_cannot_go_on", SELF_HARM, WEAK, "Welsh: can't do this any more, no point living, tired of living, never wake up, at the bridge, goodbye letters.", patterns=(
        r"\b(?:alla i ddim|allai ddim|fedra i ddim|fedrai ddim|sa i n gallu|sa in gallu|dw i ddim yn gallu|methu|ffaelu) (?:neud|gwneud|wneud|cario mlaen|cario ymlaen|mynd ymlaen|diodde|dioddef|byw) (?:hyn|fel hyn|ragor|dim mwy|ddim mwy)\b(?:.*\b(?:mwy|rhagor|fel hyn)\b)?",
        # "sa i'n gallu cario mlaen", "fedra i ddim mynd ymlaen." said on its own
        r"\b(?:alla i ddim|allai ddim|fedra i ddim|fedrai ddim|sa i n gallu|sa in gallu|dw i ddim yn gallu|dwi ddim yn gallu|methu|ffaelu) (?:cario mlaen|cario ymlaen|mynd ymlaen|mynd mlaen)\W*$",
        r"\b(?:ddim yn gweld|dim|ddim|gweld dim) (?:pwynt|pwrpas|rheswm) (?:byw|mewn byw|i fyw|cario mlaen|mynd ymlaen)\b",
        r"\b(?:sa i n|sai n|sa in|sai|dwi ddim yn|dw i ddim yn|dwim yn|dim yn|ddim yn) (?:credu|meddwl) (?:alla i|galla i|fedra i|bo fi n gallu|mod i n gallu) (?:gario|cario|fynd|mynd) (?:mlaen|mlan|ymlaen)\b",
        # (also "sa i'n moyn bod 'ma rhagor", normalised "sa in moyn bod mum rhagor")
        r"\b(?:sa i|sai|sa in|sa i n|dwi ddim|dw i ddim|dwim|dim)(?: yn| n)? (?:isio|eisiau|moyn|ishe) bod (?:yma|ma|mum|yn fyw|ar y ddaear) (?:rhagor|ddim mwy|dim mwy|mwyach)\b",
        # "be di'r pwynt byw", "beth yw'r pwynt bod yn fyw"
        r"\b(?:be|beth) (?:dir|ydir|ydyr|ywr|yr|di r|ydi r|yw r) (?:pwynt|pwrpas) (?:byw|bod yn fyw|mewn byw|cario mlaen|mynd ymlaen)\b",
        r"\b(?:wedi blino|di blino|blino) ar (?:fyw|fywyd|bywyd|mywyd)\b",
        r"\b(?:peidio|beidio|byth|ddim yn|dim yn) (?:a |ag )?(?:deffro|dihuno|ddeffro|ddihuno)\b",
        r"\bdiflannu am byth\b",
        # "weithia dwin meddwl san haws jyst peidio bod yma" (not "well i fi beidio bod yma pan ma fe adre": out of his way)
        r"\b(?:haws|gwell|well|isio|eisiau|moyn|ishe)\b.{0,25}\b(?:peidio|beidio) (?:a |ag )?(?:bod|fod) (?:yma|ma|mum|yn fyw|o gwmpas)\b(?! (?:pan|when|os|tan|nes)\b)",
        r"\b(?:sefyll|eistedd|ista|ishte) ar (?:y bont|r bont|ymyl|y dibyn|r dibyn|y clogwyn|r clogwyn|to|y to|r to)\b",
        r"\b(?:barod|isio|eisiau|moyn) (?:i )?(?:end it|gorffen hi|gorffen y cwbl)\b(?! (?:efo|hefo|gyda|gydag|ag|a fo|a fe|a hi|with)\b)|\b(?:sgwennu|ysgrifennu|sgrifennu|scwennu) (?:llythyr|llythyrau|nodyn) (?:i r|ir|i|at y|at r|i fy) ?(?:plant|teulu|mam|mum|mhlant|nheulu|nhad|dad)\b|"
        r"\b(?:sgwennu|ysgrifennu|sgrifennu|scwennu) (?:llythyr|llythyrau|nodyn)\b.*\brhag ofn\b",
        r"\bneb yn (?:sylwi|malio|poeni|gweld eisiau|gweld isio|colli fi)\b.*\b(?:tasa|taswn|pe bawn|petawn|sen|swn|se) (?:fi|i) (?:wedi mynd|ddim yma|ddim yn fyw|wedi marw)\b",
        # "san haws i bawb taswn i jyst ddim yma" (easier for everyone if I just weren't here)
        r"\b(?:haws|gwell|well|hapusach)\b.{0,25}\b(?:tasa|taswn|tase|taswn i|pe bawn|petawn|petai|sen|swn|se|bysa|byswn|baswn)(?: fi| i)? (?:jyst |just |jest )?(?:ddim|dim) (?:yma|ma|yn fyw|o gwmpas|ar y ddaear)\b(?! (?:pan|when|os|tan|nes)\b)",
    ), examples=(
        "san haws i bawb taswn i jyst ddim yma",
        "alla i ddim neud hyn ddim mwy", "fedra i ddim cario mlaen fel hyn", "dwi wedi cael llond bol, sa in gallu cario mlaen", "dwi ddim yn gweld pwynt byw ddim mwy",
        "dw i wedi blino ar fyw", "dwi jyst isio cysgu a peidio deffro", "weithia dwin meddwl san haws jyst peidio bod yma", "weithiau rwyn meddwl yr hoffwn i beidio a deffro yn y bore", "ar ol be nath o i fi dwi jyst isio diflannu am byth",
        "dw in sefyll ar y bont nawr", "honestly dwin barod i end it dwi di sgwennu llythyr ir plant", "dwi di sgwennu llythyr rhag ofn",
        "sa neb yn sylwi tasa fi wedi mynd", "neb yn coelio fi be dir pwynt byw", "sa in credu alla i gario mlan fel hyn", "sa i moyn bod ma rhagor", "sa in moyn bod ma rhagor",
        "dwin 68 a sgin i ddim rheswm i fyw dim mwy",
    )),
)
