"""What the thirteenth session's blind sets (fresh37-43, cy-fresh36-37) found, each checked after its run:
a missed "hes walked in. i cant say owt", a Welsh "I don't want to be here any more" only the classifier
caught, false alarms on habits and on questions, a man's wages read as a request to spy, orders asked
for in people's own words, and who is at risk when a wife, a Scots sister or a Welsh son is named."""
import pytest

from harbour.abuse_forms import forms_for, forms_in
from harbour.nlu.asked_words import DISCLOSED_TO_ME, GOES_BACK, SILENT_IF, SPEECH_NOT_AN_EMERGENCY, WHAT_CAN_I_DO
from harbour.nlu.danger import DANGER, SELF_HARM, calm_despite_the_words, classify, speaks_of_now
from harbour.nlu.places import PlaceMatcher, nation_entities
from harbour.nlu.profile import extract
from harbour.nlu.refusals import refused_request
from harbour.nlu.topic_words import WHO_IS_TOLD, topic_intent


@pytest.mark.parametrize(
    "text, verdict",
    [
        # missed: he has come in and she can't speak
        ("hes walked in. i cant say owt", DANGER),
        ("cant talk, shes just come in", DANGER),
        # Welsh "I don't want to be here any more" with "i'n": caught before only by the classifier's score
        ("sa i'n moyn bod 'ma rhagor. ma fe'n gweud bo fi'n dda i ddim a falle bod e'n iawn", SELF_HARM),
        # what keeps happening is not happening now; a friend who won't phone the police is not calling them
        ("since i ended it hes parked outside my work most mornings. doesnt say anything just sits there watching", None),
        ("my ex keeps turning up at my work and following me home. is that even a crime", None),
        ("she doesnt want to phone the police, can she do it online", None),
        ("he is parked outside", DANGER),
        ("hes following me home", DANGER),
        ("i need to ring the police", DANGER),
        # kept from friends is control, not locked in now
        ("ydi o'n gam-drin os di o'n deud mod i'n dda i ddim a ddim yn gadael fi fynd allan efo ffrindia?", None),
        ("mae on gwrthod gadael ni allan", DANGER),
    ],
)
def test_safety_patterns(text, verdict):
    assert classify(text) == verdict


@pytest.mark.parametrize(
    "text, calm",
    [
        ("ive moved out and he doesnt know where i am now. will my new address be on the forms", True),
        ("hes out at the minute its not happening now, i just want it stopped for good", True),
        ("im at my brothers now, police came", True),
        ("hes out at the minute but hes coming back now", False),
    ],
)
def test_safe_now_said_in_other_words(text, calm):
    assert calm_despite_the_words(text) is calm


def test_asking_for_any_other_help_is_not_a_sign_of_now():
    assert not speaks_of_now("i dont want the police involved. hes the kids dad. is there any other help")
    assert speaks_of_now("please help hes here")


@pytest.mark.parametrize(
    "text, forms",
    [
        # punching walls is intimidation (threats), not being hit; "never me tho" says so
        ("most nights to be fair. an he punches the walls n the doors. never me tho", ["threats"]),
        ("me ex uses the bairns to get at us, tells them im mental and kicks off at every handover", []),
        ("he says if i ever leave the dog gets it", ["threats"]),
        ("what do police need as proof?? its mostly things he says and texts, no bruises or anything", []),
        ("he put cameras all over the house but watches me on his phone from work", ["tech"]),
        ("he punched me in the face", ["physical"]),
        ("mae hi'n deud bo fi'n dew ac yn thick o flaen pawb", ["emotional"]),
    ],
)
def test_forms_described(text, forms):
    assert [form for form in forms_in(text) if form != "coercive_control"] == forms


def test_a_classifier_guess_of_physical_is_dropped_when_the_person_says_it_isnt():
    assert forms_for("describe_physical_abuse", "does abuse have to mean hitting") == []
    assert forms_for("describe_physical_abuse", "He has never once raised a hand to me.") == []


@pytest.mark.parametrize(
    "text, asker, gender",
    [
        # "his wife" is the writer: "my duty as his wife"
        ("my husband says its my duty as his wife. if i say no he sulks for days", None, None),
        # Scots "ma wee sister's man"
        ("ma wee sister's man is a nightmare, she's got bruises. can a check if he's done this before", "someone_else", "woman"),
        # Welsh "cariad mab fi": the son is at risk
        ("dwi'n meddwl bod cariad mab fi'n ei gam-drin o. ma hi'n cymryd ei gyflog o gyd", "someone_else", "man"),
        ("ffrind fi newydd symud mewn efo boi o tinder a ma pobl yn deud bod o di curo ei ex", "someone_else", None),
        ("teimlo'n stiwpid. dyn yn ca'l ei fwrw gan fenyw", None, "man"),
    ],
)
def test_who_is_at_risk(text, asker, gender):
    profile = extract(text)
    assert (profile.asker, profile.gender) == (asker, gender)


def test_the_writer_named_as_the_one_at_risk_or_the_one_harming():
    assert extract("my husband says its my duty as his wife").victim_is_self
    assert extract("I am 81. My daughter is my carer. She can be very sharp with me.").victim_is_self
    assert extract("i control the money cos shes useless with it. now shes calling it financial abuse??").perpetrator
    assert extract("the police have given me a notice saying i cant go home for 48 hours").perpetrator
    assert not extract("he controls the money and takes my card off me").perpetrator


def test_a_mans_wages_paid_into_his_wifes_account_is_not_a_request_to_spy():
    assert refused_request("My wife has my wages paid into her account and I get given a bit for diesel") is None
    assert refused_request("how do i get into her account") == "ask_monitor_someone"


@pytest.mark.parametrize(
    "text, intent",
    [
        ("Hello. I own the house outright. My husband is making my life a misery. Can I legally make him leave?", "ask_protective_order"),
        ("both our names r on the rental agreement. can a judge still make him move out", "ask_protective_order"),
        ("he keeps showing up at the school gates. can i get something so hes not allowed near there", "ask_protective_order"),
        ("the police order finishes next friday, the 28 day one. what do i do after that", "ask_protective_order"),
        ("coppers came round last night and gave him a notice to stay away from me", "ask_protective_order"),
        ("I am 72. My grandson takes my pension. Can I have him put out of my house?", "ask_protective_order"),
        ("nath yr heddlu roi rhyw notice iddo fe neithiwr, so smo fe'n cael dod adre", "ask_protective_order"),
        ("what do police need as proof?? its mostly texts", "ask_report_police"),
        ("if i report him will they tell him it was me that rang", "ask_report_police"),
        ("she doesnt want to phone the police, can she do it online", "ask_report_police"),
        ("my little boy was in the room. will it have messed him up", "ask_children"),
        ("are the bairns victims too like", "ask_children"),
        ("does abuse have to mean hitting", "ask_what_is_abuse"),
    ],
)
def test_topics_in_peoples_own_words(text, intent):
    assert topic_intent(text.lower()) == intent


@pytest.mark.parametrize(
    "text, found",
    [
        ("would she get told or me", True),
        ("neith nhw ddeud wrtha i be ma nhw'n ffeindio ta wrthi hi?", True),
        ("a fydd o'n cael gwbod be ma nhw'n ffeindio, ta fi?", True),
        # an order's form, not the scheme's disclosure
        ("if i apply for a non mol does he get told my address?", False),
    ],
)
def test_who_is_told(text, found):
    assert bool(WHO_IS_TOLD.search(text.lower())) is found


def test_the_words_for_follow_ups():
    assert WHAT_CAN_I_DO.search("so wot am i meant to do then, nothin??")
    assert WHAT_CAN_I_DO.search("whit can a actually dae for her the now")
    assert GOES_BACK.search("odi hwnna'n normal, mynd nôl ato fe drosodd a drosodd?")
    assert GOES_BACK.search("shes gone back to him again")
    assert SILENT_IF.search("what if i ever need them quick but i cant say anything")
    assert DISCLOSED_TO_ME.search("police told me under clares law that my partner has a history of violence")
    assert not DISCLOSED_TO_ME.search("how do i get the police to tell me about his history")
    assert SPEECH_NOT_AN_EMERGENCY.search("i cant speak properly on the phone since my op, how do i contact police when its not an emergency")
    assert not SPEECH_NOT_AN_EMERGENCY.search("im deaf, how do i get the police if hes kicking off and i cant phone")


def test_a_nation_only_compared_with_is_not_where_they_are():
    matcher = PlaceMatcher.from_path()
    found = {e["value"] for e in nation_entities(matcher, "how do you report domestic abuse in northern ireland is it 101 like england")}
    assert found == {"northern_ireland"}
    found = {e["value"] for e in nation_entities(matcher, "whats the law in scotland, my pal reckons its only in england")}
    assert found == {"scotland"}


def test_the_second_rounds_words():
    from harbour.nlu.asked_words import EVIDENCE_ASKED, MEET_ASKED, NOT_IN_TROUBLE, ONCE_ASKED, WORD_AGAINST
    # a man who doesn't want his partner arrested is not worried about his own behaviour
    assert NOT_IN_TROUBLE.search("i dont want her nicked tho i just want it to stop")
    assert WORD_AGAINST.search("i dont have any proof its just him showing up")
    assert WORD_AGAINST.search("i got voice notes of him threatening me, are they any use")
    assert WORD_AGAINST.search("wot if they dont believe me")
    assert EVIDENCE_ASKED.search("should i take pics of the bruise")
    assert not EVIDENCE_ASKED.search("how do i report the messages my ex keeps sending")
    assert MEET_ASKED.search("maybe i should meet him for a coffee and ask him nicely to stop")
    assert ONCE_ASKED.search("is one slap enough to count or does it have to keep happening")
    assert GOES_BACK.search("im gonna tell him to back off")


@pytest.mark.parametrize(
    "text, intent",
    [
        ("my ex keeps turnin up at my flat, its rented in my name only. can i stop him legaly", "ask_protective_order"),
        ("can he be made to move out", "ask_protective_order"),
        ("can a parent be the abuser or is it only boyfriends and husbands", "ask_what_is_abuse"),
    ],
)
def test_the_second_rounds_topics(text, intent):
    assert topic_intent(text.lower()) == intent


def test_a_home_in_my_name_is_not_economic_abuse_but_a_loan_in_my_name_is():
    assert "economic" not in forms_in("my ex keeps turnin up at my flat, its rented in my name only")
    assert "economic" in forms_in("he took out a loan in my name")


@pytest.mark.parametrize(
    "text, verdict",
    [
        # missed: drunk and home, locked in the bathroom while he kicks the door
        ("hes home early and hammered, im in the bathroom with the door locked and hes booting it", DANGER),
        ("the door is locked and hes kicking it", DANGER),
        ("im in the bathroom with the door locked", DANGER),
        # a milder word, or a habit, is not danger now
        ("hes home from work and in a mood so i cant talk long", None),
        ("hes home and drunk most nights", None),
        # Welsh: who he is and which line, with no word for now; things breaking next door most nights
        ("dwi'n ddyn, 40, yn Wrecsam. gwraig fi'n fy nharo i a chwalu petha. oes na rywun fedra i siarad efo nhw?", None),
        ("fi'n clywed gweiddi a pethe'n torri drws nesa bron bob nos. beth ddylen i neud?", None),
        ("mae on fy nharo i rwan", DANGER),
        ("mae on cicio r drws", DANGER),
    ],
)
def test_the_third_rounds_safety_patterns(text, verdict):
    assert classify(text) == verdict


def test_the_third_rounds_profiles():
    # "boyfriend fi'n checio ffôn fi": her boyfriend checks her phone; she is not the one harming
    assert not extract("dwi'n 17, boyfriend fi'n checio ffôn fi bob nos a gwylltio os dwi'n siarad efo hogia erill").perpetrator
    assert extract("dwi'n checio ffon hi bob nos").perpetrator
    assert extract("ffrind gora fi, ma'i chariad hi'n cadw'i chyflog a'i chardyn banc hi").asker == "someone_else"
    # "in front of me mates": his mates, not a mate at risk
    assert extract("she calls me thick and useless every day, even in front of me mates. im 34 and a bloke").asker != "someone_else"


def test_the_third_rounds_words():
    assert GOES_BACK.search("half tempted to go round and have it out with him")
    assert GOES_BACK.search("part of me wants to just tell her to pack her bags and go")
    assert GOES_BACK.search("if i bump into her on the stairs what could i say")
    assert GOES_BACK.search("sa i moyn gweud y peth anghywir")
    assert topic_intent("is there somewhere i can ask for help when im out at the shops") == "ask_for_ani"
    assert topic_intent("my mate said theres a new kind of order now that covers all the controlling stuff") == "ask_protective_order"
    assert topic_intent("my partner punched me last weekend, is it too late to report") == "ask_report_police"


def test_keeping_notes_is_not_a_suicide_note_but_writing_one_still_counts():
    from harbour.nlu.score_alone import _KEEPING_NOTES
    assert _KEEPING_NOTES.search("what should i be keeping a note of")
    assert not _KEEPING_NOTES.search("ive been writing a note for my kids")
    assert not _KEEPING_NOTES.search("i made a note for when im gone")
