"""What is said of a partner beyond the word for them: a "she" or a "he", and their ex warning the writer.

Pure (no Rasa import); read by the profile extractor at prediction time only, never by training.
"""
from __future__ import annotations

import re
from typing import Optional

# The partner's ex warning the writer ("his ex messaged me saying 'watch urself with him'"): not the one at risk.
WARNED_ME = re.compile(r"\s+(?:\w+\s+)?(?:messaged|texted|told|warned|contacted|dmd|dm'?d|inboxed|reached out to|added|got in touch with|said to)\s+me\b")
# A grandchild or small child at risk: his or her pronouns don't make the men's or women's lines theirs.
A_CHILD = re.compile(r"\b(?:grandson|granddaughter|grandchild\w*|grandkids?|wee (?:lad|one|boy|girl|man)|little (?:boy|girl|one|lad))\b")
# Self-harm threatened to make a partner stay ("i told her id kill myself if she leaves me"): control, answered as own
# behaviour (the danger module leaves it to that answer, which names Samaritans, unless it is meant or the means are at hand).
THREAT_TO_STAY = (r"\b(?:told|tell|telling|said to|threaten\w*) (?:her|him|them)\b.{0,20}\b(?:i'?d|id|i would|i will|i'?ll|ill) (?:kill|hurt|harm) myself "
                  r"if (?:she|he|they) (?:leaves|left|goes|went|leave|go|ends|finishes)\b")
# What the other one doesn't do back ("i slap my husband when we argue. he never hits back"): nothing done to the writer.
NOT_BACK = re.compile(r"\b(?:he|she|they)\s+(?:never|doesn'?t|doesnt|does not|didn'?t|didnt|won'?t|wont|has never|hasn'?t|hasnt)\s+(?:even\s+|ever\s+)?(?:hits?|hurts?|touch\w*|fights?|shouts?|slaps?)\s+(?:me\s+)?back\b")
# A disclosure scheme used on the writer ("did clares law on me", "goin to apply for dsdas about me"), never "on me new fella" (my partner).
SCHEME_ON_ME = r"(?:a )?(?:clare'?s law|claire'?s law|dvds|dsdas|dvads|disclosure) (?:on|about|against) me\b(?! (?:new |ex |current |old )?(?:fella|partner|boyfriend|bf|husband|hubby|man|girlfriend|gf|wife|missus|ex|lass|bloke|bird|fiance\w*|son|daughter|sister|brother|mum|mam|dad|mate|friend)\b)"
# The writer holding a partner's money or things: "i take all her wages and give her pocket money".
I_CONTROL = re.compile(
    # "cos i give her the silent treatment for days and slag her in front of folk"
    r"\bi (?:give|gave|giving) (?:her|him|them|my \w+) the silent treatment\b|\bi (?:slag|slagged|put|putting) (?:her|him|them) (?:off |down )?(?:in front of|to) (?:folk|people|everyone|everybody|her|his|their|my|our)\b|"
    r"\bi (?:take|took|keep|kept|control) (?:all |most of |all of )?(?:her|his|their|my (?:wife|husband|partner|girlfriend|boyfriend|missus|gf|bf|bahu|daughter[- ]in[- ]law|son'?s wife)'?s?) "
    r"(?:wages|money|pay|salary|bank ?cards?|cards|pension|benefits|cash|passport|car keys|keys|phone|wheelchair|(?:wheel ?chair |scooter )?charger|meds|medication|tablets)\b(?!.{0,30}\b(?:for (?:her|him|them)|safe|safekeeping)\b)|"
    r"\bgive (?:her|him|them|my (?:wife|husband|partner|girlfriend|boyfriend|missus|gf|bf|hubby|fella)) (?:pocket money|an allowance|a allowance|spending money)\b|\bi (?:keep|control|hold|handle) all (?:the|our|of the|of our) (?:money|finances|cash|wages)\b(?!.{0,30}\b(?:for (?:her|him|them)|safe)\b)|"
    # "i threaten to tell his work hes hiv positive"; "cos im kicking off... im gonna put the door in"
    r"\bi (?:always |keep |sometimes |even )?(?:threaten|threatened|threatn) (?:to (?:tell|out|hurt|hit|kill|take (?:the kids|his|her)|(?:put|post|share|send|leak|show) (?:\w+ ){0,3}?(?:pics|pictures|photos|nudes|videos|vids|images))|(?:her|him|them) (?:that|with (?:a|the) (?:knife|belt)))\b|"
    r"\b(?:cos|because|coz|cause|cuz) (?:im|i'?m|i am) (?:kicking|kickin) off\b|"
    # "got a dvpn last nite... they said i cant go home"; "i told her id kill myself if she leaves me"; "ive been takin money off her"
    r"\b(?:got|been given|been served|was given|was served) (?:a |an |the )?(?:dvpn|dvpo|police notice|non[- ]?mol\w*|restraining order)\b.{0,60}\bi (?:cant|can'?t|cannot) (?:go|come) (?:home|back)\b|"
    + THREAT_TO_STAY + r"|"
    r"\bi(?:'ve| have|ve)? (?:been )?(?:takin|taking|took|nicking|nickin|stealing|pinching) (?:money|cash|(?:her|his|their) (?:money|pension|cash|benefits)) (?:off|from|out of) (?:her|him|them|my|me)\b|(?:\bi (?:\w+ )?|^)(?:shout|scream|yell)\w* at (?:me|my|ma) (?:mam|mum|mom|dad|nan|gran|wife|missus|partner|girlfriend|gf|husband|boyfriend|bf)\b|"
    # "...and put my fist thru the wall. need help before it gets worse"
    r"\b(?:put|punched|smashed|slammed|rammed|stuck) (?:my|ma|me) (?:fist|hand|head) (?:thru|through|into|in) (?:the|a|our|her|his) (?:\w+ )?(?:wall|door|window|windscreen)\b|"
    # "my gf did clares law on me and they told her about my past. i actually want to change"
    r"\b(?:did|done|used|applied for|asked for|went for|apply for|applying for|goin to apply for|going to apply for|gonna apply for) " + SCHEME_ON_ME + r"|"
    # "last night i grabbed a knife in an argument with my gf... i need to sort myself out"
    r"\bi (?:\w+ )?(?:grabbed|picked up|pulled|pulled out|got out|held|waved) (?:a|the|out a|my|a kitchen) (?:knife|blade|bat|hammer|weapon)\b(?!.{0,20}\b(?:to protect|to defend|in self[- ]defen[cs]e)\b)|"
    # "i keep going to my ex's work cos she wont answer my calls. her mum says im stalking her"
    r"\bi (?:keep|kept|have been|ive been|i'?ve been|been) (?:going|turning up|showing up|waiting|going round|goin|turnin up) (?:to|at|outside|round) (?:my ex'?s|her|his|their) (?:work|house|flat|place|school|job|mums?|mams?)\b|\b(?:im|i'?m|i am) (?:gonna|going to|gunna) (?:put|kick|smash) (?:the|her|his) door (?:in|down)\b|"
    # "i lost it last nite n slapped me girlfriend. i dont want to turn out like me dad"
    r"\bi (?:\w+ ){1,5}(?:n|and|an) (?:slapped|punched|hit|pushed|shoved|kicked|headbutted|grabbed|strangled|choked) (?:my|me|ma) (?:girlfriend|gf|wife|missus|partner|boyfriend|bf|husband|fella)\b|"
    # "i keep putting my gf down and telling her who she can see. want help to stop"
    r"\bi (?:keep |always |sometimes |often )?(?:put|putting|puttin) (?:my|ma|me) (?:gf|girlfriend|wife|partner|missus|bf|boyfriend|husband|fella) down\b|\bi (?:keep |always |sometimes )?(?:tell|telling|tellin) (?:her|him|them) (?:who|where|what) (?:she|he|they) (?:can|cant|can'?t|is allowed to)\b|"
    # "a smashed ma girlfriends phone cos a thought she was cheatin, she's feart of me now"
    # "since we split i message her like 50 times a day and go round hers when she doesnt answer"
    r"\bi (?:\w+ ){0,2}(?:message|text|ring|call|phone|dm|snap) (?:her|him|them|my ex)(?: like| about| over)? (?:\d+|twenty|thirty|forty|fifty|a hundred|loads of) times\b|\bi (?:\w+ ){0,10}?(?:go|turn up|show up|keep going|went|turned up) round (?:hers|his|theirs|her house|his house|her flat|his flat|her place|his place)\b|"
    # "how do i get help to stop hittin my partner", "lost it with the kids mum and hit her in front of them"
    r"\b(?:help (?:me )?(?:to )?|how (?:do|can) i |i (?:want|need|wanna|am trying|'?m trying|im trying) to |trying to |can'?t |cant |cannot )stop (?:hitting|hittin|hurting|hurtin|abusing|shouting at|screaming at|controlling|pushing|slapping|punching|kicking|strangling|choking|scaring) (?:my|me|ma|her|him|them)\b|"
    r"(?:^|[.!?] |\bi )(?:lost|lose) (?:it|my temper|the plot|my rag) (?:with|at) (?:the kids'? (?:mum|mam|dad)|my \w+|me \w+|her|him)\b.{0,40}\b(?:hit|slapped|punched|pushed|shoved|grabbed|kicked|headbutted) (?:her|him)\b|"
    # "my partner reckons its coercive control. i just like knowing where she is at all times"
    r"\b(?:says|reckons|thinks|said|calls it)\b (?:it'?s|its|it is|that'?s|thats|this is)? ?(?:coercive control|controlling|abuse|abusive)\b(?=.{0,80}\bi (?:just )?(?:like|love|need|want|have) (?:to )?know)|"
    # "my mate says what i do to my wife is coercive control", "me and my gf both get physical in rows... MY side of it"
    r"\bwhat i (?:do|did|say|said) to (?:my|me|her|him) ?(?:\w+)? (?:is|was) (?:coercive|controlling|abuse|abusive)\b|\b(?:me and (?:my|me) \w+|we) (?:both|both of us) (?:get|getting|got|go|are) (?:physical|violent|handy|rough)\b|"
    # "is that me being abusive tho saying that to her", "does that make me an abuser": asked of their own act
    r"^(?!.*\b(?:he|she|they) (?:says|said|tells me|told me|calls me|keeps saying|accuses me)\b).*\b(?:is (?:that|this|it) me being|was i being|(?:does|would|did) (?:that|this|it|what i did|what i said) make me) (?:a bit |really |so )?(?:abusive|an abuser|the abuser|controlling|a controlling \w+)\b|"
    r"\bi (?:(?!he |she |they |hes |shes )\w+ ){0,4}?(?:smash|smashed|break|broke|snap|snapped|throw|threw) (?:her|his|their) (?:phone|mobile|stuff|things|laptop|glasses)\b(?! (?:and|n) (?:he|she|they) )|"  # "i lose it and smash her phone"
    r"(?:\bi |^|[.,!?] ?a )(?:smashed|broke|snapped|threw) (?:my|ma|me) (?:girlfriend|gf|wife|missus|partner|boyfriend|bf|husband|fella)'?s? (?:phone|stuff|things|laptop|glasses)\b|"
    r"\b(?:she'?s|shes|she is|he'?s|hes|he is|they'?re|theyre|they are) (?:now |getting |properly |really |actually )?(?:feart|scared|frightened|afraid|terrified) (?:of|o) me\b(?! (?:leaving|going|telling|finding|seeing|being))|"
    # "i go through ma girlfriends phone every night and lose the plot if theres a guy in it"
    r"\b(?:i|ah) (?:always |still |keep )?(?:go|going|goin|look|looking|check|checking|read|reading) (?:through |thru |in |at )?(?:my|ma|me) (?:gf|girlfriend|wife|partner|missus|bf|boyfriend|husband|fella)'?s? (?:phone|messages|texts)\b"
    r".{0,40}\b(?:every (?:night|day|time)|all the time|aw the time|constantly|lose (?:the plot|it|my head|ma heid|the heid)|go mad|kick off|flip)\b|"
    # "lost the heid wi ma wife last night an shoved her intae the wall", "i lose it when she spends money, grabbed her arm"
    r"(?:(?:^|[.,!?] ?)(?:i |a |ah )?|\b(?:i|a|ah) )(?:lost|lose|losin|losing) (?:the heid|the head|my head|ma heid|me head|it|my temper|ma temper|me temper|the plot|my rag|me rag)\b.{0,40}(?:\b(?:n|and|an)|,) ?(?:shoved|pushed|hit|slapped|punched|grabbed|kicked|headbutted|strangled|choked) (?:her|him)\b(?! (?:off|away|back))|"
    # "am a woman an a hit ma partner when am drunk": Scots "a" for "I"
    r"(?:^|[.,!?] ?|\b(?:an|and|n|but|so) )a (?:hit|slapped|skelped|punched|shoved|pushed|kicked|grabbed|battered|headbutted) (?:ma|my|me|her|him) ?(?:partner|wife|missus|husband|man|boyfriend|girlfriend|burd|bird|fella)?\b(?! (?:off|away|back))|"
    # "i keep threatening to sell her horse when we row", "since she left i send her loads of messages a day and ive turned up at her mums twice",
    # "i keep usin the kids ipad to check where my ex is"
    r"\bi (?:always |keep |sometimes |often )?(?:threaten|threatened|threatening|threatn) to (?:sell|get rid of|give away|put down|drown|hurt|kill|shoot|dump) (?:her|his|their) \w+|"
    r"\bi (?:\w+ )?(?:send|sent|text|message|ring|call) (?:her|him|them|my ex) (?:loads of|hundreds of|so many|hundreds|\d+) (?:messages|texts|times)\b|"
    r"\b(?:i'?ve|ive|i have|i) (?:\w+ )?(?:turned up|showed up|shown up|gone round|been round) (?:at|to|outside|round) (?:her|his|their|my ex'?s) (?:work|house|flat|place|mums?|mams?|dads?|door|school|job)\b|"
    r"\bi (?:keep |always |constantly )?(?:\w+ ){0,4}?to (?:check|track|see|find out) where (?:my ex|she|he|my (?:gf|girlfriend|partner|wife|missus|bf|boyfriend|husband)) (?:is|goes|has been)\b|"
    # "got a court date for assaulting my gf", "im on bail for grabbing my wife round the throat"
    r"\b(?:court date|court case|charged|arrested|on bail|bailed|cautioned|convicted|done|nicked|lifted|a caution) (?:for|with|over) (?:\w+ing|assault|abh|gbh|common assault|battery)\w* (?:(?:on|of|at) )?(?:my|me|ma|the) (?:gf|girlfriend|wife|missus|partner|bf|boyfriend|husband|ex|bird|burd|lass)\b|"
    # "i suppose people will say i was hard on her. i did shout a lot"
    r"\bi (?:was|have been|'ve been|ve been|been) (?:too |very |really |so |a bit |quite )?(?:hard|harsh|rough|nasty|horrible|cruel|vile) (?:on|to|with) (?:her|him|them)\b|\bi (?:did|do|would|used to) (?:shout|yell|scream)(?: at (?:her|him|them))? (?:a lot|loads|all the time|sometimes|at (?:her|him|them))\b|"
    # "i grabbed me girlfriend by the arm last nite n she was cryin"
    r"\bi (?:grabbed|pushed|shoved|slapped|hit|punched|kicked|choked|strangled|headbutted) (?:me|ma) (?:girlfriend|gf|wife|missus|partner|boyfriend|bf|husband|fella|burd|bird)\b(?! (?:off|away|back))|"
    # "is there like a course for lads who get handy with their missus"
    r"\b(?:course|courses|programme|program|help|support|someone|anything)(?: \w+)? for (?:lads|men|blokes|guys|fellas|people) (?:who|that) (?:get|gets|are|is) (?:handy|violent|rough|aggressive|abusive|nasty) (?:with|to|towards) (?:their|his|the) (?:missus|wife|wives|partners?|girlfriends?|women|gfs?)\b|"
    # "me partner reckons im emotionally abusive. dont think i am but maybe?? who can i talk to": told so, and wondering
    r"\b(?:my|me|ma) (?:partner|gf|girlfriend|wife|missus|bf|boyfriend|husband|fella)\b.{0,15}\b(?:says|reckons|thinks|said|told me|keeps saying|accused me of being|calls me)\b(?: that)? (?:i'?m|im|i am|i'?ve been|ive been|i can be|i)? ?(?:being )?(?:emotionally |financially |verbally |really |so |a bit )?(?:abusive|controlling|toxic|an abuser)\b"
    r"(?=.{0,90}\b(?:maybe|might be|dont think i am|don'?t think i am|am i|is (?:she|he) right|(?:she|he)'?s right|shes right|hes right|could be|not sure|dunno|don'?t know|who can i talk to|is there help)\b)|"
    # "is there any help for lads who are the problem in the relationship, not the victim"
    r"\b(?:help|support|anything|something|someone|anyone|lines?|numbers?|course|courses)(?: out there)? for (?:lads|men|blokes|guys|people|someone|women|girls) (?:who|that) (?:are|is|r) the (?:problem|abuser|abusive one|bad one|one doing (?:the abuse|it))\b|"
    # "do you help people who are the one doing the abuse? asking for me", "i think its me thats the problem"
    r"\b(?:help|support) (?:people|someone|men|women|lads) (?:who|that) (?:are|is|r) (?:the ones?|doing) (?:doing )?(?:the )?abus\w*\b|\b(?:its|it'?s|it is) me (?:thats|that'?s|that is|who'?s|whos|who is) the (?:problem|abuser|abusive one)\b|"
    # "since she left ive been texting her all the time and turning up at her new place", "my ex says im stalking her... i wait outside her house"
    r"\bi(?:'?ve| have)? (?:been )?(?:texting|messaging|ringing|calling|following|watching) (?:her|him|them) (?:all the time|constantly|every day|non ?stop|loads)\b|\b(?:says|said|reckons|thinks) (?:i'?m|im|i am) (?:stalking|harassing|following) (?:her|him|them)\b(?!.*\bbut (?:he|she|they|hes|shes|he'?s|she'?s)\b)|\bi (?:\w+ )?(?:wait|waited|sit|sat|park|parked) outside (?:her|his|their) (?:house|flat|place|work)\b|"
    # "my wife is here on my visa and when she doesnt listen i tell her ill get her sent home"
    r"\bi (?:\w+ )?(?:tell|told|telling|threaten\w*|warn\w*|remind\w*) (?:her|him|them)(?: that)? (?:i'?ll|ill|i will|i'?d|id|i would|i can|i could) (?:get|have|make sure) (?:her|him|them) (?:sent (?:home|back)|deported|kicked out of the country)\b|"
    # "i keep losin me rag with our lass. last night i had her up against the wall by the throat"
    r"\bi (?:keep |always )?(?:losin|losing|lose|lost) (?:me|my|ma) (?:rag|temper|head|heid|nut) (?:with|wi|at) (?:my|me|ma|our) (?:missus|wife|partner|gf|girlfriend|lass|bf|boyfriend|husband|fella)\b|"
    r"\bi (?:had|got|pinned|held|grabbed|put) (?:her|him) (?:up )?(?:against|by|on|to) (?:the )?(?:wall|throat|neck|floor|door)\b|"
    # "how do i stop checking my boyfriends location all the time. i know its not ok"
    r"\bhow (?:do|can|could) i (?:stop|quit) (?:checking|tracking|reading|going through|looking at|looking through) (?:my|me|ma|her|his) (?:\w+'?s? )?(?:location|phone|messages|texts|whatsapps?|snap\w*|insta\w*)\b|"
    # "fine ill just wait outside her mums till she turns up", after a refusal
    r"\b(?:i'?ll|ill|i will|im going to|i'?m going to|im gonna|i'?m gonna) (?:just )?(?:wait|sit|hang about|hang around|stand) (?:outside|at|round|near) (?:her|his|their) (?:mums?|mams?|dads?|house|flat|work|place|sisters?|mates?)\b|"
    # "when i drink i go for my husband. slapped him again saturday"
    r"\bi (?:go for|went for|lay into|laid into|kick off at|kicked off at|lash out at|lashed out at) (?:my|me|ma) (?:husband|wife|partner|girlfriend|boyfriend|gf|bf|missus|fella|hubby)\b|(?:^|[.!?] )(?:slapped|hit|punched|pushed|shoved|kicked|grabbed) (?:him|her) again\b"
)
# "the old lady next door is blind and i hear her son screaming at her": someone else at risk, and older.
OLDER_NEIGHBOUR = re.compile(r"(?:^|\b(?:the|an?|this|my) )(?:old|elderly|older) (?:lady|woman|man|gent|gentleman|fella|bloke|neighbour|couple|chap)\b(?= (?:next door|across the road|over the road|down the road|upstairs|downstairs|on my street|in my street|on our street|i (?:care for|look after|visit|clean for|help)))")
# Being put down or kept in, told of the one doing it: "hes sleeping around and tells me im fat and useless every day and
# wont let me leave the house without him" (someone being hurt, even after "i need help with my anger").
VICTIM_MORE = re.compile(
    r"\b(?:he|she|they|hes|shes|he'?s|she'?s)\b(?:\s+\w+){0,6}?\s+(?:tells|calls|tell|call) me (?:i'?m |im |i am |a |an )?(?:fat|useless|ugly|stupid|worthless|thick|pathetic|crazy|mad|a slag|a whore)\b|"
    r"\b(?:hes|he'?s|shes|she'?s|he is|she is|theyre|they'?re|they are)(?: been)? (?:getting )?(?:really |so |well |proper )?(?:nasty|violent|rough|aggressive|abusive|horrible|handy) (?:with|to|towards) me\b|"
    r"\b(?:he|she|they)\s+(?:wont|won'?t|doesn'?t|doesnt|never|will not|does not) (?:let|allow) me (?:leave|go|see|out|have|talk|work|use)\b"
    r"|\b(?:its|it'?s|it is) (?:him|her|them|my \w+) (?:thats|that'?s|that is|who'?s|whos|who is) the (?:problem|one doing it|abuser)\b"
    # "its not like shes hittin me tho": what is done to the writer, said to fall short of hitting
    r"|\bnot (?:like|as if|as though) (?:he|she|they|hes|shes|he'?s|she'?s|theyre|they'?re)(?: is| are)? (?:even )?(?:hitting|hittin|beating|hurting|kicking|punching) me\b"
    r"|\b(?:he|she|they)\s+(?:\w+\s+){0,6}?(?:went|goes|go|going|gone|kicked off|kicks off) (?:mental|mad|nuts|ballistic|off it|apeshit|crazy|psycho) (?:at|on) me\b"  # "my dad... he found my binder and went mental at me"
)
# A child writing of a parent's partner: "mums boyfriend hits her n im scared for my little sister" (Childline too).
A_CHILD_WRITING = re.compile(
    r"\b(?:my |me )?(?:dads?|mums?|mams?|stepdads?|stepmums?)\b.{0,60}\b(?:abus\w*|hit\w*|hurt\w*|beat\w*|court)\b.*\b(?:i'?m|im|i am) 1[0-7]\b|"  # "my dads in court for abusing my mum... im 17"
    r"\b(?:my |me )?(?:mums?|mams?|mummy|mommy|dads?|daddy)'?s? (?:new )?(?:boyfriend|bf|fella|partner|girlfriend|gf)\b.*\b(?:my|me) (?:little|baby|wee|lil) (?:sister|brother|sis|bro)\b|"
    r"\b(?:my|me) (?:little|baby|wee|lil) (?:sister|brother|sis|bro)\b.*\b(?:mums?|mams?|mummy|dads?|daddy)'?s? (?:new )?(?:boyfriend|bf|fella|partner|girlfriend|gf)\b"
)
# A relative who harms their own partner ("my son is 24 and i think hes hurting his girlfriend"): the one at risk is the partner.
# ("my mate keeps hitting his missus": the words straight after the relative or friend, read from the start)
KIN_HARMS_PARTNER = re.compile(
    r"(?:^\s*(?:is\s+|has\s+been\s+|keeps\s+|kept\s+|always\s+|still\s+)?|\b(?:he|hes|he'?s|he is|she|shes|she'?s|she is)\s+(?:\w+\s+)?|\b(?:seen|saw|watched|heard|caught) (?:him|her)\s+)(?:(?:charged with|arrested for|done for|in court for|on bail for|convicted of|cautioned for) (?:assaulting|hitting|attacking|abusing|beating|strangling|threatening|harassing|stalking|controlling|hurting)|grab|grabs|grabbed|grabbing|push|shove|slap|kick|kicked|kicking|strangle|strangled|choke|choked|scream at|screams at|screaming at|shouts at|shouting at|hurting|hitting|abusing|beating|controlling|hurt|hit|hits|hurts|abuses|beats|controls|pushing|shoving|pushed|shoved|"
    r"slapped|slapping|bullying|threatening|scaring|battering|batters|(?:violent|abusive|nasty|rough) (?:to|towards|with))\s+(?:his|her) (?:new )?(?P<partner>girlfriend|gf|wife|missus|partner|boyfriend|bf|husband|fella)\b"
)
_KIN_OR_FRIEND = re.compile(r"\b(?:my|me|our) (?:\w+ )?(?:mate|friend|pal|bestie|brother|bro|son|lad|boy|dad|father|da|uncle|cousin|nephew|grandson|sister|sis|daughter|girl|"
                            r"mum|mam|mother|niece|aunt\w*|granddaughter|stepdad|stepson|colleague|neighbour|kid)\b")


# Someone hurt asking for a line for the one hurting them: "is there a number my husband can ring to sort his temper out?"
FOR_THEM_TO_CHANGE = re.compile(r"\b(?:number|line|someone|somewhere|anyone|help|course|programme|anything)\b.{0,30}\b(?:my|me|ma) (?:husband|partner|wife|boyfriend|girlfriend|bf|gf|fella|hubby|missus|ex)\b.{0,20}\b(?:can|could|should|to)\b.{0,20}\b(?:ring|call|go|talk|get help|speak)\b.{0,40}\b(?:temper|anger|behaviour|violence|drinking|to (?:stop|change))\b")


def harms_their_partner(lowered: str) -> bool:
    """A relative or friend said to harm their own partner: "my brother hits his wife", "hes hurting his girlfriend"."""
    return bool(KIN_HARMS_PARTNER.search(lowered)) or any(KIN_HARMS_PARTNER.match(lowered[kin.end():]) for kin in _KIN_OR_FRIEND.finditer(lowered))


_SAID_GENDER = re.compile(r"\b(?P<who>she|he)(?:'s|s| is) my (?:partner|ex)\b|\bmy (?:partner|ex),? (?P<next>she|he)\b")


def said_partner_gender(text: str) -> Optional[str]:
    """An ungendered partner said to be a she or a he: "shes my partner btw, im a woman too"."""
    said = _SAID_GENDER.search(text)
    return None if not said else "woman" if (said.group("who") or said.group("next")) == "she" else "man"

# "ok ive called 999, theyre on their way", "di ffonio 999, ma nhw ar y ffordd": the police coming, not the abuser.
POLICE_COMING = (r"^(?!(?=.*\b(?:called|rang|rung|phoned|ffonio|ffonior|galwr) (?:999|the police|police|the cops|cops|heddlu|yr heddlu)\b)"
                 r".*\b(?:they are|theyre|police are|cops are|nhw|heddlu)(?: n| yn)? (?:on their way|on the way|coming|ar y ffordd|ar eu ffordd|ar ffordd)\b)")
# "pal of mine reckons his boyfriend is hitting him": told of, with nothing saying it is happening now.
HEARSAY = (r"^(?!(?=.*\b(?:reckons?|thinks?|suspects?|told me|tells me|says|said|confided|admitted|worried|worries)\b)"
           r"(?!.*\b(?:(?<!twice )(?<!times )(?<!once )(?<!years )(?<!months )(?<!weeks )now|tonight|as we speak|at the moment|just|rang|rung|called|phoned|texted|messaged|hear|heard|screaming|next door|upstairs|downstairs|help|police)\b)).*")
# Someone else's partner watching them ("texting for my friend. her partner reads all her messages"): a friend worried, not a request to watch.
HER_PARTNER_WATCHES = re.compile(r"\b(?:her|his|their) (?:partner|boyfriend|girlfriend|husband|wife|bf|gf|fella|ex|missus)\b.{0,20}\b(?:reads|checks|tracks|goes through|monitors|watches|looks at|has (?:her|his|their) (?:location|password))\b")
