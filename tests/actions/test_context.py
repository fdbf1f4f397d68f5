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
    # (no Respect line: nothing says the friend harms anyone)
    assert "can't help find" in reply and "0808 2000 247" in reply and "0808 802 4040" not in reply
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


def two_back(first: str, first_text: str, second: str, second_text: str) -> List[Dict]:
    """Events of a conversation with two earlier messages."""
    return [*answered_as(first, first_text), *answered_as(second, second_text)]


@pytest.mark.asyncio
async def test_a_second_follow_up_after_samaritans_is_still_about_samaritans():
    # "is it free, ive got no credit" was answered with Samaritans' block, which leaves the topic
    # "samaritans" (earlier messages' words are not kept, so the slot is what says so); "will he see
    # it on the bill", read as the disclosure scheme's confidentiality, is about Samaritans still.
    from rasa_sdk.executor import CollectingDispatcher

    from actions.guidance import ActionGuidance
    from actions.in_context import answer_in_context

    first = tracker("is it free, ive got no credit", "ask_helpline", answered_as("self_harm", ""))
    events = answer_in_context(ActionHelpline(), CollectingDispatcher(), first, understood=True)
    assert events == [{"event": "slot", "timestamp": None, "name": "topic", "value": "samaritans"}]
    earlier = two_back("self_harm", "", "ask_helpline", "")
    reply = await said(ActionGuidance, tracker("will he see it on the bill", "clares_law_confidentiality", earlier, topic="samaritans"))
    assert reply.startswith("Samaritans") and "phone bill" in reply and "Clare's Law" not in reply
    welsh = await said(ActionHelpline, tracker("oes na rywun sy'n siarad cymraeg?", "ask_helpline", earlier, topic="samaritans", language="cy"))
    assert welsh.startswith("Samaritans") and "0808 164 0123" in welsh
    # The last answer was a helpline's, not Samaritans': not Samaritans.
    other = await said(ActionGuidance, tracker("will he see it on the bill", "clares_law_confidentiality",
                                               two_back("self_harm", "", "ask_helpline", ""), topic="helpline"))
    assert not other.startswith("Samaritans")


@pytest.mark.asyncio
async def test_email_or_text_instead_gets_the_lines_other_ways_in():
    from actions.helplines import ActionHandoff

    # After Samaritans: their email, even where the classifier heard a request for a person.
    reply = await said(ActionHandoff, tracker("can i email them instead i cant talk out loud in this house", "request_human",
                                              answered_as("self_harm")))
    assert "jo@samaritans.org" in reply
    # After Scotland's line: that line again, with its email.
    scot = await said(ActionNotUnderstood, tracker("can a email instead", "nlu_fallback", answered_as("ask_helpline"), nation="scotland"))
    assert "helpline@sdafmh.org.uk" in scot and "didn't quite understand" not in scot
    # A first message about the disclosure scheme's letters is not a follow-up about a line.
    from actions.guidance import ActionGuidance

    first = await said(ActionGuidance, Tracker("t", {}, {"text": "can they just email me what they find", "intent": {"name": "clares_law_confidentiality"},
                                                         "entities": []}, [], False, None, {}, None))
    assert "Other ways to reach" not in first


@pytest.mark.asyncio
async def test_not_samaritans_but_someone_who_knows_abuse_gets_the_abuse_lines():
    reply = await said(ActionNotUnderstood, tracker("i dont want samaritans, i want someone who gets the abuse side of it", "nlu_fallback",
                                                    answered_as("self_harm"), gender="man"))
    assert "0808 801 0327" in reply and "didn't quite understand" not in reply


@pytest.mark.asyncio
async def test_the_bill_after_the_stalking_line_says_what_its_source_says():
    reply = await said(ActionHelpline, tracker("will it show on the bill? we still share the phone contract", "ask_helpline",
                                               answered_as("describe_stalking"), route="stalking"))
    assert "0808 802 0300" in reply and "BT bills" in reply and "it may show" in reply


@pytest.mark.asyncio
async def test_calling_for_them_and_opening_hours_after_the_lines():
    ring = await said(ActionHelpline, tracker("can i ring it for him or does it have to be him", "clares_law_confidentiality",
                                              answered_as("worried_about_someone"), asker="someone_else", gender="man"))
    assert "call for them" in ring and "0808 801 0327" in ring
    hours = await said(ActionHelpline, tracker("ydyn nhw'n agored heno?", "ask_helpline", answered_as("worried_own_behaviour"),
                                               route="own_behaviour", language="cy"))
    assert "0808 802 4040" in hours and "Pryd mae pob llinell ar agor" in hours


@pytest.mark.asyncio
async def test_honour_follow_ups_get_the_law_and_the_forced_marriage_unit_again():
    from rasa_sdk.executor import CollectingDispatcher

    from tests.actions.test_follow_ups import DOMAIN

    async def answered(action, t) -> str:  # the answer's text, with the domain responses it names
        dispatcher = CollectingDispatcher()
        await action().run(dispatcher, t, DOMAIN)
        return "\n".join(m.get("text") or m.get("response") or "" for m in dispatcher.messages)

    legal = await answered(ActionNotUnderstood, tracker("is it even legal at 17", "nlu_fallback", answered_as("describe_honour_abuse"), route="honour"))
    assert "utter_honour_abuse" in legal and "0800 5999 247" in legal and "020 7008 0151" in legal
    from actions.abuse_check import ActionAbuseAnswer

    arranged = await answered(ActionAbuseAnswer, tracker("she keeps saying its just arranged not forced tho", "describe_sexual_abuse",
                                                          answered_as("describe_honour_abuse"), route="honour"))
    assert "utter_honour_abuse" in arranged and "sexual" not in arranged.lower()
    abroad = await answered(ActionNotUnderstood, tracker("be os dwi allan o'r wlad yn barod", "nlu_fallback", answered_as("ask_helpline"),
                                                     route="honour", language="cy"))
    assert "020 7008 0151" in abroad


@pytest.mark.asyncio
async def test_a_parent_asking_to_see_the_children_after_a_refusal_is_refused_and_pointed_to_legal_advice():
    from rasa_sdk.executor import CollectingDispatcher

    from actions.guidance import ActionGuidance
    from tests.actions.test_follow_ups import DOMAIN

    pressed = tracker("so how am i meant to see my kids then", "ask_children", answered_as("ask_locate_person"))
    dispatcher = CollectingDispatcher()
    await ActionGuidance().run(dispatcher, pressed, DOMAIN)
    reply = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert reply.count("can't help find") == 1 and "can't help find" in reply and "Citizens Advice" in reply and "0808 802 4040" in reply


@pytest.mark.asyncio
async def test_where_for_the_scheme_just_given_continues_the_scheme():
    from actions.abuse_check import ActionAbuseAnswer

    guide = [*answered_as("clares_law_someone_else", "can i check him out")[:-2], {"event": "action", "name": "action_clares_law"},
             {"event": "action", "name": "action_listen"}]
    latest = {"text": "its for my sister, shes near swansea. her boyfriend is a proper nasty piece of work mun",
              "intent": {"name": "worried_about_someone", "confidence": 0.9}, "entities": [{"entity": "nation", "value": "wales"}]}
    t = Tracker("t", {"topic": "clares_law", "nation": "wales", "asker": "someone_else"}, latest,
                [*guide, {"event": "user", "text": latest["text"], "parse_data": latest}], False, None, {}, None)
    reply = await said(ActionAbuseAnswer, t)
    assert "101" in reply and "Clare's Law" in reply and "believe them" not in reply


@pytest.mark.asyncio
async def test_two_places_route_by_whose_place_it_is():
    latest = {"text": "thing is shes in belfast and im in london", "intent": {"name": "ask_helpline", "confidence": 0.9},
              "entities": [{"entity": "nation", "value": "northern_ireland", "whose": "theirs"}, {"entity": "nation", "value": "england", "whose": "mine"}]}
    friend = Tracker("t", {"asker": "someone_else", "nation": "england"}, latest, [], False, None, {}, None)
    assert "0808 802 1414" in await said(ActionHelpline, friend)
    own = Tracker("t", {"nation": "northern_ireland"}, {**latest, "text": "im in london, hes in belfast"}, [], False, None, {}, None)
    assert "0808 2000 247" in await said(ActionHelpline, own)


@pytest.mark.asyncio
async def test_later_follow_ups_from_the_last_blind_sets():
    # Not wanting to talk on the phone, after Samaritans: their email.
    welsh = await said(ActionNotUnderstood, tracker("dwi ddim isio siarad ar ffon. oes na ffordd arall?", "nlu_fallback",
                                                    answered_as("self_harm"), language="cy"))
    assert "jo@samaritans.org" in welsh
    # "the one abusing ME" after a refusal is not a request for "that one" (a number) again.
    from actions.abuse_check import ActionAbuseAnswer

    theirs = await said(ActionAbuseAnswer, tracker("hes the one abusing ME. i need proof", "describe_tech_abuse", answered_as("ask_monitor_someone")))
    assert not theirs.startswith("Respect Phoneline")
    # Who a line is for, after the classifier's own-behaviour answer: Respect's line, not the men's.
    own = [{"event": "slot", "name": "route", "value": "own_behaviour"}, *answered_as("worried_own_behaviour")]  # domain.yml's from_intent mapping
    who = await said(ActionNotUnderstood, tracker("is that just for men who hit women", "nlu_fallback", own, gender="man", route="own_behaviour"))
    assert "0808 802 4040" in who


@pytest.mark.asyncio
async def test_a_refuge_address_asked_for_without_a_partner_named_offers_a_helpline_to_find_a_space():
    reply = await said(ActionRefuse, tracker("whats the address of the womens refuge in wigan", "ask_locate_person", answered_as("greet")))
    assert "can't help find" in reply and "find a space" in reply and "0808 2000 247" in reply
    husband = await said(ActionRefuse, tracker("my wife is in a refuge, whats the address", "ask_locate_person", answered_as("greet")))
    assert "find a space" not in husband


@pytest.mark.asyncio
async def test_who_a_line_is_for_keeps_the_route_of_the_answer_it_asks_about():
    # "is that just for men who hit women", read as a man asking (route "man" from this message):
    # the lines shown are the ones just given, Respect's.
    events = [{"event": "slot", "name": "route", "value": "own_behaviour"}, *answered_as("worried_own_behaviour")]
    reply = await said(ActionNotUnderstood, tracker("is that just for men who hit women", "male_victim", events, route="man", gender="man"))
    assert "0808 802 4040" in reply and "0808 801 0327" not in reply
