"""Harbour in Welsh (issue 15): every word a person can be shown exists in Welsh, states the same
facts, and is chosen by the conversation's language.

The words live in harbour/content/cy.yml; scripts/welsh.py lists every English phrase the actions
can say. A fluent Welsh speaker must still check every string before launch (README, "Welsh").
"""
import re
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import HarbourAction
from actions.clares_law import ActionClaresLaw
from actions.helplines import ActionHandoff, ActionHelpline
from harbour.language import response_variants, say, welsh
from harbour.services import load_directory
from scripts.welsh import english_phrases

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
RESPONSES = DOMAIN["responses"]
WELSH = welsh()
_NUMBER = re.compile(r"\d[\d ]*\d|\d")
_PLACEHOLDER = re.compile(r"\{\w+\}")
# Services that work in Welsh (FACTS 3.2), offered in Welsh answers only: the one number a Welsh
# response may add to its English one.
WELSH_ONLY_NUMBERS = {"08081640123"}
_URL = re.compile(r"\b[\w.-]+\.(?:org|uk|com|gov|wales|scot)(?:\.\w+)*(?:/[\w/.-]*)?")


def numbers(text: str) -> list:
    return sorted(number.replace(" ", "") for number in _NUMBER.findall(text or ""))


def urls(text: str) -> list:
    return sorted(_URL.findall(text or ""))


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_every_response_has_welsh_with_the_same_variants_and_buttons(name):
    english, cymraeg = RESPONSES[name], WELSH.responses.get(name)
    assert cymraeg, f"{name} has no Welsh in harbour/content/cy.yml"
    assert [v.get("condition") for v in cymraeg] == [v.get("condition") for v in english]
    for en, cy in zip(english, cymraeg):
        assert [b["payload"] for b in cy.get("buttons") or []] == [b["payload"] for b in en.get("buttons") or []]
        assert all((b.get("title") or "").strip() for b in cy.get("buttons") or [])
        assert cy.get("text", "").strip() and cy["text"] != en.get("text")


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_welsh_and_english_responses_state_the_same_numbers_and_addresses(name):
    for en, cy in zip(RESPONSES[name], WELSH.responses.get(name) or []):
        welsh_numbers = [n for n in numbers(cy.get("text")) if n not in WELSH_ONLY_NUMBERS]
        assert welsh_numbers == numbers(en.get("text")), name
        assert [u for u in urls(cy.get("text")) if u != "samaritans.org"] == [
            u for u in urls(en.get("text")) if u != "samaritans.org" or "samaritans.org" not in urls(cy.get("text"))
        ], name


def test_the_welsh_only_number_is_the_directorys_samaritans_welsh_line():
    samaritans = load_directory().service("samaritans")
    assert WELSH_ONLY_NUMBERS == {other.phone.replace(" ", "") for other in samaritans.other_phones}


def test_welsh_speakers_who_want_to_die_are_offered_samaritans_in_welsh():
    text = WELSH.responses["utter_self_harm"][0]["text"]
    assert "116 123" in text and "0808 164 0123" in text and "gwiriwch yr oriau" in text


def test_no_welsh_response_is_missing_from_the_domain():
    assert set(WELSH.responses) <= set(RESPONSES)


def test_every_phrase_the_actions_can_say_has_welsh():
    missing = sorted(phrase for phrase in english_phrases() if not WELSH.phrases.get(phrase))
    assert not missing, f"{len(missing)} phrases without Welsh, e.g. {missing[:3]} (scripts/welsh.py --missing)"


@pytest.mark.parametrize("english", sorted(english_phrases()))
def test_each_welsh_phrase_keeps_its_numbers_placeholders_and_addresses(english):
    cymraeg = WELSH.phrases.get(english) or ""
    assert sorted(_PLACEHOLDER.findall(cymraeg)) == sorted(_PLACEHOLDER.findall(english))
    assert numbers(cymraeg) == numbers(english)
    assert urls(cymraeg) == urls(english)


def test_say_is_english_unless_the_conversation_is_welsh():
    line = "If you're in danger now, call 999."
    assert say(None, line) == say("en", line) == line
    assert say("cy", line) != line and "999" in say("cy", line)
    assert say("cy", "a sentence nobody wrote") == "a sentence nobody wrote"  # never silence


def test_response_variants_fall_back_to_the_domain():
    assert response_variants("cy", "utter_danger", RESPONSES) == WELSH.responses["utter_danger"]
    assert response_variants(None, "utter_danger", RESPONSES) == RESPONSES["utter_danger"]
    assert response_variants("cy", "utter_nothing", {"utter_nothing": [{"text": "x"}]}) == [{"text": "x"}]


def tracker(**slots) -> Tracker:
    return Tracker("cy-test", slots, {"intent": {"name": "ask_helpline"}, "text": ""}, [], False, None, {}, None)


async def run(action_class, **slots):
    dispatcher = CollectingDispatcher()
    await action_class().run(dispatcher, tracker(**slots), DOMAIN)
    return dispatcher.messages


@pytest.mark.asyncio
async def test_helplines_in_welsh_carry_the_same_numbers_as_in_english():
    english = await run(ActionHelpline, nation="wales")
    cymraeg = await run(ActionHelpline, nation="wales", language="cy")
    en_text = "\n".join(m.get("text") or "" for m in english)
    cy_text = "\n".join(m.get("text") or "" for m in cymraeg)
    assert numbers(cy_text) == numbers(en_text) and "0808 80 10 800" in cy_text
    assert "These people can help" in en_text and "These people can help" not in cy_text
    assert say("cy", "If you're in danger now, call 999.") in cy_text


@pytest.mark.asyncio
async def test_a_welsh_handoff_card_says_which_language_to_draw_it_in():
    cards = [m["custom"] for m in await run(ActionHandoff, nation="wales", language="cy") if m.get("custom")]
    assert cards and all(card["language"] == "cy" for card in cards)
    assert all(card["service"]["hours"] == say("cy", card["service"]["hours"]) for card in cards)


@pytest.mark.asyncio
async def test_the_clares_law_guide_in_welsh_keeps_every_number_and_button():
    english = await run(ActionClaresLaw, nation="wales")
    cymraeg = await run(ActionClaresLaw, nation="wales", language="cy")
    assert [numbers(m.get("text")) for m in cymraeg] == [numbers(m.get("text")) for m in english]
    assert [[b["payload"] for b in m.get("buttons") or []] for m in cymraeg] == [
        [b["payload"] for b in m.get("buttons") or []] for m in english
    ]
    assert "You can apply" not in "\n".join(m.get("text") or "" for m in cymraeg)


def test_every_harbour_action_is_covered_by_the_phrase_scan():
    # A new action module must be added to scripts/welsh.py's SOURCES (it globs actions/*.py).
    assert all(cls.__module__.startswith("actions.") for cls in HarbourAction.__subclasses__())
