"""Words that say what a follow-up asks of the answer just given, or which line it names — pure,
no Rasa import. Read by the profile extractor (before the classifier's guess is acted on) and by the
actions that answer follow-ups in context (actions/in_context.py, actions/helplines.py).
"""
from __future__ import annotations

import re
from typing import List, Tuple

# A line asked about by its name ("ydi galop yn siarad efo merched hefyd?", "whats the number for respect"):
# the helplines answer, with the named line first (actions/helplines.py). Service ids as in services.yml.
NAMED_SERVICES: Tuple[Tuple[str, re.Pattern], ...] = tuple(
    (service_id, re.compile(pattern))
    for service_id, pattern in (
        ("galop", r"\bgalop\b|\b(?:the )?(?:lgbt\+?|lgbtq\+?|gay|queer) (?:one|line|helpline|number)\b"),
        ("respect_phoneline", r"\brespect (?:phone ?line|line|helpline|number)\b|\b(?:ydi|ydy|ody|yw|is|does|do) respect\b|\b(?:pwy|be|beth) (?:yw|ydi|di)'?r respect\b|\bwho(?:'?s| is) (?:this |the |that )?respect\b"),
        ("mens_advice_line", r"\bmen'?s advice line\b|\bmens advice\b|\b(?:the )?men'?s (?:abuse |domestic abuse )?(?:line|helpline)\b"),
        ("karma_nirvana", r"\bkarma nirvana\b"),
        ("hourglass", r"\bhourglass\b|\b(?:the )?(?:older|old|elderly) (?:people'?s?|persons?'?|folks?'?) (?:one|line|helpline|number)\b"),
        ("childline", r"\bchild ?line\b"),
        ("live_fear_free", r"\blive fear free\b|\bbyw heb ofn\b|\b(?:a |the )?welsh (?:one|line|helpline|number)\b"),
        # "ill try the scotland one tomorrow" (not "applied for the scottish one": the scheme; "not the NI one")
        ("scotland_helpline", r"\b(?:scotland|scottish|scots) (?:line|helpline|number)\b|\b(?:try|ring|call|phone|text|contact) (?:the |that )?(?:scotland|scottish|scots) one\b"),
        ("ni_helpline", r"\b(?:northern ireland|n\.? ?ireland|northern irish|ni|norn iron) (?:line|helpline|number)\b|\b(?:try|ring|call|phone|text|contact) (?:the |that )?(?:northern ireland|n\.? ?ireland|northern irish|ni|norn iron) one\b"),
        ("stalking_helpline", r"\b(?:national )?stalking helpline\b|\bsuzy lamplugh\b"),
        ("mankind", r"\bmankind\b"),
        ("samaritans", r"\bsamaritans\b|\bsamariaid\b|\bsamariad\b"),
    )
)


def named_services(lowered: str) -> List[str]:
    """The ids of the lines a message names, in the order above."""
    return [service_id for service_id, pattern in NAMED_SERVICES if pattern.search(lowered)]


# "should i keep the messages or delete them?", "ddylwn i gadw'r negeseuon ta'u dileu nhw?": evidence,
# never a request to clear this chat.
EVIDENCE_ASKED = re.compile(
    r"\b(?:keep|keepin|keeping|save|screenshot\w*|delete|(?<!how do i )(?<!how can i )(?<!where do i )(?<!can i )(?<!can a )(?<!could i )report(?! (?:him|her|them|it|my \w+|ma \w+) (?:online|on ?line))|take|taking)\b.*\b(?:messages?|(?<!by )(?<!via )(?<!over )texts?|voicemails?|evidence|notes|flowers|letters|emails?|dms|photos|pics|pictures|snaps?|diary|screenshots|screen shots)\b|\bkeep(?:ing|in)? (?:a )?(?:log|record|note|notes|diary)\b|\b(?:writ(?:e|ing)|jot(?:ting)?|note) (?:stuff|things|it|everything|it all|them) down\b|\bwhere (?:would|should|do|can|could) i (?:even )?(?:keep|hide|store|put) (?:it|them|that|this|a diary|the diary|notes|the notes)\b|\b(?:no|any|not got|haven'?t got|havent got|got no) (?:proof|evidence)\b|\bkeeping as evidence\b|\b(?:what|wot|wat|which|how much) (?:kind of |sort of |type of )?(?:evidence|proof) (?:do|would|will|should|does) (?:i|you|we|she|he|the court|a court|the judge|the police) (?:need|have|want|get)\b|\bkeep(?:ing|in)? hold of\b|\b(?:writ\w*|put|get|note) (?:it|everything|things|stuff|them) (?:all )?down\b|\b(?:what|wot|wat) (?:should|do|shall|can) i (?:be )?(?:keep|keeping|keepin|save|saving)\b|"
    r"\b(?:messages|texts|voicemails?|emails|dms)\b.*(?<!makes me )(?<!make me )(?<!made me )(?<!making me )\b(?:keep|save|screenshot\w*|as evidence)\b(?! (?:my |his |her |the )?location)|"  # (not "makes me keep location sharing on")
    r"\b(?:cadw|gadw|dileu|ddileu|screenshot\w*)\b.*\b(?:negeseuon|tecsts|tystiolaeth|dystiolaeth|llythyrau|lluniau|screenshots?|sgrinluniau)\b|\b(?:be|beth) (?:ddylwn i|dylwn i|ddylswn i|sy angen i fi|ddylen i) (?:ei )?(?:gadw|cadw|gofnodi|nodi)\b|"
    # "can i get him done for the message"
    r"\b(?:get|have) (?:him|her|them) (?:done|charged|arrested|nicked|prosecuted) for (?:the |that |this |those |his |her )?(?:message|text|voice ?note|voicemail|threat|snap|dm)s?\b"
)
# "he only did it the once tho", "it was a one off": one incident can count (FACTS 1.1).
ONCE_ASKED = re.compile(
    r"\b(?:only|just) (?:did it |done it |happened |hit me |pushed me |shoved me |hurt me |slapped me |punched me |kicked me |grabbed me |did that )?(?:the |that )?once\b|\bone (?:slap|punch|push|shove|hit|time|incident) (?:be |is )?enough\b|\b(?:have|has) to (?:keep happen(?:ing|in)|happen (?:more than once|again|a lot))\b|\bone[ -]?off\b|\b(?:only|just) (?:the )?(?:one|1) (?:time|incident)\b|"
    r"\b(?:first|1st) time (?:he|she|they|it)(?:'?s| has| have| did| ever)?\b|\b(?:first|1st) time in\b|\b(?:hit|slapped|pushed|shoved|punched|kicked|grabbed) me once\b|\bone time\b.*\b(?:isn'?t|isnt|not|doesn'?t|doesnt)\b|\b(?:it was|was only|only happened) (?:one time|once)\b|\b(?:dim|ddim) ond unwaith\b|\b(?:mond|dim ond|jyst|jest) unwaith\b|\bunwaith yn unig\b|"
    r"\b(?:un tro|unwaith|un waith)\b.{0,25}\b(?:ddigon|digon|cyfri|cyfrif|gyfri|gyfrif)\b|\b(?:ddigon|cyfri|gyfri)\b.{0,25}\b(?:un tro|unwaith)\b"  # "ydi un tro yn ddigon i gyfri?"
)
# "ok so what can i actually do then", after the friend's answer: that answer again, never the scheme's steps.
WHAT_CAN_I_DO = re.compile(
    r"(?:^|[.!?] )(?:(?:ok|okay|so|right|well|and|but),? )*(?:what|wot|wat|whit) (?:can|should|do|could) (?:i|a) (?:actually |actualy |actully |even |really )?(?:do|dae|be doing)(?: then| now| after| afterwards| next| about it| to help)?(?: for (?:her|him|them))?(?: then| now| the now| right now)?(?:,? (?:just|then) [a-z ]{0,30}|,? (?:i'?m|im|i am) (?:still |really |so )?(?:worried|scared|concerned) (?:about|for) (?:her|him|them)|,? (?:she'?s|shes|he'?s|hes|she is|he is) \d{1,2})?\W*$|"
    # "so wot am i meant to do then, nothin??"
    r"(?:^|[.!?] )(?:(?:ok|okay|so|right|well|and|but),? )*(?:what|wot|wat|whit) am i (?:meant|supposed|sposed|ment) to (?:do|dae)(?: then| now| about it)?(?:,? (?:nothin\w*|nowt|just sit there|just (?:watch|wait|stand by|sit back|leave it)(?: \w+){0,3}))?\W*$|"
    r"^\W*(?:(?:ok|okay|so|right|well|and|but),? )*(?:i|we) (?:just|should just|shall just|have to|gotta) (?:do|say|sit (?:here|back|there)(?: and do)?) (?:nothing|nothin|nowt|fuck all|sod all)\W*(?:\?+\W*)?(?:(?:great|brilliant|cheers|thanks|thx|nice|good|useful|helpful)(?: \w+){0,2}\W*)?$|"
    r"(?:^|[.!?] )(?:(?:ok|iawn|reit|so),? )*(?:be|beth) (?:alla|fedra|ga|ddylwn) i (?:neud|wneud|gwneud)(?: ta| felly| rwan| nawr)?(?:,? (?:jyst|jest) [a-z' ]{0,30})?\W*$|"
    # "beth dw i'n gweud wrtho fe? sa i moyn neud pethe'n waeth", "what do i say to her", after the friend's answer
    r"^\W*(?:(?:ok|iawn|reit|so),? )*(?:be|beth|what|wot|wat) (?:dw i'?n|dwi'?n|wi'?n|fi'?n|ddylwn i|alla i|do i|should i|can i) (?:ddeud|deud|dweud|gweud|weud|ddweud|say) (?:wrtho|wrthi|wrthyn|to) ?(?:fe|fo|o|hi|nhw|her|him|them)\b"
)
# "ga i ddeud wrth fy ffrind gora be ma nhw'n ddeud wrtha i?", "ydi'r heddlu'n deud wrtho fo mod i di holi?",
# "can i tell my sister what they tell me": the disclosure's confidentiality.
TOLD_ON = re.compile(
    r"\b(?:can|could) i tell (?:my |a )?\w+(?: \w+)? what (?:they|the police) (?:tell|told|say|said)\b|"
    r"\b(?:can|could|am i allowed to) (?:i )?(?:pass on|pass|share|repeat) (?:what (?:they|the police|the officer) (?:told me|said|say|tell me)|it|that)(?: on)? (?:to|with) (?:her|him|them|my \w+)\b|"  # "can i pass on what they said to her"
    r"\b(?:ga|alla|fedra|galla) i (?:ddeud|ddweud|dweud|deud|weud|gweud) wrth (?:fy |y |'r )?\w+(?: \w+)? (?:be|beth) (?:ma|mae|maen) nhw(?:'n| yn) (?:ddeud|ddweud|deud|dweud|gweud|weud)\b|"
    # "a os ma nhw'n gweud rhwbeth, ga i weud wrth fy chwaer?"
    r"\b(?:os (?:ma|mae|maen|byddan|fyddan)|tasen|tasan|pe baen|petai|petaen|pe bai) nhw(?:'n| yn) (?:ddeud|ddweud|deud|dweud|gweud|weud) (?:rhwbeth|rhywbeth|rwbath|unrhyw beth)\b.*\b(?:ga|alla|fedra|galla) i (?:ddeud|ddweud|dweud|deud|weud|gweud) wrth\b|"
    r"\b(?:ga|alla|fedra|galla) i (?:weud|gweud|ddeud|ddweud) wrth (?:fy |y |'r )?\w+(?: \w+)? (?:be|beth) (?:wedon|ddwedon|ddudon|dd?wedodd|ddeudodd|ddywedodd) (?:nhw|nhw wrtha i|yr heddlu)\b|"  # "alla i weud wrth fy chwaer beth wedon nhw?"
    # "ac os ma nhw'n gweud rhywbeth wrtha i, ga i weud wrth mam?"
    r"\b(?:os|pan) (?:ma|mae|maen) nhw(?:'n| yn) (?:deud|dweud|gweud) (?:(?:rhywbeth|rwbath|rywbeth|rhwbeth|rwbeth) )?wrtha i\b.*\b(?:ga|alla|fedra|galla) i (?:weud|ddeud|ddweud|ddeud|ddangos (?:e|o|fe|fo|hynny|hyn) i|ddangos i|rannu (?:e|o|fe|fo|hynny|hyn) (?:efo|gyda|hefo))\b|"
    r"\b(?:ydi|ydy|fydd|neith|wneith)(?:'r| yr)? heddlu(?:'n| yn)? (?:deud|dweud|gweud) wrtho (?:fo|fe|o|e)\b|"
    # "os dwi'n cael gwbod rwbath fedra i ddeud wrtho fo mod i'n gwbod?", "can i tell him i know"
    r"\b(?:fedra|alla|ga) i (?:ddeud|ddweud|dweud|deud) wrtho (?:fo|fe|o|e) (?:mod i|bod fi|be)\b|"
    # "os ydyn nhw'n deud rhywbeth wrtha i, ga i ddeud wrth fy chwaer?"
    r"\bos (?:ydyn nhw|ma nhw|maen nhw|mae nhw)(?:'n| yn) (?:deud|dweud|gweud) (?:rhywbeth|rwbath|rhwbeth) wrtha i\b.*\b(?:ga|alla|fedra) i (?:ddeud|ddweud|dweud|deud) wrth\b|\b(?:can|could|should) i (?:tell|confront) (?:him|her|them) (?:i know|what i (?:know|found out|was told))\b|"
    r"\b(?:ydw i|ydi fi|dwi|ga i|caf i|alla i)(?:'n| yn)? (?:cael |gael )?(?:ei |eu )?(?:rhannu|rannu)\b|\b(?:ydi|ydy|yw|fydd) (?:o|e|fo|fe|hi)(?:'n| yn) (?:mynd i )?(?:wbod|wybod|gwybod|ffeindio allan)(?: ma| mai| mae)? (?:fi|fy)\b"
)
# "should i just wipe everything off my phone then": their phone, never this chat.
MY_DEVICE_WIPE = re.compile(r"\b(?:wipe|delete|clear|reset)\b.*\b(?:off|on|from) (?:my|the|me) (?:phone|laptop|device|tablet|ipad|computer|mobile)\b|\bfactory reset\b|\b(?:wipe|delete|clear) (?:everything|it all|the lot|all of it) (?:off|from) it\b|\b(?:change|changing|reset|resetting) (?:all )?(?:my |ma |me |the |every )?(?:passwords?|passcodes?|pins?|logins?)\b|\b(?:newid|ailosod) (?:y |fy |'r )?(?:cyfrinair|cyfrineiriau|password\w*)\b")

# "not right this second no. i just feel like that a lot", after Samaritans: theirs again.
STILL_FEELS = re.compile(r"\bfeel (?:like )?(?:that|this|it) (?:a lot|all the time|most days|loads|often|every day)\b|\bi (?:probably |prob |just )?(?:deserve|deserved) (?:it|this|all (?:of )?(?:it|this)|to (?:die|feel like this|be (?:alone|on my own)))\b|\b(?:teimlo|deimlo) (?:fel (?:hyn|hynna)|felly) (?:lot|drwy'?r amser|bob dydd|yn aml)\b")

# "sorry whats the first number again", after Samaritans: the one before theirs.
EARLIER_NUMBER = re.compile(r"\b(?:first|other|earlier|previous|women'?s|womens|original) (?:number|one|line)\b|\bnumber (?:from )?before\b|\b(?:rhif|llinell) (?:cynta|gyntaf|cyntaf|arall|gynt)\b")

# "is there like a course", after Respect's line
# "is that normal, going back to him over and over", from a worried friend: leaving often takes several attempts (FACTS 6.2);
# "im gonna tell him to back off": never confront the person harming them. Both get the friend's answer again.
GOES_BACK = re.compile(r"\b(?:moyn|isio|eisiau|want to|wanna) (?:peidio )?(?:gweud|deud|dweud|say) (?:y peth anghywir|the wrong thing)\b|\b(?:im|i'?m|i am|i'?ll|ill|i will|gonna|going to|might|tempted to|half tempted to|thinking of|thinking about|want to|wants to|part of me wants to|should i|shall i|do i|can i) (?:just )?(?:gonna |going to )?(?:tell (?:him|her|them) to (?:back off|leave (?:her|him) alone|stop|get lost)|(?:go round (?:and |n |an )?)?(?:have a word with|have it out with) (?:him|her|them)|sort (?:him|her|them) out|go(?:ing)? round(?: there| to his| to hers)?|knock(?:ing)? (?:round|on (?:their|his|the) door)|confront(?:ing)? (?:him|her|them)|tell her to (?:pack|leave|go|get out))\b|\b(?:what|wot) (?:could|should|do|can|would) i (?:even )?say(?: to her| to him)?\W*$|\b(?:went|gone|goes|going|go|keeps? going|keep goin) back (?:to|with) (?:him|her|them|that|the|he|she)\b|\b(?:mynd|wedi mynd|di mynd|mynd yn) (?:n[oô]l|[oô]l) (?:ato|ati|atyn|at)\b")
# "i cant speak properly on the phone since my op": a voice call is hard for them, not a sign of danger now.
SPEECH_OR_HEARING = re.compile(r"\b(?:since|after) my (?:op|operation|stroke|surgery|accident)\b|\b(?:speech|stammer\w*|stutter\w*|deaf|hard of hearing|hearing aids?|bsl|sign language|non[- ]?verbal|mute)\b|\b(?:can'?t|cant|cannot) (?:speak|talk|hear) (?:properly|very well|well|clearly)\b")
# "sut dwi'n checkio heb iddo fo wybod??", after the tech answer: checking the phone unseen (the tech answer says how).
CHECK_UNSEEN = re.compile(r"\bsut (?:dwi'?n|dw i'?n|alla i|fedra i|ga i) (?:gwbod|gwybod|wybod|wbod|checkio|tsiecio|gweld|weld) os oes (?:na |'na |yna )?(?:app|ap|tracker|spyware|rwbath|rhywbeth)\b|\b(?:check|checkio|tsiecio|gwirio)\w*\b.{0,20}\b(?:heb iddo|heb iddi|without (?:him|her|them) (?:knowing?|noticing?|finding out|cottoning on|cottonin on|catching on|clocking|twigging|realising|realizing))\b|"
                          r"\bhow (?:would|do|can|could|will) (?:i|she|he|they|you|u) (?:know|tell|find out|check|see) (?:if|whether) (?:there'?s|theres|there is|(?:he|she)(?:'s| has|s) (?:put|got|installed)) (?:an? |some )?(?:app|tracker|spyware|spy app|something)\b")
# ...and asking how to reach the police when it isn't an emergency (not "im deaf, how do i get the police if hes kicking off").
SPEECH_NOT_AN_EMERGENCY = re.compile(r"^(?=.*(?:" + SPEECH_OR_HEARING.pattern + r"))(?=.*(?:\bnot (?:an? )?(?:emergency|urgent)\b|\bnon[- ]?emergency\b))")
# "what do they even do if i ring", after Respect's line: what the line is for (said with it).
WHAT_THEY_DO = re.compile(r"\b(?:what|wot|wat) (?:do|will|would|can) (?:they|them|those people) (?:even |actually |really )?(?:do|say|ask)\b|\b(?:what|wot|wat) (?:even |actually |really )?happens (?:if|when|after) i (?:ring|call|phone|contact|get in touch)\b|\b(?:be|beth) (?:maen nhw|ma nhw|fyddan nhw|neith nhw)(?:'n| yn)? (?:neud|wneud|gwneud|ddeud|ddweud)\b")
# "should i tell a teacher or is that snitching", from a young person worried about a friend.
TELL_AN_ADULT = re.compile(
    r"\b(?:should|shall|can|could|do) i (?:just )?(?:tell|talk to|speak to) (?:a |my |the |our |her |his )?(?:teacher|head of year|school|school nurse|adult|grown ?up)\b|\b(?:snitch\w*|grass\w*)\b.{0,30}\b(?:teacher|school|adult)\b|"
    r"\b(?:deud|dweud|gweud) wrth (?:athro|athrawes|yr ysgol|oedolyn)\b"
)
# Help for the one harming a relative or friend to change ("hes my son, is there someone who can help him change").
THEM_CHANGE = re.compile(
    r"\b(?:help|get|make|support) (?:him|her|them|my \w+) (?:to )?(?:change|stop)\b|\b(?:he|she|they) (?:wants?|needs?) (?:some )?help to (?:stop|change)\b|\b(?:help|support|course|programme|anyone|someone) (?:\w+ ){0,2}for (?:him|her|them)\b.{0,25}\b(?:change|stop|anger|temper|behaviour)\b|"
    r"\b(?:helpu|help) (?:o|fo|e|fe|hi|nhw) (?:i )?newid\b"
)
COURSE_ASKED = re.compile(r"\b(?:course|courses|programme|program|classes|group|groups|cwrs|gwrs|cyrsiau|rhaglen|grwp|grŵp)\b")

# After the privacy answer: "how do i wipe it then", "sut dwi'n dileu hwn?"
WIPE_ASKED = re.compile(
    r"\bhow (?:do|can|would) i (?:wipe|delete|clear|erase|get rid of) (?:it|this|that|the chat|this chat|the conversation|everything|the lot)\b|"
    r"\b(?:want|get|have) (?:it|this|them|everything)(?: all)? (?:gone|deleted|wiped|cleared|erased)\b|"  # "and if i want it all gone after"
    r"\bsut (?:dwi'?n|dw i'?n|alla i|fedra i|ga i) (?:dileu|clirio|cael gwared ar|cael gwared o|cael gwared) (?:hwn|hyn|o|e|y sgwrs|'r sgwrs|o'?r sgwrs|ar y sgwrs|popeth)\b"
)

# What says a teenager's relationship: a boyfriend or girlfriend, school, an age under 19, pictures shared.
TEEN_WORDS = re.compile(
    r"\b(?:boyfriend|girlfriend|bf|gf|bae|ex|school|college|sixth form|teen\w*|year (?:[7-9]|1[0-3])|1[0-8]|nudes?|pics?|snap\w*|insta\w*|"
    r"cariad|gariad|nghariad|chariad|ysgol|coleg|lluniau|llunia)\b"
)

# "if i ring a helpline will they tell the police": whether a helpline passes things on.
HELPLINE_TELLS = re.compile(
    r"\b(?:helplines?|help ?lines?|ring (?:them|a line|the line)|call (?:them|a line|the line))\b.{0,40}\b(?:tell|inform|report (?:me|it|this|us) to|call|ring|contact|grass (?:me )?(?:up )?to|pass (?:it|this) (?:on )?to) (?:the )?(?:police|polis|psni|cops|social services|social workers?|social)\b|"
    # "will they grass me up to the police if i ring", "if i call will they report me"
    r"\b(?:tell|grass|report|shop|inform)\w* (?:on )?(?:me |us )?(?:up )?(?:to )?(?:the )?(?:police|polis|psni|cops|feds|old bill)\b.{0,25}\bif i (?:ring|call|phone|contact|speak to|talk to)\b|"
    r"\bif i (?:ring|call|phone|contact) (?:them|they|it|up|that|the number)?\b.{0,30}\b(?:tell|grass|report|shop|inform)\w* (?:on )?(?:me |us )?(?:up )?(?:to )?(?:the )?(?:police|polis|psni|cops|feds|old bill)\b|"
    r"\b(?:fyddan nhw|fydd nhw|wnan nhw|wnawn nhw|neith nhw|newn nhw)(?:'n| yn)? (?:deud|dweud|ddeud|ddweud|riportio|cysylltu) (?:wrth|a|efo|hefo) ?(?:yr |'r )?heddlu\b|"
    r"\b(?:fyddan nhw|fydd nhw|wnan nhw|neith nhw|newn nhw)(?:'n| yn)? (?:galw|ffonio|nol|nôl)(?: ar)? ?(?:yr |'r )?heddlu\b|"  # "fyddan nhw'n galw'r heddlu arna fi os dwi'n deud be nes i?"
    r"\bheb (?:iddyn nhw|iddo fe|iddo fo|iddi hi|i neb|iddyn) (?:alw|ffonio|ddweud wrth|ddeud wrth|weud wrth)(?:'r| yr| y)? ?heddlu\b|"  # "alla i siarad gyda rhywun heb iddyn nhw alw'r heddlu arna i?"
    # "is that lot gonna grass me up to the police", after Respect's line
    r"\b(?:is|are|will|would|do|does) (?:that lot|those lot|they|the line|that line|respect|that number|the helpline)(?: \w+){0,2} (?:tell|grass|report|shop|inform)\w* (?:on )?(?:me|us)\b(?: up)?(?: to)?(?: the)? (?:police|polis|psni|cops|feds|old bill)\b|"
    # "is it anonymous or will they grass me up", after Respect's line
    r"\b(?:will|would|do|does|are|is) (?:they|that lot|those lot|the line|that line|respect)(?: \w+){0,2} (?:grass|shop|dob) (?:me|us) (?:up|in)\b"
)

# What someone else will see, know or believe ("will he see my new address on it", after the orders; "would anyone even
# believe me"), or "what happens if i say it" (after Ask for ANI): not about what Harbour keeps, unless it names this chat.
OTHERS_KNOW = re.compile(
    r"^(?!.*\b(?:this|chat|here|harbour|typing|typed|type|conversation|you|u|bot)\b).*"
    r"(?:\b(?:will|would|can|could|does|do|did) (?:he|she|they|him|her|anyone|anybody|the police|police|my ex|people)(?: \w+){0,2} (?:see|find out|know|get hold of|believe)\b|\b(?:will|would|does|do) (?:he|she|they|him|her)(?: \w+)? (?:get|be) (?:told|notified|alerted|a notification|an alert)\b|"
    r"\b(?:a )?fydd (?:e|o|fe|fo|hi|nhw)(?:'n| yn) (?:gweld|gwybod|ffeindio)\b(?!.*\b(?:sgwrs|hwn|harbour|chi|ti)\b))"
)
# Anywhere in a message: "...shes stopped coming out. what can i do", "how can i help her".
HOW_TO_HELP = re.compile(
    r"\b(?:what|wot|wat) (?:can|should|could|do) i (?:actually |even |really )?do\b|\bhow (?:(?:can|do|could|should) i|i can|i could|to) help (?:her|him|them)\b|"
    r"\b(?:be|beth) (?:alla|fedra|ga|ddylwn) i (?:neud|wneud|gwneud)\b"
)

# "whats the point hes already said hed just deny it", "its my word against his": keep evidence.
WORD_AGAINST = re.compile(
    r"\b(?:deny|denies|denied) (?:it|everything|the lot)\b|\bword against (?:his|hers|mine|theirs)\b|\bno (?:proof|evidence)\b|"
    # "i dont have any proof its just him showing up", "wot if they dont believe me", "i got voice notes of him threatening me, are they any use"
    r"\b(?:don'?t|dont|do not) have (?:any )?(?:proof|evidence)\b|\b(?:haven'?t|havent|not) got (?:any )?(?:proof|evidence|photos?|pictures?|pics|screenshots?)\b|^\W*(?:(?:and|but|so|ok),? )?(?:what|wot|wat) if (?:they|the police|police|no ?one|nobody) (?:won'?t|wont|don'?t|dont|do not|will not) believe me\W*$|\b(?:would|will|do|does) (?:anyone|anybody|they|the police|people) (?:even |actually |ever )?believe me\b|"
    r"\b(?:voice ?notes?|messages|texts|screenshots?|photos?|pics?|recordings?|videos?)\b.{0,40}\b(?:(?:are|is) (?:they|it|these|those|them) (?:any use|any good|worth keeping|enough)|(?:be|as|count as) (?:evidence|proof))\b|"
    r"\b(?:what|wot) (?:should|do|can) i do (?:about|with) (?:the|his|her|these|those|all the) (?:messages|texts|voice ?notes|emails|dms)\b|"
    r"\b(?:gwadu|wadu) (?:y cwbl|popeth|bob dim|o|hyn)\b|\bdim (?:prawf|tystiolaeth)\b"
)

# Just after the self-harm answer: "dim ond chydig o rai", "only a few", "plis dwi'm isio mam wbod": still
# about what they took or did, so the self-harm answer again (999 and Samaritans), never something else.
STILL_ABOUT_IT = re.compile(
    r"\b(?:only|just|not) (?:a few|a couple|that many|many|loads|much)\b|(?<!i'm )(?<!im )(?<!i am )\bonly (?:\d+|one|two|three|four|five|six)\b(?! (?:years?|yrs?|yo)\b)|"
    r"\b(?:don'?t|dont|do not) (?:want|wanna) (?:my )?(?:mum|mam|dad|parents|anyone|them|him|her) (?:to )?(?:know|find out)\b|"
    r"\b(?:dim ond|jyst|jest|ond) (?:chydig|ychydig|cwpl|cwpwl|dau|dwy|tri|tair|rhai)\b|\bchydig o rai\b|"
    r"\b(?:dwi'?m|dwi ddim|dw i ddim|sa i|smo fi|fi ddim) (?:isio|eisiau|moyn|ishe) (?:i )?(?:mam|dad|neb|nhw|fo|hi) (?:wbod|wybod|gwybod|gwbod|ffeindio allan)\b"
)

# "are they open tonight", "ydyn nhw'n agored heno?", "what time do they shut"
HOURS_ASKED = re.compile(
    r"\b(?:open|opening|hours|shut|close|closed)\b.{0,20}\b(?:now|tonight|today|weekend|sunday|saturday|late|night)\b|\bwhat time\b|\bopening hours\b|\bare they open\b|"
    r"\b(?:agored|ar agor|oriau)\b|\bpa (?:amser|oriau)\b|\b(?:late at night|middle of the night|in the night|at night|overnight|3am|2am|4am)\b|"
    r"\b(?:will|would) (?:someone|anyone|somebody) (?:be there|answer|pick up)\b|\b(?:will|would|do|does) (?:they|it|that line) (?:still )?(?:answer|pick up)(?: now| this late| at this time)\b|\bmidnight\b|"
    r"\b(?:only|just) (?:open )?(?:in|during) the day(?:time)?\b|\b(?:only|just) (?:open )?(?:days|daytime|office hours)\b|\b24 ?(?:hours?|hrs?|/ ?7|7|awr)\b|\b24-hour\b|\b(?:yn hwyr|ganol nos|yn y nos|gyda'?r nos)\b|\bfydd (?:rhywun|rywun) (?:yna|yno|ar gael)\b"
)

# After the stalking answer: "should i just meet him once to sort it out", "ddylwn i gyfarfod efo fo jyst unwaith?"
MEET_ASKED = re.compile(
    # (him or her: "can i text them instead" after the lines is about the lines)
    r"\b(?:should|shall|shud|could|can|do) i (?:just )?(?:meet|meet up with|see|talk to|speak to|confront|face|go round to|message|text|reply to|answer|block|have it out with) (?:him|her)\b|"
    r"\b(?:should|shall|shud|could|can|do) i (?:just )?tell (?:him|her) to (?:pack it in|stop|back off|leave me alone|get lost|jog on|do one)\b|"
    r"\b(?:says?|said|reckons?|thinks?|told me)(?: i should| to)? (?:just )?(?:meet|meet up with|confront|face|have it out with) (?:him|her) and\b|"  # "my mate says just meet him and tell him straight"
    r"\b(?:maybe i should|i should|i might|i'?ll|ill|im gonna|i'?m gonna|i am going to|(?:part of me|i) (?:just )?wants? to) (?:just )?(?:meet|meet up with|talk to|speak to|confront|face|message|text|reply to|have it out with) (?:him|her)\b|"
    r"\b(?:should|shall|shud|could|can|do) i (?:just )?(?:tell (?:him|her) to (?:back off|leave me alone|stop|get lost)|go (?:round|over|next door)(?: and knock)?)\b|\bsort (?:it|this|things) out\b|\b(?:msg|message|text|reply) (?:him |her )?back\b|"
    r"\b(?:ddylwn|ddylen|dylwn|dylen|ddylswn|ga|alla|gallwn) i (?:jyst |jest )?(?:gyfarfod|gwrdd|cwrdd|siarad|wynebu|fynd draw|ateb|atab|tecstio|decstio|tecsto|decsto|tecsio|decsio)\b|\bsortio (?:fo|fe|o|e|hi|petha|pethau|hyn) allan\b"
)

# "can i ring it for him", "does it have to be her", "alla i ffonio ar ei rhan hi"
FOR_THEM = re.compile(
    r"\b(?:ring|call|phone|contact) (?:it |them |this |that |the line |up )?(?:for|on behalf of) (?:him|her|them|my \w+)\b|\bon (?:his|her|their) behalf\b|"
    r"\b(?:does|do) it (?:have|has) to be (?:him|her|them)\b|\b(?:he|she|hed|shed|he'?d|she'?d|he will|she will|he would|she would) (?:never|not|wont|won'?t|would not|wouldnt|wouldn'?t) (?:ring|call|phone|contact) (?:anyone|anybody|them|a helpline|a line)(?: (?:himself|herself|themselves|themself))?\b|\bar (?:ei|eu) (?:ran|rhan)\b|\bffonio (?:nhw |rhywun |rywun |rhywun arall )?(?:drosto|drosti|drostyn|drosta|drosof)\b|"
    r"\b(?:ring|call|phone|contact) (?:someone|somebody|them|it|a line|a helpline|up) for me\b"
)
# Someone else to call for the person themselves: "can my mum ring someone for me", "sa mam yn gallu ffonio rhywun drosta fi?"
FOR_ME = re.compile(r"\bfor me\b|\b(?:drosta|drosof) (?:fi|i)\b")

# "i dont want him in bother tho hes still my lad", "dwi ddim isio fo mewn trwbl": nothing has to be reported.
NOT_IN_TROUBLE = re.compile(
    # "she doesnt want police involved its family", "my nan won't have the police": someone else's wish
    r"\b(?:she|he|they|my \w+|nan|gran|mum|mam|dad)(?: really)? (?:doesn'?t|doesnt|does not|don'?t|dont|won'?t|wont|will not|refuses to) (?:want|have|involve|call|ring)(?: the)? (?:police|cops|polis|feds)\b|"
    r"\b(?:dydi|dyw|tydi|sa|so) (?:hi|o|fe|fo|nhw|mam|nain)(?: ddim)? (?:isio|eisiau|moyn|ishe) (?:yr |'r )?heddlu\b|"
    r"\b(?:don'?t|dont|do not) (?:want|wanna) (?:him|her|them|my \w+) (?:in|getting in|to get in|to be in|to go to) (?:trouble|bother|prison|jail)\b|"
    r"\b(?:don'?t|dont|do not) (?:want|wanna) (?:him|her|them) (?:arrested|locked up|charged|nicked|done|lifted|taken away)\b|"
    r"\b(?:will|would|do|does) (?:they|the helpline|the police|anyone|you)(?: \w+)? (?:make|force|push|tell) me (?:to )?(?:leave|split|end it|go)\b|"  # "will they make me leave him if i ring"
    r"\b(?:ddim|dim|'m) (?:isio|eisiau|moyn|ishe) (?:iddo fo |iddo fe |iddi hi |fo |fe |hi )?(?:fod |bod |gael |cael )?(?:mewn )?(?:trwbl|trafferth|helynt|ei arestio|arestio|carchar)\b"
)

# After the stalking answer: "ond dio ddim yn bygwth fi na dim", "he hasnt threatened me tho": it counts without threats.
NO_THREATS = re.compile(r"\b(?:doesn'?t|doesnt|does not|hasn'?t|hasnt|has not|never|not|ddim|dim|erioed)\b(?: \w+){0,2} (?:threaten\w*|bygwth|mygwth|fygwth)\b")

# "do i have to keep it to myself": what to do with a disclosure (never self-harm on the score alone).
_KEEP_IT = r"keep (?:it|this|that) (?:to myself|quiet|secret)\b"
KEEP_IT = re.compile(r"\b" + _KEEP_IT)
MUST_I_KEEP_IT = re.compile(r"\b(?:do|have|should) i (?:have to|need to|got to) " + _KEEP_IT)

# "police knocked n told me stuff about my partners past, i never even asked": the police told them unasked (Right to Know).
RIGHT_TO_KNOW = re.compile(
    r"\b(?:police|cops|officers?)\b.{0,40}\b(?:told|tell|came|come|knocked|turned up|visited|warned)\b.{0,60}\b(?:past|history|record|previous)\b.*\b(?:never (?:even )?asked|didn'?t (?:even )?ask|did not ask|without (?:me )?asking)\b|"
    r"\b(?:right to know)\b"
)

# "neith nhw ddeud wrtha i be ma nhw'n ffeindio ta wrthi hi?": the police (not the friend) are the ones telling.
THEY_TELL = re.compile(r"\b(?:neith|wneith|fydd|fyddan|ydyn|ydan|will|would|do|does) (?:nhw|yr heddlu|the police|police|they)\b")
# The schemes by name: a follow-up naming one is about the scheme, not the answer just given.
SCHEME_WORDS = re.compile(r"\bclare'?s?\b|\bclaire'?s?\b|\bdisclosure\b|\bdvds\b|\bdsdas\b|\bdvads\b|\bdatgelu\b")
# "police told me under clares law that my partner has a history of violence": a disclosure made, not one asked about.
DISCLOSED_TO_ME = re.compile(
    r"^(?!.*\b(?:how (?:do|can|would)|can i|could i|should i|will they|would they|do they)\b)(?!.*\b(?:told|tellt) (?:me|us) (?:nothing|nothin|nowt|owt|fuck all|zilch|anything)\b).*\b(?:police|cops|officers?|they|clare'?s law|claires law|disclosure|dsdas|dvads|dvds)\b.{0,40}\b(?:told|tellt|warned|disclosed|showed)\b(?: me| us)?\b.{0,60}"
    r"\b(?:history|record|past|previous|convictions?|convicted|done (?:this|it) before|violent|violence|(?:hurt|hit|beat|beaten|attacked|abused) (?:\w+ )?(?:women|woman|girls|his ex|exes|partners|people|others|someone))\b|"
    # "my clares law came back. hes got a record for hurting women"
    r"\b(?:clare'?s law|claires law|disclosure|dsdas|dvads|dvds)(?: request| application| check| thing)? (?:came|come|has come) back\b(?=.{0,60}\b(?:record|history|past|previous|convictions?|hurt\w*|violent|violence)\b)|"
    r"\b(?:got|had|was given) (?:a |the |my |me )?disclosure\b|\b(?:the )?(?:heddlu|plismyn)\b.{0,40}\b(?:wedi deud|di deud|wedi dweud|wedi gweud|nath .{0,10}deud)\b.{0,60}\b(?:hanes|record|gorffennol|treisgar)\b"
)
# "pwy alla i ffonio? sa i moyn y cops", "who can i ring, i dont want the police": the lines, not how to report.
NO_POLICE = re.compile(r"\b(?:don'?t|dont|do not|sa i|sai|ddim|dim|'m)\b.{0,12}\b(?:want|wanna|moyn|isio|eisiau)\b.{0,6}\b(?:the |y |yr )?(?:cops|police|polis|heddlu)\b")

# "does it cost anything", "ydi o'n costio?"
COST_ASKED = re.compile(r"\b(?:cost|costs|costing|charge(?! (?:him|her|them))|charged(?! (?:him|her|them|with))|pay for it|credit)\b(?<!evidence to charge)|\b(?:costio|gostio|talu amdano|am ddim|pris|credyd)\b")
BILL = re.compile(r"\b(?:phone |mobile )?bill\b|\bbil\b|\bcome up on\b|\bshow (?:up )?on\b")
# After Samaritans' answer: "sa i'n gwbod os alla i ffono, ma fe'n checko'r ffôn" (their block says how a call stays unseen).
PHONE_CHECKED = re.compile(r"\b(?:checks?|checking|checkin|checko|tsiecio|tshecio|sbio ar|goes through|looks? through)(?:'r| the| my| fy| y)? (?:phone|ff[oô]n)\b")
# After the danger answer: "wot if its the landline", "does pressing 55 let them see where i am", "be am linell dir?":
# the Silent Solution for a mobile and for a landline (services.yml).
# "what if i ever need them quick but i cant say anything": the Silent Solution, asked about before it's needed.
SILENT_IF = re.compile(
    # "if i ring 999 do i actually have to speak or can i just whisper or cough", "how does the silent 999 call thing work"
    r"\b999\b.{0,30}\bdo i (?:actually |even )?have to (?:speak|talk|say (?:anything|owt))\b|\b999\b.{0,60}\b(?:whisper|cough|tap)\w*\b|\bsilent (?:999 )?(?:call|solution)\b|"
    r"\b(?:what if|if|how do i|how would i|how can i)\b.{0,40}\b(?:need|ring|call|phone|get)\b.{0,30}\b(?:can'?t|cant|cannot|couldn'?t|unable to|not able to) (?:say|speak|talk)(?: anything| out loud| a word)?\b|"
    # "wot if i cant speak when i ring, hes got keys", "if he turns up while im on the phone i wont be able to talk"
    r"\bif\b.{0,50}\b(?:on the phone|ringing|calling|on a call|on the line)\b.{0,20}\b(?:won'?t|wont|will not|wouldn'?t|wouldnt) be able to (?:talk|speak|say anything)\b|"
    r"\b(?:what|wot|wat|whit) (?:if|happens if|do i do if)\b.{0,10}\b(?:can'?t|cant|cannot|couldn'?t|unable to|not able to) (?:say|speak|talk)\b.{0,20}\b(?:when|if|once) i (?:ring|call|phone|get through)\b|"
    r"\b(?:be|beth) os\b.{0,40}\b(?:methu|ddim yn gallu|fedra i ddim|alla i ddim) (?:siarad|deud dim|dweud dim)\b|"
    # "what if i ring and he hears me talkin"
    r"\b(?:what|wot|wat|whit) if\b.{0,30}\b(?:ring|call|phone|on the phone)\b.{0,25}\b(?:he|she|they)(?:'ll| will| might)? (?:hears?|catch\w*|notic\w*)\b|\bif (?:he|she|they)(?:'ll| will| might)? (?:hears?|catch\w*) me (?:talk\w*|on the phone|ringing|calling|whisper\w*)\b|"
    r"\b(?:he|she|they)(?:'ll|ll| will| would| might|'d)? (?:hear|hears|catch) (?:me )?if i (?:talk|speak|ring|call|phone|say)\b"  # "i only got my mobile and she will hear if i talk"
)
# "and does that work in northern ireland as well", after the Silent Solution (FACTS 6.1: it works across the UK).
SILENT_ELSEWHERE = re.compile(
    r"\b(?:does|do|will|would|is|can)\b.{0,30}\b(?:work|apply|the same)\b.{0,30}\b(?:in|up in|over in|for)\b.{0,12}\b(?:scotland|northern ireland|n\.? ?ireland|ni|wales|england|belfast|glasgow|edinburgh|cardiff|derry|the uk|everywhere|cymru|yr alban|gogledd iwerddon)\b"
    r"|\b55\b.{0,40}\b(?:work|works|apply|applies|the same)\b.{0,20}\b(?:here|there|over here|up here|this side)\b"  # "does that press 55 thing work over here too"
)
SILENT_ASKED = re.compile(
    r"\b(?:landline|land line|house phone|home phone|llinell dir|linell dir|ffon (?:y )?ty)\b|\b(?:55|pressing (?:the )?(?:numbers?|buttons?))\b.*\b(?:see|know|track|trace|find|tell) (?:where|my location|them where)\b|"
    r"\b(?:location|where i am|where i live)\b.*\b55\b|\b(?:do|does|will|would|can) (?:they|the police|it|that) (?:know|see|find|track|trace) (?:where i am|my location|where i live)\b|\bwhat (?:if|happens if) i (?:don'?t|dont|can'?t|cant|forget to) press\b|\b(?:do|will) (?:they|the police) (?:just )?hang up\b|^\W*(?:and |so |ok |but )?(?:what|wot|wat|which (?:number|button)) (?:do|should|shall|am) i (?:meant to |supposed to )?(?:press|dial|push)\W*$|"
    r"\b(?:pwyso|bwyso) 55\b.*\b(?:gwybod|weld|gweld) (?:lle|ble)\b|"
    # "the kids are asleep and i dont want to talk out loud", "sa i moyn siarad yn uchel ar y ffon" (read only just after the danger answer)
    r"\b(?:dont|don'?t|do not|cant|can'?t|cannot)(?: want to| wanna)? (?:talk|speak) (?:out loud|loud|aloud|on the phone)\b|\b(?:sa i|sai|dwi ddim|dw i ddim|dwim|alla i ddim|fedra i ddim|methu)(?:'n| yn| n)?(?: moyn| isio| eisiau| gallu| ishe)? siarad (?:yn uchel|ar y ffon|ar y ffôn)\b|"
    r"\b55\b.{0,30}\b(?:still )?(?:work|works|working|gweithio|weithio)\b"  # "ffon symudol sgen i, ydi 55 dal yn gweithio?"
)
# After the routes without a voice call: "how do i sign up for the text one", "and for non emergency stuff?"
TEXT_ROUTE_ASKED = re.compile(
    r"\b(?:sign up|signup|register\w*|registration|cofrestru|gofrestru|text one|text 999|non[- ]?emergency|not urgent|non[- ]?urgent|isn'?t urgent|not an emergency|101|textphone|relay|18001|18000|bsl|sign language|video)\b|"
    r"\bdo i (?:have|need) to do (?:anything|something|owt) first\b|\bhow (?:long|quick|soon) (?:till|til|until|before|do|does|will|would) (?:they|it|the police|someone) (?:\w+ )?(?:reply|replies|answer|answers|text back|get back|respond)\b"  # "how long till they reply"
)
# "sorry wot was it again", "say that again": the last answer again, never a crisis on the score alone.
REPEAT_ASKED = re.compile(r"^(?:(?:sorry|soz|sori|sry|ok|okay),? )?(?:what|wot|wat) (?:was|is|were) (?:it|that|they|the number|the numbers) again\b|\bsay (?:it|that) again\b|^(?:(?:sorry|soz|sori|sry|ok|okay),? )?(?:how long|how many|what|wot|wat|which|where|who) (?:\w+ )?did (?:u|you|ya) (?:say|said)(?:\W*$|\s*\?)|\b(?:be|beth) (?:oedd|odd) (?:o|e|hwnna) eto\b|\b(?:pwy|be|beth|pa rif|pa un|pa linell) (?:ddudist|ddeudist|ddwedaist|ddwedest|wedest|wedaist|ddudoch|ddwedoch|wetoch|wedoch) (?:ti|chi)\b")

# Asking for this chat to go, in so many words ("dwi isio dileu hwn i gyd rwan", "delete this chat").
FORGET_NOW = re.compile(
    r"\b(?:anghofia|anghofiwch|anghofio) (?:bob dim|bopeth|popeth|y cwbl|y cyfan|hyn|hwn|y sgwrs|'r sgwrs|be dw i|be dwi|beth dw i|beth rydw i)\b|"
    r"\b(?:dileu|ddileu|clirio|glirio) (?:hwn|hyn|y sgwrs|'r sgwrs|r sgwrs|y cwbl|popeth)\b(?! (?:ar|o|oddi ar) (?:y |fy |'r )?(?:ffon|ffôn|phone|laptop|ap|app|ipad|cyfrifiadur|compiwtar))|"
    r"\b(?:delete|wipe|clear|erase) (?:this|this chat|the chat|this conversation|our chat|what i(?:'ve|ve| have)? (?:just )?(?:said|typed|wrote|written|put|sent|told (?:you|u)))\b(?! (?:app|phone|history|on))"
)
# "is it just for girls tho?", "do they help lads too", "ydi o jyst i ferched?"
AUDIENCE_QUESTION = re.compile(
    r"\b(?:do|will|would) they (?:actually |even |really )?(?:get it|get me|understand (?:it|me|people like me))\b|\bexplain myself\b|"  # "do they actually get it or will i have to explain myself"
    r"(?<!theyre )(?<!they're )(?<!they are )(?<!shes )(?<!she's )(?<!hes )(?<!he's )(?<!im )(?<!i'm )\b(?:just|only) (?:for )?(?:\w+ )?(?:girls|women|woman|females?|lasses|men|lads|boys|blokes|guys|males?|straight|young|old|adults|kids)\b|\b(?:actually |really )?for (?:guys|men|blokes|lads|people) like me\b|\b(?:will|do|would) they (?:get|understand) (?:the )?(?:trans|gay|lgbt\w*|queer|bi)\b|"
    r"\b(?:for|help|helps|take|talk to|speak to) (?:boys|lads|men|blokes|guys|males?|girls|women|gay|trans|older|young)\w* (?:too|as well|also)\b|"
    r"\b(?:do|does|will|would|can) (?:they|it|that|this|that line|the line|that one) (?:\w+ )?(?:help|take|talk to|speak to|do|cover|support) (?:boys|lads|men|blokes|guys|males?|girls|women|gay|trans|older|young)\w*\b|"
    r"\b(?:any|all) (?:gender|genders|age|ages)\b|\bis there (?:a |an )?(?:mens|men'?s|womens|women'?s|gay|lgbt\+?|trans|older|young) (?:one|line|number|helpline)\b|\b(?:people|someone|folk) like (?:me|us)\b|\b(?:pobl|rhywun|rywun) fel (?:fi|ni)\b|"
    r"\b(?:people|someone|anyone) (?:my|of my) age\b|\b(?:pobl|rhywun|rywun) (?:oed fi|fy oed|o fy oed)\b|"
    r"\b(?:jyst|dim ond|ond) (?:i |ar gyfer )?(?:ferched|merched|fenywod|menywod|ddynion|dynion|hogia|bechgyn|fechgyn)\b|\b(?:efo|gyda|hefo) (?:dynion|hogia|bechgyn|merched) (?:hefyd|hefo)\b|"
    # where: "does it still work if i live in wales", "ydy o'n gweithio os dwi'n byw yng nghymru?"
    r"\b(?:does|do|will|would) (?:it|that|they|this|that line|the line|that one|respect) (?:still )?(?:work|cover|count|apply|help)\b(?: \w+){0,3} (?:if|in|for|where) (?:i|im|i'?m|we)\b|\b(?:ydy|ydi|yw|ydyn|ydio|ydi o|ydy o) ?(?:o|e|nhw|hwnna|hyn|fo|fe)?(?:'n| yn) (?:gweithio|cyfri|berthnasol|helpu)\b.*\bos (?:dwi|dw i|fi|wi|ni)\b|"
    r"\b(?:ydyn|ydan|ydi|ydy|yw) (?:nhw|o|e|fo|fe)(?:'n| yn) (?:helpu|gweithio (?:efo|gyda)|siarad (?:efo|gyda)) (?:pobl |rhywun |rywun )?(?:yng nghymru|yn yr alban|yng ngogledd iwerddon|fan hyn|yma)\b|"
    r"\b(?:do|does|will|would|can) (?:they|it|that line|that one|respect) (?:\w+ )?(?:help|cover|take|talk to|work with) (?:people |someone |anyone )?(?:in|from) (?:wales|scotland|northern ireland|ni|here)\b"
)

# The kind of help a description points to (the profile's route slot), first match wins.
ROUTE_WORDS: Tuple[Tuple[str, re.Pattern], ...] = (  # FGM first: it has its own line (NSPCC) and is child abuse (FACTS 1.4)
    ("fgm", re.compile(r"\b(?:fgm|genital mutilation|female circumcision|(?:get|have|getting|having) (?:her|(?:my|our) (?:little |youngest |eldest |oldest |baby |two |\d+ ?(?:yr|year) old )?(?:daughters?|girls?|niece)|the girls?) (?:cut|circumcised)|be cut like|cut down there|khatna|(?:daughter|girl|niece|granddaughter|\d{1,2}[- ]?(?:yr|year)[- ]?old)\b.{0,60}\b(?:to |and )(?:be|get) cut\b|anffurfio organau cenhedlu)\b")),
    ("honour", re.compile(r"\b(?:shamed? (?:on )?(?:the|my|our) family|sham(?:ing|in) (?:the|my|our|me) family|bring(?:ing)? shame|brought shame|honou?r|izzat|forced marriage|force me to marry|forcing me to marry|make me marry|making me marry|(?:make|making|force|forcing) (?:her|him|them) (?:to )?marry|married off|marry (?:my cousin|someone i don'?t)|fgm|(?:boyfriend|girlfriend|partner) (?:they|the family|my parents|her parents|his parents) (?:don'?t|dont|do not) approve of|"
                          r"anrhydedd|priodas dan orfod|priodi dan orfod|gorfodi (?:fi|i fi|mi) i briodi|cywilydd ar y teulu)\b")),
    ("stalking", re.compile(r"\b(?:stalk\w*|keeps? (?:turn(?:ing|in)|show(?:ing|in)) up(?! with| wi | covered| in (?:tears|bits)| black and blue)|turn(?:s|ing|in) up at (?:my|me|our) (?:work|house|home|door|flat|school|job)|"
                            r"follow(?:s|ed|ing|in)? me (?:home|everywhere|around|about|to work|from)|keeps? follow(?:ing|in) me|wait(?:s|ing|in)? (?:for me )?outside (?:my|me|our) (?:work|house|flat|school|job)|"
                            r"leav(?:es|ing|in) (?:stuff|things|notes|flowers|presents|gifts|letters) (?:on|at|outside) (?:my|me|our) (?:door|doorstep|car)|won'?t leave me alone|"
                            r"stelc\w*|nilyn i ym mhobman|dilyn (?:fi|mi) (?:adra|adre|gatre|adref|i bobman|ym mhobman|o'?r gwaith)|troi fyny (?:o hyd|yn y gwaith|tu allan))\b")),
    # "is there a mens one as well tho", "oes na linell jyst i ddynion?": the men's line asked for by name
    ("man", re.compile(r"\b(?:mens|men'?s) (?:one|line|helpline|number)\b|\b(?:llinell|linell|rhif) (?:jyst |jest |dim ond )?(?:i|ar gyfer) (?:ddynion|dynion)\b")),
)


# A message naming a disclosure scheme is about that scheme, whatever else the classifier guessed.
SCHEME_NAMED = re.compile(
    r"\b(?:clare'?s?|claire'?s?|clair'?s?|clar'?s|clares|claires|clairs|clear'?s?) ?law\b|\b(?:clare|claire|clair|clear) (?:is|his|as) law\b|\bthe (?:clare'?s?|claire'?s?) (?:thing|one|scheme)\b|\bdisclosure scheme\b|\bdvds\b|\bdsdas\b|\bdvads\b|"
    r"\bright to (?:ask|know)\b|\bpower to tell\b|"
    r"\b(?:c|ch|g|ng)?(?:yfraith|deddf|ddeddf|nedd) (?:clare|claire|clair)\b|\b(?:cynllun|gynllun) datgelu\b|"
    # Asking the police about a partner's past, the scheme unnamed: "ga i ofyn i'r heddlu amdano fo?"
    r"\b(?:g?ofyn|holi) i'?r heddlu (?:amdano|amdani|am (?:ei |y )?(?:gefndir|gorffennol|orffennol|hanes|record))\b|\bholi'?r heddlu (?:amdano|amdani)\b|"
    # "mum's new boyfriend... sut dwi'n checio fo?"
    r"\bsut (?:dw i|dwi|alla i|fedra i|ga i|galla i)(?:'n|n| yn)? (?:checio|checkio|tsiecio|tshecio|gwirio|holi am|ffeindio allan am) (?:o|fo|e|fe|hi|amdano|amdani|ei gefndir|ei gorffennol|ei orffennol)\b|"
    # "can i find out if hes got a past", "...saying he battered his last girlfriend. can i find out if thats true"
    r"\b(?:find out|check)(?: if| whether)? (?:he|she|they|hes|shes|he'?s|she'?s|him|her|his|my \w+|her \w+|their \w+)(?:\s+\S+){0,2}?\s+(?:a |any )?(?:violent |abusive |criminal )?(?:past|(?<!browser )(?<!browsing )(?<!search )(?<!internet )(?<!phone )(?<!web )history|record)\b|"
    r"\b(?:battered|hit|beat|abused|hurt|attacked) (?:his|her|their) (?:last|ex|previous|old|former) \w+\b.*\b(?:find out|check|know) (?:if|whether)\b|"
    r"\bcheck(?:ing)? (?:out |up on )(?:her|his|their|my \w+'?s?) (?:new )?(?:fella|boyfriend|bf|partner|man|bloke|girlfriend|gf|husband|wife|fiance|fiancee)\b|"
    r"\b(?:ask|check with) the police (?:about|if) (?:him|her|them|his|her|my \w+s|my \w+'s)(?: (?:past|record|history|has|had|is|was))?\b(?!\s+(?:hit|hurt|beat|attack|assault|rap|threat|abus|stalk|follow|harass|smash|push|kick|punch)\w*)"
)

# Asking for someone to talk to ("a os dwi angen siarad efo rhywun am y peth", "i just need someone to talk to"):
# the lines for who and where they said they are.
TALK_TO_SOMEONE = re.compile(
    r"\b(?:need|needed|want|wanted|wanna|like) (?:to )?(?:talk|speak|chat) (?:to|with) (?:someone|somebody|anyone|a person)\b|\bsomeone to (?:talk|speak) to\b|"
    r"\b(?:does|do) (?:she|he|they) (?:have|need) to (?:ring|call|phone|contact) (?:them|it|the line) (?:herself|himself|themselves)\b|\bcan i (?:ring|call|phone|contact) (?:them|it|the line) (?:for|on behalf of) (?:her|him|them)\b|"  # "does she have to ring them herself or can i do it"
    r"\b(?:angen|isio|eisiau|moyn|ishe) (?:siarad|sgwrsio|cael gair) (?:efo|gyda|hefo|â|a) (?:rhywun|rywun|unrhyw un|rhywun am)\b|\brhywun i siarad (?:efo|gyda|hefo|â)\b|"
    # "dwi isio help ond dwi ddim isio ateb lot o gwestiynau": help at once, a line, no questions
    r"\b(?:don'?t|dont|do not|ddim|dim) (?:want|wanna|isio|eisiau|moyn) (?:to )?(?:answer|ateb) (?:\w+ ){0,2}(?:questions|cwestiynau|gwestiynau)\b|\bwithout (?:all )?(?:the |any |loads of |lots of )?questions\b"
)
# "and if its urgent one night", after the police answer: 999 (read in context, not Clare's Law's timescale).
URGENT_IF = re.compile(r"\b(?:if|when|what if) (?:its|it'?s|it is|it gets|it ever gets|there'?s|theres) (?:\w+ )?(?:urgent|an emergency|serious|really bad)\b|\bin an emergency\b")
# "what happens after i say it", "be sy'n digwydd ar ol i fi ddeud o?", after Ask for ANI: that answer's next step (read in context).
SAID_IT_NEXT = re.compile(r"\bwhat happens (?:after|when|once|if) i (?:say|ask|tell|do)\b|\b(?:be|beth) (?:sy'?n|sydd yn) digwydd (?:ar [oô]l|pan|os) (?:i (?:fi|mi) |dwi'?n |fi'?n )?(?:ddeud|ddweud|weud|dweud|deud|ofyn|gofyn)\b")
# "not sure im ready to go to them yet": no one has to report, and the lines help either way (read in context).
NOT_READY = re.compile(r"\bnot (?:sure )?(?:if |that )?(?:i'?m|im|i am) ready\b|\bnot ready (?:to|for|yet)\b|\b(?:ddim|dim) (?:yn )?barod\b")
# "i dont want to go to the police", "dwi'm isio mynd at y police", after an answer: no one has to (read in context only).
NOT_TO_POLICE = re.compile(r"\b(?:i )?(?:don'?t|dont|do not) (?:want|wanna) (?:to )?(?:go to|involve|ring|call|report (?:it |him |her )?to)? ?(?:the )?(?:police|cops|polis)\b|"
                           r"\b(?:dwi'?m|dw i ddim|dwi ddim|fi ddim|sai|sa i)(?: yn)? (?:isio|eisiau|moyn|ishe)(?:'r| y| mynd at y| mynd i'r| mynd at yr| ffonio'r| galw'r) ?(?:heddlu|police)\b")
# "is there somewhere she can ring too", after Respect's answer: the lines for the person they hurt.
PARTNER_LINE = re.compile(
    r"\b(?:she|he|they) (?:said )?(?:she|he|they)? ?(?:might|may|would|wants?|could) (?:want to |like to |wanna )?(?:speak|talk) to (?:someone|somebody|anyone)\b|"
    r"\bwho (?:could|can|would|should) (?:she|he|they) (?:talk|speak) to\b|"
    r"\b(?:she|he|they) (?:might|may|would|could)? ?(?:want|wants|like|need|needs) (?:someone|somebody|a person|anyone) to (?:talk|speak) to\b|"
    r"\b(?:somewhere|someone|anywhere|anyone|a line|a number|a helpline|help|support) (?:for )?(?:she|he|they|her|him|my (?:partner|wife|missus|husband|girlfriend|gf|boyfriend|bf)) (?:can|could|to) (?:ring|call|phone|talk|go|contact|get)\b|"
    r"\b(?:for|can) (?:her|him|my (?:partner|wife|missus|husband|girlfriend|gf|boyfriend|bf)) (?:to )?(?:ring|call|phone|get help|talk to)\b|"
    r"\b(?:is there|any|anything|something|someone|anyone|help|support) (?:\w+ )?for (?:her|him|the wife|the missus|my (?:partner|wife|missus|husband|girlfriend|gf|boyfriend|bf))(?: as well| too| an all| n all| and all)?\W*$|\b(?:rhywle|rywle|rhywun|rywun) (?:iddi|iddo) (?:hi |o |fo |fe )?(?:ffonio|siarad)\b"
    + r"|\b(?:oes )?(?:rhywun|rywun|rhywle|rywle|llinell|rhif) (?:all|gall|fedr\w*|geith|gaiff) (?:hi|o|fo|e|fe) (?:ei )?(?:ffonio|siarad|gysylltu|cysylltu)\b"
)
# "can i at least tell me mam what they said", "if they do tell me stuff can i tell me mam": whether a
# disclosure can be passed on (kept confidential, shared only with police agreement).
SHARE_WHAT_TOLD = re.compile(
    r"\bif (?:they|the police|police) (?:had )?(?:told|tell|said|say) (?:me )?(?:something|anything|stuff)\b.*\b(?:could|can|would) i (?:have )?(?:show|showed|shown|tell|told) (?:my|me|ma)\b|"  # "and if they had told me something could i have showed my parents?"
    r"\b(?:can|could|cant|can'?t|allowed to|am i allowed to) (?:i )?(?:even |at least |still |not )?(?:tell|show) (?:me|my|ma|anyone|anybody|someone|somebody|people|family|friends|a friend)\b(?:\s+\w+)?\s+(?:what (?:they|the police|police|he|she) (?:said|told|say|tell|found)|about it|what i (?:was|get|got) told)|"
    r"\bif (?:they|the police|police) (?:do )?(?:tell|say|find) (?:me )?(?:stuff|anything|something|owt|summat)\b.*\b(?:tell|show) (?:me|my|ma|anyone|someone|people)\b|"
    r"\b(?:tell|share|pass on|show) (?:it|that|what (?:they|the police) (?:said|told me)) (?:with|to) (?:me|my|ma|anyone|someone|family|friends)\b|"
    # "a deud wrth fy chwaer?", after the scheme's confidentiality
    r"^(?:a |ac |ond |so )?(?:ga i |alla i |fedra i |gai )?(?:deud|dweud|ddeud|ddweud|gweud|weud|son|sôn) (?:o |hyn |hynna |nhw |be ma nhw'?n ddeud )?wrth (?:fy |'y )?(?:chwaer|mam|fam|nhad|dad|brawd|frawd|ffrind\w*|teulu|neb|rhywun|rywun)\b"
)
# "who decides if i get told", after Clare's Law: the steps (a panel decides).
WHO_DECIDES = re.compile(r"\bwho (?:decides|makes the decision|gets to decide)\b|\bpwy sy'?n penderfynu\b")
# Removing a spying app ("ddylwn i jyst dileu'r app?", "should i uninstall the tracker"): the tech-abuse
# answer, which says some changes can be noticed (not the browsing-history answer).
REMOVE_APP = re.compile(
    r"\b(?:turn|turning|switch|switching) (?:off )?(?:my |the )?(?:location(?: sharing)?|find my \w+|tracking|gps)(?: off)?\b|"  # "if i switch location off will he get told"
    r"\b(?:change|changing) (?:my |the |all (?:my |the )?)?passwords?\b|\bnewid (?:y |fy |'r |yr |i gyd )?(?:password\w*|cyfrinair|cyfrineiriau|pin)\b|"
    r"\b(?:delete|deleting|remove|removing|uninstall\w*|get rid of|take off|dileu|ddileu|tynnu|dynnu|cael gwared (?:a|ar|â))"
    r"(?:'r| y| the| this| that| his| her)? ?(?:app|apps|ap|spyware|stalkerware|tracker|tracking app|spy app|airtag)\b|"
    r"\b(?:deletio|ddeletio|dileu|ddileu) (?:fo|o|e|fe|hwnna)\W*$"  # "ddylwn i jyst deletio fo?", after the app was told of
)
# "so if i ring that number will they make me report him": no, the lines help either way.
# "ydi chwaer fach fi'n gallu neud un hefyd? ma hi'n 16", after the scheme: someone else's age, for the scheme.
SHE_CAN_TOO = re.compile(r"\b(?:gallu|cael) (?:neud|gwneud|wneud) (?:un|cais)\b.*\b(?:ma|mae) (?:hi|o|fo|e|fe)(?:'n| yn) 1\d\b")
# "will they call the police on me if i ring them", after Respect's line: what the lines keep confidential, not how to report.
POLICE_IF_I_RING = re.compile(r"\b(?:will|would|do|does|could|can) (?:they|them|respect|the helpline|the line|the people) (?:call|ring|phone|get|tell|report me to|grass me up to) (?:the )?(?:police|cops|polis)(?: on me)?\b.{0,25}\bif (?:i|we) (?:ring|call|phone|contact|talk to|speak to|tell)\b")
MAKE_ME_REPORT = re.compile(r"\b(?:make|force|push|pressure|pressurise) (?:me|us|her|him) (?:to |into )?(?:report\w*|go(?:ing)? to the police|press\w* charges|call\w* the police|ring\w* the police)\b|\b(?:do|would|will|have) (?:i|she|he|we) (?:have|need|got) to (?:report|go to the police|press charges)\b|"
                            # "she wants to talk to someone but shes scared theyll ring the police or social services on her"
                            r"\b(?:scared|afraid|worried|frightened|terrified) (?:that )?(?:they|theyll|they'?ll|they will|they might|theyd|they'?d|the helpline|someone)(?: will| might| would)? (?:ring|call|phone|tell|contact|involve|get) (?:the )?(?:police|social services|social workers?|cops|social)\b")
# "oes rhaid i fi ddangos ID?", after Clare's Law: the steps (proof of identity at the meeting), read in context.
ID_ASKED = re.compile(r"\b(?:id|i\.d\.|identification|proof of (?:identity|id|who i am)|passport|driving licen[cs]e|prawf adnabod|dangos id)\b")
# "a be os dwi'm yn ardal y peilot?", after the pilot order: the other orders (read in context).
PILOT_WORDS = re.compile(r"\b(?:pilot|peilot|trial|treial)\b")
# "just asking for the future": a question for later, not a call being made now.
FOR_LATER = re.compile(r"\b(?:future|just asking|just (?:want|wanted) to know|in case|one day|ever need|jyst isio gwybod|rhag ofn|yn y dyfodol)\b")
# "should i just factory reset it" (after the tech answer): never "I can't help with that", read in context instead.
RESET_IT = re.compile(r"\b(?:factory reset\w*|reset\w* (?:it|the phone|my phone|'r (?:ffon|ffôn))|wipe (?:it|the phone|my phone)|delete it|get rid of it|uninstall it)\b")

# "want to report him but its not an emergency hes not here. what number do i ring": the police's
# non-emergency routes, not only the helplines (the classifier heard "what number").
REPORT_ASKED = re.compile(
    r"\b(?:want|wanna|need|going|gonna|thinking of|how (?:do|can|would) i|where (?:do|can) i|can i|should i|trying to) (?:to )?report (?:him|her|them|it|this|what|my)\b|"
    r"\breport (?:him|her|them|it|this) to (?:the )?(?:police|polis|cops)\b|\b(?:number|ring|call|phone)\b.{0,25}\b(?:police|polis|cops)\b.{0,30}\b(?:not (?:a )?999|not an emergency|non[- ]?emergency|not urgent)\b|\b(?:isio|eisiau|moyn) (?:riportio|adrodd)\b"
)
# "sa well gen i beidio ffonio neb. oes na ffordd arall?", heard as "skip": the line's other ways in (read in context).
ANOTHER_WAY = re.compile(r"\b(?:another|other) ways?\b|\bffordd arall\b|\bffyrdd eraill\b|\binstead of (?:ringing|calling|phoning)\b|\byn lle ffonio\b")
# "so ur useless then. cheers", after a refusal: pressing, not thanks (read in context).
USELESS = re.compile(r"\b(?:ur|you'?re|youre|you are|u r|u are) (?:\w+ )?(?:useless|no help|no use|a joke|pointless|rubbish|shit|crap)\b|\bwaste of (?:time|space)\b")
# Whether a child can talk to someone ("my eldest is 14 can she talk to someone herself", "oes na rywun fedrith hi siarad
# efo?"), and a child's age said ("ma'r hyna'n 12"): Childline's own block (after the children's answer, or with the age said).
CHILD_TALKS = re.compile(
    r"\b(?:can|could|is there) (?:she|he|they|my \w+|the \w+|the kids|someone|somewhere|anyone)\b.{0,25}\b(?:talk|speak|ring|call|chat|text)\b|\b(?:herself|himself|themselves|on (?:her|his|their) own)\b|\bchildline\b|"
    r"\b(?:rhywun|rywun|rywle|rhywle)\b.{0,30}\b(?:siarad|ffonio|tecstio)\b|\bsiarad (?:efo|gyda|â|a) (?:rhywun|rywun)\b|\b(?:ffonio|siarad|tecstio) (?:ei|eu) hun\b|\b(?:rhif|rif) (?:fedr\w*|all|gall|geith|gaiff) (?:o|fo|hi|e|fe)\b"
)
CHILD_AGED = re.compile(r"\b(?:eldest|oldest|youngest|middle one|son|daughter|lad|girl|boy|kid)(?: is|'s|s)? (?:[5-9]|1[0-8])\b|\b(?:hyna|hynaf|fenga|ieuenga|mab|merch|hogyn|hogan)(?:'?n| yn) (?:[5-9]|1[0-8])\b|\b(?:son|daughter|lad|girl|boy|mab|merch|hogyn|hogan)(?: fi| i)?, (?:[5-9]|1[0-8])\b|\b(?:they'?re|theyre|they are) (?:[2-9]|1[0-8])(?: and (?:[2-9]|1[0-8]))?\b")

# A line asked for by who it serves: "sori, be oedd y rhif i ddynion eto?", "whats the number for men again"
NUMBER_FOR = re.compile(
    r"\b(?:rhif|llinell|linell|number|line|helpline)\b.{0,25}\b(?:i ddynion|ar gyfer dynion|i ferched|ar gyfer merched|i bobl hŷn|i bobl hyn|"
    r"for (?:men|blokes|lads|fellas|guys|women|girls|gay people|lgbt\w*|older people|young people|kids|teenagers)|mens|men'?s|womens|women'?s)\b"
)
# The writer's own record looked into ("she wants to check if ive got a record"): the scheme, which anyone at risk may use.
OWN_RECORD = re.compile(r"\b(?:check|find out|see|know|look up|ask) (?:if|whether) (?:i|i'?ve|ive|i have|i am|im) (?:got |have )?(?:a |any )?(?:record|past|history)\b|\bcheck (?:my|me) (?:record|past|history)\b")
# "ok and wot happens after, do i get a letter": the steps, which say a disclosure is made in person, not by letter.
WHAT_HAPPENS_NEXT = re.compile(r"\b(?:what|wot|wat|wht) (?:actually |really |exactly )?happens (?:next|after|afterwards|then|once)\b|\bhow long (?:does|will|do) (?:it|they|that)\b|\bfaint o amser\b|\b(?:be|beth) sy'?n digwydd (?:nesa|wedyn|wedi hynny|ar ol|ar ôl)\b")
# What a request to watch someone speaks of (a phone, an app, messages, where they go): a refusal the classifier alone heard
# with none of these ("fi'n clywed y cymdogion drws nesa yn gweiddi... llygad du") is someone worried, not a request.
MONITOR_WORDS = re.compile(r"\b(?:phones?|mobiles?|ffon|ffôn|apps?|ap|track\w*|trac\w*|spy\w*|messages?|texts?|negeseuon|neges|whatsapp\w*|snap\w*|insta\w*|facebook|emails?|ebost|"
                           r"location|lleoliad|password\w*|cyfrinair|passcode|pin|gps|airtag|camera\w*|read|darllen|ddarllen|watch\w*|gwylio|follow\w*|dilyn|account\w*|cyfrif|where|lle|ble)\b")
NEIGHBOUR_OR_KIN = re.compile(r"\b(?:neighbours?|neighbors?|next door|cymdog\w*|gymdog\w*|drws nesa\w*|friend|mate|pal|ffrind|sister|chwaer|brother|brawd|daughter|merch|ferch|son|mab|mum|mam|nain|gran|nan)\b")
# Getting rid of this chat, asked in other words ("how do i get rid of this convo", "sut dw i'n cael gwared o'r sgwrs ma"): what
# Harbour keeps (nothing) and "forget", not only how to cover tracks on the device.
THIS_CHAT_GONE = re.compile(r"\b(?:get rid of|delete|clear|wipe|erase|remove) (?:this|the|our) (?:convo|chat|conversation)\b|\b(?:cael gwared (?:o|ar)|gael gwared (?:o|ar)|dileu|clirio)(?:'r| y| yr)? ?sgwrs\b")
# Whether this chat is kept, asked in other words ("this chat is saved somewhere?", "odi fe'n cael ei gadw"): what Harbour keeps.
THIS_CHAT_KEPT = re.compile(r"\b(?:this|the) (?:chat|convo|conversation)(?: is| be| get| gets)? (?:saved|stored|kept|recorded|logged)\b|"
                            r"\b(?:does|will|is) (?:this|any of this|what i (?:type|say|write))(?: chat)? (?:get |be |being )?(?:saved|stored|kept|recorded|logged)\b|"  # "does this get saved anywhere"
                            # "does this go to the police", "di hwn yn mynd at y police?": what Harbour passes on (nothing)
                            r"\b(?:does|will|would) (?:this|this chat|any of this|what i (?:say|type|write))(?: \w+)? (?:go|get sent|be sent|be passed|get passed) (?:on )?to (?:the )?(?:police|cops)\b|"
                            r"\b(?:di|ydi|fydd|neith) (?:hwn|hyn|hon|y sgwrs(?: ma| hon)?|be dwi'?n (?:deud|deipio|sgwennu))(?:'n| yn)? (?:mynd|cael ei yrru|cael ei basio) (?:at|i) ?(?:yr |'r |y )?(?:heddlu|police)\b|"
                            r"\b(?:y |'r )?(?:chat|sgwrs)(?: ma| yma| hon| hyn)?\b.{0,25}\b(?:cael ei (?:g|ch)?adw|cael ei storio|saved|stored)\b")
# His past asked about ("can i check if hes done this to anyone before, like on her behalf"): the scheme, not the lines for them.
PAST_CHECKED = re.compile(r"\b(?:check|find out|ask)\b.{0,40}\b(?:before|past|history|record|previous\w*|done (?:this|it) (?:to|with) (?:anyone|someone|others))\b")
