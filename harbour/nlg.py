"""Rasa's response generator, in the conversation's language (the ``language`` slot).

Configured in endpoints.yml (``nlg: type: harbour.nlg.BilingualNLG``): it runs inside the Rasa
server and sends nothing anywhere. Welsh responses come from harbour/content/cy.yml with the same
variants and slot conditions as domain.yml; a response with no Welsh falls back to the domain's.
"""
from __future__ import annotations

from typing import Any, Dict, Optional, Text

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from harbour.language import is_welsh, welsh

LANGUAGE_SLOT = "language"


def _written_in(tracker: DialogueStateTracker) -> Optional[Text]:
    """The language of the latest message when no slot holds one: "anghofio" as a first message
    is forgotten without setting the slot (domain.yml), and the confirmation is still in Welsh."""
    for entity in (tracker.latest_message.entities if tracker.latest_message else None) or []:
        if entity.get("entity") == LANGUAGE_SLOT:
            return entity.get("value")
    return None


class BilingualNLG(TemplatedNaturalLanguageGenerator):
    """Domain responses in English; harbour/content/cy.yml's when the language slot is Welsh."""

    def __init__(self, endpoint_config: Any = None, domain: Optional[Domain] = None) -> None:
        super().__init__(domain.responses if domain is not None else {})
        self.welsh = TemplatedNaturalLanguageGenerator(dict(welsh().responses))

    async def generate(
        self, utter_action: Text, tracker: DialogueStateTracker, output_channel: Text, **kwargs: Any
    ) -> Optional[Dict[Text, Any]]:
        filled_slots = tracker.current_slot_values()
        if is_welsh(filled_slots.get(LANGUAGE_SLOT) or _written_in(tracker)):
            found = self.welsh.generate_from_slots(utter_action, filled_slots, output_channel, **kwargs)
            if found is not None:
                return found
        return self.generate_from_slots(utter_action, filled_slots, output_channel, **kwargs)
