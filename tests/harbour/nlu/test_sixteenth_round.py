"""What the sixteenth session's blind sets (fresh62-69, cy-fresh44-47) found in the words, each checked after its
run: false alarms on "says hell smash my stuff", "my mum will literally kill me if she knows" and a Welsh "they saw
him hitting me, do the kids count"; danger missed in "rhag ofn bod e tu fas"; people who harm read as victims
("he never hits me back", "my ex says i was controllin"); a worried sister read as the one at risk; a place answer
with the children and the dog, or "i'm a woman" in Welsh, read as a crisis by the classifier alone."""
import pytest

from harbour.abuse_forms import forms_in
from harbour.nlu.asked_words import ANOTHER_WAY, REPORT_ASKED, SILENT_IF, TALK_TO_SOMEONE, USELESS
from harbour.nlu.danger import DANGER, classify
from harbour.nlu.profile import extract
from harbour.nlu.refusals import refused_request
from harbour.nlu.topic_words import CHECK_THEM_OUT, CHILDREN_SAW, DEFINITION_QUESTION, PRIVACY_WORDS, asked_in_words, topic_intent
from tests.harbour.nlu.test_profile_extractor import entities, run


@pytest.mark.parametrize(
    "text, verdict",
    [
        # things, not a person
        ("my brother takes money off me every payday n says hell smash my stuff if i dont hand it over", None),
        ("hell smash my face in", DANGER),
        # a parent, a figure of speech
        ("my mum will literally kill me if she knows im asking this but is it normal for ur bf to go mad if u dont reply", None),
        ("my mum will kill me if she knows. my boyfriend has a knife", DANGER),
        # Welsh: "they saw him hitting me" (plural past), asking whether the children count
        ("ydi'r plant yn cyfri? naethon nhw weld o'n fy nharo i", None),
        # Welsh: "I can't speak out loud in case he's outside"
        ("fi ar ben fy hun yn y fflat. ma'r ffon gen i ond sai'n gallu siarad yn uchel rhag ofn bod e tu fas", DANGER),
    ],
)
def test_safety_patterns(text, verdict):
    assert classify(text) == verdict


@pytest.mark.parametrize(
    "text, route",
    [
        ("i keep goin thru my wifes phone n kick off if she goes out without me. aberdeen", "own_behaviour"),
        ("my ex says i was controllin, kept her money n that. maybe shes right. im in lisburn", "own_behaviour"),
        ("ok maybe i did lose it a few times. i dont want to be like that", "own_behaviour"),
        ("he never hits me back if that matters", "own_behaviour"),
        ("me mates say the way i talk to the missus is out of order, callin her thick n fat n that", "own_behaviour"),
        ("keep checkin my gfs location on snap and losin it when shes out without me. how do i stop", "own_behaviour"),
        # being hurt stays being hurt
        ("he hits me", None),
        ("my mates say the way he talks to me is out of order", None),
    ],
)
def test_who_harms_whom(text, route):
    assert extract(text).route == route


def test_who_it_is_for_said_first_stands():
    sister = extract("its for my sister, shes in omagh wi a fella who scares me")
    assert (sister.asker, sister.victim_is_self) == ("someone_else", False)
    assert extract("its for me, he scares me").victim_is_self
    colleague = extract("girl at work has an ex that waits outside every nite n floods her phone. wot can she do")
    assert (colleague.asker, colleague.gender) == ("someone_else", "woman")
    eldest = extract("my eldest is 13 n she wont talk to me about it")
    assert (eldest.asker, eldest.age_group) == ("someone_else", "child")
    welsh = extract("hogyn dw i btw, 24. a fo ydi nghariad i")
    assert (welsh.gender, welsh.identity) == ("man", "lgbt")


@pytest.mark.parametrize(
    "text, form",
    [
        ("can police do owt about someone messagin me 50 times a day, its me ex", "stalking"),
        ("girl at work has an ex that waits outside every nite n floods her phone", "stalking"),
        ("ma nheulu isio fi briodi rhywun dwi erioed di gwrdd. dwi'n 17 a dwi'm isio", "honour"),
        ("fi'n becso am y ferch. ma'i fiance hi mor jealous a ma hi di stopo dod draw i weld ni", "coercive_control"),
    ],
)
def test_forms_described_in_other_words(text, form):
    assert form in forms_in(text)


def test_being_put_out_of_the_house_is_not_physical_abuse():
    assert "physical" not in forms_in("husband kicked me out, im sleepin in the car")
    assert "physical" in forms_in("he kicked me out last night and punched me")


@pytest.mark.parametrize(
    "text, intent",
    [
        ("my mate is from romania, her boyfriend keeps her passport n tells her police will send her home if she says anything", "ask_immigration"),
        ("husband kicked me out, im sleepin in the car. stirling. where can i go", "ask_refuge"),
        ("can i stop him seein them", "ask_protective_order"),
        ("dylen i weud wrth yr heddlu?", "ask_report_police"),
    ],
)
def test_topics_in_words(text, intent):
    assert topic_intent(text) == intent


def test_words_that_overrule_a_near_miss():
    assert asked_in_words("ask_helpline", "want to report him but its not an emergency hes not here. what number do i ring", False) == "ask_report_police"
    assert asked_in_words("ask_helpline", "wat number do i ring for police if its not 999 stuff", False) == "ask_report_police"
    assert asked_in_words("skip", "sa well gen i beidio ffonio neb. oes na ffordd arall?", False) == "nlu_fallback"
    assert asked_in_words("thank", "so ur useless then. cheers", False) == "nlu_fallback"
    assert asked_in_words("bot_challenge", "a pwy alla i siarad gyda am hyn?", False) == "ask_helpline"
    assert asked_in_words("ask_capabilities", "dwi isio help ond dwi ddim isio ateb lot o gwestiynau", False) == "ask_helpline"
    assert asked_in_words("ask_helpline", "which line do i ring", False) is None


def test_the_words_behind_them():
    assert SILENT_IF.search("wot if i cant speak when i ring, hes got keys")
    assert SILENT_IF.search("if he turns up while im on the phone i wont be able to talk")
    assert REPORT_ASKED.search("i want to report him") and not REPORT_ASKED.search("which helpline should i ring")
    assert ANOTHER_WAY.search("oes na ffordd arall?") and USELESS.search("ur useless") and TALK_TO_SOMEONE.search("i dont want to answer loads of questions")
    assert CHECK_THEM_OUT.search("how can she find out if hes got history of hittin women")
    assert CHILDREN_SAW.search("worried sick about my grandson, his dad knocks his mum about n the lad sees it all")
    assert CHILDREN_SAW.search("fi'n becso am fy ŵyr bach i. ma'i dad e'n gweiddi a torri pethe o'i flaen e")
    assert DEFINITION_QUESTION.search("be di'r diffiniad o gam-drin domestig?")
    # "he cant see it" is about him not seeing the abuse, not about this chat
    assert not PRIVACY_WORDS.search("my brothers wife is controllin him, takes all his money, he cant see it. who can help")
    assert PRIVACY_WORDS.search("so the police cant see it") and PRIVACY_WORDS.search("he wont see this will he")


def test_requests_refused_in_other_words():
    assert refused_request("my sister is in a refuge somewhere in manchester, can u give me the address, our mams really ill") == "ask_locate_person"
    assert refused_request("im in a refuge, can you give me the address of a solicitor") is None
    assert refused_request("ydi rhys parry o fangor efo record am daro merched? jyst ie neu na") == "ask_check_person"


@pytest.mark.parametrize(
    "text, ranking",
    [
        # a place, and who comes too, after the refuge answer: not danger on the classifier's score alone
        ("dwi yn ninbych. mae'r plant efo fi a'r ci", [("danger_now", 0.92)]),
        # "I'm a woman, living in Bridgend": not self-harm on the score alone
        ("fi'n fenyw, byw ym mhen-y-bont", [("self_harm", 0.82)]),
        ("i fi. dwi'n byw ar ynys mon", [("describe_coercive_control", 0.46)]),
    ],
)
def test_an_answer_with_a_place_is_an_answer(text, ranking):
    message = run(text, ranking)
    assert message.get("intent")["name"] == "inform" and entities(message).get("nation") == "wales"


def test_a_deaf_person_asking_for_the_police_gets_the_routes_without_a_voice_call():
    message = run("im deaf cant phone anyone. if my partner kicks off how do i get the police", [("nlu_fallback", 0.4), ("clares_law_apply", 0.3)])
    assert message.get("intent")["name"] == "ask_helpline" and entities(message).get("access") == "text_only"


def test_keeping_messages_is_not_a_request_to_watch_someone():
    message = run("should she keep all the messages", [("ask_monitor_someone", 0.6)])
    assert message.get("intent")["name"] == "nlu_fallback"


def test_an_apology_before_a_question_is_not_a_crisis_on_the_score_alone():
    message = run("sorry how do i get one again", [("self_harm", 0.5), ("nlu_fallback", 0.4)])
    assert message.get("intent")["name"] != "self_harm"
    still = run("sorry i cant do this anymore", [("self_harm", 0.5), ("nlu_fallback", 0.4)])
    assert still.get("intent")["name"] == "self_harm"


def test_the_last_round_of_words():
    # Welsh: a question about whether it counts, or what the children saw last Saturday, is not danger now
    assert classify("ydy o'n cyfri os dio rioed di nharo i? jyst gweiddi, malu petha a deud bo fi'n stiwpid") is None
    assert classify("weles y plant e'n bwrw fi nos sadwrn. odyn nhw'n cyfri?") is None
    assert classify("mae o'n fy nharo i rwan") == DANGER
    # asking how to read a partner's messages is refused; social services asked about is the children's answer
    assert refused_request("how can i see who my boyfriend is messagin, pretty sure hes cheatin") == "ask_monitor_someone"
    assert topic_intent("if i tell anyone will social services take them off me") == "ask_children"
    message = run("if i tell anyone will social services take them off me", [("ask_privacy", 0.6)])
    assert message.get("intent")["name"] == "ask_children"
    assert "coercive_control" in forms_in("my best mates fella controls everythin, her money her phone")
    assert DEFINITION_QUESTION.search("a be os di'n digwydd efo mrawd, dim cariad?")
    assert asked_in_words("skip", "dont really want to answer that, just tell me how to get one", False) == "nlu_fallback"
