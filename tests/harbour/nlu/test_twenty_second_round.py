"""What the twenty-second session's blind sets (fresh119-124, written to the suite's original brief) found in the words,
each checked after its run: a scheme or force named without a place ("how long does dsdas take") left on England and
Wales; "controllin" and other dropped-g spellings missed as a form; "its not abuse unless theres bruises" read as a
description of hitting; "is this savin what i type"; "can he see on my phone that ive been on here" read as Harbour's
privacy, not covering tracks; "is there owt for blokes" read as the scheme; shouting at a partner and a fist through
the wall read as a question about children; "wots the address" of an ex hiding at a friend's not refused; "i cant talk
out loud" not read as needing a text route; "the scotland one" after Samaritans read as self-harm."""
import pytest

from harbour.abuse_forms import forms_in
from harbour.nlu.access_words import TEXT_ONLY
from harbour.nlu.asked_words import named_services
from harbour.nlu.profile import extract
from harbour.nlu.refusals import LOCATE, refused_request
from harbour.nlu.scheme_words import guess_instead
from harbour.nlu.topic_words import LINE_QUESTION, PRIVACY_WORDS, topic_intent
from tests.harbour.nlu.test_profile_extractor import entities, run


@pytest.mark.parametrize(
    "text, nation",
    [
        ("how long does dsdas take", "scotland"),
        ("what happens after i apply for dvads", "northern_ireland"),
        ("can the psni tell me about him", "northern_ireland"),
        # a place said wins over the scheme's name (the gazetteer's entity comes first)
        ("how long does clares law take", None),
    ],
)
def test_a_scheme_named_without_a_place_sets_its_nation(text, nation):
    assert extract(text).nation == nation


def test_a_place_said_wins_over_a_scheme_named():
    message = run("im in leeds, is dsdas the same as clares law", [("ask_clares_law", 0.9)])
    assert entities(message)["nation"] == "england"


@pytest.mark.parametrize(
    "text, form",
    [
        ("me daughters new lad is proper controllin, shes 19 n we barely see her now", "coercive_control"),
        ("hes so controlin", "coercive_control"),
    ],
)
def test_dropped_g_spellings_name_the_form(text, form):
    assert form in forms_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "my husband says its not abuse unless theres bruises, is he right or",
        "i thought abuse meant hitting tho",
        "i thought it was only physical",
        "its not abuse unless he leaves marks is it",
    ],
)
def test_what_counts_asked_is_not_a_description_of_hitting(text):
    assert "physical" not in forms_in(text)


@pytest.mark.parametrize("text", ["he hit me, that was physical abuse wasnt it", "he punched me, it was violence"])
def test_hitting_told_is_still_physical(text):
    assert "physical" in forms_in(text)


# (read by their words: the test at the end of the file)
FIRST_WAVE = [
    ("is this savin what i type? he goes through everything i do", [("nlu_fallback", 0.4), ("ask_privacy", 0.43)], "ask_privacy"),
    ("wait can he see on my phone that ive been on here", [("ask_privacy", 0.43), ("ask_cover_tracks", 0.25)], "ask_cover_tracks"),
    ("me daughters new lad is proper controllin, shes 19 n we barely see her now. we're in liverpool, wot can we do",
     [("nlu_fallback", 0.4), ("inform", 0.21), ("worried_about_someone", 0.19)], "ask_what_is_abuse"),
    ("shouted at my wife in front of the kids last night and put my fist thru the wall. need help before it gets worse",
     [("worried_own_behaviour", 0.78), ("self_harm", 0.12)], "worried_own_behaviour"),
    ("reet. is there owt for blokes an all, for the wife stuff. im in barnsley", [("clares_law_someone_else", 0.96)], "ask_helpline"),
    ("i cant ring anyone i cant talk out loud hes always in", [("nlu_fallback", 0.4), ("describe_tech_abuse", 0.43)], "ask_helpline"),
    ("ok. sorry. ill try the scotland one tomorrow", [("self_harm", 0.45), ("out_of_scope", 0.39)], "ask_helpline"),
    ("my ex is hidin at her mates somewhere in gateshead. wots the address", [("danger_now", 0.96), ("ask_locate_person", 0.01)], "ask_locate_person"),
]


@pytest.mark.parametrize(
    "text",
    ["ill ring the scotland one, i just feel hopeless", "sorry. i just want to not wake up"],
)
def test_self_harm_words_still_keep_the_safety_answer(text):
    assert run(text, [("self_harm", 0.6)]).get("intent")["name"] == "self_harm"


def test_the_nations_lines_by_name():
    assert named_services("ill try the scotland one tomorrow") == ["scotland_helpline"]
    assert named_services("whats the ni number again") == ["ni_helpline"]
    assert named_services("the scottish helpline") == ["scotland_helpline"]
    # the scheme called "the scottish one", and a line named to say it isn't theirs, are not asked for
    assert named_services("applied for the scottish one about my partner, will he find out i asked") == []
    assert named_services("im in bangor, the welsh one not the NI one") == ["live_fear_free"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("is there owt for blokes", "ask_helpline"),
        ("is there anything for men an all", "ask_helpline"),
        ("is there anything for gay men", "ask_helpline"),
        ("is there owt for men under clares law", None),  # the scheme named: its answer
    ],
)
def test_a_line_asked_for_by_who_it_serves(text, expected):
    assert guess_instead("ask_clares_law", text, False) == expected


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        ("shouted at my wife in front of the kids last night", True),
        ("i screamed at my girlfriend again", True),
        ("put my fist thru the wall last night, scared i'll hurt her next", True),
        ("he shouted at my wife", False),
        ("he put his fist through the wall", False),
    ],
)
def test_the_writers_own_shouting_and_violence(text, perpetrator):
    assert extract(text).perpetrator is perpetrator


@pytest.mark.parametrize(
    "text, asks",
    [
        ("my ex is hidin at her mates somewhere in gateshead. wots the address", LOCATE),
        ("shes stopping at her sisters, whats the postcode", LOCATE),
        ("im hiding at my mums, whats the address of the council housing office", None),
    ],
)
def test_an_address_asked_of_someone_hiding(text, asks):
    assert refused_request(text) == asks


def test_talking_out_loud_and_ringing_anyone_need_a_text_route():
    assert TEXT_ONLY.search("i cant ring anyone i cant talk out loud hes always in")
    assert TEXT_ONLY.search("i cant talk out loud")
    assert not TEXT_ONLY.search("i cant believe it")


def test_someone_my_age_is_a_line_question():
    assert LINE_QUESTION.search("im in leeds. is there someone my age i can talk to as well")


def test_saving_spelt_short_is_privacy_and_been_on_here_is_cover_tracks():
    assert PRIVACY_WORDS.search("is this savin what i type")
    assert topic_intent("can he see on my phone that ive been on here") == "ask_cover_tracks"


# ---- the second wave (fresh125-129, cy-fresh69) ----

# (read by their words: the test at the end of the file)
SECOND_WAVE = [
    ("does a lad called dean walsh from wigan have a record for hitting women", [("nlu_fallback", 0.4), ("ask_clares_law", 0.21)], "ask_check_person"),
    ("can u tell us if a lad called ryan from penrith has a record. me daughters seeing him", [("nlu_fallback", 0.4), ("clares_law_someone_else", 0.22)], "ask_check_person"),
    ("fine. can u at least tell me if her ex has a record, dean walsh from hull", [("nlu_fallback", 0.4), ("clares_law_someone_else", 0.31)], "ask_check_person"),
    ("im disabled n my partner is my carer. she wont give me my meds unless i do what she says", [("describe_older_person_abuse", 0.91)], "ask_what_is_abuse"),
    ("im in ashford. is there anyone who can actually help me sort it out", [("worried_own_behaviour", 0.93)], "ask_helpline"),
    ("my friend wants to talk to someone but shes scared theyll ring the police or social services on her", [("ask_helpline", 0.42)], "ask_helpline"),
    ("im his wife. do i have to go to the police to get any help? i dont want him locked up i just want it to stop",
     [("nlu_fallback", 0.4), ("worried_own_behaviour", 0.29), ("ask_report_police", 0.13)], "ask_report_police"),
    ("ydi cam-drin gan rywun yn y teulu yn cyfri? ddim partner, brawd fi", [("nlu_fallback", 0.4), ("describe_family_abuse", 0.19)], "ask_what_is_abuse"),
    ("sut dwi'n gallu darllen whatsapps cariad fi heb iddi wbod? dwi'n siwr bod hi'n cheatio", [("nlu_fallback", 0.4), ("describe_tech_abuse", 0.35)], "ask_monitor_someone"),
    # an older person's carer is still the older people's answer
    ("my mum is 84 and her carer wont give her her tablets", [("describe_older_person_abuse", 0.91)], "describe_older_person_abuse"),
]


def test_fear_that_the_police_will_be_rung_is_not_a_call_for_them():
    from harbour.nlu.danger import classify
    assert classify("my friend wants to talk to someone but shes scared theyll ring the police or social services on her") is None
    assert classify("im scared, ring the police") == "danger_now"
    assert classify("im scared you need to call the police for me") == "danger_now"


def test_the_silent_call_asked_with_him_hearing():
    from harbour.nlu.asked_words import SILENT_IF
    assert SILENT_IF.search("what if i ring and he hears me talkin")
    assert SILENT_IF.search("if he hears me on the phone hes going to go mad")
    assert not SILENT_IF.search("he hears everything i say")


@pytest.mark.parametrize(
    "text, forms",
    [
        ("my granddaughter is 16 and her boyfriend is 19. he decides what she wears and goes mad if she sees her friends", ["coercive_control"]),
        ("my sister is lovely, she goes out with her mates every weekend and he doesnt mind", []),
    ],
)
def test_a_relatives_description_with_she_as_the_one_at_risk(text, forms):
    from harbour.abuse_forms import forms_about_someone
    assert forms_about_someone(text) == forms


# ---- the third wave (fresh130-135, cy-fresh70) ----

# (read by their words: the test at the end of the file)
THIRD_WAVE = [
    ("is there a course or sumthin for guys who cant control their temper with their gf", [("worried_own_behaviour", 0.99)], "worried_own_behaviour"),
    ("a smashed ma girlfriends phone cos a thought she was cheatin, she's feart of me now", [("danger_now", 0.74), ("worried_own_behaviour", 0.08)], "worried_own_behaviour"),
    ("can ye find oot if ma boyfriend's been violent tae his exes? heard stuff", [("clares_law_someone_else", 0.43), ("clares_law_apply", 0.18)], "ask_clares_law"),
    ("shes my sister tho its fine just give us the address", [("clares_law_someone_else", 0.6)], "ask_locate_person"),
    ("a tasen nhw yn deud rwbath, ga i ddeud wrth chwaer fi?", [("nlu_fallback", 0.4), ("worried_about_someone", 0.17)], "clares_law_confidentiality"),
]


@pytest.mark.parametrize(
    "text, asker, perpetrator, victim",
    [
        ("im 71 and my son is very nasty to me when he visits. is there a number for someone my age", None, False, False),
        ("i slap my husband when we argue. he never hits back. is that abuse? i think i need help with it", None, True, False),
        ("he hits me and i never hit back", None, False, True),
        ("my boyfriend smashed my phone", None, False, True),
        ("hes scared of me leaving", None, False, False),
        ("is there a line for someone else, my sister", "someone_else", False, False),
    ],
)
def test_who_is_who(text, asker, perpetrator, victim):
    profile = extract(text)
    assert (profile.asker, profile.perpetrator, profile.victim_is_self) == (asker, perpetrator, victim)


@pytest.mark.parametrize(
    "text, gender, harms_a_partner",
    [
        ("my brother hits his wife and he wants help to stop", "woman", True),
        ("my mate keeps hitting his missus and he wants to sort himself out", "woman", True),
        ("my son is violent to his girlfriend and wants to change", "woman", True),
        ("my sister is hitting her husband", "man", True),
        # the relative is the one hurt: no one here harms their own partner
        ("my brothers wife is abusing him", "man", False),
    ],
)
def test_a_relative_or_friend_who_harms_their_partner_puts_the_partner_at_risk(text, gender, harms_a_partner):
    from harbour.nlu.partner_words import harms_their_partner
    profile = extract(text)
    assert (profile.asker, profile.gender) == ("someone_else", gender)
    assert harms_their_partner(text) is harms_a_partner


@pytest.mark.parametrize(
    "text, expected",
    [
        ("he used to threaten to burn the house down with me in it. that was last year, ive moved out now. was that abuse?", None),
        ("he used to threaten to burn the house down with me in it and tonight hes saying it again", "danger_now"),
        ("hes threatening to burn the house down with me in it", "danger_now"),
        ("he used to threaten to torch the place, now hes outside with petrol", "danger_now"),
    ],
)
def test_a_burning_threat_of_the_past(text, expected):
    from harbour.nlu.danger import classify
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, forms",
    [
        ("oes rhaid iddo fod yn gorfforol i fod yn domestic abuse? mae o'n cicio'r ci ond byth yn cyffwrdd fi", ["threats"]),
        ("mae o'n cicio fi", ["physical"]),
    ],
)
def test_welsh_what_counts_asked_and_a_pet_kicked(text, forms):
    assert forms_in(text) == forms


def test_welsh_kept_from_going_out_is_control():
    from harbour.abuse_forms import forms_about_someone
    assert "coercive_control" in forms_about_someone("ffrind gora fi efo boi newydd, mae o'n checkio ffon hi a dydi hi ddim yn cael dod allan efo ni ddim mwy")


# ---- the fourth wave (fresh136-141, cy-fresh71) ----

# (read by their words: the test at the end of the file)
FOURTH_WAVE = [
    ("is there anyone who helps men who hit their partners? its my son hes 26 and he admitted it to me", [("male_victim", 0.54)], "worried_own_behaviour"),
    ("i keep putting my gf down and telling her who she can see. want help to stop. im in dundee", [("worried_own_behaviour", 0.7), ("male_victim", 0.19)], "worried_own_behaviour"),
    ("so will they tell me or her", [("clares_law_process", 0.74), ("clares_law_confidentiality", 0.18)], "clares_law_someone_else"),
]


def test_the_valleys_are_in_wales():
    message = run("dont want to answer questions. just give me a number, im up the valleys", [("ask_helpline", 0.92)])
    assert entities(message)["nation"] == "wales"


@pytest.mark.parametrize(
    "text, forms",
    [
        ("she doesnt hit me, she just screams in me face n smashes my stuff when shes mad", ["emotional", "threats"]),
        # turning up with bruises is a sign of being hurt, not of being stalked
        ("me daughters fella is bad news, she keeps turnin up wi bruises sayin she fell", ["physical"]),
        ("he keeps turning up at my work", ["stalking"]),
    ],
)
def test_fourth_wave_forms(text, forms):
    assert forms_in(text) == forms


def test_turning_up_with_bruises_is_not_the_stalking_route():
    assert extract("me daughter's fella is bad news, she keeps turnin up wi bruises sayin she fell. what can i do").route != "stalking"
    assert extract("my ex keeps turning up at my work").route == "stalking"


# ---- the fifth wave (fresh142-146) ----

FIFTH_WAVE = [
    ("my ex is stayin with one of her mates somewhere in newcastle, just tell us where", [("ask_refuge", 0.42), ("ask_locate_person", 0.35)], "ask_locate_person"),
    ("wot about just his location on find my iphone then", [("describe_tech_abuse", 0.71), ("ask_monitor_someone", 0.05)], "ask_monitor_someone"),
    ("he can see my location on find my iphone", [("describe_tech_abuse", 0.92)], "describe_tech_abuse"),
    ("how do i get an app on my husbands phone so i can read his whatsapps", [("describe_tech_abuse", 0.56), ("ask_monitor_someone", 0.38)], "ask_monitor_someone"),
    ("he put an app on my phone", [("describe_tech_abuse", 0.9)], "describe_tech_abuse"),
    ("my daughter keeps sayin shell leave him then goes back every time. i could scream", [("nlu_fallback", 0.4), ("worried_about_someone", 0.38)], "worried_about_someone"),
    ("i dont really want to tell u anything about me", [("nlu_fallback", 0.4), ("ask_privacy", 0.21)], "ask_privacy"),
    ("i lost it last nite n slapped me girlfriend. i dont want to turn out like me dad. who can i talk to", [("worried_own_behaviour", 0.95)], "worried_own_behaviour"),
    ("if i go out he says hell hurt the dog. is that abuse or just him bein daft mun", [("ask_is_this_abuse", 0.99)], "ask_is_this_abuse"),
    ("ma man's been knockin me aboot for years. sometimes a think ad be better aff deid", [("self_harm", 0.91)], "self_harm"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ma man's been knockin me aboot for years. sometimes a think ad be better aff deid", "self_harm"),
        ("if i go out he says hell hurt the dog. is that abuse or just him bein daft mun", None),
        ("if i go out hell kill me", "danger_now"),
        ("if i go out he says hell hurt the dog and hes outside now", "danger_now"),
    ],
)
def test_fifth_wave_safety_words(text, expected):
    from harbour.nlu.danger import classify
    assert classify(text) == expected


@pytest.mark.parametrize("text, perpetrator", [("i lost it last nite n slapped me girlfriend", True), ("he lost it and slapped me", False), ("i came home n he slapped me", False)])
def test_the_writer_who_lost_it(text, perpetrator):
    assert extract(text).perpetrator is perpetrator


@pytest.mark.parametrize("text, ranking, expected", FIRST_WAVE + SECOND_WAVE + THIRD_WAVE + FOURTH_WAVE + FIFTH_WAVE)
def test_read_by_their_words(text, ranking, expected):
    assert run(text, ranking).get("intent")["name"] == expected
