"""What the nineteenth session's blind sets (fresh83-86, cy-fresh54-55) found in the words, each checked after its
run: a man's word that he won't hurt her read as a threat, and a wife gone to a refuge with the children read as a
child snatched; "how to do it" (applying) read as a suicide method; "what if i need police" read as a call for them; a
refuge a partner went to, sought by the one she left, not refused (in English and Welsh); a Geordie or Welsh man who
lost his temper and pushed his girlfriend read as a victim; "im a woman... who helps with him" given the men's answer;
the partner's ex warning the writer read as the person at risk; Welsh coercive control described of a sister unnamed."""
import pytest

from harbour.abuse_forms import forms_about_someone
from harbour.nlu.asked_words import DISCLOSED_TO_ME, FOR_ME, FOR_THEM, NOT_IN_TROUBLE
from harbour.nlu.danger import classify
from harbour.nlu.profile import extract
from harbour.nlu.refusals import CHECK, LOCATE, MONITOR, refused_request
from harbour.nlu.topic_words import PRIVACY_WORDS, topic_intent
from tests.harbour.nlu.test_profile_extractor import entities, run


@pytest.mark.parametrize(
    "text",
    [
        # his own word that he won't hurt her
        "im not gonna hurt her or owt i just miss my kids",
        "i would never hurt her, i just want to talk",
        # a partner who left for a refuge with the children
        "my wifes gone off with the kids and someone said shes in a refuge. which one is she in",
        # a hypothetical call, from someone who can't speak on the phone
        "i cant speak on the phone, speech problem. what if i need police but its not an emergency",
        # "how to do it", just after Clare's Law: how to apply
        "dunno just tell me how to do it",
        # Welsh, the children saw it last night
        "ma'r plant wedi gweld e'n bwrw fi nithwr. odyn nhw'n iawn?",
    ],
)
def test_no_crisis_in_these_words(text):
    assert classify(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # ...while the same words of now still count
        ("hes driving off now with the kids and hes been drinking", "danger_now"),
        ("hes gone off with the kids and hes been drinking", "danger_now"),
        ("i need the police", "danger_now"),
        ("mae o'n bwrw fi rwan", "danger_now"),
        ("hes going to hurt her, hes got a knife", "danger_now"),
        ("searched for ways to do it", "self_harm"),
        ("i googled how to do it", "self_harm"),
    ],
)
def test_the_same_words_of_now_still_count(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("me partner left wiv the babby n shes in a refuge somewhere in brum. which one is it", LOCATE),
        ("my wifes gone off with the kids and someone said shes in a refuge. which one is she in, i just want to talk to her", LOCATE),
        ("ma chwaer fi di gadael gwr hi a mynd i loches. dwi angen gwbod lle, mam yn sal iawn", LOCATE),
        ("can u track his phone then, see where he goes at night", MONITOR),
        ("fedri di ddangos i fi sut i ddarllen ei negeseuon o? isho gweld os di o'n siarad efo genod erill", MONITOR),
        ("can u check if he has a record", CHECK),
        # not refused: their own refuge, their own phone
        ("im in a refuge which one is best for kids", None),
        ("my sister is in a refuge, where can i send her stuff", None),
        ("can you check my phone for spyware", None),
    ],
)
def test_what_is_refused(text, expected):
    assert refused_request(text) == expected


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        ("i lost it wi me lass last night n shoved her into the wall. i divvent want to be like me da", True),
        ("collis i nhymer efo'r cariad neithiwr a gwthio hi yn erbyn y wal. dwi'm isho bod y boi yna", True),
        ("dwi jyst yn mynd yn wallgo yn meddwl am y peth, dwi di bod yn gweiddi arni hi lot", True),
        ("mae o di bod yn gweiddi arna i", False),
    ],
)
def test_who_harms(text, perpetrator):
    assert extract(text).perpetrator is perpetrator


def test_the_partners_ex_warning_the_writer_is_not_the_one_at_risk():
    found = extract("so ive been seeing this guy off tinder, hes lovely mostly but his ex messaged me saying 'watch urself with him'. is there any way i can check him")
    assert (found.asker, found.gender) == (None, None)
    assert extract("im worried about his ex wife").asker == "someone_else"


@pytest.mark.parametrize("text", ["me obvs", "me of course", "its for me obvs"])
def test_for_me_said_with_a_shrug(text):
    assert extract(text).asker == "self"


def test_deaf_access_in_welsh():
    assert extract("dwi'n drwm fy nghlyw, ma ffonio'n anodd").access == "text_only"


def test_a_woman_asking_about_him_is_not_given_the_mens_answer():
    message = run("im a woman in gateshead. who helps with him like, the abuse",
                  [("worried_own_behaviour", 0.6), ("male_victim", 0.55), ("worried_about_someone", 0.05)])
    assert message.get("intent")["name"] == "ask_helpline"
    assert entities(message)["gender"] == "woman"


def test_a_wish_to_see_ones_children_is_not_self_harm_on_the_score_alone():
    message = run("ive never laid a finger on her. i just want to see my kids", [("self_harm", 1.0)])
    assert message.get("intent")["name"] != "self_harm"
    assert run("i just want to see my kids one last time, i cant go on", [("self_harm", 1.0)]).get("intent")["name"] == "self_harm"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("will he know ive been on this", "ask_cover_tracks"),
        ("fydd o'n gwbod mod i di bod ar hwn??", "ask_cover_tracks"),
        ("os dwi'n deud petha yma fydd o'n gallu gweld ar y ffon? ma fo'n checkio hanes fi", "ask_cover_tracks"),
    ],
)
def test_topic_words(text, expected):
    assert topic_intent(text) == expected


def test_being_on_this_chat_is_not_the_schemes_confidentiality():
    message = run("fydd o'n gwbod mod i di bod ar hwn??", [("clares_law_confidentiality", 0.8)])
    assert message.get("intent")["name"] == "ask_cover_tracks"


def test_changing_passwords_is_not_forgetting_this_chat():
    message = run("should a just delete everything n change ma passwords", [("forget_conversation", 0.41), ("describe_tech_abuse", 0.13)])
    assert message.get("intent")["name"] != "forget_conversation"


def test_the_words_of_follow_ups():
    assert PRIVACY_WORDS.search("dae a need tae gie ma name if a phone them")
    assert FOR_THEM.search("can my mum ring someone for me") and FOR_ME.search("can my mum ring someone for me")
    assert FOR_THEM.search("ga i ffonio nhw drosti hi? wyres iddi ydw i")
    assert NOT_IN_TROUBLE.search("she doesnt want police involved its family")
    assert DISCLOSED_TO_ME.search("had my disclosure meeting yesterday. i cant stop shaking, i didnt know any of it")


def test_welsh_control_described_of_a_sister_is_named():
    text = "poeni am chwaer fi. gwr hi'n checkio ffon hi, ddim yn gadael hi weld ni, a ma hi'n edrych ofn o drwy'r amser"
    assert "coercive_control" in forms_about_someone(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ma cariad fy ffrind gora yn checio ffon hi trw'r amser a deud be ma hi'n cael gwisgo. ni'n 15", ["coercive_control", "tech"]),
        ("ma ffrind gore fi di newid yn llwyr. sa i'n ca'l ei gweld hi byth a ma fe'n checko'i ffon hi", ["coercive_control", "tech"]),
        # a phone named is not tech abuse by itself
        ("oes na linell ffon iddi hi siarad efo rhywun?", []),
        ("ffon symudol sgen i, ydi 55 dal yn gweithio?", []),
    ],
)
def test_welsh_forms_told_of_someone(text, expected):
    assert forms_about_someone(text) == expected


def test_his_lines_are_not_a_grandchilds():
    found = extract("im worried about my grandson, his da batters his mammy and the wee lad hears it all. ballymena")
    assert found.asker == "someone_else" and found.gender is None
    assert extract("my mates girlfriend hits him").gender == "man"


@pytest.mark.parametrize("text", ["yeah im a woman too, we live in bristol", "only askin cos my partner reads everything. shes my partner btw, im a woman too"])
def test_a_woman_with_a_woman_partner(text):
    assert extract(text).identity == "lgbt"


def test_a_course_for_blokes_like_me_is_his_own_behaviour():
    assert extract("is there a course or summat for blokes like me").perpetrator
    assert not extract("is there support for men like me, my wife hits me").perpetrator


def test_nowhere_to_sleep_in_welsh_is_somewhere_safe_to_stay():
    assert topic_intent("dyn ydw i, yn byw yn lerpwl. ma'r cariad di nhaflu fi allan ar ol fy nharo i. sgen i nunlle i gysgu heno") == "ask_refuge"
    assert classify("ma'r cariad di nhaflu fi allan ar ol fy nharo i. sgen i nunlle i gysgu heno") is None


def test_children_not_touched_are_the_childrens_question():
    assert topic_intent("also my boys are 6 n 9, he never touches them its just me") == "ask_children"


def test_wanting_to_know_when_he_comes_home_is_not_danger_now():
    assert classify("its not like that hes the one who hurts me. i want to know when hes coming home so i can get out first") is None
    assert classify("hes coming home now and hes drunk") == "danger_now"


@pytest.mark.parametrize(
    "text, expected",
    [
        # told of what they do: their own behaviour, not a request refused
        ("i check his phone constantly and i have hit him", None),
        ("i check her phone every night, is that bad", None),
        ("i go through my girlfriends phone when shes asleep", None),
        # asked for: refused
        ("how do i check my wifes phone", MONITOR),
        ("i want to read her messages", MONITOR),
        ("i need to see her phone without her knowing", MONITOR),
    ],
)
def test_watching_told_or_asked_for(text, expected):
    assert refused_request(text) == expected


def test_watching_told_goes_to_their_own_behaviour():
    message = run("i check her phone every night, is that bad", [("ask_monitor_someone", 0.8), ("worried_own_behaviour", 0.1)])
    assert message.get("intent")["name"] == "worried_own_behaviour"


def test_the_chemist_named_with_can_they_do_anything_is_ask_for_ani():
    assert topic_intent("he comes everywhere with me. only time hes not right next to me is when i nip in boots for my prescription. can they do anything") == "ask_for_ani"


@pytest.mark.parametrize("text", ["i cant ring anyone they listen to everything", "i cant call them. he checks the bill"])
def test_cant_ring_for_a_reason_sends_the_other_routes(text):
    assert extract(text).access == "text_only"


def test_the_mens_guess_for_a_woman_asking_about_him():
    message = run("im a woman in gateshead. who helps with him like, the abuse", [("male_victim", 0.9), ("worried_own_behaviour", 0.05)])
    assert message.get("intent")["name"] not in ("male_victim", "worried_own_behaviour")


def test_an_order_compared_with_the_scheme_is_the_orders_question():
    message = run("is an injunction the same thing as clares law? plymouth", [("ask_clares_law", 0.9)])
    assert message.get("intent")["name"] == "ask_protective_order"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Welsh danger: a threat by voice note, him under the window
        ("ffyc. newydd gael voice note. deud bod o tu allan i gwaith fi a bo fi'n mynd i dalu", "danger_now"),
        ("os dwi'n ffonio neith o nghlwad i, mae o reit o dan y ffenast", "danger_now"),
        # Welsh self-harm: cutting myself, with the colloquial "hunan"
        ("fi di bod yn torri'n hunan ers iddo fe adael", "self_harm"),
        # not danger now: a threat to the dog if she doesn't go back; kicked out, after being hit; questions about the future
        ("ex fi'n deud neith o ladd y ci os dwi ddim yn mynd nol ato fo", None),
        ("dyn ydw i, yn byw yn lerpwl. ma'r cariad di nhaflu fi allan ar ol fy nharo i", None),
        ("and after that? does he just come back", None),
        ("the kids hear my wife screaming at me every night n shes thrown stuff at me in front of them", None),
    ],
)
def test_welsh_and_english_crisis_words(text, expected):
    assert classify(text) == expected


def test_a_welsh_woman_whose_partner_is_controlling_is_being_hurt():
    found = extract("dwi'n byw yn caer ond gweithio yn wrecsam, pa rif dwi fod i ffonio? ma partner fi'n controlling")
    assert found.victim_is_self and not found.perpetrator
    assert extract("fi'n controlling dwi'n meddwl").perpetrator


def test_minutes_away_is_not_an_age():
    assert extract("hes like 10 mins away").age_group is None
    assert extract("shes 14").age_group == "child"


def test_a_man_taking_her_wages_is_harming():
    assert extract("i take all her wages and give her pocket money. aberystwyth").perpetrator
    assert not extract("i manage his money because he has dementia").perpetrator


def test_a_child_writing_of_mums_boyfriend():
    assert extract("mums boyfriend hits her n im scared for my little sister. blackpool").age_group == "young"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("will social services take them if i tell anyone", "ask_children"),
        ("ma fo di nghicio fi allan pls help, does gen i nunlla i fynd, dwi'n ista yn car efo'r babi. wrecsam", "ask_refuge"),
        ("he checks my history", "ask_cover_tracks"),
        ("can i get help at boots without him knowin hes always with me", "ask_for_ani"),
    ],
)
def test_more_topic_words(text, expected):
    assert topic_intent(text) == expected


def test_more_follow_up_words():
    from harbour.nlu.asked_words import PARTNER_LINE, WIPE_ASKED
    from harbour.nlu.topic_words import CHECK_THEM_OUT, DEFINITION_QUESTION
    assert PRIVACY_WORDS.search("ydi be dwi'n teipio fama yn cael ei gadw?")
    assert WIPE_ASKED.search("and if i want it all gone after")
    assert DEFINITION_QUESTION.search("its her own son tho so can that even be abuse")
    assert PARTNER_LINE.search("she might want someone to talk to herself")
    assert CHECK_THEM_OUT.search("alla i ffeindio mas os nath e hyn i'w gyn-wraig e?")
    assert CHECK_THEM_OUT.search("ma ffrind fi'n belfast efo boi sy di bod yn jail am guro ex fo. sut dwi'n ffeindio allan mwy?")
