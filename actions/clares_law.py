"""Clare's Law: how to apply where the person lives, for themselves or someone else."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import NATION_NAMES, SCHEME_MARK, HarbourAction, directory


def guide_text(nation: str, asker: str) -> str:
    """The guide for one nation and asker, from the scheme in services.yml."""
    scheme = directory().scheme(nation)
    lines = [f"In {NATION_NAMES[nation]}, it's the {scheme.name} ({scheme.short_name}). You can apply:"]
    lines.extend(f"- {way}" for way in scheme.how_to_apply)
    if asker == "someone_else":
        lines.append(scheme.who_receives)
    if scheme.timescale:
        lines.append(scheme.timescale)
    lines.append("Police will ask for a safe way and time to contact you.")
    lines.append("A disclosure never proves someone is safe, and nothing being disclosed doesn't either.")
    return "\n".join(lines)


class ActionClaresLawGuide(HarbourAction):
    """Ends the Clare's Law guide with the right scheme, how to apply and who is told."""

    def name(self) -> Text:
        return "action_clares_law_guide"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets the disclosure scheme for their nation and how to use it."""
        nation = tracker.get_slot("nation") or "england"
        asker = tracker.get_slot("asker") or "self"
        # The nation rides along as metadata (channels ignore it): the statistics count the guide
        # by it, on whichever replica shows it, without remembering the conversation's nation.
        dispatcher.utter_message(text=guide_text(nation, asker), **{SCHEME_MARK: nation})
        dispatcher.utter_message(text="If you're in danger now, call 999.")
        return [SlotSet("asker", None)]
