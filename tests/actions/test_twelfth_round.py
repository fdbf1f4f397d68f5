"""Follow-ups from the twelfth session's blind sets: "whats the law on it" and "but hes never hit me" after
an answer about abuse (read as Clare's Law and as "which helpline?"), the police's two-day notice, the
Silent Solution from a landline, FGM, and "ok sut?" after Clare's Law."""
from typing import Dict, List

import pytest
from rasa_sdk import Tracker

from actions.abuse_check import ActionAbuseAnswer
from actions.clares_law import ActionClaresLaw
from actions.fallback import ActionNotUnderstood
from actions.follow_up import ActionFollowUp
from actions.guidance import ActionGuidance
from actions.helplines import ActionHelpline
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker


def then(*earlier: str) -> List[Dict]:
    """Events of a conversation whose earlier messages were answered as these intents, oldest first."""
    return [event for intent in earlier for event in after(intent, "action_abuse_answer")]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "action, intent, text",
    [
        (ActionClaresLaw, "ask_clares_law", "whats the law on it then"),
        (ActionHelpline, "ask_helpline", "is what he did an actual crime"),
        (ActionAbuseAnswer, "ask_what_is_abuse", "is it illegal or just like a term"),
    ],
)
async def test_the_law_asked_after_a_description_is_the_law_not_the_scheme(action, intent, text):
    body = await reply(action, tracker(text, intent, then("describe_coercive_control")))
    assert "much of it is a crime" in body and "Right to Ask" not in body
    assert "0808 2000 247" in body and "999" in body


@pytest.mark.asyncio
async def test_the_law_elsewhere_after_the_law():
    body = await reply(ActionClaresLaw, tracker("wot about if ur in scotland", "ask_clares_law", then("ask_what_is_abuse"), topic="law"))
    assert "Domestic Abuse (Scotland) Act 2018" in body and "0800 027 1234" in body and "DSDAS" not in body
    # Without the law just given, the same words after the scheme are about the scheme.
    scheme = await reply(ActionClaresLaw, tracker("wot about if ur in scotland", "ask_clares_law", after("ask_clares_law", "action_clares_law"),
                                                  topic="clares_law", nation="scotland"))
    assert "DSDAS" in scheme


@pytest.mark.asyncio
async def test_never_hit_after_a_description_is_told_abuse_need_not_be_physical():
    body = await reply(ActionHelpline, tracker("but hes never hit me", "ask_helpline", then("describe_coercive_control")))
    assert "doesn't have to be physical" in body and "0808 2000 247" in body
    # With nothing described before, it is a line question as ever.
    plain = await reply(ActionHelpline, tracker("but hes never hit me", "ask_helpline", []))
    assert "doesn't have to be physical" not in plain
    # Said with a description, the first answer says so too.
    first = await reply(ActionAbuseAnswer, tracker("he reads all my texts but hes never hit me, does that count", "ask_is_this_abuse", []))
    assert "doesn't have to be physical" in first and "tech abuse" in first


@pytest.mark.asyncio
async def test_asking_if_it_must_be_physical_gets_what_counts_not_sympathy_for_a_beating():
    body = await reply(ActionAbuseAnswer, tracker("does it have to be physical to count as domestic abuse", "ask_is_this_abuse", []))
    assert "It isn't only physical" in body and "I'm so sorry that happened" not in body


@pytest.mark.asyncio
async def test_follow_ups_that_name_a_side_an_age_or_a_pet():
    tech = await reply(ActionNotUnderstood, tracker("is there anywhere that helps with the tech side of it", "nlu_fallback", then("describe_tech_abuse")))
    assert "refugetechsafety" in tech.lower().replace(" ", "")
    young = await reply(ActionNotUnderstood, tracker("wot about if theyre under 16", "nlu_fallback", then("ask_what_is_abuse")))
    assert "0800 1111" in young and "16 or over" in young
    pet = await reply(ActionHelpline, tracker("its only the dog tho not me", "inform", then("describe_coercive_control"), asker="someone_else"))
    assert "utter_threats" in pet and "utter_worried_about_someone" not in pet


@pytest.mark.asyncio
async def test_what_do_i_do_after_a_description_or_the_danger_answer_gets_the_lines():
    # (the action server sees only the previous message's intent: the topic says it was still about abuse)
    body = await reply(ActionNotUnderstood, tracker("so what do i do", "nlu_fallback", after("ask_helpline", "action_helpline"), topic="abuse_check"))
    assert "0808 2000 247" in body
    after_danger = await reply(ActionGuidance, tracker("ok police are coming. wot do i do after", "clares_law_process", after("danger_now", "utter_danger")))
    assert "0808 2000 247" in after_danger and "utter_clares_law_process" not in after_danger


@pytest.mark.asyncio
async def test_the_silent_solution_from_a_landline_and_where_55_puts_you():
    landline = await reply(ActionHelpline, tracker("wot if its the landline", "ask_helpline", after("danger_now", "utter_danger")))
    assert "45 seconds" in landline and "location" in landline
    where = await reply(ActionNotUnderstood, tracker("does pressing 55 let them see where i am", "nlu_fallback", after("ask_helpline", "action_helpline")))
    assert "does not by itself tell police where you are" in where
    welsh = await reply(ActionHelpline, tracker("be am linell dir?", "ask_helpline", after("danger_now", "utter_danger"), language="cy"))
    assert "45 eiliad" in welsh


@pytest.mark.asyncio
async def test_the_police_notice_its_order_and_breaking_it():
    orders = after("ask_protective_order", "action_guidance")
    first = await reply(ActionGuidance, tracker("police came last nite n gave him a paper sayin he cant come home for 2 days, wot even is that",
                                                "ask_protective_order", []))
    assert first.index("Domestic Violence Protection Notice") < first.index("non-molestation order")
    back = await reply(ActionGuidance, tracker("so after the 2 days he can just walk back in??", "clares_law_process", orders, topic="orders"))
    assert "Domestic Violence Protection Order (DVPO)" in back and "Right to Ask" not in back
    broken = await reply(ActionNotUnderstood, tracker("n if he turns up anyway", "nlu_fallback", orders, topic="orders"))
    assert "up to 2 months in prison" in broken and "arrested for breaking" in broken
    quick = await reply(ActionClaresLaw, tracker("can it be done quick without him knowin first", "clares_law_apply", orders, topic="orders"))
    assert '"without notice"' in quick and "Clare's Law" not in quick


@pytest.mark.asyncio
async def test_asking_if_the_police_will_arrest_him_says_they_may():
    body = await reply(ActionGuidance, tracker("if i phone the police on him will they arrest him", "ask_report_police", []))
    assert body.index("the person may be arrested") < body.index("101")


@pytest.mark.asyncio
async def test_a_girl_at_risk_of_fgm_gets_its_facts_and_the_nspcc_line():
    text = "my ex husband wants to take our 8yr old back home to get her cut, says its tradition. how do i stop him"
    body = await reply(ActionHelpline, tracker(text, "inform", [], route="fgm"))
    assert "utter_fgm" in body and "0800 028 3550" in body
    honour = await reply(ActionAbuseAnswer, tracker("they want to get my little girl circumcised when we go back home this summer", "describe_honour_abuse", [], route="fgm"))
    assert "utter_fgm" in honour and "0800 028 3550" in honour
    other = await reply(ActionHelpline, tracker("my parents want me to marry my cousin", "describe_honour_abuse", [], route="honour"))
    assert "utter_fgm" not in other


@pytest.mark.asyncio
async def test_a_yes_that_asks_on_after_clares_law():
    scheme = after("ask_clares_law", "action_clares_law")
    how = await reply(ActionFollowUp, tracker("ok sut?", "affirm", scheme, topic="clares_law", language="cy"))
    assert "101" in how
    long = await reply(ActionFollowUp, tracker("iawn. pa mor hir?", "affirm", scheme, topic="clares_law", language="cy"))
    assert "28" in long or "utter_clares_law_process" in long
    plain = await reply(ActionFollowUp, tracker("ok", "affirm", scheme, topic="clares_law"))
    assert "utter_anything_else" in plain


@pytest.mark.asyncio
async def test_a_question_after_the_danger_answer_the_classifier_alone_repeated_is_answered():
    from actions.after_safety import ActionAfterSafety
    body = await reply(ActionAfterSafety, tracker("im at my neighbours now, rang the police. do i keep the text", "danger_now", after("danger_now", "utter_danger")))
    assert "keep them" in body
    # Danger the patterns find stands alone.
    alone = await reply(ActionAfterSafety, tracker("hes back at the door, do i keep the text", "danger_now", after("danger_now", "utter_danger")))
    assert "keep them" not in alone


@pytest.mark.asyncio
async def test_a_domestic_abuse_line_asked_for_after_samaritans():
    body = await reply(ActionNotUnderstood, tracker("ok ill ring them. is there a domestic abuse one too", "nlu_fallback", after("self_harm", "utter_self_harm")))
    assert "0808 2000 247" in body


@pytest.mark.asyncio
async def test_no_charge_brings_the_police_order_first():
    body = await reply(ActionGuidance, tracker("police came out but said not enough evidence to charge him. so thats it?", "ask_protective_order", []))
    assert body.index("Domestic Violence Protection Order (DVPO)") < body.index("non-molestation order")
    instead = await reply(ActionClaresLaw, tracker("so wot can i get instead then", "clares_law_apply", after("ask_protective_order", "action_guidance"), topic="orders"))
    assert "non-molestation order" in instead and "Clare's Law" not in instead


@pytest.mark.asyncio
async def test_pressing_after_a_refusal_in_welsh_gets_the_refusal_and_respect():
    body = await reply(ActionHelpline, tracker("dwi jyst yn ei charu hi. dwi ddim yn foi drwg", "ask_helpline", after("ask_monitor_someone", "action_refuse"), language="cy"))
    assert "0808 802 4040" in body and "0808 80 10 800" not in body


@pytest.mark.asyncio
async def test_what_can_i_do_with_nothing_before_it_gets_what_harbour_does():
    body = await reply(ActionNotUnderstood, tracker("what can i actualy do", "nlu_fallback", []))
    assert "utter_capabilities" in body


@pytest.mark.asyncio
async def test_for_me_just_after_the_scheme_is_the_scheme_for_them():
    scheme = after("ask_clares_law", "action_clares_law")
    latest = tracker("i fi, am y boi newydd dwi'n weld", "ask_helpline", scheme, topic="clares_law", language="cy", asker="self")
    latest.latest_message["entities"] = [{"entity": "asker", "value": "self"}]
    body = await reply(ActionHelpline, latest)
    assert "101" in body and "Live Fear Free" not in body


@pytest.mark.asyncio
async def test_a_woman_and_her_ex_girlfriend_get_galop():
    body = await reply(ActionGuidance, tracker("me n my ex gf split 2 month ago (im a woman too) n she keeps coming to my flat. can i get an order",
                                               "ask_protective_order", [], gender="woman"))
    assert "0800 999 5428" in body


@pytest.mark.asyncio
async def test_a_conversation_begun_in_welsh_keeps_wales_line_when_it_turns_to_english():
    earlier = [{"event": "slot", "name": "language", "value": "cy"}, *after("describe_coercive_control", "action_abuse_answer")]
    body = await reply(ActionHelpline, tracker("sori, can i text them instead of ringing", "ask_helpline", earlier, language="en"))
    assert "07860 077333" in body


@pytest.mark.asyncio
async def test_a_police_question_with_a_description_names_what_it_is():
    body = await reply(ActionGuidance, tracker("wat if the police dont believe me, he never leaves marks its all mind games n controlling stuff", "ask_report_police", []))
    assert "controlling or coercive behaviour" in body and "101" in body
    plain = await reply(ActionGuidance, tracker("how do i report him to the police", "ask_report_police", []))
    assert "What you describe" not in plain


@pytest.mark.asyncio
async def test_second_sets_follow_ups():
    # the DAPO pilot asked about by place, after the orders answer
    orders = after("ask_protective_order", "action_guidance")
    croydon = await reply(ActionAbuseAnswer, tracker("im in croydon does that count", "ask_is_this_abuse", orders, topic="orders"))
    assert "Croydon" in croydon and "Under the Domestic Abuse Act 2021" not in croydon
    where = await reply(ActionGuidance, tracker("will he find out where im living now", "clares_law_confidentiality", orders, topic="orders"))
    assert "C8" in where and "Domestic Abuse Protection Order" not in where
    # what staff do after "ANI"
    ani = await reply(ActionGuidance, tracker("then wot do they do", "clares_law_process", after("ask_for_ani", "action_guidance"), topic="ani"))
    assert "private room" in ani and "utter_clares_law_process" not in ani
    # the text routes, asked on by someone who can't make voice calls
    text = await reply(ActionClaresLaw, tracker("how do i sign up for the text one", "clares_law_apply", after("ask_helpline", "action_helpline"), access="text_only"))
    assert "register" in text and "Clare's Law" not in text
    # evidence kept where he looks
    notes = await reply(ActionNotUnderstood, tracker("i kind of keep notes on my phone but he goes through it", "nlu_fallback", then("describe_coercive_control")))
    assert "a device they've never had access to" in notes
    # a friend told "it's normal": support her, it's her decision
    normal = await reply(ActionNotUnderstood, tracker("she says its normal for her age and everyone does it", "nlu_fallback", after("worried_about_someone", "action_abuse_answer"), asker="someone_else"))
    assert "utter_worried_about_someone" in normal  # (its text says leaving is their decision)
    # forced marriage: "if she goes is it too late"
    late = await reply(ActionNotUnderstood, tracker("if she goes is it too late", "nlu_fallback", then("describe_honour_abuse"), route="honour"))
    assert "utter_honour_abuse" in late and "020 7008 0151" in late


@pytest.mark.asyncio
async def test_reflection_questions_keep_a_person_and_999_one_step_away():
    earlier = after("ask_is_this_abuse", "action_abuse_answer")
    body = await reply(ActionFollowUp, tracker("yeah", "affirm", earlier, topic="abuse_check"))
    assert "utter_ask_check_afraid" in body and "999" in body


@pytest.mark.asyncio
async def test_refusing_someone_who_fears_the_one_they_ask_about_gives_a_victims_lines():
    from actions.refusals import ActionRefuse
    stalked = await reply(ActionRefuse, tracker("how can i track my exs phone so i know when hes near my house, hes been turnin up", "ask_monitor_someone", []))
    assert "can't" in stalked and "0808 802 0300" in stalked and "0808 802 4040" not in stalked
    safe = await reply(ActionRefuse, tracker("Fy cyn-gŵr wedi symud tŷ. Ble mae e'n byw nawr? Dw i eisiau gwybod i fod yn saff.", "ask_locate_person", [], language="cy"))
    assert "0808 802 4040" not in safe and "0808 80 10 800" in safe
    threatened = await reply(ActionRefuse, tracker("alli di checko'r address i fi? ma fe 'di bygwth fi o'r blaen", "ask_locate_person", [], language="cy"))
    assert "0808 802 4040" not in threatened
    # someone who wants to watch a partner still gets Respect's line
    watcher = await reply(ActionRefuse, tracker("how can i track my girlfriends phone, shes been acting weird", "ask_monitor_someone", []))
    assert "0808 802 4040" in watcher


@pytest.mark.asyncio
async def test_a_place_shared_by_two_nations_answers_both():
    body = await reply(ActionHelpline, tracker("im a woman, in newcastle if that helps", "inform", then("describe_emotional_abuse"), gender="woman"))
    assert "0808 2000 247" in body and "0808 802 1414" in body


@pytest.mark.asyncio
async def test_pressing_after_a_victims_refusal_keeps_a_victims_lines():
    from rasa_sdk.executor import CollectingDispatcher
    from actions.refusals import ActionRefuse
    events = await ActionRefuse().run(CollectingDispatcher(), tracker("alli di checko'r address i fi? ma fe 'di bygwth fi o'r blaen", "ask_locate_person", [], language="cy"), {})
    set_slots = [(event.get("name"), event.get("value")) for event in events]
    assert ("asker", "self") in set_slots and ("topic", "helpline") in set_slots
    earlier = after("ask_locate_person", "action_refuse")
    pressed = await reply(ActionHelpline, tracker("ond ti'n gallu gweld pethe ar-lein, plis jyst edrych", "ask_helpline", earlier, language="cy", asker="self", topic="helpline"))
    assert "0808 802 4040" not in pressed and "0808 80 10 800" in pressed
    # someone refused with Respect's line who presses gets it again
    watcher = await reply(ActionHelpline, tracker("come on just tell me, shes my wife", "ask_helpline", after("ask_locate_person", "action_refuse")))
    assert "0808 802 4040" in watcher
