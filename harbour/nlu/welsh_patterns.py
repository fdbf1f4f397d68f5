"""The safety net's Welsh families: danger now and self-harm said in Welsh (issue 15).

Until Harbour answers in Welsh, a person writing Welsh must still get 999 or Samaritans first.
Patterns run on the normalised text (``danger.normalise``): lower case, accents and circumflexes
folded ("gŵr" -> "gwr"), apostrophes dropped ("o'n" -> "on", "a'r" -> "ar"), and the English
word fixes applied (so "ma" arrives as "mum" and "i'm" as "i am"). North and South Wales forms
(isio/eisiau/moyn, fedra i ddim/alla i ddim/sa i'n gallu, rwan/nawr) and mutations (fy nharo,
nghloi, nhagu) are written out. A fluent Welsh speaker should review these with the Welsh
strings before launch (README, "Welsh").
"""
from __future__ import annotations

from harbour.nlu.danger_patterns import DANGER, SELF_HARM, STRONG, WEAK, family

_HE = r"(?:mae|ma|mum|maer) (?:o|e|fe|hi|nhw|on|en|fen|hin|nhwn|gwr|ex|boi|cariad)"
_HIM_HERE = r"(?:tu allan|tu fas|wrth y drws|yn y ty|yn y stafell|yn yr ystafell|yn y gegin|yn y cyntedd|yn ol|n ol|ol|yma|fan hyn)"

WELSH_DANGER_FAMILIES = (
    family("welsh_abuser_here", DANGER, STRONG, "Welsh: the abuser is here, outside, back, or has just arrived.", patterns=(
        rf"\b{_HE}(?: yn| n)? {_HIM_HERE}\b",
        r"\bnewydd (?:gyrraedd|cyrraedd|landio|dod (?:adra|adre|nol|yn ol|mewn|i mewn))\b",
    ), examples=(
        "mae o tu allan ir drws", "ma fe tu fas", "o god mae on ol", "mae o yn y ty",
        "mae o newydd gyrraedd adra",
    )),
    family("welsh_on_the_way", DANGER, STRONG, "Welsh: on the way, coming back, coming up the stairs.", patterns=(
        r"\bar (?:ei|y|yr) ffordd\b(?!.* (?:gwaith|siop|ysgol)\b)",
        r"\bdod (?:nol|yn ol|adra|adre)(?: heno| rwan| nawr| nes ymlaen| cyn bo hir)\b",
        r"\bdod (?:fynyr|fyny r|fyny|lan|i fyny)(?: y| r)? ?gris\w*\b|\bdod i mewn\b",
    ), examples=(
        "mae o ar ei ffordd", "bod on dod nol heno", "mae on dod fynyr grisiau rwan",
    )),
    family("welsh_weapon_or_threat_to_kill", DANGER, STRONG, "Welsh: a weapon, or a threat to kill or burn.", patterns=(
        r"\b(?:cyllell|gyllell|chyllell|nghyllell|morthwyl|forthwyl)\b",
        r"\bti(?: n|n| yn) farw\b|\b(?:lladd|ladd|nladd) (?:ti|chdi|fi|di)\b|\bfy (?:lladd|nladd)\b",
        r"\blosgi ?(?:r|y) ty\b|\bam (?:dy|fy|ei) ladd\b",
    ), examples=(
        "mae o tu allan efo cyllell", "tin farw heno", "mae o isio lladd fi", "am losgir ty efo fi tu mewn",
    )),
    family("welsh_attack_or_break_in", DANGER, STRONG, "Welsh: hitting, strangling or breaking the door now.", patterns=(
        # not "dio erioed di nharo i" / "dio ddim yn fy nharo" (never, not): what didn't happen
        r"(?<!erioed di )(?<!erioed wedi )(?<!ddim wedi )(?<!ddim di )(?<!byth yn )(?<!ddim yn )(?<!erioed yn )(?<!ddim yn fy )(?<!byth yn fy )(?<!erioed di fy )(?<!erioed wedi fy )"
        r"\b(?:fy nharo|nharo i|taro fi|fy mwrw|mwrw fi|bwrw fi|curo fi|fy nghuro|nghuro i|cicio fi|fy nghicio)\b",
        r"\b(?:tagu fi|nhagu|fy nhagu|dagu fi)\b",
        r"\b(?:torri|torrir|cicio|cicior|bwrw|malu) ?(?:r|y)? drws\b|\btrio torri mewn\b|\btrial torri\b",
    ), examples=(
        "mae on fy nharo", "nath o drio nhagu i", "ma fen trial torrir drws lawr", "mae on cicio r drws",
    )),
    family("welsh_trapped_or_cannot_talk", DANGER, STRONG, "Welsh: locked in, hiding, or can't talk or call because he'd hear.", patterns=(
        r"\b(?:wedi |di )?(?:nghloi|cloi fi|fy nghloi)\b|\bcloi ?r drws\b|\b(?:dwin|dw in|dw i yn|win|fin|rwyn|yn) cuddio (?:yn|yng|ym|o dan|dan|tu ol|tu nol|rhagddo|rhagddi|rhag|yr|y)\b",
        r"^(?!.*\b(?:byddar|fyddar|clyw|nghlyw|bsl|iaith arwyddion)\b).*\b(?:fedra i ddim|fedrai ddim|fedra i am|alla i ddim|allai ddim|sa i n gallu|sa in gallu|dw i ddim yn gallu|dw i am yn gallu|methu) (?:siarad|ffonio|galw)\b",
        r"\bofn ffonio\b|\bclywith (?:o|e|fe|hi) fi\b|\bheb siarad\b",
        # "os dw in ffonio mi fydd on clywed fi", "beth os fin ffonio a ddim yn gallu gweud dim byd"
        r"\bffonio\b.*\b(?:mi fydd|bydd|fydd|neith|wneith|gallai|galle|gall) (?:o|e|fo|fe|hi)(?:n| yn) (?:clywed|nghlywed|gweld) (?:fi|i)\b|"
        r"^(?!.*\b(?:byddar|fyddar|clyw|nghlyw|bsl|iaith arwyddion|saesneg|cymraeg|cyfieithydd)\b)"
        r".*\b(?:beth os|be os|os)\b.*\bffonio\b.*\b(?:ddim yn gallu|dim yn gallu|methu|ffaelu|fethu) (?:gweud|deud|dweud|siarad)\b",
    ), examples=(
        "mae o wedi nghloi i yn y llofft", "dw i di cloir drws", "dw in cuddio yn y bathrwm", "fedra i ddim siarad mae o yn y ty",
        "dw i ofn ffonio be os clywith o fi", "sut dw in ffonior heddlu heb siarad",
        "os dw in ffonio mi fydd on clywed fi", "beth os fin ffonio a ddim yn gallu gweud dim byd",
    )),
    family("welsh_help_now", DANGER, STRONG, "Welsh: help now, call the police.", patterns=(
        r"\bhelpwch fi\b|\bffoniwch (?:yr |r )?heddlu\b|\bhelp plis\b|\bplis help\b",
    ), examples=(
        "helpwch fi", "ffoniwch yr heddlu", "plis help",
    )),
)

WELSH_SELF_HARM_FAMILIES = (
    family("welsh_wants_to_die", SELF_HARM, WEAK, "Welsh: wanting to die, to not live, to end it all; better off without me.", patterns=(
        r"\b(?:isio|eisiau|moyn|isie|ishe|eisie) marw\b",
        r"\b(?:ddim|dim|am|im|m) (?:isio|eisiau|moyn|isie|ishe|eisie) byw\b|\bbyw dim mwy\b|\bbyw rhagor\b",
        r"\b(?:dod|ddod) (?:a|ar) ?(?:r )?(?:cwbl|cyfan|cwbwl|bywyd|mywyd) i ben\b|\bdiwedd ar (?:y cwbl|fy mywyd|bopeth|y cyfan)\b",
        r"\b(?:well|gwell) (?:off )?heb(?:dda i|ddo i|dda fi|ddof i| fi)\b",
        r"\b(?:taswn|petawn|swn|sen) i ddim (?:yma|yn fyw)\b",
        r"\b(?:gorffen|orffen) (?:hi|y cwbl|y cyfan|popeth|bopeth|fy mywyd|efo bywyd|gyda bywyd)\b(?! (?:efo|hefo|gyda|gydag|ag|a fo|a fe|a hi|rhyngom))",
    ), examples=(
        "weithia dwin meddwl am orffen hi",
        "dw i isio marw", "dw i am isio byw dim mwy", "dw i di meddwl am ddod ar cwbl i ben",
        "sa pawb yn well off hebdda i", "sa n well taswn i ddim yma",
    )),
    family("welsh_self_harm", SELF_HARM, WEAK, "Welsh: killing, cutting or hurting myself; collecting or taking tablets.", patterns=(
        r"\b(?:lladd|ladd|nladd) fy hun\b",
        r"\b(?:torri|brifo|niweidio|anafu|frifo|dorri|niweidio) fy hun\b",
        r"\b(?:casglu|gasglu|cymryd|gymryd|nghymryd|llyncu|lyncu|wedi cymryd|di cymryd|di llyncu) (?:\w+ )?(?:tabledi|dabledi|pils|pilsen|tablets)\b|\bgorddos\w*\b",
    ), examples=(
        "dw in meddwl am ladd fy hun", "dw i di bod yn torri fy hun eto", "fi di bod yn casglu tabledi",
        "dwin meddwl am gymryd y tabledi i gyd",
    )),
)
