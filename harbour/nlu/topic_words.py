"""Words that say what a message is about, whatever the classifier guessed — pure, no Rasa import.

The classifier learns topics from examples; a few topics have words so plain that a guess against
them is nearly always wrong: "non molestation order" is never Clare's Law, "is there a code word
I can say at Boots" is Ask for ANI, "my kids heard everything" is about children, "is it only
abuse if they hit you" asks what counts. ``topic_intent`` names the topic such words point to, in
priority order; the profile extractor decides when it may overrule the classifier (never over a
danger or self-harm answer the patterns gave, never over a refusal).
"""
from __future__ import annotations

import re
from typing import Optional, Tuple

_PLACES_ANI = r"(?:shops?|pharmac\w*|chemists?|boots|superdrug|counter|staff|till|supermarkets?|say to)"

TOPIC_WORDS: Tuple[Tuple[str, re.Pattern], ...] = tuple(
    (intent, re.compile(pattern))
    for intent, pattern in (
        ("ask_protective_order", r"\b(?:non[- ]?mol\w*|nonmol\w*|occupation orders?|restraining orders?|injunctions?|protection orders?|protective orders?|"
            r"dvpos?|dvpns?|dapos?|dapns?|court orders?|banned from (?:the|my|our) (?:house|home|flat|street)|"
            r"(?:get|make|have) (?:him|her|them) (?:banned|barred)|(?:make|get) (?:him|her|them) (?:not allowed|out of (?:the|my|our) (?:house|home|flat))|"
            r"not allowed to (?:live|come) (?:here|there|in|near)|(?:breaks?|broke|breaches|breached) (?:it|the order|the injunction|the notice|the dvpo|the dvpn)\b|(?:get|kick|chuck|throw|have) (?:him|her|them) (?:kicked |chucked |thrown )?out\b|tenancy|stop (?:him|her|them) (?:legally|by law)|legally (?:stop|keep) (?:him|her|them))\b"),
        ("ask_for_ani", rf"\b(?:ask for ani|ask for annie|ask for angela|action needed immediately)\b|\bsay (?:to (?:them|staff) )?at the (?:counter|till|pharmacy|chemist)\b|\b(?:secret|code|special|safe) ?word (?:you|u|i|people) (?:can )?say\b|\bani\b.*\b{_PLACES_ANI}\b|\b{_PLACES_ANI}\b.*\bani\b|"
            rf"\b(?:code ?word|secret word|safe word|special word)\b.*\b{_PLACES_ANI}\b|\b{_PLACES_ANI}\b.*\b(?:code ?word|secret word|safe word|special word)\b"),
        ("ask_immigration", r"\b(?:deport\w*|visas?|home office|immigration|leave to remain|no recourse|nrpf|settled status|asylum|"
            r"not british|british citizen\w*|my (?:immigration )?status|(?:take|took|hides?|hid|kept|keeps) my passport)\b"),
        ("ask_children", r"\b(?:kids|children|child|son|daughter|baby|babies|little ones?|grandson|granddaughter|grandkids|grandchildren|toddler|bairns?|weans?|\d{1,2} ?(?:yr|year|yo)s?(?: old)?)\b"
            r"(?:\s+\w+){0,6}?\s+(?:saw|seen|heard|hears|hearing|watched|witness\w*|was there|were there|in the room|hear (?:it|everything|us|him|her|them|all))\b(?! to\b)|"
            r"\bin front of (?:the|my|our) (?:kids|children|baby|son|daughter|little ones?|bairns|weans)\b|"
            r"\b(?:they'?re|theyre|they are) \d{1,2}(?: and \d{1,2})?\b.*\b(?:saw|seen|heard|watched|hear)\b|"
            r"\b(?:grandson|granddaughter|grandkids|grandchildren|son|daughter|kids|children|baby|bairns)\b.*\bin front of (?:him|her|them)\b|"
            r"\b(?:do|does|are|is|will) (?:the |my |our )?(?:kids|children|baby)(?: \w+){0,2} (?:count|victims?|affected|be taken|get taken|be ok)\b|"
            r"\b(?:kids|children|baby|bairns)\b.*\b(?:does|do|will|can|could) (?:it|this|that|all this|all that) (?:\w+ )?(?:affect|effect|harm|damage|mess up|hurt) (?:them|him|her|the kids|the children)\b|"
            r"\b(?:kids|children|baby|bairns)\b.*\b(?:mess|messing|screw|screwing) (?:them|him|her) up\b|"
            r"\b(?:social services|social workers?) (?:will |would |might |could )?(?:take|taking|took) (?:my|the|our) (?:kids|children|baby|son|daughter)\b|"
            r"\b(?:take|taking) (?:my|the|our) (?:kids|children|baby) (?:off|away from) me\b|"
            r"\b(?:affect|affects|affecting|harm|damage) (?:the|my|our) (?:kids|children|baby|son|daughter)\b"),
        ("ask_safety_plan", r"\b(?:should|shall|can|do) i (?:just )?(?:message|text|meet|ring|call|confront|face|reply to|answer) (?:him|her|them)\b|"
            r"\b(?:should|shall) i (?:just )?tell (?:him|her|them) to (?:pack it in|stop|leave me alone|back off)\b|"
            r"\bteach (?:my|the|our) (?:kids|children|son|daughter|\d{1,2} ?(?:yr|year)s?(?: old)?)\b"),
        ("ask_refuge", r"\b(?!refuge (?:number|helpline|line|phone)\b)(?:refuges?(?!'s)|safe house|somewhere (?:safe )?to (?:stay|go|live|sleep)|nowhere (?:safe )?to (?:go|stay|live|sleep)|no where to go|"
            r"(?:emergency|council|temporary) (?:housing|accommodation|house|flat)|homeless\w*|(?:the )?council (?:have|has|got|need) to (?:house|give|help|rehouse)|"
            r"give (?:me|us) a (?:place|house|flat|home)|a place to (?:stay|live))\b"),
        ("ask_report_police", r"\breport(?:ing)? (?:him|her|them|it|this|my \w+|the abuse|abuse|what happened|domestic abuse|an assault)(?: \w+){0,3} (?:to )?(?:the )?(?:police|cops|feds)\b|"
            r"\b(?:go|going|went) to the police\b|\bnon[- ]emergency (?:number|line)\b|\breport(?:ing)? (?:domestic )?abuse online\b|"
            r"\bpress charges\b|\bmake a (?:statement|report|complaint) (?:to|with|against)\b|\bpolice number\b|\bnot a 999\b|\b101\b|"
            r"\b(?:ring|call|phone|contact|tell)\w* (?:the )?(?:police|cops)\b(?! (?:now|right now|quick|please))|\bworth report\w*\b|"
            r"\b(?:don'?t|dont|do not) want (?:to )?(?:go to |involve |call |ring |tell )?(?:the )?police\b|\b(?:don'?t|dont|do not) want (?:him|her|them) (?:arrested|locked up|charged|in prison)\b|"
            r"\breport(?:ing)? (?:somethin\w*|it|this|him|her) (?:from|that happened)\b"),
        # Last: "he checks the browser history every night" is about covering tracks online.
        ("ask_cover_tracks", r"\b(?:(?:browser|browsing|search|internet|web) history|incognito|private (?:browsing|window|tab|mode)|"
            r"(?:delete|deleting|clear|clearing|wipe|wiping|hide|hiding) (?:my |the |me )?(?:history|searches|browsing|search history)|cover (?:my|your|me) tracks|"
            r"(?:phone|laptop|computer|pc|ipad|tablet|google) history|"
            r"(?:stop|hide|without) (?:him|her|them) (?:from )?(?:seeing|knowing|finding out|noticing) (?:that )?(?:i'?ve|ive|i have|i'?m|im|i am) (?:been )?(?:on here|on this|using this|talking to you|here))\b"),
    )
)

# The same topics said in Welsh (text lower-cased, accents kept or dropped; mutations written out).
# A fluent Welsh speaker should review these with the other Welsh strings (README, "Welsh").
WELSH_TOPIC_WORDS: Tuple[Tuple[str, re.Pattern], ...] = tuple(
    (intent, re.compile(pattern))
    for intent, pattern in (
        ("ask_protective_order", r"\b(?:n?g?orchymyn (?:rhag molestu|atal|amddiffyn|llys|anheddu|meddiannaeth|gwahardd)|ngorchymyn|wa?harddeb|"
            r"ei (?:wahardd|gael) (?:o |e |fo |fe )?(?:o'r|allan o'r) t[yŷ]|(?:cael|gael) (?:o|e|fo|fe|hi) allan o'r t[yŷ])\b"),
        ("ask_for_ani", r"\b(?:gofyn am ani|gofyn am angela|gair cod|gair cudd|codair)\b"),
        ("ask_immigration", r"\b(?:mewnfudo|fisa|swyddfa gartref|alltudio|n?g?alltudio|fy statws|statws mewnfudo|basbort|pasbort|mhasbort)\b"),
        ("ask_children", r"\b(?:plant|plentyn|mhlant|mab|merch|babi|mabi)\b(?:\s+\S+){0,6}?\s+(?:wedi gweld|yn gweld|wedi clywed|yn clywed|glywed|weld y cwbl|gweld y cwbl)\b|"
            r"\bo flaen y (?:plant|babi|mhlant)\b|\bgwasanaethau cymdeithasol\b(?:\s+\S+){0,4}?\s+(?:cymryd|gymryd|mynd [aâ]'r) (?:y |fy |'r )?(?:plant|mhlant|babi)\b"),
        ("ask_refuge", r"\b(?:lloches|llochesau|loches|rhywle (?:diogel )?i (?:aros|fynd|fyw|gysgu)|unman i fynd|nunlle i fynd|unlle i fynd|digartref|t[yŷ] cyngor|llety (?:brys|dros dro))\b"),
        ("ask_report_police", r"\b(?:riportio|ripotio|adrodd (?:am |i'r |wrth yr )|mynd at yr heddlu|mynd i'r heddlu|dweud wrth yr heddlu|deud wrth yr heddlu|"
            r"cysylltu [aâ]'r heddlu|dwyn cyhuddiad|gwneud datganiad)\b"),
        ("ask_cover_tracks", r"\bhanes (?:y we|'r we|pori|chwilio|ar y we|y porwr)\b|\bpori (?:yn )?breifat\b|\b(?:dileu|clirio|cuddio|ddileu|glirio|guddio)(?:'r| y)? hanes\b"),
    )
)

DEFINITION_QUESTION = re.compile(
    r"\b(?:is|would|does|do|could) (?:it|this|that|what (?:he|she|they) (?:does|do|did))(?: \w+){0,2} (?:count|counts|abuse|domestic abuse|classed as|considered|class as)\b|"
    r"\b(?:only|still) (?:abuse|count|counts|domestic abuse)\b|\bcounts? as (?:domestic )?abuse\b|"
    r"\bis (?:it|this|that) (?:only|just|still|even|really|actually) (?:abuse|domestic|counted)\b|\bdoes (?:once|one time|it|that) (?:even |still )?count\b|"
    r"\bwhat (?:counts|is classed|is considered|is classified) as\b|\blegal definition\b|\b(?:only|just) happened once\b|\bis it abuse if\b|"
    r"\bdoes (?:domestic abuse|it|the law|this|that) (?:even |still |really )?(?:apply|cover|count)\b|\b(?:just|only) for adults\b|"
    r"\b(?:just|only) (?:the )?once\b|\bone[- ]off\b|\b(?:still|even) (?:count|abuse)\b|"
    r"\bone time (?:be )?enough\b|\bonce (?:be )?enough\b|\b(?:have|has|need|needs) to be (?:ongoing|regular|repeated|more than once|a pattern)\b|"
    r"\b(?:ydi|ydy|yw|ydio|ydi o|ydy o)(?: \S+){0,4} (?:yn |'n )?(?:g|c)yfri(?:f)? fel\b|\b(?:g|c)yfri(?:f)? fel (?:cam-drin|camdrin|gam-drin|domestic abuse|abuse)\b|"
    r"\b(?:ydi|ydy|yw) (?:hyn|hynna|hwn|hyn'na)(?:'n| yn) (?:gam-drin|gamdrin|abuse)\b|\bdim ond (?:unwaith|os)\b|"
    # "ydi be mae o'n ddeud yn abuse", "ydi be mae hi'n neud yn gam-drin"
    r"\b(?:ydi|ydy|yw) (?:be|beth) (?:mae|ma) (?:o|e|fo|fe|hi|nhw)(?:'n| yn) (?:\S+ ){1,3}(?:yn |'n )?(?:gam-drin|gamdrin|cam-drin|abuse|abusive)\b"
)
"""A question about what counts as abuse (with or without a description)."""

CONFIDENTIALITY_WORDS = re.compile(
    r"\b(?:will|would|does|could|can|might) (?:he|she|they|him|her|my \w+)(?: \w+)? (?:find out|know|be told|get told|be informed|get a letter|see (?:it|the letter))\b|"
    r"\b(?:tell|told|inform) (?:him|her|them) (?:i|it was me|who)\b|\bit was me (?:who|that) (?:asked|applied)\b|"
    r"\b(?:a letter|in writing|written down|in the post|on paper)\b|\bconfront (?:him|her|them)\b|\bwrite (?:it|that|this|anything|owt|stuff) down\b|"
    r"\btell (?:my|anyone|someone|people|our) ?\w* (?:what|about what) (?:they|the police|police) (?:said|told|say)\b|"
    r"\b(?:can|could|should) i (?:at least |even |just )?tell (?:my|our|anyone|someone|people|a friend|family)\b|"
    r"\b(?:ga i|gai|alla i|gaf i|cha i|chai) (?:ddeud|ddweud|sôn|son|rannu) (?:o |hyn |fo |nhw )?(?:wrth (?:fy |y |'r )?\w+|wrtho|wrthi|wrthyn)\b|\b(?:fydd|wneith|neith|fasa|ydi|ydy|wnaiff) (?:o|e|fo|fe|hi)(?:'n| yn)? (?:gwybod|gwbod|cael gwybod|ffeindio allan|darganfod)\b|"
    r"\b(?:llythyr|yn ysgrifenedig|drwy'r post)\b"
)
"""Questions about what happens to a Clare's Law request or disclosure (asked within that topic)."""

PRIVACY_WORDS = re.compile(
    r"\b(?:give|tell|say|need) (?:you |them )?(?:my )?(?:real |full )?name\b|"
    r"\b(?:do|have|will|would) i (?:have|need|got) to (?:give|tell|say|share)(?: you| them| anyone)? (?:my (?:address|postcode|number|details|phone number|date of birth)|where i (?:live|am|stay|work))\b|"
    r"\b(?:oes|os) (?:rhaid|angen) i (?:fi |mi |chi )?(?:ddeud|ddweud|deud|dweud|roi|rhoi|rannu) (?:lle|ble|fy nghyfeiriad|fy enw|fy rhif|fy manylion)\b|\banonymous\w*\b|\bwithout (?:giving |saying )?(?:my|a) name\b|"
    r"\b(?:do|will|are|does) (?:you|u|this|harbour) (?:save|store|keep|record|log|saving|storing|keeping|recording)\w*\b|"
    r"\b(?:does|do|will|is|would) (?:the |this |my |our )?(?:chat|conversation|messages?)(?: \w+)? (?:get |be |stay )?(?:deleted|wiped|saved|kept|stored|gone)\b|"
    r"\b(?:passed on|pass (?:this|it) on|passed to|shared with)\b|\b(?:will|would|do|does) (?:you|u|this|harbour) (?:tell|inform|report (?:me |this |it )?to|share (?:this |it )?with) (?:the )?(?:police|anyone|social services|him|her)\b|"
    r"\b(?:read|see|get) (?:these|my|this) (?:messages|chat|conversation)\b|"
    r"\b(?:ydych chi|ydach chi|wyt ti|ydi harbour|ydy harbour|dach chi|ych chi|wyt ti)(?:'n| yn) (?:cadw|cofnodi|safio|recordio|rhannu|pasio)\b|"
    r"\b(?:ydi|ydy|fydd|neith|wneith)(?:'r| y) (?:sgwrs|negeseuon|neges)(?:'n| yn)? (?:cael ei |cael eu )?(?:dileu|ddileu|chadw|cadw|safio|cofnodi)\b|\bfy enw (?:go iawn|llawn)\b|"
    r"\bheb (?:roi|ddeud|ddweud) (?:fy )?enw\b|\b(?:roi|rhoi|deud|dweud|ddeud|ddweud) fy enw\b|\bdienw\b|\banhysbys\b|\bfy nghyfeiriad\b"
)
"""Questions about what Harbour (or a service) keeps or needs to know."""


WORRIED_WORDS = re.compile(
    r"\bhow (?:do|can|should) i (?:bring it up|bring up|raise it|talk to (?:her|him|them)|approach (?:her|him|them)|help (?:her|him|them)|support (?:her|him|them))\b|"
    r"\b(?:shall|should) i (?:just )?tell (?:her|him|them) to (?:leave|get out|go)\b|\bwhat (?:do|can|should|would) i (?:actually |even |ever )?(?:say|text|write) to (?:her|him|them)\b|"
    r"\bhow (?:do|can|should|would) i (?:even |actually )?(?:start|have) (?:that|the|a) (?:conversation|chat|talk)\b|"
    r"\b(?:keeps|kept) going back to (?:him|her|them)\b|"
    # Wanting to confront the abuser for them: the friend's answer says why not
    r"\b(?:go|going|goin|went) (?:round|over|round there|over there) (?:and|to|n) (?:have a word|sort (?:him|her|them) out|tell (?:him|her|them) (?:where to go|to back off|what i think))\b|"
    r"\bmynd (?:draw|rownd|yno|draw yno) i (?:ddeud|ddweud|siarad|gael gair) (?:wrth|efo|gyda|a|â) ?(?:o|fo|e|fe|hi|nhw|ei (?:gariad|chariad|gwr|wr|wraig|phartner|bartner))?\b"
)
"""A friend or relative asking how to help (the worried-friend answer: listen, believe, don't push)."""


# Welsh words near self-harm: where one is in a message, the classifier's self-harm guess stands.
WELSH_SELF_HARM_HINT = re.compile(
    r"\b(?:marw|byw|fyw|lladd|ladd|nladd|brifo|frifo|niweidio|torri fy|dorri fy|tabledi|dabledi|pils|i ben|gorffen|orffen|"
    r"blino|deffro|dihuno|pont|bont|dibyn|clogwyn|diflannu|hebdda\w*|hebddo\w*|fy hun|well off|gwell heb|gwaed|cyllell|llafn|rhaff|"
    r"llythyr\w*|ffarwel|hwyl fawr|pwynt|diben|anobeithiol|mwy|ragor|rhagor|end it|ending it|cario|mlaen|ymlaen|llond bol|digon|"
    r"rhywbeth (?:stiwpid|gwirion|dwl)|rwbath (?:stiwpid|gwirion|dwl)|ofn fy hun|methu (?:neud|gwneud|wneud|ymdopi|copio|cope))\b"
)
# Words of self-harm the patterns may not put together ("i cut after", "a belt round the banister"):
# where any is in a description of abuse, the classifier's self-harm answer stands.
SELF_HARM_HINT = re.compile(
    r"\b(?:i|im|i'?m|i am|i'?ve|ive) (?:\w+ )?(?:cut|cutting|burn|burning|overdos\w*|took|taken|swallowed)\b|"
    r"\b(?:(?<!sort )(?<!sorting )(?<!control )(?<!change )(?<!calm )(?<!behave )myself|suicid\w*|end it|end my life|die|dying|dead|bleeding|blood|belt (?:round|around)|rope|noose|banister|(?<!my )pills|(?<!my )tablets|"
    r"not be here|no point|give up|can'?t go on|cant go on|done with (?:it|life|everything)|goodbye)\b"
)
# English words near self-harm, wider than the patterns: where one is in a message, the classifier's
# self-harm guess stands (without one, "newport, the welsh one not the isle of wight lol" is not a crisis).
SELF_HARM_NEAR = re.compile(
    r"\b(?:any ?more|hopeless|pointless|worthless|useless|tired|exhausted|cope|coping|better off|without me|disappear\w*|sleep|wake|"
    r"bridge|jump\w*|edge|harm\w*|hurt\w*|razor\w*|blade\w*|kill\w*|life|living|live|alive|exist\w*|numb|empty|burden|plan\w*|note|letter|"
    r"forgive|alone|lonely|broken|breaking|dark\w*|nothing left|no way out|trapped|escape|end\w*|over|gone|leave|leaving|bottle|overdo\w*|"
    r"cut\w*|burn\w*|scars?|wrists?|drown\w*|hang\w*|rope|train|tracks|poison\w*|bleach|knife|knives|gas|crying|cry|can'?t|cant|cannot|"
    r"want to|wanna|wish|sorry|goodbye|bye|love you|miss|pain|hurting|suffer\w*|scared|afraid|help|please|pls|mum|mam|kids|tonight|now)\b"
)

# Words near danger: where one is in a message (English ones in either language), the score's danger guess stands.
DANGER_HINT = re.compile(
    r"\b(?:here|outside|door\w*|window\w*|knife|knives|blade|kill\w*|murder\w*|hurt\w*|hit\w*|beat\w*|attack\w*|punch\w*|slap\w*|kick\w*|grab\w*|"
    r"chok\w*|strangl\w*|throat|neck|weapon\w*|gun|shoot\w*|stab\w*|hammer|bat|fire|petrol|gas|burn\w*|blood|bleed\w*|dead|die|dying|rap\w*|"
    r"coming|come|came|on (?:his|her|my|their|the) way|way|arriv\w*|turn\w* up|get(?:s)? (?:home|back|in)|back|home|house|flat|room|upstairs|downstairs|"
    r"bathroom|toilet|garden|street|car|minutes|mins|soon|now|tonight|today|again|shift|finish\w*|follow\w*|watch\w*|stalk\w*|text\w*|messag\w*|"
    r"voice ?note|snap\w*|threat\w*|scream\w*|shout\w*|bang\w*|break\w*|broke|smash\w*|glass|lock\w*|trapped|stuck|escape|hid(?:e|ing)|"
    r"scared|terrified|afraid|frightened|shaking|panic\w*|crying|sos|999|emergency|urgent|quick|hurry|help|please|pls|police|drunk|angry|rag\w*|"
    r"mad|kicking off|kick off|lost it|losing it|lose it|kids|children|baby|child)\b"
)
WELSH_DANGER_HINT = re.compile(
    r"\b(?:yma|yna|yno|tu allan|tu fas|drws|ffenest\w*|cyllell|gyllell|lladd|ladd|nladd|brifo|frifo|mrifo|taro|daro|nharo|bwrw|mwrw|curo|nghuro|"
    r"dod|dwad|ffordd|cyrraedd|gyrraedd|ofn|help|helpwch|heddlu|999|ffonio|cuddio|guddio|gwaed|tagu|nhagu|gwddf|gwddw|cloi|cloio|glo|"
    r"sgrechian|gweiddi|malu|torri|dorri|bygwth|fygwth|mygwth|gwn|dryll|rwan|nawr|heno|car|plant|babi|brys|argyfwng|panig|crynu|"
    r"saff|diogel|text|tecst|neges|snap|meddw|feddw|gandryll|adra|adre|gatre|nol|ol|mewn|allan|mas)\b"
)


# Forgetting is done only when asked for in words about this chat ("forget", "delete this", "clear the chat").
FORGET_ASKED = re.compile(
    r"\b(?:forget|forgot|anghofio|anghofia|chat|conversation|convo|sgwrs|this|these|messages|negeseuon|everything|history|hanes|"
    r"what i (?:said|typed|wrote|told you)|dileu hyn|dilea|clirio)\b"
)
# "dwi'n byw yn Ystradgynlais", "we live near thornaby": only where they live, the place unknown.
LIVES_IN = re.compile(
    r"^(?:ok |okay |well |so )?(?:i|we|dwi|dw i|ni|dan ni|da ni|rydw i|rydyn ni|fi|wi)(?:'n|n| yn| live| living| am| are|'m|m)?"
    r" ?(?:(?:byw|live|living|based|staying) (?:yn|ym|yng|in|near|ger|outside|just outside|nr)|near|ger|nr|just outside) (?!fear\b|ofn\b|hell\b|uffern\b|terror\b|a nightmare\b|danger\b|perygl\b)[a-z][a-z'-]+(?: [a-z][a-z'-]+)?[.!]*$"
)
# "am i talkin to a bot or a real person", "r u a real person": what Harbour is (and a line to a person).
BOT_QUESTION = re.compile(
    r"\b(?:am i|are we|r we|is this|am i even) (?:\w+ )?(?:talking|talkin|speaking|chatting|typing|messaging) (?:to|with|2) (?:a )?(?:bot|robot|computer|machine|ai|real person|human|person|actual person)\b|"
    r"\b(?:are|r) (?:you|u|yous) (?:a )?(?:bot|robot|real|human|person|ai|computer|machine|an ai|actual person)\b|\bis this (?:a )?(?:bot|robot|real person|human|ai|automated)\b|"
    r"\b(?:ydw i|dw i|ydw i'n|dwi'n|dwi)(?:'n| yn|n)? (?:siarad|sgwrsio) (?:efo|gyda|hefo|a|â) (?:robot|bot|peiriant|person go iawn|rhywun go iawn)\b|"
    r"\b(?:wyt ti|ydych chi|ti|chi|ydach chi)(?:'n| yn|n) (?:robot|bot|berson go iawn|person go iawn|go iawn|beiriant)\b"
)
# "if i ring a helpline will they tell the police": whether a helpline passes things on.
HELPLINE_TELLS = re.compile(
    r"\b(?:helplines?|help ?lines?|ring (?:them|a line|the line)|call (?:them|a line|the line))\b.{0,40}\b(?:tell|inform|report (?:me|it|this|us) to|call|ring|contact|grass (?:me )?(?:up )?to|pass (?:it|this) (?:on )?to) (?:the )?(?:police|cops|social services|social workers?|social)\b"
)


# A question about a service, a scheme or a legal step: the classifier's danger or self-harm guess
# on such a message (with no danger or self-harm pattern in it) is a false alarm more often than not.
TOPIC_EVIDENCE = re.compile(
    r"\b(?:clare'?s law|claire'?s law|clares|disclosure scheme|dvds|dsdas|dvads|helplines?|help line|"
    r"(?:phone )?number|non[- ]?molestation|occupation order|protection order|dvpo|dapo|court|solicitor|"
    r"legal aid|refuge|loans?|debts?|in my name|credit cards?|record|convictions?|"
    r"(?:who|where) (?:do|can|should|could) (?:i|he|she|they|we|blokes|men|people) (?:ring|call|phone|talk|speak|contact)|"
    r"who (?:can|could|should) (?:i|he|she|they) (?:ring|call|phone|talk to|speak to))\b"
)


def topic_intent(lowered: str) -> Optional[str]:
    """The topic the message's words point to, in English or Welsh, or None (most messages)."""
    for intent, pattern in (*TOPIC_WORDS, *WELSH_TOPIC_WORDS):
        if pattern.search(lowered):
            return intent
    return None
