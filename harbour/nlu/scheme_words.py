"""A Clare's Law guess the words say is something else: an order compared with the scheme, this chat kept from someone.

Pure (no Rasa import); read by the profile extractor at prediction time only, never by training.
"""
from __future__ import annotations

import re
from typing import Optional

from harbour.nlu.topic_words import topic_intent
from harbour.vocab import SCHEME_INTENTS

# An order compared with the scheme: "is an injunction the same thing as clares law?"
ORDER_COMPARED = re.compile(
    r"\b(?:injunction|non[- ]?molestation|restraining order|protection order|occupation order|dvpo|dvpn|dapo|court order|gorchymyn)\b"
    r".{0,40}\b(?:same|difference|different|versus|vs|or)\b|\b(?:same|difference|different)\b.{0,40}\b(?:injunction|non[- ]?molestation|restraining order|protection order|court order|gorchymyn)\b"
)


def scheme_guess_instead(intent: Optional[str], lowered: str, unnamed: bool) -> Optional[str]:
    """What a Clare's Law guess should be answered as (``unnamed``: no scheme named), or None."""
    if intent in SCHEME_INTENTS and ORDER_COMPARED.search(lowered):
        return "ask_protective_order"  # "is an injunction the same thing as clares law? plymouth": the orders, told apart
    if unnamed and topic_intent(lowered) == "ask_cover_tracks":
        return "ask_cover_tracks"  # "fydd o'n gwbod mod i di bod ar hwn??": this chat, not the scheme
    return None
