"""Helpline routing and human handoff, as a person sees them."""
import pytest

from actions.helplines import ActionHandoff, ActionHelpline
from tests.actions.conftest import SATURDAY_NIGHT, TUESDAY_MORNING


def texts(messages):
    return "\n".join(m.get("text") or "" for m in messages)


@pytest.mark.asyncio
async def test_unknown_person_gets_the_24h_national_line_and_choices(run_action):
    events, messages = await run_action(ActionHelpline, "nothing_known")
    assert events == [{"event": "slot", "timestamp": None, "name": "topic", "value": "helpline"}]
    body = texts(messages)
    assert "0808 2000 247" in body
    # Nothing known about the person: the lines for some people are named with their numbers.
    assert "0808 801 0327" in body and "0800 999 5428" in body and "0800 1111" in body
    assert "may share information" in body  # what "confidential" means, said plainly
    assert "Wales, Scotland or Northern Ireland" in body
    assert any(m.get("buttons") for m in messages)
    assert messages[-1]["text"] == "If you're in danger now, call 999."


@pytest.mark.asyncio
async def test_man_on_saturday_night_gets_mens_line_and_a_24h_option(run_action):
    _, messages = await run_action(ActionHelpline, "man_in_england", SATURDAY_NIGHT)
    body = texts(messages)
    assert "0808 801 0327" in body  # Men's Advice Line
    assert "can't confirm their current hours" in body  # hours unverified: said plainly
    assert "day and night" in body  # a 24/7 line is always offered when one may be closed
    assert "0808 2000 247" not in body  # the national helpline is run for women


@pytest.mark.asyncio
async def test_scotland_gets_scotlands_24h_line(run_action):
    _, messages = await run_action(ActionHelpline, "someone_in_scotland", TUESDAY_MORNING)
    assert "0800 027 1234" in texts(messages)


@pytest.mark.asyncio
async def test_handoff_sends_a_card_and_says_it_is_a_bot(run_action):
    _, messages = await run_action(ActionHandoff, "man_in_england", TUESDAY_MORNING)
    assert "automated helper" in messages[0]["text"]
    cards = [m["custom"] for m in messages if m.get("custom")]
    assert cards and cards[0]["type"] == "handoff"
    assert cards[0]["service"]["tel"] == "+448088010327"
    assert cards[0]["service"]["status"] == "unknown"


@pytest.mark.asyncio
async def test_each_helpline_block_names_its_service_for_the_statistics(run_action):
    """Only a known service id travels with the text (the statistics keep it, channels ignore it)."""
    from actions.base import SERVICE_MARK, directory

    known = {service.id for service in directory().services}
    _, messages = await run_action(ActionHelpline, "man_in_england", SATURDAY_NIGHT)
    marked = [m for m in messages if m.get(SERVICE_MARK)]
    assert [m[SERVICE_MARK] for m in marked][:1] == ["mens_advice_line"]
    assert all(m[SERVICE_MARK] in known for m in marked)
    assert all(directory().service(m[SERVICE_MARK]).name in m["text"] for m in marked)  # its own block
    assert not [m for m in messages if SERVICE_MARK in m and not m[SERVICE_MARK]]

    _, handoff = await run_action(ActionHandoff, "man_in_england", TUESDAY_MORNING)
    assert [m[SERVICE_MARK] for m in handoff if m.get(SERVICE_MARK)]  # text blocks under the cards too


@pytest.mark.asyncio
@pytest.mark.parametrize("text, named, lang", [
    ("i took my girlfriends bank card off her so she stops wastin money. is that bad", "economic abuse", None),
    ("my partner says im emotionally abusive cos i call her names when we row", "emotional abuse", None),
    ("nes i gymryd ei cherdyn banc hi a dw i'n galw enwau arni", "cam-drin economaidd", "cy"),
])
async def test_someone_harming_hears_what_they_described_named_before_the_line(text, named, lang):
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher
    from tests.actions.conftest import DOMAIN

    latest = {"text": text, "intent": {"name": "worried_own_behaviour", "confidence": 0.9}, "entities": []}
    tracker = Tracker("t", {"route": "own_behaviour", "language": lang}, latest, [], False, None, {}, None)
    dispatcher = CollectingDispatcher()
    await ActionHelpline().run(dispatcher, tracker, DOMAIN)
    body = texts(dispatcher.messages)
    assert named in body and "0808 802 4040" in body
    assert body.index(named) < body.index("0808 802 4040")
    # Someone describing what is done to them never gets this line (their answer names it already).
    latest["intent"]["name"] = "ask_helpline"
    dispatcher = CollectingDispatcher()
    await ActionHelpline().run(dispatcher, tracker, DOMAIN)
    assert named not in texts(dispatcher.messages)
