"""Danger families found by measuring the patterns on their own (the classifier switched off) on
the blind safety sets: what each retrain's classifier happened to catch, held by rules instead, so
a new model can't drop it (the layout is danger_patterns'; `danger.FAMILIES` tries them with the
others).

Patterns run on `danger.normalise` text. These families are STRONG; where a phrasing is also how
people tell a history ("he kicked the door in") the pattern excludes the past with _NOT_PAST.
"""
from __future__ import annotations

from harbour.nlu.danger_near_patterns import _NOT_PAST
from harbour.nlu.danger_patterns import _BE, _WHO, DANGER, STRONG, WEAK, family
from harbour.nlu.partner_words import HEARSAY

# Someone the writer can hear or see being hurt: a child, a parent, a sister.
_KIN_NOW = (
    r"(?:my|our|me) (?:little |baby |big |younger |older |wee |step ?)?"
    r"(?:brother|sister|mum|mam|mom|dad|nan|nana|gran|granny|baby|son|daughter|kids|children|boy|girl|bro|sis)"
)
# Said to be happening now, where the writer is: "right now", "i can hear", "downstairs".
_NOW_HERE = (
    r"(?:right now|now|as we speak|i can hear|can hear|next door|downstairs|upstairs|in the (?:next|other|living|front) room"
    r"|through the wall|screaming|screamin|crying|greetin|help)"
)
_HURTING = r"(?:hurting|hitting|beating|battering|kicking|punching|strangling|choking|attacking|slapping|laying into|beating up)"
_HOLDS = r"(?:got|has got|is holding|holding|has|pinned|pinning|is pinning)"
_LOOP = r"(?:lead|belt|rope|cord|cable|wire|scarf|tie|arm|arms|hand|hands|flex|chain)"
_FURNITURE = r"(?:sofa|couch|settee|wardrobe|chest of drawers|drawers|table|fridge|chair|bed|bookcase|cabinet)"
_CHILD = r"(?:daughter|son|kids|children|baby|boy|girl|little one|wee one|wean|bairn|bairns|weans)"

MORE_FAMILIES = (
    family("held_by_the_throat", DANGER, STRONG, "Held by the throat or hair, a lead or belt round a neck, pinned to the floor now.", patterns=(
        rf"\b(?:he|she|they|{_WHO}) (?:is|are|has|have) (?:got )?(?:the |a |his |her |their |my |me )?(?:dog |dogs )?{_LOOP} (?:round|around|on) (?:my|her|his|our|me|the kids|the babys) (?:neck|throat)\b",
        rf"{_NOT_PAST}.*\b{_HOLDS} (?:me|her|him|us|{_KIN_NOW}|our \w+)(?: \w+){{0,4}} by (?:the|my|her|his|their|me) (?:throat|neck|hair)\b",
        rf"{_NOT_PAST}.*\b(?:got|has got|has|grabbed|pulling|is pulling) (?:me by )?(?:my|me|her) hair\b.*\bdragging\b|\band (?:is )?dragging (?:me|her|us)\b",
        rf"{_NOT_PAST}.*\b(?:he|she|they) (?:is|are|has) (?:got )?(?:her|me|us|him|{_KIN_NOW}) pinned (?:down|on the floor|to the floor|against the wall|to the bed)\b",
    ), examples=(
        "hes got the dog lead round my neck", "he has his hands round her throat",
        "me das gone mental again, hes got our kayleigh pinned on the floor by her throat",
        "hes got my hair and dragging me dropped phone someone pls",
        "my sister just rang me crying hes got her pinned down i could hear him",
    )),
    family("barricaded_in", DANGER, STRONG, "Shut in by force now: furniture against the door, being kept in, locked in with the children, locked out with a child inside.", patterns=(
        rf"\b(?:pushed|put|dragged|moved|shoved|pulled|jammed|wedged) (?:the |a |his )?{_FURNITURE} (?:against|in front of|across) (?:the |our |my )?(?:front |back |bedroom |flat |kitchen )?door\b",
        r"\b(?:nobody|no one|noone) (?:leaves|is leaving|gets out|is getting out|goes anywhere)\b",
        rf"{_NOT_PAST}.*\b(?:being kept|keeping me|keeping us|is keeping me|kept me|kept us) (?:here|in|inside|locked|prisoner|hostage|in the (?:flat|house|room|bedroom))\b",
        r"\blocked (?:me|us)(?: and (?:the|my|our) (?:kids|children|baby|son|daughter|boys|girls))? in\b|\block (?:me|us) in (?:the |my |a )?(?:room|house|flat|bedroom|bathroom)\b",
        rf"\blocked (?:me|us) out(?:side)?\b.*\b{_CHILD}\b.*\b(?:inside|in there|in the (?:house|flat)|with (?:him|her|them))\b",
        r"\b(?:will not|wont|not|refuses to|refusing to) let (?:me|us) out of (?:the|his|her|their|this) (?:car|van|house|flat|room|kitchen|bedroom)\b",
    ), examples=(
        "hes pushed the sofa against the front door and says nobody leaves till hes done with me",
        "im being kept in the flat and he wont let me leave", "hes keeping me here. he took my shoes and keys",
        "partner has locked me and the kids in the house and taken the keys",
        "my in laws lock me in room, they take my passport",
        "hes locked me outside in the cold with no coat and the baby is inside with him screaming",
        "my bf wont let me out of his car and hes driving me somewhere i dont know",
    )),
    family("breaking_in_now", DANGER, STRONG, "Smashed or kicked through a door just now, over the fence, trying the doors, the door going and it's him.", patterns=(
        rf"{_NOT_PAST}.*\b(?:just |has just |is |he is |she is )?(?:smashed|smashing|kicked|kicking|booted|booting|barged|barging|forced|forcing|broken|broke|breaking|come|came|got) (?:through|in through|in|down|open) (?:the |my |our )?(?:back |front |side |bedroom |bathroom |patio |kitchen )?(?:door|window)\b",
        rf"{_NOT_PAST}.*\b(?:climbed|climbing|jumped|jumping|jumping over|coming|come|getting|got) over (?:the|my|our) (?:back |side |garden |front )?(?:fence|wall|gate)\b",
        rf"{_NOT_PAST}.*\b(?:is |are |he is |she is )?trying (?:the|my|our|all the) (?:patio |back |front |side |kitchen )?(?:door|doors|window|windows|handle|handles|door handle)\b",
        r"\b(?:door|doorbell|knocking|banging|window)\b.*\b(?:it is|its) (?:him|her|them|my ex|my husband|my wife|my partner|my dad)\b",
        r"\bnot (?:meant|supposed|allowed) to know (?:this address|my address|where i live|where i am|where we are|where we live)\b.*\b(?:door|outside|here|found)\b|\b(?:door|outside|here|found)\b.*\bnot (?:meant|supposed|allowed) to know (?:this address|my address|where i live|where i am|where we are|where we live)\b",
    ), examples=(
        "he just smashed through the back door, kids upstairs asleep", "hes kicking in the front door",
        "ex has climbed over the back fence and is trying the patio door",
        "door going. its him. hes not meant to know this address",
        "oh god hes outside, hes not meant to know where i live",
    )),
    family("hurt_where_i_can_hear", DANGER, STRONG, "Someone being hurt now where I can hear or see: a mum, a brother, a neighbour screaming.", patterns=(
        HEARSAY + rf"\b(?:he|she|they|{_WHO}|my \w+ (?:dad|boyfriend|partner|husband)|(?:step ?dad|stepdad|stepmum|step mum|uncle|dad|da|mans|man|fella|boyfriend)) (?:is|are) (?:pure |really |properly |fully |absolutely |just |still )?{_HURTING} (?:her|him|them|{_KIN_NOW}|my \w+|our \w+)\b.*\b{_NOW_HERE}\b(?!.*\b(?:years|for years|used to|when i was)\b)",
        rf"{_NOT_PAST}.*\b(?:i can|can|cannot stop|could) (?:hear|heard|hearing) (?:her|him|them|{_KIN_NOW}|my \w+|our \w+|a (?:woman|man|child|kid|girl|boy)|the (?:woman|man|kids?|baby|neighbours?)) (?:\w+ )?(?:screaming|screamin|crying|begging|shouting help|shouting for help|yelling)\b",
        r"\bscreaming (?:stop )?(?:you are|youre) killing me\b|\bsaying stop (?:you are|youre) killing me\b",
    ), examples=(
        "hes pure battering her next door, i can hear her screamin and the wean greetin",
        "my step dad is hurting my little brother and has locked me out of the room i can hear him crying",
        "theres a woman screaming next door saying stop youre killing me",
    )),
    family("children_taken_in_a_car", DANGER, STRONG, "The children put in a car and driven off now; a child dragged towards a car.", patterns=(
        # (not a partner who left for a refuge, or days ago: "my wifes gone off with the kids and someone said shes in a refuge")
        r"\b(?:driving|drove|driven|gone|going|went|speeding|taking|took|taken) off (?:now |right now |just now )?(?:with (?:the|my|our) (?:kids|children|baby|son|daughter|boys|girls)|and (?:says|said|saying|screaming|shouting) (?:i|we) will never see)\b(?!.*\b(?:refuge|safe house|(?:days|weeks|months|years) ago|last (?:week|month|year))\b)",
        r"\b(?:car|van|driving|drives|drove)\b.*\bnever see (?:them|her|him|the kids|the baby|my kids|my baby) again\b",
        rf"\b(?:trying to|is|are) (?:drag|dragging|take|taking|grab|grabbing|snatch|snatching|bundle|bundling|force|forcing|pull|pulling) (?:my|our|the) {_CHILD}\b.*\b(?:car|van|away)\b",
        rf"\b(?:put|putting|pushed|pushing|shoved|shoving|bundled|bundling|strapped|strapping) (?:the|my|our) {_CHILD} (?:in|into) (?:the|his|her|their) (?:car|van)\b(?!.*\b(?:school|nursery|childminder|to his mums|to her mums|for the weekend|contact)\b)",
    ), examples=(
        "hes taken the kids and put them in the car, hes driving off and says ill never see them again",
        "hes driving off now with the kids and hes been drinking",
        "hes drunk and hes put the baby in the car and says ill never see her again",
        "ex has just turned up at the school gates and is trying to drag my daughter into his car",
    )),
    family("car_as_a_weapon", DANGER, STRONG, "Driven at, rammed or followed in a car; driving fast to crash with me in it.", patterns=(
        r"\b(?:ramming|rammed|keeps ramming|ram|driving into|drove into|shunting) (?:into )?(?:the back of )?(?:us|me|my car|our car|the car|the taxi|the cab)\b",
        r"\b(?:he|she|my (?:ex|partner|husband|wife|boyfriend|girlfriend|dad|stepdad|brother|son|fella)) (?:is|are) (?:following|chasing|tailing) (?:me|us)\b(?! (?:on|online|around online|everywhere|all the time|constantly|every day|everyday|on social|on insta|on instagram|on facebook|on tiktok|for)\b)",
        r"\b(?:driving|drives|going) (?:really |so |too |dead |very |well )?(?:fast|mad|crazy|dangerously|like a maniac|like a lunatic|like a mad man|like a madman)\b.*\b(?:crash|kill us|kill me|both die|all die)\b",
        r"\b(?:crash|kill) (?:us both|both of us|us all|all of us)\b",
    ), examples=(
        "im in a taxi and hes following in his car, he keeps ramming into the back of us",
        "im in the back of a taxi and hes following us in his van",
        "im in the car and hes driving really fast saying hes going to crash us both",
    )),
    family("just_attacked", DANGER, STRONG, "Something just thrown at me, boiling water, pushed down the stairs and he's still there.", patterns=(
        # ("shes thrown stuff at me in front of them", normalised to "she is thrown": has thrown, not throwing now)
        r"\b(?:just|has just) (?:thrown|threw|throwing|chucked|chucking|lobbed|lobbing|hurled|hurling|poured|pouring) (?:\w+ ){0,5}(?:at|over|on) (?:me|us|the kids|the baby)\b",
        r"\b(?:is|he is|she is|they are) (?:throwing|chucking|lobbing|hurling|pouring) (?:\w+ ){0,5}(?:at|over|on) (?:me|us|the kids|the baby)\b",
        r"\bboiling (?:water|kettle)\b.*\b(?:at|over|on) (?:me|us|my)\b(?!.*\b(?:years|last (?:year|month|week)|used to)\b)",
        r"\bpushed me down the stairs\b.*\b(?:he|she|they) (?:is|are) (?:standing|stood|at the top|watching|coming|still)\b",
        rf"{_NOT_PAST}.*\b(?:got|has got|has) (?:me|us) (?:backed |cornered |pinned |trapped )?(?:in|into|up against|against) (?:a|the) (?:corner|wall)\b|\b(?:is|are) (?:backing|cornering|pinning) (?:me|us)\b",
    ), examples=(
        "hes throwing plates at me",
        "he just threw a kettle of boiling water at me",
        "he pushed me down the stairs and hes standing at the top watching",
        "hes gan radge, got us backed in the corner, howay man somebody help",
    )),
    family("back_and_raging", DANGER, STRONG, "Back now, drunk or raging; right behind me; send someone.", patterns=(
        rf"\b{_WHO} {_BE} back\b(?: \w+){{0,4}} (?:and )?(?:he is|she is|they are|is|are)? ?(?:drunk|off his head|off her head|off his face|raging|steaming|kicking off|going mad|mad|angry|fuming|wasted|smashed|hammered|got that look|in a mood)\b",
        # "hes home early and hammered" (not "home and in a mood most nights": a habit, and a milder word)
        rf"^(?!.*\b(?:most|every|each) (?:day|night|evening|weekend)s?\b).*\b{_WHO} {_BE} home\b(?: \w+){{0,3}} (?:and )?(?:he is|she is|they are|is|are)? ?(?:drunk|off his head|off her head|off his face|raging|steaming|kicking off|going mad|fuming|wasted|smashed|hammered)\b",
        # "im in the bathroom with the door locked and hes booting it"
        rf"^(?=.*\bdoors?\b).*\b{_WHO} {_BE} (?:banging|kicking|booting|smashing|bashing|hammering|pounding|punching|trying to (?:kick|break|open)) (?:on )?it\b",
        r"\b(?:i am|we are) (?:locked |hiding |shut )?in (?:the|my|a) (?:bathroom|bedroom|toilet|loo|wardrobe|cupboard|room) with the door (?:locked|shut|barricaded)\b",
        rf"\b{_WHO} {_BE} (?:right |just )?behind (?:me|us)\b(?! (?:all the way|every step|100|one hundred|on this|in the queue)\b)",
        r"\bplease send (?:someone|somebody|help|the police|police|an ambulance|officers)\b|\bsend (?:someone|somebody|help|police|the police) (?:please|now|quick|asap|round now)\b",
    ), examples=(
        "hes back, hes drunk and hes got that look. last time he put me in hospital",
        "hes back early and hes raging i need to go now",
        "hes home early and hammered, im in the bathroom with the door locked and hes booting it",
        "door's locked and he is kicking it", "im in the bathroom with the door locked",
        "i just got out the house, im running, hes behind me",
        "hes taken my phone so im on my sons tablet. hell be back up in a minute. please send someone",
    )),
    family("hiding_now", DANGER, STRONG, "Hiding in a cupboard, a wardrobe, under the duvet so he can't hear; a threat if I move.", patterns=(
        rf"{_NOT_PAST}.*\b(?:hiding|hidin|hid|hidden|hide|crouched|crouching) (?:in|inside|under) (?:the |a |my |our )?(?:cupboard|wardrobe|bathroom|toilet|loo|cellar|shed|attic|loft|garage|bedroom|closet|bed|duvet|stairs|airing cupboard)\b",
        r"\bif (?:i|we) (?:move|moved|make a (?:sound|noise)|scream|shout|speak|breathe|cry)\b.*\b(?:kill|slit|stab|hurt|strangle|shoot|finish|end|batter) (?:me|my|us|the)\b",
        r"\b(?:typing|texting|writing) (?:this )?(?:under the duvet|under the covers|in the (?:toilet|bathroom|cupboard|wardrobe|dark))\b",
    ), examples=(
        "am hidin in the cupboard he disnae ken am in here yet",
        "he said if i move hell slit my throat. typing this under the duvet",
    )),
    family("gas_turned_on", DANGER, STRONG, "Gas turned on, with us kept in the room.", patterns=(
        r"\b(?:turned|turning|put|left) (?:the |all the )?(?:gas|hobs?|oven) (?:on|taps on)\b.*\b(?:will not|wont|not) let (?:us|me|the kids) (?:leave|out|go)\b",
        r"\b(?:will not|wont|not) let (?:us|me|the kids) (?:leave|out|go)\b.*\b(?:turned|turning|put) (?:the |all the )?(?:gas|hobs?|oven) (?:on|taps on)\b",
    ), examples=(
        "he turned the gas on and wont let us leave the kitchen", "he wont let us out and hes turned the gas on",
    )),
    family("still_here_after_it", DANGER, STRONG, "Hurt and the person who did it still here; on the floor and can't get up; cornered and shoved; coming up the stair.", patterns=(
        r"\b(?:pushed|knocked|shoved|threw|thrown) me (?:over|down|to the floor|on the floor)\b.*\b(?:is|are) still (?:here|in the (?:house|flat|room))\b",
        r"\b(?:cannot|can not) get up (?:off |from )?(?:the )?floor\b",
        r"\b(?:has|got|has got) (?:me|us) (?:cornered|trapped|pinned)\b|\b(?:is|are) (?:shoving|pushing|grabbing|shaking) (?:me|us)\b(?! (?:to|into) (?:do|go|leave|have|get|sign|take)\b)",
        r"\bcoming (?:up )?(?:the )?stairs? (?:for|after) (?:me|us)\b|\bcoming up the stair\b",
    ), examples=(
        "my carer pushed me over and is still here i cant get up off the floor",
        "my stepson has me cornered in the kitchen and hes shoving me and wont let me go",
        "hes aff his heid and coming up the stair for me",
    )),
    family("watched_from_outside", DANGER, STRONG, "A message that shows he is outside now: look out your window, a photo of my front door, I know where you are.", patterns=(
        r"\blook out (?:your|ur|the|you) (?:window|door)\b",
        r"(?<!\bi )(?<!\bwe )(?<!i have )(?<!we have )\b(?:sent|sends|sending|got|getting|received|posted|snapped|put|puts|putting|shared|sharing|uploaded|uploading)\b(?: \w+){0,4} (?:photos?|pics?|pictures?|snaps?|videos?|selfies?) of (?:my|our) (?:front |back )?(?:door|house|flat|window|car|street|road|gate|drive|kids school|work)\b",
        r"\b(?:texts?|texted|messages?|messaged|snaps?|dms?|voice ?notes?|emails?|whatsapps?)\b.*\bi know where you (?:are|live|are staying|are stopping)\b",
    ), examples=(
        "got a snap from him saying look out ur window and hes there", "my ex just sent a pic of my front door from outside",
        "got a text saying i know where you are coming now", "hes just put a pic of my front door on his story sayin see u tonight",
    )),
    family("smashing_up_now", DANGER, WEAK, "Smashing the place up now: he's drunk and smashing the kitchen up, breaking everything.", patterns=(
        r"\b(?:he|she|they) (?:is|are) (?:\w+ (?:and|n) )?(?:smashing|breaking|wrecking|trashing|smashing up|throwing) "
        r"(?:the (?:place|house|flat|kitchen|room|door|doors|windows?|tv|telly)|(?:my|our|the kids) (?:\w+ )?(?:stuff|things|room|phone|door)|everything|things|plates|stuff|furniture)\b",
    ), examples=(
        "hes drunk n smashin the kitchen up, we're miles from anywhere", "he's smashing the place up", "she is drunk and throwing plates",
    ), not_in_questions=True),
    family("will_they_come", DANGER, WEAK, "Asking whether help will reach them in time: will they even come out this far, how long will the police take to get here.", patterns=(
        r"\b(?:will|would|do|does|can) (?:they|the police|police|the cops|cops|anyone|an ambulance|someone) (?:even |actually |really |still )?(?:come|come out|get here|get out here|turn up|make it|respond|find (?:me|us))\b.*\b(?:this far|out here|that far|in time|quick|quickly|fast|tonight|right now|before (?:he|she|they))\b",
        r"\bhow long (?:will|would|do|does) (?:the police|police|they|the cops|an ambulance) (?:take|be) (?:to get here|to come|to arrive|getting here)\b",
    ), examples=(
        "will they even come out this far its all lanes", "will the police get here in time", "how long will the police take to get here",
    )),
    family("somebody_help", DANGER, WEAK, "A cry for help: somebody help, someone help me (not a question, not the past).", patterns=(
        r"(?<!can )(?<!could )(?<!will )(?<!would )(?<!to )\b(?:somebody|someone|anybody|anyone) (?:please )?help(?: me| us)?(?: please| now| quick)?$",
    ), examples=(
        "howay man somebody help", "someone help me please",
    ), not_in_questions=True),
)
