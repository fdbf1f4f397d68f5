"""Answers from the twenty-fifth session's blind sets: a cousin who needs a refuge given Respect's line; an ex's bail
address asked by the one he hurt given Respect's line; "can he actually do that" about a friend's nudes threatened,
and "i threatened to put pics of my ex online", answered without the crime; "can i just ring someone... im a woman in
nottingham", after the Clare's Law guide, given the guide again; "how do i wipe it", after covering tracks, not told
"forget"; "how would i even check for that", after the tech answer, given the scheme; Welsh "ma'r gwr yn gallu gweld
popeth ar y ffon" given privacy without the device; "dwi'm isio mynd at y police", after an answer, given the scheme."""
import pytest
from rasa_sdk import Tracker

from actions.abuse_check import ActionAbuseAnswer
from actions.helplines import ActionHelpline
from actions.refusals import ActionRefuse
from actions.small_talk import ActionSmallTalk
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker

RESPECT = "0808 802 4040"


@pytest.mark.asyncio
async def test_a_cousin_who_needs_a_refuge_gets_the_way_to_a_space_not_respect():
    text = "whats the address of the womens refuge in manchester? my cousin needs to go there, shes getting battered"
    body = await reply(ActionRefuse, tracker(text, "ask_locate_person", []))
    assert "can't" in body and "refuge space" in body and "0808 2000 247" in body and RESPECT not in body


@pytest.mark.asyncio
async def test_a_partner_asking_which_refuge_still_gets_respect():
    body = await reply(ActionRefuse, tracker("lle ma'r wraig di mynd? ma hi di mynd a'r plant i refuge rhywle yn aber, dwi isio'r address", "ask_locate_person", []))
    assert RESPECT in body


@pytest.mark.asyncio
async def test_an_exs_bail_address_is_refused_with_a_victims_lines_and_the_police():
    body = await reply(ActionRefuse, tracker("me ex got bail yesterday, can u tell me what address hes been bailed to", "ask_locate_person", []))
    assert "can't" in body and "101" in body and "0808 2000 247" in body and RESPECT not in body


@pytest.mark.asyncio
async def test_a_friends_nudes_threatened_is_named_a_crime():
    text = "my mates ex is saying hell post her nudes if she doesnt get back with him. can he actually do that??"
    body = await reply(ActionAbuseAnswer, tracker(text, "describe_sexual_abuse", [], asker="someone_else"))
    assert "Threatening to share intimate images is a crime." in body and "isn't their fault" in body


@pytest.mark.asyncio
async def test_threatening_to_post_pictures_is_named_a_crime_to_the_one_who_did_it():
    text = "i threatened to put pics of my ex online when she left me. never did it. does that make me an abuser"
    body = await reply(ActionHelpline, tracker(text, "worried_own_behaviour", [], route="own_behaviour"))
    assert "Threatening to share intimate images is a crime." in body and RESPECT in body


@pytest.mark.asyncio
async def test_ringing_someone_first_after_the_scheme_gets_the_lines():
    text = "actually can i just ring someone and talk first, im a woman in nottingham"
    latest = {"text": text, "intent": {"name": "ask_helpline", "confidence": 0.5},
              "entities": [{"entity": "nation", "value": "england"}, {"entity": "gender", "value": "woman"}]}
    events = [*after("ask_clares_law", "action_clares_law"), {"event": "user", "text": text, "parse_data": latest}]
    body = await reply(ActionHelpline, Tracker("t", {"topic": "clares_law", "nation": "england", "gender": "woman", "asker": "self"}, latest, events, False, None, {}, None))
    assert "0808 2000 247" in body and "Right to Ask" not in body


@pytest.mark.asyncio
async def test_wiping_it_after_covering_tracks_is_forget():
    from actions.fallback import ActionNotUnderstood
    body = await reply(ActionNotUnderstood, tracker("how do i wipe it", "nlu_fallback", after("ask_cover_tracks", "utter_cover_tracks")))
    assert '"forget"' in body


@pytest.mark.asyncio
async def test_checking_for_it_after_the_tech_answer_is_the_tech_safety_guides():
    from actions.fallback import ActionNotUnderstood
    body = await reply(ActionNotUnderstood, tracker("how would i even check for that", "nlu_fallback", after("describe_tech_abuse", "action_abuse_answer")))
    assert "refugetechsafety.org" in body and "Clare" not in body


@pytest.mark.asyncio
async def test_welsh_he_can_see_everything_on_the_phone_gets_the_device_too():
    body = await reply(ActionSmallTalk, tracker("ydych chi'n cadw be dwi'n deipio? ma'r gwr yn gallu gweld popeth ar y ffon", "ask_privacy", [], language="cy"))
    assert "utter_privacy" in body and "utter_cover_tracks" in body


@pytest.mark.asyncio
async def test_not_wanting_the_police_after_an_answer_is_told_no_one_has_to():
    from actions.clares_law import ActionClaresLaw
    body = await reply(ActionClaresLaw, tracker("i dont want to go to the police", "clares_law_someone_else", after("describe_sexual_abuse", "action_abuse_answer")))
    assert "don't have to report to the police" in body and "Right to Ask" not in body


# ---- the second wave (fresh187-191, cy-fresh85-86) ----

@pytest.mark.asyncio
async def test_is_this_a_bot_and_is_it_saved_gets_both_answers():
    from actions.helplines import ActionHandoff
    text = "am i actually talking to a person or is this a bot? does this get saved anywhere, like could my partner see it"
    body = await reply(ActionHandoff, tracker(text, "ask_human", []))
    assert "automated helper" in body and "utter_privacy" in body


@pytest.mark.asyncio
async def test_station_or_online_in_scotland_gets_the_ways_to_apply():
    from actions.guidance import ActionGuidance
    text = "do i have to go to the station or can i do it on my phone, i dont want him seeing a letter come through"
    body = await reply(ActionGuidance, tracker(text, "clares_law_confidentiality", after("ask_clares_law", "action_clares_law"), nation="scotland", topic="clares_law"))
    assert "DSDAS" in body and "You can apply:" in body and "101" in body


@pytest.mark.asyncio
async def test_if_i_delete_it_he_will_know_gets_the_tech_safety_advice():
    from actions.fallback import ActionNotUnderstood
    body = await reply(ActionNotUnderstood, tracker("what i do with phone? if i delete it he will know", "nlu_fallback", after("ask_what_is_abuse", "action_abuse_answer")))
    assert "refugetechsafety.org" in body and "understand" not in body


@pytest.mark.asyncio
async def test_a_welsh_friend_asking_what_to_say_gets_the_friends_answer_again():
    from actions.fallback import ActionNotUnderstood
    earlier = after("worried_about_someone", "action_abuse_answer")
    body = await reply(ActionNotUnderstood, tracker("beth dw i'n gweud wrtho fe? sa i moyn neud pethe'n waeth", "nlu_fallback", earlier, asker="someone_else", language="cy"))
    assert "utter_worried_about_someone" in body or "gwrando" in body or "Listen" in body


# ---- the third wave (fresh192-196, cy-fresh87) ----

@pytest.mark.asyncio
async def test_a_daughters_husband_taking_loans_in_her_name_is_not_her_fault():
    text = "found out my daughters husband has took out a loan and two credit cards in her name, she had no idea. shes in bits"
    body = await reply(ActionAbuseAnswer, tracker(text, "worried_about_someone", [], asker="someone_else", gender="woman"))
    assert "economic abuse" in body and "It isn't her fault." in body


@pytest.mark.asyncio
async def test_ripping_off_the_tracker_after_the_answer_gets_what_removing_it_may_bring():
    from actions.fallback import ActionNotUnderstood
    body = await reply(ActionNotUnderstood, tracker("should i just rip it off and chuck it in the river", "nlu_fallback", after("ask_what_is_abuse", "action_abuse_answer")))
    assert "noticed" in body and "understand" not in body


@pytest.mark.asyncio
async def test_a_threat_made_to_keep_her_is_named_after_999():
    from actions.after_safety import ActionAfterSafety
    text = "he says if i go hell shoot the dogs and ill never see the kids again"
    body = await reply(ActionAfterSafety, tracker(text, "danger_now", []))
    assert "threat" in body.lower()


# ---- the fourth wave (fresh197-200, cy-fresh88) ----

@pytest.mark.asyncio
async def test_a_friend_who_needs_somewhere_safe_gets_the_way_to_a_space_not_respect():
    body = await reply(ActionRefuse, tracker("whats the address of the womens refuge in bolton my friend needs some where safe", "ask_locate_person", []))
    assert "refuge space" in body and RESPECT not in body


@pytest.mark.asyncio
async def test_self_harm_in_wales_names_samaritans_welsh_line():
    from actions.after_safety import ActionAfterSafety
    body = await reply(ActionAfterSafety, tracker("i keep thinking about ending it all. im up near caernarfon", "self_harm", [], nation="wales"))
    assert "0808 164 0123" in body


@pytest.mark.asyncio
async def test_skip_then_a_question_answers_the_question():
    from actions.follow_up import ActionFollowUp
    earlier = after("ask_is_this_abuse", "action_abuse_answer")
    body = await reply(ActionFollowUp, tracker("skip that. can he get done for it", "skip", earlier, topic="abuse_check"))
    assert "crime" in body and "What would you like to know?" not in body


@pytest.mark.asyncio
async def test_violence_both_ways_gets_their_lines_and_respects():
    text = "we both go for each other. she slaps me, ive shoved her into a wall. so whos the abuser here"
    body = await reply(ActionAbuseAnswer, tracker(text, "describe_physical_abuse", [], gender="man"))
    assert "0808 801 0327" in body and RESPECT in body
    alone = await reply(ActionAbuseAnswer, tracker("she slaps me and throws things at me", "describe_physical_abuse", [], gender="man"))
    assert RESPECT not in alone
