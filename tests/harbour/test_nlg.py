"""Rasa's responses in the conversation's language (harbour.nlg.BilingualNLG, the real Rasa class)."""
from pathlib import Path

import pytest
from rasa.core.nlg.generator import NaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from harbour.language import welsh
from harbour.nlg import BilingualNLG

DOMAIN = Domain.load(str(Path(__file__).resolve().parents[2] / "domain.yml"))


def tracker(**slots) -> DialogueStateTracker:
    found = DialogueStateTracker("nlg-test", DOMAIN.slots)
    for name, value in slots.items():
        found.update(SlotSet(name, value))
    return found


@pytest.fixture(scope="module")
def nlg() -> NaturalLanguageGenerator:
    # Built the way Rasa builds it from endpoints.yml's nlg section.
    return NaturalLanguageGenerator.create(EndpointConfig(type="harbour.nlg.BilingualNLG"), DOMAIN)


def test_rasa_builds_harbours_generator_from_the_endpoint(nlg):
    assert isinstance(nlg, BilingualNLG)


@pytest.mark.asyncio
async def test_english_unless_the_language_slot_is_welsh(nlg):
    english = await nlg.generate("utter_greet", tracker(), "rest")
    also_english = await nlg.generate("utter_greet", tracker(language="en"), "rest")
    cymraeg = await nlg.generate("utter_greet", tracker(language="cy"), "rest")
    assert english["text"] == also_english["text"] == DOMAIN.responses["utter_greet"][0]["text"]
    assert cymraeg["text"] == welsh().responses["utter_greet"][0]["text"]
    assert [b["payload"] for b in cymraeg["buttons"]] == [b["payload"] for b in english["buttons"]]


@pytest.mark.asyncio
async def test_welsh_keeps_the_slot_conditions(nlg):
    wales = await nlg.generate("utter_danger", tracker(language="cy", nation="wales"), "rest")
    deaf = await nlg.generate("utter_danger", tracker(language="cy", access="text_only"), "rest")
    assert "0808 80 10 800" in wales["text"] and "999" in wales["text"]
    assert "18000" in deaf["text"] and "ffoniwch 999" not in deaf["text"].split("\n")[0]


@pytest.mark.asyncio
async def test_a_response_without_welsh_falls_back_to_english(nlg, monkeypatch):
    monkeypatch.delitem(nlg.welsh.responses, "utter_goodbye")
    reply = await nlg.generate("utter_goodbye", tracker(language="cy"), "rest")
    assert reply["text"] == DOMAIN.responses["utter_goodbye"][0]["text"]


@pytest.mark.asyncio
async def test_a_welsh_forget_as_the_first_message_is_confirmed_in_welsh(nlg):
    # Forgetting never sets the language slot (domain.yml), so the message's own language decides.
    from rasa.shared.core.events import UserUttered

    found = tracker()
    found.update(UserUttered("anghofio bob dim", intent={"name": "forget_conversation", "confidence": 1.0},
                             entities=[{"entity": "language", "value": "cy"}]))
    cymraeg = await nlg.generate("utter_forgotten", found, "rest")
    assert cymraeg["text"] == welsh().responses["utter_forgotten"][0]["text"]
    english = tracker()
    english.update(UserUttered("forget", intent={"name": "forget_conversation", "confidence": 1.0}))
    assert (await nlg.generate("utter_forgotten", english, "rest"))["text"] == DOMAIN.responses["utter_forgotten"][0]["text"]
