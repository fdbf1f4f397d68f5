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

from harbour.abuse_forms import forms_in
from harbour.nlu.asked_words import POLICE_IF_I_RING, ANOTHER_WAY, NUMBER_FOR, OWN_RECORD, WHAT_HAPPENS_NEXT, USELESS, REPORT_ASKED, TALK_TO_SOMEONE, AUDIENCE_QUESTION, COST_ASKED, CHECK_UNSEEN, FORGET_NOW, GOES_BACK, SPEECH_NOT_AN_EMERGENCY, FOR_LATER, ID_ASKED, NOT_READY, PILOT_WORDS, REMOVE_APP, RESET_IT, SAID_IT_NEXT, SHARE_WHAT_TOLD, URGENT_IF, WHO_DECIDES, WHAT_CAN_I_DO, named_services
from harbour.nlu.places import PlaceMatcher, shared_name_nations

_PLACES_ANI = r"(?:shops?|pharmac\w*|chemists?|boots|superdrug|counter|staff|till|supermarkets?|say to)"
_PHARMACY = r"(?:pharmac\w*|chemists?|boots|superdrug|fferyllfa|fferyllydd|ffarmasi)"

TOPIC_WORDS: Tuple[Tuple[str, re.Pattern], ...] = tuple(
    (intent, re.compile(pattern))
    for intent, pattern in (
        ("ask_what_is_abuse", r"\b(?:does|do|has) (?:it|abuse|that) (?:have|has|got|need|needs) to (?:be|mean|involve) (?:physical|hitting|violence|violent|hit|bruises|punching)\b|\b(?:ydy|ydi|yw|ody|odi) (?:e|o|fe|fo|hi|hyn|cam-?drin)(?:'n| yn) (?:golygu|meddwl|feddwl) (?:\w+ ){0,2}(?:bwrw|taro|curo|hitio|trais|corfforol)\b.{0,20}\b(?:yn unig|dim ond)\b|\b(?:beth|be) yn union (?:yw|ydy|ydi|di) cam-?drin\b|\b(?:what|wot|wat) (?:does|do) (?:it|the act|the law) (?:actually |really )?say (?:counts|is abuse|is domestic abuse)\b|\b(?:is|are) the laws? (?:on|about|for) (?:this|it|that|domestic abuse|abuse)(?: any)? (?:different|the same)\b|\bthe law (?:on (?:this|it) )?(?:in|up in|over in) (?:scotland|northern ireland|n ireland|wales)\b|\b(?:can|could) (?:a|your|my|the|an?) (?:parent|mum|mam|dad|son|daughter|sibling|brother|sister|relative|family member|grandchild|child|adult child|in-?law) be (?:the )?(?:abuser|abusive|one doing it)\b|\bis it only (?:boyfriends|partners|husbands|couples|wives|girlfriends)\b|\b(?:does|is) it only (?:apply |for |count )?(?:to |for )?(?:husbands|wives|partners|couples|boyfriends|girlfriends|married)|\b(?:legal )?definition of (?:domestic )?abuse\b|\b(?:we|we'?ve|i|i'?ve) (?:never|didn'?t|dont|don'?t|do not|have never|never even) (?:even )?(?:live|lived|living) together\b|\b(?:can|could) (?:u|you|someone|people|a person|they|he|she) (?:actually |really |even )?(?:get|be) (?:done|charged|arrested|nicked|prosecuted|jailed|locked up) for (?:controlling|coercive|control|abuse|abusing|threatening|stalking|emotional|mental|psychological)\b"),  # what counts, every form named
        ("ask_protective_order", r"\b(?:get|make|have) (?:him|her|them) (?:made to |to )?(?:leave|move out|out)\b.*\b(?:house|home|flat|names?|tenancy)\b|\b(?:house|home|flat|place|tenancy|rent\w*|mortgage|deeds)\b.*\b(?:make|get|have) (?:him|her|them) (?:to )?(?:leave|move out|put out|removed|out)\b|\b(?:judge|court|magistrates?)\b.{0,30}\b(?:make|order|stop|ban|force) (?:him|her|them)\b|\b(?:get|have) (?:him|her|them) (?:put out|removed|evicted)\b|\b(?:get|got|is there) (?:something|anything|summat|an order) (?:so|to stop|to keep|that stops|that keeps) (?:him|her|them|he|she)\b|\bso (?:he|she|they)(?: is| are|'?s|s)? not allowed (?:near|round|to come|to go)\b|\bpolice (?:order|notice)\b|\b(?:house|home|flat|tenancy|mortgage) (?:is )?in (?:both|our) (?:our )?names?\b.*\b(?:leave|out|move)\b|"
            r"\b(?:police|coppers|cops|officers|polis)\b.{0,80}?\b(?:gave|give|served|handed|issued) (?:him|her|them) (?:a |an |some )?(?:\w+ ){0,2}(?:paper|notice|letter|form|thing|order|ban)\b|\b28 ?days? (?:thing|order|notice|ban|one)\b|\bafter (?:the )?48 ?(?:hrs|hours)\b|\b(?:get|apply for|have) (?:one|an order|it) (?:against|on) (?:a woman|a man|a female|a bloke|her|him|my ex\w*)\b|"
            r"\b(?:not allowed|can'?t|cant|cannot|banned from) (?:to )?(?:come |go )?(?:back|home)\b.*\b(?:48|two days|2 days|28 days?)\b|\b(?:48 ?(?:hrs|hours)|(?:2|two|28) days?)\b.*\b(?:not allowed|can'?t come|cant come|banned)\b|\bnot enough evidence\b|\b(?:get|do|apply for) (?:an|one of those|one of them|the) orders?\b|\bthe order thing\b|\b(?:something|somethin|summat|anything) legal\b|\bkeep (?:him|her|them) away\b|\b(?:won'?t|wont|didn'?t|didnt|not going to|aren'?t going to|decided not to) (?:charge|prosecute) (?:him|her|them)\b|\bnotice\b.*\b48 ?(?:hrs|hours)\b|\b48 ?(?:hrs|hours)\b.*\b(?:notice|cant come back|can'?t come back)\b|\bdvpn\b|\bdvpo\b|"
            r"\b(?:(?:new|newer) (?:kind of |type of |sort of )?(?:\w+ ){0,2}(?:order|protection order)|(?:apply|applying|application) (?:to|at) (?:the )?court|(?:get|apply for) (?:something|summat|anything|an order|one) (?:off|from|through) (?:the )?court|want (?:him|her|them) out(?: of)? (?:the|my|our) (?:house|home|flat|place)|keeps? (?:him|her|them) away|(?:police|coppers|cops|officers|polis|bobby)\b.{0,80}\bnotice|(?:court|judge)\b.{0,30}\b(?:say|decide|rule)s? (?:he|she|they|who)|non[- ]?mol\w*|nonmol\w*|occupation orders?|restraining orders?|protection notices?|injunctions?|protection orders?|protective orders?|"
            r"dvpos?|dvpns?|dapos?|dapns?|court orders?|banned from (?:the|my|our) (?:house|home|flat|street)|stop (?:him|her|them) (?:from )?(?:seeing|seein|having|taking|getting) (?:the kids|the children|them|the baby|my (?:kids|children|son|daughter|baby))|"
            r"stop (?:him|her|them) (?:from )?(?:just )?(?:coming|comin) (?:back|round|near|to the (?:house|flat))|keep (?:him|her|them) away from (?:me|us|the (?:house|kids))|"
            r"(?:get|make|have) (?:him|her|them) (?:banned|barred)|(?:make|get) (?:him|her|them) (?:not allowed|out of (?:the|my|our) (?:house|home|flat))|"
            r"not allowed to (?:live|come) (?:here|there|in|near)|(?:breaks?|broke|breaking|breaches|breached|breaching) (?:it|the order|the injunction|the notice|the dvpo|the dvpn)\b|(?:get|kick|chuck|throw|have) (?:him|her|them) (?:kicked |chucked |thrown )?out\b|tenancy|stop (?:him|her|them) (?:legal+y|legaly|leagally|by law)|(?:an?|any) (?:court )?order (?:that|to|which) (?:can |could |will |would )?(?:stop|keep|ban)|legal+y (?:to )?(?:stop|keep) (?:him|her|them|my \w+|this|it)|kept away|can (?:he|she|they) be (?:made|forced|told) to (?:leave|move out|go)|(?:get|got) (?:the|my|our|me) (?:house|home|flat) back|solicitors?|legal aid|lawyers?|courtnav)\b"),
        ("ask_for_ani", rf"\b(?:ask for ani|ask for annie|ask for angela|action needed immediately)\b|\b(?:scheme|thing|code ?word)\b.{{0,30}}\b(?:at|in) (?:boots|the chemist|the pharmacy|pharmacies|chemists)\b|\bsay (?:to (?:them|staff) )?at the (?:counter|till|pharmacy|chemist)\b|\b(?:secret|code|special|safe) ?word (?:you|u|i|people) (?:can )?say\b|\bani\b.*\b{_PLACES_ANI}\b|\b{_PLACES_ANI}\b.*\bani\b|"
            rf"\b(?:code ?word|secret word|safe word|special word)\b.*\b{_PLACES_ANI}\b|\b{_PLACES_ANI}\b.*\b(?:code ?word|secret word|safe word|special word)\b|\bask (?:for )?help\b.{{0,40}}\b{_PLACES_ANI}\b|\b{_PHARMACY}\b.{{0,50}}\b(?:get|ask for|find) (?:some )?help\b|\b(?:do|say|ask) (?:at|in) (?:the |a )?{_PHARMACY}\b|\bout at the (?:shops?|chemist|pharmacy|supermarket)\b.*\bhelp\b|\bhelp\b.{{0,50}}\b(?:go|goes|going|get|gets) (?:to )?(?:boots|the chemist|the pharmacy|superdrug)\b|\b(?:boots|the chemist|the pharmacy|superdrug)\b.{{0,60}}\b(?:can|could|would|will) (?:they|the staff|staff) (?:do|help)\b|\b(?:get|ask for|find) (?:some )?help (?:at|in|from) (?:boots|the chemist|a chemist|the pharmacy|a pharmacy|superdrug)\b|\b(?:boots|the chemist|the chemists|the pharmacy|superdrug)\b.{{0,60}}\b(?:is there|can i|could i) (?:anything|something|summat|owt|a way|do anything|get help)\b|\b(?:there'?s|theres|there is) a (?:boots|superdrug|chemist|pharmacy) (?:near|by|round|next to)\b"),
        ("ask_immigration", r"\b(?:deport\w*|visas?|home office|immigration|leave to remain|no recourse|nrpf|settled status|asylum|"
            r"not british|british citizen\w*|my (?:immigration )?status|(?:take|took|taken|hides?|hid|kept|keeps|has|got) (?:my|her|his|their) passport|(?:send|sent|get) (?:me|her|them)(?: sent)? back (?:home|to)|send (?:me|her|them) home if)\b"),
        ("ask_children", r"\b(?:he|she|they|hes|shes)(?: has)? (?:never|doesn'?t|doesnt|don'?t|dont|won'?t|wont) (?:ever )?(?:touch|touches|touched|hurt|hurts|hit|hits|lay a finger on|laid a finger on) (?:them|the kids|the boys|the girls|the children)\b|\b(?:kids|children|child|son|daughter|baby|babies|little ones?|(?:little|baby|wee) (?:boy|girl|lad|one)|boys|girls|grandson|granddaughter|grandkids|grandchildren|toddler|bairns?|weans?|\d{1,2} ?(?:yr|year|yo)s?(?: old)?)\b"
            r"(?:\s+\w+){0,6}?\s+(?:saw|seen|heard|hears|hearing|watched|witness\w*|was there|were there|in the room|hear (?:it|everything|us|him|her|them|all))\b(?! to\b)|"
            r"\bin front of (?:the|my|our) (?:kids|children|baby|son|daughter|little ones?|bairns|weans)\b|\bsocial (?:services|workers?|work) (?:\w+ )?(?:take|taking|took) (?:them|my kids|the kids|my children|the children|my baby|the baby|ma weans)\b|"
            r"\b(?:they'?re|theyre|they are) \d{1,2}(?: and \d{1,2})?\b.*\b(?:saw|seen|heard|watched|hear)\b|"
            r"\b(?:grandson|granddaughter|grandkids|grandchildren|son|daughter|kids|children|baby|bairns)\b.*\bin front of (?:him|her|them)\b|"
            r"\b(?:do|does|are|is|will) (?:the |my |our )?(?:kids|children|baby|bairns|weans|little ones)(?: \w+){0,2} (?:count|victims?|affected|be taken|get taken|be ok)\b|"
            r"\b(?:kids|children|baby|bairns)\b.*\b(?:does|do|will|can|could) (?:it|this|that|all this|all that) (?:\w+ )?(?:affect|effect|harm|damage|mess up|hurt) (?:them|him|her|the kids|the children)\b|"
            r"\b(?:kids|children|baby|bairns)\b.*\b(?:it|this|that|all this|all that) (?:doesn'?t|doesnt|does not|won'?t|wont|will not) (?:\w+ )?(?:affect|effect|harm|damage|mess up|hurt) (?:them|him|her)\b|"
            r"\b(?:kids|children|baby|bairns|boy|girl|son|daughter)\b.*\b(?:mess|messed|messing|screw|screwed|screwing) (?:them|him|her) up\b|"
            r"\b(?:social services|social workers?|social work|the social) (?:will |would |might |could )?(?:take|taking|took) (?:(?:my|the|our|ma|me) (?:kids|children|baby|son|daughter|weans|bairns)\b|them (?:off|away from) (?:me|us)\b)|"
            r"\b(?:take|taking) (?:my|the|our) (?:kids|children|baby) (?:off|away from) me\b|"
            r"\b(?:affect|affects|affecting|harm|damage) (?:the|my|our) (?:kids|children|baby|son|daughter)\b"),
        ("ask_safety_plan", r"\bin case (?:we|i) (?:need|have|had) to (?:go|leave|get out|run)\b|\b(?:what|wot|wat) (?:do|should|shall|can) (?:i|we) (?:take|pack|bring|grab)(?: with (?:me|us))?\b|\b(?:have|get|keep) (?:\w+ ){0,2}ready\b.{0,30}\b(?:go|leave|get out)\b|\b(?:should|shall|can|do) i (?:just )?(?:message|text|meet|ring|call|confront|face|reply to|answer) (?:him|her|them)\b(?! instead| rather| from| on| at| any ?time| for free| free| now| for (?:her|him|me|my \w+)| on (?:her|his) behalf| or (?:does|do|would|will|should|is|has|must)\b)|"
            r"\b(?:should|shall) i (?:just )?(?:say|tell) (?:something|summat|owt|anything|sumat|sumthin\w*) to (?:him|her|them)\b|"
            r"\b(?:oes rhaid i (?:fi|mi)|ddylwn i|dylwn i|ddylen i|dylen i|ddylswn i|ga i) (?:fynd i )?(?:siarad efo|siarad gyda|deud wrth|ddeud wrth|gweud wrth|wynebu|confrontio) (?:fo|o|fe|e|hi)\b(?! am (?:ei|eu|y) (?:gadael|adael))|"
            r"\b(?:ddylwn i|dylwn i|ddylen i|dylen i|ddylswn i|ga i)\b.{0,30}\b(?:gweud|deud|dweud|ddeud|ddweud) wrth(?:o|i) (?:fe|fo|e|o|hi)\b(?! am (?:ei|eu|y) (?:gadael|adael))(?! (?:i |am )?(?:adael|gadael|gadel|adel)\b)|"
            r"\b(?:should|shall) i (?:just )?(?:(?:reply|text|message|write)(?: back)? and )?tell (?:him|her|them) (?:to|tae|ta) (?:pack it in|stop|leave me alone|back off|get lost|do one|jog on|bolt|beat it)\b|\b(?:tempted|thinking of|going|gonna|might|want) (?:to )?(?:go round and )?(?:have it out with|confront|have a word with) (?:him|her|them)\b|\b(?:should|shall|can|could) i (?:just )?(?:\w+ ){0,3}and (?:have a word with|have it out with|confront) (?:him|her|them)\b|\b(?:tempted|thinking of|going|gonna|was going|was gonna|might|want|wanna) (?:to )?(?:just )?(?:go (?:round|over|up) (?:to )?(?:his|hers|theirs|there|hers) (?:and )?)?tell (?:him|her|them) to (?:pack it in|stop|back off|leave (?:me|her|him|us|them) alone|jog on|do one)\b|\b(?:thought about|thinking (?:about|of)|planning (?:on|to)) (?:going|leaving|moving out|getting out|taking the kids)\b|\b(?:when|if) (?:he|she|they) finds? out (?:i'?m|im|i am|we'?re|were) (?:going|leaving|moving)\b|\b(?:throw|rub) it in (?:his|her|their) face\b|"
            r"\bteach (?:my|the|our) (?:kids|children|son|daughter|\d{1,2} ?(?:yr|year)s?(?: old)?)\b"),
        ("ask_refuge", r"\b(?!refuge (?:number|helpline|line|phone)\b)(?:refuges?(?!'s)|safe house|somewhere (?:safe )?to (?:stay|go|live|sleep)|nowhere (?:safe )?to (?:go|stay|live|sleep)|no where to go|anywhere (?:safe )?(?:i|we) (?:can|could) (?:go|stay|sleep)(?: tonight)?|where (?:can|could|do|should) (?:i|we) go\b.{0,30}\b(?:cant|can'?t|cannot) (?:stay|live|be) (?:here|there|at home|in (?:the|this) house)|(?:get|getting) out\b.{0,80}\bwhere (?:can|could|do|should|would) (?:i|we|me and the kids) (?:go|stay)|"
            r"(?:emergency|council|temporary) (?:housing|accommodation|house|flat)|homeless\w*|(?:take|bring) (?:the|my|our) (?:dog|dogs|cat|cats|pets?|puppy) with (?:me|us)|(?:can|could) (?:i|we) (?:take|bring) (?:the|my|our) (?:dog|dogs|cat|cats|pets?|puppy)|(?:the )?council (?:have|has|got|need) to (?:house|give|help|rehouse)|(?:will|would|can|does|do|could|should) (?:the )?council (?:\w+ )?(?:help|house|rehouse|give|find)|"
            r"give (?:me|us) a (?:place|house|flat|home)|a place to (?:stay|live)|(?:sleeping|sleepin|slept|kipping|kippin) (?:in (?:the|my|a) (?:car|van)|rough|on (?:the |a )?(?:streets?|floor|sofa of))|(?:kicked|chucked|thrown|threw|locked) (?:me|us) out\b.*\bwhere (?:can|do|should) (?:i|we) (?:go|stay|sleep))\b"),
        ("ask_report_police", r"\breport(?:ing)? (?:him|her|them|it|this|my \w+|the abuse|abuse|what happened|domestic abuse|an assault)(?: \w+){0,3} (?:to )?(?:the )?(?:police|cops|feds)\b|\bwho (?:do|should|can) i chase\b|\bchase (?:it|them|the police|this) up\b|"
            r"\b(?:go|going|went) to the (?:police|polis|cops|psni)\b|\breported (?:him|her|them|my \w+)\b(?! (?:to|for) (?:clare|the disclosure))|\bcan (?:u|you|i|we|people) report (?:someone|somebody|a partner|an ex|him|her|them|my \w+) for\b|\b(?:can|could) (?:i|a) report (?:him|her|them|my \w+|ma \w+|it) (?:online|on ?line|on the (?:web|internet|website))\b|\bsupport (?:a |the )?prosecution\b|\b(?:walk|walks|get off|gets off) (?:free|scot free)\b|\b(?:if|when|should|do|can) i (?:just |still )?(?:report|reported) (?:him|her|them|it|that|this|my \w+)\b(?! (?:to|for) (?:clare|the disclosure))|\bi (?:want|wanna|need) to report (?:it|him|her|that|this)\b|\b(?:police|cops|polis|court)\b.{0,40}\b(?:proof|evidence)\b|\b(?:proof|evidence)\b.{0,40}\b(?:police|cops|polis)\b|\bnon[- ]emergency (?:number|line)\b|\breport(?:ing)? (?:domestic )?abuse online\b|\b(?:do|report|reporting|tell them|contact them|contact the police) (?:it |this |that )?online\b|"
            r"\bpress charges\b|\bmake a (?:statement|report|complaint) (?:to|with|against)\b|\b(?:where|how) (?:do|can|should|would) i (?:go to )?report (?:it|that|this|him|her|them|stuff like that)\b|\b(?:police scotland|psni|police)(?:'?s)? online (?:form|report\w*)\b|\b(?:who|where) (?:do|should|can|would) i (?:speak|talk|go) to (?:at|in) the (?:police|station)\b|\bpolice number\b|\bnumber for (?:the )?(?:police|cops|polis|psni)\b|\bnot a 999\b|\b101\b|\b(?:can|could) i (?:still )?report (?:it|him|her|this|what happened)\b(?=.*\b(?:long|later|after|ago|years?)\b)|\btoo late to report\b|\bcan i report (?:it|him|her|this) (?:myself|on my own|without)\b|\b(?:does|do) it have to be (?:an )?adult\b|"
            r"\b(?:ring|call|phone|contact|tell)\w* (?:the )?(?:police|cops|polis)\b(?! (?:now|right now|quick|please))|\b(?:ring|call|phone|dial) (?:999|101) or\b|\bworth report\w*\b|\b(?:can|will|would|could) (?:the )?(?:police|polis|cops|psni) (?:\w+ )?(?:do|help)\b|"
            r"\b(?:don'?t|dont|do not) want (?:to )?(?:go to |involve |call |ring |tell )?(?:the )?police\b|\b(?:don'?t|dont|do not) want (?:him|her|them) (?:arrested|locked up|charged|in prison)\b|"
            r"\breport(?:ing)? (?:somethin\w*|it|this|him|her) (?:from|that happened)\b|\b(?:police|polis|cops|they)\b.*\btake (?:it|me|this|us|him|her) (?:serious|seriously)\b|\b(?:police|polis|cops)\b.*\b(?:believe|belive|laugh at) me\b|\b(?:police|polis|cops) (?:even |actually |really )?(?:care|bother|do anything|do owt)\b|\b(?:police|polis|cops)\b.{0,100}\b(?:did|done) (?:nowt|nothing|nothin|sod all|naff all|f all|fuck all)\b|\b(?:police|polis|cops|officers?)\b.{0,60}\b(?:didn'?t|didnt|did not|never|wouldn'?t|wouldnt) (?:even )?(?:arrest|charge|take (?:him|her|them))\w*\b"),
        # Last: "he checks the browser history every night" is about covering tracks online.
        ("ask_cover_tracks", r"\b(?:clear|clearing|delete|deleting|wipe|wiping) (?:everything|it all|all of it|the lot)\b.*\b(?:notice|know|tell|suspicious|find out)\b|"
            r"\b(?:checks?|checking|goes through|go through|looks? (?:at|through)|reads?) my (?:internet |browser |browsing |search |web )?(?:history|searches|browsing)\b|\b(?:know|find out|see|tell)(?: (?:on|in|from) (?:my|me|the) (?:phone|laptop|ipad|tablet|computer|pc|history))? (?:that )?(?:i'?ve|ive|i have|i'?d|i) (?:been )?(?:on|using|talking to|talked to|chatting to|chatted to) (?:this|here|harbour|this site|this app|this chat|u|you)\b|\bfamily sharing\b|\bwhere(?:'?s| is) (?:it )?safe (?:to|for me to) (?:look (?:stuff|things|it) up|search|browse|go online|google)\b|\bhow (?:do|can|could) i (?:look (?:stuff|things) up|look (?:for|up) (?:help|support|stuff|things|advice)|search(?: for (?:help|support|advice))?|browse|go online|use the internet|google (?:stuff|things)|find (?:help|support)) without (?:him|her|them) (?:seeing|seein|knowing|knowin|finding out)\b|\b(?:can|could|will|would) (?:he|she|they) see (?:what i'?m|what im|what i am|that i'?m|me) (?:doing |typing |looking at )?(?:on )?(?:here|this)\b|"
            r"\b(?:(?:browser|browsing|search|internet|web) history|incognito|private (?:browsing|window|tab|mode)|"
            r"(?:delete|deleting|clear|clearing|wipe|wiping|hide|hiding) (?:all )?(?:of )?(?:my |the |me )?(?:history|searches|browsing|search history)|cover (?:my|your|me) tracks|"
            r"(?:phone|laptop|computer|pc|ipad|tablet|google) history|(?:we|i) share (?:the|a|one|his|her|our) (?:laptop|computer|pc|ipad|tablet)|"
            r"(?:stop|hide|without) (?:him|her|them) (?:from )?(?:seeing|seein|knowing|knowin|finding out|noticing) (?:that )?(?:i'?ve|ive|i have|i'?m|im|i am|i was|a was|i been|a been|a'?ve been) (?:been )?(?:on here|on this|using this|talking to you|here)|(?:don'?t|dont|do not) want (?:him|her|them) (?:to see|seeing|seein|finding|to find|reading|to read) (?:this|it|these|that) on (?:my|me) (?:phone|laptop|ipad|tablet|computer|pc))\b"),
    )
)

# The same topics said in Welsh (text lower-cased, accents kept or dropped; mutations written out).
# A fluent Welsh speaker should review these with the other Welsh strings (README, "Welsh").
WELSH_TOPIC_WORDS: Tuple[Tuple[str, re.Pattern], ...] = tuple(
    (intent, re.compile(pattern))
    for intent, pattern in (
        ("ask_protective_order", r"\b(?:(?:be|beth) am y (?:gorchymyn|orchymyn|gorchmynion)|(?:g|w|gw)ahardd\w* o'?r (?:t[yŷ]|tŷ|cartre\w*|fflat)|(?:t[yŷ]|tŷ|cartre\w*)\b.{0,20}\byn enw'?r ddau|(?:isio|eisiau|moyn|ishe) (?:fo|fe|o|e|hi|nhw) (?:allan|mas)\b.*\b(?:g|c|ng)yfreithiol|(?:order|gorchymyn) newydd|n?g?orchymyn (?:rhag molestu|atal|amddiffyn|llys|anheddu|meddiannaeth|gwahardd)|ngorchymyn|wa?harddeb|(?:g|n)?orchymyn\b.*\bdraw|i'?w (?:gadw|cadw) (?:o |fo |e |fe )?draw|"
            r"ei (?:wahardd|gael) (?:o |e |fo |fe )?(?:o'r|allan o'r) t[yŷ]|(?:cael|gael) (?:o|e|fo|fe|hi) allan o'r t[yŷ]|heddlu\b.{0,30}\b(?:roi|rhoi|wedi rhoi|di rhoi)\b.{0,20}\b(?:notice|papur|rhybudd)|(?:ddim|smo \w+|dim)(?:'n| yn)? (?:cael|ca'?l) dod (?:adre|adra|nol|yn ol))\b"),
        ("ask_for_ani", rf"\b(?:gofyn am ani|gofyn am angela|gair cod|gair cudd|codair)\b|\b(?:cael|gael|ca'?l) help\b.*\b{_PHARMACY}\b|\b{_PHARMACY}\b.*\b(?:cael|gael|ca'?l) help\b"),
        ("ask_safety_plan", r"\bffordd (?:saffa|saffaf|saffach|fwya diogel|fwyaf diogel|ddiogel)\b|\bgadael yn (?:saff|ddiogel)\b|\bsut (?:dwi'?n|alla i|fedra i|ga i) gadael\b|\bcynllun diogel\w*\b"),
        ("ask_immigration", r"\b(?:mewnfudo|fisa|swyddfa gartref|alltudio|n?g?alltudio|fy statws|statws mewnfudo|basbort|pasbort|mhasbort)\b"),
        ("ask_children", r"\b(?:plant|blant|phlant|plentyn|blentyn|mhlant|mab|fab|merch|ferch|babi|mabi|fabi|hogyn|hogan|crwt|croten)\b(?:\s+\S+){0,6}?\s*(?:wedi gweld|yn gweld|'n gweld|wedi clywed|yn clywed|'n clywed|glywed|weld y cwbl|gweld y cwbl)\b|"
            # "ydi'r plant yn cyfri hefyd?": do the children count too
            r"\b(?:ydi|ydy|yw|ydyn|ydan|ody|ydi'r|ydy'r|yw'r)(?: y| yr)? ?(?:plant|mhlant|babi|plentyn)(?: \S+){0,2}? (?:yn )?(?:cyfri|cyfrif|gyfri|gyfrif|dioddef|ddioddef|effeithio|cael eu heffeithio)\b|"
            r"\bo flaen y (?:plant|babi|mhlant)\b|\bgwasanaethau cymdeithasol\b(?:\s+\S+){0,4}?\s+(?:cymryd|gymryd|mynd [aâ]'r) (?:y |fy |'r )?(?:plant|mhlant|babi)\b"),
        ("ask_refuge", r"\b(?:lloches|llochesau|loches|rhywle (?:diogel )?i (?:aros|fynd|fyw|gysgu)|(?:unman|nunlle|unlle|nunman|nunlla|unlla|unrhyw le) i (?:fynd|gysgu|aros|fyw)|digartref|t[yŷ] cyngor|llety (?:brys|dros dro)|cysgu yn y car|(?:lle|ble) (?:dwi|dw i|ydw i|ydan ni|dan ni|fi|ni)(?:'n| yn)? (?:fod i |i fod i )?(?:fynd|aros|gysgu)|"
            r"(?:cyngor|gyngor)\b.{0,30}\b(?:t[yŷ]|d[yŷ]|cartref|gartref|tai|helpu|lle i fyw))\b"),
        ("ask_report_police", r"\b(?:riportio|ripotio|riporto|reportio|riporto'?r|r?h?oi gwybod i'?r heddlu|adrodd (?:am |i'r |wrth yr )|[mf]ynd at yr heddlu|[mf]ynd i'r heddlu|dweud wrth yr heddlu|deud wrth yr heddlu|(?:gweud|weud) wrth (?:yr |y )?heddlu|"
            r"(?:sa i|sai|dwi ddim|dw i ddim|dim|ddim)(?: yn)? (?:isio|eisiau|moyn|ishe) (?:yr |'r |y )?(?:heddlu|police|cops)|"
            r"cysylltu [aâ]'r heddlu|dwyn cyhuddiad|gwneud datganiad)\b"),
        # "ok a sut ma rywun yn neud cais", "sut ma hi'n gofyn i'r heddlu te": how to apply, not what happens after
        ("clares_law_apply", r"\b(?:fedra|alla|ga|galla) i (?:neud|wneud|gwneud) (?:y |'r )?cais\b|\bsut (?:ma|mae|dwi|dw i|ydw i|alla i|ga i|fedra i|galla i)(?: rhywun| rywun| hi| o| fo| fe| e| nhw)?(?:'n| yn)? (?:neud|gwneud|wneud|mynd ati i (?:neud|wneud)) (?:y |'r )?cais\b|"
            r"\bsut (?:ma|mae|dwi|dw i|alla i|ga i|fedra i)(?: rhywun| rywun| hi| o| fo| fe| e| nhw)?(?:'n| yn)? (?:gofyn|ofyn|holi) i'?r heddlu\b"),
        # "oes ffordd o tsiecio os di o di neud hyn i genod erill?": his past, through the scheme
        ("ask_clares_law", r"\b(?:tsiecio|checkio|gwirio|ffeindio allan|cael gwybod|gael gwybod) os (?:di|ydi|ydy|yw|mae|ma|oes) (?:o|e|fe|fo|hi)(?: wedi| di)? (?:neud|gwneud|wneud) (?:hyn|hynny|rwbath|rhywbeth)\b|"
            r"\b(?:gwybod|wybod|wbod|holi|gofyn) am hanes (?:ei |fy |y |'r )?(?:chariad|gariad|cariad|nghariad|partner|bartner|phartner|mhartner|gwr|ngwr|wraig|ngwraig|boi|dyn)\b|"
            r"\boes (?:na |yna )?ffordd i (?:fo|fe|fi|hi|ni|nhw|mi) (?:checkio|tsiecio|jecio|gwirio|ffeindio allan|gael gwybod)\b|"
            r"\bam (?:guro|daro|frifo|gam-drin|fwrw)(?:'i| ei) (?:chyn|gyn|cyn)[- ]?(?:gariad|gwr|wraig|bartner)\b.*\b(?:gwbod|wybod|gwybod|ffeindio|checkio|tsiecio)\b|"
            # "dwi di clywed bod o di curo ei ex. fedra i ffeindio allan os di o'n wir?"
            r"\b(?:di|wedi) clywed bod (?:o|e|fo|fe|hi)(?: wedi| di)? (?:curo|guro|taro|daro|brifo|frifo|bwrw|fwrw|cam-drin|gam-drin|bygwth|fygwth)\b.*\b(?:ffeindio allan|gwybod|wybod|wbod|tsiecio|checkio|gwirio)\b|"
            r"\b(?:gofyn|ofyn) i'?r heddlu (?:os|a) (?:oes|ydi|yw) (?:gan|ganddo|ganddi|gynno|gynni|gyda)\b.*\b(?:hanes|record|gorffennol)\b|"
            r"\b(?:checkio|tsiecio|gwirio|ffeindio allan am|gofyn am|ofyn am|holi am) (?:hanes|gorffennol|record|cefndir|gefndir) (?:fy |y |'r )?(?:nghariad|cariad|mhartner|partner|boi|dyn|gwr|ngwr|nghyn-bartner|cyn-bartner|nghyn-gariad|cyn-gariad|ex)\b"),
        ("ask_cover_tracks", r"\b(?:sut|shwt|shw) (?:dwi'?n|dw i'?n|fi'?n|alla i|fedra i|ga i|mae) (?:cuddio|guddio|cwato|gwato|dileu|ddileu|clirio|glirio) ?(?:fo|o|e|fe|hwn|hyn|y sgwrs|'r sgwrs|yr app|'r app|y app|'r peth|y peth|'r chat|y chat|'r history|y history|'r hanes)\b|\brhannu(?:'r| yr)? (?:un )?(?:laptop|gliniadur|cyfrifiadur|ipad|ffon|tablet)\b|\bcau'?r tab\b|\b(?:aros|dangos) (?:yn|ar) (?:yr |y )?(?:history|hanes)\b|\bhistory (?:y|'r|ar y|ar) (?:ffon|ffôn|we|laptop|cyfrifiadur|ipad)\b|\b(?:gael|cael) help heb (?:iddo|iddi|iddyn)(?: fo| fe| hi| nhw)? (?:weld|wybod|wbod|sylwi)\b|\bhanes (?:y we|'r we|pori|chwilio|ar y we|y porwr)\b|\bpori (?:yn )?breifat\b|\b(?:fydd|neith|wneith|all|gallu) (?:o|e|fo|fe|hi)(?:'n| yn)? (?:gallu )?(?:gweld|weld) (?:\w+ )?(?:ar y ffon|ar y ffôn|ar fy ffon|ar fy ffôn|ar ffon fi|ar ffôn fi|ar y laptop|ar yr ipad)\b|\b(?:checkio|checio|tsiecio|mynd trwy|mynd drwy) (?:hanes|history) (?:fi|fy)\b|\b(?:o|e|fo|fe|hi)(?:'n| yn) (?:gallu )?(?:gweld|weld|darllen) (?:be|beth) (?:dwi'?n|dw i'?n|fi'?n) (?:teipio|sgwennu|ysgrifennu|neud|deud)\b|\b(?:gwbod|gwybod|wbod|wybod|ffeindio allan|gweld) (?:mod i|fy mod i|bo fi|bod fi)(?:'n| yn| di| wedi)? (?:bod )?(?:ar|yn defnyddio|siarad efo) (?:hwn|hyn|yma|y sgwrs|'r sgwrs|yr app|'r app|y wefan|'r wefan|harbour)\b|\b(?:dileu|clirio|cuddio|ddileu|glirio|guddio)(?:'r| y)? ?(?:hanes|history|sgwrs (?:ma|yma|hon|hyn))\b|\b(?:saff|diogel|ddiogel) i (?:fi|mi) (?:siarad|sgwennu|defnyddio)\b.{0,30}\b(?:ffon|ffôn|hwn|hyn|fan hyn)\b"),
    )
)

DEFINITION_QUESTION = re.compile(
    r"\b(?:is|would|does|do|could|can) (?:it|this|that|what (?:he|she|they) (?:does|do|did))(?: \w+){0,2} (?:count|counts|abuse|domestic abuse|classed as|considered|class as)\b|"
    r"\b(?:only|still) (?:abuse|count|counts|domestic abuse)\b|\bonly (?:hitting|hit|physical|violence|beating)\b(?= or\b|\W*$|\?)|\bcounts? as (?:domestic )?abuse\b|\b(?:does|do|has) (?:it|abuse) (?:have|has|got|need|needs) to be (?:physical|violent|violence|hitting)\b|"
    r"\bis (?:it|this|that) (?:only|just|still|even|really|actually) (?:abuse|domestic|counted)\b|\bdoes (?:once|one time|it|that) (?:even |still )?count\b|"
    r"\bwhat (?:counts|is classed|is considered|is classified) as\b|\blegal definition\b|\b(?:types|kinds|forms|sorts) of (?:domestic )?abuse\b|\b(?:only )?(?:ever )?thought it (?:only )?(?:meant|means|was) (?:hitting|being hit|violence|physical)\b|\bis (?:\w+ ){1,7}(?:actually|really|even) (?:abuse|abusive|domestic abuse)\b|\b(?:only|just) happened once\b|\bis it abuse if\b|"
    r"\bdoes (?:domestic abuse|it|the law|this|that) (?:even |still |really )?(?:apply|cover|count)\b|\b(?:just|only) for adults\b|\b(?:(?:can|could) it|it (?:can|could)) (?:also |even )?be (?:a |my |your |ur |an |the )?(?:brother|sister|son|daughter|mum|mam|dad|parent|relative|family member|family|grandson|granddaughter|in-?laws?|ex|carer)\b|\bonly (?:counted|counts|count|applies|matters) (?:if|when) (?:it was |its |it'?s |it is )?(?:ur|your|my|a|the) (?:husband|wife|partner|boyfriend|girlfriend)\b|"
    r"\b(?:just|only) (?:the )?once\b|\bone[- ]off\b|\b(?:still|even) (?:count|abuse)\b|\b(?:can|could) (?:it|that|this) (?:still )?(?:be|count as) (?:abuse|domestic abuse)\b|\b(?:ydy|ydi|yw) (?:hynna|hyn|hwnna|o|e)(?:'n| yn) cynnwys\b|"
    r"\bone time (?:be )?enough\b|\bonce (?:be )?enough\b|\bdiffiniad\b|\b(?:be|beth) os (?:di|ydi|yw|ydy|mae|ma)(?:'n| yn) (?:digwydd|dod) (?:efo|gyda|gan|hefo|o) (?:fy |y )?(?:mrawd|frawd|brawd|chwaer|nhad|tad|mam|mab|fab|merch|ferch|nheulu|teulu)\b|\b(?:jyst|dim ond|ond) yn (?:golygu|meddwl) (?:cael (?:dy|eich|ei) )?(?:daro|curo|bwrw|taro)\b|\b(?:have|has|need|needs) to be (?:ongoing|regular|repeated|more than once|a pattern)\b|"
    r"\b(?:ydi|ydy|yw|ydio|ydi o|ydy o)(?: \S+){0,4} (?:yn |'n )?(?:g|c)yfri(?:f)? fel\b|\b(?:ydi|ydy|yw) (?:cam-drin|camdrin|gam-drin|gamdrin|abuse)(?: \S+){0,6} (?:yn |'n )(?:g|c)yfri(?:f|o)?\b|\b(?:g|c)yfri(?:f)? fel (?:cam-drin|camdrin|gam-drin|domestic abuse|abuse)\b|"
    r"\boes rhaid (?:iddo|iddi) (?:fe |fo |o |e |hi )?fod yn (?:bwrw|taro|curo|gorfforol|drais|dreisgar)\b|\b(?:ydy|ydi|yw|odi|ody) pethe?(?:au)? eraill yn (?:g|c)yfri\b|\b(?:be|beth) (?:di|ydi|yw|ydy) domestic abuse\b|\b(?:ydi|ydy|yw|di) (?:hyn|hynna|hwn|hyn'na)(?:'n| yn) (?:gam-drin|gamdrin|abuse)\b|\bdim ond (?:unwaith|os)\b|\b(?:be|beth) (?:di|ydi|yw|ydy) (?:ystyr |'r diffiniad o )?'?(?:cam-drin|camdrin|cam drin) domestig\b|\bos (?:di|ydi|yw|ydy) (?:be|beth) sy'?n digwydd(?: \w+){0,2} yn (?:abuse|gam-drin|gamdrin)\b|"
    # "ydi o'n abuse os dio ond di digwydd unwaith?"
    r"\bond (?:di |wedi )?(?:digwydd )?unwaith\b|\b(?:ydi|ydy|yw) o (?:jest|jyst|dim ond|ond) (?:pan|os)\b|\b(?:ydi|ydy|yw) (?:o|e|hi)(?:'n| yn) (?:dim ond |ond |jyst |jest )?(?:yn )?(?:g|c)yfri(?:f)? (?:os|pan)\b|\b(?:ond|dim ond|jyst) yn (?:g|c)yfri(?:f)? (?:pan|os)\b|\b(?:ydi|ydy|yw)(?:'r| y) (?:plant|plentyn)(?: \S+){0,2} (?:yn |'n )?(?:g|c)yfri\b|"
    r"\bis (?:it|that|this|what (?:he|she) does) (?:even |actually |still )?(?:against the law|illegal|a crime)\b|\bunwaith yn unig\b|\b(?:ydi|ydy|yw) (?:o|e|fo|fe|hyn|hynna)(?:'n| yn) (?:abuse|gam-drin|gamdrin|cam-drin)(?: domestig)? os\b|"
    # "ydi be mae o'n ddeud yn abuse", "ydi be mae hi'n neud yn gam-drin"
    r"\b(?:ydi|ydy|yw) (?:be|beth) (?:mae|ma) (?:o|e|fo|fe|hi|nhw)(?:'n| yn) (?:\S+ ){1,3}(?:yn |'n )?(?:gam-drin|gamdrin|cam-drin|abuse|abusive)\b"
)
"""A question about what counts as abuse (with or without a description)."""

CONFIDENTIALITY_WORDS = re.compile(
    r"\bcan i tell (?:my|me|a) (?:mate|friend|mum|mam|family|sister|brother|pal) (?:what|wot|wat) (?:they|the police|police) (?:say|said|tell)\w*\b|"
    r"\b(?:will|would|does|might) (?:he|she|they|him|her|my \w+)(?: \w+)? (?:find out|know|be told|get told|be informed|get a letter|see (?:it|the letter))\b|\b(?:could|can) (?:he|she|they|him|her|my \w+)(?: \w+)? (?:find out|know|be told|get told|be informed|get a letter|see (?:it|the letter))\b(?! (?:if|whether|about) (?:her|his|their|my|the)\b)|"
    r"\b(?:tell|told|inform) (?:him|her|them) (?:i|it was me|who)\b|\bit was me (?:who|that) (?:asked|applied)\b|"
    r"\b(?:a letter|in writing|written down|in the post|on paper|(?:post|send|email)\w* (?:the |that |any )?(?:info|information|details|results?|it|anything) (?:to|out to) me)\b|\bconfront (?:him|her|them)\b|\bkeep (?:it|this|that) (?:to myself|quiet|secret|a secret)\b|\bwrite (?:it|that|this|anything|owt|stuff) down\b|"
    r"\btell (?:my|anyone|someone|people|our) ?\w* (?:what|about what) (?:they|the police|police) (?:said|told|say)\b|"
    r"\b(?:can|could|should) i (?:at least |even |just )?tell (?:my|our|anyone|someone|people|a friend|family)\b|"
    r"\b(?:ga i|gai|alla i|gaf i|cha i|chai) (?:ddeud|ddweud|sôn|son|rannu) (?:o |hyn |fo |nhw )?(?:wrth (?:fy |y |'r )?\w+|wrtho|wrthi|wrthyn)\b|\b(?:fydd|wneith|neith|fasa|ydi|ydy|wnaiff|odi|ody|fydde|fyse) (?:o|e|fo|fe|hi)(?:'n| yn)? (?:gwybod|gwbod|cael gwybod|cael gwbod|cal gwbod|cael wbod|ffeindio allan|ffindo mas|darganfod)\b|"
    r"\b(?:llythyr|yn ysgrifenedig|drwy'r post)\b|\b(?:sgwennu|sgrifennu|ysgrifennu|sgwenu|anfon \w+) (?:ata|aton|ati|ato|atat)\b"
)
"""Questions about what happens to a Clare's Law request or disclosure (asked within that topic)."""

PRIVACY_WORDS = re.compile(
    r"\b(?:give|gie|tell|say|need) (?:you |u |ya |them |yous )?(?:my |ma |me )?(?:real |full )?name\b|\b(?:have to|need to|got to) (?:say|tell (?:them|you|u)) who i am\b|\b(?:don'?t|dont|do not) (?:really )?(?:want|wanna) (?:to )?(?:tell|give) (?:u|you) (?:anything|owt|much|my details|any details)(?: about me)?\b|\b(?:does|will|would|do) (?:it|this|that|any of (?:it|this)|what i (?:say|type)) (?:get |be )?(?:saved|stored|kept|recorded|logged)\b|"
    r"\b(?:do|have|will|would) i (?:have|need|got) to (?:give|tell|say|share)(?: you| them| anyone)? (?:my (?:address|postcode|number|details|phone number|date of birth)|where i (?:live|am|stay|work))\b|"
    r"\b(?:oes|os) (?:rhaid|angen) i (?:fi |mi |chi )?(?:ddeud|ddweud|deud|dweud|roi|rhoi|rannu) (?:lle|ble|fy nghyfeiriad|fy enw|fy rhif|fy manylion)\b|\b(?:wnei di|wnewch chi|nei di|fyddi di(?:'n| yn)?|ti(?:'n| yn)) (?:anghofio|cofio|cadw) (?:hyn|hwn|y sgwrs|popeth|be dwi)\b|\banonymous\w*\b|\bwithout (?:giving |saying )?(?:my|a) name\b|"
    r"\b(?:do|will|are|does|is) (?:you|u|ye|ya|yous|youse|this|harbour|this chat|the chat|this app|this site|this bot|the bot) (?:save|store|keep|record|log|saving|storing|keeping|recording|savin|storin|keepin|recordin)\w*\b|\b(?:this|it|that|all this) (?:stays|stay|is staying|will stay) (?:between (?:us|me and you|you and me|the two of us)|private|secret)\b|\b(?:it|this|that|what i say|what i tell (?:u|you)) (?:goes|go|will go|gets passed) (?:nowhere|anywhere|to anyone|further)\b|"
    r"\b(?:ydi|ydy|yw|ydio|odi|ody) (?:hyn|hwn|hwnna|hynna|y sgwrs|hyn i gyd|be dwi'?n (?:deud|sgwennu|teipio)(?: fama| yma| fan hyn| fan ma)?)(?:'n| yn) (?:cael ei |ca'?l ei |cal ei )?(?:gadw|cadw|gofnodi|storio|recordio|cofnodi)\b|\b(?:oes|os) (?:na |'na )?(?:record|cofnod|copi) o (?:be|beth|yr hyn) (?:dwi|dw i|fi|wi|rydw i)(?:'n| yn) (?:ei )?(?:teipio|deipio|ddeud|deud|ddweud|sgwennu|ysgrifennu)\b|"
    r"^(?:and |n )?or (?:my address|where i live|my postcode|my number|my phone number|my age|my details)\s*\??$|"  # "or where i live?", after "do i have to give my name"
    r"\b(?:does|do|will|is|would) (?:the |this |my |our )?(?:chat|conversation|messages?)(?: \w+)? (?:get |be |stay )?(?:deleted|wiped|saved|kept|stored|gone)\b|"
    r"\bis (?:this|it|harbour|this chat|the chat) (?:confidential|private|anonymous)\b|\b(?:police|cops|anyone|nobody|no one) (?:can'?t|cannot|won'?t|wont|will not) see (?:it|this|what i)\b|\b(?:he|she|they) (?:can'?t|cannot|won'?t|wont|will not) see (?:this|what i|the chat|it on)\b|\b(?:don'?t|dont|do not) want the (?:polis|police|cops) (?:knowin|knowing|to know)\b|"
    r"\b(?:fyddwch chi|wnewch chi|fyddi di|wnei di|neith harbour|fydd harbour)(?:'n| yn)? (?:deud|dweud|gweud|ddeud|ddweud) (?:wrth|hyn wrth) (?:yr heddlu|neb|unrhyw un|y gwasanaethau cymdeithasol)\b|\b(?:ydi|ydy|yw) (?:hyn|hwn|hwnna|y sgwrs)(?:'n| yn) (?:gyfrinachol|breifat|ddienw)\b|"
    r"\b(?:passed on|pass (?:this|it) on|passed to|shared with)\b|\b(?:will|would|do|does|are|r) (?:you|u|ye|yous|youse|this|harbour) (?:gonna |going to |gunna )?(?:tell|inform|report (?:me |this |it )?(?:to|tae)|grass (?:me )?(?:up )?to|share (?:this |it )?with) (?:the )?(?:police|polis|cops|anyone|social services|him|her)\b|\b(?:you|u|ye)(?: \w+)? (?:dont|don'?t|do not|won'?t|wont|wouldn'?t|never) (?:send|pass|share|tell|give|forward)\w* (?:on )?(?:anything|owt|any of (?:this|it)|this|it|what i \w+)\b(?=.{0,40}\b(?:to|with|on)\b)|"
    r"\b(?:does|will|would|do) (?:it|this|that|what i (?:say|tell you|type|write)|this chat|any of this|anything) (?:go|get passed|get sent|get reported|get back) to (?:the )?(?:police|cops|social services|social workers?|anyone)\b|"
    r"\b(?:read|see|get) (?:these|my|this) (?:messages|chat|conversation)\b|\b(?:be able to|able to|can|could|will|would) (?:see|read|find) (?:this|what i(?:'ve| have|ve)? (?:typed|written|wrote|said|put))\b|"
    r"\b(?:gweld|weld|darllen|ddarllen|ffeindio) (?:be|beth) (?:dwi|dw i|fi|rydw i) (?:di|wedi) (?:deipio|teipio|sgwennu|ysgrifennu|ddeud|deud|ddweud)\b|\b(?:gweld|weld|darllen|ddarllen) (?:y sgwrs|'r sgwrs|r sgwrs|hwn)\b|"
    r"\b(?:ydych chi|ydach chi|wyt ti|ydi harbour|ydy harbour|dach chi|ych chi|wyt ti)(?:'n| yn) (?:cadw|cofnodi|safio|recordio|rhannu|pasio)\b|"
    r"\b(?:ydi|ydy|fydd|neith|wneith)(?:'r| y) (?:sgwrs|negeseuon|neges)(?:'n| yn)? (?:cael ei |cael eu )?(?:dileu|ddileu|chadw|cadw|safio|cofnodi)\b|\bteipio (?:fan hyn|fama|yma|ma)\b.{0,30}\b(?:ydi|ydy|fydd|yw) (?:e|o|fe|fo|hyn|hwn)(?:'n| yn) (?:cael ei )?(?:gadw|cadw|safio|storio|cofnodi)\b|"
    r"\b(?:ydi|ydy|yw)(?:'r| y) (?:sgwrs|chat)(?: \w+)?(?:'n| yn) (?:breifat|preifat|gyfrinachol|ddiogel|saff)\b|\b(?:gweld|weld) (?:mod i|bo fi|bod fi) (?:di|wedi) bod ar (?:hwn|hyn|y wefan|yr ap)\b|\b(?:be|beth) os (?:neith|wneith|daw|ddaw) (?:o|e|fo|fe|hi) (?:gerdded|ddod|dod) (?:i )?mewn\b|\bis (?:this|the) chat (?:private|safe|secure)\b|\bfy enw (?:go iawn|llawn)\b|"
    # "plis paid deud wrth neb", "please dont tell anyone" (not after a whole story: "...im 19 and live in bradford, please dont tell anyone")
    r"(?:^|^.{0,70}\b(?:please|pls|plz|plis|but|and|just|ond|jyst) )(?:don'?t|dont|do not|paid|peidiwch) (?:a |â )?(?:tell|deud|dweud|ddeud|ddweud) (?:anyone|anybody|no ?one|nobody|my (?:mum|mam|dad|parents|school|teacher)|wrth (?:neb|unrhyw un|mam|dad|yr ysgol|yr heddlu))\b|"
    r"\b(?:will|can|could|would) (?:anyone|anybody|he|she|they|someone|my \w+) (?:see|read|find) (?:what (?:i'?ve|ive|i have|i) (?:written|typed|wrote|said|put))\b|"
    r"\b(?:do|have) i (?:have|need|got) to (?:put|enter|type|give) (?:in )?(?:my |me )?(?:real |full |proper )?(?:name|address|details|number)\b|\b(?:roi|rhoi|ddeud|ddweud|deud|dweud|rhoid)(?: |'?n )(?:enw fi|fy enw|'n enw|enw)\b|"
    r"\bheb (?:roi|ddeud|ddweud) (?:fy )?enw\b|\b(?:roi|rhoi|deud|dweud|ddeud|ddweud) fy enw\b|\bdienw\b|\banhysbys\b|\bfy nghyfeiriad\b"
)
"""Questions about what Harbour (or a service) keeps or needs to know."""


WORRIED_WORDS = re.compile(
    r"\bhow (?:do|can|should) i (?:bring it up|bring up|raise it|talk to (?:her|him|them)|approach (?:her|him|them)|help (?:her|him|them)|support (?:her|him|them))\b|"
    r"\b(?:shall|should|do) i (?:just )?tell (?:her|him|them|my \w+) to (?:leave|get out|go|dump|ditch|finish with|break up with|get rid of|kick (?:him|her|them) out)\b|\b(?:can|should) i tell (?:her|him|them) what (?:you|u) (?:said|told me|say)\b|\b(?:be|beth) (?:dwi|dw i|fi|ydw i)(?:'n| yn) (?:deud|dweud|gweud|ddeud|ddweud) wrthi(?: hi)?\b|\b(?:dylwn i|ddylwn i|ga i|alla i) (?:deud|dweud|gweud|ddeud|ddweud) wrthi(?: hi)? (?:i |am )?(?:adael|gadael|gadel|adel)\b|\b(?:be|beth) am siarad (?:efo|da|gyda|hefo) (?:fe|fo|o|e)\b|\bif i (?:bring it up|say something|say owt|mention it|raise it)\b|\bwhat (?:do|can|should|would) i (?:actually |even |ever )?(?:say|text|write) to (?:her|him|them)\b|"
    r"\bhow (?:do|can|should|would) i (?:even |actually )?(?:start|have) (?:that|the|a) (?:conversation|chat|talk)\b|\b(?:keeps|keep) (?:saying|sayin|telling me) (?:she'?ll|shell|she will|he'?ll|hell|he will|they'?ll|theyll) leave\b.*\b(?:goes|go|went|going) back\b|"  # "my daughter keeps sayin shell leave him then goes back"
    r"\b(?:she|he|they) (?:just )?(?:said|says|told me|claims|claimed|insists|reckons) (?:she|he|they|it)(?:'d| had| was)? (?:fell|fallen|tripped|walked into|banged|slipped|an accident|fine|ok|okay)\b|\b(?:she|he|they) (?:denies|denied|won'?t admit|wont admit|won'?t talk|wont talk)\b|"  # "i asked and she said she fell down the stairs"
    r"\b(?:keeps|kept) going back to (?:him|her|them)\b|\b(?:should|shud|shld|shall|can|could) (?:i|we|a few of us|us) (?:lads |guys |of us )?(?:just )?(?:have a word|have words|have it out|go (?:out |round |over )?(?:n|and) tell (?:him|her|them) to (?:jog on|do one|back off|get lost|leave (?:her|him) alone)) ?(?:with (?:him|her|them|the fella|the boyfriend|her fella|his fella|the husband|the wife|the girlfriend))?\b|\b(?:is it|its|it'?s) (?:even |really )?(?:my place|my business)\b|"
    r"\b(?:gonna|going to|gunna|will|i'?ll) (?:go round|go over|go and|have it out|have a word|sort him out|sort her out)\b.*\b(?:him|her|them)\b|\bsut (?:dwi'?n|dw i'?n|alla i|fedra i) (?:codi'?r (?:peth|pwnc)|siarad efo (?:fo|hi) am y peth)\b|\b(?:sut|shwt|shwd) (?:dwi'?n|dw i'?n|alla i|fedra i|fi'?n|wi'?n|galla i) (?:codi|godi) (?:fe|fo|e|o|hyn|hynny|'r peth|'r pwnc|y peth|y pwnc) (?:gyda|efo|hefo|da) (?:hi|fe|fo|e|o|nhw)\b|"
    # "i want to tell her shes making a big mistake", "dwi moyn deud wrthi bod hi'n neud camgymeriad mawr"
    r"\b(?:want|wanna|should i|shall i) (?:to )?tell (?:her|him|them) (?:she'?s|shes|he'?s|hes|they'?re|theyre|what i think)\b|"
    r"\b(?:isio|eisiau|moyn|ishe|ddylwn i|ddylen i|ddylswn i|ddylsen i|ddylien i) (?:deud|dweud|ddeud|ddweud|gweud|weud) (?:wrthi|wrtho|wrthyn|wrth (?:fy|y) (?:merch|mab|chwaer|mrawd|ffrind))\b|"
    # Wanting to confront the abuser for them: the friend's answer says why not
    r"\b(?:go|going|goin|went) (?:round|over|round there|over there) (?:and|to|n) (?:have a word|sort (?:him|her|them) out|tell (?:him|her|them) (?:where to go|to back off|what i think))\b|"
    r"\bmynd (?:draw|rownd|yno|draw yno) i (?:ddeud|ddweud|siarad|gael gair) (?:wrth|efo|gyda|a|â) ?(?:o|fo|e|fe|hi|nhw|ei (?:gariad|chariad|gwr|wr|wraig|phartner|bartner))?\b|"
    # "dwi isio mynd draw a deud wrth y bastard lle i fynd", "ma hi'n deud bod hi'n iawn a dim isio ffys"
    r"\bmynd (?:draw|rownd|yno|draw yno) (?:a|ac|i) (?:deud|dweud|ddeud|ddweud|sortio|wynebu|rhoi) (?:wrth|wrtho|wrthi|fo|o|e|fe|hi|y)\b|"
    r"\b(?:deud|dweud|ddeud|ddweud) (?:bod|fod) (?:hi|o|fo|e|fe|nhw)(?:'n| yn) (?:iawn|ok|oce|grêt|gret|hapus)\b|\b(?:dim|ddim) (?:isio|eisiau|moyn|ishe) (?:ffys|help|helpu|ffwdan|i fi (?:helpu|ddeud|neud))\b|"
    r"\b(?:says|said|insists|keeps saying|tells me) (?:she'?s|shes|he'?s|hes|they'?re|theyre|she is|he is|they are|it'?s|its|everything'?s|everythings) (?:fine|ok|okay|alright|happy|grand)\b|"
    r"\b(?:not to|to not|told me not to|tells me not to|says not to) (?:interfere|get involved|butt in|stick my nose in)\b|"
    r"\b(?:mor |cymaint |gymaint |jyst |just |wir yn |really |so )(?:poeni|becso|gofidio|worried) (?:amdani|amdano|amdanyn|about (?:her|him|them))\b|"
    # "sut dwi'n helpu heb neud petha'n waeth", "shd i gal gair gyda'i gwr hi?"
    r"\bsut (?:dwi'?n|dw i'?n|alla i|galla i|fedra i|ga i|mae|ma|ydw i'?n) (?:gallu )?(?:helpu|cefnogi|siarad efo hi|siarad gyda hi)\b|"
    r"\b(?:be|beth) (?:alla i|galla i|fedra i|ddylwn i|ddylen i|dwi fod i) (?:neud|wneud|gwneud) i (?:helpu|gefnogi|cefnogi) (?:fe|fo|o|e|hi|nhw)\b|"
    r"\b(?:gal|gael|cael|ga i) gair (?:gyda|efo|hefo|a|â) ?(?:fo|fe|o|e|hi|nhw|'i|ei|y gwr|y boi)\b|"
    r"\b(?:mets|mêts|ffrind|ffrind gora|ffrind gorau|chwaer|brawd) (?:fi|i)\b.*\b(?:be (?:dwi|dw i) fod i (?:neud|wneud)|be (?:alla|ddylwn|ddylen) i (?:neud|wneud))\b|"
    # neighbours heard: "dwi'n clywed y cymdogion yn ffraeo bob nos... be dwi fod i neud"
    r"\b(?:cymdogion|cymydog|cymdoges|drws nesa|neighbou?rs?|next door)\b.*\b(?:be (?:dwi|dw i) fod i (?:neud|wneud)|be ddylwn i (?:neud|wneud)|what (?:do|should|can) i do)\b"
)
"""A friend or relative asking how to help (the worried-friend answer: listen, believe, don't push)."""


# Welsh words near self-harm: where one is in a message, the classifier's self-harm guess stands.
WELSH_SELF_HARM_HINT = re.compile(
    r"\b(?:marw|(?:byw|fyw)(?! (?:yn|yng|ym|efo|gyda|hefo|ger|mewn|drws nesa|yno|yna|fan)\b)|lladd|ladd|nladd|brifo|frifo|niweidio|torri fy|dorri fy|tabledi|dabledi|pils|i ben|gorffen|orffen|"
    r"blino|deffro|dihuno|(?<!pen y )(?<!pen-y-)pont|(?<!pen y )(?<!pen-y-)bont|dibyn|clogwyn|diflannu|hebdda\w*|hebddo\w*|fy hun|well off|gwell heb|gwaed|cyllell|llafn|rhaff|"
    r"llythyr\w*|ffarwel|hwyl fawr|pwynt|diben|anobeithiol|mwy|ragor|rhagor|end it|ending it|cario|mlaen|ymlaen|llond bol|digon|"
    r"rhywbeth (?:stiwpid|gwirion|dwl)|rwbath (?:stiwpid|gwirion|dwl)|ofn fy hun|methu (?:neud|gwneud|wneud|ymdopi|copio|cope))\b"
)
# Words of self-harm the patterns may not put together ("i cut after", "a belt round the banister"):
# where any is in a description of abuse, the classifier's self-harm answer stands.
SELF_HARM_HINT = re.compile(
    r"\b(?:i|im|i'?m|i am|i'?ve|ive) (?:\w+ )?(?:cut|cutting|burn|burning|overdos\w*|took|taken|swallowed)\b|"
    r"\b(?:(?<!sort )(?<!sorting )(?<!control )(?<!change )(?<!calm )(?<!behave )(?<!back off )(?<!find her )(?<!find him )(?<!find them )(?<!do it )myself|suicid\w*|end it|end my life|die|dying|dead|bleeding|blood|belt (?:round|around)|rope|noose|banister|(?<!my )pills|(?<!my )tablets|"
    r"not be here|no point|give up|can'?t go on|cant go on|done with (?:it|life|everything)|goodbye)\b"
)
# English words near self-harm, wider than the patterns: where one is in a message, the classifier's
# self-harm guess stands (without one, "newport, the welsh one not the isle of wight lol" is not a crisis).
SELF_HARM_NEAR = re.compile(
    r"\b(?:any ?more|hopeless|pointless|worthless|useless|tired|exhausted|cope|coping|better off|without me|disappear\w*|sleep|wake|"
    r"bridge|jump\w*|edge|harm\w*|hurt\w*|razor\w*|blade\w*|kill\w*|life|living|live|alive|exist\w*|numb|empty|burden|plan\w*|note|letter|"
    r"forgive|alone|lonely|broken|breaking|dark\w*|nothing left|no way out|trapped|escape|end\w*|over|gone|leave|leaving|bottle|overdo\w*|"
    r"cut\w*|burn\w*|scars?|wrists?|drown\w*|hang\w*|rope|train|tracks|poison\w*|bleach|knife|knives|gas|crying|cry|(?:can'?t|cant|cannot)(?! (?:u|you|ya|yous)\b)|"
    r"want to|wanna|wish|sorry(?!,? (?:should|i should|shouldve|i forgot|forgot|meant to|i meant|for not saying|i didnt say|didnt say|to bother|typo))|goodbye|bye|love you|miss|pain|hurting|suffer\w*|scared|afraid|help|please|pls|mum|mam|kids|tonight|now)\b"
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
    r"what i(?:'ve|ve| have| just)? (?:said|typed|wrote|written|put|told you)|dileu hyn|dileu hwn|ddileu hwn|dilea|clirio)\b"
)
# "dwi'n byw yn Ystradgynlais", "we live near thornaby": only where they live, the place unknown.
LIVES_IN = re.compile(
    r"^(?:ok |okay |well |so |oh |o ia,? |o ie,? |ia,? |ie,? |oh yeah,? |a )?(?:i|we|dwi|dw i|ni|dan ni|da ni|rydw i|rydyn ni|fi|wi)(?:'n|n| yn| live| living| am| are|'m|m)?"
    r" ?(?:(?:byw|live|living|based|staying) (?:yn|ym|yng|in|near|ger|outside|just outside|nr)|near|ger|nr|just outside) (?!fear\b|ofn\b|hell\b|uffern\b|terror\b|a nightmare\b|danger\b|perygl\b)[a-z][a-z'-]+(?: [a-z][a-z'-]+)?(?: (?:ers|since|for) (?:haf|gaeaf|blwyddyn|llynedd|last|a|ages|years|months|\w+) ?\w*)?[.!]*$"
)
# "am i talkin to a bot or a real person", "r u a real person": what Harbour is (and a line to a person).
BOT_QUESTION = re.compile(
    r"\b(?:am i|are we|r we|is this|am i even) (?:\w+ )?(?:talking|talkin|speaking|chatting|typing|messaging) (?:to|with|2) (?:a )?(?:bot|robot|computer|machine|ai|real person|human|person|actual person)\b|"
    r"\b(?:are|r) (?:you|u|yous) (?:a )?(?:bot|robot|real|human|person|ai|computer|machine|an ai|actual person)\b|\bis (?:anyone|anybody|someone|somebody|a person|a human|a real person) (?:actually |even )?(?:reading|seeing|watching|looking at|reading) (?:this|these|my messages|what i (?:write|type|put))\b|\bis this (?:a )?(?:bot|robot|real person|human|ai|automated)\b|"
    r"\b(?:ydw i|dw i|ydw i'n|dwi'n|dwi)(?:'n| yn|n)? (?:siarad|sgwrsio) (?:efo|gyda|hefo|a|â) (?:robot|bot|peiriant|person go iawn|rhywun go iawn)\b|"
    r"\b(?:wyt ti|ydych chi|ti|chi|ydach chi)(?:'n| yn|n) (?:robot|bot|berson go iawn|person go iawn|go iawn|beiriant)\b"
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


# A question about the children themselves, not only that they saw or heard it.
CHILDREN_ASKED = re.compile(
    r"\b(?:social services|social work(?:ers?)?|social worker|custody|contact with|access to (?:the|my) (?:kids|children)|affect(?:ing|ed|s)? (?:the|my|our) (?:kids|children|baby)|"
    r"(?:affect|effect|harm|damage|hurt)s? (?:them|him|her)\b.{0,12}\b(?:does it|do they|will it|is it|right|surely)|"  # "that doesnt affect them does it?"
    r"(?:is|does|will|could|can) (?:it|this|that|all this|all that) (?:be )?(?:affect\w*|effect\w*|harm\w*|damag\w*|hurt\w*) (?:her|him|them|the kids|the children|my (?:son|daughter|kids|children))|"
    r"gwasanaethau cymdeithasol|gweithiwr cymdeithasol|effeithio ar (?:y|'r|fy) (?:plant|mhlant|babi))\b"
)


def topic_intent(lowered: str) -> Optional[str]:
    """The topic the message's words point to, in English or Welsh, or None (most messages)."""
    for intent, pattern in (*TOPIC_WORDS, *WELSH_TOPIC_WORDS):
        if pattern.search(lowered):
            if intent == "ask_children" and not CHILDREN_ASKED.search(lowered) and forms_in(lowered):
                # "ma fe'n bygwth brifo'r ci... a ma'r plant yn clywed bob dim": what was done, named
                # (the abuse answer says children who see or hear it are victims too).
                return "ask_what_is_abuse"
            return intent
    return None


# Children who saw or heard it ("in front of the kids", "a ma'r plant yn clywed bob dim"): the abuse
# answer says they are victims too (FACTS 1.1), and a description with them is still named.
CHILDREN_SAW = re.compile(
    r"\b(?:kids|children|child|baby|son|daughter|bairns?|weans?|little ones?|toddler|grandkids|grandchildren|grandson|granddaughter|\d{1,2} ?(?:yr|year|yo)s?(?: old)?)\b"
    r".*\b(?:saw|seen|see|sees|seeing|heard|hear|hears|hearing|watch\w*|in front|witness\w*|in the (?:next )?room|was there|were there)\b|\bin front of (?:the|my|our) (?:kids|children|baby|little ones?|bairns|weans)\b|"
    r"\b(?:plant|plentyn|mhlant|babi|bychan|wyr|wyres|ŵyr|hogyn|hogan|crwt|groten)\b.*(?:\b(?:gweld|weld|clywed|glywed|gwylio)\b|\bo'?i flaen (?:e|o|fo|fe|hi|nhw)\b)|\bo flaen y (?:plant|babi|mhlant|bychan)\b"
)
# Asking for a line to ring: "who can I ring that isn't the police?", "where can I phone".
LINE_QUESTION = re.compile(
    # "will the mens line lot judge me", "do they actually get lgbt stuff tho or will they just judge me"
    r"\b(?:will|would|do|does|wont|won'?t|they'?ll|theyll)\b.{0,30}\bjudg\w*\b|\b(?:barnu|beirniadu|meirniadu)\b|\bis there (?:anyone|anybody|someone|somebody|anywhere)(?: (?:my|me) age| young| else)? (?:(?:i|we) (?:can|could)|(?:who|that) (?:can|could|will)) (?:just |actually |even |really )?(?:talk|speak|ring|call|phone|turn|help)\b|"
    r"\b(?:who|where|what|which (?:number|line|helpline)) (?:can|do|should|could|would|wid|wud|cud|kin) (?:i|a|he|she|they|we|my \w+|someone) "
    r"(?:actually |even |else |then )?(?:ring|call|phone|contact|talk to|speak to|text|turn to|get help|go for help|find help)\b|\bwho (?:to|do i|can i) (?:ring|call|phone|contact)\b|\b(?:can|could|should) (?:i|we) (?:ring|call|phone|contact) (?:someone|somebody|anyone|anybody|a helpline|a line) (?:for|about|on behalf of) (?:her|him|them)\b|\b(?:dont|don'?t|do not) know who (?:to|i can|i should|i could) (?:tell|talk to|turn to)\b|\bwho (?:i|we) (?:should |can |could |would )?(?:ring|call|phone|contact|talk to)\b|\b(?:who'?s|whos|who is|who would be|which (?:one|line|number) is) (?:the )?best (?:one |line |number |people )?to (?:ring|call|phone|contact|talk to|speak to)\b|"
    # "are they open at night?", "ydyn nhw ar agor yn y nos?", "oes na rywun alla i siarad efo nhw"
    r"\b(?:are they|is it|is that|is the line|is that line|ydyn nhw|ydan nhw|ydi o|ydy e|ydi hi|ydi'r llinell)(?:'n| yn)? (?:open|ar agor)\b|^\W*(?:any |the |got any |what are the )?(?:numbers?|helplines?|lines?) for (?:a |an )?\w+\W*$|\b(?:whats|what'?s|what is|wots|wats) the (?:number|helpline|line) for (?:ppl|people|someone|men|women|lads|girls|anyone)\b|"
    r"\b(?:lle|ble) (?:dwi'?n|dw i'?n|alla i|ga i|fedra i|ydw i'?n|mae) (?:cal|cael|gael|ca'l|ffeindio|dod o hyd i) (?:help|cymorth|cefnogaeth)\b|\boes (?:na|'na|yna) (?:rywun|rhywun|rwbath|rhywbeth|llinell|rhif|help) (?:i|ar gyfer) (?:ddynion|dynion|fi|bobl|hogia|ferched|merched)\b|\bis there (?:anywhere|anyone|anything|somewhere|a line|a number) for (?:fellas|men|blokes|lads|guys|me|us|people like me)\b|\bwhen (?:are|r|is) (?:they|it|the line|that line|the helpline) open\b|\bwhat time (?:are|do|does|is) (?:they|it|the line) (?:open|close)\b|\bopening (?:hours|times)\b|"
    r"\bpryd (?:ma|mae|maen|mae'n|ma'n|ydyn|ydi|ydy) (?:nhw|o|e|hi|'r llinell|y llinell)?(?:'n| yn)? ?(?:ar agor|agor|ateb)\b|\boriau agor\b|"
    r"\bpwy (?:alla i|galla i|ga i|dylwn i|ddylwn i|fedra i|fedrai|allai|dw i'n|dwi'n|dwin)(?:'n| yn)? (?:ei )?(?:ffonio|gysylltu|cysylltu|siarad efo|siarad gyda|siarad hefo|siarad a|siarad â|siarad ag|droi ato)\b|"
    r"\bpwy i (?:ffonio|gysylltu)\b|\bpwy\b.{0,30}\bsy(?:'n| yn) helpu (?:dynion|dyn|merched|menywod|pobl)\b|\bcan (?:i|we) (?:ring|call|phone|contact|talk to|speak to) (?:someone|somebody|anyone|anybody|a helpline|a line) (?:myself|meself|for me|too|as well)\b|\b(?:efo|gyda|hefo) (?:pwy|phwy) (?:i|alla i|ga i|fedra i|galla i) (?:siarad|gysylltu)\b|\bat bwy i droi\b|\b(?:oes|os) (?:na |yna |'na )?(?:rywun|rhywun) (?:alli|alle|galli|galle) (?:hi|o|fo|fe|e) (?:siarad|ffonio)\b|"
    r"\b(?:oes|os) (?:na |yna |'na )?(?:rywun|rhywun) (?:alla i|galla i|all o|all hi|all e|fedra i|fedrith o|gall o|gall hi|fi'n gallu|dwi'n gallu|ga i)(?: ei)? (?:ffonio|ffono|siarad|gysylltu|cysylltu)\b|"
    # "oes na rywun arall?", "oes na rif i ddynion?"
    r"\b(?:oes|os) (?:na |yna |'na )?(?:rywle|rhywle|rywun|rhywun) (?:iddi|iddo|iddyn) (?:hi |o |fo |nhw )?(?:siarad|ffonio|gysylltu)\b|"
    r"\b(?:oes|os) (?:na |yna |'na )?(?:rywun|rhywun|unrhyw un|rhif|rif|llinell|linell) (?:arbennig )?(?:arall|i ddynion|i ferched|i fi|i mi|i hen bobl|i bobl hŷn|i bobl hyn|ar gyfer hen bobl|ar gyfer pobl hŷn)\b|"
    r"\bhelplines?\b|\bhelp ?line\b|\bphone number\b|\bnumber (?:to|for) (?:ring|call)\b|\bsomeone to talk to\b|\bpa (?:rif|linell|llinell)\b|"
    r"\bis there (?:anyone|anybody|anything|someone|somewhere) (?:up|down|round|over|out) (?:here|there)\b|\b(?:will|would|do) they (?:just )?(?:tell me|think|say) (?:i'?m|im|i am) (?:a )?(?:monster|bad person|evil|awful|horrible)\b"
)
# A partner of the writer's named ("my husband does the same to me", "mae'r gŵr yn gneud yr un peth i fi").
OWN_PARTNER = re.compile(r"\b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|hubby|fella|missus|gwr|gŵr|ngwr|ngŵr|gwraig|wraig|ngwraig|mhartner|cariad|nghariad)\b")
# Asking for someone else: "if i apply for my mate", "she doesnt know im doing this".
FOR_SOMEONE = re.compile(r"\b(?:for|tell) (?:my|a|our) (?:mate|friend|pal|sister|brother|mum|mam|dad|daughter|son|cousin|niece|nephew|aunt|auntie|nan|gran)\b|"
    r"\b(?:she|he|they) (?:doesn'?t|doesnt|don'?t|dont|does not|do not) know (?:i'?m|im|i am|that i'?m|that im) (?:doing|doin|asking|applying)\b")
# Who hears what the police find: "do i get told what they find", "will they tell my sister", "fydda i'n cael gwybod?"
# (not "will they tell him", which asks whether the partner hears of it: the confidentiality answer).
WHO_IS_TOLD = re.compile(
    # not what they tell ("what sort of stuff would they tell me"), nor "nothing to tell me" (nothing disclosed)
    r"^(?!.*\bwhat (?:sort|kind|type)s? of\b)(?!.*\bwhat (?:would|will|do|does|can|could) (?:they|the police|police) (?:tell|say)\b)(?!.*\b(?:dim byd|dim) i (?:ddeud|ddweud|ddeud|gweud) wrth)"
    r".*(?:\b(?:do|will|would|does) (?:i|we) (?:get|be) told\b|\b(?:i|we) (?:won'?t|wont|will not|wouldn'?t|wouldnt|would not|don'?t|dont|do not)(?: even| ever)? (?:get|be) told\b|\btell (?:me|us) or (?:(?:they|will they|do they|would they) tell )?(?:her|him|them)\b|\btold what they find\b|\b(?:would|will|does|do) (?:she|he|they|my \w+) (?:get|be) told\b(?=.{0,12}\bor (?:me|us|her|him|them)\b)|\btold,? or (?:me|her|him)\b|"
    r"\b(?:will|would|do|does) (?:they|the police|police) (?:(?:tell|inform|notify|update) (?:me|us|my \w+|her|them))\b|\b(?:they|the police|police|psni|cops) (?:won'?t|wont|will not|didn'?t|didnt|haven'?t|havent) (?:tell|told) (?:me|us) (?:anything|owt|nothing|a thing)\b(?!.{0,30}\b(?:means?|fine|safe|grand|ok|okay|alright|sound)\b)|"
    r"\b(?:fydda i|ga i|gawn ni) (?:wybod|gwybod|wbod|gwbod|glywed)\b|\bfydda ?i(?:'n| yn| ddim yn) (?:cal|cael|ca'?l|gael) (?:wybod|gwybod|wbod|gwbod)\b|\b(?:deud|dweud|ddeud|ddweud|gweud) wrth(?:a|o) (?:i|fi)\b|\b(?:deud|dweud|ddeud|ddweud|gweud) wrthyf(?: i)?\b|\b(?:gwbod|gwybod|wbod|wybod|deud|dweud|ddeud)\b.*\b(?:ta|neu) (?:fi|i|mi)\W*$)"
)


# Asking for a person, not the bot: "dwi jyst isio siarad efo rywun go iawn heno", "can i talk to a real person".
HUMAN_ASKED = re.compile(
    r"\b(?:talk|speak|chat) (?:to|with) (?:a |an |some )?(?:real|actual|proper|live|human) (?:person|human|people|someone|being)\b|\b(?:need|want|wanna) (?:a |an )?(?:real|actual|proper|live) (?:person|human)\b|"
    r"\b(?:siarad|sgwrsio) (?:efo|gyda|hefo|â|a) (?:rywun|rhywun|person|pobl|bod dynol) (?:go iawn|byw|real)\b|\b(?:rywun|rhywun|person) go iawn\b"
)


# "ie ma ofn fi arno fe weithie": yes, with the fear said again, to the reflection's question.
YES_WITH_DETAIL = re.compile(r"^(?:ie|ia|iep|yndw|ydw|oes|yes|yeah|yea|aye|yep)\b.{0,40}\b(?:ofn|scared|afraid|frightened|weithie|weithia|sometimes|a lot|lot)\b")
# "so what do i do now", "so be dwi fod i neud rwan": a question, never a goodbye.
WHAT_NOW = re.compile(
    r"\bwhat (?:do|should|can|am) i (?:supposed to )?(?:do|doing) (?:now|then|next|after (?:this|that|tonight|today|they(?:'ve| have)? gone|they leave|they go))\b|\bwhat now\b|"
    r"\b(?:be|beth) (?:dwi|dw i|ydw i|fi|wi) (?:fod i|i fod i|yn mynd i|am) (?:neud|wneud|gwneud)\b|\b(?:be|beth) nesa\b|"
    r"\bsut (?:dwi'?n|dw i'?n|ydw i'?n|alla i|fedra i) (?:neud|gwneud|wneud) (?:hynna|hyn|hwnna|o|e)\b|\bhow (?:do|can|would) i (?:do|start) (?:that|it|this)\b"
)

# "what do i do if i cant speak when i ring": the 999 answer, which says how (stay silent, press 55).
SILENT_CALL = re.compile(
    r"\b(?:press|pressing|push) 55\b.{0,40}\b(?:cant|can'?t|cannot|not able to) (?:speak|talk)\b|"  # "someone at work said u can press 55 on 999 if u cant talk, is that real"
    r"\b(?:cant|can'?t|cannot|unable to|not able to) (?:speak|talk|say anything)\b.{0,25}\b(?:ring|call|phone|999|police)\b|"
    r"\b(?:ring|call|phone|ringing|calling) (?:999|the police)\b.{0,25}\b(?:cant|can'?t|cannot) (?:speak|talk)\b|"
    r"\b(?:get|reach|contact|call|ring|phone) (?:the )?(?:police|999|help)\b.{0,15}\bwithout (?:speaking|talking|saying anything|a voice call|calling|ringing)\b|"
    r"\b(?:what|wot|wat) if i (?:cant|can'?t|cannot|can not) (?:speak|talk|say anything)\b|\bi (?:cant|can'?t|cannot) (?:ring|call|phone) (?:them|999|the police)\b.{0,40}\b(?:he'?ll|hell|he will|she'?ll|he would) (?:know|hear|see)\b|\bwhat if i (?:press|pressing) (?:the )?(?:buttons?|keys|numbers?|55|5 5)\b|\b(?:will|would|do) they (?:still )?come if i (?:dont|don'?t|do not|cant|can'?t) (?:say|speak|talk)\b|"
    r"\b(?:na allaf|methu|alla i ddim|fedra i ddim|ffaelu) (?:siarad|dweud dim|deud dim)\b.*\b(?:a fydd|fydd|neith|wneith) (?:rhywun|rywun|nhw|yr heddlu)(?:'n| yn)? (?:dod|ddod)\b|"
    r"\b(?:os|pan) (?:fi'?n|dwi'?n|dw i'?n|i'?n|dwi) (?:ffono|ffonio|ffonia|galw)\b.{0,25}\b(?:clywed|glywed|clwad|glwad)\b|\b(?:methu|ddim yn gallu|ffaelu) (?:siarad|deud dim)\b.{0,25}\b(?:ffonio|999|heddlu)\b|\b(?:ofn|ofan) (?:neud|gwneud|gneud) (?:swn|sŵn|twrw|dim swn)\b"
)
# "ydyn nhw'n agored heno?", "are they open now": a line's hours (answered against the lines just given).
OPEN_ASKED = re.compile(r"\b(?:ydyn|ydan|ydi|ydy) (?:nhw|o|hi)(?:'n| yn) (?:atab|ateb) (?:rwan|rŵan|nawr|heno|yn y nos)\b|\b(?:are|r) (?:they|it|u|you) open\b|\bopen (?:now|tonight|today|late|at night|on (?:a )?weekends?)\b|\b(?:agored|ar agor) (?:heno|nawr|rwan|rŵan|heddiw|yn y nos|dros y penwythnos)\b")
# Pressing for an answer ("c'mon ti'n gwbod, jyst deud", "just tell me"): never an answer of its own
# (after a refusal, the refusal again: actions/context.refuse_again).
JUST_SAY = re.compile(r"^(?:c'?mon|cmon|come on)\b|\b(?:jyst|just|dim ond) (?:yr |'r |the )?(?:ardal|dre|cyfeiriad|postcode|town|area|street)\b|\byes or no\b|\b(?:ie|ia|iawn) neu na\b|\bjust (?:tell|say) (?:me|it|us)\b|\b(?:jyst|jest|dim ond) (?:deud|dweud|gweud|deuda)\b")
# A relative asking to look into a partner's past ("can i check him out", "find out if hes got a past"):
# the disclosure scheme for someone else, not only the friend's answer.
CHECK_THEM_OUT = re.compile(
    r"\b(?:check|checking) (?:him|her|them) (?:out|up)\b|\b(?:before|previous\w*|last (?:girlfriend|boyfriend|partner|wife|husband|gf|bf)|(?:his|her) ex)\b.{0,80}\b(?:is there (?:a|any) way (?:to|i can|of|for me to) (?:find|check|know)|(?:can|could|how do|how can) i (?:find out|check))\b|\b(?:find out|check|see|know) (?:if|whether) (?:he|she|they)(?:'?s| has| have|'?ve)? (?:done|did) (?:this|it|that)(?: \w+)? (?:before|to (?:other|anyone|someone|his|her))\b|\bcheck (?:up )?on (?:his|her|their) (?:past|history|background)\b|"
    r"\b(?:can|could) i ask the (?:police|polis|cops|psni) about (?:him|her|them)\b|\b(?:find out|know|ask) (?:about )?(?:his|her|their) (?:past|history|background|record)\b|\blook into (?:his|her|their) (?:past|history|background)\b|\b(?:check|find out|see|know) (?:if|whether) (?:my|me|ma|her|his|the) (?:new )?(?:partner|fella|boyfriend|girlfriend|bf|gf|man|husband|wife|lass|bloke|missus)(?:'?s)? (?:has|have|got|has got|had|'?s got) (?:a |any )?(?:past|history|record)\b|"
    r"\b(?:isio|isho|eisiau|moyn|ishe) (?:gwbod|gwybod|wybod|wbod) (?:os|a) (?:\S+ ){1,3}?(?:hanes|record|gorffennol)\b|\b(?:ga i|alla i|fedra i|isio|eisiau) (?:checkio|tsiecio|gwirio) (?:fo|o|e|fe|hi|y boi|os (?:ydi|yw|ydy|di) \w+(?: \w+){0,3}(?:'n| yn) (?:saff|ddiogel))\b|\b(?:has|have|got) (?:a |any )?(?:history|record|past) of (?:violence|abuse|hitting|hittin|hurting|hurtin|beating|battering|violent)\b|"
    r"\b(?:gwirio|checkio|checio|tsiecio|tshecio|jecio) (?:fo|o|fe|e|hi|nhw) allan\b|\b(?:moyn|isio|isho|eisiau|ga i|alla i|fedra i) (?:checko|checkio|checio|tsiecio|gwirio|jecio) (?:cariad|gariad|partner|bartner|boi|boyfriend|gwr|wr)\b|\b(?:gwirio|checkio|checio|tsiecio|tshecio|jecio) (?:fo|o|fe|e|hi|nhw|e|y boi) (?:efo|gyda|hefo|trwy|drwy) ?(?:yr heddlu|'r heddlu|heddlu|police)\b|\b(?:alla i|ga i|fedra i|gallwn i|allwn i) (?:gwirio|checkio|checio|tsiecio|tshecio|jecio) (?:efo|gyda|hefo|trwy|drwy|â|a)(?:'r| yr)? ?(?:heddlu|police)\b|\b(?:ffeindio|ffindio|gael gwbod|cael gwybod) (?:allan |mas )?os (?:nath|wnaeth|naeth|ydi|yw) (?:e|o|fe|fo) (?:hyn|hynna|yr un peth|'r un peth)\b|\b(?:hanes|gorffennol|record) (?:fo|o|fe|e|hi|nhw|y boi|y dyn)\b|\b(?:ofyn|gofyn|holi) (?:i'?r|yr) heddlu (?:am|amdano|amdani|amdanyn)\w*\b|"
    r"\b(?:find out|find oot|fin oot|check|see|know) (?:if|whether) (?:my|me|ma|her|his) (?:new )?(?:partner|fella|boyfriend|girlfriend|bf|gf|man|husband|wife|lass|bloke|missus)(?:'?s| has| have| is| was| had)? (?:ever )?(?:been )?(?:violent|abusive|done for|charged|arrested)\b|" r"\bcheck(?:ing|in)? (?:out |up on )?(?:my|me|ma|our) (?:daughter|son|sister|brother|mum|mam|mom|dad|friend|mate|niece|nephew|cousin|granddaughter|grandson|auntie|aunt)'?s (?:new )?(?:partner|boyfriend|girlfriend|bf|gf|fella|husband|wife|fiance\w*|man|bloke)\b(?!'?s? (?:phone|messages|texts|location))|" r"\b(?:ofyn|gofyn|holi) i'?r heddlu (?:os|a)\b.{0,40}\b(?:o'?r blaen|dreisgar|treisgar|hanes|record|gorffennol)\b|"
    r"\b(?:brifo|frifo|curo|guro|taro|daro|cam-?drin|gam-?drin|hitio|bwrw|fwrw) (?:ei |i )?(?:ex|hex|gyn-?\w+|cyn-?\w+)(?: fo| o| fe| e| hi)?\b.*\b(?:ffeindio allan|cael gwbod|gael gwbod|gwbod yn siwr)\b"  # "ma rhywun di deud bod o di brifo ei ex. sut dwi'n ffeindio allan?"
)
# Small talk and unplaced messages a request for a person, or a line named, overrules.
_SMALL_TALK = frozenset({"nlu_fallback", "inform", "thank", "goodbye", "affirm", "deny", "greet", "out_of_scope"})


def asked_in_words(intent: Optional[str], lowered: str, unnamed_scheme_guess: bool) -> Optional[str]:
    """What a message's words ask for where the classifier's guess was a near miss, or None.
    ``unnamed_scheme_guess``: the classifier said Clare's Law, and no scheme is named."""
    if (intent in ("ask_cover_tracks", "nlu_fallback", "forget_conversation", "ask_safety_plan", "worried_about_someone") or unnamed_scheme_guess) and (REMOVE_APP.search(lowered) or CHECK_UNSEEN.search(lowered)):
        return "describe_tech_abuse"  # "ddylwn i jyst dileu'r app?": the answer says changes can be noticed
    if intent in ("goodbye", "thank", "affirm", "deny") and (WHAT_NOW.search(lowered) or GOES_BACK.search(lowered) or USELESS.search(lowered) or re.match(r"\W*(?:and |n |what about |wot about )?(?:at|during|over|in the) (?:night|nights|weekends?|evenings?)\b", lowered)) or intent == "skip" and (ANOTHER_WAY.search(lowered) or re.search(r"\b(?:how (?:do i|to|can i|would i)|just tell me how to) (?:get|apply for|start|do)\b", lowered)):
        return "nlu_fallback"  # "so be dwi fod i neud rwan": not a goodbye (answered in context)
    if intent in (*_SMALL_TALK, "bot_challenge") and re.fullmatch(r"\W*(?:(?:ok|okay|iawn|a|and|so),? )?(?:sut|how)\W*", lowered):
        return "nlu_fallback"  # "sut?", "ok how?": how, about the last answer (read in context)
    if intent in ("ask_privacy", "out_of_scope", *_SMALL_TALK) and re.search(r"\bis (?:that|it|this) (?:even |actually |really )?(?:illegal|a crime|against the law)\b|\b(?:ydi|ody|ydy|yw|di) (?:hwnna|hynna|hyn|hwn|o|e|fo|fe)(?:'n| yn) (?:erbyn y gyfraith|anghyfreithlon|drosedd)\b", lowered) and len(lowered.split()) <= 16:
        return "nlu_fallback"  # "is that illegal over here", after a description: the law (read in context)
    if intent == "forget_conversation" and re.search(r"\b(?:(?:whole |browser |browsing |search |internet |phone )?history|browsing|cookies|searches|hanes)\b|\bshould i (?:just )?(?:delete|clear|wipe|erase) (?:everything|it all|all of it)\b|\b(?:ddylen i|ddylwn i|dylwn i|ddylswn i) (?:jyst |just )?(?:dileu|ddileu|clirio|glirio|deletio) (?:popeth|bopeth|bob dim|y cwbl)\b", lowered) and not FORGET_NOW.search(lowered):
        return "ask_cover_tracks"  # "shld i just wipe my whole history then": the browser's, not this chat (clearing it can be noticed)
    if intent in ("nlu_fallback", "ask_privacy", "ask_cover_tracks") and FORGET_NOW.search(lowered):
        return "forget_conversation"  # "dwi isio dileu hwn i gyd rwan"
    if intent == "nlu_fallback" and YES_WITH_DETAIL.search(lowered) and len(lowered.split()) <= 10:
        return "affirm"  # "ie ma ofn fi arno fe weithie", to "do you ever feel afraid of them?"
    if intent in _SMALL_TALK and NUMBER_FOR.search(lowered) and len(lowered.split()) <= 12:
        return "ask_helpline"  # "sori, be oedd y rhif i ddynion eto?": the lines, for who they've said they are
    if intent in ("greet", "thank", "goodbye", "bot_challenge") and (LINE_QUESTION.search(lowered) or re.search(r"\boes (?:na |yna )?(?:rywle|rhywle|rywun|rhywun)\b", lowered)) and len(lowered.split()) <= 16:
        return "ask_helpline"  # "a oes na rywle iddi hi siarad ei hun heb fi yna?"
    if intent == "ask_helpline" and REPORT_ASKED.search(lowered) and not POLICE_IF_I_RING.search(lowered):
        return "ask_report_police"  # "want to report him but its not an emergency... what number do i ring"
    if intent in _SMALL_TALK and HUMAN_ASKED.search(lowered):
        return "request_human"  # "ok diolch. dwi jyst isio siarad efo rywun go iawn heno"
    if (intent in _SMALL_TALK | {"worried_about_someone"} or unnamed_scheme_guess) and AUDIENCE_QUESTION.search(lowered) and len(lowered.split()) <= 16:
        return "ask_helpline"  # "is it only for asian girls tho": the lines, each saying who it is for
    if (unnamed_scheme_guess or intent in _SMALL_TALK | {"ask_capabilities"}) and TALK_TO_SOMEONE.search(lowered) and len(lowered.split()) <= 16:
        return "ask_helpline"  # "ok a os dwi angen siarad efo rhywun am y peth"
    if (unnamed_scheme_guess or intent == "ask_capabilities") and len(lowered.split()) <= 10 and WHAT_CAN_I_DO.search(lowered):
        return "nlu_fallback"  # "ok so what can i actually do then", after the friend's answer: read in context
    if intent in _SMALL_TALK and re.search(r"\bhow long\b|\bpa mor (?:hir|gyflym|fuan)\b|\bfaint o amser\b|\bhow much\b|\bfaint (?:mae|ma|ydi)'?n (?:gostio|costio)\b", lowered) and len(lowered.split()) <= 12 and not topic_intent(lowered):
        return "nlu_fallback"  # "ok diolch. pa mor hir?": how long the last answer's process takes (read in context)
    if unnamed_scheme_guess and WHAT_HAPPENS_NEXT.search(lowered) and not re.search(r"\bhow long\b|\bfaint o amser\b", lowered) and len(lowered.split()) <= 5:
        return "nlu_fallback"  # "be sy'n digwydd wedyn?", after Ask for ANI: that answer's next step (read in context; Clare's steps after Clare's Law)
    if (intent == "clares_law_confidentiality" or unnamed_scheme_guess) and WHO_DECIDES.search(lowered) and len(lowered.split()) <= 12:
        return "nlu_fallback"  # "who decides it, me or them": the panel after Clare's Law, the magistrates after the police's notice (read in context)
    if intent == "clares_law_confidentiality" and WHAT_HAPPENS_NEXT.search(lowered) or (unnamed_scheme_guess or intent == "nlu_fallback") and SHARE_WHAT_TOLD.search(lowered):
        return "clares_law_confidentiality" if SHARE_WHAT_TOLD.search(lowered) else "clares_law_process"  # "ok and wot happens after, do i get a letter through or summat"; "can i tell me mam what they said"
    if intent in ("nlu_fallback", "out_of_scope", "ask_capabilities") and OWN_RECORD.search(lowered):
        return "ask_clares_law"  # "she says she wants to check if ive got a record, can she do that": the scheme, which she may use
    if intent == "nlu_fallback" and re.search(r"\b(?:mor |cymaint |gymaint |jyst |just |wir yn |really |so )(?:poeni|becso|gofidio|worried) (?:amdani|amdano|amdanyn|about (?:her|him|them))\b|\b(?:is it|its|it'?s) (?:even |really )?(?:my place|my business)\b", lowered) and len(lowered.split()) <= 10:
        return "worried_about_someone"  # "dwi jyst mor poeni amdani", after the scheme for a daughter: how to help her
    if intent in ("worried_about_someone", "nlu_fallback", "ask_children", "ask_helpline", "inform", "ask_is_this_abuse", "ask_what_is_abuse") and CHECK_THEM_OUT.search(lowered) and not PRIVACY_WORDS.search(lowered):
        return "clares_law_apply" if re.match(r"(?:can|could|how do|how can|should) i check if (?:my|me|ma) (?:new )?\w+ (?:has|have|got)\b", lowered) or not FOR_SOMEONE.search(lowered) and re.search(r"\bcan i check (?:him|her|them) out\b", lowered) and not re.search(r"\b(?:her|his|their) (?:new )?(?:boyfriend|girlfriend|bf|gf|partner|fella|husband|wife)\b|\b(?:my|me|ma) (?:mate|friend|pal|sister|daughter|son|mum|mam|dad|brother|niece|cousin|nan|gran)\w*\b", lowered) else "clares_law_someone_else"  # "my granddaughter is 19 and her fiance has a shocking temper. can i check him out"
    if intent in ("thank", "goodbye", "affirm", "bot_challenge", "ask_capabilities", "greet") and len(lowered.split()) <= 12 and (PlaceMatcher.from_path().find(lowered) or shared_name_nations(lowered)):
        return "inform"  # "ok diolch. fi yn abertawe", "fi'n byw yn rhydaman, oes rhwbeth yng nghymru?": where, for the last answer
    if (intent == "out_of_scope" and (COST_ASKED.search(lowered) or re.search(r"\bhow (?:do i|to|can i) (?:get|apply for) (?:one|it)\b", lowered)) or unnamed_scheme_guess and (URGENT_IF.search(lowered) or SAID_IT_NEXT.search(lowered) or NOT_READY.search(lowered) or PILOT_WORDS.search(lowered) or re.search(r"\b(?:allowed|let) back\b|\bwalks? (?:straight )?back in\b", lowered))
            or intent == "ask_privacy" and ID_ASKED.search(lowered)) and len(lowered.split()) <= 12:
        return "nlu_fallback"  # "is it gonna cost me, im on uc", after the orders: read in context
    if intent in ("out_of_scope", "ask_capabilities") and RESET_IT.search(lowered) and len(lowered.split()) <= 10:
        return "nlu_fallback"  # "should i just factory reset it", after the tech answer: read in context
    if intent in ("ask_privacy", "bot_challenge", *_SMALL_TALK) and JUST_SAY.search(lowered) and len(lowered.split()) <= 8:
        return "nlu_fallback"  # "c'mon ti'n gwbod, jyst deud" after "I can't check a record"
    if (unnamed_scheme_guess or intent in _SMALL_TALK) and OPEN_ASKED.search(lowered) and len(lowered.split()) <= 10:
        return "ask_helpline"  # "ydyn nhw'n agored heno?" after Respect's line: the lines, with their hours
    if (intent in ("ask_helpline", "ask_report_police", "bot_challenge", "ask_capabilities", "ask_cover_tracks", "describe_tech_abuse", *_SMALL_TALK) or unnamed_scheme_guess or intent not in ("danger_now", "self_harm") and re.search(r"\bwhen (?:they|someone|the police|999) (?:answer|picks? up)\b", lowered)) and SILENT_CALL.search(lowered) and not FOR_LATER.search(lowered) and not SPEECH_NOT_AN_EMERGENCY.search(lowered):
        return "danger_now"  # "what do i do if i cant speak when i ring": stay silent, press 55
    if (unnamed_scheme_guess or intent in _SMALL_TALK) and named_services(lowered):
        return "ask_helpline"  # "ydi galop yn siarad efo merched hefyd?": the lines, the named one first
    if (intent or "").startswith(("describe_", "male_victim")) and named_services(lowered) and "?" in lowered and len(lowered.split()) <= 16:
        return "ask_helpline"  # "dwi'n byw yn y bala. ydi galop yn helpu pobl yng nghymru hefyd?"
    return None

# A question about the writer's own phone or password ("should i change my password then"): never a
# request to watch someone, whatever the classifier heard.
OWN_DEVICE = re.compile(r"\b(?:my|me) (?:own )?(?:password|passwords|passcode|pin|phone|account|icloud|email|laptop|settings|location)\b|\bfy (?:nghyfrinair|ffon|ffôn|cyfrif)\b")
THEIRS = re.compile(r"\b(?:her|his|their|hers|him|them|ei)\b")

# Asking about someone's past (the disclosure scheme's question), not describing the present.
PAST_ASKED = re.compile(
    r"\b(?:past|history|before|previous\w*|record|records|exes|ex'?s|last (?:girlfriend|boyfriend|partner|relationship|wife|husband)|"
    r"been violent|done (?:it|this|that) before|find out|check (?:him|her|up|on)|ask about|asking about|police|clare\w*|disclos\w*|scheme|dvds|apply|form|"
    r"(?:ei|i) (?:ex|hex|gyn|cyn|gariad dwetha|chariad dwetha)|ffeindio allan|cael gwbod|gael gwbod|(?:o|r|'r) blaen|hanes|heddlu)\b"
)
