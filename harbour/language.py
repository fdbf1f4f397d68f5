"""Harbour's words in Welsh: one file, harbour/content/cy.yml, read once and shared.

``responses`` mirrors domain.yml's responses (the same names, variants, conditions and button
payloads; only the words differ), chosen by the ``language`` slot (:mod:`harbour.nlg` on the Rasa
server, :func:`response_variants` in the actions). ``phrases`` holds the sentences the actions put
together themselves, keyed by their English (gettext's way: the English is the key, so a missing
translation falls back to English, and ``tests/test_welsh.py`` fails on any that is missing).
Facts (numbers, hours, sources) stay in services.yml; only words are translated here. Every Welsh
string must be checked by a fluent Welsh speaker before launch (README, "Welsh").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

import yaml

from harbour.vocab import WELSH

WELSH_PATH = Path(__file__).resolve().parent / "content" / "cy.yml"


@dataclass(frozen=True)
class Words:
    """One language's words: domain-shaped responses and the actions' phrases."""

    responses: Mapping[str, List[Dict[str, Any]]]
    phrases: Mapping[str, str]


@lru_cache(maxsize=1)
def welsh() -> Words:
    """harbour/content/cy.yml, read on first use."""
    with WELSH_PATH.open(encoding="utf-8") as handle:
        content = yaml.safe_load(handle) or {}
    return Words(responses=content.get("responses") or {}, phrases=content.get("phrases") or {})


def is_welsh(language: Optional[str]) -> bool:
    return language == WELSH


def say(language: Optional[str], english: str) -> str:
    """``english`` in the conversation's language (English when no Welsh is written for it)."""
    if is_welsh(language):
        return welsh().phrases.get(english) or english
    return english


def say_buttons(language: Optional[str], buttons: List[Dict[str, str]]) -> List[Dict[str, str]]:
    """Buttons with their titles in the conversation's language (payloads never change)."""
    return [{**button, "title": say(language, button["title"])} for button in buttons]


def response_variants(
    language: Optional[str], name: str, domain_responses: Mapping[str, List[Dict[str, Any]]]
) -> List[Dict[str, Any]]:
    """A response's variants in the conversation's language (the domain's when none is written)."""
    if is_welsh(language):
        found = welsh().responses.get(name)
        if found:
            return found
    return list(domain_responses.get(name) or [])
