"""Issue 13: somewhere safe to stay, the police, protective orders, Ask for ANI, immigration,
children, deaf access, Clare's Law confidentiality and the law where the person lives.

Each test runs the real action on the real domain and services directory and checks the reply
carries the sourced fact (and the old wrong answer can't come back)."""
from datetime import datetime, timezone

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.abuse_check import ActionAbuseAnswer
from actions.base import HarbourAction
from actions.clares_law import ActionClaresLaw
from actions.guidance import ActionGuidance
from actions.guidance_points import INTENT_GUIDANCE
from actions.helplines import ActionHelpline
from harbour.services import load_directory
from harbour.vocab import GUIDANCE
from tests.actions.conftest import DOMAIN

SATURDAY_NIGHT = datetime(2026, 11, 21, 23, 30, tzinfo=timezone.utc)
DIRECTORY = load_directory()


def tracker(intent: str, text: str, **slots) -> Tracker:
    return Tracker(
        sender_id="test",
        slots=dict(slots),
        latest_message={"intent": {"name": intent, "confidence": 0.9}, "text": text, "entities": []},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name=None,
    )


async def reply(monkeypatch, action_class, intent: str, text: str, **slots) -> str:
    monkeypatch.setattr(HarbourAction, "clock", staticmethod(lambda: SATURDAY_NIGHT))
    dispatcher = CollectingDispatcher()
    await action_class().run(dispatcher, tracker(intent, text, **slots), DOMAIN)
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


def test_every_guidance_entry_has_sources_and_a_checked_date_and_no_pending_text():
    assert set(DIRECTORY.guidance) == set(GUIDANCE)
    for key, entry in DIRECTORY.guidance.items():
        assert entry.sources and entry.checked, key
        assert entry.points or entry.by_nation, key
        assert not any("PENDING" in note for note in entry.notes), key
    used = {key for keys in INTENT_GUIDANCE.values() for key in keys}
    assert used | {"text_access", "law_scotland", "law_northern_ireland"} == set(GUIDANCE)


@pytest.mark.asyncio
async def test_refuge_gives_the_helpline_that_finds_space_children_and_pets(monkeypatch):
    body = await reply(monkeypatch, ActionGuidance, "ask_refuge", "ive got nowhere to go, is there a refuge")
    assert "National Domestic Abuse Helpline helps women find a space in a refuge" in body
    assert "0808 2000 247" in body and "take them with you" in body and "Dogs Trust" in body
    assert '"priority need"' in body and "any council" in body
    assert "999" in body


@pytest.mark.asyncio
async def test_refuge_in_scotland_gives_scotlands_route_not_englands_priority_need(monkeypatch):
    body = await reply(monkeypatch, ActionGuidance, "ask_refuge", "where can i stay", nation="scotland")
    assert "0800 027 1234" in body and "Women's Aid groups" in body
    assert "priority need" not in body  # the 2021 Act's priority need is England's law
    assert "emergency accommodation" in body


@pytest.mark.asyncio
async def test_police_report_gives_101_online_and_what_happens(monkeypatch):
    body = await reply(monkeypatch, ActionGuidance, "ask_report_police", "how do i report him, its not an emergency")
    assert "101" in body and "online" in body and "risk assessment" in body and "18001 101" in body
    assert "Victim Support" in body and "08 08 16 89 111" in body
    scotland = await reply(monkeypatch, ActionGuidance, "ask_report_police", "how do i report", nation="scotland")
    assert "only for abuse that is not ongoing" in scotland and "female or male officer" in scotland


@pytest.mark.asyncio
async def test_a_non_molestation_order_is_answered_as_an_order_not_clares_law(monkeypatch):
    body = await reply(monkeypatch, ActionGuidance, "ask_protective_order", "how do i get a non molestation order")
    assert "non-molestation order" in body and "FL401" in body and "no court fee" in body and "CourtNav" in body
    assert "not legal advice" in body
    assert "Clare's Law" not in body and "Right to Ask" not in body
    first = await reply(monkeypatch, ActionGuidance, "ask_protective_order", "what is a dvpo")
    assert first.index("DVPO") < first.index("non-molestation")  # what was asked comes first


@pytest.mark.asyncio
async def test_orders_in_northern_ireland_are_not_given_as_englands_law(monkeypatch):
    body = await reply(monkeypatch, ActionGuidance, "ask_protective_order", "restraining order", nation="northern_ireland")
    assert "FL401" not in body and "DVPO" not in body
    assert "In Northern Ireland it's different" in body and "0808 802 1414" in body


@pytest.mark.asyncio
async def test_ask_for_ani(monkeypatch):
    body = await reply(monkeypatch, ActionGuidance, "ask_for_ani", "is there a codeword at the chemist")
    assert "Ask for ANI" in body and "pharmac" in body and "private room" in body and "999" in body
    assert "Ask for Angela is different" in body


@pytest.mark.asyncio
async def test_immigration_threats_named_and_the_concession_and_advice(monkeypatch):
    body = await reply(monkeypatch, ActionGuidance, "ask_immigration", "he says he'll get me deported")
    assert "it is abuse" in body and "Migrant Victims of Domestic Abuse Concession" in body
    assert "Southall Black Sisters" in body and "020 8571 9595" in body
    assert "£" not in body  # fees change: a waiver is mentioned, never an amount


@pytest.mark.asyncio
async def test_children_are_victims_in_their_own_right_and_a_parent_gets_the_nspcc(monkeypatch):
    body = await reply(monkeypatch, ActionGuidance, "ask_children", "my kids saw him hit me")
    assert "victims of it in their own right" in body
    assert "Childline" in body and "0800 1111" in body and "NSPCC Helpline" in body and "0808 800 5000" in body


@pytest.mark.asyncio
async def test_clares_law_confidentiality_answers_each_question_first(monkeypatch):
    letter = await reply(monkeypatch, ActionGuidance, "clares_law_confidentiality", "will he get a letter")
    assert letter.startswith("Under Clare's Law") and "never in writing" in letter.split("\n")[1]
    confront = await reply(monkeypatch, ActionGuidance, "clares_law_confidentiality", "can i confront him with it")
    assert "don't confront" in confront.split("\n")[1]
    find_out = await reply(monkeypatch, ActionGuidance, "clares_law_confidentiality", "will he find out i asked")
    assert "I can't promise you whether the person will be told" in find_out.split("\n")[1]
    for body in (letter, confront, find_out):
        assert "won't find out" not in body and "will never know" not in body  # never a guess


@pytest.mark.asyncio
async def test_a_deaf_person_asking_for_a_line_gets_text_routes_first(monkeypatch):
    body = await reply(monkeypatch, ActionHelpline, "ask_helpline", "im deaf who can i contact", access="text_only")
    assert body.startswith("You can get help without a voice call")
    assert body.index("register") < body.index("These people can help")
    assert "999 BSL" in body and "18000" in body and "SignVideo" in body


@pytest.mark.asyncio
async def test_scotland_gets_scotlands_law_and_no_strangulation_offence(monkeypatch):
    body = await reply(
        monkeypatch, ActionAbuseAnswer, "describe_physical_abuse", "he strangled me last week", nation="scotland"
    )
    assert "Domestic Abuse (Scotland) Act 2018" in body
    assert "Domestic Abuse Act 2021" not in body and "offence in itself" not in body
    assert "warning sign" not in body  # (not in FACTS)
    england = await reply(monkeypatch, ActionAbuseAnswer, "describe_physical_abuse", "he strangled me last week")
    assert "Domestic Abuse Act 2021" in england and "In England and Wales strangling or choking someone is an offence in itself" in england


@pytest.mark.asyncio
async def test_under_16s_get_childline_not_only_the_age_limit(monkeypatch):
    clares = await reply(monkeypatch, ActionClaresLaw, "ask_clares_law", "im 15 can i do clares law", age_group="child")
    assert "16 or over" in clares and "0800 1111" in clares
    abuse = await reply(
        monkeypatch, ActionAbuseAnswer, "describe_physical_abuse", "my boyfriend hits me im 14", age_group="child"
    )
    assert "0800 1111" in abuse



@pytest.mark.asyncio
async def test_a_relative_describing_abuse_hears_it_named_about_the_person_not_about_them(monkeypatch):
    body = await reply(
        monkeypatch, ActionAbuseAnswer, "worried_about_someone",
        "my daughters 16 and her boyfriend checks her phone, tells her what to wear", asker="someone_else",
    )
    assert body.startswith("It's good that you're looking out for them")
    assert "controlling or coercive behaviour" in body and "It isn't their fault" in body
    assert "It isn't your fault" not in body  # the person typing isn't the one being hurt
    assert "0808 2000 247" in body


@pytest.mark.asyncio
async def test_an_unclear_follow_up_after_guidance_is_answered_from_it(monkeypatch):
    from actions.fallback import ActionNotUnderstood
    from actions.follow_up import ActionFollowUp

    monkeypatch.setattr(HarbourAction, "clock", staticmethod(lambda: SATURDAY_NIGHT))
    events = [
        {"event": "user", "text": "how do i get a non molestation order", "parse_data": {"intent": {"name": "ask_protective_order"}}},
        {"event": "action", "name": "action_guidance"},
        {"event": "user", "text": "how much does it cost", "parse_data": {"intent": {"name": "nlu_fallback"}}},
    ]
    tracker = Tracker("t", {"topic": "orders"}, {"intent": {"name": "nlu_fallback"}, "text": "how much does it cost"},
                      events, False, None, {}, None)
    dispatcher = CollectingDispatcher()
    await ActionNotUnderstood().run(dispatcher, tracker, DOMAIN)
    body = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert "no court fee" in body and "didn't quite understand" not in body
    # Saying where they live after a guidance answer tailors that answer, not just the lines.
    derry = Tracker("t", {"topic": "refuge", "nation": "northern_ireland"}, {"intent": {"name": "inform"}, "text": "derry"},
                    [], False, None, {}, None)
    dispatcher = CollectingDispatcher()
    await ActionFollowUp().run(dispatcher, derry, DOMAIN)
    body = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert "somewhere safe that night" in body and "0808 802 1414" in body


@pytest.mark.asyncio
async def test_someone_who_doesnt_want_the_police_hears_first_that_they_dont_have_to(monkeypatch):
    body = await reply(monkeypatch, ActionGuidance, "ask_report_police", "i dont want to go to police over it")
    assert body.startswith("You don't have to report to the police to get support")
    assert "101" in body  # the rest still follows
