"""The safety net's patterns: danger and self-harm are never missed, the past is not danger."""
from pathlib import Path

import pytest

from harbour.nlu.danger import (
    ALL_DANGER_FAMILIES,
    _WORD_FIXES,
    DANGER,
    FAMILIES,
    SELF_HARM,
    _main,
    classify,
    classify_long,
    escalate,
    explain,
    normalise,
)
from harbour.nlu.danger_patterns import DANGER_FAMILIES, STRONG, WEAK
from harbour.nlu.self_harm_patterns import SELF_HARM_FAMILIES
from harbour.nlu.welsh_patterns import WELSH_SELF_HARM_FAMILIES
from tests.nlu_examples import examples

UNSEEN = Path(__file__).parents[2] / "nlu" / "safety_unseen.yml"


def _examples(path: Path) -> dict:
    by_intent: dict = {}
    for text, intent in examples(path):
        by_intent.setdefault(intent, []).append(text)
    return by_intent


@pytest.mark.parametrize(
    "text",
    [
        "he's outside the door",
        "hes got a knife",
        "I can't talk, he's in the room",
        "cant talk",
        "HES OUTSIDE WIV A KNFIE",
        "he\u2019s kicking the door in",
        "my ex is here",
        "he's coming back and said he'll kill me",
        "im hiding in the bathroom",
        "please send police",
        "he is strangling me",
        "help door",
        # Families added after independent writers' danger messages slipped past the net:
        "my husband is trying to smash the window right now",  # happening now
        "this second he is banging and shouting",
        "its happening again now",
        "not safe at home tonight",
        "cant ring anyone she would hear me",  # can't call: would be heard
        "typing in the toilet",
        "my ex is out there in his car searching for me",
        "he'll be back any minute",
        "i cant get out, he has the keys",  # trapped
        "she wont let me and the kids leave the house",
        "he locked all the doors",
        "she is standing over me",  # attacked or cornered now
        "he just pushed me down",
        "he is swinging a chair at me",
        "my stepdad is going for my mum",
        "hes in here with me now",
        "my dad is going mental downstairs",
        "the kids are upstairs and hes going crazy",
        "he is coming up the stairs",
        "sounds like hes killing her next door",
        # Taken against her will, injured with him still here (after a blind set's misses):
        "my uncles are forcing me into a van",
        "dont know where they are taking us",
        "he said he will make me disappear",
        "they say I brought shame and now they are taking me somewhere",
        "theres blood coming from my nose and hes still shouting",
        "my lip is pouring, he is in the hall",
        "i hiding in wardrobe",
    ],
)
def test_danger_phrases_are_caught(text):
    assert classify(text) == DANGER


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "I want to end it all",
        "thinking about killing myself",
        "everyone would be better off without me",
        "i wanna die tbh",
        # Families added after independent writers' messages slipped past the net:
        "keep thinking of walking in front of a bus",  # means and plans
        "sat on the edge of the roof",
        "been stockpiling tablets",
        "how many sleeping pills would kill you",
        "searched for ways to do it",
        "i want to end things",
        "the voices keep telling me to do it",
        "i burn myself with a lighter",  # self-injury
        "i cut my arms when it gets bad",
        "no will to carry on",  # hopelessness with intent
        "scared of what i could do to myself",
        "gonna top myself",
        "part of me wants to be dead",
        "they'd be better off if i was gone",
        "whats the point in me even living",
        "life isnt worth it",
        # Goodbyes and means within reach (after a blind set's misses):
        "say goodbye to my little sister for me",
        "last text ever",
        "im finished now goodbye",
        "given away all my things, it's sorted",
        "standing at the platform, express train passing in 2 minutes",
        "necking wine with a box of paracetamol",
        "took some of her tablets to see what happens",
        "nobody would believe me anyway. thinking about just ending it",  # a blind set's miss
    ],
)
def test_self_harm_phrases_are_caught(text):
    assert classify(text) == SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "he hit me last week",
        "he threatened me with a knife last year",
        "I can't talk to anyone about this",
        "what is clare's law",
        "he checks my phone",
        "i want to end it with him",
        "wheres the cheapest petrol round here",
        "this housing form is killing me",
        "he keeps turning up at my mums looking for me",
        "he won't let me go to college",
        "she threw a plate at me and it cut my head",
        "my partner shoved me and i hit my head on the table",
        # Calm sentences close to the new families:
        "can i drink wine while taking antibiotics",
        "my dad put me in the car and drove me to my nan's for the weekend",
        "im done for today, thanks for the help",
        "this is my last question, how do I apply",
        "the fast train to London was cancelled",
        "im thinking about ending it with him",  # ending the relationship
        "i scared my wife last night with how angry i got, where can i get help for me",  # a question
        "dio erioed di nharo i ond dw i ofn deud dim byd",  # Welsh: he's never hit me
        "dio ddim yn fy nharo i",
        "can i call the helpline if i cant speak english well",
        "os dw i'n ffonio a ddim yn gallu siarad saesneg yn dda",
        "my husbands family wont let me leave the house on my own",  # control (named), not locked in now

        "we gave away the dog's old bed",
        "",
        None,
        "\U0001F622\U0001F622",
    ],
)
def test_ordinary_messages_are_not_flagged(text):
    assert classify(text) is None


# A threat received by message is danger (issue "A threat received by message is missed"): by text,
# voice note, DM or post, in the sender's words or as the person reports them.
@pytest.mark.parametrize(
    "text",
    [
        "ex just messaged me 'on my way ur dead' what do i do",
        "he texted he'll kill me tonight",
        "got a voice note saying hes coming to finish me",
        "she sent me a snap of a knife saying ur next",
        "he keeps messaging that im dead when he finds me",
        "my ex just texted 'you're dead tonight'",
        "he dm'd me saying i'm going to kill you",
        "got a whatsapp from him: i know where you are, you're next",
        "he left a voicemail saying he's going to slit my throat",
        "my ex sent a pic of a gun and said see you soon",
        "text from an unknown number: watch your back",
        "snapchat from my ex: coming for you tonight",
        "my boyfriend texted 'ur gonna die when i get home'",
        "voice note from him screaming that he is going to end me",
        "he texted a photo of outside my house and said 'surprise'",
        "got a dm from a fake account saying i will find you and kill you",
        "he messaged me 'im outside ur flat, come down or else'",
        "text from him: i'll make you pay for this",
        "he sent me a video of him sharpening a knife",
        "ex sent 'you won't see christmas' on whatsapp",
        "he messaged saying your days are numbered",
        "got a message saying sleep with one eye open",
        "my ex keeps sending me death threats on instagram",
        "she's been texting me all night saying i'm next",
        "he commented on my post 'ur a dead woman'",
        "he emailed me saying he'll finish what he started",
        "'ur dead' is all he keeps texting",
        "i keep getting texts from him saying you're done for",
        "he whatsapped me a pic of petrol cans and my address",
        "my ex tweeted that he's going to do me in",
        "got a text off him - u r dead",
        "he sent a voice message 'i swear i'll kill ya'",
    ],
)
def test_a_threat_received_by_message_is_danger(text):
    assert classify(text) == DANGER


@pytest.mark.parametrize(
    "text",
    [
        "he texted me to say sorry",
        "i got a message about clares law",
        "my phone is dead",
        "i'm dead tired",
        "he sent me a message saying he misses me",
        "she messaged saying the kids are fine",
        "he texted asking if i'm coming back",
        "he left a voicemail saying he wants to talk",
        "my mate texted saying this weather is killing her",
        "he posted a photo of his new car",
        "she sent me a pic of the kids at the park",
        "i got a text from the council about my housing",
        "he sends me nasty messages but nothing violent",
        "my ex keeps commenting on my posts",
        "he emailed me saying the divorce papers are ready",
        "she texted me 'you're dead to me'",
        "my mate messaged me 'ur dead funny'",
        "the gp texted saying you're next on the list",
        "he dm'd me asking for his stuff back",
        "i got a snap from my ex saying happy birthday",
        "he texted he's going to kill it at his job interview",
        "my battery's dead so i'm texting from my friend's phone",
        "he sent a voice note saying your next appointment is on monday",
        "he texted 'i'd never hurt you, you know that'",
        "he sends me loads of messages from new numbers",
        "got a message from my ex saying he's dead excited to see the kids",
        "my friend sent me a video of her new puppy",
        "i texted him 'you'll pay me back for the phone bill'",
        "he messaged to say he'll pay for the school trip",
        "how do i save threatening messages as evidence",
        "he sent me threatening texts three weeks ago, should i still report them",
        "my mum texted 'your dad will be late tonight'",
        "we're dead on our feet after the move",
        "i texted my friend saying i'm done for the day",
        "my mum texted 'i'm coming for you at 3, be ready'",
        "he emailed to say he'll finish the job on the kitchen next week",
        "my sister texted 'you'll pay for the takeaway next time'",
        "she messaged that i'm next in the queue for the shower",
        "my son sent me a photo of his bullet journal",
    ],
)
def test_calm_messages_about_messages_are_not_flagged(text):
    assert classify(text) is None


def test_danger_wins_over_self_harm():
    assert classify("he's outside with a knife and I want to die") == DANGER


def test_normalise_expands_text_speak():
    assert normalise("Hes outside wiv a knfie!!") == "he is outside with a knife"


@pytest.mark.skipif(not UNSEEN.is_file(), reason="tests/nlu/safety_unseen.yml is absent")
def test_unseen_danger_and_self_harm_recall():
    """A test set written blind to these patterns: every danger and self-harm message is caught."""
    examples = _examples(UNSEEN)
    missed_danger = [t for t in examples["danger_now"] if classify(t) != DANGER]
    missed_self_harm = [t for t in examples["self_harm"] if classify(t) is None]
    assert not missed_danger, missed_danger
    assert not missed_self_harm, missed_self_harm


# The patterns alone, with no classifier, on every blind safety set (danger caught, self-harm
# answered with Samaritans: a danger answer carries them too, and calm lines left calm). Measured
# 2026-12-05 when the classifier-off gaps were closed; safety_fresh5 was measured blind first
# (danger 75/100, self-harm 43/60 by the patterns alone). Each retrain's classifier had caught a
# different set of these; the patterns now hold them whatever a new model does.
PATTERNS_ALONE_FLOOR = {  # set: (danger caught, self-harm answered, calm lines flagged at most)
    "safety_unseen": (60, 30, 1), "safety_fresh": (60, 45, 1), "safety_fresh2": (59, 44, 0),
    "safety_fresh3": (60, 45, 0), "safety_fresh4": (100, 70, 1), "safety_fresh5": (100, 60, 2),
}


@pytest.mark.parametrize("name", sorted(PATTERNS_ALONE_FLOOR))
def test_the_patterns_alone_hold_every_blind_safety_set(name):
    path = UNSEEN.parent / f"{name}.yml"
    examples = _examples(path)
    danger = sum(classify(t) == DANGER for t in examples["danger_now"])
    self_harm = sum(classify(t) in (DANGER, SELF_HARM) for t in examples["self_harm"])
    flagged = [t for t in examples["not_danger"] if classify(t)]
    want_danger, want_self_harm, most_flagged = PATTERNS_ALONE_FLOOR[name]
    assert danger >= want_danger, [t for t in examples["danger_now"] if classify(t) != DANGER]
    assert self_harm >= want_self_harm, [t for t in examples["self_harm"] if classify(t) is None]
    assert len(flagged) <= most_flagged, flagged


@pytest.mark.parametrize("text", [
    "my boss is going to kill me if I'm late again", "my sister will murder me if i eat the last biscuit lol",
    "he'd kill me if he knew i was on here but hes at work till 6 so i'm fine to chat",
    "He used to say he'd kill me if I left. I left anyway in 2019 and he's moved abroad.",
    "he hit me last year but I've left now and I'm safe at my sister's",
    "I self harmed once years ago and I've got scars, will that be used against me?",
    "my counsellor says I'm doing better, haven't had dark thoughts in months",
    "I'm writing a dissertation on domestic abuse and suicide, can you point me to some statistics?",
    "my ex took out 3 loans in my name and now theyre chasing me for it",
    "i think my sisters husband is hurting her", "he pinned me against the wall",
    "partner locked me out, im sat in the car with the baby near swansea",
    "aye but hes no actually here right now", "mae'r gwres ma'n fy lladd i", "bydd mam yn fy lladd i os dwi'n hwyr eto haha",
    "dw i'n ddyn a ma ngwraig i'n fy nharo i. neb yn coelio fi", "es i i A&E ar ol iddo fe ymosod arna i",
    "dw i isio gorffen hi efo fo wythnos yma", "ydi o'n abuse os dydi o byth yn fy nharo i ond yn gweiddi",
])
def test_jokes_histories_and_habits_near_the_new_families_stay_calm(text):
    assert classify(text) is None


@pytest.mark.parametrize("text, expected", [
    ("he's got my hair and dragging me", DANGER), ("hes pushed the sofa against the front door", DANGER),
    ("im in the back of a taxi and hes following us in his van", DANGER),
    ("he said if i move hell slit my throat", DANGER), ("my sister just rang me crying hes got her pinned down", DANGER),
    ("hes back and hes steaming", DANGER), ("mae dad yn curo mam rwan", DANGER),
    ("i'm not suicidal exactly but id be happy if i didnt wake up tomorrow", SELF_HARM),
    ("sat in the garage with the engine running", SELF_HARM), ("how many of my sertraline would it take", SELF_HARM),
    ("alla i ddim neud hyn ddim mwy", SELF_HARM), ("dw i wedi blino ar fyw", SELF_HARM),
])
def test_the_new_families_in_other_words(text, expected):
    assert classify(text) == expected


def test_an_unsure_classifier_escalates_to_safety_on_a_modest_danger_score():
    assert escalate("nlu_fallback", {"nlu_fallback": 0.4, "danger_now": 0.3, "greet": 0.1}) == DANGER
    assert escalate("nlu_fallback", {"nlu_fallback": 0.4, "self_harm": 0.26, "danger_now": 0.1}) == SELF_HARM
    assert escalate("nlu_fallback", {"nlu_fallback": 0.4, "danger_now": 0.2}) is None


def test_a_sure_classifier_escalates_only_on_a_high_safety_score():
    assert escalate("describe_stalking", {"describe_stalking": 0.45, "danger_now": 0.41}) == DANGER
    assert escalate("describe_stalking", {"describe_stalking": 0.6, "danger_now": 0.3}) is None
    assert escalate("danger_now", {"danger_now": 0.9}) is None


# A guard against a hang, not a speed target (make bench has those): quadratic matching on 200,000
# characters would take hours; linear takes about 5 s per message on a 2-core machine (10.5 s for
# the three here, which is why 10 s became too tight as the patterns grew).
@pytest.mark.timeout(60)
def test_danger_at_either_end_of_a_huge_message_is_found_in_linear_time():
    filler = "he never lets me see my friends and the door is always locked " * 20_000  # ~1.2 MB
    assert classify_long(filler + " hes outside with a knife") == DANGER
    assert classify_long("hes outside with a knife " + filler) == DANGER
    assert classify_long(filler) is None


def test_a_phrase_across_a_window_boundary_is_still_found():
    text = "x" * 590 + " he's got a knife"  # straddles the first 600-character window
    assert classify_long(text) == DANGER


def test_family_names_are_unique_and_every_family_is_tried():
    names = [family.name for family in FAMILIES]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    assert sorted(names) == sorted(f.name for f in ALL_DANGER_FAMILIES + SELF_HARM_FAMILIES + WELSH_SELF_HARM_FAMILIES)
    assert set(DANGER_FAMILIES) <= set(ALL_DANGER_FAMILIES)
    assert {f.kind for f in ALL_DANGER_FAMILIES} == {DANGER}
    assert {f.kind for f in SELF_HARM_FAMILIES} == {SELF_HARM}
    assert {f.strength for f in FAMILIES} <= {STRONG, WEAK}
    kinds = [family.kind for family in FAMILIES]
    assert kinds == sorted(kinds), "every danger family is tried before any self-harm family"


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family.name)
def test_every_pattern_matches_one_of_its_familys_examples(family):
    plain = [normalise(example) for example in family.examples]
    unmatched = [
        (index, pattern.pattern)
        for index, pattern in enumerate(family.patterns)
        if not any(pattern.search(text) for text in plain)
    ]
    assert family.patterns and not unmatched, unmatched


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family.name)
def test_every_example_gets_its_familys_answer(family):
    wrong = [(text, classify(text)) for text in family.examples if classify(text) != family.kind]
    assert not wrong, wrong


def test_patterns_and_word_fixes_never_need_what_normalise_removes():
    """normalise() drops apostrophes and hyphens and splits on spaces: such entries can never apply."""
    assert not [p.pattern for f in FAMILIES for p in f.patterns if "'" in p.pattern or "[ -]" in p.pattern]
    assert not [word for word in _WORD_FIXES if not word.isalnum() or _WORD_FIXES[word] == word]


def test_explain_names_the_family_and_pattern_that_decided():
    hit = explain("Hes outside wiv a knfie!!")
    assert (hit.family, hit.kind, hit.strength, hit.index) == ("abuser_here", DANGER, STRONG, 0)
    assert hit.pattern == FAMILIES[0].patterns[0].pattern
    assert explain("he threatened me with a knife last year") is None  # weak, and about the past
    assert explain("what number do i call the police on") is None  # weak, and a question
    assert explain("i want to die").kind == SELF_HARM
    assert explain("i'm not suicidal") is None
    assert explain("") is None and explain(None) is None and explain("!!") is None


def test_explain_and_classify_agree_on_every_example():
    texts = [text for family in FAMILIES for text in family.examples]
    texts += ["he hit me last week", "what is clare's law", "I can't talk to anyone about this"]
    assert [classify(t) for t in texts] == [(explain(t) or (None,) * 2)[1] for t in texts]


def test_the_maintainers_command_prints_the_normalised_text_decision_and_family():
    lines = []
    assert _main(["he threatened me with a knife last year"], out=lines.append) == 0
    assert lines[:2] == ["normalised: he threatened me with a knife last year", "decision:   None"]
    assert lines[2].startswith("vetoed (about the past): weapon_mentioned #0 ")
    lines.clear()
    _main(["he's", "outside"], out=lines.append)
    assert lines[:3] == [
        "normalised: he is outside",
        "decision:   danger_now",
        "fired:   abuser_here #0 (danger_now, strong) - " + FAMILIES[0].about,
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Saying plainly it isn't an emergency now: that "now" doesn't complete a pattern ...
        ("how do i report my husband to the police. it was last week he hit me its not like an emergency now", None),
        ("im not in danger right now, how do i get a non molestation order", None),
        # ... and never hides danger said in the same message.
        ("its not an emergency but hes outside with a knife", "danger_now"),
        ("im not in danger now but hes coming back tonight", "danger_now"),
    ],
)
def test_saying_it_is_not_an_emergency_is_heard_without_hiding_danger(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Welsh (north and south forms, with and without accents and apostrophes): danger and self-harm
        # are caught before Harbour can answer in Welsh.
        ("help mae o tu allan i'r drws efo cyllell", "danger_now"),
        ("ma fe'n trial torri'r drws lawr nawr", "danger_now"),
        ("mae'r gŵr yn fy nharo", "danger_now"),
        ("dw i'n meddwl am ladd fy hun", "self_harm"),
        ("sa i'n moyn byw rhagor", "self_harm"),
        # Calm Welsh is not an alarm.
        ("mae o'n gweithio yn y dre heddiw", None),
        ("sut dw i'n gwneud cais am Gyfraith Clare?", None),
        ("dw i isio gwybod mwy am gam-drin domestig", None),
    ],
)
def test_welsh_danger_and_self_harm(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, past",
    [
        ("last week he put his hands round my neck. im ok, no marks now, hes at work", True),
        ("he hit me last week. im ok now", True),
        ("he strangled me last night and hes coming back now", False),
        ("last night he choked me, hes outside now", False),
    ],
)
def test_saying_you_are_safe_now_leaves_a_story_in_the_past(text, past):
    from harbour.nlu.danger import only_about_the_past

    assert only_about_the_past(text) is past


@pytest.mark.parametrize("text", [
    # fresh10, blind: a man abused by his wife, self-harm in dropped-g text speak (was missed)
    "im a fella, me wife hits me and ive started cuttin me arms to cope. sounds pathetic i know",
    "i been cuttin again", "cuttin meself", "i cut me arms last night",
])
def test_self_harm_in_dropped_g_and_me_for_my(text):
    assert classify(text) == SELF_HARM


def test_me_for_my_does_not_make_someone_elses_injury_self_harm():
    assert classify("me mam hit me arms") != SELF_HARM


@pytest.mark.parametrize("text", ["hes smashing it at work", "he smashed the kitchen up last year", "he is breaking my heart"])
def test_smashing_up_now_is_not_a_figure_of_speech_or_the_past(text):
    assert classify(text) != DANGER


@pytest.mark.parametrize(
    "text, expected",
    [
        # Ninth session's blind sets: self-harm said in the second person or in passing
        ("is it normal to want to hurt urself after a relationship like mine", SELF_HARM),
        ("i do cut sometimes. hes been gone a year but i still hear him", SELF_HARM),
        ("i still cut him off when he texts", None),
        ("i do cut my hair short because he hates it", None),
        # where the abuser is, away, is not an attack happening now; habitual following is stalking
        ("hes at work rn. i dont want mum getting in trouble", None),
        ("hes screaming at me right now", DANGER),
        ("my ex is following me everywhere, turned up at the gym twice this week", None),
        ("hes following me now", DANGER),
        ("my ex been following me home from work n leaving flowers on my car", None),
        ("shes following me home", DANGER),
        ("ydi o'n cyfri fel cam-drin os di o byth di nharo i?", None),
        ("mae on fy nharo", DANGER),
        ("aros ma fe nol, ma fe'n gweiddi a dyrnu'r wal, ma ofn arna i", DANGER),
        ("my 16 yr old says she wants to kill herself cos of what her ex did to her", SELF_HARM),
        ("he spends all the money on himself", None),
    ],
)
def test_ninth_session_blind_turns(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, calm",
    [
        ("i think hes went to bed now. we're in paisley", True),
        ("police came n took her. im at me brothers in hull now. is there actually any help for blokes", True),
        ("im at my mums in leeds now but hes outside", False),
        ("hes gone to bed but hes coming back down", False),
    ],
)
def test_the_abuser_gone_or_taken_away_is_calm_on_the_score_alone(text, calm):
    from harbour.nlu.danger import calm_despite_the_words

    assert calm_despite_the_words(text) is calm
