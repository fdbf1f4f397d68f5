"""Who is harmed and what is described, in Welsh (harbour.nlu.welsh_profile, read by profile.extract
and abuse_forms.forms_in)."""
import pytest

from harbour.abuse_forms import forms_in
from harbour.nlu import welsh_profile
from harbour.nlu.danger import classify
from harbour.nlu.profile import extract
from harbour.nlu.refusals import refused_request
from harbour.nlu.topic_words import CONFIDENTIALITY_WORDS, DEFINITION_QUESTION, PRIVACY_WORDS, topic_intent


@pytest.mark.parametrize(
    "text",
    [
        "dw i'n meddwl bod fy mhartner yn controlio fi, ydi hyn yn abuse?",
        "ma cariad fi'n pwsho fi i gael secs pan dw i ddim isio",
        "mae fy ngŵr yn fy nharo",
        "mae partner fi'n controlio popeth",
        "ma ngwr i yn fy mwlio i drwy'r amser",  # "my husband" as "ngwr i" (a blind set's misroute to Respect)
        # seventh session's blind set (cy-fresh7), two of them sent to Respect before
        "dwi'n gymraes yn byw yn manchester, gwr fi'n ofnadwy efo fi. pa rif dwi'n ffonio",
        "sut fi'n cael help am gwr fi, ma fe'n gweiddi lot a torri pethe",
        "ydi o'n abuse os ma gwraig fi'n deud bod fi'n useless bob dydd",
        "ma boi o'r gwaith yn dilyn fi adra ac yn gyrru blodau a negeseuon trwy'r amser, dwi'n ofn",
        "a dwi'n meddwl bod o di bod yn cuddio'r pils fi",
        "mae'r in-laws yn rheoli popeth, mae ganddyn nhw fy mhasport i hefyd",
    ],
)
def test_someone_harming_the_writer_makes_them_the_person_at_risk_never_the_one_harming(text):
    profile = extract(text)
    assert profile.victim_is_self and profile.route != "own_behaviour"


@pytest.mark.parametrize("text", ["mae ofn fi ar y wraig. sa i moyn bod fel 'na", "dw i'n taro'r wraig weithiau",
                                  "ydw i'n abuser os dwi'n checkio ffon cariad fi bob nos?", "ma hi'n deud bod fi'n controlling"])
def test_the_writer_harming_someone_is_routed_to_the_line_for_people_who_harm(text):
    assert extract(text).route == "own_behaviour"


@pytest.mark.parametrize(
    "text, forms",
    [
        ("mae o'n cymryd fy ffon a fy mhres", ["economic", "tech"]),
        ("mae chwaer fi'n byw efo boi sy'n rheoli ei phres hi i gyd", ["coercive_control", "economic"]),
        ("dio ddim yn fy nharo i, ond mae o'n gweiddi arna i", []),  # what didn't happen isn't named
    ],
)
def test_forms_of_abuse_described_in_welsh_are_named(text, forms):
    assert [form for form in forms_in(text) if form in ("economic", "tech", "coercive_control", "physical")] == forms


@pytest.mark.parametrize(
    "text, asker, age_group, gender, route",
    [
        ("ga i ofyn am gyfraith clare ar ran fy chwaer?", "someone_else", None, "woman", None),  # a sister: a woman
        ("dw i'n 15 a mae petha'n ddrwg adra", None, "child", None, None),
        ("wi'n 70 oed", None, "older", None, None),
        ("dyn ydw i, mae'r wraig yn fy nharo", None, None, "man", None),
        ("rhif ffon i rywun sy'n cael ei stelcio?", None, None, None, "stalking"),
        ("mae'r teulu'n fy ngorfodi i i briodi, priodas dan orfod", None, None, None, "honour"),
    ],
)
def test_who_is_at_risk_in_welsh(text, asker, age_group, gender, route):
    profile = extract(text)
    assert (profile.asker, profile.age_group, profile.gender, profile.route) == (asker, age_group, gender, route)


@pytest.mark.parametrize("text", ["he hits me and takes my money", "is there an app for this", "my mam is lovely"])
def test_english_is_left_to_the_english_lists(text):
    assert not welsh_profile.victim_is_self(text) and not welsh_profile.perpetrator(text)
    assert welsh_profile.forms_in(text) == []


@pytest.mark.parametrize(
    "text, intent",
    [
        ("oes rhywle diogel i aros?", "ask_refuge"),
        ("sut dw i'n cael gorchymyn rhag molestu", "ask_protective_order"),
        ("mae'r plant wedi clywed y cwbl", "ask_children"),
        ("dw i isio mynd at yr heddlu", "ask_report_police"),
        ("mae o'n bygwth fy alltudio", "ask_immigration"),
        ("be ydi'r gair cod yn y fferyllfa", "ask_for_ani"),
        ("mae'r gwr yn checkio hanes y we ar y laptop bob nos", "ask_cover_tracks"),
        ("he checks my browser history every night", "ask_cover_tracks"),
        ("the kids are 6 and 9, does it affect them even if he doesnt touch them", "ask_children"),
        ("mae o'n fy nharo", None),
    ],
)
def test_topics_named_in_welsh(text, intent):
    assert topic_intent(text.lower()) == intent


@pytest.mark.parametrize("text", ["ydi hyn yn gam-drin?", "ydi cam-drin gan fy mrawd yn cyfri fel domestic abuse?"])
def test_what_counts_asked_in_welsh(text):
    assert DEFINITION_QUESTION.search(text.lower())


def test_privacy_asked_in_welsh():
    assert PRIVACY_WORDS.search("ydych chi'n cadw be dw i'n deipio?") and PRIVACY_WORDS.search("a be am fy nghyfeiriad?")


@pytest.mark.parametrize(
    "text, decision",
    [
        ("weithia dwi'n meddwl am gymryd y tabledi i gyd a gorffen hi", "self_harm"),
        ("dw i isio gorffen hi efo fo wythnos yma", None),  # ending the relationship
        ("sut dwi'n cuddio mod i di bod ar hwn?", None),  # hiding that they used Harbour
        ("dw i'n cuddio yn y bathrwm", "danger_now"),
        ("dwi'n fyddar a methu ffonio neb", None),  # deaf: the text routes, not a danger answer
        ("fi'n fyddar a ma fe'n malu drws y stafell lawr nawr, alla i ddim ffonio", "danger_now"),
    ],
)
def test_welsh_danger_and_self_harm_decisions(text, decision):
    assert classify(text) == decision


def test_deaf_said_in_welsh_gets_the_text_routes():
    assert extract("dwi'n fyddar a methu ffonio neb").access == "text_only"


@pytest.mark.parametrize(
    "text, refusal",
    [
        ("sut dwi'n gallu darllen negeseuon whatsapp y cariad heb iddi wbod?", "ask_monitor_someone"),
        ("pa refuge ma chwaer fi ynddo yn Abertawe?", "ask_locate_person"),
        ("mae o'n darllen fy negeseuon i gyd heb i fi wybod", None),  # being watched is not watching
    ],
)
def test_requests_harbour_refuses_in_welsh(text, refusal):
    assert refused_request(text) == refusal


@pytest.mark.parametrize("text", ["ga i ddeud wrth fy chwaer be ma nhw'n ddeud?", "fydd o'n gwybod mai fi ofynnodd?"])
def test_clares_law_confidentiality_asked_in_welsh(text):
    assert CONFIDENTIALITY_WORDS.search(text.lower())


def test_a_brother_abused_by_his_wife_is_a_man_at_risk_and_not_the_writer():
    profile = extract("brawd fi'n cael ei gam-drin gan wraig fo, ma nhw'n byw yn swydd gaer")
    assert profile.asker == "someone_else" and profile.gender == "man" and not profile.victim_is_self


@pytest.mark.parametrize("text", [
    "nes i wthio'r wraig neithiwr. jyst unwaith, dwi ddim fel na fel arfer",
    "ond dwi'm yn abuser, o'n i di cal diwrnod shit yn gwaith",
    "dwi jyst yn gweiddi lot ar gariad fi, a weithia'n taflu petha",
    "fi'n colli'n nhymer gyda'r wraig a'r plant, ac wythnos diwetha fe fwres i'r wal reit wrth ei phen hi",
    "dwi'n hogan a dwi'n slapio fy cariad pan dwi'n flin",
    "ma pethe'n mynd rhy bell pan wi di bod yn yfed, smasho stwff. ma hi'n ofn fi dwi'n meddwl",
])
def test_welsh_writers_playing_down_what_they_do_are_routed_to_respect(text):
    assert extract(text).route == "own_behaviour"


@pytest.mark.parametrize("text", ["ma fo'n gweiddi arna i", "mae gen i ofn fo", "mae o'n fy nharo i"])
def test_welsh_writers_being_hurt_stay_the_person_at_risk(text):
    assert extract(text).route != "own_behaviour"
