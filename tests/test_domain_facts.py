"""Numbers in domain.yml (kept there so they survive a dead action server) match the directory."""
import re
from pathlib import Path

import yaml

from harbour.services import load_directory
from tests.facts import FACTS

ROOT = Path(__file__).resolve().parents[1]
NUMBER = re.compile(r"(?<![\w/])(?:0\d{2,4}(?: \d{2,4}){1,3}|116 123|999|55|101)(?![\w/])")


def domain_texts():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    for name, variations in domain["responses"].items():
        for variation in variations:
            yield name, variation.get("text", "")


def directory_numbers():
    directory = load_directory()
    numbers = set()
    for service in directory.services:
        numbers.update(n for n in (service.phone, service.text) if n)
        numbers.update(other.phone for other in service.other_phones)
    for emergency in directory.emergency.values():
        if emergency.phone:
            numbers.add(emergency.phone)
        for text in (emergency.summary, emergency.mobile, emergency.landline):
            numbers.update(NUMBER.findall(text or ""))
    return numbers


def test_every_number_in_the_domain_is_in_the_services_directory():
    known = directory_numbers()
    found = {(name, number) for name, text in domain_texts() for number in NUMBER.findall(text)}
    assert found, "the domain should carry the safety numbers"
    unknown = {(name, number) for name, number in found if number not in known}
    assert not unknown, f"numbers in domain.yml missing from services.yml: {sorted(unknown)}"


def test_safety_responses_carry_999_55_and_samaritans():
    texts = dict(domain_texts())
    assert "call 999" in texts["utter_danger"] and "press 55" in texts["utter_danger"]
    assert "116 123" in texts["utter_self_harm"]
    assert "999" in texts["utter_safety_fallback"] and "0808 2000 247" in texts["utter_safety_fallback"]


def test_every_danger_variation_also_carries_samaritans():
    """A message can hold danger and self-harm at once; the danger answer wins, so it carries both."""
    variations = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]["utter_danger"]
    # one per nation (England the default) and one for people who can't make a voice call
    assert len(variations) == 5
    for variation in variations:
        assert "press 55" in variation["text"] and "116 123" in variation["text"], variation


def test_domain_numbers_appear_in_facts():
    if not FACTS.is_file():
        import pytest

        pytest.skip(f"{FACTS} is not beside this checkout")
    facts = FACTS.read_text(encoding="utf-8")
    for name, text in domain_texts():
        for number in NUMBER.findall(text):
            assert number in facts, (name, number)


def test_no_response_asks_for_names_or_addresses():
    asking = re.compile(r"\b(what is|what's|tell me|give me|share) (your|their|his|her) (name|address|postcode)", re.I)
    for name, text in domain_texts():
        assert not asking.search(text), name


def test_no_response_suggests_confronting_or_couples_counselling():
    bad = re.compile(r"couples? counsell|mediation|confront (him|her|them)\b(?! is)", re.I)
    for name, text in domain_texts():
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if bad.search(sentence):
                assert re.search(r"\b(never|don't|do not|not)\b", sentence, re.I), (name, sentence)


def test_a_deaf_person_in_danger_gets_text_and_bsl_routes_first():
    """Issue 13: "I'm deaf so I can't call, he's hitting me" must not get voice-only advice. The
    nation variants require the access slot to be empty, so Rasa can only choose the text one."""
    variations = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]["utter_danger"]
    text_only = [v for v in variations if {"type": "slot", "name": "access", "value": "text_only"} in (v.get("condition") or [])]
    assert len(text_only) == 1
    text = text_only[0]["text"]
    for route in ("emergencySMS", "999 BSL", "18000", "SignVideo"):
        assert route in text, route
    assert text.index("emergencySMS") < text.index("press 55")
    for variation in variations:
        conditions = variation.get("condition") or []
        if any(c["name"] == "nation" for c in conditions):
            assert {"type": "slot", "name": "access", "value": None} in conditions, variation["text"][:60]
