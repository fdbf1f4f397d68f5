"""Answers from the fifteenth session's blind sets: Scotland's and Northern Ireland's own law asked for at once,
follow-ups on the orders, the police and Ask for ANI read against the answer just given, the lines for the
one being hurt asked for by someone who harms, "will they make me report him", fear said after Clare's Law,
the stalking and honour lines with an answer about orders or the police, and the tech guides a message on."""
import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.clares_law import ActionClaresLaw
from actions.fallback import ActionNotUnderstood
from actions.guidance import ActionGuidance
from actions.helplines import ActionHelpline
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker
from tests.actions.test_thirteenth_round import then

AFTER_ORDERS = after("ask_protective_order", "action_guidance")
AFTER_POLICE = after("ask_report_police", "action_guidance")
AFTER_ANI = after("ask_for_ani", "action_guidance")
AFTER_SCHEME = after("ask_clares_law", "action_clares_law")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "action, intent, text, said",
    [
        (ActionClaresLaw, "ask_clares_law", "whats the law on coercive control in northern ireland", "Domestic Abuse and Civil Proceedings Act (NI) 2021"),
        (ActionAbuseAnswer, "describe_family_abuse", "what does scottish law say if its my brother doing it to me, not a boyfriend", "abuse by other family members is dealt with under other laws"),
        (ActionHelpline, "ask_helpline", "my brother batters my mum, theyre in inverness. does the scottish domestic abuse law cover that", "Domestic Abuse (Scotland) Act 2018"),
    ],
)
async def test_the_law_of_scotland_or_northern_ireland_asked_for_at_once(action, intent, text, said):
    body = await reply(action, tracker(text, intent, []))
    assert said in body and "Clare's Law" not in body


@pytest.mark.asyncio
async def test_the_law_in_england_is_not_answered_as_another_nations():
    body = await reply(ActionAbuseAnswer, tracker("is it a crime what he does, he takes all my money", "describe_economic_abuse", []))
    assert "Civil Proceedings" not in body and "(Scotland) Act" not in body


@pytest.mark.asyncio
async def test_another_nation_asked_about_after_the_law():
    body = await reply(ActionClaresLaw, tracker("and what about northern ireland, my cousin in belfast has the same thing with her da", "ask_clares_law", then("ask_what_is_abuse"), topic="law", nation="scotland"))
    assert "Domestic Abuse and Civil Proceedings Act (NI) 2021" in body and "DVADS" not in body


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "earlier, topic, text, said, not_said",
    [
        (AFTER_ORDERS, "orders", "where do i send it", ["FL401"], ["didn't quite understand"]),
        (AFTER_ORDERS, "orders", "and after that can i get something longer myself? we're in leicester", ["non-molestation order"], ["didn't quite understand"]),
        (AFTER_POLICE, "police", "can i do it online instead, dont want him hearing me on the phone", ["report domestic abuse online"], ["Victim Support helps"]),
        (AFTER_POLICE, "police", "and if its urgent one night", ["call 999"], ["didn't quite understand"]),
        (AFTER_ANI, "ani", "what happens after i say it", ["ANI"], ["keeps no record"]),
        (AFTER_ANI, "ani", "do all boots do it or just some", ["pharmacies that take part"], ["didn't quite understand"]),
    ],
)
async def test_follow_ups_read_against_the_answer_just_given(earlier, topic, text, said, not_said):
    body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", earlier, topic=topic))
    assert all(s in body for s in said) and not any(s in body for s in not_said)


@pytest.mark.asyncio
async def test_the_silent_solution_over_here_after_the_police_answer():
    body = await reply(ActionNotUnderstood, tracker("does that press 55 thing work over here too", "nlu_fallback", AFTER_POLICE, topic="police", nation="northern_ireland"))
    assert "Northern Ireland" in body and "press 55" in body


@pytest.mark.asyncio
async def test_the_stalking_and_honour_lines_with_orders_and_the_police():
    stalked = await reply(ActionGuidance, tracker("my ex is following me again, new number every week, turns up at the gym. can i get an order on him", "ask_protective_order", []))
    assert "National Stalking Helpline" in stalked and "non-molestation" in stalked
    honour = await reply(ActionGuidance, tracker("my family are threatening me over my boyfriend, they say ive shamed them. can the police help with that", "ask_report_police", []))
    assert "Karma Nirvana" in honour and "101" in honour
    housing = await reply(ActionGuidance, tracker("will the council help if i just turn up at the office", "ask_refuge", []))
    assert "National Stalking Helpline" not in housing


@pytest.mark.asyncio
async def test_not_ready_to_go_to_the_police():
    body = await reply(ActionNotUnderstood, tracker("not sure im ready to go to them yet", "nlu_fallback", then("describe_physical_abuse"), identity="lgbt"))
    assert "You don't have to report to the police to get support" in body and "Galop" in body


@pytest.mark.asyncio
async def test_lines_for_the_one_being_hurt_asked_for_after_respects():
    her = await reply(ActionHelpline, tracker("is there somewhere she can ring too", "ask_helpline", after("worried_own_behaviour", "action_helpline"), route="own_behaviour", gender="man"))
    assert "National Domestic Abuse Helpline" in her and "Respect" not in her
    him = await reply(ActionHelpline, tracker("is there somewhere he can ring too", "ask_helpline", after("worried_own_behaviour", "action_helpline"), route="own_behaviour", gender="woman"))
    assert "Men's Advice Line" in him


@pytest.mark.asyncio
async def test_will_they_make_me_report_him():
    body = await reply(ActionHelpline, tracker("so if i ring that number will they make me report him", "ask_helpline", after("ask_helpline", "action_helpline"), topic="helpline"))
    assert body.startswith("No. You don't have to report to the police to get support") and "serious risk" in body


@pytest.mark.asyncio
@pytest.mark.parametrize("text", ["i do get scared of him sometimes", "he'd go mental if he knew, hes got a horrible temper"])
async def test_fear_said_after_clares_law_gets_support_now(text):
    body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", AFTER_SCHEME, topic="clares_law"))
    assert "you don't have to wait for the police to get support" in body and "0808 2000 247" in body


@pytest.mark.asyncio
async def test_im_afraid_as_politeness_is_not_fear():
    body = await reply(ActionNotUnderstood, tracker("I am not very good with computers I'm afraid", "nlu_fallback", AFTER_SCHEME, topic="clares_law"))
    assert "frightening" not in body


@pytest.mark.asyncio
async def test_how_to_apply_again_after_a_miss():
    earlier = AFTER_SCHEME + after("nlu_fallback", "action_not_understood")
    body = await reply(ActionNotUnderstood, tracker("grand. can i do it on the computer or do i have to go in", "nlu_fallback", earlier, topic="clares_law", nation="northern_ireland"))
    assert "online form on the PSNI website" in body


@pytest.mark.asyncio
async def test_the_tech_guides_a_message_after_a_follow_up():
    earlier = then("describe_tech_abuse") + after("nlu_fallback", "action_not_understood")
    body = await reply(ActionNotUnderstood, tracker("any websites that explain all this", "nlu_fallback", earlier))
    assert "refugetechsafety.org" in body


@pytest.mark.asyncio
async def test_feeling_daft_with_a_new_description_names_it():
    body = await reply(ActionAbuseAnswer, tracker("feel daft asking tbh. she goes through my phone every night as well", "describe_tech_abuse", then("male_victim")))
    assert "controlling" in body


@pytest.mark.asyncio
async def test_getting_in_trouble_for_it_is_the_crime_answer():
    body = await reply(ActionClaresLaw, tracker("can he actually get in trouble for it", "clares_law_confidentiality", then("ask_is_this_abuse")))
    assert "much of it is a crime" in body


@pytest.mark.asyncio
async def test_a_definition_question_about_hitting_is_not_a_description():
    body = await reply(ActionAbuseAnswer, tracker("wots classed as domestic abuse, is it just if someone hits u", "ask_what_is_abuse", []))
    assert "I'm so sorry that happened" not in body and "It isn't only physical" in body


# ---- second round (fresh59-60, cy-fresh42) ----

@pytest.mark.asyncio
async def test_who_decides_after_the_police_notice_and_after_clares_law():
    police = await reply(ActionNotUnderstood, tracker("who decides it, me or them", "nlu_fallback", after("ask_protective_order", "action_guidance"), topic="orders"))
    assert "magistrates' court" in police and "panel" not in police
    scheme = await reply(ActionNotUnderstood, tracker("who decides if i get told", "nlu_fallback", AFTER_SCHEME, topic="clares_law"))
    assert "utter_clares_law_process" in scheme or "panel" in scheme


@pytest.mark.asyncio
async def test_a_child_blaming_themselves_after_asking_for_their_mum():
    body = await reply(ActionAbuseAnswer, tracker("is it my fault cos i answered him back", "ask_what_is_abuse", then("worried_about_someone"), asker="someone_else", age_group="child"))
    assert body.startswith("It isn't your fault") and "Childline" in body


@pytest.mark.asyncio
async def test_a_name_after_the_record_refusal_gets_the_scheme_for_them():
    body = await reply(ActionAbuseAnswer, tracker("hes my cousins boyfriend, shes 22 and just moved in wi him", "worried_about_someone", after("ask_check_person", "action_refuse"), asker="someone_else", nation="scotland"))
    assert "DSDAS" in body


@pytest.mark.asyncio
async def test_children_seeing_it_named_for_a_worried_grandparent():
    body = await reply(ActionAbuseAnswer, tracker("im worried about my grandson, hes 6 and my daughters partner shouts and throws things in front of him", "worried_about_someone", [], asker="someone_else"))
    assert "victims of it in their own right" in body


@pytest.mark.asyncio
async def test_split_up_asked_with_a_description():
    body = await reply(ActionAbuseAnswer, tracker("we split 2 years ago and he still messages me constantly and drives past my house. were not together so it cant be domestic abuse can it", "describe_stalking", []))
    assert "ex-partner" in body and "stalking" in body


@pytest.mark.asyncio
async def test_age_asked_after_the_scheme_for_someone_else():
    earlier = after("clares_law_someone_else", "action_clares_law")
    body = await reply(ActionAbuseAnswer, tracker("shes only 17 mind, does that rule it out", "describe_coercive_control", earlier, topic="clares_law", asker="someone_else", nation="northern_ireland"))
    assert "16 or over" in body


@pytest.mark.asyncio
async def test_every_specialist_line_named_when_nothing_is_known_of_someone_describing_abuse():
    father = await reply(ActionGuidance, tracker("my wife screams at me in front of the kids and tells them daddy is useless. is it affecting them", "ask_children", []))
    assert "victims of it in their own right" in father and "Men's Advice Line, 0808 801 0327" in father
    known = await reply(ActionGuidance, tracker("my wife screams at me in front of the kids. is it affecting them", "ask_children", [], gender="man"))
    assert "There are also lines just for some people" not in known and "Men's Advice Line" in known
    asked = await reply(ActionGuidance, tracker("do the kids count as victims", "ask_children", []))
    assert "There are also lines just for some people" not in asked
