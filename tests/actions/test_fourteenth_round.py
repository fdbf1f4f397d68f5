"""Follow-ups from the fourteenth session's blind sets: who counts (family, an ex), the contact details kept
off the orders' paperwork, removing spyware and the guides for it, "since when" in Northern Ireland, the
Silent Solution elsewhere in the UK, meeting a stalker, the police when he has never hit her, the text
route's reply time, what pharmacy staff do, where the pilot order was due to start, and a forced marriage
or FGM order asked for."""
import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.clares_law import ActionClaresLaw
from actions.fallback import ActionNotUnderstood
from actions.helplines import ActionHelpline
from tests.actions.conftest import DOMAIN
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker
from tests.actions.test_thirteenth_round import then

AFTER_ORDERS = after("ask_protective_order", "action_guidance")


def _dispatcher_and(t):
    """The arguments of an action's run() for this tracker."""
    return CollectingDispatcher(), t, DOMAIN


def _slots(events):
    """(name, value) of each slot an action set."""
    return [(event.get("name"), event.get("value")) for event in events if event.get("event") == "slot"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text",
    ["does it have to be ur partner or can it be family", "wot about an ex", "what about a grown up son doing it to his dad",
     "does that include family members, or only partners?"],
)
async def test_who_counts_asked_after_the_definition(text):
    body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", then("ask_what_is_abuse")))
    assert '"personally connected"' in body and "relative" in body and "didn't quite understand" not in body


@pytest.mark.asyncio
async def test_a_description_after_the_definition_is_not_answered_with_who_counts():
    body = await reply(ActionNotUnderstood, tracker("what about my brother hes 19 and keeps taking money off me", "nlu_fallback", then("ask_what_is_abuse")))
    assert '"personally connected" to: a partner or ex-partner (married or not)' not in body


@pytest.mark.asyncio
@pytest.mark.parametrize("text", ["i dont want him gettin my new mobile number off the paperwork", "will he see my new address on it"])
async def test_contact_details_kept_off_the_orders_paperwork(text):
    body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", AFTER_ORDERS, topic="orders"))
    assert "C8" in body


@pytest.mark.asyncio
async def test_removing_spyware_and_the_guides_for_it_after_an_answer_about_abuse():
    # Earlier messages' words are not kept: "delete" says it is about a device.
    removing = await reply(ActionNotUnderstood, tracker("cant i just delete whatever it is", "nlu_fallback", then("ask_what_is_abuse")))
    assert "alert the person" in removing
    leaving = await reply(ActionNotUnderstood, tracker("should i just get rid of him", "nlu_fallback", then("ask_what_is_abuse")))
    assert "alert the person" not in leaving
    guides = await reply(ActionNotUnderstood, tracker("is there a website that explains all this", "nlu_fallback", then("describe_tech_abuse")))
    assert "refugetechsafety" in guides.lower() and "Clare's Law" not in guides


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, nation, said",
    [("since when", "northern_ireland", "21 February 2022"), ("is there an actual law on it here or naw", "scotland", "Domestic Abuse (Scotland) Act 2018")],
)
async def test_the_law_asked_about_where_they_live_is_that_nations(text, nation, said):
    body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", then("describe_coercive_control"), nation=nation))
    assert said in body


@pytest.mark.asyncio
async def test_the_silent_solution_elsewhere_in_the_uk():
    body = await reply(ActionClaresLaw, tracker("and does that work in northern ireland as well", "ask_clares_law",
                                                [*after("danger_now", "action_after_safety"), *after("nlu_fallback", "action_not_understood")],
                                                nation="northern_ireland"))
    assert "Northern Ireland" in body and "press 55" in body and "DVADS" not in body


@pytest.mark.asyncio
async def test_meeting_a_stalker_and_what_to_do():
    meet = await reply(ActionNotUnderstood, tracker("should i just meet up with him n tell him to his face to leave me alone", "nlu_fallback",
                                                    then("describe_stalking")))
    assert "safer not to meet" in meet
    what = await reply(ActionNotUnderstood, tracker("ok so what do i do then", "nlu_fallback", after("nlu_fallback", "action_not_understood"),
                                                    route="stalking", topic="helpline"))
    assert "utter_stalking" in what


@pytest.mark.asyncio
async def test_the_stalking_route_is_kept_after_a_description_naming_stalking():
    from actions.abuse_check import ActionAbuseAnswer
    events = await ActionAbuseAnswer().run(*_dispatcher_and(tracker("ex keeps leaving flowers on my car and messaging me from new accounts every time i block him",
                                                                     "ask_what_is_abuse", [])))
    assert ("route", "stalking") in _slots(events)


@pytest.mark.asyncio
async def test_the_police_when_he_has_never_hit_her():
    body = await reply(ActionHelpline, tracker("will they even do anything if hes never hit me", "ask_helpline",
                                               after("ask_report_police", "action_guidance"), topic="police"))
    assert "bruises" in body


@pytest.mark.asyncio
async def test_the_text_routes_reply_time_and_what_pharmacy_staff_do():
    texted = await reply(ActionClaresLaw, tracker("how long till they reply", "clares_law_process", after("ask_helpline", "action_helpline"),
                                                  access="text_only"))
    assert "2 minutes" in texted and "Right to Ask" not in texted
    staff = await reply(ActionClaresLaw, tracker("n wot do they actually do", "clares_law_process", after("ask_for_ani", "action_guidance"), topic="ani"))
    assert "private room" in staff and "panel" not in staff


@pytest.mark.asyncio
async def test_the_pilot_order_says_where_it_was_due_to_start_and_who_can_apply():
    from actions.guidance import ActionGuidance
    body = await reply(ActionGuidance, tracker("cops in wrexham mentioned some new order theyre trying out. dapo or summat?", "ask_protective_order", []))
    assert "North Wales Police" in body and "ask your local police" in body and "victims themselves" in body
    assert body.index("Domestic Abuse Protection Order (DAPO)") < body.index("non-molestation order")


@pytest.mark.asyncio
async def test_a_follow_up_after_the_answer_retold_for_where_they_live():
    body = await reply(ActionNotUnderstood, tracker("its still going on tbh", "nlu_fallback", after("inform", "action_follow_up"), topic="police", nation="scotland"))
    assert "Report ongoing abuse on 101" in body


@pytest.mark.asyncio
async def test_a_forced_marriage_or_fgm_order_asked_for():
    from actions.guidance import ActionGuidance
    body = await reply(ActionGuidance, tracker("my cousin is 17 and her parents are taking her to pakistan to marry someone. can anyone legally stop this",
                                               "ask_protective_order", []))
    assert "utter_honour_abuse" in body
    fgm = await reply(ActionGuidance, tracker("my sister-in-law wants to take my 8 year old back home to be cut. is there any order that can prevent this",
                                              "ask_protective_order", []))
    assert "utter_fgm" in fgm


@pytest.mark.asyncio
async def test_will_they_make_me_leave_him_is_her_choice():
    body = await reply(ActionNotUnderstood, tracker("will they make me leave him if i ring", "nlu_fallback", after("ask_helpline", "action_helpline")))
    assert "your choice" in body


@pytest.mark.asyncio
async def test_a_forced_marriage_order_keeps_the_honour_route_and_kept_away_is_the_orders():
    from actions.guidance import ActionGuidance
    dispatcher_events = await ActionGuidance().run(*_dispatcher_and(tracker(
        "my cousin is 17 and her parents are taking her to pakistan to marry someone. can anyone legally stop this", "ask_protective_order", [])))
    assert ("route", "honour") in _slots(dispatcher_events)
    body = await reply(ActionGuidance, tracker("i dont want him charged tho, i just want him kept away. can they still do that", "ask_protective_order",
                                               after("ask_report_police", "action_guidance"), topic="police"))
    assert "what happens next is your choice" not in body and "non-molestation order" in body


@pytest.mark.asyncio
async def test_cut_off_is_not_fgm():
    from actions.guidance import ActionGuidance
    body = await reply(ActionGuidance, tracker("he cut the phone line off, can i get an order to protect me and my daughter", "ask_protective_order", []))
    assert "utter_fgm" not in body and "non-molestation order" in body
    cutting_off = await reply(ActionGuidance, tracker("he keeps cutting me off from my daughter, can i get an order", "ask_protective_order", []))
    assert "utter_fgm" not in cutting_off
