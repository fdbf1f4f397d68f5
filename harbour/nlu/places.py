"""Turn a UK place name in a message into a ``nation`` entity (england, wales, scotland,
northern_ireland), so that "I live in Glasgow" is enough to answer for Scotland.

The gazetteer is ``harbour/content/places.yml``. Only the canonical nation is emitted: the
place the person typed is never copied into the entity, so nothing more precise than a nation
reaches slots or storage.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Pattern, Text, Tuple

import yaml

from harbour.vocab import NATIONS

# Names outside the UK that contain a UK name ("new south wales"): matched, then ignored.
ELSEWHERE = "elsewhere"
DEFAULT_GAZETTEER = Path(__file__).resolve().parents[1] / "content" / "places.yml"


def load_gazetteer(path: Path = DEFAULT_GAZETTEER) -> Dict[str, str]:
    """Return {lower-case place name: nation}; a name listed under two nations is dropped."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    unknown = set(raw) - set(NATIONS) - {ELSEWHERE}
    if unknown:
        raise ValueError(f"{path}: unknown nation keys {sorted(unknown)}")
    mapping: Dict[str, str] = {}
    clashes = set()
    for nation, names in raw.items():
        for name in names or []:
            key = " ".join(str(name).lower().split())
            if key in mapping and mapping[key] != nation:
                clashes.add(key)
            mapping[key] = nation
    for key in clashes:
        del mapping[key]
    return mapping


def compile_gazetteer(mapping: Dict[str, str]) -> Pattern[str]:
    """One alternation, longest names first, on word boundaries."""
    names = sorted(mapping, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(n) for n in names) + r")(?![a-z0-9])")


class PlaceMatcher:
    """Finds nations named directly or through a place in a text."""

    def __init__(self, mapping: Dict[str, str]) -> None:
        self._mapping = mapping
        self._pattern = compile_gazetteer(mapping) if mapping else None

    @classmethod
    @lru_cache(maxsize=4)
    def from_path(cls, path: Path = DEFAULT_GAZETTEER) -> "PlaceMatcher":
        return cls(load_gazetteer(path))

    def find(self, text: Optional[str]) -> List[Tuple[int, int, str]]:
        """Return (start, end, nation) for each place found, in order."""
        if not text or self._pattern is None:
            return []
        lowered = text.lower().replace("\u2019", "'")
        return [
            (match.start(), match.end(), self._mapping[match.group(1)])
            for match in self._pattern.finditer(lowered)
            if self._mapping[match.group(1)] != ELSEWHERE
        ]

    def nations(self, text: Optional[str]) -> List[str]:
        seen: List[str] = []
        for _, _, nation in self.find(text):
            if nation not in seen:
                seen.append(nation)
        return seen


# Names the gazetteer leaves out because towns in two nations share them (places.yml, rule 1), with
# the nations each may be in. Where one is all a person has said of where they live ("were in
# newport"), the helplines answer names both nations' lines rather than guessing one (actions/base.py).
SHARED_NAMES: Dict[str, Tuple[str, ...]] = {
    "newport": ("wales", "england"), "bangor": ("wales", "northern_ireland"),
    "berwick": ("england", "scotland"), "blackwood": ("wales", "scotland"), "crumlin": ("northern_ireland", "wales"),
    "deeside": ("wales", "scotland"), "holywood": ("northern_ireland", "scotland"), "dundonald": ("northern_ireland", "scotland"),
    "newcastle": ("england", "northern_ireland"),
}
_SHARED = re.compile(r"(?<![a-z0-9])(" + "|".join(SHARED_NAMES) + r")(?![a-z0-9])")


def shared_name_nations(text: Optional[str]) -> Tuple[str, ...]:
    """The nations a shared town name in ``text`` may be in ("newport": Wales or England), or ()."""
    found = _SHARED.search((text or "").lower())
    return SHARED_NAMES[found.group(1)] if found else ()


# Whose place it is, where a message names two: "shes in belfast and im in london".
_THEIRS_BEFORE = re.compile(r"\b(?:she|he|they|shes|hes|she'?s|he'?s|they'?re|theyre|she is|he is|they are|lives|live|living|mae hi|ma hi|mae o|ma fo|mae e|ma fe|maen nhw|"
    r"(?:mum|mam|mom|dad|sister|sis|brother|bro|daughter|son|friend|mate|nan|gran|cousin|auntie|aunt|niece|nephew)(?:'?s)?|"
    r"(?:merch|ferch|mab|fab|chwaer|brawd|frawd|ffrind|nain|mam-gu|cyfnither|cefnder|nith|nai|wyres|wyr)(?: fi| i)?)\b(?: \S+){0,4} $")  # "merch fi di symud i inverness", "ma hi di symud lan i glasgow"
_MINE_BEFORE = re.compile(r"\b(?:i|im|i'?m|i am|we|we'?re|were|me|dwi|dw i|rydw i|fi|ni)\b(?: \S+){0,3} $")


def nation_last(entities: List[Dict[Text, Any]], someone_else: bool) -> List[Dict[Text, Any]]:
    """The entities with the nation that should fill the nation slot last (Rasa fills a slot with the last value):
    the place of the person at risk ("whose": "theirs") for someone asking about someone else, else the writer's own."""
    wanted = "theirs" if someone_else else "mine"
    return sorted(entities, key=lambda entity: entity.get("entity") == "nation" and entity.get("whose") == wanted)  # (stable)


def of_her_or_them(lowered: str) -> bool:
    """The message speaks of her or them and not of him ("im in london but shes up in aberdeen"): where no one in it is
    hurt, her place is likely the one at risk's; "hes from dumfries but lives near me now" is the one harming's."""
    return bool(re.search(r"\b(?:she|shes|she'?s|her|they|theyre|they'?re)\b", lowered)) and not re.search(r"\b(?:he|hes|he'?s|him|his)\b", lowered)


def _role(lowered: str, start: int) -> Optional[str]:
    before = lowered[max(0, start - 40):start]
    return "theirs" if _THEIRS_BEFORE.search(before) else "mine" if _MINE_BEFORE.search(before) else None


# Where someone used to live ("moved from gwynedd llynedd", "o abertawe'n wreiddiol") or says they don't
# ("newport, the welsh one not the isle of wight") or compare with ("is it 101 like england"), beside where they live now.
_PAST_BEFORE = re.compile(r"\bnot (?:the |in |on )?(?:\S+ )?$|\b(?:gweithio|weithio|work|works|working) (?:yn|yng|ym|in|at) $|\byr un (?:\S+ (?:neu|ta|or) )?$|\bnid (?:yr? |'r )?(?:\S+ )?$|\b(?:moved|moving|came|come) (?:here |over |up |down )?from (?:\S+ )?$|\b(?:fae|frae) (?:\S+ )?$|\b(?:moved|moving|came|come|relocated) (?:\S+ ){1,4}?from (?:\S+ )?$|\b(?:originally|orig|grew up|born|brought up) (?:from |in )?(?:\S+ )?$|\b(?:he'?s|hes|she'?s|shes|i'?m|im|they'?re|theyre|we'?re|is|are|am|both) from (?:\S+ )?$|\b(?:when i|i used to|used to|back when i) (?:lived?|was living|stayed) (?:in |at |near |down |up )?(?:\S+ )?$|"
                          r"\bsymud(?:ais|odd|on ni|ish i|es i)? (?:yma |lawr |fyny |draw )?o (?:\S+ )?$|\bo $|"
                          # a comparison: "how do you report it in northern ireland, is it 101 like england"
                          r"\b(?:like|same as|different (?:from|to|than)|unlike|just|only) (?:in |it is in |its in |it'?s in )?(?:\S+ )?$")
# Only compared with, even where no other place is named: "is coercive control illegal in NI or is that just an england thing".
_COMPARED = re.compile(r"\b(?:like|same as|different (?:from|to|than)|unlike) (?:in |it is in |its in |it'?s in )?(?:an? )?$|\b(?:just|only) (?:an? )?$")
_MOVED_FROM = re.compile(r"\b(?:moved|moving|relocated) (?:\S+ ){0,4}?(?:from|fae|frae) (?:\S+ )?$")
_PAST_AFTER = re.compile(r"^(?:'n|n| yn) wreiddiol\b|^ originally\b|^ thing\b|^ one,? or\b")  # ("or is that an england thing": compared)


def _not_where_they_live(lowered: str, start: int, end: int) -> bool:
    return bool(_PAST_BEFORE.search(lowered[max(0, start - 30):start]) or _PAST_AFTER.match(lowered[end:end + 15]))


def nation_entities(matcher: PlaceMatcher, text: Optional[str]) -> Iterable[Dict[Text, Any]]:
    """Rasa entity dicts for the nations in ``text`` (value = canonical nation only). Where a message
    names places in two nations, each says whose it is ("whose": "theirs" or "mine") where the words do,
    and a place they used to live in ("moved from gwynedd") or say they don't ("not the isle of wight") is left out."""
    found = matcher.find(text)
    lowered = (text or "").lower().replace("\u2019", "'")
    if len({nation for _, _, nation in found}) > 1:
        found = [f for f in found if not _not_where_they_live(lowered, f[0], f[1])] or found
    else:  # (and where they moved from: "moved doon tae newcastle fae glasgow", where newcastle could be England's or Co Down's)
        found = [f for f in found if not _COMPARED.search(lowered[max(0, f[0] - 30):f[0]]) and not lowered[f[1]:f[1] + 7].startswith(" thing") and not _MOVED_FROM.search(lowered[max(0, f[0] - 40):f[0]])]
    two = len({nation for _, _, nation in found}) > 1
    for start, end, nation in found:
        entity = {
            "entity": "nation",
            "value": nation,
            "start": start,
            "end": end,
            "confidence_entity": 1.0,
            "extractor": "PlaceNormaliser",
        }
        role = _role((text or "").lower().replace("\u2019", "'"), start) if two else None
        if role:
            entity["whose"] = role  # not Rasa's "role": a role keeps the entity from filling the nation slot
        yield entity
