"""Clare's Law guide, the abuse reflection and the not-understood fallback."""
import pytest

from actions.abuse_check import NO_SIGNS, SOME_SIGNS, ActionAbuseCheckResult
from actions.clares_law import ActionClaresLawGuide
from actions.fallback import ActionNotUnderstood


def texts(messages):
    return "\n".join(m.get("text") or "" for m in messages)


@pytest.mark.asyncio
async def test_clares_law_for_a_friend_in_northern_ireland(run_action):
    events, messages = await run_action(ActionClaresLawGuide, "clares_law_belfast_for_friend")
    body = texts(messages)
    assert "Northern Ireland" in body and "DVADS" in body
    assert "28 days" not in body  # England & Wales timescale must not leak into NI
    # The guide names its nation for the statistics (channels ignore the mark).
    assert [m["harbour_scheme"] for m in messages if m.get("harbour_scheme")] == ["northern_ireland"]
    assert events == [{"event": "slot", "timestamp": None, "name": "asker", "value": None}]


@pytest.mark.asyncio
async def test_clares_law_in_england_gives_101_and_28_days(run_action):
    _, messages = await run_action(ActionClaresLawGuide, "clares_law_england_self")
    body = texts(messages)
    assert "101" in body and "28 days" in body
    assert [m["harbour_scheme"] for m in messages if m.get("harbour_scheme")] == ["england"]
    assert "doesn't either" in body  # never "no disclosure means safe"


@pytest.mark.asyncio
async def test_reflection_with_some_yes_answers(run_action):
    events, messages = await run_action(ActionAbuseCheckResult, "check_two_yes")
    assert messages[0]["text"] == SOME_SIGNS
    assert "0808 2000 247" in texts(messages)
    assert {e["name"] for e in events} == {"check_afraid", "check_control", "check_hurt"}


@pytest.mark.asyncio
async def test_reflection_with_no_yes_answers_still_offers_help(run_action):
    _, messages = await run_action(ActionAbuseCheckResult, "check_all_no")
    assert messages[0]["text"] == NO_SIGNS
    assert "0808 2000 247" in texts(messages)


@pytest.mark.asyncio
async def test_first_misunderstanding_asks_to_rephrase(run_action):
    _, messages = await run_action(ActionNotUnderstood, "one_misunderstanding")
    assert "put it another way" in messages[0]["text"]
    assert not any(m.get("custom") for m in messages)


@pytest.mark.asyncio
async def test_second_misunderstanding_hands_off(run_action):
    _, messages = await run_action(ActionNotUnderstood, "two_misunderstandings")
    assert any(m.get("custom", {}).get("type") == "handoff" for m in messages)
