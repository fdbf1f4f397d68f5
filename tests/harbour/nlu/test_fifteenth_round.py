"""What the fifteenth session's blind sets (fresh53-58, cy-fresh40-41) found in the words, each checked after
its run: false alarms on "since he kicked off", "i do not wish to ring 999", a child's question retold and a
Welsh history of attacks asked about with an injunction; a victim's "he reads my texts" read as a request to
spy; orders, the police, the council, Ask for ANI and stalking asked about in other words."""
import pytest

from harbour.abuse_forms import forms_in
from harbour.nlu.asked_words import EVIDENCE_ASKED, MAKE_ME_REPORT, NOT_READY, OTHERS_KNOW, PARTNER_LINE, REMOVE_APP, SAID_IT_NEXT, SILENT_ELSEWHERE, TOLD_ON, URGENT_IF
from harbour.nlu.danger import DANGER, classify, speaks_of_now
from harbour.nlu.places import PlaceMatcher, nation_entities
from harbour.nlu.profile import extract
from harbour.nlu.refusals import refused_request
from harbour.nlu.topic_words import CHILDREN_ASKED, LINE_QUESTION, SELF_HARM_HINT, SELF_HARM_NEAR, asked_in_words, topic_intent


@pytest.mark.parametrize(
    "text, verdict",
    [
        # not wanting 999 is not calling it
        ("Good evening. I am 81 and my grandson has been pushing me. I do not wish to ring 999. Who do I speak to at the police?", None),
        ("i need to ring 999", DANGER),
        # a child's question, retold
        ("my 9 yr old asked me if mummy is going to hurt me. what do i say to him", None),
        ("mummy is going to hurt me", DANGER),
        # Welsh: attacked "for months", asked about with an injunction, is a history
        ("fi'n byw yn llundain. ma'n wraig i wedi bod yn ymosod arna i ers misoedd. alla i gal injunction?", None),
        ("mae o'n ymosod arna i", DANGER),
    ],
)
def test_safety_patterns(text, verdict):
    assert classify(text) == verdict


@pytest.mark.parametrize(
    "text, now",
    [
        ("me n the kids are stopping at me mams since he kicked off. can i get the house back and him out of it", False),
        ("It has gone quiet now. Should I knock tomorrow and have a word with him?", False),
        ("hes coming back now", True),
        ("its quiet but hes outside", True),
    ],
)
def test_what_speaks_of_now(text, now):
    assert speaks_of_now(text) is now


@pytest.mark.parametrize(
    "text, topic",
    [
        ("me n the kids are stopping at me mams since he kicked off. can i get the house back and him out of it", "ask_protective_order"),
        ("can i ask them for one of them protection notice things", "ask_protective_order"),
        ("It has gone quiet now. Should I knock tomorrow and have a word with him?", "ask_safety_plan"),
        ("i was gonna go round his and tell him to pack it in", "ask_safety_plan"),
        ("police came out but didnt arrest him, just had a word. feels like they did nothing", "ask_report_police"),
        ("can i use the police scotland online form for domestic abuse? hes still living wi me", "ask_report_police"),
        ("he waits in the car when i go in boots. can i get help in there without him knowing?", "ask_for_ani"),
        ("is there anything she could do at the pharmacy?", "ask_for_ani"),
        ("fi'n mynd i'r chemist yfory. sut alla i gael help heb iddo fe wbod?", "ask_for_ani"),
        ("will the council help if i just turn up at the office", "ask_refuge"),
        ("if i do go can i take the dog with me", "ask_refuge"),
        ("fydd y cyngor yn rhoi ty i ni?", "ask_refuge"),
        ("he never touches the kids, he just screams at me once theyre in bed. that doesnt affect them does it?", "ask_children"),
        ("ma rhywun di deud bod o di brifo ei ex. sut dwi'n ffeindio allan?", "clares_law_someone_else"),
    ],
)
def test_topics_in_other_words(text, topic):
    found = topic_intent(text.lower())
    assert found == topic or topic == "clares_law_someone_else" and found is None


def test_a_welsh_question_about_his_ex_is_the_scheme_not_a_description():
    from harbour.nlu.topic_words import CHECK_THEM_OUT, PAST_ASKED
    text = "dwi di dechra mynd allan efo boi newydd a ma rhywun di deud bod o di brifo ei ex. sut dwi'n ffeindio allan?"
    assert CHECK_THEM_OUT.search(text) and PAST_ASKED.search(text)


def test_the_children_asked_about_in_a_description():
    assert CHILDREN_ASKED.search("that doesnt affect them does it? luton")
    assert not CHILDREN_ASKED.search("he hit me in front of them")


@pytest.mark.parametrize(
    "intent, text, asked",
    [
        ("clares_law_process", "and if its urgent one night", "nlu_fallback"),
        ("clares_law_process", "not sure im ready to go to them yet", "nlu_fallback"),
        ("clares_law_process", "a be os dwi'm yn ardal y peilot?", "nlu_fallback"),
        ("ask_privacy", "oes rhaid i fi ddangos ID?", "nlu_fallback"),
        ("clares_law_confidentiality", "who decides if i get told", "nlu_fallback"),  # (the panel after Clare's Law, the magistrates after a notice)
        ("ask_safety_plan", "ddylwn i jyst dileu'r app os dwi'n ffeindio fo?", "describe_tech_abuse"),
        ("clares_law_process", "how long does it take", None),
    ],
)
def test_near_misses_read_by_their_words(intent, text, asked):
    assert asked_in_words(intent, text.lower(), intent.startswith("clares_law")) == asked


@pytest.mark.parametrize(
    "pattern, text, found",
    [
        (URGENT_IF, "and if its urgent one night", True),
        (SAID_IT_NEXT, "what happens after i say it", True),
        (SAID_IT_NEXT, "be sy'n digwydd ar ol i fi ddeud o?", True),
        (NOT_READY, "not sure im ready to go to them yet", True),
        (NOT_READY, "im ready to report him", False),
        (PARTNER_LINE, "is there somewhere she can ring too", True),
        (PARTNER_LINE, "is there somewhere i can ring", False),
        (MAKE_ME_REPORT, "so if i ring that number will they make me report him", True),
        (MAKE_ME_REPORT, "how do i report him", False),
        (SILENT_ELSEWHERE, "does that press 55 thing work over here too", True),
        (OTHERS_KNOW, "if i switch location off will he get told or something", True),
        (REMOVE_APP, "if i switch location off will he get told or something", True),
        (TOLD_ON, "my sister is worried sick can i pass on what they said to her", True),
        (TOLD_ON, "ok. a ga i weud wrth chwaer fi beth ma nhw'n gweud?", True),
        (EVIDENCE_ASKED, "would writing stuff down help", True),
        (EVIDENCE_ASKED, "he reads all my messages and makes me keep location sharing on all the time", False),
        (EVIDENCE_ASKED, "should i keep his messages", True),
        (LINE_QUESTION, "whos best to ring, im a girl, in leeds", True),
    ],
)
def test_asked_words(pattern, text, found):
    assert bool(pattern.search(text.lower())) is found


@pytest.mark.parametrize(
    "text, forms",
    [
        ("wots classed as domestic abuse, is it just if someone hits u", []),
        ("its just when he drinks he hits me", ["physical"]),
        ("he still messages my workplace and waits in the car park", ["stalking"]),
        ("i was waiting outside the shop", []),
        ("my family are threatening me, they say ive shamed them", ["honour", "threats"]),
        ("my parents are planning to marry me to my cousin back home", ["honour"]),
        ("now shes saying shell send round a pic i sent her if i dump her", ["sexual"]),
        ("can you send me a pic of the form", []),
    ],
)
def test_forms_named(text, forms):
    assert forms_in(text) == forms


@pytest.mark.parametrize(
    "text, refused",
    [
        ("fi'n gwbod bod e'n darllen texts fi. sut alla i gael help heb iddo fe wbod?", None),
        ("sut fedra i ddarllen ei whatsapp o heb iddo fo wbod?", "ask_monitor_someone"),
        ("fedri di ddim jyst tracio'i ffon hi i fi ta?", "ask_monitor_someone"),
        ("plis. jyst deud lle ma hi", "ask_locate_person"),
        ("ma fo wedi deud lle ma hi", None),
    ],
)
def test_refusals(text, refused):
    assert refused_request(text) == refused


def test_what_friends_say_does_not_make_them_the_one_at_risk():
    assert extract("my mates say its just cos she really likes me").asker is None
    assert extract("my mate is being hit by her boyfriend").asker == "someone_else"


def test_the_husbands_he_is_not_the_friend_at_risk():
    assert extract("i put in a clares law about my mates husband. is he gonna be told someone asked").gender is None
    assert extract("my mates girlfriend hits him").gender == "man"


def test_a_nation_compared_with_is_not_where_they_live():
    matcher = PlaceMatcher.from_path()
    assert [e["value"] for e in nation_entities(matcher, "are there even refuges in wales or is that an england thing")] == ["wales"]
    assert [e["value"] for e in nation_entities(matcher, "is that just an england thing")] == []
    assert [e["value"] for e in nation_entities(matcher, "im in england")] == ["england"]


def test_self_harm_words_not_read_in_cant_you_or_back_off_myself():
    assert not SELF_HARM_HINT.search("tempted to just tell him to back off myself")
    assert SELF_HARM_HINT.search("i want to hurt myself")
    assert "cant" not in {m.group(0) for m in SELF_HARM_NEAR.finditer("cant u just give me the address of one its quicker")}
    assert SELF_HARM_NEAR.search("i cant go on")


# ---- second round (fresh59-60, cy-fresh42) ----

@pytest.mark.parametrize(
    "text, verdict",
    [
        ("hes saying hes coming back friday. can it be done before then", None),
        ("hes coming back now", DANGER),
        ("can a man get a non mol against his wife? shes hit me a few times and went for me with a knife when she was drinking. shes at her mums now", None),
        ("shes got a knife", DANGER),
    ],
)
def test_safety_patterns_second_round(text, verdict):
    assert classify(text) == verdict


@pytest.mark.parametrize(
    "text, topic",
    [
        ("Could you please tell me what the legal definition of domestic abuse is? My solicitor mentioned an Act from 2021.", "ask_what_is_abuse"),
        ("Does it only apply to husbands and wives, or could it include my grown-up son?", "ask_what_is_abuse"),
        ("I am 74. Is there an order that can stop my son coming to my house?", "ask_protective_order"),
        ("hes sending me horrible msgs on snapchat calling me names. where do i report that? leicester", "ask_report_police"),
        ("can i bring my dog, hes the only thing keeping me going", "ask_refuge"),
        ("im scared what hell do when he finds out im going", "ask_safety_plan"),
        ("honestly i just want to throw it in his face when i know", "ask_safety_plan"),
    ],
)
def test_topics_in_other_words_second_round(text, topic):
    assert topic_intent(text.lower()) == topic


@pytest.mark.parametrize(
    "intent, text, asked",
    [
        ("clares_law_process", "who decides it, me or them", "nlu_fallback"),
        ("clares_law_process", "so after the 28 days hes just allowed back??", "nlu_fallback"),
        ("clares_law_process", "be sy'n digwydd wedyn?", "nlu_fallback"),
        ("clares_law_process", "what happens after i apply to the police about him", None),
    ],
)
def test_near_misses_second_round(intent, text, asked):
    assert asked_in_words(intent, text.lower(), True) == asked


def test_children_asked_about_and_forms_in_other_words():
    assert CHILDREN_ASKED.search("my 6 yr old covers her ears when he shouts. is it affecting her even tho he doesnt touch her")
    assert forms_in("husband never hit me but all time shout and say i am stupid and nobody want me") == ["emotional"]
    assert forms_in("i shout at the telly") == []
    assert LINE_QUESTION.search("im in leicester but work in glasgow half the week, does that change who i ring")


# ---- third round (fresh61, cy-fresh43: false alarms) ----

@pytest.mark.parametrize(
    "text, verdict",
    [
        ("i want to report my partner for what hes been doing but its not an emergency, hes at work. do i ring 999? im in bristol", None),
        ("ring 999 hes here", DANGER),
        ("ydi o'n cyfri fel cam-drin os di o ddim yn 'y nharo i? jyst gweiddi, galw fi'n stiwpid", None),
        ("mae o'n fy nharo i", DANGER),
    ],
)
def test_safety_patterns_third_round(text, verdict):
    assert classify(text) == verdict


def test_a_new_order_asked_about_in_welsh():
    assert topic_intent("o'n i'n meddwl bod na order newydd yn gogledd cymru rwan?") == "ask_protective_order"


def test_asking_the_police_about_him_in_welsh_is_the_scheme():
    from harbour.nlu.topic_words import CHECK_THEM_OUT
    assert CHECK_THEM_OUT.search("ma hi efo dyn newydd a ma na si amdano fo yn dre. fedra i ofyn i'r heddlu amdano fo?")
