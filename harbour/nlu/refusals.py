"""Requests Harbour must refuse, recognised whatever the classifier thinks — pure, no Rasa import.

Finding where someone is (a partner who left, a refuge), watching someone (tracking a phone,
reading messages) and vouching for a named person ("has he got a record?") each get a calm
refusal and the right redirect. A classifier trained on help-seeking messages reads these as
help-seeking ("I want to find my wife" looks like a worried partner), so patterns decide.
"""
from __future__ import annotations

import re
from typing import Optional

from harbour.nlu import welsh_profile
from harbour.nlu.profile import clean

LOCATE = "ask_locate_person"
MONITOR = "ask_monitor_someone"
CHECK = "ask_check_person"

_THEM = r"(?:(?:ma|me) (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|missus|ex|fella|burd|bird)|my (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|missus|ex|ex wife|ex-wife|ex partner|ex-partner|ex girlfriend|ex-girlfriend|kids|children|son|daughter|fiance|fiancee|family)|her|him|them|she|he|they|someone|somebody|a person|this person|my ex's)"

_LOCATE = re.compile(
    # "my wife left with the kids... i reckon shes in one of those refuges. which ones are near reading?"
    r"^(?!.*\b(?:for me|for us|recommend|i need|can i go|help me)\b)(?=.*\b(?:left|taken|took|run off|ran off|gone|went)\b)(?=.*\b(?:she|they|shes|theyre|she'?s|they'?re)\b)(?=.*\b(?:wife|missus|girlfriend|gf|partner|ex|kids|children|son|daughter|baby)\b).*\brefuges?\b.*\b(?:which|what) (?:ones?|refuges?)\b|"
    # "my wife's taken the kids to a refuge somewhere near wrecsam. which one?"
    r"^(?!.*\b(?:for me|for us|recommend|i need|can i go|help me)\b).*\b(?:taken|took|gone|went|moved|run off)\b.*\b(?:refuge|safe house|lloches|loches)\b.*\b(?:which one|what one|where is it|where abouts|whereabouts|what(?:'?s| is) the address|give me the address)\b|"
    # (not "dunno where she lives exactly, just give me the number": not knowing isn't asking)
    rf"(?<!dunno )(?<!know )(?<!sure )(?<!idea )(?<!house )(?<!flat )(?<!home )(?<!place )\b(?:where|wheres|where'?s|wat|what|which) (?!if\b)(?:\w+ )?(?:is|are|'s|s)? ?{_THEM} (?:is |are )?(?:stay(?:ing|in)|liv(?:ing|in)|lives|live|stays|hid(?:ing|in)|gone|went|moved|been taken|taken|placed|put|at|now)\b|"
    # (not "i just found out he took out a loan in my name": finding out what someone did)
    rf"(?<!when i )(?<!once i )(?<!till i )(?<!until i )(?<!if i )\b(?:find|locate|track down|trace|get hold of|reach) (?:where )?{_THEM}(?:\s+(?:is|are) (?:stay(?:ing|in)|liv(?:ing|in)|hid(?:ing|in)))?\b(?! (?:help|support|a|an|another|some|somewhere|someone|work|a job)\b)|\bfind out where {_THEM}\b|"
    r"\b(?:address|location|postcode|where) (?:of|for) (?:the|a|her|his|their|my \w+'?s?) (?:(?:womens|women'?s|mens|men'?s|local|nearest|domestic abuse|dv) )?(?:refuge|safe house|shelter)\b|"
    r"\b(?:refuge|refuges|safe house)(?:'s| is| are)? (?:address|location|postcode)\b|"
    # "can u tell me if shes gone to a refuge"
    r"\b(?:tell me|know|find out|check|say) (?:if|whether) (?:she|he|they|shes|hes|she'?s|he'?s|theyre|they'?re|my \w+|me \w+|our \w+)(?: has| have| is| are|'s|s)? ?(?:gone|went|moved|been taken|taken|staying|stopping|in) (?:to |into |in )?(?:a|the) (?:refuge|safe house|shelter)\b|"
    # "my sister is in a refuge somewhere in manchester, can u give me the address"
    r"^(?!.*\b(?:for me|for us|i need to go|can i go|help me get)\b)(?=.*\b(?:she'?s|shes|he'?s|hes|they'?re|theyre|is|are) (?:in|at|staying in|stopping in|gone to) (?:a|the|some) (?:refuge|safe house|shelter)\b).*\b(?:give|send|tell|text|get) (?:me|us) (?:the|her|his|their|its|that) (?:address|postcode|location)\b|"
    # "me partner left wiv the babby n shes in a refuge somewhere in brum. which one is it"
    r"^(?!.*\b(?:for me|for us|i need|can i go|help me)\b).*\b(?:she'?s|shes|he'?s|hes|they'?re|theyre) (?:in|at|staying in|stopping in|gone to|gone into|went to|went into) (?:a|the|some|one of (?:them|the|those)) (?:refuges?|safe houses?|shelters?)\b.*\b(?:which one|what one|which is it|where is it|whereabouts|where abouts|where (?:is she|is he|are they|it is)|what(?:'?s| is) the address)\b|"
    r"\b(?:which|what|wat) (?:refuge|safe house|shelter|hostel)\b(?! (?:can|could|should|would|do|does) (?:i|we|you))|"
    rf"\b(?:is|are) {_THEM} (?:in|at|staying (?:in|at)) (?:a |the )?(?:refuge|safe house|shelter)\b|"
    rf"\b(?:taken|took|left with|run off with|ran off with|disappeared with) (?:my|our|the) (?:kids|children|son|daughter|baby)\b.*\b(?:where|find|address)\b|"
    # "my ex left and shes hiding somewhere with my son, where is she"
    r"\b(?:she|they|shes|she'?s|theyre|they'?re)(?: is| are)? (?:hiding|staying somewhere|gone somewhere|somewhere)\b.*\bwhere\b|"
    r"\bwhere (?:is|are) (?:she|they)(?: now| stay(?:ing|in)| liv(?:ing|in)| hid(?:ing|in))?\W*$|"
    # "wont say where shes staying, can u find out from the council": asked to find out
    r"\bwhere (?:she|he|they)(?:'?s| is| are|'?re) (?:stay(?:ing|in)|liv(?:ing|in)|hid(?:ing|in)|gone|moved to|at)\b.*\b(?:find out|can (?:u|you)|could (?:u|you)|tell me|look (?:it |her |him )?up|track (?:her|him|them) down)\b|"
    r"\b(?:can|could) (?:u|you) (?:find out|tell me|look up|check) where (?:she|he|they|my \w+)(?:'?s| is| are|'?re)? (?:staying|stopping|living|hiding|gone|moved|at|now)?\b|"
    # "me ex moved out last week, any way u can find out where shes stopping"
    r"\b(?:moved out|left|staying|stayin|stopping|stoppin|gone off)\b.*\b(?:can|could|cud) (?:u|you|ye) (?:find out|tell me|look up|check|work out) where\b(?! (?:i|we|to|can|could|should) )|"
    r"\b(?:u|you) (?:can|could|cud) (?:find out|look up|check|tell me|work out) where (?:she|he|they|my \w+)(?:'?s| is| are|'?re)? (?:staying|stopping|stoppin|living|livin|hiding|gone|moved|now)\b|"
    r"\b(?:she|he|they|my \w+)(?:'?s| has| have|'?ve)? (?:gone|moved|went) (?:to stay|to live|off)\b.*\b(?:can|could) (?:u|you) (?:find out|tell me|look up|check)(?: where)?\W*$|"
    # "my ex left, shes stayin at some mates in hackney. need the address so i can talk to her"
    r"\b(?:left|staying|stayin|stopping|stoppin|moved out|moved away)\b.*\b(?:need|want|give me|get|tell me|send me) (?:the |her |his |their )?(?:new )?(?:address|postcode)\b|"
    # "my ex is hidin at her mates somewhere in gateshead. wots the address"
    r"\b(?:she|he|they|shes|hes|theyre|she'?s|he'?s|they'?re|my \w+|me \w+)(?: is| are|'s|s)? (?:hiding|hidin|staying|stayin|stopping|stoppin)\b.*\b(?:(?:wots|whats|what'?s|what is|wats|wheres|where'?s) (?:the |her |his |their )?(?:new )?(?:address|postcode)|tell (?:me|us) where)\b|"
    # "cant u just find it from his phone number", "we are her family, we have right to know where she is"
    r"\b(?:find|track|trace|look up|get)(?: it| him| her| them| the address| his address| her address| where(?: (?:he|she|they) (?:is|are|lives?))?)? (?:from|with|using|through|by) (?:his|her|their|the) (?:phone number|number|mobile number|mobile|facebook|insta\w*|number plate|car reg|reg)\b|"
    r"\b(?:right|entitled|allowed) to (?:know|find out|be told) where (?:she|he|they|my \w+|our \w+)(?:'?s| is| are|'?re)?\b|"
    # "my wife take my kids and go to refuge. give me the address"
    r"\b(?:wife|partner|girlfriend|ex|missus|she|they) (?:take|takes|taken|took|has taken|left with|run off with|ran off with|went with) (?:my|our|the) (?:kids|children|son|daughter|baby)\b.*\b(?:where|find|address)\b|"
    # "which site has she took the kids to, her cousins are hiding her somewhere in kent"
    r"\b(?:which|what) (?:site|house|address|town|hostel|place|flat)\b.{0,30}\b(?:she|he|they|my \w+)\b.{0,12}\b(?:took|taken|gone|went|moved|staying|hiding)\b|\b(?:hiding|hidin) (?:her|him|them|my \w+) (?:somewhere|from me)\b|"
    # "my ex moved out with half our savings, whats her new address"
    r"\b(?:whats|what'?s|what is|wots|wats|give me|i need|i want|tell me|send me|get me|find out|find me) (?:\w+ )?(?:her|his|their) (?:new )?(?:address|postcode)\b|"
    r"\b(?:stay\w*|stopp\w*|living|livin|runner|moved|gone|left|hiding|kipping)\b.*\b(?:get|give|find|send|tell) (?:me|us) the (?:address|postcode)\b|"
    # "shes my sister tho its fine just give us the address", pressing after the refusal
    r"\b(?:shes|she'?s|hes|he'?s|theyre|they'?re) my \w+\b.*\b(?:give|send|tell|text) (?:me|us) (?:the|her|his|their|its|that) (?:address|postcode)\b"
)
_MONITOR = re.compile(
    # "read gf texts secretly", "check bf location": asked in two words
    r"^(?:how (?:to|do i|can i) )?(?:read|check|see|track|spy on|look at|go through|get into) (?:my |me |ma )?(?:gf|bf|girlfriend|boyfriend|wife|husband|partner|missus|ex|fella)'?s? (?:texts|messages|phone|whatsapps?|location|snapchat|dms|emails|insta)\b|"
    # "fits the best app tae track ma girlfriend's phone": a partner's, never the writer's own
    r"\b(?:apps?|tracker|way|ways)\b.{0,10}\b(?:to|tae|ta|2) (?:track|trace|spy on|monitor|read|check|see) (?:(?:my|ma|me) (?:girlfriend|boyfriend|gf|bf|wife|husband|partner|missus|fella|burd|bird|ex|hubby)'?s?|his|her|their) (?:phone|mobile|location|messages|texts|whatsapps?|snapchat|insta\w*)\b|"
    # "I only want the name of a suitable app. Surely that is harmless?", pressing after the refusal
    r"\b(?:only|just) (?:want|need|asking for|after) (?:the )?names? of (?:an? |the |some )?(?:\w+ )?apps?\b|"
    # "fine then how do i get his snapchat password"
    r"\b(?:how (?:do|can|could|would) i|can i|could i|i (?:want|wanna|need) to|help me) (?:\w+ )?(?:get|find out|know|guess|crack|hack|work out) (?:his|her|their|my (?:\w+ )?\w+'?s) (?:(?:snapchat|snap|instagram|insta|facebook|fb|whatsapp|email|icloud|phone|tiktok|apple id|bank|laptop) )?(?:password|passcode|pin|login)s?\b|"
    # "how do i get an app on my husbands phone so i can read his whatsapps"
    r"\b(?:how (?:do|can|would) i|can i|could i|i want to|i wanna|i need to) (?:get|put|install|download|sneak) (?:an? |some |the )?(?:app|apps|spyware|tracker|software|spy app)\b.{0,15}\bon (?:my \w+'?s?|his|her|their) (?:phone|mobile|laptop|ipad|tablet)\b|"
    # "wot about just his location on find my iphone then", after the refusal
    r"\b(?:his|her|their) location\b.*\b(?:find my (?:iphone|phone|friends|device)|life ?360|snap ?map|google maps)\b|\b(?:find my (?:iphone|phone|friends)|life ?360|snap ?map)\b.*\b(?:his|her|their) location\b|"
    # asked of Harbour: "can u track his phone then, see where he goes at night"
    r"\b(?:can|could|will|would) (?:u|you|ya|harbour) (?:just |not just )?(?:track|trace|locate|read|check|hack|get into|see) (?:his|her|their|my (?:\w+ )?\w+'?s?) (?:phone|mobile|location|messages|texts|whatsapp|whereabouts|snapchat|instagram|emails)\b|"
    rf"\b(?:track|trace|monitor|spy on|keep tabs on)(?: where)? {_THEM}(?:'?s)?\b(?! (?:is|are) (?:tracking|following|watching))|"
    rf"\b(?:follow|watch|see|check up on|check)(?: where)? {_THEM}(?:'s| his| her| their)? ?(?:phone|mobile|location|whereabouts|messages|texts|whatsapp|snapchat|instagram|facebook|emails|car)\b|"
    rf"\b(?:read|see|check|look at|get into|access|hack|go through|get on|log into|(?<!paid )(?<!pays )(?<!paying )(?<!goes )(?<!go )(?<!put )(?<!puts )(?<!transferred )(?<!wage )(?<!wages )(?<!money )(?<!salary )(?<!pay )(?<!benefits )(?<!savings )(?<!cash )(?<!universal credit )(?<!uc )into|pull up|show me) (?:\w+ )?{_THEM}(?:'?s)? ?(?:phone|messages|texts|whatsapps?|emails|email|snapchat|instagram|facebook|account|dms|chats|icloud)\b|"
    r"\b(?:read|see|check|access|hack|go through) (?:her|his|their|my (?:wife|husband|partner|girlfriend|boyfriend|ex)(?:'s)?) (?:phone|messages|texts|whatsapps?|emails|account|dms)\b|"
    # "how can i get into my daughters boyfriends instagram"
    r"\b(?:(?:can|could|do|how (?:can|do|would|could)) i|help me) (?:\w+ )?(?:get into|hack|hack into|log into|access|go through|read|see|look at) (?:my |her |his |their )?(?!(?:kids|childs|childrens|sons|daughters) (?:instagram|insta|snapchat|snap|facebook|whatsapp|tiktok|phone|messages|texts))(?:\w+s ){1,2}(?:instagram|insta|snapchat|snap|facebook|whatsapp|tiktok|phone|messages|texts|dms|emails?|account|icloud)\b|"
    r"\b(?:install|put|hide|get|use) (?:a |an |some )?(?:tracker|tracking app|spy app|spyware|stalkerware|airtag|gps tracker)\b.*\b(?:on|in|under) (?:her|his|their|my (?:wife|husband|partner|girlfriend|boyfriend|ex|missus|gf|bf|ex wife|ex partner|daughter|son|sister|brother|mum|dad)(?:'?s)?)\b|"
    r"\b(?:how|hw|howd|how would) (?:do|can|could|d)? ?i (?:track|spy on|monitor|hack|read)\b(?! (?:if|whether) (?:i'?m|im|i am) being)|"
    # "how can i see who my boyfriend is messagin, pretty sure hes cheatin"
    r"\b(?:how (?:can|do|could|would) i|can i|could i) (?:\w+ )?(?:read|see|check|find out) (?:who|what) (?:my (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|missus|fella|ex)|she|he|they|hes|shes|theyre) (?:is |are |s |'s )?(?:texting|textin|txting|messaging|messagin|msging|talking to|talkin to|snapchatting)\b|"
    # "hw do i read who my gf is textin without her knowin"
    r"\b(?:read|see|check|find out) (?:who|what) (?:my \w+|she|he|they) (?:is |are |s )?(?:texting|textin|txting|messaging|messagin|msging|talking to|talkin to|snapchatting|seeing|seein)\b.*\bwithout (?:her|him|them) (?:knowing|knowin|noticing|finding out)\b|"
    r"\b(?:an |a |some )?(?:app|tracker|tracking app|spy app) (?:i can |to |that i can |i could )?(?:put|install|get|hide) on (?:her|his|their|my (?:wife|husband|partner|girlfriend|boyfriend|ex|missus|hubby|gf|bf)(?:'?s)?) (?:phone|mobile|car)\b|"
    rf"\b(?:apps?|way|ways) (?:to |can i |do i |could i |i can )?(?:see|track|find out|know|check|watch|follow) where {_THEM} (?:goes|go|is|are|went|has been|gets to|at)\b"
)
_CHECK = re.compile(
    rf"\b(?:does|has|did|is) {_THEM} (?:got |have |has )?(?:a )?(?:criminal )?(?:record|records|convictions?|previous|form|history of (?:violence|abuse)|been (?:convicted|arrested|in prison|inside))\b|"
    rf"\b(?:check|look up|find out|tell me|search)(?: if| whether)? {_THEM}(?: has| have| got)? (?:a |any )?(?:criminal )?(?:record|convictions?|history|past|previous)\b|"
    r"\b(?:can|could|will|cant|can'?t|couldn'?t|wont|won'?t) (?:you|u|ye|yous|youse) (?:just |not |please |at least |even )?(?:check|look up|search|find out about|run a check on|tell (?:me|us) if|tell (?:me|us) whether|vet|google|search for|look into)\b(?! (?:my|me|ma|our) (?:own )?(?:phone|mobile|laptop|device|computer|tablet|ipad|car|account|settings)\b)|"
    r"\bsex offenders? (?:register|list)\b|\bon the (?:sex offenders? )?register\b|"
    r"\b(?:look|check|search) (?:\w+ ){1,3}up on (?:the )?(?:police )?(?:database|system|computer|pnc)\b|\b(?:on|in|through) (?:the )?police (?:database|computer|system|national computer)\b|"
    # "need to know if my fellas been done for hittin his ex before. just yes or no"
    r"\b(?:if|whether|has|is) (?:\w+'?s? ){1,3}(?:ever )?been (?:done|convicted|arrested|charged|nicked|lifted|jailed|inside) for\b(?=.*\b(?:before|in the past|previous\w*|yes or no)\b)|"
    r"\b(?:has|got|have) (?:any |a )?(?:previous|criminal record|police record|convictions?)\b|\bknown to (?:the )?(?:police|peelers|polis|cops|feds|old bill|psni)\b|\bon (?:a|the|any) (?:list|register|database)\b.{0,25}\b(?:domestic|violence|abuse|dv|abusers?)\b|"
    r"\byes or no\b.{0,60}\b(?:has|got|have|had) (?:a |any )?(?:record|previous|form)\b|\b(?:has|got|have|had) (?:a |any )?(?:record|previous|form)\b.{0,30}\byes or no\b|"
    r"\b(?:does|has|did) (?:\w+ ){1,8}(?:have|got|has) (?:a |any )?(?:criminal )?(?:record|convictions?|previous)\b|"
    r"\bis (?:he|she|this (?:guy|man|woman|person)|my (?:new )?(?:boyfriend|girlfriend|bf|gf|partner|date|fella|man)) (?:dangerous|safe|a (?:criminal|abuser|wife beater))\b\?*$"
)


# The same requests in Welsh (text folded by welsh_profile.fold: no accents). Reviewed with the other
# Welsh strings (README, "Welsh").
MONITOR_ASKED = _MONITOR  # (read by the refusal: what a message tells besides the asking)
_CY_THEM = r"(?:y |fy |'r |ei )?(?:cariad|gariad|nghariad|partner|mhartner|bartner|gwr|ngwr|wr|gwraig|ngwraig|wraig|ex|bf|gf|boyfriend|girlfriend|chwaer|ffrind|mab|merch|plant|mhlant|(?:n?g|ch)?(?:h)?yn-?(?:wraig|wr|gwr|gariad|bartner|partner))(?: fi| i)?"
_CY_MONITOR = re.compile(
    # "alli di ddarllen ei negeseuon whatsapp e i fi?", "ok wel alla i jyst darllen messages e ar yr ipad pan ma fe'n cysgu?"
    r"\b(?:fedri di|fedrwch chi|alli di|allwch chi|elli di|galli di|nei di|wnei di|newch chi|wnewch chi)(?: ddim)?(?: jyst| just| jest)? (?:ddarllen|darllen|weld|gweld|checkio|tsiecio)(?:'i|'u| ei| eu)? (?:negeseuon|tecsts|ffon|ffôn|whatsapp|messages|texts)\b|"
    r"\b(?:alla i|fedra i|ga i|galla i|allwn i)(?: jyst| just| jest)? (?:ddarllen|darllen|weld|gweld|checkio|tsiecio|fynd trwy|mynd trwy) (?:ei |eu )?(?:negeseuon|tecsts|messages|texts|whatsapp|ffon|ffôn|phone)(?: \w+)? (?:e|o|fo|fe|hi|nhw)\b|"
    # "shwd alla i dracio phone y gariad heb iddi wbod?", "shwd fi'n darllen whatsapp y wraig o phone fi"
    r"\b(?:sut|shwt|shwd|shw) (?:dwi'?n|dw i'?n|fi'?n|wi'?n|alla i|ga i|galla i|fedra i|allwn i) (?:ddarllen|darllen|weld|gweld|checkio|tsiecio|mynd trwy|fynd trwy) (?:y |ei |eu )?(?:negeseuon|tecsts|messages|texts|whatsapp|ffon|ffôn|phone) (?:\S+ )?(?:y |'r |ei )?(?:wraig|ngwraig|gwr|ngwr|cariad|gariad|partner|bartner|ex|hi|fo|fe|nhw)\b(?! (?:di|wedi) (?:yrru|gyrru|anfon|hala|sendio))|"
    rf"\b(?:dracio|tracio|thracio|dracko|tracko|olrhain|trackio|dracio'r|tracio'r) (?:ffon|ffôn|phone|lleoliad|location|car)? ?{_CY_THEM}\b|"
    # "fi moyn rhoi tracker ar gar yr ex i weld le ma hi'n mynd... pa app sy ore?"
    r"\b(?:moyn|isio|eisiau|ishe|angen) (?:rhoi|roi|gosod|cael) (?:tracker|traciwr|app|ap|airtag|spyware)\b.{0,25}\b(?:ar|yn|ar ffon|ar gar|ar ffôn)\b|"
    # "sut dw i'n rhoi app ar phone boyfriend fi i weld lle ma fe?", "sut dw i'n hacio mewn i snapchat fe"
    r"\b(?:roi|rhoi|gosod|rhoid)(?: yr| y| 'r)? (?:app|ap|tracker|traciwr|spyware|airtag) ar (?:ffon|phone|gar|car) (?:y |fy |'r )?(?:partner|bartner|mhartner|cariad|gariad|nghariad|gwr|ngwr|gwraig|wraig|ngwraig|girlfriend|boyfriend|gf|bf|wife|husband|ex)(?: fi| i)?\b|"
    r"\b(?:hacio|hackio|hacko|hack) (?:mewn i |i mewn i |fewn i )?(?:snapchat|snap|insta\w*|facebook|whatsapp|phone|ffon|email|ebost|tiktok|account|cyfrif)\b|"
    # "ma gynno fi app i weld lle ma ffon rhywun. sut dwi'n ei roi o ar ffon partner fi heb iddo fo sylwi"
    r"\b(?:roi|rhoi|gosod|cael|rhoid)(?: o| e| fo| fe| hi| yr app| yr ap| app| ap)? ar (?:ffon|ffôn|phone) (?:y |fy |'r )?(?:partner|bartner|mhartner|cariad|gariad|nghariad|gwr|ngwr|gwraig|wraig|ngwraig|girlfriend|boyfriend|wife|husband)(?: fi| i)?\b.*\bheb\b|"
    # "sut alla i track phone fy girlfriend heb iddi wybod?": English words in the Welsh
    r"\b(?:sut|shwt|shw) (?:alla i|fedra i|dw i|dwi|ga i|galla i)(?:'n| yn|n)? (?:gallu )?(?:track|tracko|trackio|tracio|dracio|read|checko|checkio|darllen|ddarllen) (?:phone|ffon|ffôn|messages|texts|location|negeseuon|tecsts|lleoliad) (?:fy |y |'r )?(?:girlfriend|boyfriend|gf|bf|wife|husband|partner|ex|cariad|nghariad|gwraig|ngwraig|gwr|ngwr)(?: fi| i)?\b|"
    # "fedri di ddangos i fi sut i ddarllen ei negeseuon o?"
    r"\b(?:fedri di|fedrwch chi|alli di|allwch chi|elli di|galli di|nei di|wnei di|newch chi|wnewch chi)(?: jyst)? (?:ddangos|dangos|deud|ddeud|dweud|ddweud) (?:i |wrtha )?(?:fi|mi|i) sut (?:i |mae |ma )?(?:ddarllen|darllen|dracio|tracio|olrhain|weld|gweld|checkio) (?:ei |eu )?(?:negeseuon|tecsts|ffon|ffôn|whatsapp|lleoliad|snapchat|insta|facebook)\b|"
    # "fedri di ddim jyst tracio'i ffon hi i fi ta?": asked of Harbour
    r"\b(?:fedri di|fedrwch chi|alli di|allwch chi|elli di|galli di|nei di|wnei di|newch chi|wnewch chi)(?: ddim)?(?: jyst| just| jest)? (?:dracio|tracio|olrhain)(?:'i|'u| ei| eu)? (?:ffon|ffôn|lleoliad)\b|"
    rf"(?<!e'n )(?<!o'n )(?<!fe'n )(?<!fo'n )(?<!hi'n )\b(?:darllen|ddarllen|gweld|weld|checkio|tsiecio|tracio|olrhain) (?:negeseuon|tecsts|testun|whatsapp|ffon|ffôn|lleoliad)(?: \w+)? {_CY_THEM}\b.*\bheb (?:(?:iddi|iddo|iddyn|i hi|i o|i fe)(?: hi| fo| fe| o| e| nhw)? )?(?:wybod|wbod|sylwi)\b|"
    # "oes ffordd i ddarllen negeseuon whatsapp y partner?": a way asked for, to read theirs
    rf"\b(?:oes (?:na |'na )?ffordd i|sut (?:mae |ma )?(?:i|dwi'?n|alla i|fedra i))(?: \w+)? (?:ddarllen|darllen|weld|gweld|checkio|tsiecio) (?:negeseuon|tecsts|whatsapp|ffon|ffôn)(?: \w+)? {_CY_THEM}\b|"
    # "sut dwi'n gallu gweld lle mae ffôn fy ngŵr heb iddo fo wybod?"
    rf"\b(?:gweld|weld|gwybod|wybod|wbod|ffeindio) (?:lle|ble) (?:mae|ma) (?:ffon|ffôn|car) {_CY_THEM}\b.*\bheb\b|"
    # "sut fedra i ddarllen ei whatsapp o heb iddo fo wbod?", "sut fedra i ddarllen negeseuon wife fi heb iddi wbod"
    # (not "fi'n gwbod bod e'n darllen texts fi... sut alla i gael help heb iddo fe wbod": hers, read by him)
    r"(?<!e'n )(?<!o'n )(?<!fe'n )(?<!fo'n )(?<!hi'n )\b(?:darllen|ddarllen|gweld|weld|checkio|tsiecio|tracio|dracio|olrhain) (?:ei |eu )?(?:negeseuon|tecsts|testun|whatsapp|ffon|ffôn|lleoliad|snapchat|snaps|insta|instagram|facebook|messages|texts|e-?byst|ebost)(?! (?:fi|i|fy|mi)\b)(?: \w+){0,2}\b.*\bheb (?:(?:iddi|iddo|iddyn|i hi|i o|i fe)(?: hi| fo| fe| o| e| nhw)? )?(?:wybod|wbod|sylwi)\b|"
    rf"\b(?:rhoi|roi|gosod) (?:ap|app|tracker|traciwr)(?: tracio| olrhain| ysbio| spy| sbio)? ar (?:ffon|ffôn) {_CY_THEM}\b|\bsut (?:dw i|dwi|fedra i|alla i)(?:'n| yn|n)? (?:gallu )?(?:tracio|olrhain) {_CY_THEM}\b|"
    # "sut dwi'n tracio ffon y cariad heb iddo fo wbod"
    rf"\bsut (?:dw i|dwi|fedra i|alla i)(?:'n| yn|n)? (?:gallu )?(?:tracio|olrhain|darllen|ddarllen|checkio|tsiecio) (?:ffon|ffôn|negeseuon|lleoliad|tecsts|whatsapp\w*|messages|texts|snapchat|insta\w*)(?: \w+)? {_CY_THEM}\b|"
    # "oes na app i dracio ffon y gŵr?"
    rf"\b(?:ap|app|apps|tracker|traciwr) (?:i |sy'?n |i fi )?(?:dracio|tracio|olrhain|ddarllen|darllen|checkio|weld|gweld|sbio ar) (?:ffon|ffôn|negeseuon|lleoliad|tecsts)(?: \w+)? {_CY_THEM}\b|"
    # "alla i dracio ffon y ex i wbod lle mae o?"
    rf"\b(?:alla i|fedra i|ga i|galla i|gallwn i|allwn i) (?:dracio|tracio|olrhain|ddarllen|darllen|checkio|tsiecio) (?:ffon|ffôn|negeseuon|lleoliad|tecsts)(?: \w+)? {_CY_THEM}\b|"
    # "shwt alla i tracko ffon cariad fi heb iddi wbod?", "sut ma rhoi tracker ar gar y wraig?"
    rf"\b(?:sut|shwt|shw) (?:dw i|dwi|fedra i|alla i|ga i|ma|mae)(?:'n| yn|n)? (?:gallu )?(?:tracko|trackio|tracio|dracio|dracko|olrhain|rhoi tracker ar|roi tracker ar) (?:ffon|ffôn|phone|gar|car|char|negeseuon|lleoliad)(?: \w+)? {_CY_THEM}\b|"
    # "sut dw i'n gallu darllen ei negeseuon o ta": how to read his
    r"\bsut (?:dw i|dwi|fedra i|alla i|ga i|galla i)(?:'n| yn|n)? (?:gallu )?(?:darllen|ddarllen|gweld|weld|checkio|tsiecio|tracio|dracio) (?:ei |eu )(?:negeseuon|tecsts|whatsapp|ffon|ffôn|lleoliad|insta|snapchat|facebook|messages|texts)(?: \w+)? (?:o|hi|fo|fe|e|nhw)\b|"
    # "jyst isio darllen ei negeseuon whatsapp o", "dwi moyn gweld ei ffon hi"
    rf"\b(?:isio|eisiau|moyn|ishe|angen) (?:darllen|ddarllen|gweld|weld|checkio|tsiecio|mynd trwy|mynd drwy) (?:negeseuon|tecsts|whatsapp|ffon|ffôn|insta|snapchat|facebook|messages|texts)(?: \w+)? {_CY_THEM}\b(?!.*\bheb)|"
    r"\b(?:isio|eisiau|moyn|ishe|angen) (?:darllen|ddarllen|gweld|weld|checkio|tsiecio|mynd trwy|mynd drwy) (?:ei |eu )(?:negeseuon|tecsts|whatsapp|ffon|ffôn|insta|instagram|snapchat|facebook|ebost|e-bost|messages|texts)(?: \w+)? (?:o|hi|fo|fe|e)\b|"
    # "pa app sy'n gadael fi weld lle ma hi heb iddi wbod?", "be am ei instagram hi te, sut dwi'n cael mewn i'r account"
    r"\b(?:ap|app|apps|tracker)\b.*\b(?:weld|gweld|gwybod|wybod|wbod|dracio|tracio) (?:lle|ble) (?:ma|mae) (?:hi|o|fo|e|fe|nhw)\b.*\bheb\b|"
    r"\bei (?:instagram|insta|facebook|snapchat|snap|whatsapp|account|cyfrif|tiktok|ebost|e-bost) (?:hi|o|fo|e|fe)\b.*\b(?:mewn|hacio|hackio|access)\b|"
    r"\b(?:cael|gael|mynd|fynd) (?:i )?mewn i'?w (?:instagram|insta|facebook|snapchat|snap|whatsapp|account|cyfrif|ffon|ffôn|tiktok|ebost|e-bost)\b|"
    r"\b(?:cael|gael|mynd|fynd) (?:i )?mewn i (?:instagram|insta|facebook|snapchat|snap|whatsapp|account|cyfrif|ffon|ffôn|tiktok|ebost) (?:fy |y |'r )?(?:nghariad|cariad|gariad|mhartner|partner|wraig|ngwraig|ngwr|gwr)\b|"
    # "sut dwi'n gallu darllen negeseuon y boi ma mae'r ferch yn ei weld?"
    r"\bsut (?:dw i|dwi|fedra i|alla i|ga i)(?:'n| yn|n)? (?:gallu )?(?:darllen|ddarllen|gweld|weld|checkio|tsiecio) (?:negeseuon|whatsapp|insta|snapchat|ffon|ffôn) (?:y |ei |eu )?(?:boi|hogyn|dyn|ddyn|cariad|gariad|chariad)\b"
)
# "oes gan gareth jones o fangor record?", "sut dwi'n checkio os oes gan fy nghariad record"
_CY_CHECK = re.compile(
    r"\b(?:oes|os|ydi|ydy|oedd) (?:gan|gyda|gynno|gynni|ganddo|ganddi|gydag|gin|gen|gynnon)\b(?! (?:ti|chi|i|fi|ni)\b)(?: \S+){0,9}? (?:record|recordiau|gofnod troseddol|cofnod troseddol|euogfarn\w*)\b|"
    r"\b(?:checkio|tsiecio|gwirio|sbio|chwilio)\b(?: \S+){0,6}? (?:record|gofnod troseddol|cofnod troseddol|euogfarn\w*)\b|"
    # "oes record da Gareth Lloyd o bontypridd?", "...fedri di checio?": a named person looked up
    r"\boes (?:record|cofnod|hanes) (?:da|gan|gyda|gen) \w+|\b(?:ydi|ydy|yw|odi|ody|ydio) (?:\S+ ){1,6}?(?:efo|gyda|hefo) (?:record|cofnod|hanes troseddol|euogfarn\w*)\b|\b(?:alli|elli|fedri|allech|fedrwch|allwch) (?:di|chi) (?:tshecio|checio|checkio|tsiecio|gwirio|jecio|chwilio)\b"
)
_CY_LOCATE = re.compile(
    # "chwaer fi di mynd i refuge rwla yn gogledd cymru. pa un?"
    r"\b(?:chwaer|ffrind|wraig|gwraig|cariad|gariad|partner|merch|mam|ex|cyfnither|hi)(?: fi| i)? (?:di|wedi) mynd (?:i|i'r|mewn i) ?(?:loches|lloches|refuge|ty diogel)\b.*\b(?:pa un|pa 1|pun|p'un|pa le|cyfeiriad|address|adres)\b|"
    # "ma'r wraig di gadel gyda'r plant. ble ma hi'n aros?"
    r"(?:^|[.!?,] ?)(?:ble|lle) (?:ma|mae) (?:hi|o|fo|e|fe|nhw|'r wraig|y wraig|'r plant|y plant)(?:'n| yn) (?:aros|byw|cuddio|stopio)\b|"
    # "ma ffrind fi mewn refuge rhywle yn caerdydd, ti'n gwbod pa un?", "dw i jyst isho gwbod lle ma nhw. ydi hi mewn refuge yn bangor?"
    r"\b(?:ma|mae) (?:\w+ ){0,2}?(?:ffrind|chwaer|wraig|gwraig|cariad|gariad|partner|hi|ex|merch|mab|cyfnither)(?: fi| i)? (?:mewn|yn y|yn) (?:refuge|lloches|loches)\b.*\b(?:pa un|pa 1|pun|p'un|pa le|ble|lle|cyfeiriad|address|adres)\b|"
    r"\b(?:dw i|dwi|fi|wi) (?:jyst |jest |just )?(?:isio|isho|eisiau|moyn|ishe) (?:gwbod|gwybod|wbod|wybod) (?:lle|ble) (?:ma|mae|maen) (?:nhw|'r plant|y plant)\b(?=\s*(?:[.?!]|$))|"
    r"\b(?:ydi|ydy|yw|ody|odi) (?:hi|o|fo|e|fe|nhw|'r wraig|y wraig|'r plant|y plant)(?: \w+)? (?:mewn|yn y|yn) (?:refuge|lloches|loches)\b|"
    # "plis. jyst deud lle ma hi": asked outright where someone is
    r"^(?:plis\.? |pls\.? |please\.? )?(?:jyst |jest |just )?(?:deud|dweud|gweud|ddeud|ddweud) (?:wrtha i |wrtha fi |wrtho i )?(?:lle|ble) (?:ma|mae) (?:hi|o|fo|fe|e|nhw)\b|"
    rf"\b(?:pa|pha) (?:refuge|loches|lloches)(?: \w+){{0,3}} {_CY_THEM}(?: \w+){{0,2}} (?:ynddo|ynddi|yn aros)\b|"
    # "ma chwaer fi di gadael gwr hi a mynd i loches. dwi angen gwbod lle"
    r"\b(?:di|wedi|yn|a|ac wedi) mynd (?:i|i'r|mewn i) ?(?:loches|lloches|refuge|ty diogel)\b.*\b(?:angen|isio|isho|eisiau|moyn|ishe) (?:gwbod|gwybod|wbod|wybod|ffeindio allan) (?:lle|ble|pa un|pa le)\b|"
    # "ma'r wraig di gadael efo'r plant... lle ma'r refuges yn caerdydd?"
    r"\b(?:wraig|gwraig|gwr|cariad|gariad|partner|ex|gf|bf|girlfriend|boyfriend|wife)(?: fi| i)? (?:di|wedi) (?:gadael|gadal|mynd)\b.*\b(?:(?:lle|ble) (?:mae|ma)'?r (?:refuges?|llochesau|lloches)|(?:refuge|lloches|loches)\b.*\b(?:pa un|pa 1|pun|p'un|pa le|lle|ble|cyfeiriad|address|adres))\b|"
    rf"\b(?:lle|ble) (?:mae|ma) {_CY_THEM}(?:'n| yn) (?:aros|byw) (?:rwan|nawr|bellach)\b|\b(?:lle|ble) (?:mae|ma) (?:o|e|fo|fe)(?:'n| yn) (?:aros|byw) (?:rwan|nawr|bellach)\b|"
    r"\b(?:allwch chi|alli di|elli di|fedrwch chi|fedri di|galli di) (?:weud|ddweud|deud|ddeud) (?:wrtho i|wrtha i|wrtha fi) (?:ble|lle) (?:ma|mae) (?:o|e|fo|fe|hi)\b|"
    r"\b(?:allwch chi|alli di|elli di|fedrwch chi|fedri di|galli di) (?:checko|checkio|tsiecio|ffeindio|gael|cael|edrych am)(?:'r| y| yr)? (?:address|cyfeiriad|gyfeiriad)\b|\bcyfeiriad (?:y |'r )?(?:lloches|loches|refuge)\b|"
    # "dwi jyst isio siarad efo hi plis, be di'r cyfeiriad"
    r"\b(?:isio|isho|ishe|isie|eisiau|moyn) (?:siarad efo|siarad gyda|gweld|weld) (?:hi|fo|o|e|fe|nhw)\b.*\bcyfeiriad\b|"
    # "ym mha loches mae hi", "wedi mynd i loches ym Mangor, be di'r cyfeiriad"
    rf"\b(?:ym mha|pa|pha) (?:lloches|loches|refuge|ty diogel)(?: \w+){{0,2}}? (?:mae|ma) (?:hi|o|e|fe|nhw|{_CY_THEM})\b|"
    # "gwraig fi di gadael efo'r plant. lle ma hi'n aros?": where someone who left is now
    r"(?<!dwi'n gwbod )(?<!dw i'n gwbod )(?<!fi'n gwbod )(?<!wi'n gwbod )(?<!dwi'n gwybod )(?<!dwi yn gwbod )\b(?:lle|ble) (?:mae|ma) (?:hi|o|fo|fe|e|nhw)(?:'n| yn) (?:aros|byw|cuddio)\b(?=.*\b(?:gadael|adael|di mynd|wedi mynd|symud allan|diflannu|ddiflannu)\b)|"
    r"\b(?:gadael|adael|di mynd|wedi mynd|symud allan|diflannu|ddiflannu)\b.*(?<!dwi'n gwbod )(?<!dw i'n gwbod )(?<!fi'n gwbod )(?<!wi'n gwbod )(?<!dwi'n gwybod )(?<!dwi yn gwbod )\b(?:lle|ble) (?:mae|ma) (?:hi|o|fo|fe|e|nhw)(?:'n| yn) (?:aros|byw|cuddio)\b|"
    r"\b(?:lloches|loches|refuge)\b.*\b(?:be di|beth yw|beth ydi|be ydi|be ydy|beth ydy)(?:'r| y) (?:cyfeiriad|post ?cod|cod post)\b|"
    # "chwaer fi mewn refuge yn rhywle yn y de. fedrwch chi roi'r cyfeiriad i fi?"
    r"\b(?:lloches|loches|refuge)\b.*\b(?:roi|rhoi|ga i|cael|gael|gwbod|gwybod|wybod)(?:'r| y| yr)? (?:cyfeiriad|post ?cod|cod post)\b|"
    r"\b(?:lloches|loches|refuge)\b.*\b(?:deud|dweud|gweud) wrtha (?:i|fi) (?:lle|ble)\b|"
    # "lle mae'r lloches yn abertawe? ma chwaer fi yna": someone else's refuge, not one for themselves
    r"\b(?:lle|ble) (?:mae|ma|ma'r|mae'r|mar|maer)(?:'r| y|r)? ?(?:lloches|loches|refuge|ty diogel)\b.*\b(?:yna|yno|ynddi|ynddo|di mynd|wedi mynd|yn aros)\b|"
    r"\b(?:enw'?r|enwr) (?:dre|dref|pentre|pentref|stryd|lle|ardal)\b|"
    # "ble ma'r refuge yn abertawe? ma'n chwaer i mewn un", "mae hi mewn lloches yn rhywle... fedrwch chi ddeud wrtha i lle?"
    r"\b(?:hi|o|fo|fe|nhw|chwaer|ffrind|merch|wraig|gwraig|cariad|gariad|mam|plant)(?:'n| yn)? (?:\w+ )?mewn (?:un|lloches|loches|refuge)\b.*\b(?:gweld hi|weld hi|gweld o|weld o|lle|ble|cyfeiriad)\b|\b(?:lle|ble) (?:mae|ma)'?r (?:refuge|lloches|loches)\b.*\bmewn un\b|"
    r"\b(?:ffeindio|ffindio|dod o hyd i|cael|gael|angen|isio|eisiau|moyn|ishe) (?:ei |eu )?(?:cyfeiriad|gyfeiriad)(?: newydd)? (?:hi|o|fo|fe|nhw)\b|"
    # "dw i isio gwbod lle ma hi": where she is now
    # (the person asking wants to know, not "mae ei boyfriend hi'n tecstio hi trwy'r nos isio gwbod lle mae hi")
    r"(?:^|\b(?:dwi|dw i|fi|rydw i|wi|ydw i)(?:'n| yn)? (?:jyst |jest |dim ond |wir )?)(?:isio|eisiau|moyn|ishe|angen) (?:gwbod|gwybod|wybod|ffeindio|ffeindio allan) (?:lle|ble) (?:ma|mae|maen|y mae) (?:hi|o|e|fe|fo|nhw)\b(?! (?:bob munud|bob amser|drwy'?r amser|trwy'?r amser|o hyd|bob eiliad))"
)


# A refuge's address asked for by someone who needs one ("me and the kids need somewhere tonight"): the
# refuge answer (how to get a place), never the refusal meant for someone looking for a person.
_OWN_NEED = re.compile(
    r"\b(?:me and (?:the|my) (?:kids|children|baby|bairns|boys|girls)|me n (?:the|my) kids|(?:i|we) (?:need|have) to (?:get out|leave|go)|"
    r"(?:i|we) (?:need|want) (?:somewhere|a place|a bed|a room|a space|to stay)|need somewhere|somewhere (?:to stay|to go|safe) tonight|"
    r"can (?:i|we) (?:go|stay)|for (?:me|us|myself)(?: and| n|\W|$))"
)
_REFUGE = re.compile(r"\b(?:refuges?|safe house|shelter|lloches|loches)\b")
# ...never where someone else is there or sought ("the refuge my wife is at, can i go see her"): that stays refused.
_SOMEONE_THERE = re.compile(
    r"\b(?:my|me|our) (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|ex|missus|fiancee?|ex-?wife|sister|daughter|mum|mam|mother|friend|mate)\b|"
    r"\b(?:she|he|they)(?:'s|s| is| are| went| has| have| took)\b|\b(?:see|talk to|speak to|find|visit|contact|get) (?:her|him|them)\b"
)


def someone_else_there(lowered: str) -> bool:
    """A partner or relative named as there or sought: "the refuge my wife is at, can i go see her"."""
    return bool(_SOMEONE_THERE.search(lowered))


def wants_a_refuge(lowered: str) -> bool:
    """Someone asking about a refuge for themselves (its address included): not a refusal."""
    return bool(_REFUGE.search(lowered) and _OWN_NEED.search(lowered) and not someone_else_there(lowered))


# What someone says they do, not what they ask for: "i check his phone constantly and i have hit him".
_OWN_DOING = re.compile(r"^(?:(?:ok|so|tbh|honestly|look|well),? )?(?:i|ah|ive|i'?ve|i have|i keep|i always|i sometimes|i still)\b(?! (?:want|wanna|need|would like|was wondering)\b)")
_ASKING_HOW = re.compile(r"\b(?:how|can (?:i|you|u)|could (?:i|you|u)|help me|is there (?:a|an|any) (?:way|app)|want to|wanna|need to|way to|apps?|spyware|tracker|without (?:her|him|them) (?:knowing|knowin))\b")


_PLACE_ASKED = re.compile(r"\b(?:refuge|shelter|safe house|where|address)\b")
# A friend's or relative's partner said to do the watching ("my mates bf has her location on snap map", "my brothers
# girlfriend put an airtag in his car"): tech abuse told by someone worried, not a request to watch anyone.
_THEIR_PARTNER_WATCHES = re.compile(
    r"\b(?:my |me |ma )?(?:best )?(?:mates?|friends?|pals?|bestie|brothers?|bros?|sisters?|sis|sons?|daughters?|mums?|mams?|dads?|cousins?|nieces?|nephews?|"
    r"neighbours?|aunts?|aunties?|uncles?|grans?|nans?|flatmates?)(?:'?s)? (?:new )?(?:bf|gf|boyfriend|girlfriend|husband|hubby|wife|partner|ex|fella|missus|fiance|fiancee)\b "
    r"(?:\w+ ){0,2}?(?:has|had|put|puts|installed|installs|tracks?|tracked|checks?|checked|reads?|goes through|went through|looks through|keeps|made|makes|shares|uses?|is (?:tracking|checking|reading|watching|monitoring))\b")
_ASKED_TO_WATCH = re.compile(r"\b(?:how (?:do|can|could|would) i|can i|could i|i (?:want|wanna|need) to|can (?:you|u|ye)|could (?:you|u)) (?:\w+ )?(?:track|trace|see|read|check|hack|get into|find|put|install|monitor|spy)\b")


def refused_request(text: Optional[str]) -> Optional[str]:
    """The refusal intent a message asks for, or None (most messages)."""
    if not text:
        return None
    lowered = clean(text)
    # Someone asking how to protect themselves from being tracked is not asking to track.
    if re.search(r"\b(?:tracking|following|watching|monitoring|spying on|reading|checking) (?:me|my)\b|\bam i being\b|\bis (?:he|she|they|my \w+) (?:tracking|spying|reading|watching)\b|"
                 r"\b(?:read|see|look at|use|visit|access|be on) (?:this|these|this stuff|this site|this chat|this page|this app|here|harbour|stuff like this)\b(?! (?:person|bloke|guy|girl|woman|man)\b)|"
                 r"\b(?:read up on|look up|search for|research|look into|find out about|learn about|read about|look at) (?:\w+ )?(?:clare|clares|claire|this|domestic|abuse|help|refuges?|dvds|dsdas|dvads|the scheme|support)\b.*\bwithout (?:him|her|them) (?:seeing|seein|knowing|knowin|noticing|finding out)\b|"
                 r"\bi (?:just )?(?:like|love) (?:to )?know(?:ing)? where (?:she|he|they) (?:is|are)\b(?!.*\b(?:find|tell me|track|can you|can u)\b)", lowered):  # told of, not asked: "i just like knowing where she is at all times"
        return None
    if _CHECK.search(lowered) and not (_LOCATE.search(lowered) and _PLACE_ASKED.search(lowered) and not wants_a_refuge(lowered)):
        return CHECK  # (not "can u tell me if shes gone to a refuge": where she is)
    if _MONITOR.search(lowered) and not (_OWN_DOING.match(lowered) and not _ASKING_HOW.search(lowered)) and not (
            _THEIR_PARTNER_WATCHES.search(lowered) and not _ASKED_TO_WATCH.search(lowered)):
        return MONITOR  # (not "i check her phone every night": what they do, told, not a request)
    if _LOCATE.search(lowered) and not wants_a_refuge(lowered):
        return LOCATE
    folded = welsh_profile.fold(text)
    if _CY_CHECK.search(folded) and not re.search(r"\b(?:clare|claire|clair)s?\b|\bdatgelu\b|\bdvds\b", folded):
        return CHECK  # asking through the scheme is the scheme's question, answered by its guide
    if _CY_MONITOR.search(folded):
        return MONITOR
    if _CY_LOCATE.search(folded):
        return LOCATE
    return None
