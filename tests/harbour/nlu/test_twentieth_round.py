"""What the twentieth session's blind sets (fresh92-97, cy-fresh59-61) found in the words, each checked after its run:
an older woman's daughter who "says im a burden" read as the writer's own words; somewhere to go tonight, a room to
keep to and "dont wanna say where" read as self-harm on the classifier's score alone; "me 5 years ago" read as a
child's age; a son "has been taking my pension" read as the one at risk; "hurt 2 women" read as two women together;
a Welsh man whose girlfriend throws things at him read as the one harming; the police's disclosure and what may be
done with it (a letter, an email, a friend, his face) not read as the scheme's confidentiality; a Clare's Law
answer that came back read as a question; the men's line asked for as "a mens one"."""
import pytest

from harbour.nlu.asked_words import AUDIENCE_QUESTION, CHECK_UNSEEN, DISCLOSED_TO_ME, HOURS_ASKED, TELL_AN_ADULT, THEM_CHANGE
from harbour.abuse_forms import forms_in
from harbour.nlu.danger import classify
from harbour.nlu.profile import extract
from harbour.nlu.refusals import CHECK, LOCATE, refused_request
from harbour.nlu.scheme_words import guess_instead
from harbour.nlu import welsh_profile
from harbour.nlu.topic_words import BOT_QUESTION, LINE_QUESTION, WHO_IS_TOLD, topic_intent
from tests.harbour.nlu.test_profile_extractor import entities, run


@pytest.mark.parametrize(
    "text, expected",
    [
        # what someone calls them is not how they feel of themselves...
        ("im 74. my daughter has my bank card, gives me pocket money out my own pension and says im a burden. is that abuse", None),
        ("he tells me im a burden every day", None),
        # ...but their own words still are
        ("i feel like a burden to everyone", "self_harm"),
        ("im just a burden", "self_harm"),
    ],
)
def test_a_burden_said_of_them(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, ranking",
    [
        ("sorry is there anywhere i can go tonight, cant go back to the house", [("self_harm", 0.9), ("ask_refuge", 0.05)]),
        ("dont wanna say where sorry", [("self_harm", 0.7), ("inform", 0.1)]),
        ("if he kicks off again what room should i go to. i know to keep out the kitchen cos of the knives. im a woman in stoke",
         [("self_harm", 0.8), ("ask_safety_plan", 0.1)]),
    ],
)
def test_no_self_harm_on_the_score_alone(text, ranking):
    assert run(text, ranking).get("intent")["name"] != "self_harm"


def test_somewhere_to_go_tonight_is_the_refuge_answer():
    message = run("sorry is there anywhere i can go tonight cant go back to the house", [("self_harm", 0.97), ("ask_refuge", 0.01)])
    assert message.get("intent")["name"] == "ask_refuge"


@pytest.mark.parametrize(
    "text",
    ["ive nowhere to go, i want to die", "is there anywhere i can go, i cant go on like this anymore i want to end it"],
)
def test_somewhere_to_go_with_a_crisis_still_a_crisis(text):
    assert run(text, [("self_harm", 0.9)]).get("intent")["name"] == "self_harm"


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("he pulled a knife on me 5 years ago and i never reported it", "age_group", None),
        ("me 16 and my bf is 19", "age_group", "young"),
        ("im 74 and my son has been taking my pension for months", "asker", None),
        ("im 74 and my son has been taking my pension for months", "age_group", "older"),
        ("my sister has been hit by her husband", "asker", "someone_else"),
        ("our kids been taking me nans pension every week and shouting at her. shes 81", "asker", "someone_else"),
        ("our kids been taking me nans pension every week and shouting at her. shes 81", "age_group", "older"),
        ("clares law told me my husband has hurt 2 women before me", "identity", None),
        ("were 2 women and she hits me", "identity", "lgbt"),
        ("is there a mens one as well tho", "route", "man"),
        ("oes na linell jyst i ddynion?", "route", "man"),
    ],
)
def test_who_from_the_words(text, field, value):
    assert getattr(extract(text), field) == value


@pytest.mark.parametrize(
    "text, perpetrator, victim",
    [
        # accused, after being pinned down: the one being hurt
        ("he pins me down when we argue so i hit him back once, proper hard. now hes saying im the abuser and hell tell everyone", False, True),
        # being put down and kept in, after "i need help with my anger"
        ("no not like that. im angry because hes sleeping around and tells me im fat and useless every day and wont let me leave the house without him", False, True),
        # going to her work when she won't answer
        ("i keep going to my ex's work cos she wont answer my calls. her mum says im stalking her. im not i just want to talk to her", True, False),
        ("my ex says im stalking him but he keeps turning up at mine", False, None),
        ("ma nghariad i'n deud mod i'n ei gam-drin o achos dwi'n gweiddi a malu pethe pan dwi'n flin", True, False),
    ],
)
def test_who_is_hurt_and_who_harms(text, perpetrator, victim):
    found = extract(text)
    assert found.perpetrator is perpetrator
    assert victim is None or found.victim_is_self is victim


def test_nothing_told_is_not_being_put_down():
    assert not extract("n if they tell me nothing?").victim_is_self


def test_a_welsh_man_whose_girlfriend_throws_things_at_him():
    found = extract("boi dwi, byw yn dundee ers 3 blynedd. cariad fi'n taflu petha ata i pan ma hi di bod yn yfed")
    assert (found.gender, found.victim_is_self, found.perpetrator) == ("man", True, False)
    assert extract("fi'n taflu petha pan dwi'n flin").perpetrator
    assert welsh_profile.forms_in("ma'i chariad hi'n mynd trw ei ffôn hi bob nos") == ["tech"]


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        ("when we fight i threaten to tell his work hes hiv positive. is that actual abuse", True),
        ("shes locked herself in the bathroom cos im kicking off and i swear im gonna put the door in", True),
        ("he kicks off and i threatened to leave him", False),
        ("i threatened to call the police on him", False),
    ],
)
def test_who_harms(text, perpetrator):
    assert extract(text).perpetrator is perpetrator


@pytest.mark.parametrize(
    "text, expected",
    [
        ("need to know if my fellas been done for hittin his ex before. just yes or no. belfast", CHECK),
        ("can u tell me if shes gone to a refuge", LOCATE),
        ("can u tell me if my wife is in a refuge", LOCATE),
        ("can you tell me if he has a record", CHECK),
        ("can u look my new bf up on the police database? met him online n somethings off", CHECK),
        ("what happens if hes been arrested for hitting me", None),
        ("my ex has been done for hitting me before", None),
    ],
)
def test_what_is_refused(text, expected):
    assert refused_request(text) == expected


@pytest.mark.parametrize(
    "intent, text, expected",
    [
        # a disclosure, and what may be done with it
        ("ask_safety_plan", "if police tell me about his past can i throw it in his face", "clares_law_confidentiality"),
        ("ask_protective_order", "can they email me what they find so i can show my solicitor", "clares_law_confidentiality"),
        ("clares_law_someone_else", "got told stuff about ma partner under dsdas. can i tell ma pal", "clares_law_confidentiality"),
        ("clares_law_apply", "in belfast. if the psni give me info about my partner do they send it in a letter", "clares_law_confidentiality"),
        # an older person's abuse, from someone under 60 with no older person named
        ("describe_older_person_abuse", "my son is 30 and still lives here, he smashes things and takes money out my purse. im 58", "describe_family_abuse"),
        ("describe_older_person_abuse", "my nan is 80 and her grandson takes her pension, im 30", None),
        # no report needed for help
        ("ask_report_police", "do i have to go to the police to get help tho. im a woman in swindon", "ask_helpline"),
        ("ask_report_police", "do i have to go to the police station to report it", None),
        # checking she's all right is not a record check
        ("clares_law_apply", "can i ring someone just to check shes ok then", "ask_helpline"),
        # pressing after a refusal
        ("ask_cover_tracks", "ti'n siwr bo ti ffaelu jyst checkio? ma hi'n disgwyl babi", "nlu_fallback"),
        # an LGBT+ guess with nothing LGBT+ or of a partner in it
        ("describe_lgbt_abuse", "she'll go mental if she finds out tho", "nlu_fallback"),
        ("describe_lgbt_abuse", "my girlfriend threatens to out me", None),
        # little English, after an answer
        ("out_of_scope", "my english not so good", "ask_helpline"),
        # applied for someone else, and told nothing
        ("ask_is_this_abuse", "i applied about my mates bf. police wont tell me anything. is that normal", "clares_law_someone_else"),
    ],
)
def test_guesses_the_words_say_are_something_else(intent, text, expected):
    assert guess_instead(intent, text, unnamed=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the past, asked about, is not danger now...
        ("my new fella got arrested years back for summat with a knife and he wont say what. can i find out", None),
        ("the wee ones heard him smashin the place up last night. does that affect them? derry", None),
        # ...while the same words of now still are
        ("he kicked my dog and said the kids are next if i tell anyone. does that count as abuse if he never touched me", None),
        ("hes hitting mum and hes said im next", "danger_now"),
        ("hes smashing the place up", "danger_now"),
        ("hes smashing the place up again like last night, does that affect the kids", "danger_now"),
        ("he has a knife", "danger_now"),
    ],
)
def test_the_past_asked_about(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, forms",
    [
        ("me missus dont hit me or nothin but she checks me phone every nite and goes mental if i talk to women at work", ["coercive_control", "tech"]),
        ("my brothers follow me from uni and say im shamin the family talkin to lads", ["stalking", "honour"]),
        ("i said dont hit me", ["physical"]),
    ],
)
def test_forms_named(text, forms):
    assert forms_in(text) == forms


@pytest.mark.parametrize(
    "intent, text, expected",
    [
        ("nlu_fallback", "my new fella got arrested years back for summat with a knife and he wont say what. can i find out", "ask_clares_law"),
        ("nlu_fallback", "what do i actually say to them", "nlu_fallback"),
        ("ask_privacy", "police are there now. what do i do after this", "nlu_fallback"),
        ("ask_privacy", "do you keep what i type, what do i do now", None),
    ],
)
def test_more_guesses_the_words_say_are_something_else(intent, text, expected):
    assert guess_instead(intent, text, unnamed=False) == expected


def test_the_place_of_the_person_at_risk_fills_the_nation_slot_for_someone_else():
    message = run("my daughter lives in belfast, her fella has her terrified. im in manchester, who can i ring", [("worried_about_someone", 0.9)])
    nations = [e["value"] for e in message.get("entities") if e["entity"] == "nation"]
    assert nations[-1] == "northern_ireland"  # (Rasa fills a slot with the last value)
    mine = run("im in manchester and my mum lives in belfast, my husband hits me", [("describe_physical_abuse", 0.9)])
    assert [e["value"] for e in mine.get("entities") if e["entity"] == "nation"][-1] == "england"
    # an answer to "where?" about a sister (no one said to be hurt in it): hers
    theirs = run("im in london but shes up in aberdeen", [("inform", 0.9)])
    assert [e["value"] for e in theirs.get("entities") if e["entity"] == "nation"][-1] == "scotland"
    # where the one harming is from is not where the writer lives
    his = run("how do i get a non molestation order. im in carlisle, hes from dumfries but lives near me now", [("ask_protective_order", 0.9)])
    assert [e["value"] for e in his.get("entities") if e["entity"] == "nation"][-1] == "england"


def test_a_bot_question_with_a_person_asked_for_gets_the_handoff():
    message = run("am i talkin to a real person or a robot? i want to speak to an actual human. im a fella in hull", [("bot_challenge", 0.9)])
    assert message.get("intent")["name"] == "request_human"
    assert entities(message)["gender"] == "man"
    assert run("am i talking to a bot", [("bot_challenge", 0.9)]).get("intent")["name"] == "bot_challenge"


def test_a_silent_call_asked_after_danger():
    message = run("what if i cant talk when they answer, hes got a key", [("describe_coercive_control", 0.6), ("danger_now", 0.07)])
    assert message.get("intent")["name"] == "danger_now"


@pytest.mark.parametrize(
    "pattern, text",
    [
        (DISCLOSED_TO_ME, "my clares law came back. hes got a record for hurting women. ive been with him 3 years"),
        (DISCLOSED_TO_ME, "clares law told me my husband has hurt 2 women before me. i feel like such an idiot"),
        (HOURS_ASKED, "is it only in the day? i cannot ring when he is in"),
        (HOURS_ASKED, "will they answer now tho its nearly midnight"),
        (AUDIENCE_QUESTION, "is there a mens one as well tho"),
        (BOT_QUESTION, "is anyone reading this, like an actual person"),
        (LINE_QUESTION, "im not going to do anything daft love, i just dont know who to tell about him"),
        (WHO_IS_TOLD, "i applied about my mates bf. police wont tell me anything. is that normal"),
        (CHECK_UNSEEN, "how would she know if theres an app on it"),
        (THEM_CHANGE, "hes my son, is there someone who can help him change"),
        (TELL_AN_ADULT, "should i tell a teacher or is that snitching"),
        (CHECK_UNSEEN, "how do i check without her cottonin on"),
    ],
)
def test_the_words_of_follow_ups(pattern, text):
    assert pattern.search(text)


def test_nothing_told_after_applying_for_oneself_is_not_who_is_told():
    assert not WHO_IS_TOLD.search("n if they dont tell me anything that means hes fine yeah")


def test_nothing_back_is_not_a_disclosure():
    assert not DISCLOSED_TO_ME.search("my clares law came back with nothing")
    assert not DISCLOSED_TO_ME.search("how do i apply for clares law")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("how do i look for help without him seein it", "ask_cover_tracks"),
        ("how can i search for help without him knowing", "ask_cover_tracks"),
        ("ok where's safe to look stuff up then", "ask_cover_tracks"),
        ("sorry is there anywhere i can go tonight cant go back to the house", "ask_refuge"),
        ("police came out last weekend when he pushed me down the stairs, not heard owt since, who do i chase", "ask_report_police"),
    ],
)
def test_topic_words(text, expected):
    assert topic_intent(text) == expected
