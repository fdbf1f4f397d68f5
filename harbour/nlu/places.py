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


def nation_entities(matcher: PlaceMatcher, text: Optional[str]) -> Iterable[Dict[Text, Any]]:
    """Rasa entity dicts for the nations in ``text`` (value = canonical nation only)."""
    for start, end, nation in matcher.find(text):
        yield {
            "entity": "nation",
            "value": nation,
            "start": start,
            "end": end,
            "confidence_entity": 1.0,
            "extractor": "PlaceNormaliser",
        }
