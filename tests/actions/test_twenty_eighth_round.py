"""Answers from the twenty-eighth session's blind sets: "my fella keeps tellin me im useless and nobody would even notice
if i was gone" given Samaritans and the lines without naming emotional abuse; "be sy'n digwydd ar ol i fi neud o? fydd
o'n cael gwbod mai fi nath ofyn?" given only one of its two answers; "want to report my ex for the messages... do i need
to keep them as evidence" not told how to report; "is it confidential tho", just after Respect's line, answered only
about Harbour; "can my mate find out if her ex has been violent before" told it "sounds like physical abuse"."""
import pytest

from actions.clares_law import ActionClaresLaw
from actions.guidance import ActionGuidance
from actions.in_context import answer_in_context
from actions.small_talk import ActionSmallTalk
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker

RESPECT = "0808 802 4040"


@pytest.mark.asyncio
async def test_two_questions_about_the_scheme_get_both_answers():
    body = await reply(ActionGuidance, tracker("be sy'n digwydd ar ol i fi neud o? fydd o'n cael gwbod mai fi nath ofyn?", "clares_law_confidentiality", []))
    assert "utter_clares_law_process" in body and "in person" in body
    one = await reply(ActionGuidance, tracker("will he find out i asked", "clares_law_confidentiality", []))
    assert "utter_clares_law_process" not in one
    steps = await reply(ActionGuidance, tracker("what happens after i apply, will he be told it was me", "clares_law_process", []))
    assert "utter_clares_law_process" in steps and "in person" in steps


@pytest.mark.asyncio
async def test_is_it_confidential_just_after_respects_line_answers_for_the_line():
    body = await reply(ActionSmallTalk, tracker("is it confidential tho, dont want the polis at my door", "ask_privacy",
                                                after("worried_own_behaviour", "action_helpline"), route="own_behaviour", nation="scotland"))
    assert "Yes, the line is confidential" in body and RESPECT in body
    alone = await reply(ActionSmallTalk, tracker("do you keep what i type", "ask_privacy", []))
    assert "Yes, the line is confidential" not in alone


@pytest.mark.asyncio
async def test_a_friend_asking_about_his_past_is_not_told_what_it_sounds_like():
    body = await reply(ActionClaresLaw, tracker("can my mate find out if her ex has been violent before? she lives in shrewsbury", "clares_law_someone_else", [],
                                                asker="someone_else", nation="england"))
    assert "sounds like" not in body and "Clare's Law" in body
    told = await reply(ActionClaresLaw, tracker("my mates boyfriend hits her and takes her money, can she check his past", "clares_law_someone_else", [],
                                                asker="someone_else"))
    assert "sounds like" in told


@pytest.mark.asyncio
async def test_self_harm_with_abuse_described_names_it_after_samaritans():
    from actions.after_safety import ActionAfterSafety

    body = await reply(ActionAfterSafety, tracker("my fella keeps tellin me im useless and nobody would even notice if i was gone. we're in derry", "self_harm", [],
                                                  nation="northern_ireland"))
    assert "emotional abuse" in body and "0808 802 1414" in body
    plain = await reply(ActionAfterSafety, tracker("i dont want to be here anymore", "self_harm", []))
    assert "sounds like" not in plain


@pytest.mark.asyncio
async def test_evidence_asked_with_a_report_says_how_to_report():
    from actions.fallback import ActionNotUnderstood

    body = await reply(ActionNotUnderstood, tracker("want to report my ex for the messages hes been sending. do i need to keep them as evidence", "nlu_fallback", []))
    assert "keep them" in body and "101" in body
    kept = await reply(ActionNotUnderstood, tracker("should i keep the messages or delete them", "nlu_fallback", []))
    assert "keep them" in kept and "You can report it" not in kept


@pytest.mark.asyncio
async def test_a_friend_whose_partner_reads_her_messages_is_told_of_a_safe_device():
    from actions.abuse_check import ActionAbuseAnswer

    body = await reply(ActionAbuseAnswer, tracker("texting for my friend. her partner reads all her messages so she cant message you herself. what can she do",
                                                  "worried_about_someone", [], asker="someone_else"))
    assert "device their partner has never had access to" in body
    plain = await reply(ActionAbuseAnswer, tracker("im worried about my friend, her partner shouts at her", "worried_about_someone", [], asker="someone_else"))
    assert "device their partner has never had access to" not in plain


@pytest.mark.asyncio
async def test_how_long_to_hear_back_after_the_danger_answer_is_still_about_the_scheme():
    from actions.in_context import scheme_guess_elsewhere

    events = after("ask_clares_law", "action_clares_law") + after("danger_now", "utter_danger")
    assert scheme_guess_elsewhere(tracker("ok hes gone back out to the pub. how long does it take to hear back", "clares_law_process", events, topic="clares_law")) is None
    assert scheme_guess_elsewhere(tracker("ok the police are here now, what happens", "clares_law_process", events, topic="clares_law")) == "helpline"


@pytest.mark.asyncio
async def test_is_it_anonymous_is_not_answered_yes():
    body = await reply(ActionSmallTalk, tracker("is it anonymous tho", "ask_privacy", after("worried_own_behaviour", "action_helpline"), route="own_behaviour"))
    assert "Yes, the line is confidential" not in body and "how they handle your details" in body and RESPECT in body
