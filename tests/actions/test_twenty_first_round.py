"""Answers from the twenty-first session's blind sets: shame after telling what was done; a third person's age after the
scheme; "will he find out" after the scheme for a friend; the older people's line asked for at night after Samaritans;
a letter asked about a turn after the scheme; someone a notice or order was made against asking to contact her or to
fight it; a father pressing a refuge refusal with "so im just never seeing my kids"; an address asked just after the
refuge answer; stalking and "what do i actually do"; a description with "24/7" in it after the lines."""
import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.fallback import ActionNotUnderstood
from actions.guidance import ActionGuidance
from actions.helplines import ActionHelpline
from actions.refusals import ActionRefuse
from actions.small_talk import ActionSmallTalk
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker
from tests.actions.test_twentieth_round import _with_route

RESPECT = "0808 802 4040"


@pytest.mark.asyncio
async def test_shame_after_telling_what_was_done_is_not_their_fault_and_never_respect():
    body = await reply(ActionNotUnderstood, tracker("i feel disgusting", "nlu_fallback", after("describe_sexual_abuse", "action_abuse_answer")))
    assert "not your fault" in body and "0808 2000 247" in body and RESPECT not in body


@pytest.mark.asyncio
async def test_a_third_persons_age_after_the_scheme_is_16_or_over():
    body = await reply(ActionNotUnderstood, tracker("shes 17 is that ok", "nlu_fallback", after("clares_law_someone_else", "action_clares_law"),
                                                     topic="clares_law", asker="someone_else", nation="northern_ireland"))
    assert "16 or over" in body and "DVADS" in body and "understood" not in body


@pytest.mark.asyncio
async def test_will_he_find_out_after_the_scheme_is_its_confidentiality():
    body = await reply(ActionSmallTalk, tracker("she dont even know im doing this lol. will he find out", "ask_privacy",
                                                 after("clares_law_someone_else", "action_clares_law"), topic="clares_law", asker="someone_else"))
    assert "confidential" in body and "utter_privacy" not in body


@pytest.mark.asyncio
async def test_will_he_find_out_with_no_scheme_before_is_the_privacy_answer():
    body = await reply(ActionSmallTalk, tracker("will he find out", "ask_privacy", after("ask_helpline", "action_helpline"), topic="helpline"))
    assert "utter_privacy" in body


@pytest.mark.asyncio
async def test_the_older_peoples_line_asked_for_after_samaritans():
    earlier = _with_route("self_harm", "self_harm", "action_self_harm")
    body = await reply(ActionHelpline, tracker("can i ring the older peoples one at night", "ask_helpline", earlier, age_group="older", route="self_harm"))
    assert "0808 808 8141" in body


@pytest.mark.asyncio
async def test_a_letter_asked_about_a_turn_after_the_scheme():
    earlier = after("clares_law_confidentiality", "action_guidance") + after("worried_about_someone", "action_abuse_answer")[1:]
    body = await reply(ActionNotUnderstood, tracker("did they not send her a letter about it or owt", "nlu_fallback", earlier,
                                                     topic="helpline", asker="someone_else"))
    assert "never in writing" in body and "understood" not in body


@pytest.mark.asyncio
@pytest.mark.parametrize("text", ["can i text her to say sorry", "how do i fight it then", "can i go round and explain my side"])
async def test_an_order_made_against_someone(text):
    body = await reply(ActionGuidance, tracker(text, "ask_protective_order", _with_route("own_behaviour", "ask_protective_order", "action_guidance"),
                                               topic="orders", route="own_behaviour"))
    assert "arrest" in body and "solicitor" in body and RESPECT in body


@pytest.mark.asyncio
async def test_a_locate_refusal_pressed_with_never_seeing_my_kids():
    body = await reply(ActionNotUnderstood, tracker("so im just never seeing my kids then", "nlu_fallback", after("ask_locate_person", "action_refuse")))
    assert "solicitor" in body and RESPECT in body


@pytest.mark.asyncio
async def test_an_address_asked_just_after_the_refuge_answer_is_not_a_whereabouts_refusal():
    body = await reply(ActionRefuse, tracker("jyst deud lle mae hi plis", "ask_locate_person", after("ask_refuge", "action_guidance"),
                                             topic="refuge", nation="wales", language="cy"))
    assert "0808 80 10 800" in body


@pytest.mark.asyncio
async def test_what_do_i_actually_do_after_stalking_keeps_a_log():
    body = await reply(ActionNotUnderstood, tracker("ok so what do i actually do", "nlu_fallback", after("describe_stalking", "action_abuse_answer")))
    assert "utter_stalking" in body  # (its text: "Keep a dated log of every incident")


@pytest.mark.asyncio
async def test_a_description_with_24_7_in_it_is_not_an_hours_question():
    body = await reply(ActionAbuseAnswer, tracker("he makes her share her location 24/7 and goes mad if she turns it off", "describe_tech_abuse",
                                                  after("ask_helpline", "action_helpline"), topic="helpline", asker="someone_else"))
    assert "When each line is open" not in body


@pytest.mark.asyncio
async def test_not_wanting_to_ring_anyone_after_samaritans_gets_their_other_ways():
    earlier = _with_route("self_harm", "self_harm", "action_self_harm")
    body = await reply(ActionHelpline, tracker("i dont wanna ring anyone tbh", "ask_helpline", earlier, route="self_harm"))
    assert "jo@samaritans.org" in body


@pytest.mark.asyncio
async def test_whether_it_is_abuse_after_samaritans_is_answered():
    earlier = _with_route("self_harm", "self_harm", "action_self_harm")
    body = await reply(ActionAbuseAnswer, tracker("im not gonna do anything tonight. but is what hes doing actually abuse", "ask_is_this_abuse",
                                                  earlier, route="self_harm"))
    assert "utter_self_harm" not in body


@pytest.mark.asyncio
async def test_a_man_asking_if_ask_for_ani_works_for_men_gets_it_again():
    body = await reply(ActionNotUnderstood, tracker("im a man in a wheelchair, does it work for men", "nlu_fallback",
                                                     after("ask_for_ani", "action_guidance"), topic="ani", gender="man"))
    assert "ANI" in body and "understood" not in body


@pytest.mark.asyncio
async def test_a_man_asking_if_the_scheme_is_for_him():
    body = await reply(ActionNotUnderstood, tracker("im a man too, does that matter for it", "nlu_fallback",
                                                     after("ask_clares_law", "action_clares_law"), topic="clares_law", gender="man"))
    assert "any gender" in body and "understood" not in body


@pytest.mark.asyncio
async def test_the_wee_one_ringing_someone_himself_is_childline():
    body = await reply(ActionNotUnderstood, tracker("can the wee one ring someone himself", "nlu_fallback", after("ask_children", "action_guidance"),
                                                     topic="children"))
    assert "0800 1111" in body
