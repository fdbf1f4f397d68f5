"""More danger families (the layout is danger_patterns'): the abuser beside you or arriving, a threat
to burn the home with you in it, a punishment promised for tonight.

Split from danger_patterns to keep each module short; `danger.FAMILIES` tries them with the others.
Patterns run on `danger.normalise` text ("he's sat" -> "he is sat", "wiv" -> "with", "gonna" ->
"going to", "he'll" -> "he will"). These families are STRONG; where a phrasing is also how people
tell a history ("he pulled up outside", "I'd get what's coming to me") the pattern itself excludes
the past with _NOT_PAST, so "once he gets in" (which the weak families' veto reads as the past)
still counts.
"""
from __future__ import annotations

from harbour.nlu.danger_patterns import _BE, _WHO, _WHOSE, DANGER, STRONG, family

# A history, not now (the weak families' _PAST without "once", which here means "as soon as").
_NOT_PAST = (
    r"^(?!.*\b(?:last (?:week|night|month|year|time|weekend)|yesterday|years? ago|months? ago|weeks? ago"
    r"|days? ago|used to|in the past|back then|when (?:i|we) (?:was|were) (?:a kid|little|young|younger|together|with him|with her))\b)"
)
# Where someone sits or lies: "he is sat", "she is lying on the sofa", "he is in bed".
_POSTURE = (
    r"(?:sat|sitting|stood|standing|lying|lay|laying|laid|asleep|sleeping|snoring|hovering|lurking"
    r"|leaning|crouching|kneeling|perched|waiting|watching me|staring at me)"
    r"(?: (?:right |just )?(?:down|up|there|here)| on the (?:sofa|couch|settee|bed|floor)| in (?:bed|the car))?"
)
# Not an abuser close by but someone helping: "my sister is sat next to me helping me write this".
_NOT_HELPING = r"(?!.*\b(?:helping|help me|for support|supporting|holding my hand|on my side|all the way|every step)\b)"
# A child asleep or sat beside a parent is the usual case, not an abuser: "my daughter is asleep next to me".
_NOT_CHILD = r"(?!my (?:son|daughter)\b)"
# A car or van arriving: "pulled up", "parked up", "pulling in".
_ARRIVE = r"(?:parked|parking|(?:pulled|pulling|parked|parking|rolled|rolling|drawn|drawing|drove|driven|driving|swung|turned|turning) (?:up|in|into|onto|on))"
_ARRIVE_WHERE = (
    r"(?:$| (?:right |just )?(?:outside|here|now|right now|and|help|please|what|its|it is|he is|she is|they are|i am|i|oh god|omg|shit|fuck|quick|on the drive|in (?:his|her|their|the) (?:car|van)"
    r"|(?:on|onto|in|into|at|by|across) (?:the|my|our) (?:drive|driveway|street|road|close|estate|car park|yard|gate|gates|house|flat|door|front|kerb|curb|end of the (?:road|street|drive))"
    r"|(?:across|over) the road|(?:the|my|our) (?:drive|driveway|street|road|close|estate|car park|yard))\b)"
)
_WHOSE_CAR = rf"(?:(?:{_WHOSE}|the|a|that) |^)(?:car|van|motor|truck)"
# Burning the home, a car or someone: "torch the house", "set fire to the flat", "burn us alive".
_BURN = r"(?:torch|torches|torching|torched|burn|burns|burning|burnt|burned|set fire to|set light to|setting fire to|setting light to|petrol bomb|firebomb|fire bomb)"
_HOME = r"(?:the |my |our |this |his |her |their )?(?:house|flat|place|home|gaff|building|room|bedroom|caravan)(?: down)?"
_INSIDE = r"(?:we|i|me|us|the (?:kids|children|baby|family|lot of us)|my (?:kids|children|baby|son|daughter|family)|them|her|him|everyone|all of us|both of us|(?:me|us) and the (?:kids|children|baby))"
# A threat made to stop someone leaving or telling ("... if I leave") is a risk to assess, not danger now.
_NOT_IF_I = r"^(?!.*\bif (?:i|we) (?:ever |try to |tried to )?(?:leave|left|go|went|tell|told|report|call|ring|split|end it|take the kids|try)\b)"
_NOT_COOKING = _NOT_IF_I + r"(?!.*\b(?:cooking|grill|oven|toaster|toast|candles?|chip pan|bbq|barbecue|joke|joking|jokes|lol|haha|game|minecraft|sims)\b)"
# Punishment when the abuser is back: "when he gets in", "tonight", "later".
_WHEN_HE = r"(?:when|once|as soon as) (?:he|she|they|i|dad|mum|my \w+) (?:gets?|comes?|get|come|is|are) (?:in|home|back|here|through the door)"
_WHEN_BACK = rf"(?:tonight|later|{_WHEN_HE}|(?:when|once) (?:he|she|they) (?:sees?|finds? out|hears?|wakes? up|sobers? up))"
_NOT_MONEY = r"(?!.*\b(?:settlement|money|payment|payout|pay out|sale|share|shares|benefits?|inheritance|compensation|refund|wages|entitled|karma|deserve|award)\b)"

NEAR_FAMILIES = (
    family("abuser_beside_me", DANGER, STRONG, "The abuser physically beside me now: sat, stood or lying next to, beside or behind me, watching what I type.", patterns=(
        rf"\b{_NOT_CHILD}{_WHO} {_BE} (?:still |just |right )?{_POSTURE} (?:right |just |directly |practically )?(?:next to|beside|behind|alongside|in front of|opposite|across from|on top of|over|near) (?:me|us)\b{_NOT_HELPING}",
        rf"\b{_NOT_CHILD}{_WHO} {_BE} (?:in (?:bed|the car|the room|the bed)|on the (?:sofa|couch|settee|bed)) (?:right |just )?(?:next to|beside|behind|with) (?:me|us)\b{_NOT_HELPING}",
        rf"\b{_NOT_CHILD}{_WHO} {_BE} (?:(?:literally|still|actually|practically|basically|now)(?: right| just)?|right|just) (?:next to|beside|right behind|stood behind|sat behind) (?:me|us)\b{_NOT_HELPING}",
        rf"\b{_NOT_CHILD}{_WHO} {_BE} (?:\w+ )?(?:looking|reading|watching|peering|peeking|staring) over my shoulder\b|\b{_NOT_CHILD}{_WHO} {_BE} (?:\w+ ){{0,4}}watching (?:me type|what i (?:am )?typ\w*|my screen|my phone)\b",
        rf"\b(?:sat|sitting|stood|standing|lying|lay) (?:right )?(?:next to|beside|behind) (?:me|us)\b(?: \w+){{0,3}}? (?:he|she|they|him|her) (?:is|are|can|will|might)\b{_NOT_HELPING}",
    ), examples=(
        "hes sat right next to me", "my husband is sitting beside me", "he's stood behind me",
        "she's lying next to me in bed", "he's asleep beside me and i'm scared to move",
        "he's on the sofa next to me", "my boyfriend is in bed next to me", "he's reading over my shoulder",
        "he is watching what i type", "hes literally next to me on the sofa", "sat right next to me he can see my screen",
        "hes right beside me", "no i cant say. hes right beside me watching what i type",
    )),
    family("arriving", DANGER, STRONG, "The abuser arriving now: just pulled up or parked, just got here, walked in, key in the door.", patterns=(
        rf"\b(?:{_WHO}|{_WHOSE_CAR}) (?:is |are |has |have )?(?:just |literally |now |only just )(?:gone )?{_ARRIVE}{_ARRIVE_WHERE}",
        rf"\b(?:{_WHO}|{_WHOSE_CAR}) (?:is|are) (?:just |now )?(?:pulling|parking|drawing|rolling|turning) (?:up|in|into|onto|on){_ARRIVE_WHERE}",
        rf"{_NOT_PAST}.*\b(?:{_WHO}|{_WHOSE_CAR}) (?:has |have )?(?:pulled|parked|drawn|rolled) (?:up|in|into|onto|on){_ARRIVE_WHERE}",
        rf"\b{_WHO} (?:is|are|has|have) (?:just |literally |now |only just )?(?:got here|arrived(?: here| outside| now|$)|walked in(?:$| now| the door| through the door)|come in (?:the|through the) (?:door|house)|let (?:himself|herself|themselves) in|turned up(?: here| outside| at the door| now|$))",
        # (not "does he just come back", after the police's notice: a question about what happens)
        rf"(?<!does )(?<!do )(?<!will )(?<!would )(?<!can )(?<!could )(?<!did )\b{_WHO} (?:is |are |has |have )?(?:just|literally|only just) (?:got here|arrived|pulled up|parked up|walked in|turned up|rocked up|showed up|shown up|came in|come in|came back|come back|got back|got in)\b(?! in touch| in contact| on (?:facebook|insta|instagram|snapchat|snap|whatsapp|tiktok))",
        r"\b(?:can|just) (?:hear|heard) (?:his|her|their|my exs|my partners|my husbands|my boyfriends|my wifes) (?:car|van|motor|key|keys|footsteps)\b(?! (?:in my (?:head|dreams)|on the (?:phone|video|recording)))",
        r"\b(?:can|just) (?:see|seen|saw) (?:his|her|their|my exs|my partners|my husbands|my boyfriends|my wifes) (?:car|van|motor) (?:outside|pulling|coming|parking|on the (?:drive|street|road)|in the (?:drive|street|road)|at the)",
        rf"\b(?:can|just) (?:see|seen|saw|hear|heard) {_WHO} (?:walking up|walking towards|coming up|coming towards|coming to|coming round|getting out of|pulling up|pulling in|parking up|at the (?:door|gate|window))\b(?!.*\bon the (?:phone|video|recording)\b)",
        rf"\b{_WHO} {_BE} (?:just |now |right )?(?:on|in|at|up) (?:the|my|our) (?:drive|driveway|doorstep|porch|front step|front gate|back gate|end of the (?:road|street|drive|path)|bottom of the (?:road|street|drive|garden))\b",
    ), examples=(
        "hes just pulled up outside", "he's just parked up outside my flat", "his car just pulled in",
        "my ex's van has just pulled onto the drive", "he's pulling up now", "he pulled up outside and is sitting there",
        "he's just got here", "my husband has just walked in", "she's only just arrived outside",
        "he just showed up help", "i can hear his key in the door", "i can see his car pulling in",
        "i can see him walking up the path", "he's on the drive", "my ex is at the end of the road",
    )),
    family("burn_with_me_inside", DANGER, STRONG, "A threat to burn or torch the home, a car or someone, with people inside.", patterns=(
        rf"{_NOT_COOKING}.*\b{_BURN} (?:down )?{_HOME}(?: \w+){{0,2}}? (?:with|while|when|whilst) {_INSIDE}(?: \w+){{0,3}}? (?:in|inside|in it|in there|still in|asleep|sleeping|locked in|trapped|in bed)\b",
        rf"{_NOT_COOKING}.*\b(?:{_WHO}|hell|shell)(?: is| are)? (?:going to|will|would|is about to|about to|wants to|swears|swore|says|said|keeps saying|is threatening to|threatening to|threatened to|threatens to|tried to|is trying to|trying to)(?: \w+){{0,2}}? (?:torch|burn down|burn|set fire to|set light to|petrol bomb|firebomb|fire bomb) {_HOME}\b",
        rf"{_NOT_COOKING}.*(?:\b(?:burn|burning|burnt|burned|torch|torching|set fire to|set light to) (?:me|us|her|him|them|the (?:kids|children|baby)|my (?:kids|children|baby)) (?:alive|to death)\b|\bburn(?:ed|t)? alive\b|\bset (?:me|us|her|him|them) (?:alight|ablaze|on fire|light)\b)",
        rf"{_NOT_COOKING}.*\b(?:{_WHO}|hell|shell)(?: is| are)? (?:going to|will|would|is about to|about to|wants to|swears|swore|says|said|keeps saying|is threatening to|threatening to|threatened to|threatens to)(?: \w+){{0,2}}? (?:torch|burn|set fire to|set light to)\b(?: \w+){{0,4}} (?:with|while|whilst) {_INSIDE}\b(?: \w+){{0,2}} (?:in|inside|asleep|sleeping)\b",
    ), examples=(
        "he'll torch the house wiv me in it", "she said she'd burn the flat down while we're asleep",
        "he's going to set fire to the house with me and the kids inside", "hes threatening to torch the place",
        "my ex says he'll petrol bomb my house", "he said he'd burn me alive",
        "he keeps saying he'll torch it with us inside", "he swears he will burn down our home tonight",
    )),
    family("punishment_coming", DANGER, STRONG, "Punishment promised for tonight: I'll get what's coming, I'm in for it, he'll sort me out when he gets in.", patterns=(
        rf"{_NOT_PAST}{_NOT_MONEY}.*(?:^|\b(?:i|we|ill) (?:am |are |will |will be |would |would be )?)(?:going to |definitely |so |really )?(?:get|getting|cop|copping|catch|catching|be getting) (?:what is coming|whats coming)(?: to (?:me|us))?\b(?! to (?:him|her|them|you|my|his))",
        rf"{_NOT_PAST}.*\b(?:i|we) (?:am|are|will be|would be) (?:so |really |well |properly |definitely |going to be )?in for it\b(?=$| {_WHEN_BACK}| now| i\b| he\b| she\b| they\b| and\b| cos\b| because\b)",
        rf"{_NOT_PAST}.*\b(?:i|we) (?:am|are|will be|would be) (?:so |really |well |properly |definitely )?for it {_WHEN_BACK}|{_NOT_PAST}.*\b{_WHEN_HE}\b.*\b(?:i|we) (?:am|are|will be) (?:so |really |well |properly |definitely )?(?:in )?for it\b",
        rf"{_NOT_PAST}.*(?:^|\b(?:(?:i|we) (?:am|are|will|would)|ill) )(?:going to )?(?:get|getting|cop|copping|be getting) (?:a (?:good |proper )?(?:hiding|beating|kicking|slap|battering|pasting|doing)|battered(?! (?:fish|sausage|cod|chips|mars))|beaten|done in|my head kicked in|what for)\b(?:(?: \w+){{0,2}}? {_WHEN_BACK}\b|$)",
        rf"{_NOT_PAST}.*(?:^|\b(?:(?:i|we) (?:am|are|will|would)|ill) )(?:going to )?(?:get|getting|cop|copping|be getting) (?:it|hit|it bad|it good) {_WHEN_HE}\b",
        rf"{_NOT_PAST}.*\b(?:{_WHO}|hell|shell)(?: is| are)? (?:going to|will|would|says (?:he|she|they) will|said (?:he|she|they) would|swears (?:he|she|they) will) (?:sort (?:me|us) out|deal with (?:me|us)|see to (?:me|us)|give (?:me|us) (?:it|what for))(?: for (?:this|it|that))? {_WHEN_BACK}\b",
        rf"{_NOT_PAST}.*\b(?:{_WHO}|hell|shell)(?: is| are)? (?:going to|will|would|says (?:he|she|they) will|said (?:he|she|they) would) (?:do|have|get) (?:me|us)(?: in| over)? {_WHEN_HE}\b",
        rf"{_NOT_PAST}.*\b(?:{_WHO}|hell|shell)(?: is| are)? (?:going to|will|would|says (?:he|she|they) will|said (?:he|she|they) would|swears (?:he|she|they) will)(?: \w+){{0,2}}? (?:teach (?:me|us) a lesson|give (?:me|us) a (?:good |proper )?(?:hiding|beating|kicking|slap|battering|pasting)|make (?:me|us) pay(?! (?:for (?:the|my|half|his|her|a|it back)|half|rent|back|him|her|\d))|make (?:me|us) regret|punish (?:me|us)|make (?:me|us) suffer)\b",
        r"\b(?:said|says|saying|texted|told me|tells me|messaged|screamed|shouted|warned me|keeps saying)\b(?: \w+){0,3} (?<!to )(?:just )?wait (?:till|until|til) (?:i|he|she|they|we|your dad|dad) (?:gets?|get|comes?|come) (?:home|in|back)\b(?!.*\b(?:open|presents?|surprise|talk|dinner|tea|film|watch|decide|sort it)\b)|\bjust you wait\b",
        rf"\b(?:i|we) (?:am|are|will) (?:going to )?(?:pay|suffer) for (?:this|it|that)\b(?: \w+){{0,2}}? (?:{_WHEN_HE}|tonight when)\b",
    ), examples=(
        "im gonna get whats coming to me tonight", "i'm in for it when he gets home",
        "i am so in for it", "once he gets back i'm for it", "i'm going to get a beating when he gets in",
        "i'll get battered", "i'm going to get it when he gets home",
        "he'll sort me out when he gets in", "he said he'll deal with me tonight",
        "he'll do me in when he gets back",
        "he says he's going to teach me a lesson", "my husband will make me pay",
        "he texted just wait till i get home", "i'll pay for this when he gets home",
    )),
    family("driven_dangerously", DANGER, STRONG, "Stuck in a car with someone driving to frighten or kill: doing 100, won't stop, says we'll both die.", patterns=(
        r"\b(?:stuck|trapped|locked|kept) in (?:the|his|her|their|a|my) (?:car|van|truck)\b.*\b(?:doing \d{2,3}|speeding|(?:driving|drives|going) (?:fast|mad|like a maniac|like a lunatic|crazy|really fast|too fast|at me|into)|motorway|wont stop|will not stop|would not stop|crash|die|dying|kill)\b",
        r"\b(?:both|all) (?:going to )?(?:dying|die|be dead)(?: tonight| today| now)\b|\b(?:we|we are|were|i am|im|both of us)(?: are)? (?:both )?(?:dying|going to die|going to be dead) (?:tonight|today|now)\b",
        r"\b(?:he|she|they) (?:is|are) (?:going to|trying to|threatening to) (?:crash|drive) (?:the car |us |the van )?(?:into|off|at)\b",
        r"\b(?:said|says|saying|told me|tells me|screaming|shouting|keeps saying)\b(?: \w+){0,4} (?:i am|im|we are|were|the kids are|my (?:son|daughter|brother|sister) is) next\b(?! if\b)",
    ), examples=(
        "stuck in the car, he's doing 100 on the motorway", "trapped in his car and he's driving like a maniac",
        "we're both dying tonight he says", "he's going to crash the car into a wall with us in it",
        "locked in the van and he won't stop", "he says we're all going to die tonight",
        "he's hitting mum and he's said i'm next",
    )),
    family("ongoing_attack_only_chance", DANGER, STRONG, "Hurt all night and a moment to get away now: this is my only chance.", patterns=(
        r"\b(?:hitting|beating|hurting|attacking|battering|strangling|choking|kicking|punching) me all (?:night|day|evening|morning|weekend)\b",
        r"\b(?:this is|its|it is) my only chance\b|\bmy only chance to (?:get out|leave|escape|run|go|get away)\b",
    ), examples=(
        "hes been hitting me all night", "hes just gone out for a smoke, this is my only chance",
    )),
)
