"""Who and where from typed messages (harbour.nlu.profile): closed categories only."""
import pytest

from harbour.nlu.profile import extract, leftover_words


def found(text):
    return dict(extract(text).entities())


@pytest.mark.parametrize(
    "text, expected",
    [
        # Answers to "for you or someone else?"
        ("for me", {"asker": "self"}),
        ("myself", {"asker": "self"}),
        ("my own", {"asker": "self"}),
        ("its my boyfriend", {"asker": "self", "relationship": "partner"}),
        ("my sister", {"asker": "someone_else", "gender": "woman"}),
        ("a mate", {"asker": "someone_else"}),
        ("my daughter's fiance", {"asker": "someone_else", "gender": "woman", "relationship": "partner"}),
        ("my nan", {"asker": "someone_else", "gender": "woman", "age_group": "older"}),
        # Who is at risk, inside a description
        ("my brother's wife is abusing him", {"asker": "someone_else", "gender": "man", "relationship": "partner"}),
        ("my 78 year old mum is being bullied by her carer", {"asker": "someone_else", "gender": "woman", "age_group": "older"}),
        ("worried about my friend, her boyfriend checks her phone", {"asker": "someone_else", "gender": "woman"}),
        ("my mate's girlfriend hits him", {"asker": "someone_else", "gender": "man", "relationship": "partner"}),
        ("I'm 15 and my boyfriend hits me", {"age_group": "child", "relationship": "partner"}),
        ("im 17", {"age_group": "young"}),
        ("im 71 and my son takes my pension", {"age_group": "older", "relationship": "other_family"}),
        ("I'm non-binary and my partner hurts me", {"gender": "non_binary", "identity": "lgbt", "relationship": "partner"}),
        ("im a man and my wife hits me", {"gender": "man", "relationship": "partner"}),
        ("gay man, my husband controls everything", {"gender": "man", "identity": "lgbt", "relationship": "partner"}),
        ("I'm a woman and my partner hurts me", {"gender": "woman", "relationship": "partner"}),
        ("my dads 76 and his new wife has all his bank cards", {"asker": "someone_else", "gender": "man", "age_group": "older"}),
        ("our nan's 82 and my cousin takes her pension", {"asker": "someone_else", "gender": "woman", "age_group": "older"}),
        ("what if i cant ring, is there a chat or email", {"access": "text_only"}),
        ("can i email them instead", {"access": "text_only"}),
        # Welsh: who is at risk, by the word for them
        ("mae gwraig fy mrawd yn ei gam-drin o", {"asker": "someone_else", "gender": "man"}),
        ("mae fy mrawd yn cael ei gam-drin gan ei gariad o (dyn arall)", {"asker": "someone_else", "gender": "man", "identity": "lgbt"}),
        # Nations the gazetteer leaves out on purpose
        ("NI", {"nation": "northern_ireland"}),
        ("N Ireland", {"nation": "northern_ireland"}),
        ("is there a Welsh helpline?", {"nation": "wales"}),
        # Yes / no / unsure in the forms people use
        ("yeah", {"answer": "yes"}),
        ("sometimes", {"answer": "yes"}),
        ("i guess", {"answer": "yes"}),
        ("nah", {"answer": "no"}),
        ("not really", {"answer": "no"}),
        ("skip", {"answer": "unsure"}),
        ("not sure", {"answer": "unsure"}),
    ],
)
def test_closed_categories_from_typed_text(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["my son hits me", "frying pan", "he said he'd kill me", "i need help", "ni hao", "i'm 2 scared to call"],
)
def test_nothing_is_invented(text):
    values = found(text)
    assert "asker" not in values or values["asker"] == "self"
    assert "age_group" not in values and "nation" not in values and "gender" not in values


def test_the_abuser_is_never_taken_for_the_person_at_risk():
    assert found("my son is 15 and he hits me").get("age_group") is None  # the son is 15, not the mother
    assert extract("my son hits me").victim_is_self


@pytest.mark.parametrize(
    "text, hurt, harms",
    [
        ("I'm a woman and my partner hurts me. Who can I ring that isn't the police?", True, False),
        ("he hits me when he's drunk", True, False),
        ("i'm being controlled by my husband", True, False),
        ("im non binary and my partner is abusive, who can i talk to", True, False),
        ("sut dw i'n stopio bod mor genfigennus? dw i'n ffonio hi 30 gwaith y dydd", False, True),
        ("dw i'n poeni mai fi sy'n brifo fy nghariad", False, True),
        ("last week he put his hands round my neck for a few seconds", True, False),
        ("i shouted at him first and then he put his hands round my neck", True, True),
        ("sa i moyn iddo fe gal ei arestio", True, False),
        ("I lose my temper and hit my girlfriend", False, True),
        ("im scared i'll hurt her", False, True),
        ("am i the abuser", False, True),
    ],
)
def test_being_hurt_and_harming_are_told_apart(text, hurt, harms):
    profile = extract(text)
    assert (profile.victim_is_self, profile.perpetrator) == (hurt, harms)


@pytest.mark.parametrize(
    "text, leftover",
    [
        ("we're in derry", ["derry"]),  # places are removed by the component, not here
        ("for my sister", []),
        ("Scotland btw", []),
        ("my son hits me", ["hits"]),
        ("is there a clares law in scotland", ["clares", "law"]),
    ],
)
def test_what_a_message_says_beyond_who_and_where(text, leftover):
    assert leftover_words(text) == leftover


@pytest.mark.parametrize("text", [
    # Someone harming, described as typed (blind sets' own-behaviour lines the classifier alone carried)
    "i lose it with my gf sometimes, had her up against the wall by the neck last week",
    "am worried aboot how a treat ma wife, shoutin an that. in fife",
    "is there help for people who are the abusive one",
    "i get so angry i punch walls and scream at her",
    "how do i stop bein abusive to my partner",
    "im a woman and i keep hitting my husband when we argue",
    "i lost it last nite and shoved her into the wall",
    "am always checkin her phone n gettin jealous, she says am controllin",
    "me and my boyfriend were rowing and i threw a mug at his head",
    "im 18 and i keep smashin my girlfriends phone when we argue",
])
def test_someone_harming_in_their_own_words(text):
    assert extract(text).perpetrator


@pytest.mark.parametrize("text", [
    "i think my husband hit her", "i told him my dad hit her", "i was so scared when he punched the wall",
    "hes always checking my phone", "i tried to push him off me", "i had to push him away",
    "i stayed with her after he hit her", "i told them my dad threw a plate at her",
])
def test_someone_describing_another_persons_harm_is_not_the_one_harming(text):
    assert not extract(text).perpetrator


def test_an_object_of_a_let_verb_is_who_is_stopped_not_the_writer():
    profile = extract("my son is 30 and his girlfriend wont let him see us anymore")
    assert profile.asker == "someone_else" and profile.gender == "man" and not profile.victim_is_self
    assert extract("im 15 my mums boyfriend hits her and sometimes me, who can i talk to").victim_is_self


def test_a_grandson_with_a_boyfriend_and_a_threat_to_out_someone_are_lgbt():
    assert extract("my grandson is 19 and told me his boyfriend hits him").identity == "lgbt"
    assert extract("my gf says she'll out me to my family if i leave her").identity == "lgbt"
    assert extract("she went out with her girlfriends").identity is None


@pytest.mark.parametrize("text, expected", [
    # "our kid" is a brother or sister, with or without "my"
    ("our kid's wife is abusing him, hes too proud to ring anyone", {"asker": "someone_else", "gender": "man", "relationship": "partner"}),
    ("im still at school", {"age_group": "young"}),
    ("a be os dwi angen siarad efo rhywun, dwi dal yn ysgol", {"age_group": "young"}),
    ("me. shes a woman, im a woman too", {"gender": "woman", "identity": "lgbt"}),
    ("wifes been knockin me about for years, no one believes a man", {"gender": "man"}),
])
def test_who_from_this_sessions_blind_sets(text, expected):
    assert {k: v for k, v in found(text).items() if k in expected} == expected


def test_a_school_teacher_is_not_a_pupil():
    assert "age_group" not in found("im a school teacher")


@pytest.mark.parametrize("text", [
    "i lose it n smash stuff when shes out late, never touched her tho",
    "my ex wont answer me and i just want to talk to her, ive been waiting outside her work most days",
    "im not the bad guy here, we just argued a lot and i shouted sometimes",
])
def test_someone_harming_who_plays_it_down_is_recognised(text):
    assert extract(text).perpetrator


@pytest.mark.parametrize("text", ["i shouted at him to stop", "hes been waiting outside my work", "i screamed for help"])
def test_shouting_for_help_or_being_waited_for_is_not_harming(text):
    assert not extract(text).perpetrator


@pytest.mark.parametrize(
    "text, asker, age_group, perpetrator",
    [
        ("is there someone i can ring myself for advice", None, None, False),  # "myself" = I myself, not "for me"
        ("my son is 34 and lives with me still, he takes money out my purse", None, None, False),  # the writer is at risk
        ("my father in law cares for my mother in law, shes got dementia, and i think hes rough with her", "someone_else", "older", False),
        ("dwi'n poeni am mam, mae hi'n 80 a mae fy mrawd yn cymryd ei phres hi", "someone_else", "older", False),
        ("slapped my missus in an argument sat night", None, None, True),
        ("smashed my boyfriends phone last night", None, None, True),
        ("does it count as domestic abuse if were both 15", None, "child", False),
    ],
)
def test_ninth_session_who_is_at_risk(text, asker, age_group, perpetrator):
    profile = extract(text)
    assert (profile.asker, profile.age_group, profile.perpetrator) == (asker, age_group, perpetrator)
