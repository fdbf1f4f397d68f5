"""What the twenty-seventh session's blind sets (fresh225-228, cy-fresh97) found in the words, each checked after its
run: a threat quoted from "another one" (a voice note) missed as danger; "dont want to ring anyone rn. is the stuff she
says actually abuse" and "my wife is here on my visa" read as danger now; "he binned my pill so i cant take it" read as
self-harm and a friend "hurting herself" missed; "who can i call my nan" read as name-calling (Respect's line); "find
him a proper wife" (honour-based abuse) refused as finding someone; "clear is law" (voice typing) not the scheme; a
mother-in-law's control read as an older person's abuse; "gyda'i fam" (with his mum) read as asking for a mum."""
import pytest

from actions.follow_up_words import OTHER_WAY_ASKED
from harbour.abuse_forms import forms_about_someone, forms_in
from harbour.nlu.asked_words import SCHEME_NAMED
from harbour.nlu.danger import classify
from harbour.nlu.profile import extract
from harbour.nlu.refusals import refused_request
from harbour.nlu.topic_words import CONFIDENTIALITY_WORDS
from tests.harbour.nlu.test_profile_extractor import run


@pytest.mark.parametrize(
    "text, expected",
    [
        # a threat quoted from the next voice note, and the journey it names
        ("just got another one. 'getting a taxi to urs now u wont see tomorrow'. im home on my own", "danger_now"),
        ("on his way round now, says u wont see the morning", "danger_now"),
        # declining to ring is not "right now" about him
        ("dont want to ring anyone rn. is the stuff she says actually abuse tho", None),
        ("i cant call anyone right now hes kicking the door in", "danger_now"),
        ("he is screaming at me right now", "danger_now"),
        # here on a visa is not here now
        ("my wife is here on my visa and when she doesnt listen i tell her ill get her sent home", None),
        ("my wife is here and shes got a knife", "danger_now"),
        ("hes here", "danger_now"),
        # the pill can't be taken; the person can't take any more
        ("when hes home on leave he makes me have sex even when i say no, and he binned my pill so i cant take it", None),
        ("he hides my meds and i cant take it anymore", "self_harm"),
        ("i cant take it anymore", "self_harm"),
        # someone else hurting themselves (not a threat used to control)
        ("she also told me shes been hurting herself since it all kicked off", "self_harm"),
        ("my son has started cutting himself", "self_harm"),
        ("he keeps hurting himself to make me feel guilty", None),
    ],
)
def test_safety_words(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, harming",
    [
        ("who can i call my nans 81 and her grandson keeps taking money out her account", False),
        ("i need to call my mum", False),
        ("i call my wife names", True),
        ("i called her a slag in front of her mates", True),
        ("i call her fat and useless", True),
        ("my wife is here on my visa and when she doesnt listen i tell her ill get her sent home", True),
        ("fi'n fenyw a fi'n gweiddi a taflu pethe at partner fi pan fi'n stressed. llanelli. oes help i bobl fel fi?", True),
    ],
)
def test_the_writers_own_behaviour(text, harming):
    assert bool(extract(text).perpetrator) is harming


def test_who_is_asked_for_in_welsh():
    # "gyda'i fam" is "with his mum": nobody asked for (the couple's own question)
    assert extract("ni ddim yn byw gyda'n gilydd chwaith, ma fe dal gyda'i fam yn Morriston. odi hwnna'n neud gwahaniaeth?").asker is None
    assert extract("dwi'n poeni am fy chwaer").asker == "someone_else"
    assert extract("dwi'n gofyn ar ran fy mam").asker == "someone_else"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my husbands family say ive brought shame on them cos i want to go out to work. his mum says theyll send me back home and find him a proper wife", None),
        ("can you find him for me", "ask_locate_person"),
        ("help me find her", "ask_locate_person"),
    ],
)
def test_refused_or_not(text, expected):
    assert refused_request(text) == expected


def test_words_named():
    assert SCHEME_NAMED.search("i need help with clear is law")
    assert SCHEME_NAMED.search("how do i do a clears law")
    assert not SCHEME_NAMED.search("the law is not clear on this")
    assert CONFIDENTIALITY_WORDS.search("fydd o'n cael gwbod mai fi nath ofyn?")
    # a nan's money taken from her account: economic, not tech abuse or outing
    assert forms_about_someone("who can i call my nans 81 and her grandson keeps taking money out her account") == ["economic"]
    assert "threats" in forms_in("he threatens to out me to my family")
    assert "tech" in forms_in("he logged into my account")
    # "dont want to ring anyone" with a question about abuse besides: the question is answered
    assert not OTHER_WAY_ASKED.search("dont want to ring anyone rn. is the stuff she says actually abuse tho")
    assert OTHER_WAY_ASKED.search("dont want to ring anyone")


@pytest.mark.parametrize(
    "text, ranking, expected",
    [
        ("not sure where she lives somewhere in wales i think", [("nlu_fallback", 0.4), ("ask_refuge", 0.3)], "inform"),
        ("my mother in law runs our house, i cant go out without telling her where and she keeps my bank card",
         [("describe_older_person_abuse", 0.8)], "ask_what_is_abuse"),
        ("my nan is 84 and her son keeps my... i mean her bank card", [("describe_older_person_abuse", 0.8)], "describe_older_person_abuse"),
        ("but why doesnt she just leave him??", [("nlu_fallback", 0.4), ("ask_refuge", 0.2)], "worried_about_someone"),
        ("ond pam dydi hi ddim jyst yn gadael o??", [("ask_refuge", 0.6)], "worried_about_someone"),
        ("i want to go round and have it out with him tbh", [("ask_safety_plan", 0.8)], "worried_about_someone"),
        # the live classifier's own guess, which the words "go round" had turned into the safety plan
        ("i want to go round and have it out with him tbh", [("worried_about_someone", 0.74), ("ask_safety_plan", 0.1)], "worried_about_someone"),
        ("dwi isho mynd draw a deud wrtho fo lle i fynd tbh", [("ask_safety_plan", 0.8)], "worried_about_someone"),
        ("im tempted to go round and have it out with him, he hit me last night", [("ask_safety_plan", 0.9)], "ask_safety_plan"),
    ],
)
def test_guesses_the_words_decide(text, ranking, expected):
    assert run(text, ranking).get("intent")["name"] == expected


def test_a_question_answered_by_its_words_is_not_a_crisis_by_the_score_alone():
    # "aye fair. im in glasgow, is there a scottish one", after Respect's line: the classifier was unsure, with a
    # self-harm score; the words answer it, and the score alone no longer brings Samaritans
    message = run("aye fair. im in glasgow, is there a scottish one", [("nlu_fallback", 0.4), ("self_harm", 0.45), ("inform", 0.1)])
    assert message.get("intent")["name"] not in ("self_harm", "danger_now")
    # a pattern still decides
    assert run("im in glasgow, is there a scottish one, i cant take it anymore", [("nlu_fallback", 0.4), ("self_harm", 0.45)]).get("intent")["name"] == "self_harm"


# Second wave (fresh229-233, cy-fresh98)
def test_second_wave_safety_words():
    # "is hiding in a refuge": where she is, asked for, not the writer hiding now
    assert classify("my ex ran off with the kids and is hiding in a refuge. which one is she in") is None
    assert classify("hiding under the bed") == "danger_now"
    assert classify("my mum is hiding in the bathroom hes going mad") == "danger_now"
    assert refused_request("my ex ran off with the kids and is hiding in a refuge. which one is she in") == "ask_locate_person"
    assert refused_request("my boyfriend walked out and is kipping at someones, can you find where from his number?") == "ask_locate_person"


@pytest.mark.parametrize(
    "text, asker, gender, harming",
    [
        # "my mum is abusing my dad": he is the one at risk (the men's line), not the writer
        ("i think my mum is abusing my dad. she belittles him all the time and hes handed over all his money to her. hes 55", "someone_else", "man", False),
        ("my dad hits my mum", "someone_else", "woman", False),
        ("my husband is abusing my kids and me", None, None, False),
        ("me and my gf both get physical in rows, we're both 19. who do i talk to about MY side of it", None, None, True),
        ("my mate says what i do to my wife is coercive control. i just like knowing where she is all the time, is that really abuse?", None, None, True),
    ],
)
def test_second_wave_who_is_who(text, asker, gender, harming):
    profile = extract(text)
    assert (profile.asker, bool(profile.perpetrator)) == (asker, harming)
    if gender:
        assert profile.gender == gender


def test_second_wave_words():
    from harbour.nlu.asked_words import MEET_ASKED, WHAT_CAN_I_DO
    from harbour.nlu.topic_words import CHECK_THEM_OUT, PRIVACY_WORDS, topic_intent

    from actions.follow_up_words import PUSHBACK

    assert PRIVACY_WORDS.search("do i have to give u my name n address before u help me or wot")
    assert PRIVACY_WORDS.search("if i ring them do i have to say who i am")
    assert CHECK_THEM_OUT.search("wantin to check my daughters partner, i think hes been violent with his ex")
    assert CHECK_THEM_OUT.search("i live in belfast. how i can check if my husband was violent with his first wife")
    assert not CHECK_THEM_OUT.search("i check my partners phone")
    assert WHAT_CAN_I_DO.search("so i just sit there and do nothing? great advice cheers")
    assert OTHER_WAY_ASKED.search("can i do it over chat instead, im rubbish on the phone")
    assert PUSHBACK.search("i am her husband. i have right to know")
    assert MEET_ASKED.search("fi yn hwlffordd. dylen i decsto fe nol i weud wrtho fe stopo?")
    assert topic_intent("a sut fi'n cwato'r chat ma o'r laptop? ma fe'n iwso fe 'fyd") == "ask_cover_tracks"


@pytest.mark.parametrize(
    "text, ranking, expected",
    [
        ("my daughter wont leave him no matter wot i say. i keep tellin her just go. were in kent", [("ask_helpline", 0.6)], "worried_about_someone"),
        ("he wont leave her alone, keeps turning up at her work", [("describe_stalking", 0.8)], "describe_stalking"),
        ("Ydy hi'n gyfreithlon iddyn nhw ei phriodi hi yn 17 os yw'r teulu'n cytuno?", [("nlu_fallback", 0.4), ("describe_honour_abuse", 0.24)], "describe_honour_abuse"),
    ],
)
def test_second_wave_guesses(text, ranking, expected):
    assert run(text, ranking).get("intent")["name"] == expected


# Third wave (fresh234-238, cy-fresh99-100)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("im dead confused. he never hits me but calls me thick and ugly every day and laughs when i cry", None),
        ("if he finds out im dead", "danger_now"),
        ("im dead", "danger_now"),
    ],
)
def test_third_wave_safety_words(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, harming",
    [
        ("ah lost it wi ma wife last nite an shoved her intae the wall. ah dinnae want tae turn intae ma da", True),
        ("ah go through ma girlfriends phone aw the time an lose the heid if she texts a guy. ah ken its no right", True),
        ("dwi'n hogan 23 a dwi'n gweiddi ac yn taflu petha at fy mhartner pan dwi'n flin. dwi ofn troi fel fy nhad", True),
        ("my bloke hits me", False),
    ],
)
def test_third_wave_own_behaviour(text, harming):
    assert bool(extract(text).perpetrator) is harming


def test_third_wave_who_and_what():
    from harbour.nlu import welsh_profile

    assert extract("my bloke hits me").victim_is_self
    assert extract("can i check out my daughters new bloke? shes 19").asker == "someone_else"
    assert extract("an he disnae like me seein ma pals. am in kirkcaldy btw").asker is None  # the pals are who she's kept from
    assert extract("im 17, my dad beats my mum and im scared").asker is None  # a child at home, not asking for someone
    brother = extract("brawd fi (32) yn cal ei gam-drin gan ei gariad, hi sy'n rheoli'r pres a'i phone o")
    assert (brother.asker, brother.gender) == ("someone_else", "man")
    assert forms_in("is whit ma man does abuse? he's no violent like") == []
    assert forms_in("an he disnae like me seein ma pals") == ["coercive_control"]
    assert forms_in("he doesnt like me seeing my friends") == ["coercive_control"]
    assert welsh_profile.forms_in("ma na app ar fy ffon nath boyfriend fi roi arno fo ond ma fo'n gwbod bob man dwi di bod") == ["tech"]
    assert welsh_profile.forms_in("mae o dal i yrru negeseuon cas a deud wrth pawb bo fi'n nyts") == ["emotional"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ma ex has done a runner, a pal says shes stayin wi her cousin in fort william. can ye get me the address", "ask_locate_person"),
        ("he checks my laptop history. how do i read up on clares law without him seeing", None),
        ("how do i read his messages without him knowing", "ask_monitor_someone"),
        ("ah go through ma girlfriends phone aw the time an lose the heid if she texts a guy", None),
        ("shwd alla i dracio phone y gariad heb iddi wbod? app neu rwbeth", "ask_monitor_someone"),
        ("shwd fi'n darllen whatsapp y wraig o phone fi", "ask_monitor_someone"),
        ("sut dwi'n gweld y negeseuon ma fe di yrru i fi", None),
    ],
)
def test_third_wave_refused_or_not(text, expected):
    assert refused_request(text) == expected


@pytest.mark.parametrize(
    "text, ranking, expected",
    [
        # the writer harming, the scheme named: Respect's line, not the scheme's guide
        ("my new gfs mum did a clares law on me and now shes ended it. i did hit my ex but im not like that now. i think i need help tbh",
         [("worried_own_behaviour", 0.68)], "worried_own_behaviour"),
        ("got a caution for hitting my ex 5 yrs ago. if my new partner does clares law will it come up? i genuinely want to change",
         [("clares_law_apply", 0.64)], "worried_own_behaviour"),
        # the scheme already used, a line asked for
        ("who do i ring about my ex following me everywhere, did clares law on him already. im in belfast", [("nlu_fallback", 0.4), ("clares_law_apply", 0.39)], "ask_helpline"),
        ("how do i apply for clares law", [("clares_law_apply", 0.9)], "clares_law_apply"),
        # a question about details, with a classifier-only danger score
        ("dae ah need tae gie ma name or address tae get help aff ye", [("danger_now", 0.47), ("ask_locate_person", 0.15)], "ask_privacy"),
        ("ah go through ma girlfriends phone aw the time an lose the heid if she texts a guy. ah ken its no right", [("ask_monitor_someone", 0.6), ("danger_now", 0.3)], "worried_own_behaviour"),
        ("im only 14 can i still ring them", [("clares_law_apply", 0.9)], "ask_helpline"),
        ("bot di hwn ia?", [("ask_capabilities", 0.62), ("bot_challenge", 0.31)], "bot_challenge"),
    ],
)
def test_third_wave_guesses(text, ranking, expected):
    assert run(text, ranking).get("intent")["name"] == expected


def test_third_wave_words():
    from harbour.nlu.asked_words import REPEAT_ASKED, WHAT_CAN_I_DO

    from actions.follow_up_words import PUSHBACK

    assert REPEAT_ASKED.search("sorry how long did u say")
    assert WHAT_CAN_I_DO.search("so what can i do, im still worried about her")
    assert PUSHBACK.search("dere mlaen jyst tro ma. fi'n gwbod bod hi'n cwrdd a rhywun")


# Fourth wave (fresh239-242, cy-fresh101)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("left him 2 yrs ago and just found out he took out loans in my name, got debt collectors chasing me now", None),
        ("hes chasing me", "danger_now"),
        ("no sorry i typed that wrong its my sister who said it, her boyfriend hits her and she says she wants to end it. shes in leeds", "self_harm"),
        ("she says she wants to end it all", "self_harm"),
        ("she wants to end it with him", None),
    ],
)
def test_fourth_wave_safety_words(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, harming, hurt",
    [
        ("since she left ive been texting her all the time and turning up at her new place. i know its wrong but i cant stop myself", True, False),
        ("my ex says im stalking her but i just want to see my kids, so i wait outside her house", True, False),
        ("my ex says im stalking him but he keeps turning up at mine", False, None),
        ("its cos i think hes cheating and hes been getting really nasty with me, calling me names and pushing me", False, True),
    ],
)
def test_fourth_wave_who_is_who(text, harming, hurt):
    profile = extract(text)
    assert bool(profile.perpetrator) is harming
    if hurt is not None:
        assert bool(profile.victim_is_self) is hurt


def test_fourth_wave_words():
    from harbour.nlu.asked_words import WHAT_CAN_I_DO
    from harbour.nlu.topic_words import CHECK_THEM_OUT

    assert forms_in("how did my ex know i was at my mums on sunday?? i never told him and ive moved out") == ["tech"]
    assert extract("police are on the way now. what do i do after, shes 74").age_group == "older"
    assert WHAT_CAN_I_DO.search("police are on the way now. what do i do after, shes 74")
    assert CHECK_THEM_OUT.search("mae dyweddi'r ferch yn rheoli bob dim. dw i isio gwbod os oes gynno fo hanes. dan ni yn caerfyrddin")


@pytest.mark.parametrize(
    "text, ranking, expected",
    [
        ("how do i report my grandson for taking money out my account", [("describe_economic_abuse", 0.8)], "ask_report_police"),
    ],
)
def test_fourth_wave_guesses(text, ranking, expected):
    assert run(text, ranking).get("intent")["name"] == expected


def test_help_on_its_way_is_not_a_new_crisis_on_the_score_alone():
    # "police are on the way now. what do i do after, shes 74", just after the danger answer: what next (read in context)
    assert run("police are on the way now. what do i do after, shes 74", [("danger_now", 0.6), ("ask_helpline", 0.2)]).get("intent")["name"] not in ("danger_now", "self_harm")
    assert run("police are on the way but hes still here", [("danger_now", 0.6)]).get("intent")["name"] == "danger_now"


# The final wave (fresh223-224, cy-fresh96, run once as it came) and one regression found beside it
def test_final_wave_who_is_who():
    neighbour = extract("old lady next door, maybe 75, her son shouts at her constantly and i heard a crash and her crying last night")
    assert (neighbour.asker, neighbour.age_group) == ("someone_else", "older")
    assert extract("fi'n gweiddi ar y mab (16) a'i wthio fe weithie pan fi di yfed. sa i moyn bod fel dad fi. oes help i bobl fel fi").perpetrator
    assert run("old lady next door, maybe 75, her son shouts at her constantly and i heard a crash and her crying last night. dont want to interfere but",
               [("worried_about_someone", 0.97)]).get("intent")["name"] == "worried_about_someone"


def test_where_she_moved_to_in_welsh_is_hers_beside_where_the_writer_lives():
    # "ma hi di symud lan i glasgow, fi nol yn llambed": the scheme where the sister lives (Llambed, now known, is the writer's)
    message = run("alla i checko cariad newydd fy chwaer? ma hi di symud lan i glasgow, fi nol yn llambed", [("clares_law_someone_else", 0.9)])
    whose = {e["value"]: e.get("whose") for e in message.get("entities") if e["entity"] == "nation"}
    assert whose == {"scotland": "theirs", "wales": "mine"}
