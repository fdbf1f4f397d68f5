"""Answers from the sixteenth session's blind sets: follow-ups on the children's, refuge, police, orders and ANI
answers read against the answer just given (Childline's number for a child who wants to talk, the council and
Wales's own "priority need", Police Scotland's form first, the occupation order, the police's order after the
notice); pressing after a refusal; Samaritans first and then the abuse lines for someone who self-harms because
of what is done to them; and the law where someone who harms lives."""
import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.after_safety import ActionAfterSafety
from actions.fallback import ActionNotUnderstood
from actions.guidance import ActionGuidance
from actions.helplines import ActionHelpline
from actions.refusals import ActionRefuse
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker
from tests.actions.test_thirteenth_round import then

AFTER_CHILDREN = after("ask_children", "action_guidance")
AFTER_REFUGE = after("ask_refuge", "action_guidance")
AFTER_ORDERS = after("ask_protective_order", "action_guidance")
AFTER_ANI = after("ask_for_ani", "action_guidance")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "earlier, topic, nation, text, said, not_said",
    [
        (AFTER_CHILDREN, "children", "wales", "my eldest is 14 can she talk to someone herself", ["Childline", "0800 1111"], ["didn't quite understand"]),
        (AFTER_CHILDREN, "children", "wales", "ma'r hyna'n 12, oes na rywun fedrith hi siarad efo?", ["0800 1111"], ["ddim yn deall"]),
        (AFTER_REFUGE, "refuge", "scotland", "would the council put us up instead", ["council must give you emergency accommodation"], ["didn't quite understand"]),
        (AFTER_REFUGE, "refuge", "wales", "ydi'r council yn gorfod helpu fi?", ["priority need"], ["ddim yn deall"]),
        (AFTER_ORDERS, "orders", None, "and what stops him turning up at my work", ["non-molestation order"], ["Fixated"]),
        (AFTER_ORDERS, "orders", "wales", "fedra i gal o allan o'r ty hefyd? ty ni'n dau ydi o", ["occupation order"], ["ddim yn deall"]),
        (AFTER_ANI, "ani", None, "what do i actually say to them", ["ANI"], ["looking out for them"]),
        (AFTER_ANI, "ani", "wales", "be dwi fod i ddeud wrthyn nhw?", ["ANI"], ["ddim yn deall"]),
    ],
)
async def test_follow_ups_read_against_the_answer_just_given(earlier, topic, nation, text, said, not_said):
    body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", earlier, topic=topic, nation=nation))
    assert all(words in body for words in said), body
    assert not any(words in body for words in not_said), body


@pytest.mark.asyncio
async def test_the_police_order_after_the_notice():
    earlier = after("ask_protective_order", "action_guidance")
    body = await reply(ActionNotUnderstood, tracker("what happens when the 2 days r up", "nlu_fallback", earlier, topic="orders"))
    assert "Domestic Violence Protection Order" in body and "28 days" in body


@pytest.mark.asyncio
async def test_police_scotlands_own_form_comes_first_where_they_live():
    body = await reply(ActionGuidance, tracker("dwi yn Aberdeen. alla i riportio fo ar-lein? mae o dal yn digwydd", "ask_report_police", [], nation="scotland"))
    assert body.index("Police Scotland's online form") < body.index("To report abuse that isn't an emergency")


@pytest.mark.asyncio
async def test_a_man_asking_whether_refuges_take_men_gets_the_mens_line():
    body = await reply(ActionGuidance, tracker("been sleeping in my car 3 nights since she kicked me out. shes violent. do refuges even take men", "ask_refuge", []))
    assert "Men's Advice Line" in body and "0808 801 0327" in body


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "refused, text",
    [
        ("ask_locate_person", "its genuine im not him i swear"),
        ("ask_locate_person", "i aint done nothing wrong tho i just wanna know theyre ok"),
        ("ask_monitor_someone", "im not a psycho i just care about her"),
    ],
)
async def test_pressing_after_a_refusal_is_refused_again(refused, text):
    body = await reply(ActionAbuseAnswer, tracker(text, "describe_emotional_abuse", after(refused, "action_refuse")))
    assert "I can't help" in body and "looking out for them" not in body


@pytest.mark.asyncio
async def test_tracking_a_daughters_boyfriend_is_refused_with_the_lawful_way():
    body = await reply(ActionRefuse, tracker("how do i track my daughters boyfriends phone, pretty sure hes hurting her", "ask_monitor_someone", []))
    assert "I can't help with tracking" in body and "Clare's Law" in body


@pytest.mark.asyncio
async def test_getting_a_message_to_her_is_not_watching_her():
    body = await reply(ActionRefuse, tracker("how do i get a message to her then", "ask_monitor_someone", after("ask_locate_person", "action_refuse")))
    assert "tracking someone's phone" not in body and "0808 2000 247" in body


@pytest.mark.asyncio
async def test_self_harm_with_abuse_described_gets_samaritans_then_the_abuse_lines():
    text = "my wife puts me down all the time n hits me when shes had a drink. ive started cutting myself just to cope"
    body = await reply(ActionAfterSafety, tracker(text, "self_harm", []))
    assert "For what is being done to you" in body and "Men's Advice Line" in body
    calm = await reply(ActionAfterSafety, tracker("ive started cutting myself again", "self_harm", []))
    assert "For what is being done to you" not in calm


@pytest.mark.asyncio
async def test_is_it_abuse_after_saying_yes_says_it_isnt_their_fault():
    body = await reply(ActionAbuseAnswer, tracker("skip. so is it abuse or not", "ask_is_this_abuse", then("ask_is_this_abuse", "affirm"), check_afraid="yes"))
    assert "isn't your fault" in body


@pytest.mark.asyncio
async def test_who_it_is_for_after_the_scheme_gets_the_scheme_where_they_live():
    earlier = after("ask_clares_law", "action_clares_law")
    body = await reply(ActionAbuseAnswer, tracker("its for my sister, shes in omagh wi a fella who scares me", "ask_what_is_abuse", earlier,
                                                 topic="clares_law", nation="northern_ireland", asker="someone_else"))
    assert "DVADS" in body


@pytest.mark.asyncio
async def test_who_and_age_after_the_scheme_in_welsh_gets_the_scheme():
    said = tracker("i fi, am y partner newydd. dwi'n 17 os di hynna'n bwysig", "ask_helpline", after("ask_clares_law", "action_clares_law"),
                   topic="clares_law", nation="northern_ireland", language="cy")
    said.latest_message["entities"] = [{"entity": "asker", "value": "self"}]  # (11 words: more than a bare answer)
    body = await reply(ActionHelpline, said)
    assert "DVADS" in body and "16" in body


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "before, text, said",
    [
        ("danger_now", "wot if i cant speak when i ring, hes got keys", "55"),
        ("self_harm", "whats the number for the abuse thing again", "0808 2000 247"),
        ("describe_tech_abuse", "should i just delete it", "refugetechsafety"),
    ],
)
async def test_more_follow_ups_in_context(before, text, said):
    earlier = after(before, "action_abuse_answer")
    if before == "describe_tech_abuse":
        earlier = [*earlier, *after("inform", "action_helpline")]  # one message on, past "im a bloke btw"
    body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", earlier))
    assert said in body, body


@pytest.mark.asyncio
async def test_the_law_where_someone_who_harms_lives():
    body = await reply(ActionNotUnderstood, tracker("is that actually against the law up here?", "nlu_fallback", after("worried_own_behaviour", "action_helpline"),
                                                    route="own_behaviour", nation="scotland"))
    assert "Domestic Abuse (Scotland) Act 2018" in body and "0808 802 4040" in body


@pytest.mark.asyncio
async def test_she_can_ask_herself_after_keep_it_confidential():
    body = await reply(ActionAbuseAnswer, tracker("but she needs to know for her kids sake", "ask_children", after("clares_law_confidentiality", "action_guidance"), topic="clares_law"))
    assert "Right to Ask" in body and "confidential" in body


@pytest.mark.asyncio
async def test_a_worried_grandparent_of_a_young_child_hears_children_are_victims_too():
    text = "poeni am fy wyr bach i (8). ma'i dad o'n gweiddi a malu petha yn y ty a mae'r bach yn crio bob tro mae o'n gorfod mynd adra"
    body = await reply(ActionAbuseAnswer, tracker(text, "worried_about_someone", [], asker="someone_else", age_group="child", language="cy"))
    assert "Domestic Abuse Act 2021" in body


@pytest.mark.asyncio
async def test_what_about_my_sister_just_after_the_scheme_is_the_scheme_for_her():
    body = await reply(ActionAbuseAnswer, tracker("a be am fy chwaer yn Glasgow, ma hi'n poeni am ei boyfriend", "worried_about_someone", after("ask_clares_law", "action_clares_law"),
                                                 topic="clares_law", nation="scotland", asker="someone_else", language="cy"))
    assert "DSDAS" in body


@pytest.mark.asyncio
async def test_a_deaf_person_asking_to_talk_to_someone_gets_the_lines():
    earlier = after("ask_helpline", "action_helpline")
    body = await reply(ActionNotUnderstood, tracker("ok n for just talkin to someone about him, not an emergency", "nlu_fallback", earlier, access="text_only"))
    assert "0808 2000 247" in body


@pytest.mark.asyncio
async def test_how_to_get_one_after_the_orders_answer():
    body = await reply(ActionNotUnderstood, tracker("dont really want to answer that, just tell me how to get one", "nlu_fallback", AFTER_ORDERS, topic="orders"))
    assert "FL401" in body


@pytest.mark.asyncio
async def test_a_child_who_wants_to_talk_gets_childline_even_a_message_past_the_childrens_point():
    body = await reply(ActionNotUnderstood, tracker("ma'r hyna'n 12, oes na rywun fedrith hi siarad efo?", "nlu_fallback", after("inform", "action_helpline"),
                                                    topic="helpline", nation="wales", language="cy"))
    assert "0800 1111" in body and "ddim yn deall" not in body
    unknown = await reply(ActionNotUnderstood, tracker("can someone talk to me", "nlu_fallback", []))
    assert "didn't quite understand" in unknown  # no child, no age: not Childline's answer
