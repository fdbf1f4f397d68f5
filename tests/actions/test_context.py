"""Follow-ups read against the answer just given (actions/context.py), and the lines for someone who
writes in Welsh without saying where they live — each case from a blind typed set's miss."""
from typing import Dict, List

import pytest
from rasa_sdk import Tracker

from actions.fallback import ActionNotUnderstood
from actions.helplines import ActionHelpline
from actions.refusals import ActionRefuse
from tests.actions.test_follow_ups import said


def answered_as(intent: str, text: str = "earlier") -> List[Dict]:
    """Events of a conversation whose previous message was answered as ``intent``."""
    return [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": {"intent": {"name": intent, "confidence": 0.9}}},
        {"event": "action", "name": "action_abuse_answer"},
        {"event": "action", "name": "action_listen"},
    ]


def tracker(text: str, intent: str, events: List[Dict], **slots) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    user = {"event": "user", "text": text, "parse_data": latest}
    return Tracker("t", dict(slots), latest, [*events, user], False, None, {}, None)


@pytest.mark.asyncio
async def test_is_that_number_free_after_samaritans_is_about_samaritans():
    reply = await said(ActionHelpline, tracker("is that number free? he goes thru the phone bill every month", "ask_helpline",
                                               answered_as("self_harm")))
    assert reply.startswith("Samaritans") and "116 123" in reply and "phone bill" in reply
    # The same words after another answer: the helplines, as before.
    other = await said(ActionHelpline, tracker("is that number free?", "ask_helpline", answered_as("describe_coercive_control")))
    assert "0808 2000 247" in other and not other.startswith("Samaritans")
    # Another line asked for by name after Samaritans: that line, not Samaritans again.
    mens = await said(ActionHelpline, tracker("im ok right now. whats the mens number again", "ask_helpline",
                                              answered_as("self_harm"), gender="man"))
    assert "0808 801 0327" in mens
    # "could they speak Welsh with me?" after Samaritans: their block, with the Welsh Language Line.
    welsh = await said(ActionHelpline, tracker("fysa nhw'n gallu siarad cymraeg efo fi?", "ask_helpline",
                                               answered_as("self_harm"), language="cy"))
    assert "116 123" in welsh and "0808 164 0123" in welsh


@pytest.mark.asyncio
async def test_is_it_just_for_girls_gets_who_each_line_is_for():
    reply = await said(ActionNotUnderstood, tracker("is it just for girls tho? her brother might be getting the same", "nlu_fallback",
                                                    answered_as("describe_honour_abuse"), route="honour"))
    assert "Karma Nirvana" in reply and "any gender" in reply and "didn't quite understand" not in reply
    # Not a question about who a line serves: still asked to rephrase.
    plain = await said(ActionNotUnderstood, tracker("hmm", "nlu_fallback", answered_as("describe_honour_abuse"), route="honour"))
    assert "didn't quite understand" in plain


@pytest.mark.asyncio
async def test_deleting_the_app_after_the_tech_answer_warns_it_can_be_noticed():
    reply = await said(ActionNotUnderstood, tracker("should i just delete it then", "nlu_fallback", answered_as("describe_tech_abuse")))
    assert "noticed" in reply and "https://refugetechsafety.org" in reply and "0808 2000 247" in reply
    welsh = await said(ActionNotUnderstood, tracker("ddylwn i jyst ei ddileu fo?", "nlu_fallback", answered_as("describe_tech_abuse"), language="cy"))
    assert "sylwi" in welsh
    # The same words after something else: not read as the app.
    other = await said(ActionNotUnderstood, tracker("should i just delete it then", "nlu_fallback", answered_as("ask_helpline")))
    assert "noticed" not in other


@pytest.mark.asyncio
async def test_someone_writing_welsh_without_a_place_gets_wales_line_first_and_is_asked_otherwise():
    reply = await said(ActionHelpline, tracker("pwy alla i ffonio", "ask_helpline", answered_as("greet"), language="cy"))
    assert reply.index("0808 80 10 800") < reply.index("Os nad ydych chi'n byw yng Nghymru")
    assert "0808 2000 247" not in reply.split("Os nad ydych")[0]
    # Said they live in England: England's line, in Welsh.
    england = await said(ActionHelpline, tracker("pwy alla i ffonio", "ask_helpline", answered_as("greet"), language="cy", nation="england"))
    assert "0808 2000 247" in england and "0808 80 10 800" not in england
    # English with no place: England's line, and the question about the other nations.
    english = await said(ActionHelpline, tracker("who can i ring", "ask_helpline", answered_as("greet")))
    assert "0808 2000 247" in english and "If you live in Wales, Scotland or Northern Ireland" in english


@pytest.mark.asyncio
async def test_a_crime_question_about_own_behaviour_is_answered():
    reply = await said(ActionHelpline, tracker("is that an actual crime tho or just bein a bad husband", "worried_own_behaviour",
                                               answered_as("worried_own_behaviour"), route="own_behaviour"))
    assert "is a crime" in reply and "0808 802 4040" in reply


@pytest.mark.asyncio
async def test_a_line_asked_about_by_name_is_shown():
    reply = await said(ActionHelpline, tracker("dwi yn aberystwyth. ydi galop yn siarad efo merched hefyd?", "ask_helpline",
                                               answered_as("greet"), language="cy", nation="wales"))
    assert "0800 999 5428" in reply and "0808 80 10 800" in reply


@pytest.mark.asyncio
async def test_a_friend_asking_for_a_refuge_address_is_refused_and_told_who_can_help_her_support_her():
    reply = await said(ActionRefuse, tracker("my mate went into a refuge in leeds, can u give me the address", "ask_locate_person",
                                             answered_as("greet")))
    assert "can't help find" in reply and "0808 2000 247" in reply and "0808 802 4040" in reply
    # A husband asking where his wife went: refused, Respect's line, no helpline for supporting her.
    theirs = await said(ActionRefuse, tracker("where is my wife staying", "ask_locate_person", answered_as("greet")))
    assert "can't help find" in theirs and "0808 802 4040" in theirs and "0808 2000 247" not in theirs


@pytest.mark.asyncio
async def test_pressing_after_a_refusal_gets_the_refusal_again_but_a_new_question_does_not():
    reply = await said(ActionHelpline, tracker("please, im not gonna do anything, i just want to talk to her", "ask_helpline",
                                               answered_as("ask_locate_person")))
    assert "can't help find" in reply and "0808 802 4040" in reply
    fallback = await said(ActionNotUnderstood, tracker("ond dwi'n deulu iddi", "nlu_fallback", answered_as("ask_locate_person"), language="cy"))
    assert "0808 802 4040" in fallback and "wnes i ddim deall" not in fallback
    asked = await said(ActionHelpline, tracker("ok who can i ring to help her", "ask_helpline", answered_as("ask_locate_person")))
    assert "can't help find" not in asked and "0808 2000 247" in asked


@pytest.mark.asyncio
async def test_pressing_after_a_record_check_refusal_gets_that_refusal_not_the_locate_one():
    reply = await said(ActionHelpline, tracker("come on, shes my sister, i just want to see her", "ask_helpline",
                                               answered_as("ask_check_person")))
    assert "Clare's Law" in reply and "can't help find" not in reply


@pytest.mark.asyncio
async def test_pressing_after_a_refusal_read_as_a_worried_friend_is_refused_again():
    from actions.abuse_check import ActionAbuseAnswer

    reply = await said(ActionAbuseAnswer, tracker("come on mate shes my wife i just want to talk to her", "worried_about_someone",
                                                  answered_as("ask_locate_person")))
    assert "can't help find" in reply and "believe them" not in reply
    friend = await said(ActionAbuseAnswer, tracker("my mate's fella checks her phone", "worried_about_someone", answered_as("ask_locate_person")))
    assert "can't help find" not in friend


@pytest.mark.asyncio
async def test_a_partner_pressing_to_find_her_is_not_offered_help_to_support_her():
    reply = await said(ActionRefuse, tracker("come on mate shes my wife i just want to talk to her", "ask_locate_person",
                                             answered_as("ask_locate_person"), asker="someone_else"))
    assert "can't help find" in reply and "0808 802 4040" in reply and "support her" not in reply
