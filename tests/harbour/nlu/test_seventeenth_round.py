"""What the seventeenth session's blind sets (fresh71-75, cy-fresh49-50) found in the words, each checked after its
run: a promise not to "do anything tonight" said after wanting to die; false alarms on "killing me with the texts lol",
"locked me oot", "hes not back yet" and "doing my wee head in"; people who harm read as victims ("had her by the
throat once", "i know i was out of order with her", "punched the wall next tae her heid"); a brother's wife's abuse read
as the writer's own; a woman needing a refuge's address refused as if she were looking for someone."""
import pytest

from harbour.abuse_forms import forms_in
from harbour.nlu.asked_words import AUDIENCE_QUESTION, GOES_BACK, PARTNER_LINE, SILENT_ASKED, STILL_FEELS
from harbour.nlu.danger import DANGER, SELF_HARM, classify
from harbour.nlu.profile import extract
from harbour.nlu.refusals import refused_request, wants_a_refuge
from harbour.nlu.topic_words import DEFINITION_QUESTION, LINE_QUESTION, PRIVACY_WORDS, topic_intent


@pytest.mark.parametrize(
    "text, verdict",
    [
        # a promise that says what was on their mind, after "i dont want to be here anymore"
        ("im not going to do anything tonight. just tired of all of it", SELF_HARM),
        ("i wont do anything stupid i promise", SELF_HARM),
        # ...but not someone else, nor a friend promising not to confront, nor a question asked with it
        ("he's not going to do anything tonight, he's away", None),
        ("im not going to do anything stupid like go round there", None),
        ("no im not going to do anything tonight. who do i actually report him to", None),
        ("im not gonna do anything tonight. i just want to stop hurting her", None),
        # a figure of speech about too many messages
        ("me fella is killing me with the texts lol, wants to know where i am every 5 mins and who im with. is that normal", None),
        ("hes killing me help", DANGER),
    ],
)
def test_safety_patterns(text, verdict):
    assert classify(text) == verdict


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        ("bit of a weird one. when i drink i get rough with my partner, had her by the throat once. sober im fine. glasgow", True),
        ("shes gone and took the baby. i know i was out of order with her. honestly dont see the point", True),
        ("am scared am turnin intae ma da. shouted at the wife n punched the wall right next tae her heid. glasgow", True),
        ("i think ive been abusive to my partner. im in falkirk", True),
        ("i check where my gf is on find my friends like 20 times a day. is that controlling", True),
        ("im not gonna do anything tonight. i just want to stop hurting her", True),
        ("im not some wife beater tho", True),
        # being hurt stays being hurt
        ("he had me by the throat", False),
        ("she had him by the throat", False),
        ("he punched the wall next to my head", False),
        # a brother's wife's abuse is hers, not the writer's
        ("my brothers wife is vile to him, screams at him, smashed his phone, he isnt allowed to see us anymore. they live in swansea. what can i do", False),
    ],
)
def test_who_harms_whom(text, perpetrator):
    assert extract(text).perpetrator is perpetrator


def test_who_and_how_they_can_be_reached():
    brother = extract("my brothers wife is vile to him, screams at him, smashed his phone, he isnt allowed to see us anymore")
    assert (brother.asker, brother.gender, brother.route) == ("someone_else", "man", None)
    assert "coercive_control" in forms_in("he isnt allowed to see us anymore")
    assert forms_in("he says married couples dont say no and a couple of times hes done it while i was asleep") == ["sexual"]
    assert forms_in("i fell asleep on the sofa while i was watching tv") == []
    assert extract("ma'r wraig yn bygwth ffono'r home office arna i os fi'n gadael hi. fi ar spouse visa").gender == "man"
    assert extract("numbers for a bloke?").gender == "man"
    for text in ("i cant use the phone because of my speech. is there another way to get hold of the helpline",
                 "sain gallu siarad ar y ffon ers y stroc. oes ffordd arall i gael y police os oes argyfwng?",
                 "ma'n anodd i fi glywed ar y ffon, oes ffordd arall o gysylltu?",
                 "na sai moyn ffono neb. oes rhywbeth arall?"):
        assert extract(text).access == "text_only", text
    # not when they can't speak because he might hear
    assert extract("sai'n gallu siarad ar y ffon rhag ofn bod e tu fas").access is None


def test_a_refuge_for_themselves_is_not_refused():
    assert wants_a_refuge("whats the address of the womens refuge in bradford, me and the kids need somewhere tonight")
    assert refused_request("whats the address of the womens refuge in bradford, me and the kids need somewhere tonight") is None
    assert refused_request("my sister is in a refuge somewhere in manchester, can u give me the address") == "ask_locate_person"
    # ...but a partner or relative sought there is still refused, whatever need is said with it
    for text in ("whats the address of the refuge my wife is at, can i go see her",
                 "which refuge is my wife in, i need to go and talk to her",
                 "whats the address of the refuge, my wife and kids are there, i need somewhere to stay near them"):
        assert not wants_a_refuge(text) and refused_request(text) == "ask_locate_person", text
    assert refused_request("dw i isio darllen negeseuon whatsapp fy ngwr, sut dw i'n neud?") == "ask_monitor_someone"
    assert refused_request("mae o isio darllen negeseuon fi") is None


@pytest.mark.parametrize(
    "pattern, text",
    [
        (STILL_FEELS, "i deserve it for how i treated her"),
        (PARTNER_LINE, "is there something for her as well"),
        (GOES_BACK, "should i go round n have it out with her"),
        (SILENT_ASKED, "what do i press"),
        (AUDIENCE_QUESTION, "dwi yn bangor, ydyn nhw'n helpu pobl yng nghymru hefyd?"),
        (AUDIENCE_QUESTION, "do they help people in scotland too"),
        (DEFINITION_QUESTION, "so it can be a brother too?"),
        (DEFINITION_QUESTION, "i thought it only counted if it was ur husband"),
        (PRIVACY_WORDS, "cheers. this stays between us yeah"),
        (PRIVACY_WORDS, "so if i tell u stuff it goes nowhere?"),
        (LINE_QUESTION, "numbers for a bloke?"),
    ],
)
def test_follow_up_words(pattern, text):
    assert pattern.search(text.lower())


def test_topics_by_their_words():
    assert topic_intent("can a report ma ex online? he's still sending me messages every day. edinburgh") == "ask_report_police"
    assert topic_intent("ok hes not back yet. wot do i take with me") == "ask_safety_plan"


@pytest.mark.parametrize(
    "text, classifier, expected",
    [
        ("he locked me out last night, where can i stay", [("danger_now", 0.8), ("ask_refuge", 0.15)], "ask_refuge"),
        # locked out, away for now, impatient: not a crisis on the classifier's score alone
        ("ok hes not back yet. wot do i take with me", [("danger_now", 0.52), ("describe_coercive_control", 0.08)], "ask_safety_plan"),
        ("please i just need to know tonight, its doing my wee head in", [("self_harm", 0.44), ("danger_now", 0.38)], "nlu_fallback"),
        ("please i just need to know tonight, its doing my wee head in", [("self_harm", 0.97)], "nlu_fallback"),
        ("this is a joke. ill find her myself", [("ask_locate_person", 0.6), ("self_harm", 0.55)], "ask_locate_person"),
        # thanks with a question about what is kept
        ("cheers. this stays between us yeah", [("thank", 0.62), ("ask_privacy", 0.08)], "ask_privacy"),
        # a child who wants to talk to someone herself: the children's answer (Childline), not the scheme
        ("my eldest is 13 can she talk to someone herself", [("clares_law_someone_else", 0.9), ("describe_teen_abuse", 0.05)], "ask_children"),
        # a refuge for themselves: the refuge answer, not the refusal
        ("whats the address of the womens refuge in bradford, me and the kids need somewhere tonight",
         [("ask_locate_person", 0.9), ("ask_refuge", 0.1)], "ask_refuge"),
        ("numbers for a bloke?", [("nlu_fallback", 0.4), ("ask_helpline", 0.38)], "ask_helpline"),
    ],
)
def test_the_profile_extractor_reads_them(text, classifier, expected):
    from tests.harbour.nlu.test_profile_extractor import run

    assert run(text, classifier).get("intent")["name"] == expected
