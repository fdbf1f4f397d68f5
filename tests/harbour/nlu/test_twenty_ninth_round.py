"""What the twenty-ninth session's blind sets found in the words, each checked after its run. Wave 1 (fresh255-257,
cy-fresh111-112): a man whose girlfriend threatens to "tell everyone i hit her if i leave" given Respect's line; a
16-year-old "keep hittin my bf" and Welsh "fi'n slapio'r boyfriend" answered as victims; "no one else would ever want
me" not named; Welsh "ody hwnna'n erbyn y gyfraith? sa i moyn i mam a dad fynd i drwbwl" read as someone worried about
mum and dad; "sori, pwy ddudist ti?" and "sorry who did you say? im in leeds" answered with what Harbour can do or keeps,
or Samaritans on the score alone; "should i just delete everything then", after laptop history, forgot the chat."""
import pytest

from harbour.abuse_forms import forms_in
from harbour.nlu import welsh_profile
from harbour.nlu.asked_words import EVIDENCE_ASKED, REPEAT_ASKED
from harbour.nlu.profile import extract
from harbour.nlu.topic_words import asked_in_words
from tests.harbour.nlu.test_profile_extractor import entities, run


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        ("is it abuse if me girlfriend never hits me but screams at me for hours, calls me pathetic, and says she'll get rid of the dog and tell everyone i hit her if i leave", False),
        ("she says she will leave and tell the kids i hit her", False),
        ("i hit her last night and i feel awful", True),
        ("i need to tell the police i hit her", True),
        ("im a girl, 16, n i keep hittin my bf when i get angry. i dont want to but i do", True),
    ],
)
def test_a_threat_of_a_false_accusation_is_not_a_confession(text, perpetrator):
    assert extract(text).perpetrator is perpetrator


def test_welsh_slapping_the_boyfriend_is_own_behaviour():
    assert welsh_profile.perpetrator("fi'n slapio'r boyfriend weithie pan fi di bod yn yfed, wedyn fi'n teimlo'n ofnadwy")
    assert not welsh_profile.perpetrator("ma fe'n slapio'r boyfriend")
    assert extract("fi'n slapio'r boyfriend weithie pan fi di bod yn yfed. fi'n ferch, ydy hwnna'n cyfri fel domestic abuse?").route == "own_behaviour"


def test_no_one_else_would_ever_want_me_is_emotional_abuse():
    assert "emotional" in forms_in("been with him 9 yrs and he tells me every day no one else would ever want me")
    message = run("been with him 9 yrs and he tells me every day no one else would ever want me",
                  [("nlu_fallback", 1.0), ("describe_teen_abuse", 0.5), ("describe_emotional_abuse", 0.22)])
    assert message.get("intent")["name"] == "ask_what_is_abuse"


def test_wanting_mum_and_dad_out_of_trouble_is_not_asking_for_them():
    assert extract("ody hwnna'n erbyn y gyfraith? sa i moyn i mam a dad fynd i drwbwl").asker is None
    assert extract("dw i'n poeni am mam, ma'i gwr hi'n gas").asker == "someone_else"
    message = run("ody hwnna'n erbyn y gyfraith? sa i moyn i mam a dad fynd i drwbwl", [("inform", 1.0), ("nlu_fallback", 0.4)])
    assert message.get("intent")["name"] == "nlu_fallback"  # read against the answer just given (the forced marriage's law)


@pytest.mark.parametrize(
    "text, asked",
    [
        ("sori, pwy ddudist ti? dw i ym Mlaenau", True),
        ("sorry who did you say? im in leeds", True),
        ("who did you say", True),
        ("what did you say about clares law", False),
    ],
)
def test_who_did_you_say(text, asked):
    assert bool(REPEAT_ASKED.search(text.lower())) is asked


def test_who_did_you_say_is_never_a_crisis_on_the_score_alone():
    message = run("sori, pwy ddudist ti? dw i ym Mlaenau", [("nlu_fallback", 1.0), ("ask_capabilities", 0.28), ("self_harm", 0.36)])
    assert message.get("intent")["name"] == "nlu_fallback" and entities(message).get("nation") == "wales"
    english = run("sorry who did you say? im in leeds", [("nlu_fallback", 0.4), ("ask_privacy", 0.3), ("inform", 0.25)])
    assert english.get("intent")["name"] == "nlu_fallback"


def test_should_i_delete_everything_is_about_the_browser_not_this_chat():
    assert asked_in_words("forget_conversation", "should i just delete everything then", False) == "ask_cover_tracks"
    assert asked_in_words("forget_conversation", "delete this chat", False) is None


def test_what_evidence_do_i_need():
    assert EVIDENCE_ASKED.search("what evidence do i need? hes sent me loads of horrible texts")
    assert EVIDENCE_ASKED.search("what kind of proof would the court need")
    assert not EVIDENCE_ASKED.search("what happens next")


def test_wave_two_words():
    from harbour.nlu.danger import classify
    from harbour.nlu.refusals import refused_request
    from harbour.nlu.asked_words import FORGET_NOW
    # a threat posted on a story: danger; our own photo of the house: not
    assert classify("hes just put a pic of my front door on his story sayin see u tonight") == "danger_now"
    assert classify("we put a photo of our house on facebook when we moved in") is None
    # a neighbour who hears him screaming at her is not the one harming; a brother who admitted it is someone else's worry
    assert not extract("i hear the man next door screamin at her most nights and stuff gettin smashed").perpetrator
    brother = extract("my brother admitted to me hes been hitting his wife. says he wants to stop. where can he get help")
    assert brother.asker == "someone_else" and not brother.perpetrator
    # "im not the bad guy" with "shes the one who used to hit me": hurt, not harming
    said = extract("im not the bad guy here. shes the one who used to hit me")
    assert said.victim_is_self and not said.perpetrator
    assert extract("im not the bad guy, i just lose my temper").perpetrator
    # requests Harbour refuses
    assert refused_request("can u help me get into my friends whatsapp? i reckon her boyfriends threatening her") == "ask_monitor_someone"
    assert refused_request("sut dw i'n rhoi app ar phone boyfriend fi i weld lle ma fe?") == "ask_monitor_someone"
    assert refused_request("ma fe di rhoi app ar phone fi") is None
    # Welsh: forget, own behaviour, what counts
    assert FORGET_NOW.search("anghofia bob dim dw i di deud plis")
    assert welsh_profile.perpetrator("mae'r wraig yn deud bod arni ofn fi pan dw i wedi bod yn yfed. dw i wedi malu petha yn y ty")
    assert not welsh_profile.perpetrator("ma fe'n malu petha") and not welsh_profile.perpetrator("ma ofn arna i")
    assert welsh_profile.forms_in("Ydy e'n golygu bwrw rhywun yn unig?") == []
    assert welsh_profile.forms_in("fo sy'n penderfynu pwy dw i'n cael eu gweld, ac mae o'n gwrando ar fy ngalwadau ffon") == ["coercive_control"]
    # this chat asked about in other words
    assert run("do yous keep a record of what i type in here? he checks everything", [("describe_tech_abuse", 0.5)]).get("intent")["name"] == "ask_privacy"
    assert run("also does this chat keep my messages", [("describe_stalking", 0.6)]).get("intent")["name"] == "ask_privacy"
    assert run("a be os dw i nol adra yn gaernarfon dros yr haf, ydy o'r un peth?", [("nlu_fallback", 0.4), ("ask_children", 0.3)]).get("intent")["name"] == "inform"


def test_final_wave_words():
    from harbour.nlu.danger import classify
    from harbour.nlu.scheme_words import guess_instead
    from harbour.abuse_forms import forms_about_someone
    from harbour.nlu.topic_words import CONFIDENTIALITY_WORDS
    # self-harm and danger the final wave missed
    assert classify("i take many tablets 20 minute ago because of him, now i feel very sleepy") == "self_harm"
    assert classify("i take many tablets for my heart and my back") is None
    assert classify("mae'r wraig di bod yn fy nhrin i fel baw ers blynyddoedd. sa'n haws i bawb taswn i jyst ddim yma. dyn 68 o bwllheli") == "self_harm"
    assert classify("newydd gal voice note gyda fe 'fi tu fas i dy dy di nawr'") == "danger_now"
    assert classify("dw i tu fas i'r ty") is None
    # the one harming, in English as a second language and in Welsh
    harming = extract("i break things in house when i am angry and my wife is scared from me now. how i stop this")
    assert harming.perpetrator and not harming.victim_is_self
    assert welsh_profile.perpetrator("dw i'n sbio drw phone y cariad bob nos a gweiddi arno fo. dw i'n meddwl ella mai fi di'r broblem")
    # asked, not described; named in other words
    assert forms_in("what is domestic abuse in england law? it is only when he is hitting?") == []
    assert "sexual" in forms_in("my husband hide my pills and throw them away, he say wife must give baby every year and he force me when i say no")
    assert forms_about_someone("my friend from mosque, her husband not let her learn english or go out without him") == ["coercive_control"]
    assert forms_in("please let me know") == []
    # a young wife and her mother-in-law, not an older person
    assert guess_instead("describe_older_person_abuse", "my saas and my husband keep my passport, they give me only leftover food", False) == "ask_what_is_abuse"
    assert guess_instead("describe_older_person_abuse", "my son takes my pension and my husband does nothing", False) is None
    # a friend at work with a bruise; "will he know it was me who asked"
    assert extract("ffrind gore fi di dod miwn i'r gwaith gyda clais ar ei braich to. ma hi'n gweud bo hi di cwmpo").asker == "someone_else"
    assert CONFIDENTIALITY_WORDS.search("odi fe'n cal gwbod mai fi sy di gofyn?")


def test_should_i_tell_her_husband_is_the_friends_answer():
    from harbour.nlu.scheme_words import guess_instead
    assert guess_instead("clares_law_someone_else", "ni yn caerfyrddin. ddylen i weud wrth ei gwr hi bo fi'n gwbod?", True) == "worried_about_someone"
    assert guess_instead("clares_law_someone_else", "should i tell her husband i know", True) == "worried_about_someone"
    assert guess_instead("clares_law_someone_else", "should i tell the police about him", True) != "worried_about_someone"


def test_after_the_last_commit():
    from harbour.nlu.danger import classify
    from harbour.nlu.asked_words import FORGET_NOW
    # Welsh "lyncu'r tabledi" (the article glued on when normalised) is self-harm
    assert classify("weithie fi'n meddwl am lyncu'r tabledi i gyd. ma hi'n neud bywyd fi'n uffern") == "self_harm"
    # "should I delete everything on the phone" asks about the phone, not to forget this chat
    assert not FORGET_NOW.search("ddylen i jyst dileu popeth ar y phone?")
    assert FORGET_NOW.search("dileu popeth plis")
    assert asked_in_words("forget_conversation", "ddylen i jyst dileu popeth ar y phone?", False) == "ask_cover_tracks"


def test_not_gonna_do_anything_daft_to_find_her_is_not_self_harm():
    from harbour.nlu.danger import classify
    assert classify("im not gonna do anything daft i just want to talk to her") is None
    assert classify("im not going to do anything tonight") == "self_harm"
    assert classify("im not gonna do anything daft i just want to talk to someone") == "self_harm"


def test_she_is_afraid_to_go_out_is_not_afraid_of_me():
    assert not welsh_profile.perpetrator("ma ofn arni i fynd allan")
    assert welsh_profile.perpetrator("mae arni ofn i pan dw i'n yfed")
