"""Answers from the twenty-sixth session's blind sets: a friend asking which refuge a friend is in given Respect's line;
someone whose carer son spends their money, asking to track his phone, given Respect's line and no lines of their own;
a friend's partner who "choked her" answered without strangling named; "its illegal now for under 18s even if its just at
the mosque, is that true? we live in bradford", after the forced-marriage answer, not answered (too long to read in
context); "what mean domestic abuse in uk law? only hitting or more?" told "I'm so sorry that happened"; "i dont want him
to know ive found out", after the tech answer, given Clare's Law."""
import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.guidance import ActionGuidance
from actions.refusals import ActionRefuse
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker

RESPECT = "0808 802 4040"


@pytest.mark.asyncio
async def test_a_friend_asking_which_refuge_gets_no_respect_line_but_family_pressing_does():
    friend = await reply(ActionRefuse, tracker("ma ffrind fi mewn refuge rhywle yn caerdydd, ti'n gwbod pa un? fi moyn hala presant iddi", "ask_locate_person", [], language="cy"))
    assert "0808 80 10 800" in friend and RESPECT not in friend
    family = await reply(ActionRefuse, tracker("we are her family, we have right to know where she is", "ask_locate_person", []))
    assert "can't" in family and RESPECT in family


@pytest.mark.asyncio
async def test_someone_hurt_asking_to_track_the_one_hurting_them_gets_their_own_lines():
    body = await reply(ActionRefuse, tracker("how do i track my sons phone? hes my carer and i think hes spending my money behind my back", "ask_monitor_someone", []))
    assert "can't" in body and "0808 2000 247" in body and RESPECT not in body
    harming = await reply(ActionRefuse, tracker("how do i track my girlfriends phone", "ask_monitor_someone", []))
    assert RESPECT in harming


@pytest.mark.asyncio
@pytest.mark.parametrize("nation, said", [(None, "crime in itself in England and Wales"), ("scotland", "Strangling or choking is serious")])
async def test_strangling_told_by_a_friend_is_named(nation, said):
    body = await reply(ActionAbuseAnswer, tracker("my friend told me her bf choked her at a party last weekend, shes acting like its nothing",
                                                  "worried_about_someone", [], asker="someone_else", gender="woman", nation=nation))
    assert said in body and "It isn't her fault" in body
    if nation == "scotland":
        assert "England and Wales" not in body


@pytest.mark.asyncio
async def test_the_marriage_age_asked_again_after_the_forced_marriage_answer():
    text = "my cousin said its illegal now for under 18s even if its just at the mosque, is that true? we live in bradford"
    body = await reply(ActionGuidance, tracker(text, "inform", after("describe_honour_abuse", "action_abuse_answer"), route="honour", nation="england"))
    assert "utter_honour_abuse" in body and "0800 5999 247" in body  # (its text says nobody under 18 can marry, in any ceremony)


@pytest.mark.asyncio
async def test_the_law_asked_with_nothing_told_is_not_answered_as_if_it_happened():
    body = await reply(ActionAbuseAnswer, tracker("what mean domestic abuse in uk law? only hitting or more?", "ask_what_is_abuse", []))
    assert "I'm so sorry that happened" not in body and "controlling" in body
    told = await reply(ActionAbuseAnswer, tracker("is it only abuse if he hits me?", "ask_what_is_abuse", []))
    assert "controlling" in told


@pytest.mark.asyncio
@pytest.mark.parametrize("text, lang", [("i dont want him to know ive found out", None), ("sa i moyn iddo fe wbod bo fi di ffindo mas", "cy")])
async def test_not_wanting_him_to_know_it_was_found_after_the_tech_answer(text, lang):
    body = await reply(ActionGuidance, tracker(text, "clares_law_confidentiality", after("describe_tech_abuse", "action_abuse_answer"), language=lang, topic="clares_law"))
    assert "refugetechsafety" in body and "Clare" not in body


@pytest.mark.asyncio
async def test_asking_to_track_the_one_stalking_them_gets_no_respect_line():
    text = "how do i track my ex's phone? want to know when hes near my street, hes been following me since i moved"
    body = await reply(ActionAbuseAnswer, tracker(text, "describe_stalking", [], route="stalking"))
    assert "0808 802 0300" in body and RESPECT not in body
    both = await reply(ActionAbuseAnswer, tracker("we both go for each other. she slaps me, ive shoved her into a wall", "ask_is_this_abuse", []))
    assert RESPECT in both


@pytest.mark.asyncio
async def test_someone_hurt_told_to_ring_respect_is_not_given_its_number():
    from actions.helplines import ActionHelpline
    body = await reply(ActionHelpline, tracker("the officer told me to ring the respect line?? im the one who got hurt. im a woman in kent", "ask_helpline", [], gender="woman", nation="england"))
    assert "0808 2000 247" in body and RESPECT not in body and "not for someone who has been hurt" in body
    harming = await reply(ActionHelpline, tracker("whats the number for the respect line", "ask_helpline", []))
    assert RESPECT in harming


@pytest.mark.asyncio
async def test_court_fear_gets_victim_support_and_a_partners_line_to_change_gets_respect():
    from actions.helplines import ActionHelpline
    body = await reply(ActionHelpline, tracker("got to give evidence at crown court next week against my ex and im terrified", "ask_helpline", [], nation="england"))
    assert "08 08 16 89 111" in body
    partner = await reply(ActionAbuseAnswer, tracker("is there a number my husband can ring to sort his temper out? he punches holes in walls and grabbed me once", "ask_is_this_abuse", []))
    assert "0808 2000 247" in partner and RESPECT in partner
