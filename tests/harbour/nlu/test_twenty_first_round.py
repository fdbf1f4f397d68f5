"""What the twenty-first session's blind sets (fresh105-114, cy-fresh64-67) found in the words, each checked after its run:
"id be better off not here" missed as self-harm; a weapon or threat told of the past or of someone else ("before", "at
xmas", "went for his ex with a hammer", "my last boyfriend held a knife to my throat") or asked about with a scheme
answered as danger now; "turned up at my mates" read as a friend at risk; "lost it n shoved me lass", a DVPN, a suicide
threat to make her stay, taking money off mam read as someone hurt; shame ("i feel disgusting") read as own behaviour;
disclosures passed on not read as the scheme's confidentiality; record checks by "yes or no", "the peelers" or "a list"
not refused; a son who hurts his girlfriend making him the one at risk; Welsh follow-ups not placed."""
import pytest

from harbour.abuse_forms import forms_in, forms_about_someone
from harbour.nlu.asked_words import NAMED_SERVICES, OWN_RECORD, named_services
from harbour.nlu.danger import classify, speaks_of_now
from harbour.nlu.places import PlaceMatcher
from harbour.nlu.profile import extract
from harbour.nlu.refusals import CHECK, LOCATE, MONITOR, refused_request
from harbour.nlu.scheme_words import AGE_OK, SHAMED, guess_instead
from harbour.nlu.topic_words import CHECK_THEM_OUT, SILENT_CALL, WORRIED_WORDS, asked_in_words, topic_intent
from tests.harbour.nlu.test_profile_extractor import run


@pytest.mark.parametrize(
    "text, expected",
    [
        # the writer's own "better off not here" is self-harm...
        ("im 68, my husband has made my life hell for 40 year. some days i think id be better off not here", "self_harm"),
        ("i'd be better off not around", "self_harm"),
        # ...somewhere else tonight is not
        ("the kids would be better off not here tonight", None),
        ("id be better off not here tonight, can i go to my mums", None),
    ],
)
def test_better_off_not_here(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a weapon or threat of the past, of someone else, or asked about with a scheme or the law...
        ("my last boyfriend held a knife to my throat, now im paranoid about my new one. can i check him out somehow", None),
        ("does my daughters new fella have a record? she says he pulled a blade on his last gf", None),
        ("sisters new man in aberdeen apparently went for his ex with a hammer. can i ask the police about him", None),
        ("police did a disclosure to me about my bf, he was violent to his ex with a knife. am i allowed to tell my mum what they said", None),
        ("my brother pulled a knife on me at xmas. we dont live together. does that count as domestic abuse", None),
        ("need to get out with my 2 kids, hes threatened us with a knife before. newport. where can we go", None),
        ("is threatenin someone wi a knife n controlling them a crime in scotland? my ex did it for years. dundee", None),
        ("he hit me saturday, hes stopping at his brothers now. can i report it without ringing 999. sheffield", None),
        ("pretty sure next doors fella hits her. its not kicking off right now but i want to report it. how do i do that", None),
        # ...and the same words now still are danger
        ("he has a knife, i need to get out before he comes back", "danger_now"),
        ("hes in the kitchen with a knife is that a crime", "danger_now"),
        ("my ex held a knife to my throat just now", "danger_now"),
        ("knife to my throat", "danger_now"),
        ("he hit me and hes staying at his mums now but hes coming back tonight", "danger_now"),
        ("hes hitting me its not stopping right now", "danger_now"),
        ("hes been hitting me for years and now hes got a knife", "danger_now"),
        ("he threatened me with a knife before and hes outside now", "danger_now"),
        ("he went for his ex with a hammer and now hes coming for me", "danger_now"),
        ("hes got a hammer and hes coming up the stairs, is that a crime", "danger_now"),
    ],
)
def test_weapons_and_threats_of_the_past_or_asked_about(text, expected):
    assert classify(text) == expected


def test_wanting_help_to_stop_is_not_now():
    assert not speaks_of_now("my brother admitted he shoved his girlfriend and hes gutted, he wants help to stop")


@pytest.mark.parametrize(
    "text",
    [
        "i told her id kill myself if she leaves me. is that abuse",
    ],
)
def test_a_suicide_threat_to_make_a_partner_stay_is_own_behaviour(text):
    assert classify(text) is None
    assert extract(text).perpetrator
    # the classifier's self-harm score alone doesn't bring the self-harm answer back (own behaviour names Samaritans)
    assert run(text, [("self_harm", 0.9), ("worried_own_behaviour", 0.05)]).get("intent")["name"] == "worried_own_behaviour"


@pytest.mark.parametrize(
    "text",
    [
        "i want to kill myself",
        # the threat meant, or with the means at hand, is still self-harm
        "i told her id kill myself if she leaves me and i mean it",
        "i told her id kill myself if she leaves, shes gone now and ive got the pills ready",
    ],
)
def test_wanting_to_kill_myself_is_still_self_harm(text):
    assert classify(text) == "self_harm"


@pytest.mark.parametrize(
    "text, perpetrator, victim",
    [
        ("lost it last nite n shoved me lass into the wall. i dont wanna turn out like me da", True, False),
        ("i keep all the money and give my husband an allowance cos hes useless with it. is that bad", True, False),
        ("last night i grabbed a knife in an argument with my gf. didnt touch her but she was terrified", True, False),
        ("got a dvpn last nite. wot does that even mean, they said i cant go home", True, False),
        ("i shout at me mam and ive been takin money off her. shes 70. i feel bad", True, False),
        ("i did used to check her phone and tell her what to wear but thats normal innit", True, False),
        ("so im an abuser then is that wot ur saying", True, False),
        ("i think he checked her phone", False, False),
        ("shes already smashed my phone once and chucked a mug at my head tbf", False, True),
    ],
)
def test_who_harms_and_who_is_hurt(text, perpetrator, victim):
    profile = extract(text)
    assert (profile.perpetrator, profile.victim_is_self) == (perpetrator, victim)


@pytest.mark.parametrize(
    "text, asker",
    [
        # a friend's house is a place, not a friend at risk
        ("my ex always knows where i am, turned up at my mates last nite and i never told him", None),
        ("i went to my mates and he followed me", None),
        ("im worried about my mate", "someone_else"),
        ("something happened to my mate", "someone_else"),
        ("hes horrible to my mate", "someone_else"),
    ],
)
def test_a_friends_house_is_a_place(text, asker):
    assert extract(text).asker == asker


@pytest.mark.parametrize(
    "text, gender, identity",
    [
        ("my son is 24 and i think hes hurting his girlfriend, i heard it through the wall. what do i do", "woman", None),
        ("my son is being hit by his girlfriend", "man", None),
        ("me mate's fella says hell out him to his work if he ever leaves. im worried sick la", "man", "lgbt"),
    ],
)
def test_who_is_at_risk_for_someone_else(text, gender, identity):
    profile = extract(text)
    assert (profile.asker, profile.gender, profile.identity) == ("someone_else", gender, identity)


@pytest.mark.parametrize(
    "text, forms",
    [
        ("shes already smashed my phone once and chucked a mug at my head tbf", ["physical"]),
        ("hes never threatened me tho so its not really anything is it", []),
        ("ma'n deud neith o orffen efo fi os dwi'm yn gyrru lluniau", ["sexual"]),
        ("dwi di gyrru lluniau o'r cleisiau i'r heddlu", ["physical"]),  # (bruises: not the sexual form)
    ],
)
def test_forms_named(text, forms):
    assert forms_in(text) == forms


def test_cut_off_and_not_allowed_out_in_scots():
    text = "ma wee sister's boyfriend has her cut aff fae everybody, she's no allowed oot without him. she's 23. glasgow"
    assert "coercive_control" in forms_about_someone(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("can u just tell me yes or no if my daughters boyfriend jake has a record", CHECK),
        ("is my sisters fella known to the peelers for beatin women. we're in belfast", CHECK),
        ("is my bf on a list for domestic violence. yes or no thats all i want", CHECK),
        ("oes ffordd i ddarllen negeseuon whatsapp y partner? ma fe'n cwato rhwbeth", MONITOR),
        # the house where she lives is not asking where she is
        ("he still has a key to the old house where she lives. can she get him banned from it", None),
        ("where is she staying now", LOCATE),
    ],
)
def test_what_is_refused(text, expected):
    assert refused_request(text) == expected


@pytest.mark.parametrize(
    "intent, text, expected",
    [
        ("clares_law_someone_else", "my daughter got told stuff about her partner under clares law and she wont tell me wot. can she not just tell her own mum", "clares_law_confidentiality"),
        ("clares_law_someone_else", "police in dundee told me stuff about my niece's boyfriend cos they said im best placed to protect her. can i tell the rest of the family", "clares_law_confidentiality"),
        ("clares_law_someone_else", "if the police tell my daughter her fella has form can i tell his boss and get him sacked", "clares_law_confidentiality"),
        ("worried_own_behaviour", "i feel disgusting", "nlu_fallback"),
        ("describe_teen_abuse", "shes 17 is that ok", "nlu_fallback"),
        ("clares_law_apply", "actually can i ask about me. my husband reads all my texts and goes through my phone", "ask_what_is_abuse"),
        # a scheme guess with the scheme's own words stands
        ("clares_law_apply", "can i ask the police about my husband, he reads all my texts", None),
    ],
)
def test_guesses_the_words_say_are_something_else(intent, text, expected):
    assert guess_instead(intent, text, unnamed=intent.startswith("clares_law")) == expected


@pytest.mark.parametrize("text", ["i feel disgusting", "i feel so dirty", "honestly i feel really ashamed", "i feel like its my fault"])
def test_shame(text):
    assert SHAMED.fullmatch(text)


@pytest.mark.parametrize("text", ["shes 17 is that ok", "hes only 16 does that matter", "she's 15, is she too young"])
def test_a_third_persons_age_asked_about(text):
    assert AGE_OK.fullmatch(text)


@pytest.mark.parametrize(
    "intent, text, expected",
    [
        ("nlu_fallback", "she says she wants to check if ive got a record, can she do that", "ask_clares_law"),
        ("nlu_fallback", "can i check if me new partner has a past like, shes got a proper temper", "clares_law_apply"),
        ("nlu_fallback", "dwi jyst mor poeni amdani", "worried_about_someone"),
        ("nlu_fallback", "is it even my place tho its work", "worried_about_someone"),
        ("clares_law_apply", "and if he kicks off again how do i get police without speaking", "danger_now"),
    ],
)
def test_asked_in_words(intent, text, expected):
    assert asked_in_words(intent, text, intent.startswith("clares_law")) == expected


def test_own_record():
    assert OWN_RECORD.search("she says she wants to check if ive got a record")
    assert not OWN_RECORD.search("can i check if hes got a record")


@pytest.mark.parametrize(
    "text, service",
    [
        ("can i ring the older peoples one at night", "hourglass"),
        ("is there a welsh number for just talkin it through", "live_fear_free"),
        ("whats the lgbt one again", "galop"),
    ],
)
def test_lines_named_by_who_they_serve(text, service):
    assert service in named_services(text)
    assert {sid for sid, _ in NAMED_SERVICES} >= {service}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("he comes everywhere wi me, only place i go on me own is boots for his prescription. is there anything there", "ask_for_ani"),
        ("where can i go, cant stay here no more. merthyr", "ask_refuge"),
        ("actually he hit me on saturday, can i just report that", "ask_report_police"),
        ("wot happens after the 48 hours", "ask_protective_order"),
        ("ddylwn i ddileu'r history wedyn?", "ask_cover_tracks"),
        ("odi e'n saff i fi siarad da ti ar y ffon hyn te?", "ask_cover_tracks"),
        ("sut dwi'n dileu'r sgwrs ma os ma fe'n dod mewn", "ask_cover_tracks"),
        ("a ma'n hogyn i'n 16 ac yn gweld y cwbl", "ask_children"),
    ],
)
def test_topic_words(text, expected):
    assert topic_intent(text) == expected


@pytest.mark.parametrize(
    "pattern, text",
    [
        (SILENT_CALL, "wot if i cant talk when they pick up"),
        (SILENT_CALL, "os fi'n ffono fydd e'n clywed fi"),
        (CHECK_THEM_OUT, "galla i ofyn i'r heddlu os yw e di bod yn dreisgar o'r blaen?"),
        (WORRIED_WORDS, "shud i have words with the fella"),
        (WORRIED_WORDS, "shud a few of us lads go out n tell him to jog on"),
    ],
)
def test_the_words_of_follow_ups(pattern, text):
    assert pattern.search(text)


def test_the_dangers_of_no_longer_together_in_welsh():
    """ "ond ex fi di o, dim partner fi rwan": a status now, not a crisis on the classifier's score alone."""
    message = run("ond ex fi di o, dim partner fi rwan", [("danger_now", 0.97), ("ask_what_is_abuse", 0.01)])
    assert message.get("intent")["name"] != "danger_now"


@pytest.mark.parametrize(
    "text, nation",
    [
        ("shes 19 and lives in kirkby with him", "england"),
        ("im in south shields", "england"),
        ("we live in saltcoats", "scotland"),
        ("near ballykelly", "northern_ireland"),
    ],
)
def test_more_places(text, nation):
    assert PlaceMatcher.from_path().nations(text) == [nation]


@pytest.mark.parametrize("text", ["i feel disgusting", "i do want to stop. honestly"])
def test_not_a_crisis_or_own_behaviour_on_the_score_alone(text):
    name = run(text, [("self_harm", 0.6), ("worried_own_behaviour", 0.3)]).get("intent")["name"]
    assert name != "self_harm"


# The third wave (fresh115-118, cy-fresh68).

def test_thoughts_of_driving_into_a_wall_is_self_harm():
    text = "wife's been battering me for years, nobody believes a bloke. had thoughts of just driving into a wall and being done with it"
    assert classify(text) == "self_harm"


@pytest.mark.parametrize(
    "text, language",
    [
        ("ma wife takes aw ma wages n gives me a tenner a week. feel like a joke", "en"),
        ("ma fe di cymryd wages fi", "cy"),
        ("sut fedra i ddarllen negeseuon wife fi", "cy"),
    ],
)
def test_scots_ma_is_not_welsh(text, language):
    from harbour.nlu.language import language_of
    assert language_of(text) == language


def test_its_him_thats_the_problem_is_someone_hurt():
    assert extract("im 80 and its him thats the problem").victim_is_self


@pytest.mark.parametrize(
    "text, expected",
    [
        ("im a man too, does that matter for it", "nlu_fallback"),
        ("im a man in a wheelchair, does it work for men", "nlu_fallback"),
        ("im a man and my wife hits me", None),
    ],
)
def test_who_they_are_asked_of_the_last_answer(text, expected):
    assert guess_instead("male_victim", text, unnamed=False) == expected


@pytest.mark.parametrize(
    "intent, text, expected",
    [
        ("clares_law_confidentiality", "does this chat get saved anywhere? dont want him seein i asked about clares law", "ask_privacy"),
        ("ask_clares_law", "if i ask u about clares law does it get saved anywhere", "ask_privacy"),
        ("clares_law_confidentiality", "will he be told i asked under clares law", None),
    ],
)
def test_this_chat_saved_with_the_scheme_named_is_privacy(intent, text, expected):
    assert guess_instead(intent, text, unnamed=False) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("hes not hit me for weeks but i want it on record what hes done. do i have to ring 999 for that", None),
        ("im in barnsley. do i have to ring police or can i just talk to someone first", None),
        ("ring the police hes here", "danger_now"),
    ],
)
def test_whether_they_must_ring_the_police_is_a_question(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("im 16, theres a boots near me", "ask_for_ani"),
        ("its my ex girlfriend, can i still get one against a woman", "ask_protective_order"),
        ("alla i gal fe wedi'i wahardd o'r tŷ? ma'r tŷ yn enw'r ddau ohonon ni", "ask_protective_order"),
        ("ma fe'n mynd trw hanes y browser. fydd e'n gweld bo fi di bod ar hwn?", "ask_cover_tracks"),
    ],
)
def test_more_topic_words(text, expected):
    assert topic_intent(text) == expected


def test_the_scheme_done_on_me_is_own_behaviour():
    assert extract("my gf did clares law on me and they told her about my past. i actually want to change").perpetrator


@pytest.mark.parametrize(
    "text, ranking, expected",
    [
        ("is a non molestation order the same as clares law", [("ask_protective_order", 0.9), ("ask_clares_law", 0.05)], "ask_protective_order"),
        ("do i report it thru clares law? he hit me on sat", [("ask_report_police", 0.7), ("ask_clares_law", 0.2)], "ask_report_police"),
        ("do i have to report him to use clares law", [("ask_report_police", 0.7), ("ask_clares_law", 0.2)], "ask_clares_law"),
    ],
)
def test_a_named_scheme_beside_the_orders_or_a_report(text, ranking, expected):
    assert run(text, ranking).get("intent")["name"] == expected
