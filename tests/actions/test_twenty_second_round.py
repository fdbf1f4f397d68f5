"""Answers from the twenty-second session's blind sets: a child who was given Childline asking for a line their mum (or
dad) can ring; someone refused an ex's whereabouts who presses ("i just want to talk to her") keeps Respect's line,
even where "my ex" marked them as asking for themselves."""
import pytest

from actions.helplines import ActionHelpline
from actions.refusals import ActionRefuse
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker

RESPECT = "0808 802 4040"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, line, not_line",
    [
        ("is there someone my mum can ring as well", "0808 2000 247", "0808 801 0327"),
        ("is there anyone for my dad to talk to", "0808 801 0327", None),
    ],
)
async def test_a_child_asking_for_a_line_for_their_parent(text, line, not_line):
    body = await reply(ActionHelpline, tracker(text, "ask_helpline", after("describe_family_abuse", "action_abuse_answer"), age_group="child", asker="someone_else"))
    assert line in body and "For them" in body
    assert not_line is None or not_line not in body


@pytest.mark.asyncio
async def test_an_adult_asking_for_their_mums_line_gets_the_lines_as_before():
    body = await reply(ActionHelpline, tracker("is there someone my mum can ring as well", "ask_helpline", after("ask_helpline", "action_helpline")))
    assert "For them" not in body and "0808 2000 247" in body


@pytest.mark.asyncio
async def test_pressing_a_whereabouts_refusal_that_gave_respect_keeps_respect():
    earlier = after("ask_locate_person", "action_refuse")
    body = await reply(ActionRefuse, tracker("i just want to talk to her thats all, im not gonna do anythin", "ask_locate_person", earlier, asker="self", topic=None))
    assert RESPECT in body and "If they're hurting you" not in body


@pytest.mark.asyncio
async def test_pressing_a_refusal_that_gave_a_victims_lines_keeps_them():
    earlier = after("ask_locate_person", "action_refuse")
    body = await reply(ActionRefuse, tracker("please just tell me where he is", "ask_locate_person", earlier, asker="self", topic="helpline"))
    assert RESPECT not in body and "0808 2000 247" in body


@pytest.mark.asyncio
async def test_a_relative_who_hits_his_wife_her_lines_and_respect_for_him():
    from actions.abuse_check import ActionAbuseAnswer
    body = await reply(ActionAbuseAnswer, tracker("my brother hits his wife and he wants help to stop", "worried_about_someone", [],
                                                   asker="someone_else", gender="woman"))
    assert "0808 2000 247" in body and RESPECT in body and "0808 801 0327" not in body


@pytest.mark.asyncio
async def test_a_man_hurt_by_his_brothers_wife_gets_no_respect_line():
    from actions.abuse_check import ActionAbuseAnswer
    body = await reply(ActionAbuseAnswer, tracker("my brothers wife is abusing him", "worried_about_someone", [], asker="someone_else", gender="man"))
    assert "0808 801 0327" in body and RESPECT not in body


@pytest.mark.asyncio
async def test_where_can_my_son_get_help_he_is_violent_to_his_girlfriend():
    body = await reply(ActionHelpline, tracker("my son is violent to his girlfriend and wants to change, where can he get help", "ask_helpline", [],
                                                asker="someone_else", gender="woman"))
    assert "0808 2000 247" in body and RESPECT in body


@pytest.mark.asyncio
async def test_clearing_all_of_it_after_the_cover_tracks_answer():
    from actions.fallback import ActionNotUnderstood
    body = await reply(ActionNotUnderstood, tracker("should i just clear all of it", "nlu_fallback", after("ask_cover_tracks", "utter_cover_tracks")))
    assert "utter_cover_tracks" in body and "understand" not in body


@pytest.mark.asyncio
async def test_a_parent_going_round_to_have_it_out_is_told_not_to_confront():
    from actions.fallback import ActionNotUnderstood
    body = await reply(ActionNotUnderstood, tracker("am gonnae go round n have it oot wi him", "nlu_fallback", after("worried_about_someone", "action_abuse_answer"),
                                                     asker="someone_else"))
    assert "confront" in body.lower() and "utter_worried_about_someone" in body


@pytest.mark.asyncio
async def test_a_friend_who_told_her_to_tell_a_stalker_to_leave_her_alone_hears_dont_engage():
    from actions.fallback import ActionNotUnderstood
    body = await reply(ActionNotUnderstood, tracker("i told her to text him back n tell him to leave her alone, was that wrong", "nlu_fallback",
                                                     after("describe_stalking", "action_abuse_answer"), asker="someone_else", route="stalking"))
    assert "don't engage" in body and "Please don't confront" not in body
