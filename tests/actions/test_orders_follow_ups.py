"""Follow-ups on the orders and police answers, from the eleventh session's blind sets: "do i need a
solicitor", "what if he turns up anyway", "will he know where i live" and "how long does it take" were
read as Clare's Law; "will they just arrest him" got nothing about the police's own notices; and a
woman refused a look at her husband's WhatsApp, who then said he'd threatened her, got Respect's line."""
from typing import Dict, List

import pytest
from rasa_sdk import Tracker

from actions.abuse_check import ActionAbuseAnswer
from actions.clares_law import ActionClaresLaw
from actions.fallback import ActionNotUnderstood
from actions.guidance import ActionGuidance
from actions.helplines import ActionHelpline
from tests.actions.test_follow_ups_in_context import reply


def after(intent: str, action: str) -> List[Dict]:
    """Events of a conversation whose previous message was answered as ``intent`` by ``action``."""
    return [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "", "parse_data": {"intent": {"name": intent, "confidence": 0.9}}},
        {"event": "action", "name": action},
        {"event": "action", "name": "action_listen"},
    ]


def tracker(text: str, intent: str, earlier: List[Dict], **slots) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    return Tracker("t", dict(slots), latest, [*earlier, {"event": "user", "text": text, "parse_data": latest}], False, None, {}, None)


AFTER_ORDERS = after("ask_protective_order", "action_guidance")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "action, intent, text, said, not_said",
    [
        (ActionClaresLaw, "ask_clares_law", "do i need a solicitor or can i do it myself", ["FL401", "CourtNav", "solicitor"], ["Clare's Law"]),
        (ActionGuidance, "clares_law_process", "how long does it take", ['"without notice"', "same or the next day"], ["utter_clares_law_process"]),
        (ActionGuidance, "clares_law_confidentiality", "will he know where i live", ["C8"], ["Clare's Law"]),
        (ActionNotUnderstood, "nlu_fallback", "what if he turns up anyway", ["arrested for breaking", "crime", "tell the police"], ["understood"]),
        (ActionNotUnderstood, "nlu_fallback", "does he get told before", ['"without notice"'], ["understood"]),
        (ActionAbuseAnswer, "describe_stalking", "what if he turns up anyway", ["arrested for breaking"], ["Fixated"]),
    ],
)
async def test_a_follow_up_on_the_orders_answer_gets_the_point_it_asks_about(action, intent, text, said, not_said):
    body = await reply(action, tracker(text, intent, AFTER_ORDERS, topic="orders"))
    assert all(words in body for words in said), body
    assert not any(words in body for words in not_said), body
    assert "0808 2000 247" in body and "999" in body


@pytest.mark.asyncio
async def test_the_same_words_elsewhere_are_not_about_orders():
    # After the Clare's Law answer, "how long does it take" is the scheme's timescale.
    scheme = await reply(ActionGuidance, tracker("how long does it take", "clares_law_process", after("ask_clares_law", "action_clares_law"), topic="clares_law"))
    assert "utter_clares_law_process" in scheme and "without notice" not in scheme
    # Naming the scheme after the orders answer asks about the scheme.
    named = await reply(ActionClaresLaw, tracker("can i find out if he has a record", "ask_clares_law", AFTER_ORDERS, topic="orders"))
    assert "Clare's Law" in named and "FL401" not in named
    # How long a police order lasts is not how fast a court order comes.
    lasts = await reply(ActionNotUnderstood, tracker("how long does the order one last", "nlu_fallback", after("ask_protective_order", "action_guidance"), topic="orders"))
    assert "14 to 28 days" in lasts


@pytest.mark.asyncio
async def test_asking_if_the_police_will_arrest_him_names_their_notices_and_orders():
    body = await reply(ActionGuidance, tracker("what actually happens if i ring the police on him. will they just arrest him", "ask_report_police", []))
    assert "101" in body and "Domestic Violence Protection Notice (DVPN)" in body
    follow_up = await reply(ActionGuidance, tracker("what if i dont want him charged i just want him out for a bit", "ask_report_police",
                                                    after("ask_report_police", "action_guidance"), topic="police"))
    assert "DVPN" in follow_up and "You don't have to report" in follow_up
    plain = await reply(ActionGuidance, tracker("how do i report him to the police", "ask_report_police", []))
    assert "DVPN" not in plain


@pytest.mark.asyncio
async def test_someone_hurt_after_a_refusal_that_named_respect_gets_a_victims_line():
    earlier = after("ask_monitor_someone", "action_refuse")
    hurt = "ond ma fe di bygwth fi o'r blaen a fi'n ofn e. shwt arall fi fod i wbod be ma fe'n planio?"
    body = await reply(ActionHelpline, tracker(hurt, "ask_safety_plan", earlier, route="own_behaviour", language="cy"))
    assert "0808 80 10 800" in body and "0808 802 4040" not in body
    named = await reply(ActionAbuseAnswer, tracker("but hes threatened me before and im scared of him", "describe_coercive_control", earlier, route="own_behaviour"))
    assert "0808 802 4040" not in named and "0808 2000 247" in named
    # Someone describing what they do keeps Respect's line.
    own = await reply(ActionHelpline, tracker("i check her phone every night", "worried_own_behaviour", earlier, route="own_behaviour"))
    assert "0808 802 4040" in own


@pytest.mark.asyncio
async def test_after_an_overdose_only_a_few_is_still_the_self_harm_answer():
    earlier = after("self_harm", "utter_self_harm")
    body = await reply(ActionGuidance, tracker("dim ond chydig o rai. plis dwi'm isio mam wbod", "clares_law_no_disclosure", earlier, language="cy"))
    assert body == "utter_self_harm"
    # a 15-year-old saying their age after Samaritans is not taken as an amount
    age = await reply(ActionNotUnderstood, tracker("im only 15", "nlu_fallback", earlier))
    assert "utter_self_harm" not in age


@pytest.mark.asyncio
async def test_the_partners_lines_follow_the_pronoun():
    earlier = after("worried_own_behaviour", "action_helpline")
    him = await reply(ActionNotUnderstood, tracker("he could ring someone too right?", "nlu_fallback", earlier, route="own_behaviour"))
    assert "0808 801 0327" in him and "0808 802 4040" not in him
    her = await reply(ActionNotUnderstood, tracker("can she get help too", "nlu_fallback", earlier, route="own_behaviour"))
    assert "0808 2000 247" in her


@pytest.mark.asyncio
async def test_not_wanting_him_in_trouble_and_not_confronting():
    earlier = after("describe_older_person_abuse", "action_abuse_answer")
    trouble = await reply(ActionHelpline, tracker("i dont want him in bother tho hes still my lad", "ask_helpline", earlier, age_group="older"))
    assert "your choice" in trouble and "0808 808 8141" in trouble
    meet = await reply(ActionNotUnderstood, tracker("should i just meet up with him and tell him to stop", "nlu_fallback",
                                                    after("describe_emotional_abuse", "action_abuse_answer")))
    assert "don't confront" in meet and "0808 2000 247" in meet
    # a friend gets the direct answer first, then the friend's answer (listen, believe, never confront)
    friend = await reply(ActionNotUnderstood, tracker("should i go round and have a word with him", "nlu_fallback",
                                                      after("worried_about_someone", "action_abuse_answer"), asker="someone_else"))
    assert "Please don't confront" in friend and "utter_worried_about_someone" in friend


@pytest.mark.asyncio
async def test_the_law_of_the_nation_asked_about():
    body = await reply(ActionAbuseAnswer, tracker("wots the law on domestic abuse in scotland, is it different from england", "ask_what_is_abuse", []))
    assert "Domestic Abuse (Scotland) Act 2018" in body
    plain = await reply(ActionAbuseAnswer, tracker("what counts as domestic abuse", "ask_what_is_abuse", []))
    assert "2018" not in plain


@pytest.mark.asyncio
async def test_a_refused_request_from_someone_being_hurt_gets_their_lines():
    from actions.refusals import ActionRefuse

    hurt = await reply(ActionRefuse, tracker("he hits me, i need to know where he is tonight", "ask_locate_person", []))
    assert "can't" in hurt and "0808 2000 247" in hurt and "0808 802 4040" not in hurt
    other = await reply(ActionRefuse, tracker("where has my ex moved to, she took my son and wont tell me", "ask_locate_person", []))
    assert "0808 802 4040" in other


@pytest.mark.asyncio
async def test_is_it_a_crime_after_respects_line_is_answered_for_them():
    body = await reply(ActionNotUnderstood, tracker("ydi hyn yn drosedd go iawn?", "nlu_fallback", after("worried_own_behaviour", "action_helpline"),
                                                    route="own_behaviour", language="cy"))
    assert "0808 802 4040" in body and "drosedd" in body  # (mutated: "yn drosedd")


@pytest.mark.asyncio
async def test_pressing_after_a_refusal_in_other_words_gets_the_refusal_again():
    from actions.follow_up import ActionFollowUp

    checked = after("ask_check_person", "action_clares_law")
    yes_or_no = await reply(ActionFollowUp, tracker("jyst ie neu na plis, wna i ddim deud wrth neb", "deny", checked, topic="clares_law", language="cy"))
    assert "Alla i ddim" in yes_or_no
    no_police = await reply(ActionGuidance, tracker("plis, dwi'm isio mynd at yr heddlu. jyst deud wrtha i", "ask_report_police", checked, language="cy"))
    assert "Alla i ddim" in no_police
    located = after("ask_locate_person", "action_refuse")
    myself = await reply(ActionNotUnderstood, tracker("ok. ella mod i angen help fy hun tbh", "nlu_fallback", located, language="cy"))
    assert "0808 802 4040" in myself


@pytest.mark.asyncio
async def test_in_writing_after_the_schemes_confidentiality_answer():
    body = await reply(ActionHelpline, tracker("alla i gael o mewn sgwennu?", "ask_helpline", after("clares_law_confidentiality", "action_guidance"),
                                               topic="clares_law", language="cy"))
    assert "ysgrifenedig" in body
