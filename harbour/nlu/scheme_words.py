"""A guess the words say is something else: an order compared with the scheme, this chat kept from someone, a disclosure's
handling, an older person's abuse told by someone under 60.

Pure (no Rasa import); read by the profile extractor at prediction time only, never by training.
"""
from __future__ import annotations

import re
from typing import Optional

from harbour.abuse_forms import forms_in
from harbour.nlu.access_words import TEXT_ONLY
from harbour.nlu.asked_words import MAKE_ME_REPORT, POLICE_IF_I_RING, REPEAT_ASKED, SCHEME_NAMED, SHE_CAN_TOO, SILENT_IF, THIS_CHAT_GONE, THIS_CHAT_KEPT
from harbour.nlu.partner_words import SCHEME_ON_ME
from harbour.nlu.topic_words import LINE_QUESTION, PRIVACY_WORDS, WHAT_NOW, WHO_IS_TOLD, WORRIED_WORDS, topic_intent
from harbour.vocab import SCHEME_INTENTS

# A disclosure by the police, had or hoped for ("if police tell me about his past", "what they find", "got told stuff
# about ma partner under dsdas") ...
_DISCLOSED = re.compile(
    r"\b(?:police|psni|cops|they|the officer)\b.{0,30}\b(?:tell|tells|told|give|gives|gave|share|shares|shared|find|finds|found|say|says|said|disclose\w*)\b"
    r".{0,30}\b(?:about (?:him|her|his|my|ma|me|their)|his past|her past|anything|info|information|stuff|summat|owt|something|has form|has a record|has previous)\b|"
    r"\b(?:what|wot|anything|stuff|info|information) (?:they|the police|police|psni) (?:find|found|tell|told|say|said|give|gave|share|shared)\b|"
    r"\b(?:got|been|was|were) told (?:stuff|things|something|summat|info|information) about\b|\bunder (?:dsdas|dvads|dvds|clare'?s law|claires law)\b"
)
# ... and what may be done with it: written down, sent, shown or told to someone, thrown in his face.
_KEPT_OR_PASSED_ON = re.compile(
    r"\be-?mail\b|\bsend (?:it|them|me)\b|\bshow (?:my|me|ma|the|a|our) \w+|\b(?:throw|rub) it in\b|\b(?:can|could|should) (?:i|she|he|they|we) (?:not )?(?:just )?(?:tell|show) (?:my|ma|me|a|our|her|his|their|the) \w+|"
    r"\btell (?:the rest of (?:the|my) family|everyone|(?:his|her) (?:boss|work|family|mum|mam))\b|\bget (?:him|her) sacked\b|"
    r"\bwr(?:i|o)te? (?:it|that|this) down\b|\bin writing\b|\bletter\b|\bconfront\w*\b|\bface (?:him|her)\b|\bhave it out\b|\b(?:discuss|mention|raise|bring up) (?:it|this|that|them|what they say) (?:with|to)\b|\bbring it up with\b"
)

# The writer's own age under 60 ("my son... takes money out my purse. im 58"), with no older person named: family abuse,
# not the older people's line.
_OWN_AGE = re.compile(r"\b(?:i'?m|im|i am|am|aged)\s+(?:only\s+)?(?P<n>[1-5]\d)\b(?!\s*(?:weeks?|months?|days?|mins?|minutes?|hours?|%|quid|pounds?))")
_OLDER_NAMED = re.compile(r"\b(?:[6-9]\d|1[01]\d)\b|\b(?:nan|nana|nanna|nain|gran|granny|grandma|grandad|grandpa|granda|elderly|pension|pensioner|oap|dementia|retired)\b")
# "is there owt for blokes an all": the lines, for who they said they are (not the scheme the classifier heard).
_FOR_WHO = re.compile(r"\bis there (?:owt|aught|anything|anythin|summat|something|somethin|anyone|anybody|any help|any support|a line|a number|a helpline|help|support|a service)(?: \w+)? for "
                      r"(?:men|blokes|lads|guys|males|fellas|dads|a bloke|a man|a lad|a guy|gay \w+|lgbt\w*|trans \w+|older \w+|old \w+|young \w+|teenagers|kids)\b")
# Nothing in a description says anyone is older ("im disabled n my partner is my carer. she wont give me my meds"):
# what it is, named, not the older people's answer the classifier heard in "carer".
# (an age or older relative named, as above, or a parent, a decade or "care home")
_OLDER_SIGNS = re.compile(_OLDER_NAMED.pattern + r"|\b(?:old|older|pension\w*|grandparents?|mum|mam|mom|mother|dad|father|da(?! ni| chi| iawn| iawn)|parents?|aged?|(?:60|70|80|90)s|"
                          r"sixties|seventies|eighties|nineties|care home|alzheimer\w*|hen|henoed|taid|tad|nhad|pensiwn|oed|oedran)\b")
# Checking someone is all right ("can i ring someone just to check shes ok"): their wellbeing, not a record.
_CHECK_OK = re.compile(r"\bcheck (?:if |whether |that |on )?(?:shes|she'?s|she is|hes|he'?s|he is|theyre|they'?re|they are|her|him|them|(?:my|our|me) \w+(?: is| are|'s|s)?) (?:ok|okay|alright|all right|safe|fine|well)\b")
# Pressing after a refusal: "ti'n siwr bo ti ffaelu jyst checkio?", "are you sure you cant just check" (the refusal, again).
_SURE_YOU_CANT = re.compile(r"\b(?:ti'?n|wyt ti'?n|chi'?n|are (?:you|u)|r u) (?:siwr|sure)\b.{0,20}\b(?:ffaelu|methu|ddim yn gallu|cant|can'?t|cannot)\b")
# An LGBT+ guess with nothing of a partner, a gender or LGBT+ in it ("she'll go mental if she finds out tho", after the
# scheme): read in context.
_LGBT_OR_PARTNER = re.compile(
    r"\b(?:gay|lesbian|bi|bisexual|trans|transgender|queer|lgbt\w*|non[- ]?binary|enby|same[- ]sex|out (?:me|him|her)|outing|coming out|"
    r"girlfriend|gf|boyfriend|bf|wife|husband|partner|missus|fella|hoyw|lesbiad|deurywiol|traws|cariad|gwraig|gwr|partneriaid)\b"
)
# "my english not so good", after an answer: the lines for them (several have interpreters), not "I can't help with that".
_LITTLE_ENGLISH = re.compile(
    r"\b(?:my|me) english (?:is |not |isn'?t |no )*(?:not|no|bad|poor|little|very bad|so bad|not so good|not good)\b|"
    r"\b(?:i|me) (?:dont|don'?t|do not|no|cannot|cant|can'?t) speak (?:good |much |very good |very well |well )?english\b|\b(?:bad|poor|little) english\b"
)
# Applied for someone else ("i applied about my mates bf. police wont tell me anything"): who is told.
_APPLIED_FOR_THEM = re.compile(r"\b(?:applied|asked|apply|ask|applying|asking) (?:about|for|on behalf of) (?:my|me|ma|our|a) (?:mates?|friends?|pals?|sisters?|brothers?|daughters?|sons?|mums?|mams?|dads?|cousins?|nieces?|nephews?|granddaughters?)\b")
# "what do i actually say to them", after Ask for ANI: what to say there (read in context), not a worried friend's question.
_WHAT_DO_I_SAY = re.compile(r"\W*(?:ok |so |and |but )?(?:what|wot|wat) (?:do|should|would|shall) i (?:even |actually |just )?say(?: to (?:them|her|him|the staff|staff|the pharmacist))?\W*")
# "my new fella got arrested years back for summat... can i find out": his past, through the scheme.
_HIS_PAST = re.compile(r"\b(?:arrested|record|convicted|conviction|done for|prison|jail|inside for|charged)\b|\b(?:partner|boyfriend|girlfriend|bloke|fella|husband|wife|guy|man)'?s (?:past|history)\b|"
                       r"\b(?:has|have|had|hes|he'?s|shes|she'?s|ever|he|she) (?:ever )?(?:hit|hurt|beat|beaten|battered|abused|attacked|been violent to|been abusive to) (?:women|woman|girls|a woman|a girl|men|anyone|people|partners|(?:his|her) (?:first |last |previous |old |former )?(?:ex\w*|wife|husband|girlfriend|boyfriend|partner))\b|"
                       r"\b(?:di|wedi) (?:hitio|taro|curo|brifo|cam-drin|gam-drin|bwrw)(?:'i| ei)? (?:ex|gyn|cyn|gariad|gwraig|wraig)\b")
_CAN_I_FIND_OUT = re.compile(r"\b(?:can|could|how (?:do|can|could) i|is there a way to|any way to) (?:i )?(?:find out|check|know|see)\b|\b(?:can|could) (?:you|u|i|we) ask the police about\b|\b(?:fedra i|alla i|ga i|sut (?:dwi'?n|alla i|fedra i)) (?:ffeindio allan|ffindio allan|gael gwybod|gael gwbod|checkio|tsiecio|gwirio|holi)\b")
# Someone else's age, asked of what was just said ("shes 17 is that ok", "hes only 16 does that matter"): read in context.
AGE_OK = re.compile(r"\W*(?:and |but |ok |so )?(?:she|he|they)(?:'?s| is| are|'re)? (?:only |just )?(?P<n>\d{1,2})(?: years old| yrs| yo)?,? (?:is that|does that|would that|will that|is she|is he|are they)? ?(?:ok|okay|alright|matter|a problem|too young|old enough|still ok|allowed)\W*")
# Shame, said after telling what was done ("i feel disgusting"): never the own-behaviour line (answered in context).
SHAMED = re.compile(r"\W*(?:and |but |honestly |tbh |i just |just )?(?:i )?(?:feel|feel so|feel really|feel that|am|'?m|m) (?:so |really |just |proper |well )?(?:disgusting|disgusted with myself|dirty|ashamed|used|gross|embarrassed|humiliated|like (?:it'?s|its|it is) my fault)\W*(?:tbh|honestly|x+)?\W*")
# What a scheme guess needs one of to be about the scheme: without any, a description ("actually can i ask about me. my
# husband reads all my texts") is what it describes.
_SCHEME_SIGNS = re.compile(r"\b(?:record|past|history|police|polis|psni|check\w*|warn\w*|find out|find oot|(?:his|her|their) ex(?:es|s)?|before|previous\w*|clare'?s|claire'?s|disclos\w*|dvds|dsdas|dvads|apply\w*|application|"
                           r"ask (?:the police|about (?:him|her|them|his|my (?:new )?\w+))|o'?r blaen|heddlu|hanes|gorffennol|cofnod|gofyn|ofyn|holi|cais|datgel\w*|gwirio|checkio|tsiecio)\b")
# Who they are, asked of what was just said ("im a man too, does that matter for it", "does it work for men"): in context.
GENDER_OK = re.compile(r"\b(?:i'?m|im|i am) (?:a |an )?(?:man|bloke|guy|lad|fella|woman|girl|lass)\b.{0,40}\b(?:does|will|would|do|can) (?:it|that|this|they) (?:still )?(?:matter|work|apply|count|help)\b(?: for (?:men|women|blokes|lads))?")
# A question about this chat or what someone can see or find out (not "he goes through my phone too", told).
_ASKED_OF_THIS = re.compile(r"\?|\b(?:this|here|chat|convo|site|app|harbour|hwn|hyn|yma|sgwrs|see|seen|find out|know|gweld|weld|gwbod|wybod|ffeindio|how|sut|delete|clear|hide|dileu|clirio|cuddio)\b")
# A crisis, a refusal or someone's own behaviour is answered as that.
_NOT_ABOUT_IT = frozenset({"danger_now", "self_harm", "ask_locate_person", "ask_monitor_someone", "ask_check_person", "worried_own_behaviour"})
# An order compared with the scheme: "is an injunction the same thing as clares law?"
ORDER_COMPARED = re.compile(
    r"\b(?:injunction|non[- ]?molestation|restraining order|protection order|occupation order|dvpo|dvpn|dapo|court order|gorchymyn)\b"
    r".{0,40}\b(?:same|difference|different|versus|vs|or)\b|\b(?:same|difference|different)\b.{0,40}\b(?:injunction|non[- ]?molestation|restraining order|protection order|court order|gorchymyn)\b"
)


# A relative or friend of the writer ("my sister", "me daughter"), the one a scheme question may be for.
_KIN = r"\b(?:my|me|our) (?:\w+ )?(?:sister|brother|mum|mam|dad|daughter|son|friend|mate|niece|nephew|cousin|aunt\w*|gran\w*|nan)"
# Having applied and asking what comes next: "applied for clares law on my boyfriend yesterday. merthyr. what happens now like"
APPLIED_WHAT_NOW = re.compile(r"\b(?:applied|put in|put a request in|submitted|filled (?:in|out) the form|sent (?:off )?the form)\b.{0,80}\bwhat (?:happens|now|next)\b|"
                              r"\bwhat happens (?:now|next)\b.{0,40}\b(?:i'?ve|ive|i have|i) (?:applied|put in|submitted)\b")


# "my best mate is trans and her boyfriend controls what she wears... i want to go round and have it out with him": a friend's question
_CONFRONT = re.compile(r"\b(?:have it (?:out|oot) with|confront|sort (?:him|her|them) out|go round (?:there|his|hers|and)|batter (?:him|her))\b|"
                       r"\b(?:mynd draw|mynd rownd|mynd yna|mynd 'na|fynd draw|fynd rownd) (?:a|ac|i) (?:deud|dweud|gweud|ddeud|ddweud|weud|sortio|wynebu|herio)\b|\b(?:deud|dweud|gweud) wrtho (?:fo|o|fe|e) (?:lle|ble) i fynd\b|\b(?:wynebu|herio|sortio) (?:fo|o|fe|e)\b|\brhoi llond ceg\b|"
                       # "ddylen i weud wrth ei gwr hi bo fi'n gwbod?", "should i tell her husband i know"
                       r"\b(?:ddylen i|ddylwn i|dylwn i|ddylswn i|ga i|should i) (?:weud|ddweud|ddeud|siarad|tell|talk to|say something to) (?:wrth |efo |gyda |â |a )?(?:ei |her |his )(?:gwr|wr|wraig|chariad|gariad|phartner|bartner|husband|wife|boyfriend|girlfriend|partner|fella)\b")
# "but why doesnt she just leave him??", "pam dydi hi ddim jyst yn gadael o": the friend's answer (leaving is hers to decide)
_WHY_NOT_LEAVE = re.compile(r"\b(?:she|he|they|my \w+) (?:wont|won'?t|will not|refuses to|doesnt want to|doesn'?t want to|does not want to) leave (?:him|her|them)\b(?! alone)|\bwhy (?:does(?:nt|n'?t| not)|wont|won'?t|will not|cant|can'?t|can not|cannot|would(?:nt|n'?t| not)|did(?:nt|n'?t| not)|do(?:nt|n'?t| not)|has(?:nt|n'?t| not)) (?:she|he|they|my \w+)(?: just| ever)? (?:leave|go|get out|walk away|kick (?:him|her|them) out)\b|"
                            r"\bpam (?:dydi|dyw|smo|nad yw|nad ydy|dydy|na|nath|dydio) (?:hi|o|fo|e|fe)(?: ddim)?(?: jyst| jest)? (?:yn )?(?:gadael|adael|mynd)\b")
# "fysa fo byth yn cyfadda... dwi'm isio ypsetio mam", "she'll never admit it": how to support someone who denies it (the friend's answer)
_WONT_ADMIT = re.compile(r"\b(?:byth|never|ddim|dim|not|wont|won'?t|would(?:nt|n'?t)|refuses to)(?: yn| n)? (?:cyfadda|cyfaddef|gyfadda|gyfaddef|admit|own up)\b")
# "ie fi sy'n cael hyn, fi'n 23", "yeah its me its happening to": who it happens to, told after an answer (the lines for them)
_HAPPENS_TO_ME = re.compile(r"\bfi sy'?n (?:cael|ca'?l|gal|gael|diodde\w*) (?:hyn|hynna|hwn|hyna)\b|\b(?:i fi|i mi) (?:mae|ma) (?:hyn|hynna|o|e) (?:yn )?digwydd\b|\b(?:it'?s|its|it is) (?:me|happening to me)\b(?! (?:who|that) (?:does|did|is doing))|\bit'?s me (?:it'?s|its) happening to\b")
# Finding out about someone's past, in Welsh: how, with a past named (jail, a record, an ex)
_FIND_OUT_CY = re.compile(r"\b(?:sut|shwt|shw|oes (?:na |'na )?ffordd i) (?:dwi'?n |dw i'?n |fi'?n |alla i |fedra i |ga i |galla i |ma |mae )?(?:ffendio|ffeindio|ffindio|ffeindo|cael gwbod|cael gwybod|gael gwbod|gael gwybod|checkio|tsiecio) ?(?:allan|mas)?")
_PAST_CY = re.compile(r"\b(?:jel|jail|carchar|record|hanes|o'?r blaen|ex|guro ex|curo ex|cyn-?(?:gariad|bartner|wraig|wr))\b")
# The writer's own partner ("boyfriend newydd fi", "my new bf"), and someone who told them to ask ("mate fi'n deud", "my mum said")
_OWN_PARTNER = re.compile(r"\b(?:my|fy|me) (?:new |newydd )?(?:boyfriend|girlfriend|bf|gf|partner|fella|fiance|fiancee)\b|\b(?:boyfriend|girlfriend|bf|gf|partner|cariad|gariad|nghariad) (?:newydd )?(?:fi|i)\b")
_ADVISED = re.compile(r"\b(?:mate|mates|friend|friends|ffrind|ffrindiau|mam|mum|sister|chwaer|pals?)(?: fi| i)?(?:'n| yn| is| are)? (?:says|said|deud|dweud|gweud|reckons|thinks|told me|keeps saying|wedi deud|di deud)\b")
_FAMILY_CY = re.compile(r"\b(?:mam|nhad|dad|tad|chwaer|brawd|mrawd|ffrind|nain|taid|mam-gu|tad-cu)\b")
COURT_FEAR = re.compile(r"\b(?:giv(?:e|ing) evidence|be a witness|crown court|magistrates'? court|the trial|court case|court date)\b.{0,60}\b(?:scared|terrified|nervous|worried|afraid|dreading|frightened|bricking it|panicking)\b|"
                        r"\b(?:scared|terrified|nervous|worried|afraid|dreading|frightened) (?:of|about) (?:going to court|giving evidence|the trial|court)\b")
_SAFE_WITH_HIM = re.compile(r"\b(?:isho|isio|eisiau|moyn|ishe|want|wanna|need) (?:to )?(?:gwbod|gwybod|wbod|wybod|know) (?:os|if|whether) (?:dw i'?n|dwi'?n|fi'?n|i'?m|im|i am|i'?d be|i would be|i'?ll be|i will be) (?:saff|diogel|ddiogel|safe)(?: (?:with|efo|gyda|hefo) (?:him|her|o|fo|e|fe|hi))?(?=\W*$|[,.!?]| (?:with|efo|gyda|hefo|around|or)\b)")
_ABOUT_THE_DEVICE = re.compile(r"\bwhat (?:should|can|do|shall|would) i do (?:about|with) (?:the|my|this|that|his|her) (?:tablet|ipad|phone|laptop|computer|app|tracker|airtag|spyware|kindle)\b")


def first_reading(intent: Optional[str], lowered: str) -> Optional[str]:
    """What the words say before any topic word is read (each rule narrow; None where none fires)."""
    if intent in ("ask_report_police", "ask_clares_law", "clares_law_apply", "nlu_fallback", "describe_tech_abuse") and re.search(r"\b(?:put|installed|got|hidden|hid) (?:something|summat|an app|spyware|a tracker|an airtag|tracking) (?:on|in) (?:my|me) (?:phone|car|laptop|ipad|tablet)\b", lowered):
        return "describe_tech_abuse"  # "police took his phone for evidence but he still knew i went to the station. i think hes put something on my phone"
    if intent in SCHEME_INTENTS and re.match(r"^\W*(?:(?:its|it'?s|it is) )?for (?:me|myself)\b", lowered) and not re.search(r"\b(?:will|would|does|do|can|could|how|what|when|who|why|find out|told|tell|know|long|if)\b", lowered):
        return "clares_law_apply"  # "its for me. police have been round before for him", to who the scheme is for: how to apply
    return None


def guess_instead(intent: Optional[str], lowered: str, unnamed: bool) -> Optional[str]:
    """What a guess the words say is something else should be answered as, or None (``unnamed``: the classifier
    said Clare's Law and no scheme is named). Each rule is narrow: the classifier's guess stands wherever none fires."""
    if intent in SCHEME_INTENTS and re.search(r"\b(?:alla i|ga i|fedra i|galla i) (?:ffeindio allan|ffindo mas|ffeindio mas|gael gwybod|cael gwybod|gal gwbod|gael gwbod) (?:be|beth) (?:nath|wnaeth|naeth|ma|mae) (?:o|e|fo|fe|hi)\b", lowered):
        return "clares_law_someone_else" if re.search(r"\b(?:ffrind|chwaer|brawd|merch|mab|mam|nith|cyfnither)\b", lowered) else "ask_clares_law"  # "ffrind gore fi... efo boi sy di bod yn jail... alla i ffeindio allan be nath o?"
    if intent == "clares_law_someone_else" and _OWN_PARTNER.search(lowered) and _ADVISED.search(lowered) and not re.search(r"\b(?:for her|for him|on (?:her|his) behalf|ar ei rhan|ar ei ran|drosti|drosto)\b", lowered):
        return "ask_clares_law"  # "mate fi'n deud dyliwn i neud un am boyfriend newydd fi": the scheme for them, a friend's advice
    if intent == "ask_safety_plan" and len(lowered.split()) <= 8 and re.search(r"\b(?:shwt|sut|shw|how) (?:ma |mae |dw i'?n |dwi'?n |fi'?n |alla i |do i |can i |would i )?(?:neud|gwneud|wneud|do) (?:hwnna|hynna|hynny|that|it|this)\b", lowered):
        return "nlu_fallback"  # "ok shwt ma neud hwnna te?", after the scheme: how to do what was just said (read in context)
    if intent in ("clares_law_apply", "ask_clares_law") and re.search(r"\b(?:what|wot|wat) (?:actually |really |exactly )?happens (?:after|once|when) (?:you|ye|u|i|we|they|she|he)(?: have| 've)? (?:apply|applied|ask|asked|put (?:it )?in|make)\b", lowered):
        return "clares_law_process"  # "what actually happens after ye apply for the scottish disclosure scheme": the steps
    if intent not in ("danger_now", "self_harm", "ask_locate_person", "ask_monitor_someone", "ask_check_person") and _FIND_OUT_CY.search(lowered) and _PAST_CY.search(lowered):
        # "ma'r hogan fi di dechra canlyn efo boi... sy di bod yn jel am guro ex. sut dwi'n ffendio allan?": the scheme, for her
        return "clares_law_someone_else" if re.search(r"\b(?:hogan|merch|ferch|mab|fab|chwaer|mrawd|brawd|ffrind|nith|wyres|mam|croten|crwt)(?: fi| i)?\b", lowered) else "ask_clares_law"
    if (intent not in ("danger_now", "self_harm") and _WHY_NOT_LEAVE.search(lowered) or intent == "ask_safety_plan" and WORRIED_WORDS.search(lowered)
            or (intent in ("ask_safety_plan", "worried_about_someone") or unnamed) and _CONFRONT.search(lowered)
            and (re.search(_KIN + r"'?s?\b", lowered) or not re.search(r"\b(?:me|my|i am|im|i'?m|safe|saff|diogel)\b", lowered))):
        # "dylwn i dweud wrthi hi i gadael e?", "but why doesnt she just leave him??": leaving is her decision (the friend's answer);
        # "i want to go round and have it out with him", from someone worried: don't confront, first
        return "worried_about_someone"
    if unnamed and _HAPPENS_TO_ME.search(lowered) and not _SCHEME_SIGNS.search(lowered):
        return "ask_helpline"  # "ie fi sy'n cael hyn, fi'n 23", after the stalking answer: the lines for them
    if unnamed and _WONT_ADMIT.search(lowered) and (re.search(_KIN + r"'?s?\b", lowered) or _FAMILY_CY.search(lowered)):
        return "worried_about_someone"  # "fysa fo byth yn cyfadda, dyn balch di o. a dwi'm isio ypsetio mam chwaith"
    if intent == "describe_older_person_abuse" and re.search(r"\b(?:my|me) (?:husband|hubby|wife|partner|saas|sas)\b", lowered) and not re.search(
            r"\b(?:[6-9]\d|pension\w*|elderly|older|old age|retired|gran\w*|nan\w*|grand\w*|carer|care home|my (?:mum|mam|mother|dad|father|son|daughter)\b)", lowered):
        return "ask_what_is_abuse"  # "my saas and my husband keep my passport... normal for daughter in law": a young wife, not an older person
    if intent == "nlu_fallback" and re.search(r"\b(?:ydy|ydi|yw|di|ody|odi) (?:o|e|hi|hwnna|hynna)'?r un (?:peth|fath|drefn|cynllun)\b", lowered) and len(lowered.split()) <= 20:
        return "inform"  # "a be os dw i nol adra yn gaernarfon dros yr haf, ydy o'r un peth?": the last answer, for where they'll be
    if intent in ("ask_privacy", "ask_cover_tracks", "forget_conversation", "ask_capabilities", "bot_challenge", "nlu_fallback", "inform", "greet", "thank") and REPEAT_ASKED.search(lowered) and not PRIVACY_WORDS.search(lowered):
        return "nlu_fallback"  # "sorry what was it again i didnt have a pen": the last answer's lines again (read in context)
    if intent == "forget_conversation" and not re.search(r"\b(?:forget|forgot|delete|clear|wipe|erase|get rid|remove|anghofio|anghofia|dileu|clirio|cael gwared)\b", lowered):
        return "ask_privacy"  # "and this chat", after covering tracks: what Harbour keeps, never forgetting unasked
    if intent in ("ask_cover_tracks", "nlu_fallback", "describe_lgbt_abuse", "describe_tech_abuse") and THIS_CHAT_GONE.search(lowered):
        return "ask_privacy"  # "will he be able to see ive been on here? how do i get rid of this convo": nothing kept, "forget", and the device
    if intent not in _NOT_ABOUT_IT and (len(lowered.split()) <= 16 or THIS_CHAT_KEPT.search(lowered[:60])) and THIS_CHAT_KEPT.search(lowered):
        return "ask_privacy"  # "this chat is saved somewhere? my husband check my phone every night", "a be am y chat ma, odi fe'n cael ei gadw"
    if intent in SCHEME_INTENTS and PRIVACY_WORDS.search(lowered) and re.search(r"\b(?:saved|stored|kept|recorded|logged|chat|this)\b", lowered) and not WHO_IS_TOLD.search(lowered):
        return "ask_privacy"  # "does this chat get saved anywhere? dont want him seein i asked about clares law": this chat
    if intent not in _NOT_ABOUT_IT and intent not in SCHEME_INTENTS and re.search(
            r"\b(?:shwt|sut) (?:ma|mae|dw i'?n|dwi'?n|fi'?n|alla i|galla i|ga i|fedra i) (?:gofyn|holi|ofyn) (?:i'?r|i) heddlu(?: (?:te|ta|then|amdano|amdani|am (?:ei|y) (?:hanes|gorffennol)))?\W*$", lowered):
        return "ask_clares_law"  # "ma ofn arna i weithie pan ma fe'n yfed. shwt ma gofyn i'r heddlu te?", after a record refused: the scheme
    if intent in SCHEME_INTENTS and re.search(r"\bwithout (?:him|her|them) (?:seeing|seein|knowing|knowin|noticing|finding out)\b", lowered) and re.search(r"\b(?:laptop|computer|phone|tablet|ipad|history|browser|device|share|shared)\b", lowered):
        return "ask_cover_tracks"  # "we share a laptop. how do i look at the dvads form without him seein i was on it": the device
    if intent not in _NOT_ABOUT_IT and re.search(r"\b(?:apply|applied|applying|goin to apply|going to apply|gonna apply|did|done|do) (?:for )?" + SCHEME_ON_ME, lowered):
        return "worried_own_behaviour"  # "she says shes goin to apply for dsdas about me. can i find out what they tell her": Respect's line
    if unnamed and re.search(r"\b(?:can|could|am) i (?:still |even |also )?(?:allowed to )?(?:ring|call|phone|text|contact|talk to|speak to) (?:them|it|they|someone|a helpline|the helpline|that number|that line)\b", lowered):
        return "ask_helpline"  # "im only 14 can i still ring them", after the lines: the lines for them, not the scheme's age
    if intent in ("ask_capabilities", "nlu_fallback", "greet", "request_human") and re.search(r"\b(?:bot|robot)\b.{0,12}\b(?:di hwn|ydi hwn|yw hwn|wyt ti|ti)\b|\b(?:di|ydi|yw) hwn (?:yn )?(?:fot|bot|robot)\b|\b(?:wyt ti|ti)(?:'n| yn) (?:fot|bot|robot|berson go iawn|person go iawn)\b", lowered):
        return "bot_challenge"  # "bot di hwn ia?": a bot, said plainly
    if ((intent or "").startswith("describe_") or intent in ("ask_what_is_abuse", "ask_is_this_abuse")) and re.search(r"\bhow (?:do|can|could|would|should) i (?:report|tell the police about|go to the police about)\b", lowered):
        return "ask_report_police"  # "how do i report my grandson for taking money out my account": how to report, with what it is named
    if intent in SCHEME_INTENTS and ORDER_COMPARED.search(lowered):
        return "ask_protective_order"  # "is an injunction the same thing as clares law? plymouth": the orders, told apart
    if intent not in _NOT_ABOUT_IT and _DISCLOSED.search(lowered) and _KEPT_OR_PASSED_ON.search(lowered):
        return "clares_law_confidentiality"  # "can they email me what they find so i can show my solicitor": in person, kept confidential
    if intent not in _NOT_ABOUT_IT and WHO_IS_TOLD.search(lowered) and _APPLIED_FOR_THEM.search(lowered):
        return "clares_law_someone_else"
    if intent in ("nlu_fallback", "clares_law_confidentiality", "worried_about_someone") and re.search(r"\bhow (?:would|do|can|could|will|else (?:would|do|can|could)) (?:i|we) (?:find out|check|know)(?: (?:then|about (?:him|her|them|it)|anything|if (?:he|she) (?:has|is|was)\b.*))?\W*$", lowered):
        return "clares_law_someone_else" if re.search(_KIN + r"\b", lowered) else "ask_clares_law"  # "hes seeing my sister. so how would i find out then", after a record refused: the scheme
    if intent not in _NOT_ABOUT_IT and _HIS_PAST.search(lowered) and _CAN_I_FIND_OUT.search(lowered):  # (whatever else the message tells: "...move into my council flat")
        kin = re.search(_KIN + r"'?s? (?:new )?(?:partner|boyfriend|girlfriend|bf|gf|fella|husband|wife|fiance\w*)\b", lowered)  # "can i find out if my daughters partner has hit women before"
        return intent if intent in SCHEME_INTENTS else "clares_law_someone_else" if kin else "ask_clares_law"
    if intent == "describe_older_person_abuse" and re.search(r"\b(?:mother|father|mum|mam|mom|dad)[- ]?in[- ]?law\b|\bin[- ]?laws\b", lowered) and re.search(r"\b(?:she|he|they)\b(?: \w+){0,5} (?:me|my)\b", lowered) and not re.search(r"\b(?:[6-9]\d|1[01]\d)\b|\bpension|\b(?:older|elderly|old age|dementia|frail)\b", lowered):
        return "ask_what_is_abuse"  # "my mother in law runs our house... she keeps my bank card": her control named, not older people's abuse
    if intent == "nlu_fallback" and re.search(r"\b(?:priodi|phriodi|briodi|marry|married|marrying)\b", lowered) and re.search(r"\b(?:1[0-7]|cyfreithlon|gyfreithlon|anghyfreithlon|legal|legally|illegal|allowed|caniatau|ganiatau)\b", lowered):
        return "describe_honour_abuse"  # "ydy hi'n gyfreithlon iddyn nhw ei phriodi hi yn 17": the marriage law, and forced marriage
    if intent in ("ask_refuge", "nlu_fallback") and re.search(r"\b(?:not sure|unsure|dunno|no idea|do not know|dont know|don'?t know|not certain) (?:exactly )?where (?:she|he|they|my \w+) (?:lives?|is|are|stays?|is living|is staying)\b", lowered) and not re.search(r"\b(?:refuges?|shelter|safe house|stay|sleep|go|escape|flee|leave|homeless|housing|lloches)\b", lowered):
        return "inform"  # "not sure where she lives somewhere in wales i think", asked where: an answer, not the refuges
    if intent not in ("danger_now", "self_harm") and SHAMED.fullmatch(lowered):
        return "nlu_fallback"  # "i feel disgusting": not their fault (answered in context), never Respect's line
    if intent in ("male_victim", "describe_lgbt_abuse", "ask_helpline") and GENDER_OK.search(lowered) and len(lowered.split()) <= 16:
        return "nlu_fallback"  # "im a man too, does that matter for it", after the scheme or Ask for ANI: it's for anyone (in context)
    if intent in ("worried_about_someone", "nlu_fallback", "ask_what_is_abuse") and SHE_CAN_TOO.search(lowered):
        return "clares_law_someone_else"  # "ydi chwaer fach fi'n gallu neud un hefyd? ma hi'n 16", after the scheme: for her, 16 or over
    if intent not in _NOT_ABOUT_IT and AGE_OK.fullmatch(lowered):
        return "nlu_fallback"  # "shes 17 is that ok", after the scheme: who it is for (answered in context)
    if intent in ("worried_about_someone", "nlu_fallback") and _WHAT_DO_I_SAY.fullmatch(lowered):
        return "nlu_fallback"
    if intent == "ask_privacy" and not PRIVACY_WORDS.search(lowered) and WHAT_NOW.search(lowered):
        return "nlu_fallback"  # "police are there now. what do i do after this": what next, after the last answer (read in context)
    if intent == "describe_lgbt_abuse" and not _LGBT_OR_PARTNER.search(lowered) and len(lowered.split()) <= 14:
        return "nlu_fallback"
    if intent in ("out_of_scope", "nlu_fallback", "greet", "thank", "goodbye", "affirm", "deny") and _LITTLE_ENGLISH.search(lowered):
        return "ask_helpline"
    if intent not in ("danger_now", "self_harm") and re.search(r"\b(?:help|support|anything|something|someone|anyone|lines?|numbers?|courses?) (?:\w+ )?for (?:lads|men|blokes|guys|people|someone|women|girls) (?:who|that) (?:(?:are|is|r) the (?:problem|abuser|abusive one|bad one)|(?:get|gets|are) (?:handy|violent|rough|abusive) (?:with|to|towards) (?:their|his|the) \w+)\b", lowered):
        return "worried_own_behaviour"  # "is there any help for lads who are the problem in the relationship, not the victim": Respect
    if intent not in _NOT_ABOUT_IT and intent != "ask_helpline" and _FOR_WHO.search(lowered) and not SCHEME_NAMED.search(lowered):
        return "ask_helpline"
    if intent in ("nlu_fallback", "describe_stalking", "ask_helpline", "out_of_scope") and SILENT_IF.search(lowered) and len(lowered.split()) <= 20:
        return "nlu_fallback"  # "what if i ring and he hears me talkin": the Silent Solution (answered in context)
    if unnamed and _CHECK_OK.search(lowered):
        return "ask_helpline"
    if intent not in _NOT_ABOUT_IT and _SURE_YOU_CANT.search(lowered):
        return "nlu_fallback"  # (the fallback answers it in context: the refusal stands)
    if intent in ("ask_helpline", "ask_privacy", "nlu_fallback") and MAKE_ME_REPORT.search(lowered) and re.search(r"\b(?:scared|afraid|worried|frightened|terrified)\b", lowered) and re.search(r"\b(?:talk|speak) to (?:someone|somebody|a helpline|them|anyone)\b", lowered):
        return "ask_helpline"  # "she wants to talk to someone but shes scared theyll ring the police": no, and what they keep confidential
    if intent in ("ask_report_police", "ask_privacy", "ask_helpline") and POLICE_IF_I_RING.search(lowered):
        return "ask_helpline"  # "will they call the police on me if i ring them", after Respect's line: what the lines keep confidential
    if intent == "ask_report_police" and MAKE_ME_REPORT.search(lowered) and re.search(r"\b(?:to get|for|before (?:i|we|she|he) (?:can )?get) (?:any )?(?:help|support)\b", lowered):
        return "ask_helpline"  # "do i have to go to the police to get help tho": no, and the lines that help either way
    if intent == "describe_older_person_abuse" and _OWN_AGE.search(lowered) and not _OLDER_NAMED.search(lowered):
        return "describe_family_abuse"
    if intent == "describe_older_person_abuse" and not _OLDER_SIGNS.search(lowered) and forms_in(lowered):
        return "ask_what_is_abuse"
    if intent in ("ask_privacy", "ask_cover_tracks") and forms_in(lowered) and not PRIVACY_WORDS.search(lowered) and not _ASKED_OF_THIS.search(lowered):
        return "ask_what_is_abuse"  # "weithia. ma'n mynd trwy fy phone i hefyd", to the reflection's question: what it is, named
    if intent in SCHEME_INTENTS and unnamed and forms_in(lowered) and not _SCHEME_SIGNS.search(lowered):
        return "ask_what_is_abuse"  # "actually can i ask about me. my husband reads all my texts": what it is, named
    if intent == "clares_law_confidentiality" and re.search(r"\b(?:can|could|should) i (?:use|do|apply for|go for|try)\b.{0,30}\bto (?:find out|check|know)\b", lowered):
        return "clares_law_someone_else" if re.search(_KIN + r"'?s?\b", lowered) else "ask_clares_law"  # "can i use clares law to find out about my sons boyfriend?": how, for him
    if intent in ("ask_protective_order", "clares_law_confidentiality") and re.search(r"\bin writing\b|\b(?:send|email|post|text)\w* (?:it|that|them) (?:to )?me\b", lowered) and not re.search(r"\b(?:order|injunction|non[- ]?mol\w*|court|occupation)\b", lowered):
        return "clares_law_confidentiality"  # "will they send it me in writing so i can show my solicitor", after the scheme: in person
    if intent == "worried_own_behaviour" and re.search(r"\b(?:i'?m|im|i am) the one (?:who'?s |whos |who is |that'?s |thats )?(?:raising|bringing up|looking after|caring for|brought (?:her|him|them) up|has (?:her|him|them))\b", lowered):
        return "worried_about_someone"  # "so what do i actually do, im the one raising her", from a grandparent: not Respect's line
    if re.search(r"\bsut (?:fi'?n|dwi'?n|dw i'?n|alla i|ga i|fedra i|ma rhywun|mae rhywun) (?:neud|gwneud|wneud|rhoi|roi|cyflwyno) (?:cais|application)\b(?! am (?:orchymyn|gorchymyn|injunction|non))", lowered) and intent not in ("danger_now", "self_harm"):
        return "clares_law_apply"  # "ok sut fi'n neud cais te? fi'n byw yn caerffili", after the scheme
    if intent not in ("danger_now", "self_harm", "worried_own_behaviour") and COURT_FEAR.search(lowered):
        return "ask_helpline"  # "got to give evidence at crown court next week against my ex and im terrified": the lines, and Victim Support
    if intent == "bot_challenge" and TEXT_ONLY.search(lowered):
        return "request_human"  # "r u a real person? im deaf i cant phone anyone": not a person, and the people to reach without a voice call
    if intent not in ("danger_now", "self_harm") and _SAFE_WITH_HIM.search(lowered):
        return "ask_clares_law"  # "ond dw i'n disgwyl ei fabi o a dw i jyst isho gwbod os dw i'n saff", after a record refused: the scheme
    if intent in ("worried_about_someone", "nlu_fallback", "ask_helpline") and _ABOUT_THE_DEVICE.search(lowered):
        return "describe_tech_abuse"  # "what should i do about the tablet? ... my grandaughter usually sets things up", after the tech answer
    if unnamed and topic_intent(lowered) == "ask_cover_tracks":
        return "ask_cover_tracks"  # "fydd o'n gwbod mod i di bod ar hwn??": this chat, not the scheme
    return None


# The scheme already used: "did clares law on him already", "weve been through dsdas"
_SCHEME_DONE = re.compile(r"\b(?:did|done|applied for|already|been through|went through)\b(?: \w+){0,3}? (?:a |the )?(?:clare'?s?|claire'?s?|dvds|dsdas|dvads|disclosure)\b")


def named_scheme_as(lowered: str, profile) -> Optional[str]:  # noqa: ANN001
    """What a message naming a disclosure scheme asks for where it isn't the scheme's guide, or None."""
    if profile.perpetrator and not profile.victim_is_self:
        return "worried_own_behaviour"  # "my new gfs mum did a clares law on me... i did hit my ex... i think i need help"
    if LINE_QUESTION.search(lowered) and _SCHEME_DONE.search(lowered):
        return "ask_helpline"  # "who do i ring about my ex following me everywhere, did clares law on him already"
    return None


def has_scheme_signs(lowered: str) -> bool:
    """Whether anything in a message points to a disclosure scheme (its name, someone's past, the police, applying)."""
    return bool(_SCHEME_SIGNS.search(lowered))
