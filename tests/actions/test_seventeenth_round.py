"""Answers from the seventeenth session's blind sets: follow-ups the classifier reads as small talk ("does it cost
anything" after the orders, "what do i press" after the danger answer) answered as follow-ups; a young person asking
that nothing be told given Childline; the refuge's answer about children; a friend planning to confront told not to;
the lines for the partner of someone who harms; the routes without a voice call in an emergency; a refusal that
helps the one asking when they are the one targeted; Samaritans again for "i deserve it"."""
import pytest

from actions.fallback import ActionNotUnderstood
from actions.guidance import ActionGuidance
from actions.refusals import ActionRefuse
from actions.small_talk import ActionSmallTalk
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "earlier, intent, slots, text, said, not_said",
    [
        (after("ask_protective_order", "action_guidance"), "ask_capabilities", {"topic": "orders"}, "does it cost anything", ["no court fee"], ["utter_capabilities"]),
        (after("danger_now", "action_after_safety"), "ask_capabilities", {}, "what do i press", ["55"], ["utter_capabilities"]),
        (after("ask_helpline", "action_helpline"), "thank", {"topic": "helpline"}, "cheers. are they open now", ["When each line is open"], ["utter_thank"]),
        # not a follow-up: the fixed answer
        ([], "ask_capabilities", {}, "what can you do", ["utter_capabilities"], []),
        ([], "thank", {}, "thank you", ["utter_thank"], []),
        ([], "ask_privacy", {}, "do you save this conversation", ["utter_privacy"], ["Childline"]),
        # a young person asking that no one be told: nothing is kept, and Childline
        ([], "ask_privacy", {"age_group": "child"}, "pls dont tell my mum", ["utter_privacy", "Childline", "0800 1111"], []),
        # what is kept, and a person to talk to where they live
        ([], "ask_privacy", {"nation": "northern_ireland"}, "do u save any of this? and is there someone real i can talk to in NI", ["utter_privacy", "0808 802 1414"], []),
    ],
)
async def test_small_talk_reads_a_follow_up_first(earlier, intent, slots, text, said, not_said):
    body = await reply(ActionSmallTalk, tracker(text, intent, earlier, **slots))
    assert all(words in body for words in said), body
    assert not any(words in body for words in not_said), body


@pytest.mark.asyncio
async def test_children_can_come_to_a_refuge():
    body = await reply(ActionGuidance, tracker("and my two boys, can they come with me now or what", "clares_law_process",
                                               after("ask_refuge", "action_guidance"), topic="refuge", nation="wales"))
    assert "take them with you" in body and "0808 80 10 800" in body and "Clare's Law" not in body


@pytest.mark.asyncio
async def test_a_friend_planning_to_confront_is_told_not_to():
    body = await reply(ActionNotUnderstood, tracker("should i go round n have it out with her", "nlu_fallback",
                                                    after("worried_about_someone", "action_abuse_answer"), asker="someone_else"))
    assert "Please don't confront" in body


@pytest.mark.asyncio
async def test_the_partner_of_someone_who_harms_gets_her_own_lines():
    body = await reply(ActionNotUnderstood, tracker("is there something for her as well", "nlu_fallback",
                                                    after("worried_own_behaviour", "action_helpline"), route="own_behaviour", nation="scotland"))
    assert "0800 027 1234" in body and "0808 802 4040" not in body


@pytest.mark.asyncio
async def test_an_emergency_without_a_voice_call():
    body = await reply(ActionNotUnderstood, tracker("what if its an emergency one day", "nlu_fallback",
                                                    after("ask_helpline", "action_helpline"), access="text_only", topic="helpline"))
    assert "text 999" in body and "register" in body


@pytest.mark.asyncio
async def test_someone_targeted_online_is_refused_but_helped():
    body = await reply(ActionRefuse, tracker("can u get into my exs instagram? i think hes posting stuff about me", "ask_monitor_someone", []))
    assert "I can't help" in body and "0808 2000 247" in body and "0808 802 4040" not in body


@pytest.mark.asyncio
async def test_i_deserve_it_after_samaritans_is_samaritans_again():
    body = await reply(ActionNotUnderstood, tracker("i deserve it for how i treated her", "nlu_fallback", after("self_harm", "action_after_safety")))
    assert "116 123" in body


@pytest.mark.asyncio
async def test_a_partner_asking_for_the_refuge_she_is_in_is_refused_not_offered_a_space():
    body = await reply(ActionRefuse, tracker("whats the address of the refuge my wife is at, can i go see her", "ask_locate_person", []))
    assert "I can't help find where someone is" in body and "A helpline can help you find a space" not in body
    # someone who needs a refuge themselves is still told who finds them a space
    body = await reply(ActionRefuse, tracker("whats the address of the refuge in hull, i need to go there tonight", "ask_locate_person", []))
    assert "A helpline can help you find a space" in body
