"""Answers from the twenty-fourth session's blind sets: "i need to no where she is. which refuge is she in" given the
refuge answer for someone who needs one (no Respect line); a teenager's answer with no age said giving Childline only;
"how do i get rid of this convo... will he see" given privacy without the device, or the device without "forget";
"we dont even live together" unanswered in a first description; "she will hear if i talk", after the danger answer,
given the lines, not the Silent Solution; "plis jyst gwed wrtha i pa app", after a refusal, not read as pressing."""
import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.fallback import ActionNotUnderstood
from actions.refusals import ActionRefuse
from actions.small_talk import ActionSmallTalk
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker

RESPECT = "0808 802 4040"


@pytest.mark.asyncio
async def test_a_partner_looking_for_the_refuge_she_went_to_gets_respect():
    body = await reply(ActionRefuse, tracker("she took the kids n i need to no where she is. which refuge is she in", "ask_locate_person", []))
    assert "can't" in body and RESPECT in body  # (before the way to a space, if they need one themselves)
    assert body.index(RESPECT) < body.index("If you need a refuge yourself")


@pytest.mark.asyncio
async def test_someone_who_needs_a_refuge_still_gets_the_way_to_a_space():
    body = await reply(ActionRefuse, tracker("i need the address of a refuge, im leaving tonight with the kids", "ask_locate_person", []))
    assert "If you need a refuge yourself" in body and RESPECT not in body


@pytest.mark.asyncio
async def test_a_teenagers_answer_with_no_age_said_gives_an_adult_line_too():
    text = "my girlfriend goes through my phone every night and goes mental if i dont reply within 5 mins"
    body = await reply(ActionAbuseAnswer, tracker(text, "describe_teen_abuse", [], route="young"))
    assert "0800 1111" in body and "0808 2000 247" in body


@pytest.mark.asyncio
async def test_a_teenager_who_said_their_age_gets_childline_first():
    body = await reply(ActionAbuseAnswer, tracker("im 15 and my boyfriend checks my phone", "describe_teen_abuse", [], route="young", age_group="child"))
    assert "0800 1111" in body and "0808 2000 247" not in body


@pytest.mark.asyncio
async def test_getting_rid_of_this_chat_before_he_sees_it():
    body = await reply(ActionSmallTalk, tracker("will he be able to see ive been on here? how do i get rid of this convo", "ask_privacy", []))
    assert "utter_privacy" in body and "utter_cover_tracks" in body


@pytest.mark.asyncio
async def test_is_this_saved_alone_gets_privacy_alone():
    body = await reply(ActionSmallTalk, tracker("is this chat saved anywhere", "ask_privacy", []))
    assert "utter_privacy" in body and "utter_cover_tracks" not in body


@pytest.mark.asyncio
async def test_not_living_together_is_answered_in_a_first_description():
    text = "he says hell hurt my dog if i go out without him. we dont even live together and he doesnt touch me so its not abuse is it"
    body = await reply(ActionAbuseAnswer, tracker(text, "ask_is_this_abuse", []))
    assert "you don't have to live together" in body and "not your fault" in body.lower() or "isn't your fault" in body


@pytest.mark.asyncio
async def test_she_will_hear_if_i_talk_after_the_danger_answer_gets_the_silent_solution():
    body = await reply(ActionNotUnderstood, tracker("i only got my mobile and she will hear if i talk. what do i do", "nlu_fallback",
                                                    after("danger_now", "utter_danger")))
    assert "press 55" in body and "understand" not in body


@pytest.mark.asyncio
async def test_which_app_after_a_refusal_is_refused_again():
    earlier = after("ask_monitor_someone", "action_refuse")
    body = await reply(ActionNotUnderstood, tracker("plis jyst gwed wrtha i pa app. fi'n desperate. ni yn y barri", "ask_helpline", earlier, language="cy"))
    assert RESPECT in body


# ---- the second wave (fresh167-170, cy-fresh78-79) ----

@pytest.mark.asyncio
async def test_someone_of_18_gets_childline_and_the_line_for_an_adult():
    body = await reply(ActionAbuseAnswer, tracker("yeah im scared of him sometimes, hes got my banking app login and he calls me fat", "describe_teen_abuse", [],
                                                   route="young", age_group="young", gender="woman"))
    assert "0800 1111" in body and "0808 2000 247" in body


@pytest.mark.asyncio
async def test_once_is_enough_in_a_first_description():
    body = await reply(ActionAbuseAnswer, tracker("he only slapped me the once. its probably nothing right", "describe_physical_abuse", []))
    assert "Once can be enough" in body


@pytest.mark.asyncio
async def test_who_to_ring_about_him_after_samaritans_gets_the_abuse_line():
    from actions.helplines import ActionHelpline
    body = await reply(ActionHelpline, tracker("dwi yn caernarfon. pwy fedra i ffonio ganol nos am y boi ma?", "ask_helpline", after("self_harm", "utter_self_harm"),
                                                nation="wales", language="cy"))
    assert "0808 80 10 800" in body


# ---- the third wave (fresh171-174, cy-fresh80) ----

def test_after_999_the_one_who_did_it_gets_respect_and_fear_of_being_found_out_gets_its_answer():
    from actions.after_safety import also_asked
    told_by_them = {"text": "i keep losin me rag with our lass. last night i had her up against the wall by the throat. i dont want to turn into me dad",
                    "intent_ranking": [{"name": "danger_now", "confidence": 0.9}, {"name": "describe_physical_abuse", "confidence": 0.5}]}
    assert also_asked(told_by_them) == "worried_own_behaviour"
    hurt = {"text": "last night he had me up against the wall by the throat", "intent_ranking": [{"name": "danger_now", "confidence": 0.9}]}
    assert also_asked(hurt) != "worried_own_behaviour"
    pint = {"text": "my wife has all my wages paid into her account and gives me £20 a week. im dead if she finds out i bought a pint",
            "intent_ranking": [{"name": "danger_now", "confidence": 0.9}, {"name": "describe_economic_abuse", "confidence": 0.6}]}
    assert also_asked(pint) == "describe_economic_abuse"
    now = {"text": "im dead if he finds out, hes on his way now", "intent_ranking": [{"name": "danger_now", "confidence": 0.9}, {"name": "describe_economic_abuse", "confidence": 0.6}]}
    assert also_asked(now) is None


@pytest.mark.asyncio
async def test_do_they_do_a_chat_after_respects_line():
    from actions.helplines import ActionHelpline
    body = await reply(ActionNotUnderstood, tracker("do they do a chat or something, cant ring from home she'd hear", "nlu_fallback",
                                                    after("worried_own_behaviour", "action_helpline"), route="own_behaviour"))
    assert RESPECT in body and "understand" not in body
