"""Answers from the eighteenth session's blind sets: a man writing of his wife given the men's line (and not a line
for migrant women); a description typed in answer to the offer of three questions named, and fear said there with a skip
taken as the first answer; a short follow-up read as Clare's Law just after the refuge answer or the lines answered as a
follow-up to them; a place said just after the scheme gets the scheme there; "kick him out" after the orders."""
import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.after_safety import ActionAfterSafety
from actions.clares_law import ActionClaresLaw
from actions.fallback import ActionNotUnderstood
from actions.follow_up import ActionFollowUp
from actions.guidance import ActionGuidance
from actions.helplines import ActionHelpline
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, said, not_said",
    [
        # a man writing of his wife: the men's line, and not the block for migrant women
        ("my wife says she will ring the home office and get me sent back if i dont do what she says. im polish living in swindon",
         "0808 801 0327", "For migrant women"),
        # a woman writing of her husband: the women's lines, and not the men's
        ("my husband says he will get me deported", "For migrant women", "0808 801 0327"),
    ],
)
async def test_immigration_lines_follow_who_is_writing(text, said, not_said):
    body = await reply(ActionGuidance, tracker(text, "ask_immigration", [], nation="england"))
    assert said in body and not_said not in body


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "action, text, intent, said, not_said",
    [
        # a description typed to the offer of three questions: named, not questioned
        (ActionFollowUp, "yeah kinda scared of him. he keeps my bank card", "affirm", ["economic abuse"], ["utter_ask_check_afraid"]),
        (ActionNotUnderstood, "kind of scared of her moods i guess", "nlu_fallback", ["threatening behaviour"], ["understand"]),
        # fear said with a skip: the first question answered, the second asked
        (ActionFollowUp, "not sure really, i get scared sometimes", "skip", ["utter_ask_check_control"], ["utter_ask_check_afraid"]),
        # a plain yes: the questions from the start
        (ActionFollowUp, "yes", "affirm", ["utter_ask_check_afraid"], []),
    ],
)
async def test_typed_answers_to_the_offer_of_three_questions(action, text, intent, said, not_said):
    body = await reply(action, tracker(text, intent, after("ask_is_this_abuse", "action_abuse_answer"), topic="abuse_check"))
    assert all(words in body for words in said), body
    assert not any(words in body for words in not_said), body


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "action, intent, earlier, slots, text, said, not_said",
    [
        # how long, after the refuge answer: the refuge answer, not the scheme's steps
        (ActionGuidance, "clares_law_process", after("ask_refuge", "action_guidance"), {"topic": "refuge", "nation": "wales"},
         "faint o amser mae'n gymryd?", ["0808 80 10 800"], ["utter_clares_law_process"]),
        # online, after the lines: the lines (with their chat and email), not the scheme
        (ActionClaresLaw, "clares_law_apply", after("ask_helpline", "action_helpline"), {"topic": "helpline", "nation": "wales"},
         "alla i neud o ar-lein?", ["0808 80 10 800"], ["Domestic Violence Disclosure Scheme"]),
        # ...but a question about someone's past is the scheme, whatever came before
        (ActionClaresLaw, "clares_law_apply", after("worried_about_someone", "action_abuse_answer"), {"topic": "helpline", "asker": "someone_else"},
         "can i find out if hes done it before", ["Clare's Law"], []),
        (ActionClaresLaw, "clares_law_apply", after("ask_helpline", "action_helpline"), {"topic": "helpline"},
         "can i ask the police about his past", ["Clare's Law"], []),
    ],
)
async def test_a_scheme_guess_just_after_another_answer(action, intent, earlier, slots, text, said, not_said):
    body = await reply(action, tracker(text, intent, earlier, **slots))
    assert all(words in body for words in said), body
    assert not any(words in body for words in not_said), body


@pytest.mark.asyncio
async def test_a_place_just_after_the_scheme_gets_the_scheme_there():
    latest = tracker("a be os dwi'n byw yn yr alban? dwi'n symud i gaeredin mis nesa", "ask_helpline",
                     after("clares_law_process", "action_guidance"), topic="clares_law", nation="scotland", language="cy")
    latest.latest_message["entities"] = [{"entity": "nation", "value": "scotland"}]
    body = await reply(ActionHelpline, latest)
    assert "DSDAS" in body


@pytest.mark.asyncio
async def test_kicking_him_out_after_the_orders_is_the_occupation_order():
    body = await reply(ActionNotUnderstood, tracker("ga i ei gicio fo allan o'r tŷ hefyd?", "nlu_fallback",
                                                    after("ask_protective_order", "action_guidance"), topic="orders", language="cy"))
    assert "anheddu" in body or "occupation" in body


@pytest.mark.asyncio
async def test_a_grandparent_worried_about_a_grandchild_hears_children_are_victims_too():
    body = await reply(ActionAbuseAnswer, tracker("im worried about my grandson, his mams new boyfriend is nasty to her and the wee lad is always frightened",
                                                  "worried_about_someone", [], asker="someone_else"))
    assert "in their own right" in body


@pytest.mark.asyncio
async def test_self_harm_said_after_the_danger_answer_gets_the_abuse_lines_too():
    earlier = after("danger_now", "action_after_safety")
    body = await reply(ActionAfterSafety, tracker("police came n took him. what do i do after tonight tho, i cant keep living like this", "self_harm", earlier))
    assert "0808 2000 247" in body


@pytest.mark.asyncio
async def test_partner_line_in_welsh_after_respect():
    body = await reply(ActionNotUnderstood, tracker("oes rhywun all hi ffonio hefyd?", "nlu_fallback",
                                                    after("worried_own_behaviour", "action_helpline"), route="own_behaviour", nation="wales", language="cy"))
    assert "0808 80 10 800" in body and "0808 802 4040" not in body


def test_a_forced_marriage_routes_to_the_honour_lines_whatever_route_came_first():
    from actions.base import routed_by_form
    assert routed_by_form(tracker("", "describe_teen_abuse", [], route="young"), ["honour"]).get_slot("route") == "honour"
    assert routed_by_form(tracker("", "describe_teen_abuse", [], route="own_behaviour"), ["honour"]).get_slot("route") == "own_behaviour"
    assert routed_by_form(tracker("", "describe_stalking", [], route="young"), ["stalking"]).get_slot("route") == "young"
