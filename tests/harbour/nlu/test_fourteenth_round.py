"""What the fourteenth session's blind sets (fresh45-49, cy-fresh39) found, each checked after its run: a
"he hit me yesterday but hes at work now" read as an attack now, "if i ring hell hear me" missed, false
alarms on questions about the police and the orders, a man's whole wage read as a request to spy, a Welsh
victim keeping screenshots read as someone who harms, and orders and the police asked for in other words."""
import pytest

from actions.about_abuse import NEVER_HIT, REMOVE_ASKED, WHO_ASKED
from actions.guidance_points import ASKED_POINT
from harbour.abuse_forms import forms_in
from harbour.nlu import welsh_profile
from harbour.nlu.asked_words import EVIDENCE_ASKED, OTHERS_KNOW, SILENT_ELSEWHERE, TALK_TO_SOMEONE, TOLD_ON, WORD_AGAINST
from harbour.nlu.danger import DANGER, classify, speaks_of_now
from harbour.nlu.places import PlaceMatcher, nation_entities
from harbour.nlu.profile import extract
from harbour.nlu.refusals import refused_request
from harbour.nlu.topic_words import DEFINITION_QUESTION, topic_intent


@pytest.mark.parametrize(
    "text, verdict",
    [
        # away now: not an attack now
        ("he hit me yesterday but hes at work now. do i ring 999 or the other one", None),
        ("he hit me and now hes at the door", DANGER),
        # he would hear a call: he is there
        ("if i ring hell hear me", DANGER),
        ("can i report it online? dont want to ring cos hed hear me. im in bristol", None),
        # reporting her own son is not calling for help now
        ("im his mam i cant ring the police on him", None),
        ("i need to ring the police", DANGER),
        ("how do i report my ex to the police without him knowing, hes not a danger right this minute", None),
        # a description asked about, not the home being smashed up now
        ("my mam says its just rows but hes smashin stuff n screamin at me in front of the kids. is that abuse like? were in newport", None),
        ("hes smashing the place up", DANGER),
    ],
)
def test_safety_patterns(text, verdict):
    assert classify(text) == verdict


@pytest.mark.parametrize(
    "text, now",
    [
        ("do i ring 101 or 999 for that, hes not here its just texts", False),
        ("can i get him out the house, the kids are terrified of him. hull", False),
        ("reported him last wk. wot happens now? nobodys been in touch n im just sat waiting", False),
        ("so after 2 days he just walks back in??", False),
        ("hes just walked back in", True),
        ("im terrified of him and hes outside", True),
        ("im scared hes coming back", True),
    ],
)
def test_what_speaks_of_now(text, now):
    assert speaks_of_now(text) is now


def test_a_mans_whole_wage_into_her_account_is_not_a_request_to_spy():
    assert refused_request("im a bloke and my wife takes my whole wage into her account and gives me 20 quid a week") is None
    assert refused_request("how do i get into her account") == "ask_monitor_someone"


def test_who_is_at_risk():
    generic = extract("can a man actually be abused by his wife or is that daft")
    assert generic.asker is None and generic.gender == "man"
    assert extract("my sisters husband hits her").asker == "someone_else"
    # her son harms her: she is not asking for someone else
    mother = extract("our kid is 19 and still at home, when i say no to money he punches holes in the doors. hes my son tho so it cant be domestic abuse can it")
    assert mother.asker != "someone_else"
    # keeping screenshots is keeping evidence, not keeping someone
    assert not welsh_profile.perpetrator("dwi di cadw nhw i gyd, screenshots. ffonio 101 ta be?")
    assert welsh_profile.perpetrator("dwi'n cadw hi yn y ty")
    assert welsh_profile.text_only("sa i'n gallu ffonio, ma fe'n cysgu drws nesa. alla i decstio neu rwbeth?")


def test_a_nation_only_compared_with_is_not_where_they_live():
    matcher = PlaceMatcher.from_path()
    assert [e["value"] for e in nation_entities(matcher, "is coercive control actually illegal in NI or is that just an england thing")] == []
    assert [e["value"] for e in nation_entities(matcher, "im just in glasgow")] == ["scotland"]
    assert extract("is coercive control actually illegal in NI or is that just an england thing").nation == "northern_ireland"


@pytest.mark.parametrize(
    "text, forms",
    [
        ("he gets proper angry if i dont answer his calls straight away n says im cheatin", ["coercive_control"]),
        ("hes never touched me its just texts calling me a slag and saying ill never see her again", ["emotional", "threats"]),
        ("my family keep threatening me cos of who im seeing. shud i tell the police", ["honour"]),
    ],
)
def test_forms_in_other_words(text, forms):
    found = forms_in(text)
    assert all(form in found for form in forms), found


@pytest.mark.parametrize(
    "text, intent",
    [
        ("or should i just go to the polis", "ask_report_police"),
        ("can the psni do anythin about it", "ask_report_police"),
        ("rang the police before and they did nowt. whats the point honestly", "ask_report_police"),
        ("reported him last wk. wot happens now? nobodys been in touch", "ask_report_police"),
        ("police keep asking if ill support a prosecution. if i say no does he just walk free? im in leicester", "ask_report_police"),
        ("belfast, whats the number for police when its not an emergency", "ask_report_police"),
        ("he hit me yesterday but hes at work now. do i ring 999 or the other one", "ask_report_police"),
        ("police came last nite n took him, they give him some notice thing sayin he cant come back. how long for?? im in derby", "ask_protective_order"),
        ("police came last nite after he went for me and gave him some paper saying he cant come back to the house for now. wot is that", "ask_protective_order"),
        ("Im in Wrexham. what can i do legally to stop my ex turning up at mine", "ask_protective_order"),
        ("dan ni'n rentio'r ty efo'n gilydd yn Wrecsam ond dwi isio fo allan. fedra i neud hynna'n gyfreithiol??", "ask_protective_order"),
        ("my solicitor keeps sayin the domestic abuse act 2021, wot does it actually say counts", "ask_what_is_abuse"),
        ("is the law on this different in scotland? im in dundee", "ask_what_is_abuse"),
        ("Does it need to be physical violence?", "ask_what_is_abuse"),
    ],
)
def test_topics_in_peoples_words(text, intent):
    assert topic_intent(text.lower()) == intent


def test_words_a_follow_up_asks_with():
    assert DEFINITION_QUESTION.search("does it need to be physical violence?")
    assert OTHERS_KNOW.search("will he see my new address on it") and OTHERS_KNOW.search("would anyone even believe me")
    assert OTHERS_KNOW.search("a fydd e'n gweld fy nghyfeiriad newydd i ar y ffurflen??")
    assert not OTHERS_KNOW.search("will he see this chat") and not OTHERS_KNOW.search("can he see what im typing")
    assert SILENT_ELSEWHERE.search("and does that work in northern ireland as well")
    assert EVIDENCE_ASKED.search("wot should i be keepin hold of") and EVIDENCE_ASKED.search("should i be writing it all down then")
    assert WORD_AGAINST.search("would anyone even believe me")
    assert TALK_TO_SOMEONE.search("ok and if i wanted to talk to someone about it first")
    assert TALK_TO_SOMEONE.search("does she have to ring them herself or can i do it")
    assert TOLD_ON.search("ges i disclosure wthnos dwetha am y partner. alla i weud wrth fy chwaer beth wedon nhw?")
    assert WHO_ASKED.search("does it have to be ur partner or can it be family") and WHO_ASKED.search("wot about an ex")
    assert WHO_ASKED.search("what about a grown up son doing it to his dad") and WHO_ASKED.search("Does that include family members, or only partners?".lower())
    assert NEVER_HIT.search("i thought it only counted if he hit u")
    assert REMOVE_ASKED.search("cant i just delete whatever it is")


@pytest.mark.parametrize(
    "entry, text, point",
    [
        ("court_orders", "i dont want him gettin my new mobile number off the paperwork", 3),
        ("court_orders", "does anything need to be sent with it?", 1),
        ("ask_for_ani", "n wot do they actually do", 0),
        ("ask_for_ani", "do they ring the police without askin me", 0),
        ("police_report", "will they even do anything if hes never hit me", 6),
        ("police_report", "and for when its not urgent", 3),
        ("police_scotland", "wot if hes still at it now tho", 0),
    ],
)
def test_the_point_a_follow_up_asks_about(entry, text, point):
    assert ASKED_POINT[entry][point].search(text)


def test_later_findings():
    # "when hes in the house" is when he is, not that he is there now
    assert classify("im in liverpool, i cant really talk on the phone when hes in the house") is None
    assert classify("cant talk hes in the house now") == DANGER
    # a message sent to a friend is not asking for a friend
    assert extract("My partner always seems to know where I have been, and last week he quoted a message I had sent to a friend. "
                   "Could he have put something on it?").asker != "someone_else"
    assert topic_intent("my cousin is 17 and her parents are taking her to pakistan to marry someone. can anyone legally stop this") == "ask_protective_order"
    assert topic_intent("is there anything i should have ready in case we need to go quick") == "ask_safety_plan"
    assert topic_intent("i dont want him charged tho, i just want him kept away. can they still do that") == "ask_protective_order"
    assert WHO_ASKED.search("does it have to be ur bf/gf")
    assert TALK_TO_SOMEONE.search("can i ring them for her or does it have to be her")
    assert topic_intent("can i ring them for her or does it have to be her") != "ask_safety_plan"
