"""What the eighteenth session's blind sets (fresh76-80, cy-fresh51-52) found in the words, each checked after its
run: "our kid's wife" abusing him read as the writer's own act; "shes the one who was abusive to me" read as someone
who harms; a wife's threatened false accusation ("shell tell the home office i hit her") read as a confession; a
Welsh writer who lost his temper and pushed his girlfriend read as a victim; the refuge a girlfriend went to, sought in
Welsh, not refused; false alarms on "merthyr way", "dead tired of it" and "ma hawl gyda fi weld plant fi"; a partner's
past victim ("hes got a past for hurtin his ex") read as the person at risk."""
import pytest

from harbour.abuse_forms import forms_in
from harbour.nlu.profile import extract
from harbour.nlu.refusals import LOCATE, refused_request
from harbour.nlu.topic_words import CHECK_THEM_OUT, topic_intent
from tests.harbour.nlu.test_profile_extractor import entities, run


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        # a relative's partner harming the relative: not the writer's act
        ("our kids wife is a nightmare. smashed his phone, takes his car keys, hes not allowed out. is that even abuse for a bloke", False),
        # a false accusation threatened: not a confession
        ("my wifes visa depends on me, she says shell tell the home office i hit her if i try to leave. im a man in newport south wales", False),
        ("she threatens to tell the police i hit her", False),
        ("shes going to make out i hit her", False),
        # ...but what they did, or were told they did, still is
        ("i hit her last night", True),
        ("she told me i hit her but i dont remember, i was drunk", True),
        # Welsh: lost his temper and pushed her
        ("nes i golli tempar efo cariad fi neithiwr eto a gwthio hi yn erbyn wal. dwi ddim isho bod fel hyn", True),
    ],
)
def test_who_harms_whom(text, perpetrator):
    assert extract(text).perpetrator is perpetrator


def test_the_one_who_was_abusive_to_me_is_being_hurt():
    found = extract("im not the problem here, shes the one who was abusive to me")
    assert found.victim_is_self and not found.perpetrator


@pytest.mark.parametrize(
    "text",
    [
        "they told me under clares law hes got a past for hurtin his ex, im gonna confront him tonight n make him admit it",
        "i heard he used to hit his ex wife, should i be worried",
    ],
)
def test_a_partners_past_victim_is_not_the_person_at_risk(text):
    assert extract(text).asker != "someone_else"


def test_a_daughter_going_with_someone_is_who_is_at_risk():
    found = extract("my daughter is going with a fella in derry and ive heard hes been lifted before for hitting his last girlfriend. is there a way to find out")
    assert found.asker == "someone_else" and found.gender == "woman"
    assert CHECK_THEM_OUT.search("ive heard hes been lifted before for hitting his last girlfriend. is there a way to find out")


def test_no_hearing_sends_the_text_routes():
    assert extract("i have no hearing so phone calls r useless to me, how do i get help if he kicks off").access == "text_only"


def test_reproductive_control_is_named():
    assert "sexual" in forms_in("found my pills hid in his van. he said a baby would make me stay. he wont use anything either")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("btw i dont want her seeing this on my phone", "ask_cover_tracks"),
        ("in scotland can u actually get done for controlling someone or is it only if they hit u", "ask_what_is_abuse"),
        ("my daughter said theres a scheme at boots for people being abused, whats it called love. newport", "ask_for_ani"),
        ("will social work take ma weans off me if i tell someone wot hes doin. paisley", "ask_children"),
    ],
)
def test_topic_words(text, expected):
    assert topic_intent(text) == expected


def test_the_refuge_a_girlfriend_went_to_is_refused_in_welsh():
    assert refused_request("cariad fi di gadael a mynd i refuge yn caerdydd. pa un? jyst isho siarad efo hi") == LOCATE


@pytest.mark.parametrize("text, classifier", [
    # a place answer: "merthyr way" is where, not someone on the way
    ("hes down the valleys, merthyr way", [("danger_now", 0.98)]),
    # tired of what someone does, not of living
    ("im a woman yeah. dead tired of it to be honest, he does it every shift", [("self_harm", 0.99)]),
    # a right to see one's children, pressed after a refusal
    ("ond ma hawl gyda fi weld plant fi!!", [("danger_now", 1.0)]),
])
def test_not_a_crisis_on_the_score_alone(text, classifier):
    assert run(text, classifier).get("intent")["name"] not in ("danger_now", "self_harm")


@pytest.mark.parametrize("text, classifier, expected", [
    # the same words where something does point to a crisis: the score still counts
    ("hes on his way from merthyr now", [("danger_now", 0.98)], "danger_now"),
    ("im tired of it all, he does nothing but shout", [("self_harm", 0.99)], "self_harm"),
])
def test_the_score_still_counts_beside_a_crisis_word(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


@pytest.mark.parametrize("text, classifier", [
    ("fine. can i at least tell me mam what they said", [("nlu_fallback", 0.4), ("clares_law_no_disclosure", 0.44)]),
    ("if they do tell me stuff can i tell me mam", [("clares_law_someone_else", 0.51)]),
])
def test_passing_on_a_disclosure_is_the_confidentiality_question(text, classifier):
    assert run(text, classifier).get("intent")["name"] == "clares_law_confidentiality"


def test_hiding_this_chat_from_her_is_not_watching_her():
    message = run("btw i dont want her seeing this on my phone", [("ask_monitor_someone", 0.41), ("ask_cover_tracks", 0.2)])
    assert message.get("intent")["name"] == "ask_cover_tracks"
    assert entities(message).get("route") != "own_behaviour"


@pytest.mark.parametrize(
    "text, asker, age_group",
    [
        # a grandparent writing about a grandchild: the child is at risk, and a boy of 12 is a child
        ("im worried about my grandson, hes 12, his stepdad is nasty to him and his mum. im his nan, 70, we're in wrexham", "someone_else", "child"),
        # "late 80s": an older person
        ("old fella next door, must be late 80s, i hear his wife screaming at him most nights and he had a black eye last week", "someone_else", "older"),
    ],
)
def test_who_is_at_risk_and_their_age(text, asker, age_group):
    found = extract(text)
    assert (found.asker, found.age_group) == (asker, age_group)


def test_a_boy_under_16_gets_childline_not_the_mens_line():
    from harbour.routing import audiences_for
    assert audiences_for(None, gender="man", age_group="child") == ("young",)
    assert "man" in audiences_for(None, gender="man", age_group="young")


@pytest.mark.parametrize(
    "text, expected",
    [
        # Welsh: a farmer worried about his daughter, whose husband tells her where to go
        ("ffarmwr ydw i, dim un am siarad am betha fel hyn. dwi'n poeni am y ferch. ma'i gwr hi'n deud wrthi lle i fynd a phwy i weld", ["coercive_control"]),
        ("be di economic abuse yn gymraeg lol. ma gwr fi'n rheoli pob ceiniog", ["coercive_control", "economic"]),
    ],
)
def test_welsh_forms(text, expected):
    from harbour.abuse_forms import forms_about_someone
    assert (forms_about_someone(text) if "ferch" in text else forms_in(text)) == expected


@pytest.mark.parametrize("text, classifier, expected", [
    # a Welsh writer checking his girlfriend's phone: Respect, not Clare's Law
    ("dwi'n 19. dwi'n checkio ffon cariad fi pan ma hi'n cysgu a dwi'n gwylltio'n rhacs pan ma hi'n mynd allan efo'i ffrindia",
     [("clares_law_apply", 0.41), ("describe_teen_abuse", 0.22)], "worried_own_behaviour"),
    # formal Welsh: what domestic abuse means in law; reporting to the police when it isn't an emergency
    ("Beth yw ystyr 'cam-drin domestig' yn ôl y gyfraith, os gwelwch yn dda?", [("nlu_fallback", 0.4), ("ask_what_is_abuse", 0.26)], "ask_is_this_abuse"),
    ("Hoffwn i roi gwybod i'r heddlu am fy nghyn-bartner, ond nid yw'n argyfwng. Sut mae gwneud hynny?", [("nlu_fallback", 0.4), ("clares_law_process", 0.33)], "ask_report_police"),
    # registering for emergency texts is not a record check
    ("oes rhaid fi gofrestru gynta?", [("ask_check_person", 0.56)], "nlu_fallback"),
    ("is he on the sex offenders register", [("ask_check_person", 0.9)], "ask_check_person"),
    # "wot do i say exactly" is not a question about the bot; "are you a bot" is
    ("wot do i say exactly", [("bot_challenge", 0.41), ("skip", 0.33)], "nlu_fallback"),
    ("are you a bot", [("bot_challenge", 0.9)], "bot_challenge"),
    # "if i just clear everything will he know": clearing can be noticed (not "forget this chat")
    ("if i just clear everything will he know", [("forget_conversation", 0.7)], "ask_cover_tracks"),
])
def test_read_as(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


def test_google_him_is_a_record_check():
    from harbour.nlu.refusals import CHECK
    assert refused_request("cant u just google him for me") == CHECK


def test_a_woman_asking_if_a_mens_line_is_for_her_is_a_woman():
    assert extract("Is that line only for men who hit women? I'm a woman.").gender == "woman"
    assert extract("is there a line for men").gender == "man"


def test_a_forced_marriage_abroad_in_welsh_is_honour_abuse():
    assert "honour" in forms_in("ma ffrind fi yn ysgol yn gweud bod teulu hi'n mynd a hi i ffwrdd dros yr haf i briodi rhywun. hi'n 16 a ddim moyn")

