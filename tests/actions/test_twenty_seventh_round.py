"""Answers from the twenty-seventh session's blind sets: "would clares law cover money stuff like that... he took out 2
loans in my name" answered with the scheme alone (economic abuse not named, nor that it isn't her fault); a parent asking
to track their daughter's boyfriend given Respect's line twice (as the refusal's and as "her" support line); a
15-year-old refused a tracker given no one their age to talk to; someone looking for his ex ("a pal says shes stayin wi
her cousin") given no Respect line; "naw but whit IS it. like up here in scotland", after "whit's clares law", given the
definition of domestic abuse."""
import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.clares_law import ActionClaresLaw
from actions.refusals import ActionRefuse
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker

RESPECT = "0808 802 4040"


@pytest.mark.asyncio
async def test_the_scheme_asked_with_what_is_done_to_them_names_it_first():
    body = await reply(ActionClaresLaw, tracker("he took out 2 loans in my name and keeps my bank card, i get £20 a week off him. would clares law cover money stuff like that",
                                                "ask_clares_law", []))
    assert "economic abuse" in body and "It isn't your fault" in body and "Clare's Law" in body and "0808 2000 247" in body
    assert body.index("economic abuse") < body.index("Right to Ask")
    plain = await reply(ActionClaresLaw, tracker("how do i apply for clares law", "clares_law_apply", []))
    assert "sounds like" not in plain and "101" in plain


@pytest.mark.asyncio
async def test_a_parent_refused_tracking_her_boyfriend_gets_the_lawful_way_and_her_lines_not_respects():
    body = await reply(ActionRefuse, tracker("how do i track my daughters boyfriends phone, i think hes hurting her and i want proof", "ask_monitor_someone", [],
                                             route="own_behaviour"))
    assert "can't help with tracking" in body and "Clare's Law" in body and "0808 2000 247" in body and RESPECT not in body
    harming = await reply(ActionRefuse, tracker("how do i track my girlfriends phone", "ask_monitor_someone", [], route="own_behaviour"))
    assert RESPECT in harming


@pytest.mark.asyncio
async def test_a_young_person_refused_gets_childline():
    body = await reply(ActionRefuse, tracker("im 15 btw i just think hes cheating", "ask_monitor_someone", after("ask_monitor_someone", "action_refuse")))
    assert "can't" in body and "0800 1111" in body
    adult = await reply(ActionRefuse, tracker("how do i track my girlfriends phone", "ask_monitor_someone", []))
    assert "0800 1111" not in adult


@pytest.mark.asyncio
async def test_looking_for_an_ex_keeps_respects_line_whoever_told_them_where_she_is():
    body = await reply(ActionRefuse, tracker("ma ex has done a runner, a pal says shes stayin wi her cousin in fort william. can ye get me the address",
                                             "ask_locate_person", [], nation="scotland"))
    assert "can't help find" in body and RESPECT in body


@pytest.mark.asyncio
async def test_what_is_it_after_the_scheme_is_the_scheme_where_they_live():
    body = await reply(ActionAbuseAnswer, tracker("naw but whit IS it. like up here in scotland", "ask_what_is_abuse", after("ask_clares_law", "action_clares_law"),
                                                  topic="clares_law", nation="scotland"))
    assert "DSDAS" in body and "Domestic Abuse Act 2021" not in body
    fresh = await reply(ActionAbuseAnswer, tracker("what is domestic abuse", "ask_what_is_abuse", []))
    assert "Domestic Abuse Act 2021" in fresh


@pytest.mark.asyncio
async def test_someone_refused_who_then_says_he_hurts_her_gets_her_lines():
    body = await reply(ActionRefuse, tracker("its cos i think hes cheating and hes been getting really nasty with me, calling me names and pushing me",
                                             "ask_monitor_someone", after("ask_monitor_someone", "action_refuse")))
    assert "can't" in body and "0808 2000 247" in body and RESPECT not in body


@pytest.mark.asyncio
async def test_nothing_disclosed_and_how_long_answers_both():
    from actions.guidance import ActionGuidance

    body = await reply(ActionGuidance, tracker("did clares law and police said nothing to disclose so hes safe right? and how long is it meant to take",
                                               "clares_law_no_disclosure", []))
    assert "utter_clares_law_no_disclosure" in body and "28 days" in body


@pytest.mark.asyncio
async def test_how_do_i_actually_do_it_after_the_scheme_is_how_to_apply():
    body = await reply(ActionAbuseAnswer, tracker("how do i actually do it tho. im in hackney", "ask_what_is_abuse", after("ask_clares_law", "action_clares_law"),
                                                  topic="clares_law", age_group="young"))
    assert "101" in body and "relationship abuse" not in body
