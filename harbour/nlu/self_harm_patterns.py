"""The safety net's self-harm patterns, in named families (see danger_patterns for the layout).

Every family here is WEAK: it fires unless the mention is negated, in the past or hypothetical
("I'm not suicidal", "I used to self harm"), and never over a danger family.
"""
from __future__ import annotations

from harbour.nlu.danger_patterns import SELF_HARM, WEAK, family

# Overdose already taken: "took", "taken", "had", "swallowed", "necked", "downed" (dialect past
# "i've took" included), a quantity (a packet, a box, a strip, all my, a load of, 30) and a drug.
_TOOK = (
    r"(?:taken|took|tooken|tookin|had|swallowed|swallow|necked|downed|popped|eaten|ate|done|knocked back|chucked down|after taking|gone and taken|gone and took)"
)
_DRUG = (
    r"(?:pills?|tablets?|tabs|meds|medication|medicine|capsules|paracetamols?|paracetemol|parecetamol|paracetamol|parcetamol|paracetomol|paracetmol|paracetamal|paras|ibuprofen|nurofen|aspirin"
    r"|co codamol|cocodamol|codeine|tramadol|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|diazepam|valium|zopiclone"
    r"|propranolol|pregabalin|gabapentin|morphine|oxycodone|lithium|quetiapine|olanzapine|insulin|painkillers|pain killers|antidepressants"
    r"|anti depressants|sleeping (?:pills|tablets)|sleepers|prescription|benzos|blues|xanax|lemsip|night nurse|anadin|solpadeine|my dads (?:pills|tablets|meds))"
)
_QUANTITY = (
    r"(?:box|boxes|packet|packets|pack|packs|strip|strips|bottle|bottles|tub|tubs|blister|blisters|load|loads|lot|handful|handfuls"
    r"|fistful|sheet|sheets|jar|pot|supply|stash|all|every|whole|full|entire|rest|dozen|[5-9]|\d\d+|ten|twelve|fifteen|sixteen|twenty|thirty"
    r"|forty|fifty|hundred|several|too many|so many|way too many|a lot|alot|lots)"
)
# Not pills: "downed a bottle of wine", "swallowed a load of water".
_NOT_DRINK = r"(?! (?:\w+ )?(?:water|wine|vodka|beer|cider|gin|whisky|whiskey|rum|booze|lager|prosecco|alcohol|drink|drinks|coffee|tea|juice|pop|coke|milk|food|crisps|chocolates?|sweets|biscuits|cake|pizza|sleep)\b)"
_AS_PRESCRIBED = r"(?!.*\b(?:as prescribed|prescribed dose|like (?:the|my) (?:doctor|gp|nurse|pharmacist) (?:said|told)|with (?:my )?(?:breakfast|dinner|tea|food)|headache|for the day|every day|each day|once a day|twice a day)\b)"

# A word people put between "thinking about" and "ending it".
_SOFTENER = r"(?:(?:just|simply|maybe|really|seriously|actually|properly|finally|honestly) )?"

SELF_HARM_FAMILIES = (
    family("suicide_named", SELF_HARM, WEAK, "Suicide named, however it is spelt.", patterns=(
        r"\bsuicid",
        r"\bhang(?:ing)? myself\b",
        r"\b(?:kms|unalive|unaliving)\b",
        r"\b(?:not safe from myself|scared of what i (?:might|will|could) do to myself|dark thoughts|suicidal)\b",
        r"\b(?:top|topping|topped) myself\b",
        r"\bs(?:u| )?[i1]c[i1]d",
    ), examples=(
        "i'm suicidal", "i'm going to hang myself", "kms", "want to unalive",
        "having dark thoughts", "i'm not safe from myself", "gonna top myself", "feeling sicidal",
    )),
    family("wants_to_die", SELF_HARM, WEAK, "Wanting to die or to end it.", patterns=(
        r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life|my life)\b",
        # "thinking about just ending it", "i might actually end it all": a word in between
        rf"\b(?:thinking about|thought about|going to|want to|planning to|planning on|feel like|thinking of|might|could) {_SOFTENER}(?:ending it|end it|ending it all|end it all|ending my life|end my life|ending things|end things)\b(?! with)",
        r"\bend it all\b",
        r"\b(?:want|wanting|going) to die\b",
        r"\b(?:do not|no longer|dinnae|dinna|divnae|dunnae|dinny) (?:even |really |honestly |actually |just )?(?:want|wanna|wish) (?:to )?(?:live(?! (?:with|here|there|in|at|together|near|under|round|somewhere|anywhere|apart|alone|on my own|by myself)\b)|be alive|be here anymore|be here at all|be here(?! (?:for|at|when|in|on|with|tomorrow|today|next|until|till|alone|by myself)\b)|exist|wake up|go on)\b",
        r"\bwish i (?:was|were) dead\b",
        r"\bwish i (?:was|were) not (?:alive|here)\b",
        r"\b(?:thinking about|thought about|going to|want to|planning to|planning on) (?:ending it|end it)(?! with)\b",
        r"\b(?:feel like|thinking of) ending it\b(?! with)",
        r"\b(?:rather|sooner) (?:die|be dead)\b",
        r"\b(?:end|ending|finish|finishing) (?:things|my life|it tonight|everything)\b(?! with)",
        r"\b(?:want|wants|wanted|wanting|wanna) (?:to )?(?:be dead|die|not exist|not be alive|not be here(?! (?:when|if|while|for|at|in|with|by|before|after|tomorrow|tonight)\b)|not wake up)\b",
        r"\b(?:thinking about|think about|cannot stop thinking about) (?:dying|death|killing myself|ending it)\b(?! with)",
        r"\bwant (?:to )?die\b|\bno more life\b|\bctb\b",
        # "some nights i think bout just drivin into a wall and endin it"
        r"\b(?:drive|driving|drivin|crash|crashing|steer|steering) (?:my car |the car |me car )?(?:into|in to|off) (?:a|the) (?:wall|tree|bridge|lorry|cliff|river|sea)\b.{0,20}\b(?:end|ending) it\b|\b(?:think|thinking|thought) (?:about|bout|of) (?:just )?(?:driving|drivin|crashing) (?:my car |the car )?(?:into|off) (?:a|the) (?:wall|tree|bridge|lorry|cliff)\b",
        r"\bwant (?:it all|everything) to (?:stop|end)\b",
    ), examples=(
        "i dont want live anymore. husband say nobody want me here",
        "i want to end my life", "i want to end it all", "i want to die",
        "i don't want to be alive", "i wish i was dead", "i wish i wasn't here",
        "i'm thinking about ending it", "i feel like ending it", "i'd rather die",
        "i'm going to end things", "part of me wants to be dead", "i just want it all to stop",
        "i can't stop thinking about dying", "i just want die", "no more life for me", "ctb",
        "thinking about just ending it", "i might actually end it all", "tbh i dont even want to be here anymore",
        "some nights i think bout just drivin into a wall and endin it", "a dinnae want tae be here at all anymore",
        "ngl i dont see the point anymore and i just want to not be here",
    )),
    family("no_point_living", SELF_HARM, WEAK, "No point, no reason to live.", patterns=(
        r"\bno (?:point|reason|use) (?:in )?(?:living|going on|being alive|to live|carrying on|me being here)\b",
        r"\b(?:done with|tired of|sick of|finished with|had enough of|fed up of|fed up with) (?:life|living|being alive|it all|everything)\b",
        r"\blife (?:is not|is no longer|aint) worth living\b",
        r"\bpoint (?:in|of) (?:living|being alive|going on|carrying on|me being here)\b",
        r"\b(?:no (?:wish|will|desire) to (?:go on|live|carry on|keep going)|(?:cannot|can not|do not think i can) keep going)\b",
        r"\bpoint (?:in|of) (?:me )?(?:even )?(?:being alive|living|being here|going on)\b",
        r"\blife (?:is not|aint|is no longer) worth (?:it|living)\b",
        r"\b(?:do not|cannot|can not) see (?:why|the point|how|any reason) (?:i should |to |in )?(?:keep going|go on|carry on|living|live|stay)\b",
        r"\bno point (?:anymore|any more|in anything|to anything|in any of it)\b",
        # "honestly whats the point any more", "tbh i dont see the point in anything anymore"
        r"\b(?:whats|what is) the point (?:any ?more|of anything|in anything|of it all|in it all|of any of it)\b|\b(?:do not|cannot|can not) see the point (?:in|of) (?:anything|any of it)\b",
    ), examples=(
        "no point living", "i'm done with life", "life isn't worth living",
        "what's the point in being alive", "no will to carry on", "i can't keep going",
        "whats the point in me even living", "life isnt worth it",
        "i don't see the point in living", "there's no point anymore",
        "honestly whats the point any more", "tbh i dont see the point in anything anymore",
    )),
    family("cannot_go_on", SELF_HARM, WEAK, "Can't go on, want it all to stop, won't be here tomorrow.", patterns=(
        # (not "he binned my pill so i cant take it": the pill is what can't be taken)
        r"^(?!.*\b(?:pills?|meds|medication|tablets?|inhalers?|injections?|contraceptives?|contraception|hormones)\b(?: \w+){0,5} (?:so |and )?(?:i|she|he) (?:cannot|can not) take (?:it|them)\b(?! ?any ?more))"
        r".*\b(?:cannot|can not) (?:go on|do this anymore|carry on|take (?:it|this|any more|anymore))\b",
        r"\bnot (?:be|being) here (?:anymore|tomorrow)\b",
        r"\b(?:never|not|n no|and no) (?:wake|waking) up\b",  # Scots: "go tae sleep n no wake up"
        r"\b(?:only way out|no way out)\b|\bway out (?:is|except|but) (?:dying|death|to die)\b",
        r"\bdisappear (?:forever|for good|and never come back|and not come back)\b",
        r"\b(?:want|wish|need) (?:it|this|everything|it all) (?:all )?to (?:stop|end) (?:for good|forever|permanently)\b",
        r"\bthe pain to (?:stop|end) (?:for good|forever|permanently)\b",
        r"\btake myself out (?:of )?(?:the picture|of the equation|of this world|of it all)\b",
        r"\b(?:cannot|can not) (?:do|face|take|survive) (?:another|one more) (?:day|night)\b",
        r"\b(?:not|will not) (?:going to )?be (?:here|around) (?:much )?(?:longer|for long|tomorrow|anymore|any more)\b",
        r"\b(?:will not|not going to) be (?:here|around|alive) by (?:the )?(?:morning|tomorrow|tonight|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    ), examples=(
        "i won't be here by the morning",
        "i can't go on", "i won't be here tomorrow", "i hope i never wake up", "i just want tae go tae sleep n no wake up",
        "it's the only way out", "i want to disappear forever", "i want it all to stop for good",
        "i just want the pain to stop forever", "i'm going to take myself out of the picture",
        "i can't face another day", "i'm not going to be here much longer",
    )),
    family("better_off_without_me", SELF_HARM, WEAK, "Everyone better off without me; a burden; nobody would miss me.", patterns=(
        r"\bbetter (?:off|aff) (?:dead|deid|without me)\b",  # (Scots "ad be better aff deid")
        # "he'd be happy if i was dead so im going to give him what he wants"
        r"\b(?:happy|happier|glad|better off|pleased) if i (?:was|were|am) (?:dead|gone|not here|not around)\b.*\b(?:give (?:him|her|them) what (?:he|she|they) (?:want|wants)|going to|gonna|will|i might)\b",
        # (not "my daughter... says im a burden": what someone calls them)
        r"(?<!says )(?<!said )(?<!tells me )(?<!told me )(?<!thinks )(?<!reckons )(?<!makes out )\b(?:i am|i feel like) (?:just )?a burden\b",
        r"\b(?:no one|nobody) (?:would|will) (?:even )?(?:miss|notice|care)(?: me)?(?: if i)",
        r"\bbetter off (?:if i (?:was|were) (?:not here|gone|dead)|if i was not around|with me gone)\b",
        # "some days i think id be better off not here": the writer's own (not "the kids are better off not here tonight")
        r"\b(?:i would|id|i am|im|i will) (?:just )?be better off (?:not (?:being )?(?:here|around|alive)|not existing|not waking up|not wakin up|never waking up)\b(?! (?:tonight|today|at the|in th|with))",
        # "me man keeps tellin us id be better off deed and sometimes a think hes right": told it, and agreeing
        r"\b(?:better off (?:dead|deed|without me|if i (?:was|were) (?:dead|gone))|(?:no one|nobody|no body) (?:would|will|could) (?:even )?(?:miss|notice|care about) me)\b.*\b(?:(?:i|a) (?:think|reckon|feel|believe) (?:he|she|they) (?:is|are|might be) right|(?:he|she|they) (?:is|are|might be|may be|could be) right)\b",
    ), examples=(
        "me man keeps tellin us id be better off deed and honestly sometimes a think hes right",
        "me fella says no one would miss me n i think hes right",
        "my kids would be better off without me", "i'm just a burden",
        "he'd be happy if i was dead so im going to give him what he wants",
        "nobody would miss me if i was gone", "they'd be better off if i was gone",
        "some days i think id be better off not here", "some nights i think id be better off not wakin up",
        "ma man's been knockin me aboot for years. sometimes a think ad be better aff deid",
    )),
    family("overdose", SELF_HARM, WEAK, "Pills taken or about to be taken, alone or with drink.", patterns=(
        # (not "my partner keeps taking my pills out the packet cause he wants me pregnant": his doing, not an overdose)
        r"(?<!he is )(?<!she is )(?<!he keeps )(?<!she keeps )(?<!partner keeps )(?<!husband keeps )(?<!boyfriend keeps )\b(?:take|taking|swallow|swallowing) (?:all )?(?:my |the |these |those )?(?:pills|tablets|meds)\b(?! out (?:of )?(?:the|my) (?:packet|pack|box|bag))",
        r"\boverdos",
        # "i take many tablets 20 minute ago because of him, now i feel very sleepy": taken, told in other words
        r"\b(?:take|took|taken|swallow\w*|ate|drank)\b (?:so |too |very )?(?:many|much|lots of|a lot of|loads of|all (?:my|the|of my)) (?:tablets?|pills?|meds|medicine|paracetamol|painkillers)\b.*\b(?:ago|already|just now|sleepy|dizzy|drowsy|feel (?:sick|strange|weird|funny|very)|because of (?:him|her|them)|to die|want to die)\b",
        r"\b(?:going to|want to|will|about to) (?:od|o d|overdose)\b",
        rf"\b(?:taken|took|swallowed) (?:a load of|loads of|all|all of|too many|a lot of|a bottle of|a packet of|the whole) (?:my )?(?:tablets|pills|meds|paracetamol)\b{_AS_PRESCRIBED}",
        # (not "took 3 loans out in my name", "took 200 quid off me")
        r"\b(?:taken|took|swallowed|necked|downed) (?:about |around |like |over |nearly |almost )?\d+\b(?! ?(?:loans?|grand|quid|pounds?|k|times|days|weeks|months|years|hours|hrs|mins|minutes|photos|pics|pictures|screenshots|goes|cards?|kids|calls|messages|texts|percent|%)\b)",
        r"\b(?:take|taking|swallow|swallowing|overdose on|od on) all (?:of )?(?:my|his|her|the|me)\b.*\b(?:morphine|pills|tablets|meds|medication|insulin|paracetamol|painkillers|antidepressants)\b",
        rf"\b(?:taken|took|swallowed|necked|downed) (?:a (?:whole )?(?:box|packet|bottle|strip|load|handful) of|the (?:whole )?(?:box|packet|bottle|lot)|all (?:of )?(?:my|the|his|her))\b{_NOT_DRINK}{_AS_PRESCRIBED}",
        r"\b(?:mixing|mixed|mix|necking|downing) (?:\w+ )?(?:vodka|alcohol|booze|whisky|whiskey|gin|wine|drink)\b.*\b(?:pills|tablets|meds|paracetamol|painkillers)\b",
        r"\b(?:pills|tablets|meds|paracetamol|painkillers)\b.*\bto see what happens\b|\bto see what happens\b.*\b(?:pills|tablets|meds)\b",
        # "been lookin at all me tablets in the cupboard"
        r"\b(?:looking|staring|starring) at (?:all (?:of )?(?:my|me|the)|my|me) (?:tablets|pills|meds|paracetamol|painkillers|sleeping tablets)\b",
        # "ive got a full box of co-codamol and ive been sat looking at it for an hour"
        rf"\b(?:got|have|holding|with) (?:a |the )?(?:full |whole |new |big )?(?:box|packet|pack|bottle|strip|tub|stash|load) of {_DRUG}\b.*\b(?:looking at|staring at|sat with|sitting with|holding) (?:it|them|the (?:box|packet|bottle))\b",
    ), examples=(
        "i'm going to take all my pills", "i've taken an overdose", "i'm going to od",
        "i've taken too many tablets", "i've just taken 30 paracetamol", "i take many tablets 20 minute ago because of him, now i feel very sleepy",
        "going to take all of my mum's sleeping tablets", "i've swallowed a whole packet of them",
        "necking wine with a box of paracetamol", "took some of her tablets to see what happens",
        "been lookin at all me tablets in the cupboard",
        "ive got a full box of co-codamol and ive been sat looking at it for an hour",
    )),
    family("poison_taken", SELF_HARM, WEAK, "Bleach or another poison swallowed or about to be.", patterns=(
        r"\b(?:i|i have|i am going to|i am gonna|going to|gonna|just|want to|about to) (?:just |already )?(?:swallowed|drank|drunk|drink|swallow|taken|took|had|take) (?:some |a bottle of |a cup of |a glass of |the )?(?:bleach|poison|antifreeze|weedkiller|weed killer|drain cleaner|rat poison)\b",
    ), examples=(
        "i've swallowed some bleach", "im going to drink bleach", "just drank antifreeze",
    )),
    family("overdose_taken", SELF_HARM, WEAK, "An overdose already taken: a packet, a box, a strip, all my pills, a load of tablets.", patterns=(
        rf"\b{_TOOK}(?: \w+){{0,3}}? {_QUANTITY}\b(?: \w+){{0,3}}? {_DRUG}\b{_AS_PRESCRIBED}",
        r"\b(?:taken|took|tooken|swallowed|necked|downed|popped|after taking) (?:\w+ )?(?:the|a|my) (?:whole |full |entire )?(?:box|packet|pack|strip|bottle|tub|lot|load|stash)(?: of (?:them|those|these|it|em|the lot))?(?:$| (?:and|i|now|help|please|just|an hour|about|what|so|in))",
        r"\b(?:taken|took|tooken|swallowed|necked|downed|popped|after taking) (?:\w+ )?(?:all|every one|the rest) of (?:them|those|these|em|it)(?:$| (?:and|i|now|help|please|just|an hour|about|what|so|in))",
        rf"\b(?:taken|took|tooken|swallowed|necked|downed|popped|after taking) (?:loads|lots|too many|way too many|so many|a load|a lot|handfuls|a handful|a bunch)(?: of)?(?: (?:them|those|these|em|my \w+|the \w+))?(?: {_DRUG})?(?:$| (?:and|i|now|help|please|just|what|so)\b){_AS_PRESCRIBED}",
        rf"\b(?:taken|took|tooken|swallowed|necked|downed|popped)\b(?: \w+){{0,5}}? (?:and|with|plus|then) (?:a |the |my |all my |all of my |a load of |loads of )?(?:whole |full )?(?:box|packet|pack|strip|bottle|load|handful|tub) of (?:my |me |his |her |the )?{_DRUG}\b",
    ), examples=(
        "ive took a full packet of paracetamol", "i've taken a whole box of co-codamol",
        "just swallowed a strip of sertraline", "necked all my pills", "i've downed a load of tablets",
        "i had a full packet of my sleeping tablets an hour ago", "i'm after taking 20 of my mam's tablets",
        "i've taken the whole box", "swallowed all of them", "i took way too many",
        "ive necked a bottle of vodka and a packet of paras",
    )),
    family("plans_and_means", SELF_HARM, WEAK, "Plans made, means ready: pills saved, rope, blades, ways looked up.", patterns=(
        r"\b(?:got|have|saved|saving|collected|lined up) (?:the |my |all |all my |enough )?(?:pills|tablets|meds)(?: (?:lined up|ready|saved|out|to do it))?\b.*\b(?:lined up|ready|enough|do it|end)\b",
        r"\b(?:saving|saved|stockpiling|hoarding|collecting) (?:up )?(?:my |all my |some |the )?(?:pills|tablets|meds|paracetamol)\b|\b(?:pills|tablets|meds) (?:saved|stockpiled|hoarded)\b",
        r"\bhow many (?:paracetamol|pills|tablets|sleeping pills|meds) (?:would|does|will|to)\b",
        # (not "he had the charger cable round my neck": someone else strangling them, which is danger)
        r"^(?!.*\b(?:he|she|they|he is|she is|they are)\b(?: \w+){0,2} (?:had|has|put|wrapped|pulled|tied|tightened|held|got)\b.{0,30}\b(?:round|around) my neck\b)"
        r".*\b(?:belt|rope|cord|cable|scarf|tie|ligature|noose|dressing gown cord) (?:round|around|over|on|tied to|to) (?:the |my |a )?(?:banister|banisters|beam|door|door handle|hook|neck|rail|railing|tree|loft hatch|bannister|stairs)\b",
        r"\b(?:tablets|pills|meds) (?:all )?(?:out|lined up) (?:on|in front)\b|\bthinking about taking (?:them|the (?:pills|tablets)|all of them)\b",
        # ("dunno just tell me how to do it", after Clare's Law, asks how to apply: "how to do it" only when looked up)
        r"\bways (?:to|i (?:might|could|would|will)) (?:do it|end it|kill myself)\b|\bhow (?:to|i (?:might|could|would|will)) (?:end it|kill myself)\b|"
        r"\b(?:searched|searching|looked up|looking up|googled|googling|researched|researching)(?: for)? how (?:to|i (?:might|could|would|will)) do it\b|\blooking up ways\b",
        r"\b(?:planned|planning|plan) (?:how|out how) (?:to |i would |i will |i would do it|i could )?(?:do it|end it|end things|die)?\b.*\b(?:do it|end it|die|end things)\b",
        r"\b(?:telling|tells) me to (?:end it|kill myself|do it)\b",
        r"\b(?:rope|noose|ligature|belt) (?:is )?(?:ready|up|tied|round my neck)\b|\b(?:got|have|bought|tied) (?:a |the )?(?:rope|noose)\b",
        r"\b(?:razor|blade|knife)\b.*\b(?:bath|wrists?|my arms)\b|\bbath with a (?:razor|blade|knife)\b",
        r"\bkill me\b.*\bdo it myself\b",
        r"\b(?:a|the|my) ligature\b",
    ), examples=(
        "there's a ligature in my bag",
            "got a belt round the banister", "got the rope over the beam",
        "i've got enough pills saved to do it", "been stockpiling tablets",
        "how many paracetamol would it take",
        "i've got the pills all out on the table in front of me", "searched for ways to do it",
        "i've planned how i'd do it", "the voices keep telling me to do it", "i've bought a rope",
        "sat in the bath with a razor",
        "last night i begged him to kill me, next time i will do it myself",
    )),
    family("heights_trains_cars", SELF_HARM, WEAK, "Bridges, edges, trains, traffic and cars.", patterns=(
        r"\b(?:jump|jumping) (?:off|in front)\b",
        r"\b(?:step|stepping|stepped|jump|jumping|jumped|throw myself|throwing myself|walk|walking) in front of (?:a |the )?(?:train|bus|lorry|car|traffic)\b",
        r"\b(?:standing|stood|sat|sitting|stand) (?:on|at) (?:the |a )?(?:bridge|edge|ledge|roof|cliff|platform edge)\b",
        r"\b(?:thinking about|thought about|keep thinking about|want to|going to) (?:jumping|jump|dying|hanging|drowning|crashing)\b",
        r"\b(?:drive|driving|crash|crashing) (?:my car |the car )?(?:into|off) (?:a |the )?\w+ on purpose\b|\bon purpose\b.*\b(?:crash|drive|driving)\b",
        rf"\b(?:going to|want to|will|about to|thinking of|thinking about|think about|think of|thought about|thought of|thoughts of|thoughts about) {_SOFTENER}(?:drive|driving|crash|crashing|steer|steering) (?:my |the )?(?:car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|lorry|cliff|motorway|road|barrier|river|sea|canal|lake|quarry|reservoir|water)\b",
        r"\b(?:sat|sitting|standing|stood|waiting|lying|lay) (?:by|on|near|at) (?:the )?(?:train |railway )?(?:tracks|line|rails)\b",
        r"\b(?:at|on|near|going to|driving to|heading to) beachy head\b",
        r"\b(?:fast|non stop|express) trains? (?:through|passing|coming through|goes through|that does not stop)\b|\btrains? (?:that )?(?:does not|will not) stop (?:here|at this)\b",
    ), examples=(
        "i'm thinking of jumping off a bridge", "keep thinking of walking in front of a bus",
        "sat on the edge of the roof", "i keep thinking about drowning",
        "i want to drive into a wall on purpose", "i'm going to crash the car into a tree",
        "honestly thinking about just driving into a wall on the way home",
        "some days i think about just driving into the river and not coming back",
        "wife's been battering me for years, nobody believes a bloke. had thoughts of just driving into a wall and being done with it",
        "sitting by the railway tracks", "i'm at beachy head",
        "standing at the platform, express train passing in 2 minutes",
    )),
    family("self_injury", SELF_HARM, WEAK, "Cutting, burning, hitting or starving oneself.", patterns=(
        r"\b(?:kill|hurt|harm|cut|cutting|hurting|harming|killing|burn|burning) myself\b",
        r"\bself ?harm",
        r"\b(?:been|started|keep|kept|am|was) (?:cutting|self harming|harming)(?: myself)?(?: again)?\b|\bcutting again\b",
        r"\bs[ea]?l?f ?harm|\bsefl ?harm",
        r"\b(?:scratch|scratching|cut|cutting|burn|burning|punch|punching|hit|hitting|bang|banging|starve|starving|hurt|hurting) myself\b",
        r"\bi (?:keep |have been |often |sometimes |always )?(?:scratch|scratching|cut|cutting|burn|burning|punch|punching|bang|banging|starve|starving) my (?:arms?|legs?|wrists?|skin|head|thighs?|stomach)\b",
        # "after she screams at me i go in the bathroom and cut my arm" (never "fell and cut my arm on the glass")
        r"\bi (?:\w+ ){1,6}?and (?:then )?(?:cut|burn|scratch|slash) my (?:arms?|legs?|wrists?|skin|thighs?|stomach)\b(?!.*\b(?:accident|accidentally|by mistake|cooking|glass|oven|iron|kettle|fell|slipped)\b)",
        r"\btill? (?:they|it|my \w+) bleeds?\b|\b(?:relapsed|relapse) and (?:cut|hurt)\b|\bcut (?:again )?tonight\b",
        r"\bi (?:cut|cutted|slashed|sliced) (?:after|again|afterwards|last night|tonight|deep|deeper|too deep|bad|really bad)\b|\bi cut\b.*\b(?:will not|wont|not|cannot|can not) stop(?:ping)? bleeding\b",
        r"\b(?:keep|kept|been|started|always|still) (?:banging|cutting|burning|scratching|biting|punching|hitting) (?:my (?:head|arms?|legs?|wrists?|skin|self)|myself)\b|\bbiting my (?:arms?|hands?|wrists?)\b",
        # "keep punching the wall and then my own face, cant stop"
        r"(?:^|\bi (?:\w+ )?)(?:keep |kept |been |started |always )?(?:punch|punching|punched|hit|hitting|slap|slapping|slapped|scratch|scratching|claw|clawing) (?:\w+ ){0,5}?my own (?:face|head|arms?|legs?|body|skin)\b",
        # "my 16 yr old says she wants to kill herself": someone else's life at risk gets Samaritans too
        # "she also told me shes been hurting herself" (a friend, a child: Samaritans are there for them and for who worries)
        r"\b(?:she|he|they)(?: says| said| keeps saying| told me| has said)? (?:she|he|they)?(?: is| are)? ?(?:wants?|wanting|wanted|going|gonna|is going|thinking about|thinks about|talking about|talks about) (?:to )?(?:end it(?: all)?|ending it(?: all)?|end (?:her|his|their) life)\b(?! (?:with|between)\b)",
        r"\b(?:she|he|they|who) (?:is|are|has|have|was|were|been|keeps?|kept|started)(?: been| started| begun| also)? (?:hurting|harming|cutting|burning|starving) (?:herself|himself|themselves|themself)\b(?! (?:to|if|when|whenever|unless|so) )",
        r"\b(?:wants?|wanting|wanted|tried|trying|threaten\w*|going|gonna|talk\w* about|talking about) (?:to )?(?:kill|hurt|harm|cut|end) (?:herself|himself|themselves|themself|her (?:own )?life|his (?:own )?life|their (?:own )?lives?)\b",
        # "is it normal to want to hurt urself after a relationship like mine", "i do cut sometimes"
        r"\b(?:want|wants|wanting|wanted|feel like|urges? to) (?:to )?(?:hurt|harm|cut|burn|kill) (?:urself|yourself|your self|ur self|meself|my self)\b",
        r"\bi (?:do|still|sometimes|often|have been|been|started) (?:cut|cutting)\b(?! (?:my hair|his|her|them|him|off|back|down|out|ties|contact|the|corners|carbs|sugar|it|that|people))",
    ), examples=(
        "is it normal to want to hurt urself after a relationship like mine", "i do cut sometimes",
        "my 16 yr old says she wants to kill herself cos of what her ex did", "she also told me shes been hurting herself", "she says she wants to end it all",
        "keep punching the wall and then my own face, cant stop",
        "i cut again last night", "i cut really bad tonight", "i cut deep after he shouted at me",
        "i cut myself", "i self harm", "i've started cutting again", "i slf harm",
        "i burn myself with a lighter", "i cut my arms when it gets bad",
        "i scratch my arms till they bleed", "i keep banging my head against the wall",
        "after she screams at me i go in the bathroom and cut my arm. only way i cope",
    )),
    family("farewells", SELF_HARM, WEAK, "Goodbyes, notes and letters, last messages, possessions given away.", patterns=(
        r"\b(?:goodbye|suicide) (?:letter|note)s?\b|\bletters?\b.*\bgoodbye\b|\bsaying goodbye to (?:everyone|my kids|my family|my children)\b",
        r"\b(?:written|wrote|writing) (?:a |my )?(?:note|letter)s? (?:for|to) (?:my|the) (?:family|kids|children|mum|partner)\b",
        r"\b(?:written|wrote|writing) (?:a|my) (?:suicide )?(?:note|letter)s?$",
        r"\b(?:written|wrote|writing|left) (?:my|the) (?:letters|notes|goodbyes?)\b",
        r"\bthis is (?:my )?goodbye\b|\bsorry for everything\b.*\b(?:goodbye|bye|love you|love them)\b",
        r"\btell (?:my|the) (?:kids|children|mum|dad|family|daughter|son|boys|girls|sister|brother) (?:that )?i (?:love|loved) (?:them|her|him)\b",
        r"\bsay (?:bye|goodbye) to (?:my|the) \w+(?: \w+)? for me\b",
        r"\blast (?:message|text|words?) (?:to anyone|ever|i will (?:ever )?(?:send|write)|anyone will get)\b",
        r"\bi am (?:just |so )?(?:done|finished)(?: now)? goodbye\b",
        r"\b(?:given|gave|giving) (?:away )?(?:my|all my|all of my) (?:cat|cats|dog|dogs|pets?|things|stuff|belongings|possessions)\b.*\b(?:ready|goodbye|deleted|last|sorted)\b",
    ), examples=(
        "i've written my goodbye letters", "i've written a note for my family",
        "ive written a note", "i've left the letters on the table", "this is goodbye",
        "tell my kids i love them", "say goodbye to my little sister for me", "last text ever",
        "im finished now goodbye", "given away all my things, it's sorted",
    )),
    family("means_at_hand", SELF_HARM, WEAK, "Means out and ready or being looked at: pills out, a razor held, a belt and the banister, the engine running in the garage, how many would it take.", patterns=(
        rf"\bhow many (?:of )?(?:my |me |his |her |the |these |those )?(?:\w+ )?{_DRUG} (?:would|does|will|to|do|it takes|would it take)\b|\bhow many (?:\w+ ){{0,3}}(?:would it take|does it take|it takes) to (?:die|end it|kill)\b",
        r"\b(?:got|have|getting|get) (?:the|my|all my|all the|me|a) (?:pills|tablets|meds|paracetamol|razor|razors|blades?|razor blades?) (?:out|oot|ready|here|in front of me|lined up)\b",
        rf"^(?=.*\b{_DRUG}\b).*\b(?:going to|will|about to|want to|gonna) (?:take|swallow|neck) (?:them|em|the lot) all\b(?! (?:to|with|on|out|down)\b)",
        r"\b(?:drunk|drank|had|necked|downed) (?:a (?:whole )?bottle of|loads of|a load of|a litre of) \w+\b.*\b(?:took|taken|swallowed|necked|had) (?:some |a few |loads of |a load of |all my |all of my |my )?(?:pills|tablets|meds|paracetamol|sleeping tablets|sleeping pills|painkillers)\b",
        r"(?:^|\bi (?:just )?|\band i )(?:cannot stop|keep|been|sit|sat|am) (?:thinking about|looking at|staring at|holding) (?:the|my|all the|all my|those|a) (?:pills|tablets|meds|rope|blades?|razor|razor blade|bridge|tracks|banister|gas hob|hob|oven|canal|river|sea|belt)\b",
        r"\b(?:belt|rope|cord|noose|scarf|cable|flex)\b.*\b(?:banister|bannister|beam|loft hatch|hook|rafters?|tree)\b",
        r"(?:^|\bi (?:am |have |have been |was )?|\bbeen |\bsat |\bsitting )(?:sat |sitting )?holding (?:a |the |my )?(?:razor(?: blade)?|blade|blades)\b",
        r"\b(?:got|have|made) a plan\b.*\b(?:stuff|things|means|pills|tablets|rope) to do it\b|\b(?:got|have) (?:the stuff|everything i need|what i need) to do it\b",
        r"\b(?:someone|somebody|anyone|anybody) to know (?:that )?i am going to do it\b",
        r"\b(?:in|inside) the garage\b.*\bengine (?:running|on|going)\b|\bengine (?:running|on|going)\b.*\b(?:garage|door shut|doors shut|hose|hosepipe)\b",
        r"\b(?:googling|looking up|searching|researching) how (?:many|much) (?:pills|tablets|paracetamol|meds)\b",
        # "keep lookin at my tablets thinkin about taking the lot"
        r"\b(?:keep|keeps|kept|been) (?:looking at|staring at) (?:the|my|all the|all my|those|me) (?:pills|tablets|meds|paracetamol)\b|\bthinking (?:about|of) (?:taking|swallowing|necking) (?:the lot|them all|all of them|all (?:my|the|of my) (?:pills|tablets|meds))\b",
    ), examples=(
        "whats the point anymore. keep lookin at my tablets thinkin about taking the lot",
        "how many of my sleeping tablets would it take", "how many of my sertraline would it take",
        "dinnae think ah can dae this anymare, got the pills oot", "off my face and ive got the razor out",
        "ive got a load of tablets in front of me and im going to take them all tonight",
        "ive drunk a bottle of vodka and took some pills and i dont care what happens now",
        "cant stop thinking about the pills in the bathroom cabinet", "i keep looking at the gas hob and thinking about it",
        "ive got a belt and i keep looking at the banister", "been sat holding a razor blade all night",
        "telling someone just in case. ive got a plan and the stuff to do it",
        "sorry to bother you i just need someone to know im going to do it tonight",
        "sat in the garage with the engine running and the door shut", "i keep googling how many pills it takes",
    )),
    family("edge_of_it", SELF_HARM, WEAK, "At a cliff, a roof, the water: walking into the sea, the canal looks peaceful, not coming back down.", patterns=(
        r"\b(?:walk|walking|wade|wading|swim|swimming) (?:out )?into the (?:sea|river|water|canal|lake|ocean|loch|waves)\b(?! (?:for|with) )",
        r"\b(?:canal|river|sea|water|bridge|lake|tracks|cliff|edge|drop|loch)\b (?:looks|look|seems|is looking) (?:so |really |nice and |all )?(?:nice|peaceful|inviting|calm|tempting|easy|welcoming)\b",
        r"\b(?:at|on|up|by) the (?:cliffs?|cliff edge|cliff top|clifftop|top of the (?:multi storey|car park|flats|building|bridge|cliff)|roof of the (?:multi storey|car park|flats|building|hospital|shopping centre))\b.*\b(?:easy|thinking about it|jump|do it|end it|goodbye|no one would|peaceful|be over)\b",
        r"\b(?:will not|not going to) be coming (?:back )?(?:down|back down|home again)\b",
    ), examples=(
        "after what he did i dont see the point, im going to walk into the sea",
        "drunk as fuck and the canal looks nice and peaceful", "at the cliffs now. itd be so easy",
        "im on the roof of the multi storey and im thinking about it",
        "im going up the mountain tonight and i wont be coming back down",
    )),
    family("gone_after_tonight", SELF_HARM, WEAK, "Won't be around after tonight; easier if I was dead; nothing left to live for; finish myself.", patterns=(
        r"\b(?:not|will not|wont) (?:going to )?be (?:around|here|alive|a problem|a burden|in anyones way|bothering anyone)(?: for (?:anyone|anybody|you|them|much longer))? (?:after|past|beyond) (?:tonight|today|this weekend|the weekend|tomorrow)\b",
        r"\b(?:easier|better|simpler) (?:for (?:everyone|everybody|them|him|her|the kids|my family) )?if i (?:just |only )?(?:was|were) (?:dead|gone|not here|not around|not alive)\b",
        r"\bnothing (?:left )?to live for\b|\bmy life is over\b.*\bnothing left\b",
        # "dont think ill still be here by then"; "today i thought about taking the whole lot when hes out" (her meds)
        r"\b(?:do not|dont|dunno if|not sure) (?:think )?(?:i will|ill|i would|id|if ill|if i will) (?:still be (?:here|around|alive)\b(?! (?:when|at|in|for (?:the|a) (?:weekend|week|night|day)))|be (?:here|around|alive) (?:by (?:then|tomorrow|the morning|next \w+|christmas)|much longer|for (?:much )?long)\b)",
        r"\b(?:thought|thinking|think|thinkin) (?:about|of) (?:just )?(?:taking|swallowing|necking|takin) (?:the whole lot|the lot|them all|all of them|all of it|the whole (?:box|packet|bottle|strip)|all (?:my|me|the) (?:meds|tablets|pills))\b",
        r"\b(?:finish|finishing|end|ending) myself\b|\bnot (?:feeling )?safe (?:with|from|around|by) myself\b",
        r"\b(?:leave|leaving) (?:this )?life\b(?! (?:insurance|behind|with)\b)|\bleave this world\b",
        r"\bnot (?:scared|afraid|frightened) of dying\b",
        r"\b(?:happy|glad|fine|ok|okay|relieved) if i (?:did not|didnt|never|do not) wake up\b",
        r"\b(?:want|want to|urge to|need to) sh\b",
        r"\bno (?:wantin|wanting|want) (?:tae|to) be here\b",
        # a promise that says what was on their mind: "im not going to do anything tonight"
        r"\bi (?:am |will )?not (?:going to |gonna |gunna )?do anything (?:tonight|stupid|silly|daft|drastic)\b(?! (?:like|to|about|with|at|round|when|if)\b)(?!.*\b(?:who|how|where|which)\b)(?!.*\b(?:hurting|hurt|hitting|hit|scaring|touch|touching) (?:her|him|them|my \w+)\b)(?!.*\b(?:talk to|talk with|speak to|see|find) (?:her|him|them)\b)",  # (not "im not gonna do anything daft i just want to talk to her": pressing to find her)
        r"\b(?:do not|dont|cannot|can not) think (?:i|ah|a) can (?:do|dae|cope with) (?:this|it) (?:anymore|any more|anymare|no more|much longer)\b",
    ), examples=(
        "tbh doesnt matter, dont think ill still be here by then",
        "today i thought about taking the whole lot when hes out",
        "not gonna be around after tonight", "dw about me, i wont be a problem for anyone after tonight",
        "it would be easier if i was dead", "itd be easier for everyone if i just wasnt here", "my life is over, hes got custody, theres nothing left for me",
        "my husband family say i am shame, i want to finish myself", "not feeling safe with myself tonight",
        "he said if i leave hell make my life hell, so ive decided to leave life instead",
        "im not scared of dying anymore. just scared ill mess it up",
        "im not suicidal exactly but id be happy if i didnt wake up tomorrow", "i wanna sh so bad rn",
        "i dont think i can do this anymore", "am no wantin tae be here nae mair",
        "im not going to do anything tonight. just tired of all of it", "i wont do anything stupid i promise",
    )),
    family("hurting_again", SELF_HARM, WEAK, "Cut, burned or scratched again: cut my wrists, till they bled, banging my head on the wall, not eating on purpose.", patterns=(
        r"\b(?:i|i have|i have just|just|have just) (?:cut|slit|slashed|sliced) my (?:wrists?|arms?|legs?|thighs?)\b",
        r"(?:^|\bjust |\bi (?:have )?(?:just )?)cut again\b|\bcut (?:deep|deeper|too deep) this time\b",
        r"\b(?:burned|burnt|cut|scratched|hurt|harmed) myself (?:again|tonight|today|with)\b(?!.*\b(?:accident|accidentally|by mistake|cooking|oven|iron|kettle|straighteners)\b)",
        r"\b(?:scratched|cut|picked|bit|dug|clawed) (?:at )?(?:my \w+|myself) (?:till|until) (?:they|it|i) bled\b",
        r"\b(?:banging|bang|hitting|smashing) my head (?:on|against|off) (?:the |a )?(?:wall|floor|door)\b",
        r"\b(?:not|havent|have not|hasnt) (?:eaten|ate|had anything to eat)\b.*\bon purpose\b",
        r"\b(?:relapsed|relapse)\b.*\b(?:cut|cutting|deep|blood|burn|burning)\b",
    ), examples=(
        "ive cut my wrists", "just cut again. deep this time. not sure i care",
        "burned myself with the lighter again, it helps but not enough anymore",
        "scratched my arms till they bled and i want to do worse",
        "ive started pulling my hair out and banging my head on the wall till it goes quiet",
        "havent eaten in 5 days on purpose, i just want to disappear", "relapsed last night and cut deep this time",
    )),
    family("last_goodbyes", SELF_HARM, WEAK, "Pets given away, a will sorted, stuff given away, love passed on to someone by name, a goodbye to someone.", patterns=(
        r"\b(?:gave|given|giving) (?:away )?(?:the|my) (?:cat|cats|dog|dogs|pets?|rabbit|budgie|hamster) (?:away |to)\b.*\b(?:ready|will|goodbye|sorted|last)\b",
        r"\b(?:sorted|written|made|done|updated) (?:out )?my will\b.*\bready\b",
        r"\bgiving (?:my|all my|all of my) (?:stuff|things|belongings|possessions|clothes) away\b",
        r"\btell \w+ (?:that )?i loved (?:her|him|them)\b|\bsorry for everything\b.*\btell \w+\b.*\bi love",
        r"\b(?:wanted|want|needed) to say goodbye to (?:someone|somebody|anyone)\b",
    ), examples=(
        "gave the cat to my neighbour today and sorted my will. ready now",
        "ive given the dog to my sister and sorted my will. im ready now",
        "ive been giving my stuff away. dont try and stop me", "sorry for everything. tell jade i loved her",
        "sorry for wasting your time. just wanted to say goodbye to someone",
    )),
)
