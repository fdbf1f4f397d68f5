"""A short message straight after an answer is read in its context: "could i do it for her
instead?" after the Clare's Law guide asks the scheme for someone else; "and whats the number to
start it" asks how to apply, not for the helplines."""
from typing import Dict, List

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.abuse_check import ActionAbuseAnswer
from actions.helplines import ActionHelpline
from tests.actions.conftest import DOMAIN

AFTER_THE_GUIDE = [
    {"event": "action", "name": "action_listen"},
    {"event": "user", "text": "how do i apply for clares law"},
    {"event": "action", "name": "action_clares_law"},
    {"event": "slot", "name": "topic", "value": "clares_law"},
    {"event": "action", "name": "action_listen"},
]
AFTER_A_HELPLINE = [
    {"event": "action", "name": "action_listen"},
    {"event": "user", "text": "who can i ring"},
    {"event": "action", "name": "action_helpline"},
    {"event": "action", "name": "action_listen"},
]


def tracker(text: str, intent: str, events: List[Dict], topic: str = None, **slots) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    return Tracker("t", {"topic": topic, **slots}, latest, [*events, {"event": "user", "text": text}],
                   False, None, {}, None)


async def said(action, tracker: Tracker) -> str:
    dispatcher = CollectingDispatcher()
    await action().run(dispatcher, tracker, DOMAIN)
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


@pytest.mark.asyncio
async def test_asking_for_someone_else_just_after_the_guide_gets_the_scheme_for_them():
    reply = await said(ActionAbuseAnswer, tracker("could i do it for her instead", "worried_about_someone", AFTER_THE_GUIDE, "clares_law"))
    assert "on behalf of someone else" in reply or "for someone else" in reply
    assert "101" in reply and "Listen, believe them" not in reply
    # The same words with no guide before them: a worried friend's answer.
    reply = await said(ActionAbuseAnswer, tracker("could i do it for her instead", "worried_about_someone", AFTER_A_HELPLINE))
    assert "believe them" in reply


@pytest.mark.asyncio
async def test_a_friend_describing_abuse_after_the_guide_still_gets_it_named():
    text = "my mate's fella checks her phone and takes her wages"
    reply = await said(ActionAbuseAnswer, tracker(text, "worried_about_someone", AFTER_THE_GUIDE, "clares_law"))
    assert "economic abuse" in reply and "believe them" in reply


@pytest.mark.asyncio
async def test_the_number_to_start_it_after_the_guide_is_101_not_the_helplines():
    reply = await said(ActionHelpline, tracker("and whats the number to start it", "ask_helpline", AFTER_THE_GUIDE, "clares_law"))
    assert "101" in reply and "0808 2000 247" not in reply
    # A helpline asked for by name, after the guide: the helplines.
    reply = await said(ActionHelpline, tracker("is there a helpline i can ring", "ask_helpline", AFTER_THE_GUIDE, "clares_law"))
    assert "0808 2000 247" in reply


@pytest.mark.asyncio
async def test_asking_for_someone_who_speaks_welsh_names_the_line_whose_staff_do():
    reply = await said(ActionHelpline, tracker("can i speak to someone yn gymraeg?", "ask_helpline", AFTER_A_HELPLINE, language="cy"))
    assert "0808 80 10 800" in reply and "siarad Cymraeg" in reply
    english = await said(ActionHelpline, tracker("is there anyone who speaks welsh", "ask_helpline", AFTER_A_HELPLINE))
    assert "0808 80 10 800" in english and "speak Welsh" in english
    plain = await said(ActionHelpline, tracker("who can i ring", "ask_helpline", AFTER_A_HELPLINE))
    assert "speak Welsh" not in plain


@pytest.mark.asyncio
async def test_stalking_described_gets_the_stalking_line_with_the_answer():
    reply = await said(ActionAbuseAnswer, tracker("my ex keeps turning up outside my work", "describe_stalking", AFTER_A_HELPLINE))
    assert "stalking" in reply and "0808 802 0300" in reply
    welsh = await said(ActionAbuseAnswer, tracker("ex fi'n dilyn fi i'r gwaith bob dydd", "describe_stalking", AFTER_A_HELPLINE, language="cy"))
    assert "0808 802 0300" in welsh
    # A route already chosen (someone worried about their own behaviour) is never replaced.
    theirs = await said(ActionAbuseAnswer, tracker("i keep turning up outside her work", "describe_stalking", AFTER_A_HELPLINE, route="own_behaviour"))
    assert "0808 802 4040" in theirs and "0808 802 0300" not in theirs


@pytest.mark.asyncio
async def test_someone_who_needs_a_refuge_is_told_who_finds_one_not_the_own_behaviour_line():
    from actions.refusals import ActionRefuse

    reply = await said(ActionRefuse, tracker("whats the address of the womens refuge in hull i need to go there tonight",
                                             "ask_locate_person", AFTER_A_HELPLINE))
    assert "secret" in reply and "0808 2000 247" in reply and "0808 802 4040" not in reply
    # Asking where someone else is staying: refused, with the line for someone who may be harming.
    theirs = await said(ActionRefuse, tracker("which refuge is my wife in", "ask_locate_person", AFTER_A_HELPLINE))
    assert "can't help find" in theirs and "0808 802 4040" in theirs


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expected, absent", [
    # Follow-ups the classifier didn't place, straight after the guide (a blind set's misses).
    ("whit happens then", "28 days", None),
    ("its been 6 weeks n still nothin", "101 to ask where your application has got to", None),
    ("do they write it down for me", "never in writing", "101 to ask where"),
    # Nothing to go on: how to apply, again.
    ("hmm ok", "In case you were asking how to apply", None),
])
async def test_an_unplaced_follow_up_to_the_guide_is_answered_by_what_it_asks(text, expected, absent):
    from actions.fallback import ActionNotUnderstood

    reply = await said(ActionNotUnderstood, tracker(text, "nlu_fallback", AFTER_THE_GUIDE, "clares_law"))
    assert expected in reply
    assert "didn't quite understand" not in reply
    if absent:
        assert absent not in reply


@pytest.mark.asyncio
async def test_saying_where_after_the_guide_gets_that_nations_scheme_and_line():
    from actions.follow_up import ActionFollowUp

    t = tracker("ok thanks. she lives in conwy", "inform", AFTER_THE_GUIDE, "clares_law", nation="wales")
    t.latest_message["entities"] = [{"entity": "nation", "value": "wales"}]
    reply = await said(ActionFollowUp, t)
    assert "Clare's Law" in reply and "Live Fear Free" in reply and "0808 80 10 800" in reply
    # England has no line of its own to add: the guide alone.
    t = tracker("ok thanks. she lives in leeds", "inform", AFTER_THE_GUIDE, "clares_law", nation="england")
    t.latest_message["entities"] = [{"entity": "nation", "value": "england"}]
    assert "If you'd like to talk to someone" not in await said(ActionFollowUp, t)
