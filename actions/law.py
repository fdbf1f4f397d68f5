"""What the law says where the person lives: England and Wales's Domestic Abuse Act 2021, or Scotland's
and Northern Ireland's own laws (services.yml guidance), and that it isn't the person's fault."""
from __future__ import annotations

import re
from typing import List, Optional

from actions.base import directory, spoken_list
from harbour.abuse_forms import FORM_NAMES
from harbour.language import say

THE_LAW = (
    "The Domestic Abuse Act 2021 counts this as domestic abuse when it's done by a partner, an ex or a "
    "family member and you're both 16 or over. It isn't your fault."
)
NOT_YOUR_FAULT = "It isn't your fault."
UNDER_16 = "If you're under 16, it's still abuse and you deserve help: Childline is free on {phone}."
# "my mates ex is saying hell post her nudes": threatening to share intimate images is a crime (FACTS 1.1, the 2021 Act).
IMAGE_THREAT = re.compile(r"\b(?:post|share|send|leak|put|show|upload)\w* (?:\w+ ){0,3}?(?:nudes|pics|pictures|photos|videos|vids|images)\b|\bintimate (?:images?|pictures?|photos?)\b|\b(?:show|share|send|post|leak|put)\w* (?:round |around |online )?(?:the ones|them|those) (?:i|that i) (?:already |once )?sent\b|\brevenge porn\b")
IMAGES_CRIME = "Threatening to share intimate images is a crime."
# "my friend told me her bf choked her at a party": strangling named (a crime in itself in England and Wales, FACTS 1.1).
STRANGLED = re.compile(r"\b(?:strangl\w*|throttl\w*|chok(?:e|ed|es|ing)\b(?! (?:up|back|on))|(?:hands?|grabbed \w+|grip) (?:round|around|on) (?:her|his|their) (?:neck|throat))")
STRANGLING_CRIME = "Strangling or choking someone is a crime in itself in England and Wales. It's worth them telling a specialist or the police about it."
STRANGLING_SERIOUS = "Strangling or choking is serious. It's worth them telling a specialist or the police about it."
LAW_ELSEWHERE = {"scotland": "law_scotland", "northern_ireland": "law_northern_ireland"}
# "wots the law in scotland, is it different from england": the nation a definition question asks about.
LAW_ASKED_ABOUT = {
    "scotland": re.compile(r"\b(?:scotland|scottish|yr alban)\b"),
    "northern_ireland": re.compile(r"\b(?:northern ireland|n\.? ?ireland|n?g?ogledd iwerddon)\b"),
}


def law_elsewhere(nation: Optional[str], separator: str = " ", lang: Optional[str] = None) -> Optional[str]:
    """Scotland's or Northern Ireland's own law (services.yml guidance), or None for England and Wales."""
    key = LAW_ELSEWHERE.get(nation or "")
    return separator.join(say(lang, point) for point in directory().guidance[key].points) if key else None


def the_law(nation: Optional[str], age_group: Optional[str], lang: Optional[str] = None) -> str:
    """What the law says where the person lives (England and Wales unless told otherwise)."""
    elsewhere = law_elsewhere(nation, lang=lang)
    text = f"{elsewhere} {say(lang, NOT_YOUR_FAULT)}" if elsewhere else say(lang, THE_LAW)
    if age_group == "child":
        text += "\n" + say(lang, UNDER_16).format(phone=directory().service("childline").phone)
    return text


def sounds_like(forms: List[str], nation: Optional[str], age_group: Optional[str], lang: Optional[str] = None) -> str:
    """What a person described, named ("what you describe sounds like economic abuse"), then the law where they live."""
    named = spoken_list([say(lang, FORM_NAMES[form]) for form in forms], lang)
    return say(lang, "What you describe sounds like {named}.").format(named=named) + " " + the_law(nation, age_group, lang)


THEIR_FAULT = {"woman": "It isn't her fault.", "man": "It isn't his fault."}


def about_them(forms: List[str], nation: Optional[str], lang: Optional[str] = None, text: Optional[str] = None, gender: Optional[str] = None) -> str:
    """What a friend or relative described, named in the third person, and that the law counts it (and that
    threatening to share intimate images is a crime, where the text tells of it)."""
    names = [say(lang, FORM_NAMES[form]) for form in forms]
    named = spoken_list(names, lang)
    law = law_elsewhere(nation, lang=lang) or say(
        lang,
        "The Domestic Abuse Act 2021 counts it as domestic abuse when it's done by a partner, an ex or a "
        "family member and they're both 16 or over.",
    )
    images = " " + say(lang, IMAGES_CRIME) if "sexual" in forms and text and IMAGE_THREAT.search(text.lower()) else ""
    if "physical" in forms and text and STRANGLED.search(text.lower()):
        images += " " + say(lang, STRANGLING_SERIOUS if nation in ("scotland", "northern_ireland") else STRANGLING_CRIME)
    return say(lang, "What you describe sounds like {named}.").format(named=named) + f"{images} {law} " + say(
        lang, THEIR_FAULT.get(gender or "", "It isn't their fault.")  # "my daughters husband... shes in bits": hers, by name of who
    )
