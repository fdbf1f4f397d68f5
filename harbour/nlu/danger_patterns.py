"""The safety net's danger patterns, in named families (more in danger_near_patterns; the self-harm
ones are in self_harm_patterns).

A family is a few patterns that say one thing ("the abuser is here", "trapped", "a weapon now"),
with examples of messages each pattern is there to catch (every pattern matches at least one of its
family's examples, tested). Patterns run on the text `danger.normalise` returns: lower case, only
letters, digits and single spaces, no apostrophes, text-speak and contractions expanded ("he's",
"hes" -> "he is"; "won't", "wont" -> "will not"; a possessive "'s" kept as people type it without
the apostrophe: "at my mum's" -> "at my mums", "my ex's car" -> "my exs car", while "my ex's here" ->
"my ex is here"), so a pattern never needs an apostrophe or a word normalise rewrites.

A STRONG danger family fires whatever else the message says; a WEAK one not when the message is
about the past, and, with not_in_questions, not when it is a question. Self-harm families are WEAK:
not when the mention is negated, in the past or hypothetical. Which family fires never changes the
decision, only what `danger.explain` reports: any danger family beats any self-harm family.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Pattern, Tuple

from harbour.nlu.partner_words import HEARSAY, POLICE_COMING

DANGER = "danger_now"
SELF_HARM = "self_harm"
STRONG = "strong"
WEAK = "weak"


@dataclass(frozen=True)
class Family:
    """One named family of patterns: what it recognises, how strongly, and the messages it is for."""

    name: str
    kind: str  # DANGER or SELF_HARM
    strength: str  # STRONG or WEAK
    about: str
    patterns: Tuple[Pattern[str], ...]
    examples: Tuple[str, ...]
    not_in_questions: bool = False


def family(
    name: str,
    kind: str,
    strength: str,
    about: str,
    patterns: Iterable[str],
    examples: Iterable[str],
    not_in_questions: bool = False,
) -> Family:
    """A `Family` with its patterns compiled."""
    return Family(
        name, kind, strength, about, tuple(re.compile(p) for p in patterns), tuple(examples),
        not_in_questions,
    )


# Pieces shared by many patterns.
_WHO = r"(?:he|she|they|him|her|them|my (?:ex|partner|husband|wife|boyfriend|girlfriend|dad|father|mum|mother|son|daughter|brother|sister|stepdad|uncle)|the abuser|[a-z]+s? (?:ex|boyfriend|husband|partner|dad))"
_BE = r"(?:is|are)"
# "won't let me leave the house on my own" is control (coercive control), not being locked in now.
_NOT_ALONE = r"(?! (?:on my own|on our own|alone|by myself|without (?:him|her|them)|with(?:out)? (?:my|the) (?:friends|mates|family|kids)))"
_NOW = r"(?:right now|now|as we speak|at the moment|tonight)"
_WEAPON = r"(?:knife|blade|gun|machete|hammer|bat|axe|weapon|crowbar|screwdriver|scissors|bottle|shotgun|pistol)"
_ATTACK_VERBS = r"whipping|lashing|thrashing|hitting|strangling|choking|strangulating|attacking|beating|punching|kicking|stabbing|battering|slapping|dragging|throttling|smothering|suffocating|beating up|laying into"
_ATTACK = rf"(?:{_ATTACK_VERBS})"
_VERBS_OF_HARM = r"(?:kill|murder|stab|shoot|strangle|choke|batter|beat|hit|hurt|punch|kick|boot|smash|attack|burn|harm|do me in|do us in|finish me)"

# Threats received by text, DM, voice note or post, in the sender's words ("ur dead") or reported ("saying I'm next").
_MESSAGE = r"(?:texts?|texted|texting|txts?|txted|txting|messages?|messaged|messaging|msgs?|msgd|dms?|dmd|dmed|inbox|inboxed|snaps?|snapped|snapchat|snapchatted|whatsapps?|whatsapped|voice ?notes?|voice ?messages?|voicemails?|vm|emails?|emailed|posts?|posted|comments?|commented|tweets?|tweeted|facebook|fb|instagram|insta|tiktok|story)"
_NEXT = r"next(?:$| (?:i|you|he|she|they|when|if|and|then|tonight|after|watch|see|bitch|slag|x+)\b)"  # not "next on the list"
_DEAD = r"dead\b(?! (?:to|tired|on|serious|funny|bored|jealous|excited|proud|happy|lucky|good|nice|keen|busy|boring|easy)\b)"
_TO_YOU = (
    rf"(?:\b(?:you are|you r|youre|your|you|you will be) (?:{_DEAD}|{_NEXT}|a dead (?:man|woman)|dead meat|going to die\b(?! laughing)|done for\b(?! (?:the|today|tonight|now|this|that)\b)|finished(?:$| (?:and|bitch|slag|mate|tonight|now|x+)\b))"
    r"|(?<!never )(?<!not )\b(?:kill|murder|stab|shoot|strangle|batter|end|finish) (?:you|ya)\b|\bdo (?:you|ya) in\b"
    r"|\b(?:coming|come) for (?:you|ya)\b(?! (?:at|from|after|in|around|about|later|with)\b)|\bslit (?:your|ya) throat\b|\bwatch your back\b"
    r"|\byour (?:days are numbered|time is up)\b|\bsleep with one eye open\b"
    r"|\byou will not (?:see|live to see|make it to) (?:christmas|tomorrow|the morning|the weekend|next week|your birthday|another day)\b"
    r"|\b(?:you will|make you) pay(?:$| for (?:this|that|it|what you did|what you have done)\b| tonight\b| when\b)"
    r"|\bi am (?:outside|at) your (?:house|door|front door|flat|window|work|car)\b)"
)
_TO_ME = (
    rf"(?:\b(?:i am|we are|i will be) (?:{_NEXT}|dead meat|a dead (?:man|woman))"
    r"|\bfinish (?:what (?:he|she|they) started|me off|us off|me|us)\b|\bend (?:me|us)\b|\bdo (?:me|us) in\b"
    r"|\bslit my throat\b|\b(?:kill|murder|stab|shoot|strangle|batter) (?:me|us)\b"
    r"|\b(?:i|we) (?:will not|would not) (?:see|live to see|make it to) (?:christmas|tomorrow|the morning|the weekend|next week|my birthday|another day)\b)"
)
_SHOWN = r"(?:photos?|pics?|pictures?|snaps?|videos?|selfies?|images?|clips?)"  # pictures sent
# Somewhere away from the abuser: "my mum's" ("my mums" after normalise), "my best friend's flat", "the refuge".
_KIN = r"(?:mum|mam|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|sister|brother|aunt|auntie|aunty|uncle|cousin|friend|mate|pal|bestie|neighbour|parent)s?|parents|in laws"
_REFUGE = rf"(?:(?:the |my |our |a )?(?:refuge|new (?:house|flat|place|address)|hotel|hostel|safe house)|(?:my|our|a|the) (?:best |new |old )?(?:{_KIN})(?: (?:house|flat|place|home))?)"
# A threat "to do me in" or "finish me (off)", from a person ("this job will finish me" is not one).
_FINISH = r"(?:do (?:me|us) in|finish (?:me|us)(?: off)?)\b"
# The abuser's car: "his car", "my ex's car" ("my exs car" after normalise), not "my mum's car".
_WHOSE = r"(?:his|her|their|(?:my |her |his |[a-z]+s )?(?:exs|partners|husbands|boyfriends|girlfriends|wifes|stepdads|fiances|fellas))"
_NOT_BEFORE = r"(?!.*\b(?:before|times|years)\b)"  # "he's broken my arm before" is a history
_BODY = r"(?:arms?|legs?|nose|jaw|ribs?|wrists?|fingers?|hands?|cheekbone|collarbone|skull|teeth|tooth|eye socket|ankle|shoulder|face|neck|throat|head|back|chest|stomach)(?! (?:door|doors|window|windows|gate|garden|seat|of)\b)"

# "he's not actually here right now": the abuser said to be away is not happening now.
_NOT_HERE = (
    r"^(?!.*\b(?:is|are) not (?:actually |really |even )?(?:here|home|in|around|about|with me|a danger|dangerous|an emergency)\b)"  # ("hes not a danger right this minute")
    r"(?!.*\b(?:nothing (?:is )?(?:going on|happening)|(?:it is|its) not (?:going on|happening))\b)"  # ("...most nights. nothing going on right now")
    # "hes at work rn": where they are, away, is not an attack happening now
    r"(?!.*\b(?:he|she|they) (?:is|are) (?:at work|at the pub|at the gym|away|asleep|in bed|in prison|in jail|locked up|(?:stopping|staying|stoppin|stayin|kipping|living) (?:at|with|round|in) (?:his|her|their) (?:mums?|mams?|brothers?|sisters?|dads?|mates?|friends?|parents?|nans?|new \w+))\b).*"
)

DANGER_FAMILIES = (
    family("abuser_here", DANGER, STRONG, "The abuser is here: in the house, at the door, in the room, back again.", patterns=(
        # (not "i cant really talk on the phone when hes in the house": when he is, not that he is now)
        rf"(?<!\bwhen )(?<!\bwhenever )(?<!\bunless )(?<!\buntil )(?<!\bwhile )(?<!\bchecking )(?<!\bcheck )(?<!\bchecks )(?<!\bsure )\b{_WHO} {_BE} (?:back |now |already |just )?(?:here|outside|out side|at (?:the|my|our) (?:door|window|house|flat|home|gate|work)|in the (?:house|room|flat|garden|hall|hallway|kitchen|car|building|stairwell)|downstairs|upstairs|next door|in my room|in my house|in the next room|on the stairs|up the stairs|coming up the stairs|still here|still outside|still in the (?:house|room|flat))\b(?! on (?:\w+ ){{0,2}}visas?\b)(?! (?:\w+ ){{0,2}}(?:every (?:day|night|morning|week|single day|other day)|most (?:days|nights))\b)"
        # (not "theyre upstairs when he kicks off": where the children are, when it happens)
        r"(?! (?:when|whenever|every time|if)\b)",
        # "now hes pacing about downstairs"
        rf"\b{_WHO} {_BE} (?:pacing|stomping|storming|banging|raging|crashing|smashing|waiting|lurking|prowling|shouting|screaming) (?:about |around |up and down )?(?:downstairs|upstairs|outside|in the (?:house|hall|hallway|kitchen|living room|front room))\b",
        rf"(?<!\bchecking )(?<!\bcheck )(?<!\bchecks )(?<!\bsure )\b{_WHO} {_BE} (?:here|hear)$",
        rf"\b{_WHO} {_BE} back(?: (?:again|here|home|now))*$",
        rf"\b{_WHO} {_BE} back and\b",
        rf"\b{_WHO} {_BE} (?:inside|in here|right next to me|next to me|beside me|in the next room)\b",
        rf"\b{_WHO} {_BE} (?:with me|in here with me|here with me) (?:now|right now)\b",
        rf"\b{_WHO} {_BE} at the (?:front|back|side) (?:door|gate|window)\b",
        rf"\b{_WHO} {_BE} (?:standing |stood |banging |knocking |shouting )?(?:at|outside) (?:my|our|the) \w+s (?:front |back |side )?(?:door|window|gate)\b",
        # "I can hear him on the stairs", "i can hear her outside the door"
        r"\bi can (?:hear|see) (?:him|her|them|his car|her car|their car)(?: \w+)? (?:on the stairs|outside|at the (?:door|window|gate)|downstairs|upstairs|in the (?:hall|hallway|house|kitchen|garden|next room)|coming)\b",
    ), examples=(
        "I can hear him on the stairs",
        "he's in the house", "my ex is at the door", "she's downstairs", "hes hear",
        "he's back again", "he's back and he's been drinking", "she's in the next room", "now hes pacing about downstairs",
        "hes right next to me", "hes with me right now", "my husband is at the back door",
        "he's at my mum's front door", "he's back at the door", "hes back outside",
    )),
    family("abuser_on_the_way", DANGER, STRONG, "The abuser is coming, on the way, or back any minute.", patterns=(
        # (not a day ahead: "hes saying hes coming back friday. can it be done before then")
        # (not "i want to know when hes coming home so i can get out first": asking to know, ahead)
        POLICE_COMING + rf".*(?<!know when )(?<!knows when )(?<!see when )(?<!out when )(?<!what time )\b{_WHO} {_BE} (?:coming|on (?:his|her|their|the) way|heading (?:here|over|home|back)|outside)\b(?! (?:back |home |round |over )?(?:on |next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|weekend|at the weekend)\b)(?!(?: \w+){{0,2}} (?:every (?:day|night|morning|week|single day|other day)|most (?:days|nights))\b)",
        r"\b(?:will be|is|be) back any (?:second|minute|moment)\b",
        r"\b(?:coming|running|walking) up the stairs\b",
        r"\b(?:he|she|they) (?:come|comes|coming) back (?:soon|any minute|any second|now)\b",
        r"\b(?:\d+|five|ten|two|few) (?:min|mins|minute|minutes) away\b.*\b(?:finish|kill|hurt|end|get me|coming|sort me)\b",
        # "hes not here yet tho, should i still ring": expected any minute
        rf"\b{_WHO} {_BE} not (?:here|there|home|back|round) yet\b(?=.*\b(?:ring|call|phone|999|police|should i|what do i do|what should i)\b)",
    ), examples=(
        "hes not here yet tho, should i still ring",
        "he's on his way", "my ex is heading over", "he'll be back any minute",
        "someone is coming up the stairs", "he come back soon",
        "he's five minutes away and says he's coming to sort me out",
    )),
    family("waiting_outside", DANGER, STRONG, "The abuser or their car is waiting outside.", patterns=(
        rf"\b{_WHOSE} (?:car|van) is (?:outside|here|parked outside|parked up outside)\b|\b(?:can see|i see|there is) {_WHOSE} (?:car|van) (?:outside|here)\b",
        # (not "hes parked outside my work most mornings": what keeps happening)
        rf"^(?!.*\b(?:most|every|each) (?:day|night|morning|evening|week|weekend)s?\b).*\b{_WHO} {_BE} (?:waiting|sat|sitting|parked|standing|lurking) (?:for me |for us )?(?:outside|downstairs|at the door|in the car|in the hall|on the stairs)\b",
        rf"\b{_WHO} {_BE} (?:sat|sitting|parked|waiting|standing) (?:in|by) (?:his|her|their|the|a) (?:car|van) (?:outside|across the road|down the road|at the end of)\b",
    ), examples=(
        "his car is parked outside", "i can see her car outside", "my ex's van is outside", "she's waiting for me downstairs",
        "my ex is sat in his car outside the house",
    )),
    family("getting_in", DANGER, STRONG, "Breaking in: at the door, through a window, forcing a way in.", patterns=(
        rf"\b{_WHO} {_BE} (?:banging|kicking|booting|smashing|breaking|bashing|hammering|pounding) (?:on |down |in )?(?:the |my |our )?(?:door|doors|window|windows|house|place)\b",
        r"\b(?:kicking|booting|smashing|breaking|bashing|banging|hammering|pounding) (?:the |my |our )?(?:door|window)s? (?:in|down)\b",
        r"\b(?:trying to|going to) (?:get|break|force his way|force her way|force their way) in\b",
        r"\b(?:he|she|they) (?:has|have|just) (?:broken|kicked|smashed|forced) (?:in|the door|down the door|my door)\b",
        r"\b(?:climbed|climbing|got|getting|broke|breaking|forced|forcing|smashed|come|came) (?:his way |her way |their way )?in (?:through|via|by) (?:the |a |my )?(?:\w+ )?(?:window|door|back|front|garden)\b",
        r"\b(?:kicking|booting|smashing|breaking|banging) (?:\w+ is |\w+ )?(?:\w+ )?(?:door|doors|window) (?:in|down)\b",
    ), examples=(
        "he's banging on the door", "someone is kicking the door down", "hes tryna get in",
        "he has kicked the door in", "he climbed in through the kitchen window",
        "they're booting next doors door in",
    )),
    family("attack_in_progress", DANGER, STRONG, "Someone is being attacked now (the person writing, or someone they can see or hear).", patterns=(
        HEARSAY + rf"\b{_WHO} {_BE} {_ATTACK} (?:me|us|my|her|him|them|the (?:kids|children|baby))\b",
        rf"\b{_ATTACK} (?:me|us|her|him|them|my \w+)(?: \w+){{0,3}} {_NOW}\b",
        rf"\b(?:hurting|hurt) (?:me|us|her|him|them|my (?:\w+ ){{0,2}}\w+) {_NOW}\b",
        rf"\b{_WHO} {_BE} (?:going for|laying into|started on|starting on|on top of) (?:me|us|her|him|my \w+)\b",
        rf"\b{_WHO} {_BE} (?:killing|murdering|strangling|stabbing) (?:her|him|me|us|them|my \w+)\b",
        # "he hit me yesterday but hes at work now. do i ring 999 or the other one": away now, not an attack now
        _NOT_HERE[:-2] + r"(?!.*\b(?:years?|yrs?|months?) ago\b).*\b(?:he|she|they) (?:beat|hit|hurt|kick|attack|break|breaking) (?:me|us|the door|door|my door)(?: (?:now|right now))?\b.*\b(?:now|help|blood|toilet|bathroom|door)\b"
        r"(?!.*\b(?:last (?:year|month|week)|(?:years?|yrs?) ago|months? ago|in (?:19|20)\d\d|divorced|i have left|left (?:him|her)|split up|moved (?:out|away|abroad))\b)(?<!divorced now)(?<!left now)",
        HEARSAY + rf"\b(?:\w+ ){{1,3}}(?:is|are) (?:{_ATTACK_VERBS}|smashing|pinning) (?:me|us|my|her|him|them|his|nan|mum|dad|gran|grandad|the)\b",
        r"\b(?:someone|somebody|some man|some guy|a man) (?:is|s) (?:hurting|hitting|attacking|beating|kicking|strangling) \w+",
        r"\b(?:is|are|s|being) (?:dragged|beaten|battered|attacked|strangled|choked|kicked|punched|stabbed|thrown) (?:by|down|along|across|out of|into|up|around|about)\b(?!.*\b(?:last|ago|used to|years|was|were)\b)",
    ), examples=(
        "a woman is being dragged down the street by her hair",
        "he's strangling me", "she is hitting the kids", "he's punching me in the face right now",
        "he's hurting my little boy right now", "he's laying into me", "my brother is stabbing him",
        "she hit me, there's blood", "my stepdad is beating my mum", "grandad is hitting nan",
        "some guy is attacking a woman outside",
    )),
    family("attacked_or_cornered", DANGER, STRONG, "Just attacked, or cornered with something thrown or swung.", patterns=(
        rf"\b{_WHO} {_BE} throwing (?:things|stuff|\w+) at (?:me|us)\b",
        r"\bjust (?:stabbed|hit|punched|attacked|strangled|kicked|cut|burned|hurt|beaten|battered) (?:me|us|her|him|the|my)\b",
        r"\b(?:standing|stood|stands) over (?:me|us)\b",
        r"\bjust (?:knocked|pushed|shoved|thrown|threw|slapped|grabbed|dragged|choked|strangled|headbutted|bitten|bit) (?:me|us|her|him)\b",
        r"\b(?:swinging|throwing|pointing|waving) (?:a |the |his |her )?\w+(?: \w+)? at (?:me|us)\b",
    ), examples=(
        "he's throwing plates at me", "he just punched me", "he's standing over me with his belt",
        "she just shoved me", "he's pointing a gun at me",
    )),
    family("held_down_or_choked", DANGER, STRONG, "Held down, strangled, smothered, dragged or forced to swallow something.", patterns=(
        r"\b(?:pinning|holding|pushing|keeping) (?:me|us) down\b|\bbeing (?:held|pinned|pushed|kept) down\b",
        r"\b(?:cannot|can not|could not) breathe\b",
        # (not "years ago an ex put his hands round my neck... hes long gone, moved to australia")
        r"^(?!.*\b(?:years ago|years back|long gone|moved (?:to|away to) (?:australia|spain|america|canada|the states)|moved abroad|lives abroad)\b).*\b(?:hands?|arms?|fingers) (?:are |is |r )?(?:round|around|on|squeezing) my (?:neck|throat)\b|\b(?:got|has) (?:me|us) pinned\b|\b(?:squeezing|crushing) my (?:neck|throat|windpipe)\b",
        r"\b(?:he|she|they) (?:chokes|strangles|throttles|smothers) (?:me|us) (?:again|now|right now)\b|\bevery time i try to get up\b",
        r"\b(?:got|has got|is holding|holding|is dragging|dragging) (?:me|us|her|him|my \w+) by the (?:hair|throat|neck|arms?|wrists?)\b",
        r"\b(?:pillow|cushion|bag|hand|hands) over my (?:face|mouth|head)\b",
        r"\bagainst the wall by (?:his|her|my|the|their) (?:throat|neck)\b",
        r"\bforcing (?:me|us|her|him) to (?:take|drink|swallow|eat|have)\b",
        # "my son is drunk and has his hands on me", "he's got his hands on me"
        rf"\b{_WHO}(?: \w+){{0,3}}? (?:has |has got |got |is putting |keeps putting )(?:his|her|their) hands on (?:me|us)\b(?! (?:again|before|once|last))",
        # "I'm 78 and I've fallen and can't get up": hurt on the floor now
        r"\b(?:i have|i am|ive|im) (?:fallen|been pushed|on the floor)\b.*\b(?:cannot|can not|could not) (?:get up|move|stand)\b",
        # "2nd time tonight hes strangled me and he says hes not done": strangled tonight, or with more to come
        rf"\b{_WHO} (?:is |has |just )?(?:strangled|choked|throttled|smothered) (?:me|us)\b(?=.*\b(?:tonight|today|right now|just now|again|not done|not finished|coming back)\b)|"
        rf"\b(?:tonight|today|just now)\b.*\b{_WHO} (?:is |has |just )?(?:strangled|choked|throttled|smothered) (?:me|us)\b",
    ), examples=(
        "he's pinning me down", "being held down", "i can't breathe", "his hands are round my throat",
        "he's got me pinned", "every time i try to get up he pushes me back",
        "he's dragging me by the hair", "he's holding a pillow over my face",
        "he's got her up against the wall by her throat", "he's forcing me to drink bleach",
        "2nd time tonight hes strangled me", "he's choked me and he says he's not done",
        "my son is drunk and has his hands on me", "i've fallen and can't get up",
    )),
    family("weapon_now", DANGER, STRONG, "A weapon in the abuser's hand now, or being fetched.", patterns=(
        rf"\b{_WHO} {_BE} (?:got|holding|has got|waving|pointing|brandishing) (?:a |the |his |her |their |my |(?:my |his |her |their )\w+s )?{_WEAPON}\b",
        rf"^(?!(?!.*\b(?:just|right now|tonight|today|this (?:morning|evening|afternoon)|minutes? ago)\b).*\bmy (?:last|old|previous|former|ex) ?(?:boyfriend|girlfriend|partner|husband|wife|bf|gf|fella)? (?:held|put|had|pulled)\b).*\b{_WEAPON} (?:to|at|against) my (?:throat|neck|head|face|chest)\b",
        r"\b(?:getting|got|get|taken|took|taking|fetched|fetching|bringing|brought) (?:his|her|their|the|a|my) (?:gun|guns|knife|tools|hammer|axe|shotgun|rifle|machete|bat|weapon|weapons)s? (?:out|down|from)\b",
    ), examples=(
        "he's got a knife", "she's waving a hammer", "knife to my throat",
        "hes getting his gun out",
    )),
    family("threat_to_kill", DANGER, STRONG, "A threat to kill or maim, or \"I'm dead\".", patterns=(
        # (not a child's question retold: "my 9 yr old asked me if mummy is going to hurt me")
        rf"^(?!.*\basked (?:me|us|her|him) (?:if|whether)\b).*\b(?:going to|will|is going to|about to|wants to|trying to) {_VERBS_OF_HARM} (?:me|us|my|her|him|them|it in|the door|the (?:kids|children|baby)|both of us|the both of us)\b",
        # (not "says hell smash my stuff if i dont hand it over": things, not a person)
        rf"\b(?:hell|shell|he will|she will|they will) {_VERBS_OF_HARM}\b(?! (?:himself|herself|themselves))(?! (?:me|us|him|her|them) out\b)(?! (?:the|my|our|her|his|their) (?:dogs?|cats?|pets?|puppy|kitten|horse|rabbit)\b.*\bif (?:i|she|he|we|they)\b)(?! (?:my|our|the|her|his|me) (?:stuff|things|phone|car|tv|telly|windows?|belongings|room|bits|xbox|ps5|laptop)\b)",
        r"\b(?:i am|i will be|i would be|we are) (?:dead\b(?! (?:tired|on (?:my|our) feet|serious|funny|bored|jealous|excited|proud|happy|lucky|keen|busy|chuffed|confused|worried|nervous|embarrassed|sure|set on|against it|upset|sad|scared of (?:going|asking|ringing)|to (?:them|him|her|us|the family|my family|the lot of them))\b)|a dead (?:woman|man)\b)",
        rf"\b(?:he|she|they) (?:will|would|is going to|are going to) (?:(?:kill|murder|stab|shoot) (?:me|us)\b|{_FINISH})",
        rf"\b{_WHO}(?: is| are| has| says| said)? (?:going to|will|would|about to|wants to|trying to|want to|swears he will|swore he would) {_FINISH}",
        r"\bthreatening to (?:kill|stab|shoot|throw|hurt|strangle|burn|drown)\b",
        r"\b(?:not|never|no one is|nobody is) (?:leaving|leave|getting out of|get out of) (?:this |the |here )?(?:house |room |flat |place |car )?alive\b",
        r"\bthis is (?:our|my) last (?:night|day)\b|\b(?:our|my) last night (?:alive|together|on earth)\b",
        r"(?<!how do i )(?<!how can i )(?<!how to )(?<!how would i )(?<!can i )\bmake sure (?:i|you|she|we) (?:never|cannot|can not) (?:walk|see|wake|talk|leave)\b(?! (?:i|what|where|who|that i|my|this|the|them|him|her|us|our)\b)",
    ), examples=(
        "he's going to kill me", "hes gonna batter me", "he'll kill me", "shell murder me",
        "he swore he'd finish me", "my ex is going to do me in",
        "i'm dead if he finds me", "they would kill us", "he's threatening to burn the house down",
        "he says nobody is leaving this house alive", "he keeps saying this is our last night",
        "he said he'll make sure i never walk again",
    )),
    family("threat_by_message", DANGER, STRONG, "A threat received by text, DM, voice note or post: \"ur dead\", \"I'll kill you\", a photo of a knife.", patterns=(
        rf"\b(?:{_MESSAGE}|another one|on (?:my|his|her) way|getting a (?:taxi|cab)|to (?:yours|urs))\b(?: \w+){{0,12}} {_TO_YOU}",  # ("got another one: taxi to urs now u wont see tomorrow")
        rf"{_TO_YOU}(?: \w+){{0,8}} {_MESSAGE}\b",
        rf"\b{_MESSAGE}\b(?: \w+){{0,12}} {_TO_ME}",
        # A photo or video of a weapon or of outside the home ("dm'd" is normalised to "dm would").
        rf"\b(?:sent|sends|sending|got|getting|received|texted|messaged|posted|snapped|snapchatted|whatsapped|dmd|dm would)\b(?: \w+){{0,4}} {_SHOWN}\b(?: \w+){{0,5}} (?:knife|blade|gun|machete|axe|shotgun|pistol|rifle|petrol|bullets?(?! journal)|grave|coffin|noose|outside (?:my|our) (?:house|flat|door|front door|window|work|car))\b",
    ), examples=(
        "ex just messaged me 'on my way ur dead' what do i do", "he dm'd me saying i'm going to kill you",
        "text from an unknown number: watch your back", "'ur dead' is all he keeps texting",
        "she's been texting me all night saying i'm next", "he emailed me saying he'll finish what he started",
        "she sent me a snap of a knife saying ur next", "my ex just put on snap 'see u tonight ur finished'", "he sent me a video of him sharpening a knife",
        "he texted a photo of outside my house and said 'surprise'",
    )),
    family("fire_or_petrol", DANGER, STRONG, "Fire or petrol.", patterns=(
        r"\b(?:set|setting|sets) fire\b|\bon fire\b",
        r"\b(?:pour|pouring|poured|throw|throwing|threw|covered|soaked|dousing|doused|got|has|with|holding) (?:the |some |a can of |a bottle of |a )?petrol\b|\bpetrol (?:on|over|through|in|round) (?:me|us|the|my|our)\b",
    ), examples=(
        "he's set fire to the bins", "he's pouring petrol through the letterbox",
    )),
    family("smashing_up_home", DANGER, STRONG, "The home being smashed up.", patterns=(
        # (not "its just rows but hes smashin stuff n screamin at me... is that abuse like?", nor "the wee ones heard him smashin the place up last night. does that affect them?")
        r"^(?!.*\b(?:is (?:that|this|it) (?:abuse|normal|ok|okay|domestic)|does (?:that|this|it) count)\b)(?!(?=.*\b(?:last (?:night|week|weekend)|yesterday|the other (?:day|night))\b).*\bdoes (?:that|this|it) (?:affect|harm|hurt|damage|upset|count for)\b)(?!.*\bi (?:keep|kept|always|sometimes|end up|have been|start|started|was|am|go|get)\b(?:(?!\b(?:he|she|they|him|her|them|is|are)\b)[^.]){0,40}\b(?:smashing|wrecking|trashing|breaking) ).*\b(?:smashing|wrecking|trashing|breaking) (?:the |my |our )?(?:house|place|flat|gaff|home|room|stuff|things) ?(?:up)?\b",
        r"\bsmashing up (?:the |my |our )?(?:house|place|flat|home|room)\b",
    ), examples=(
        "he's smashing the house up", "she's smashing up the flat",
    )),
    family("raging_now", DANGER, STRONG, "The abuser drunk, raging or gone mental, with danger close by.", patterns=(
        r"\b(?:he|she|they) (?:is|are) (?:drunk|high|off (?:his|her|their) head|raging|going mental|kicking off|losing it)\b.*\b(?:scared|kill|hurt|knife|coming|here|home|door)\b",
        rf"\b{_WHO} {_BE} (?:going|gone) (?:mental|mad|crazy|berserk|nuts|off on one)\b.*\b(?:downstairs|upstairs|outside|in the (?:house|kitchen|hall|room)|locked|hiding|cannot|can not|kids|door)\b",
        rf"\b(?:downstairs|upstairs|in the (?:house|kitchen|hall|room)|locked|hiding|kids|door)\b.*\b{_WHO} {_BE} (?:going|gone) (?:mental|mad|crazy|berserk|nuts|off on one)\b",
        rf"\b{_WHO} {_BE} (?:gone|going|went) (?:totally |completely |fully )?(?:mad|wild|mental|berserk|psycho|nuts|crazy|ballistic)\b.*\b(?:locked|hiding|smash\w*|still going|thrown|throwing|hitting|kicking|door|kids|blood|toilet|bathroom)\b",
    ), examples=(
        "he's raging and i'm scared", "my dad is going mental downstairs",
        "hiding in my room and hes going crazy",
        "he's gone totally psycho and he's throwing things",
    )),
    family("hunted", DANGER, STRONG, "Chased, followed, searched for, found at a refuge or a new address.", patterns=(
        r"(?<!collectors )(?<!collector )(?<!bailiffs )(?<!creditors )(?<!lenders )(?<!collectors are )(?<!bailiffs are )(?<!collectors keep )\b(?:chasing|running after) (?:me|us)\b(?! (?:up )?for (?:it|the money|money|payment|payments|the debt|debts?|the loans?|rent|the rent|the bill|bills|arrears)| (?:and )?(?:not|instead of) (?:him|her|them)\b)|\bright behind (?:me|us)\b|"
        # (not "keeps turning up at my work and following me home": what keeps happening)
        r"^(?!.*\bkeeps? (?:\w+ ){0,8}(?:and|n) following\b).*(?<!keeps )(?<!keep )(?<!been )(?<!bin )\bfollowing (?:me|us) (?:home|down|now|right now|in (?:his|her|the) car)\b",
        rf"\b{_WHO} {_BE} (?:\w+ ){{0,6}}(?:looking|searching|hunting) for (?:me|us)\b",
        r"\b(?:found|tracked) (?:me|us)(?: down)? (?:at|in|to) (?:the |my |our |a )?(?:refuge|new (?:house|flat|place|address)|hotel|hostel|safe house)\b",
    ), examples=(
        "he's chasing me", "she's following me home", "my ex is out looking for me",
        "he's found me at the refuge",
    )),
    family("fear_for_life", DANGER, STRONG, "In danger, not safe now, scared for my life.", patterns=(
        r"\b(?:kids|children|baby) (?:are|is) in danger\b|\bthere is someone in the (?:house|flat|garden|room)\b",
        r"\b(?:i am|we are|i feel) (?:in danger|not safe (?:here|right now|now|at home)|scared for my life|terrified for my life)\b",
        r"\b(?:fear|fearing|scared|frightened|afraid|terrified) for (?:my|our|their|the)(?! (?:whole|entire|adult|working|social|love|future)\b)(?: \w+){0,2} li(?:fe|ves)\b",
        rf"\bdanger {_NOW}\b|\bin danger (?:now|right now)\b",
        r"\bnot safe (?:here |at home |in (?:my|the) (?:house|flat|home) )?(?:right )?(?:now|this second|this minute|tonight)\b",
    ), examples=(
        "the kids are in danger", "there's someone in the house", "i'm not safe here",
        "i'm scared for my life", "we're in danger now", "not safe at home tonight",
        "scared for my children's lives",
    )),
    family("injured_now", DANGER, STRONG, "Bleeding or blood now.", patterns=(
        r"\b(?:i am|we are) bleeding\b",
        r"\b(?:blood everywhere|there is blood|covered in blood|i am bleeding)\b",
        r"\bblood (?:on|from|coming (?:out )?(?:of|from)|pouring (?:out )?(?:of|from)|all over) my\b",
        r"\bmy (?:head|nose|face|mouth|lip|ear) (?:is )?(?:bleeding|pouring)\b",
    ), examples=(
        "i'm bleeding", "there's blood everywhere", "blood pouring from my nose",
        "my lip is bleeding",
    )),
    family("urgent_help_request", DANGER, STRONG, "Send the police, help now, SOS.", patterns=(
        r"^(?:please )?send (?:the |me )?(?:police|someone|somebody|help|an ambulance)\b|(?<!if )(?<!when )(?<!whenever )\bi need (?:the )?police\b|\bi need (?:an ambulance|help) (?:now|right now|quick|asap)\b|\bthis is an emergency\b",
        r"^(?=.*\b(?:help|door|sos|police|999|hurry)\b)(?:help|door|sos|police|999|please|now|quick|hurry|me|him|her|here)(?: (?:help|door|sos|police|999|please|now|quick|hurry|me|him|her|here))*$",
        r"(?<!will )(?<!theyll )(?<!would )(?<!might )(?<!could )(?<!to )(?<!not )\b(?:send|ring|call) (?:the |me )?(?:police|ambulance|999|help)(?: (?:now|please|quick|quickly|asap|for me|round|here))+\b",
        # "get help here" alone is a question about services ("can i get help here as a migrant").
        r"(?<!can i )(?<!could i )(?<!do i )(?<!to )(?<!can she )(?<!can he )(?<!can they )(?<!could she )(?<!could he )(?<!does she )\bget (?:the |me )?(?:police|ambulance|999|help)(?: (?:now|please|quick|quickly|asap|for me|round))+\b",
        r"\b(?:please|somebody|someone) (?:send|call|get) (?:the )?(?:police|ambulance|999|help)\b",
        r"^(?:please |somebody |someone )?(?:help|help me|sos)(?: (?:me|please|now|quick|quickly|asap|someone|somebody))* (?:he|she|they|door|now|quick)\b",
        r"\bhelp (?:me )?(?:now|quick|quickly|asap)\b",
    ), examples=(
        "send police", "this is an emergency", "help help", "call the police now",
        "someone call the police", "help me he's", "help quick", "get the police now", "get help for me",
    )),
    family("cannot_talk", DANGER, STRONG, "Can't talk or call because the abuser would hear: whispering, typing in hiding.", patterns=(
        r"\b(?:cannot|can not) (?:talk|speak|type|call|say much)(?: (?:now|right now|much|for long|properly|anymore))? (?:he|she|they|someone) (?:is|are|can|will|might|could)\b",
        r"^(?:i |sorry i |sorry )?(?:cannot|can not) (?:talk|speak|type)(?: (?:now|right now|much|for long|properly|anymore))?$",
        rf"\b(?:cannot|can not) (?:talk|speak) {_NOW}\b",
        r"\b(?:he|she|they) (?:would|will|might|could) hear me\b|\b(?:hell|shell|theyll) hear me\b",  # "if i ring hell hear me" (not "hed hear me": would, if they rang)
        # "hes walked in. i cant say owt"
        r"\b(?:he|she|they) (?:is |has |have |are )?(?:just )?(?:walked|come|came|got|burst|barged|stormed) (?:in|back in|through the door)\b.*\b(?:cannot|can not) (?:say|speak|talk|type)\b|"
        r"\b(?:cannot|can not) (?:say|speak|talk|type)\b.*\b(?:he|she|they) (?:is |has |have |are )?(?:just )?(?:walked|come|came|got|burst|barged|stormed) (?:in|back in|through the door)\b",
        r"\b(?:whispering|typing) (?:from|in|under) (?:the |my )?(?:wardrobe|cupboard|bathroom|toilet|loo|bedroom|closet|bed|shed|car)\b|\bi am whispering\b",
        # "what if i call and cant say anything": the Silent Solution is the answer (999, then 55)
        r"^(?!.*\b(?:deaf|hard of hearing|hearing|bsl|sign language|english|welsh|language|interpreter|stammer|stutter)\b).*"
        r"\b(?:what if|if|how do i|how can i|can i|how would i)\b.*\b(?:call|ring|phone|dial)\w*\b.*\b(?:cannot|can not|unable to|not able to) (?:say|speak|talk)\b",
    ), examples=(
        "what if i call and cant say anything", "hes walked in. i cant say owt",
        "can't talk he is listening", "cant talk", "i can't speak right now",
        "cant ring anyone she would hear me", "if i ring hell hear me", "typing from the bathroom", "i'm whispering",
    )),
    family("hiding", DANGER, STRONG, "Hiding from the abuser.", patterns=(
        # (not "says im hiding something if i mind": hiding a thing, not from him)
        r"\b(?:i am|we are|i have|we have) (?:hiding(?! (?:something|summat|anything|stuff|things|it|that|my|the|money|a|an)\b)|hidden|locked|barricaded)\b",
        r"\bhiding (?:in|from|under|behind)\b(?! (?:a |the |some |her |his )?(?:refuge|safe house|shelter|hostel)\b| me\b| us\b)",  # (not "is hiding in a refuge. which one")
        r"\bi (?:hide|hiding) in (?:the |my )?(?:bedroom|bathroom|toilet|wardrobe|cupboard|room|loft|attic|shed|garden|kitchen)\b",
    ), examples=(
        "we're hiding", "hiding under the bed", "i hide in the wardrobe",
    )),
    family("trapped", DANGER, STRONG, "Trapped: locked in, the way out blocked, not allowed to leave.", patterns=(
        r"\b(?:will not|would not) let (?:me |us )?(?:go|leave|out)(?:$| now| of me| of the (?:house|room|flat|car)| the house| the room| the flat)" + _NOT_ALONE,
        r"\b(?:i am|we are) trapped\b",
        r"\b(?:locked|barricaded) (?:me|us|myself|ourselves) in\b",
        r"\b(?:cannot|can not|could not) get out\b(?! of (?:bed|debt|the relationship|this relationship|the marriage|this marriage|it)\b| (?:when|whenever) i (?:am meant|am supposed|want|need|have) to\b| (?:much|often|to (?:a |the )?(?:library|shops?|town|church|chapel|gp|doctors?|appointments?|groups?|classes|work|see)))",
        r"\b(?:will not|would not) let (?:me|us|me and the (?:kids|children|baby)|me or the (?:kids|children|baby)) (?:out|leave)(?: of)?(?: the (?:house|room|flat|car|bedroom))?(?:$| and (?:he|she|they)| now| right now)",
        r"\blocked (?:all )?the doors\b|\blocked in (?:the|my|a) (?:room|bedroom|bathroom|house|flat|car)\b",
        rf"\b{_WHO} {_BE} (?:blocking|standing in|stood in|sat in|sitting in|sat across|sitting across|in front of) (?:the |my )?(?:front |back |bedroom |kitchen )?(?:door|doorway|exit|way out|stairs|hall)\b",
    ), examples=(
        "he won't let me go", "i'm trapped", "he's locked me in", "i can't get out",
        "she won't let me leave the house", "he locked all the doors",
        "he's blocking the front door",
    )),
    family("children_at_risk", DANGER, STRONG, "The children being hurt, taken or endangered.", patterns=(
        rf"\b{_WHO} {_BE} (?:hurting|harming) (?:the (?:kids|children|baby)|my (?:kids|children|baby|son|daughter))\b",
        rf"\b{_WHO} {_BE} (?:got|taken|taking) (?:the|my|our) (?:kids|children|baby|son|daughter) (?:in the car|away|and (?:will not|is|says|said))\b",
        r"\bholding (?:him|her|the baby|my \w+|them|the kids) (?:over|out of|off) (?:the )?(?:balcony|edge|window|bridge|railing)\b",
    ), examples=(
        "he's hurting the kids", "he's taken the kids in the car",
        "he's holding the baby over the balcony",
    )),
    family("happening_now", DANGER, STRONG, "Anything about the abuser or an attack, said to be happening at this moment.", patterns=(
        rf"{_NOT_HERE}(?<!\b(?:ring|call) anyone )(?<!\btalk to anyone )(?<!\bspeak to anyone )(?<!\bphone anyone )(?<!\b(?:ring|call) anybody )\b(?:right now|as we speak|right this (?:second|minute)|this (?:second|minute))\b.*\b(?:{_WHO}|kick|kicking|hit|hitting|attack|lock|force|forcing|wall|door|knife|screaming|killing|hurting|going for|started on)\b",
        rf"{_NOT_HERE}\b(?:{_WHO}|kick|kicking|trying to|forcing|force|going for|started on|against the wall|screaming|killing|hurting)\b.*\b(?:right now|as we speak|right this (?:second|minute)|this (?:second|minute))\b",
        r"\b(?:it is|its) happening (?:now|right now|again now)\b|^happening now$",
    ), examples=(
        "right now he is kicking off", "he's screaming at me right now", "it's happening now",
        "hes not here right now but hes screaming down the phone that hes on his way",
    )),
    family("cut_off_from_help", DANGER, STRONG, "Phone lines cut, medication taken away, calls for help stopped.", patterns=(
        r"\b(?:cut|pulled|ripped) (?:the |my )?(?:phone )?(?:line|wires|cable|power)\b",
        r"(?<!\bi )(?<!\bi have )(?<!\bi had )(?<!\bi just )(?<!\bi have just )(?<!\bi have not )(?<!\bi forgot to have )\b(?:taken|took|hidden|hid|thrown away) my (?:insulin|inhaler|medication|meds|epipen|tablets)\b",
        r"\b(?:will not|would not|does not|is not) let (?:me|us) (?:ring|call|phone) (?:an ambulance|999|the police|police|anyone|for help)\b",
    ), examples=(
        "he's cut the phone line", "she's hidden my inhaler", "he won't let me call an ambulance",
    )),
    family("taken_away", DANGER, STRONG, "Taken somewhere against your will (\"honour\"-based abuse): forced into a car, made to disappear.", patterns=(
        r"\b(?:get|got|getting) in(?:to)? the car\b.*\b(?:woods|scared|hurt|kill|nobody will|no one will|last)\b",
        r"\b(?:putting|forcing|pushing|dragging|bundling|shoving|throwing) (?:me|us|her|him) (?:in|into) (?:the |a |their |his |her )?(?:car|van|taxi|boot)\b",
        r"\bdo not know where (?:they|he|she) (?:are |is )?(?:taking|take|takes|will take|going to take) (?:me|us)\b",
        r"\b(?:make|making|made) (?:me|us|her|him) disappear\b",
        r"\b(?:bring|brought|bringing) shame\b.*\b(?:taking me|take me|car|kill|hurt|punish|disappear|locked)\b",
    ), examples=(
        "he told me to get in the car, i'm scared", "they're forcing me into a van",
        "i don't know where they are taking me", "they said they will make me disappear",
        "they say i bring shame and they're taking me to the car",
    )),
    family("weapon_mentioned", DANGER, WEAK, "A weapon in the abuser's hands, unless it is about the past.", patterns=(
        rf"\b(?:has|got|getting|fetching|holding|with|pulled|grabbed|grabbing|picked up|waving|threatening me with|threatened me with) (?:a |the |his |her |their |out a |out the )?{_WEAPON}\b",
        rf"\b(?:{_WHO} {_BE}|there is)\b.*\b{_WEAPON}\b|\b{_WEAPON}\b.*\b{_WHO} {_BE}\b",
    ), examples=(
        "he has a gun", "he is in the kitchen with a knife", "there's a knife and he is angry",
    )),
    family("threat_or_attack_mentioned", DANGER, WEAK, "A threat to kill or an attack, unless it is about the past.", patterns=(
        # (not "my mum will literally kill me if she knows im asking this": a parent, a figure of speech)
        r"^(?!.*\b(?:mum|mam|mom|mummy|mammy|dad|daddy|parents|nan|gran|nana|teacher|boss)\b (?:will|would|is gonna|is going to|is gunna)(?: literally| actually| honestly)? (?:kill|murder) me if\b).*\b(?:kill|murder|stab|shoot|strangle|choke) (?:me|us)\b",
        rf"\b(?:he|she|they|him|her) {_BE} (?:hurting|hitting) (?:me|us)\b",
    ), examples=(
        "he wants to kill me", "hes hurtin me",
    )),
    family("badly_hurt", DANGER, WEAK, "Badly hurt just now: stabbed, burnt, bones broken, knocked out, unconscious, can't stop bleeding; unless it is about the past.", patterns=(
        rf"\b{_WHO} (?:is|has|have|are) (?:just )?(?:broken|broke|fractured|cracked|dislocated|smashed) (?:my|her|his|our) (?:\w+ )?{_BODY}\b{_NOT_BEFORE}",
        rf"\b{_WHO} (?:is|has|have|are) (?:just )?(?:stabbed|knifed|slashed|glassed|shot|bitten|burned|burnt|scalded|cut) (?:me|us|her|him|my {_BODY})\b(?! (?:off|out|up|down|dead|a|an|some)\b){_NOT_BEFORE}",
        rf"\b(?:i|we) (?:have|am|are) (?:just )?been (?:stabbed|knifed|slashed|glassed|shot|knocked out|scalded|burnt|burned)\b{_NOT_BEFORE}",
        rf"\b(?:knocked|knocking|knock) (?:me|her|him|us|them|my \w+) (?:out|unconscious|spark out)\b{_NOT_BEFORE}",
        rf"\b(?:{_WHO}|my (?:{_KIN})|my (?:little |baby )?(?:boy|girl|baby|brother|sister)|the baby) (?:is|are|has|have) (?:gone )?(?:unconscious|not breathing|stopped breathing|unresponsive)\b",
        r"\bi (?:keep|kept|am|think i am|am going to|think i am going to) (?:passing|blacking|pass|black) out\b|\bi (?:think i am|am) concussed\b",
        r"^(?!.*\b(?:myself|self harm\w*)\b).*(?:\b(?:will not|would not|cannot|can not) stop (?:the )?bleeding\b|\b(?:bleeding|blood) (?:will not|would not) stop\b)",
        rf"\b(?:cannot|can not) see out of my (?:left |right )?eye\b|\bi think my {_BODY} (?:is|are) (?:broken|fractured|dislocated|cracked)\b",
    ), examples=(
        "he's broken my nose", "he's burnt me with the iron", "i've been stabbed",
        "he knocked her out", "my mum's unconscious on the floor", "i keep blacking out",
        "my lip won't stop bleeding", "i think my ribs are broken",
    )),
    family("threats_received", DANGER, WEAK, "Death threats, unless it is a question or about the past.", patterns=(
        r"\bdeath threats?\b|\bthreats? to kill\b",
    ), examples=(
        "my ex keeps sending me death threats on instagram", "i've had threats to kill from her brother",
    ), not_in_questions=True),
    family("found_or_broken_in", DANGER, WEAK, "Found where I live, or broken in, unless it is about the past.", patterns=(
        r"\b(?:found|found out|has found) where (?:i|we) (?:live|am|are|are staying)\b",
        rf"\b(?:found|tracked) (?:me|us)(?: down)? (?:at|in|to) {_REFUGE}\b",
        rf"\b{_WHO} (?:is|has|have|are) (?:just |finally |now )?(?:found|tracked) (?:me|us)(?: down)?(?:$| (?:again|here|now|and|i|he|she|they|help|please|at|in)\b)",
        rf"\b{_WHO} (?:is|has|have|are) (?:just )?(?:turned|shown|showed|rocked) up (?:at|outside) {_REFUGE}\b(?!.*\b(?:twice|times|every|always|before|asking|looking for|where (?:i|we))\b)",
        r"\b(?:breaking in|broken in|broke in|breaking into|broken into)\b|\bsmashed (?:the|my|our) (?:\w+ )?(?:door|window)\b",
    ), examples=(
        "he has found where i live", "someone's breaking in", "he smashed the back door",
        "he's found me at my mum's", "he's just turned up at my sister's flat", "he's found us again",
    )),
    family("asks_for_police", DANGER, WEAK, "Calling the police, unless it is a question or about the past.", patterns=(
        # (not "if i ring the police will they laugh", "she doesnt want to phone the police")
        r"^(?!.*\b(?:do not|does not|doesnt|dont|not|never) (?:want|wanna|wish|going|gonna) (?:to )?(?:call|ring|phone)\b)(?!.*\b(?:want|wanting|trying) to report (?:him|her|them|my \w+|it|what)\b)(?!.*\bthinking (?:about|of) (?:ringing|calling|phoning)\b)(?!.*\b(?:scared|afraid|worried|frightened|terrified) (?:that )?(?:theyll|they will|they might|theyd|they would|they are going to|someone will|someone might|somebody will|somebody might|youll|you will|you might|you would|u will|u might|u would)\b.{0,20}\b(?:call|ring|phone)\b).*(?<!\bif i )(?<!\bif we )\b(?:call|ring|phone) (?:the )?(?:police|999|ambulance)\b(?! on (?:him|her|them|my \w+|our \w+))",  # (not "i cant ring the police on him": reporting)
    ), examples=(
        "i need to call the police",
    ), not_in_questions=True),
)
