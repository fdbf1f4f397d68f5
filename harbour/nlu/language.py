"""Which language a message is written in (Welsh or English), and a request to switch.

Harbour answers in the language a person last chose or wrote in (issue 15). A message counts as
Welsh or English only on clear evidence: words that belong to one language and not the other
(Welsh "mae", "dw", "efo", "ddim"; English "the", "is", "he's"). Names, places, numbers and words
both languages use ("help", "partner", "ok") say nothing, so "Caerdydd", "999" or "ok" leave the
conversation in the language it was in. Mixed messages, common in spoken Welsh ("mae fy boyfriend
yn checkio fy phone"), are Welsh when the Welsh grammar words outnumber the English ones.

Pure functions on the text: nothing is kept, and the value is a closed category (``harbour.vocab``).

    python -m harbour.nlu.language "mae o'n darllen fy negeseuon"
"""
from __future__ import annotations

import re
import sys
import unicodedata
from typing import Optional, Tuple

from harbour.vocab import ENGLISH, WELSH

# Welsh words no English sentence uses (folded: no circumflexes or accents, no apostrophes).
# Left out on purpose: i, a, o, e, y, hi, fe, fi, be, dim, di, mam, tad, os, am, na, ie, ni, man, plis.
_WELSH = frozenset(
    """
    mae ma maen mai dw dwi dwin rwy rwyn rydw rydwi ydw ydy ydi ydych ydyn ydan wyt wyt ti wi win
    oes oedd roedd roedden oeddwn bod fod fydd bydd byddai fasa basa sydd sy sin syn
    yn yr ac efo gyda gan gen gennyf gennai fy fyn nhw nhwn chi chin ei eich ein eu
    ddim mond ond neu achos oherwydd felly hefyd iawn wedi wedin newydd rhaid angen isio eisiau moyn
    beth pwy sut pam ble lle pryd faint pa unrhyw rhywun rhywbeth popeth dim byd
    diolch helo shwmae sumae hwyl bore prynhawn nos noswaith croeso
    gwr wr ngwr gwraig wraig nghariad cariad mhartner bartner phartner mab merch brawd chwaer nain taid mamgu tadcu teulu
    gallu galla alla fedra fedrai methu medru gwybod gwbod deall siarad helpu helpa cymorth cymraeg gymraeg saesneg
    rwan nawr heno heddiw ddoe yfory wrth tu allan fewn mewn gartref adra adre ty tŷ heddlu perygl ofn ofnus
    taro curo brifo bygwth rheoli camdrin drin gam cham nghamdrin domestig trais
    """.split()
)
# English grammar words no Welsh sentence uses ("a", "i", "me", "on", "hi", "so", "am", "be", "at",
# "do" are left out: Welsh uses them too). Nouns and feelings ("boyfriend", "scared") are left out: Welsh speakers borrow them.
# Scots counts as English ("tae", "cannae", "weans"): "ma money ma pals... want tae go tae sleep" was read as Welsh "ma".
_ENGLISH = frozenset(
    """
    the is are was were been being i'm im he's hes she's shes it's its you you're youre your
    my mine he him his she her they them their we us our this that these those there here what who how
    why when where which with without from into about after before because and but or not don't dont
    can't cant won't wont didn't didnt doesn't doesnt isn't isnt have has had having does did will would
    should could can may might must of to for by if really very thanks thank hello hey
    want need know think feel tell told said say going gone get got make makes made keeps keep always never
    tae intae cannae dinnae didnae isnae wisnae wasnae wouldnae couldnae shouldnae hoose weans wean oot aboot
    takes took gives gave week weeks tenner joke every aw fae frae wi
    """.split()
)
_SHARED = frozenset({"help", "partner", "ex", "police", "law", "mum", "ok", "okay"})
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|'[a-z]+")
# Welsh elisions: "dw i'n", "mae o'n", "i'r", "a'r", "i'w", "a'ch" ("i'm" is English, so not 'm).
_WELSH_ELISION = re.compile(r"^[a-z]*'(?:n|r|w|ch)$")
# "Cymraeg", "yn Gymraeg plis", "can we speak welsh", "English please", "Saesneg": a request to switch.
_TO_WELSH = re.compile(
    r"^(?:(?:yn |in )?(?:g|c)ymraeg(?: (?:plis|os gwelwch yn dda|os gweli di'n dda|please|pls))?|welsh(?: please| pls)?|"
    r"(?:can|could|may) (?:we|i) (?:speak|talk|chat|do this|write|type|have (?:this|it)) (?:in )?welsh.*|"
    r"(?:ga i|gai|gaf i|allwn ni|gawn ni|alla i|dw i isio|dwi isio|wi moyn|rwy eisiau|rydw i eisiau|oes modd)(?: \w+){0,3} (?:yn |mewn )?(?:g|c)ymraeg(?: (?:plis|os gwelwch yn dda|os yn bosib|please))?|"
    r"(?:do you|d'you|ydych chi|wyt ti|ydach chi)(?:'n| yn)? (?:speak|siarad) (?:welsh|cymraeg).*|"
    r"(?:is|is this|is there|can i get) (?:this |it )?(?:available )?in welsh.*|/cymraeg)\W*$"
)
_TO_ENGLISH = re.compile(
    r"^(?:(?:in )?english(?: (?:please|pls|plis))?|saesneg(?: (?:plis|os gwelwch yn dda|please))?|yn saesneg(?: plis)?|"
    r"(?:can|could|may) (?:we|i) (?:speak|talk|chat|do this|write|type|have (?:this|it)) (?:in )?english.*|"
    r"(?:switch|change|go back) (?:to|back to|into) english.*|"
    r"(?:ga i|gai|gaf i|allwn ni|gawn ni|dw i isio|dwi isio|wi moyn|rwy eisiau|oes modd)(?: \w+){0,3} (?:yn |mewn )?saesneg(?: (?:plis|os gwelwch yn dda|os yn bosib|please))?|/english)\W*$"
)


def fold(text: str) -> str:
    """Lower case, accents and circumflexes folded ("gŵr" -> "gwr"), curly apostrophes made plain.

    The one folding every Welsh-aware reader shares: the safety net (`danger.normalise`), this
    module's language evidence and the Welsh word lists (`welsh_profile.fold`)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


# "be di clares law", "be 'di coercive control": "be" and "di" are each left out above, but together they open a Welsh question.
_WELSH_OPENING = re.compile(r"^\W*(?:be|beth) (?:'?di|ydi|ydy)(?:'r)?\b")


def evidence(text: str) -> Tuple[int, int]:
    """(Welsh words, English words) in a message: words only one of the two languages uses."""
    welsh = 1 if _WELSH_OPENING.search(fold(text)) else 0
    english = 0
    for word in _WORD.findall(fold(text)):
        if word in _SHARED:
            continue
        bare = word.replace("'", "")
        if word in _WELSH or bare in _WELSH or _WELSH_ELISION.match(word):
            welsh += 1
        elif word in _ENGLISH or bare in _ENGLISH:
            english += 1
    return welsh, english


def language_of(text: str) -> Optional[str]:
    """``"cy"``, ``"en"``, or None when the message doesn't show which (a name, a number, "ok")."""
    switch = requested_language(text)
    if switch:
        return switch
    welsh, english = evidence(text)
    if welsh >= 2 and welsh > english or welsh == 1 and english == 0:
        return WELSH
    if english >= 2 and english > welsh * 2 or english == 1 and welsh == 0:
        return ENGLISH
    return None


def requested_language(text: str) -> Optional[str]:
    """The language a message asks to switch to ("Cymraeg", "English please"), else None."""
    plain = " ".join(fold(text).replace("?", " ").replace("!", " ").replace(".", " ").split())
    if _TO_WELSH.match(plain):
        return WELSH
    if _TO_ENGLISH.match(plain):
        return ENGLISH
    return None


if __name__ == "__main__":  # pragma: no cover - a maintainer's tool
    for line in sys.argv[1:] or sys.stdin.read().splitlines():
        print(f"{language_of(line) or '-'}\t{requested_language(line) or '-'}\t{evidence(line)}\t{line}")


# Asking for a person or a line that speaks Welsh, in either language: "can i speak to someone yn
# gymraeg?", "is there anyone who speaks welsh", "oes na siaradwr cymraeg". The profile extractor
# answers it with the lines; the helpline action names the line whose staff speak Welsh.
_WELSH_SPEAKER = re.compile(
    r"\b(?:(?:someone|somebody|anyone|anything|something|person|people|helpline|line|service|rhywun|rywun|unrhyw un|rhywbeth|rwbath|rhwbeth|unrhyw beth|pobl|llinell|gwasanaeth|nhw|them)\b"
    r".{0,30}\b(?:in welsh|yn gymraeg|yn cymraeg|trwy'?r gymraeg|drwy'?r gymraeg|speaks? welsh|siarad cymraeg)|"
    r"(?:welsh|cymraeg) speak\w*|siaradwr(?:aig)? cymraeg|siaradwyr cymraeg|"
    # "ga i siarad cymraeg efo nhw?", "can i speak welsh to them"
    r"(?:siarad|speak|talk) (?:yn )?(?:cymraeg|gymraeg|welsh|in welsh) (?:efo|gyda|hefo|a|â|to|with) (?:nhw|them|rhywun|rywun|someone|nhw yno)|"
    # "ydyn nhw'n siarad cymraeg?", "do they speak welsh"
    r"(?:ydyn|ydan|ydi|ydy|dyn|dan|do|does|can|could|fysa|fasa|fydd|fyddan|fedran|allan|all|gallan) (?:nhw|they|he|she|the staff|staff|pobl|y staff|'r staff|o|hi|rhywun|rywun)(?:'n| yn|n)? (?:gallu |medru )?(?:siarad|speak) (?:cymraeg|welsh))\b"
)


def asks_for_a_welsh_speaker(text: Optional[str]) -> bool:
    """True when the message asks for someone (or a line) who speaks Welsh."""
    return bool(_WELSH_SPEAKER.search(fold(text)))
