"""The ProfileExtractor component in Rasa's own message objects: answers, guards and marks."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from harbour.nlu.place_normaliser import PlaceNormaliser
from harbour.nlu.places import DEFAULT_GAZETTEER, PlaceMatcher
from harbour.nlu.profile_extractor import ANSWER_MARK, DESCRIPTION_MARK, TOPIC_MARK, ProfileExtractor
from harbour.nlu.safety_net import SafetyNet


def parsed(text, ranking):
    """A message as the classifier leaves it: ``ranking`` is [(intent, confidence), ...], best first."""
    message = Message(data={"text": text})
    intents = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    message.set("intent", intents[0])
    message.set("intent_ranking", intents)
    message.set("entities", [])
    return message


def run(text, ranking):
    """The deterministic end of config.yml's pipeline, in its order."""
    message = parsed(text, ranking)
    matcher = PlaceMatcher.from_path(DEFAULT_GAZETTEER)
    PlaceNormaliser(matcher).process([message])
    ProfileExtractor(matcher).process([message])
    SafetyNet().process([message])
    return message


def entities(message):
    return {e["entity"]: e["value"] for e in message.get("entities")}


@pytest.mark.parametrize(
    "text, classifier, expected",
    [
        ("myself", [("self_harm", 0.9), ("inform", 0.05)], "inform"),  # an answer, not a crisis
        ("for my sister", [("worried_about_someone", 0.6), ("inform", 0.3)], "inform"),
        ("we're in Derry", [("nlu_fallback", 0.4), ("inform", 0.3)], "inform"),
        ("not really", [("out_of_scope", 0.5), ("deny", 0.3)], "deny"),
        ("sometimes", [("nlu_fallback", 0.4), ("affirm", 0.2)], "affirm"),
        ("skip", [("danger_now", 0.5), ("skip", 0.3)], "skip"),
        ("hes here", [("inform", 0.9)], "danger_now"),  # the patterns still run on every message
        # A long question the classifier was nearly sure of is not "just an answer"
        ("actually different q, what would i do about his ex then",
         [("nlu_fallback", 0.4), ("clares_law_apply", 0.39), ("inform", 0.2)], "clares_law_apply"),
        ("shes 72 if that matters", [("nlu_fallback", 0.4), ("describe_older_person_abuse", 0.3)], "inform"),
        ("oh and we live in leeds now if that changes any of it",
         [("nlu_fallback", 0.4), ("clares_law_apply", 0.1), ("inform", 0.05)], "inform"),  # no sure guess: who/where
        # Asking for someone who speaks Welsh: the lines (with the one whose staff do)
        ("can i speak to someone yn gymraeg?", [("nlu_fallback", 0.4), ("request_human", 0.3)], "ask_helpline"),
        # The police asked about a partner, the scheme unnamed
        ("mae cariad fy ffrind gorau yn rhyfedd efo hi, ga i ofyn i'r heddlu amdano fo?",
         [("worried_about_someone", 0.8)], "clares_law_someone_else"),
        ("should i ask the police about him hitting me", [("ask_report_police", 0.8)], "ask_report_police"),
        ("a ga i ddeud wrtho fo be ddeudodd yr heddlu wedyn?", [("nlu_fallback", 0.5)], "clares_law_confidentiality"),
        ("he reads my texts and checks my browser history", [("describe_tech_abuse", 0.7)], "describe_tech_abuse"),
        ("will he find out mod i wedi gofyn amdano fo?", [("ask_helpline", 0.5)], "clares_law_confidentiality"),
        # The classifier alone never sends someone being hurt to the own-behaviour line
        ("na dwi'n saff heno. jyst isio gwbod ydi be mae o'n ddeud yn abuse", [("worried_own_behaviour", 0.8)], "ask_is_this_abuse"),
        ("oes rhaid fi fynd at yr heddlu i gael help? sa i moyn iddo fe gal ei arestio", [("worried_own_behaviour", 0.8), ("ask_report_police", 0.1)], "ask_report_police"),
        ("dwi'n fyddar a methu ffonio neb. sut dwi'n cael help os mae o'n troi'n ddrwg?", [("worried_own_behaviour", 0.8)], "ask_helpline"),
        ("im in hull", [("greet", 0.56), ("inform", 0.08)], "inform"),  # a place, not a greeting
        ("hiya", [("greet", 0.9)], "greet"),
        ("ok so what do i actually say to her", [("nlu_fallback", 0.4), ("worried_about_someone", 0.22)], "worried_about_someone"),
        ("how do i stop him seeing ive been on here, he checks my phone history", [("nlu_fallback", 0.4)], "ask_cover_tracks"),
        ("my cousin in belfast wants to check out her fella, how does she do it", [("worried_about_someone", 0.8)], "clares_law_someone_else"),
        ("ydach chi'n cadw be dw i'n teipio yma? mae o'n sbio ar fy ffon weithia", [("danger_now", 0.7), ("ask_privacy", 0.2)], "ask_privacy"),
        ("do you keep what i type? hes here now", [("danger_now", 0.7)], "danger_now"),
        ("if i close the app does the chat get deleted?", [("forget_conversation", 0.8)], "ask_privacy"),
        ("forget", [("forget_conversation", 0.99)], "forget_conversation"),
        ("sut dwi'n stopio gweiddi ar y partner o flaen y plant?", [("ask_children", 0.6)], "worried_own_behaviour"),
        ("i shout at my wife in front of the kids and i want to stop", [("ask_children", 0.6)], "worried_own_behaviour"),
        ("my partner shouts at me in front of the kids", [("describe_emotional_abuse", 0.6)], "describe_emotional_abuse"),
        ("alla i ofyn i'r heddlu am gefndir cariad newydd fy merch?", [("worried_about_someone", 0.8)], "clares_law_someone_else"),
        # A refusal only the classifier heard: a question about what they must share, a friend's anger
        ("do i have to tell you where i live", [("ask_locate_person", 0.5)], "ask_privacy"),
        ("im going to go round and sort him out", [("ask_locate_person", 0.5)], "worried_about_someone"),
        ("where does my ex live now", [("ask_locate_person", 0.9)], "ask_locate_person"),
        # Checking someone's past, the scheme unnamed
        # (for her daughter: the scheme as asked for someone else, which also says how to apply)
        ("my daughters new lad, i found comments saying he battered his last girlfriend. can i find out if thats true",
         [("worried_about_someone", 0.8)], "clares_law_someone_else"),
        ("can i find out if my new boyfriend has a violent past", [("ask_what_is_abuse", 0.5)], "ask_clares_law"),
        ("how do i check my browser history", [("ask_cover_tracks", 0.6)], "ask_cover_tracks"),
        ("do you tell the police what i say", [("ask_privacy", 0.8)], "ask_privacy"),
        ("can i ring 101 to ask about him", [("clares_law_apply", 0.8)], "clares_law_apply"),
        ("how do i report him, do i ring 101", [("clares_law_apply", 0.8)], "ask_report_police"),
        ("if i apply for my mate will i be told what they find", [("clares_law_confidentiality", 0.8)], "clares_law_someone_else"),
        ("will he find out i asked", [("clares_law_confidentiality", 0.8)], "clares_law_confidentiality"),
        ("and im a guy if that changes anything", [("worried_own_behaviour", 0.7)], "inform"),  # who, not a wish to change
        ("im a guy and i want to change", [("worried_own_behaviour", 0.7)], "worried_own_behaviour"),
        # Ninth session's blind sets: each the answer that was missing
        ("ok and wot happens after, do i get a letter through or summat", [("clares_law_process", 0.6)], "clares_law_process"),
        ("will they tell me what they find?", [("clares_law_process", 0.6)], "clares_law_confidentiality"),
        ("what sort of stuff would they tell me, just convictions?", [("clares_law_process", 0.6)], "clares_law_process"),
        ("me ex moved out last week, any way u can find out where shes stopping", [("ask_protective_order", 0.99)], "ask_locate_person"),
        ("oes na app i dracio ffon y gŵr? dwi'n siwr bod o'n cael affair", [("describe_tech_abuse", 0.9)], "ask_monitor_someone"),
        ("dio ddim yn hitio fi ond mae o'n deud be i wisgo, pwy dwi'n cael weld, a galw fi'n stupid o flaen pawb",
         [("self_harm", 0.45), ("describe_emotional_abuse", 0.13)], "ask_what_is_abuse"),
        ("ma fe'n bygwth brifo'r ci os dwi'n mynd allan efo ffrindia, a ma'r plant yn clywed bob dim", [("danger_now", 0.65)], "ask_what_is_abuse"),
        ("mae o'n mynnu secs bron bob nos hyd yn oed pan dwi'n deud na", [("ask_children", 0.9)], "ask_what_is_abuse"),
        ("he booted the dog across the kitchen n said thats wot happens to anything that tries to leave him", [("nlu_fallback", 0.4)], "ask_what_is_abuse"),
        ("sa i moyn police really, bydd e'n waeth wedyn", [("clares_law_no_disclosure", 0.8)], "ask_report_police"),
        ("fedra i checio fo efo'r heddlu?", [("nlu_fallback", 0.4)], "clares_law_someone_else"),
        ("sori, be oedd y rhif i ddynion eto?", [("nlu_fallback", 0.4)], "ask_helpline"),
        ("just yes or no pls", [("affirm", 0.9)], "nlu_fallback"),
        # being hurt, with the scheme only guessed: what it is, named; asking about his past stays the scheme
        ("a deud y gwir... mae'r gŵr yn gneud yr un peth i fi. dwi yn rhuthun", [("ask_clares_law", 0.8)], "ask_what_is_abuse"),
        ("my husband hits me, can i find out if hes done it before", [("ask_clares_law", 0.8)], "ask_clares_law"),
        # about their phone, never "forget this chat" (read in context after the tech answer: changes can be noticed)
        ("ddylen i jyst dileu popeth a newid y passwords i gyd heno?", [("forget_conversation", 0.9)], "nlu_fallback"),
    ],
)
def test_typed_answers_are_answers_and_danger_still_comes_first(text, classifier, expected):
    message = run(text, classifier)
    assert message.get("intent")["name"] == expected


def test_an_answer_is_marked_and_never_escalated_on_the_score_alone():
    message = run("myself", [("self_harm", 0.95), ("inform", 0.04)])
    assert message.get(ANSWER_MARK) and message.get("intent")["name"] == "inform"
    assert entities(message) == {"asker": "self"}


def test_being_hurt_is_never_read_as_own_behaviour():
    message = run(
        "I'm a woman and my partner hurts me. Who can I ring that isn't the police?",
        [("worried_own_behaviour", 0.6), ("ask_helpline", 0.3), ("describe_physical_abuse", 0.1)],
    )
    assert message.get("intent")["name"] == "ask_helpline"
    assert message.get(DESCRIPTION_MARK) and entities(message)["gender"] == "woman"


def test_described_abuse_is_not_self_harm_on_the_classifier_alone():
    message = run(
        "my ex took loans out in my name and he hits me",
        [("self_harm", 0.7), ("describe_economic_abuse", 0.2)],
    )
    assert message.get("intent")["name"] == "describe_economic_abuse"


def test_a_question_about_a_service_is_answered_not_alarmed():
    message = run("who can he ring, his wife batters him", [("danger_now", 0.6), ("ask_helpline", 0.3)])
    assert message.get("intent")["name"] == "ask_helpline" and message.get(TOPIC_MARK)
    assert entities(message)["gender"] == "man"


def test_refusals_win_over_the_classifier():
    message = run("how can i track my girlfriends phone", [("describe_tech_abuse", 0.8)])
    assert message.get("intent")["name"] == "ask_monitor_someone"


def test_button_payloads_are_left_alone():
    message = run('/inform{"asker": "self"}', [("inform", 1.0)])
    assert message.get("intent")["name"] == "inform" and entities(message) == {}


def test_something_told_of_the_past_is_answered_and_still_ends_with_help():
    message = run("he grabbed me round the neck last weekend", [("danger_now", 0.7), ("describe_physical_abuse", 0.25)])
    assert message.get("intent")["name"] == "describe_physical_abuse"
    # ... but the past never hides the present: a pattern or a word of now keeps 999 first.
    assert run("he grabbed me round the neck last week and hes coming back", [("danger_now", 0.7)]).get("intent")["name"] == "danger_now"
    assert run("he hurt me last year and im scared", [("danger_now", 0.6), ("describe_physical_abuse", 0.3)]).get("intent")["name"] == "danger_now"


def test_debt_collectors_chasing_a_loan_are_not_danger():
    from harbour.nlu.danger import classify

    assert classify("my ex took out loans in my name and now theyre chasing me for it") is None
    assert classify("he's chasing me down the street") == "danger_now"


@pytest.mark.parametrize(
    "text, classifier, expected",
    [
        ("clares law??", [("nlu_fallback", 0.3), ("ask_what_is_abuse", 0.2)], "ask_clares_law"),
        ("can i use that disclosure scheme for my sisters fella", [("worried_about_someone", 0.7)], "clares_law_someone_else"),
        ("what happens after i apply for clares law", [("clares_law_process", 0.8)], "clares_law_process"),
        ("forget this, clares law", [("forget_conversation", 0.9)], "forget_conversation"),
    ],
)
def test_a_named_scheme_is_answered_as_that_scheme(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


@pytest.mark.parametrize(
    "text, classifier",
    [
        ("I'm a woman and my partner hurts me. Who can I ring that isn't the police?", [("clares_law_apply", 0.5), ("ask_helpline", 0.3)]),
        # What the model really says for it: own behaviour first, Clare's Law next.
        ("I'm a woman and my partner hurts me. Who can I ring that isn't the police?",
         [("worried_own_behaviour", 0.5), ("clares_law_apply", 0.4), ("ask_helpline", 0.09)]),
        ("I'm in Edinburgh and my husband controls everything, where can I phone",
         [("worried_own_behaviour", 0.6), ("male_victim", 0.3)]),
        ("I'm in Edinburgh and my husband controls everything, where can I phone", [("male_victim", 0.6)]),
        ("my brother's wife is abusing him, who can he call", [("nlu_fallback", 0.4), ("male_victim", 0.3)]),
    ],
)
def test_a_plea_for_a_line_gets_the_lines(text, classifier):
    assert run(text, classifier).get("intent")["name"] == "ask_helpline"


def test_a_man_asking_for_a_line_keeps_the_mens_answer():
    assert run("im a bloke and my wife hits me, who can i ring", [("male_victim", 0.8)]).get("intent")["name"] == "male_victim"


@pytest.mark.parametrize(
    "text, classifier, expected",
    [
        # A description the classifier didn't place: what it is gets named (with the lines after).
        ("I'm non-binary and my partner hurts me", [("nlu_fallback", 0.4), ("describe_lgbt_abuse", 0.2)], "ask_what_is_abuse"),
        ("our kid keeps saying his wife will take the bairns if he tells anyone what she does to him",
         [("nlu_fallback", 0.4)], "ask_what_is_abuse"),
        # Words that name a topic outright, whatever the classifier guessed.
        ("how do i get a non molestation order", [("ask_clares_law", 0.6)], "ask_protective_order"),
        ("is there like a secret word u can say in a shop to get help", [("ask_clares_law", 0.5)], "ask_for_ani"),
        ("he's never touched the kids but they hear everything when he goes for me", [("nlu_fallback", 0.5)], "ask_children"),
        ("if i apply will my boyfriend find out", [("clares_law_someone_else", 0.6)], "clares_law_confidentiality"),
        ("is it only abuse if they hit you??", [("describe_physical_abuse", 0.7)], "ask_is_this_abuse"),
        ("do i have to give my name or anything", [("nlu_fallback", 0.5)], "ask_privacy"),
        ("shes 72 if that matters", [("nlu_fallback", 0.5)], "inform"),
        ("is it worth reportin somethin from last year", [("describe_physical_abuse", 0.6)], "ask_report_police"),
        ("i dont want to go to police over it", [("ask_clares_law", 0.5)], "ask_report_police"),
        ("can i get him kicked out?? my name is on the tenancy", [("ask_refuge", 0.6)], "ask_protective_order"),
        ("is there a secret word u can say somewhere to get help", [("ask_helpline", 0.6)], "ask_for_ani"),
        ("does this get passed on to social services", [("ask_children", 0.6)], "ask_privacy"),
        ("saw bruises on her arm. how do i bring it up with her", [("describe_physical_abuse", 0.7)], "worried_about_someone"),
        ("should i just message him and tell him to pack it in", [("ask_helpline", 0.5)], "ask_safety_plan"),
        ("im a dad and my partner hits me in front of the kids", [("male_victim", 0.8)], "male_victim"),
        ("how do i report a pothole to the council", [("out_of_scope", 0.8)], "out_of_scope"),
        # Never over a refusal or a safety answer the patterns gave.
        ("which refuge is my wife in", [("ask_refuge", 0.8)], "ask_locate_person"),
        ("hes outside with a knife, can i get a restraining order", [("danger_now", 0.9)], "danger_now"),
    ],
)
def test_words_that_name_a_topic_or_a_description_decide_it(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


def test_its_me_is_the_person_typing_not_a_no():
    from harbour.nlu.profile import extract

    for text in ("no its me", "ok tbh its not my mate its me"):
        profile = extract(text)
        assert profile.asker == "self" and profile.answer is None, text


def test_friends_someone_is_kept_from_are_not_the_person_at_risk():
    from harbour.nlu.profile import extract

    assert extract("he doesnt like me seeing my mates so i just dont now").asker != "someone_else"
    assert extract("im worried about my mate, her boyfriend hits her").asker == "someone_else"


@pytest.mark.parametrize(
    "text, classifier, expected",
    [
        # Deaf and asking how to get help: the lines they can use, not the classifier's self-harm guess.
        ("im deaf so phoning is no good. how would i get help if he kicks off", [("self_harm", 0.57), ("ask_is_this_abuse", 0.08)], "ask_helpline"),
        ("im deaf and i want to end it all", [("self_harm", 0.97), ("ask_helpline", 0.01)], "self_harm"),  # the patterns still decide
        # A friend describing someone else's partner is never sent to the line for people who harm.
        ("worried about my mate, his boyfriend gets crazy jealous and smashed his phone last week",
         [("worried_own_behaviour", 0.6), ("worried_about_someone", 0.3)], "worried_about_someone"),
        ("who do i speak to about my partner, shes horrible to me", [("worried_own_behaviour", 0.6), ("ask_helpline", 0.3)], "ask_helpline"),
        ("i'm horrible to my wife and i want to stop", [("worried_own_behaviour", 0.9), ("ask_helpline", 0.05)], "worried_own_behaviour"),
    ],
)
def test_classifier_guesses_the_words_contradict(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


@pytest.mark.parametrize(
    "text, classifier, expected",
    [
        ("how do i bring it up without him shutting down on me", [("self_harm", 0.6), ("worried_about_someone", 0.2)], "worried_about_someone"),
    ],
)
def test_what_the_words_ask_for_beats_a_classifier_guess(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


def test_asking_for_the_line_for_people_who_harm_routes_to_it():
    # Whatever the classifier guessed, the route is own behaviour, so every answer leads with Respect.
    message = run("is there a helpline for people who want to stop hurting their partner",
                  [("worried_about_someone", 0.6), ("ask_helpline", 0.3)])
    assert entities(message).get("route") == "own_behaviour"


@pytest.mark.parametrize("text, classifier", [
    # A figure of speech, a joke, a past told as over: the classifier alone doesn't make a crisis
    # (sure of it, or unsure with a high safety score). From the blind safety sets' calm lines.
    ("this cold is killing me, living on lemsip", [("nlu_fallback", 0.4), ("self_harm", 0.35)]),
    ("I used to self harm as a teenager but I haven't for 6 years. Will that count against me in the custody case?",
     [("self_harm", 0.9), ("describe_teen_abuse", 0.05)]),
    ("I'm safe now, I'm at my sister's and he doesn't know where she lives. What happens next?",
     [("danger_now", 0.8), ("ask_locate_person", 0.1)]),
    ("i could murder a cup of tea right now", [("danger_now", 0.9), ("greet", 0.05)]),
    ("I'm thinking of ending the relationship, how do I start", [("self_harm", 0.7), ("ask_leaving", 0.2)]),
    ("mae'r gwres ma'n fy lladd i", [("danger_now", 0.9), ("greet", 0.05)]),
])
def test_a_figure_of_speech_or_a_safe_past_is_not_a_crisis_on_the_score_alone(text, classifier):
    assert run(text, classifier).get("intent")["name"] not in ("danger_now", "self_harm")


@pytest.mark.parametrize("text, classifier, expected", [
    # The same words beside a real crisis: the patterns decide, whatever the calm words say.
    ("this is killing me, hes outside with a knife", [("danger_now", 0.9)], "danger_now"),
    ("im safe now but hes on his way back", [("greet", 0.9)], "danger_now"),
    ("i used to self harm and ive started cutting again tonight", [("greet", 0.9)], "self_harm"),
])
def test_calm_words_never_hide_what_the_patterns_catch(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


@pytest.mark.parametrize("text, classifier", [
    # Someone describing what they do to a partner, read by the classifier as a victim's
    # description or a worried friend: Respect, named (a blind set's misroutes).
    ("i go thru my wifes phone every night and kick off if she goes anywhere without telling me first. is that controlling",
     [("describe_coercive_control", 0.8), ("worried_own_behaviour", 0.1)]),
    ("am fae edinburgh, ma partner says am controlling cos i dinnae let her see her pals. maybe she's right",
     [("worried_about_someone", 0.6), ("worried_own_behaviour", 0.2)]),
    ("how do i stop being so jealous, i made her delete all the lads off her insta", [("nlu_fallback", 0.4)]),
])
def test_someone_describing_what_they_do_gets_the_own_behaviour_answer(text, classifier):
    message = run(text, classifier)
    assert message.get("intent")["name"] == "worried_own_behaviour"
    assert entities(message).get("route") == "own_behaviour"


def test_asking_to_track_a_partners_phone_is_a_refusal():
    message = run("need to track my husbands phone, he says hes at work but i know hes not", [("describe_tech_abuse", 0.8)])
    assert message.get("intent")["name"] == "ask_monitor_someone"


@pytest.mark.parametrize("text, classifier", [
    # Welsh the classifier never learnt, read as self-harm by its score alone (cy-fresh4/5 misroutes):
    # a place said as an answer, an answer to the reflection, a refusal insisted on.
    ("ni'n byw yn y barri", [("self_harm", 0.59), ("inform", 0.07)]),
    ("dim really ofn. jyst blin", [("nlu_fallback", 0.4), ("self_harm", 0.4), ("deny", 0.24)]),
    ("plis jyst enw'r dre, dwi isio gweld y plant", [("self_harm", 0.73), ("ask_children", 0.07)]),
])
def test_welsh_the_classifier_alone_reads_as_self_harm_is_not_a_crisis(text, classifier):
    assert run(text, classifier).get("intent")["name"] not in ("self_harm", "danger_now")


@pytest.mark.parametrize("text, classifier", [
    # ...but Welsh near self-harm keeps the score's answer, and the patterns still decide.
    ("dwi wedi cael llond bol, sa i'n gallu cario mlaen", [("self_harm", 0.85)]),
    ("dw i di blino ar bob dim, dim pwynt", [("self_harm", 0.7)]),
    ("my partner controls literally everything a dwi'n meddwl am ending it", [("describe_coercive_control", 0.9)]),
])
def test_welsh_near_self_harm_still_gets_samaritans(text, classifier):
    assert run(text, classifier).get("intent")["name"] == "self_harm"


@pytest.mark.parametrize("text, classifier, expected", [
    ("am i talkin to a bot or a real person", [("nlu_fallback", 0.4), ("bot_challenge", 0.48), ("request_human", 0.48)], "bot_challenge"),
    ("if i ring a helpline will they tell the police", [("ask_report_police", 0.9)], "ask_helpline"),
    ("do they write it down for me", [("clares_law_process", 0.97)], "clares_law_confidentiality"),
    ("she doesnt know im doin it, will they tell me or her", [("clares_law_confidentiality", 0.8)], "clares_law_someone_else"),
    ("pwy alla i ffonio wedyn i gael help iawn", [("clares_law_someone_else", 0.6)], "ask_helpline"),
    ("ydyn nhw'n siarad cymraeg?", [("clares_law_process", 0.9)], "ask_helpline"),
    ("my mum's new boyfriend, dwi'n poeni amdano fo. mae hi'n byw yn belfast. sut dwi'n checio fo?",
     [("worried_about_someone", 0.6)], "clares_law_someone_else"),
    ("can i talk to a real person", [("request_human", 0.98)], "request_human"),
])
def test_a_follow_up_asks_what_its_words_ask(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


@pytest.mark.parametrize("text, classifier, expected", [
    # Someone harming, in words the sixth session's blind sets used: Respect, never the victim's answer.
    ("i took my girlfriends bank card off her so she stops wastin money. is that bad", [("describe_economic_abuse", 0.8)], "worried_own_behaviour"),
    ("fi'n gweiddi ar y wraig o flaen y plant a taflu pethe. fi ishe stopio", [("ask_children", 0.8)], "worried_own_behaviour"),
    # ...and someone being hurt is never given it.
    ("im 71, my husband has always had a temper but its gettin worse. who can i call", [("worried_own_behaviour", 0.8)], "ask_helpline"),
])
def test_who_is_harming_decides_the_line(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


def test_a_place_said_as_an_answer_is_not_self_harm_on_the_score_alone():
    # "newport" is left out of the gazetteer (there are two): the classifier alone read self-harm.
    message = run("newport, the welsh one not the isle of wight lol", [("self_harm", 0.53), ("other_language", 0.08)])
    assert message.get("intent")["name"] == "inform"
    # English words near self-harm keep the score's answer.
    assert run("what's the point anymore", [("self_harm", 0.7)]).get("intent")["name"] == "self_harm"


@pytest.mark.parametrize("text, classifier, expected", [
    # The classifier's danger guess on calm words (the blind set fresh8): an answer, a friend's worry.
    ("for me. near stoke", [("danger_now", 0.94), ("self_harm", 0.03)], "inform"),
    ("its for my pal, her man gives me bad vibes. she's in kilmarnock", [("danger_now", 0.78), ("male_victim", 0.07)], "inform"),
    # Someone harming, with "myself" in it, is not self-harm on the score alone.
    ("me n the wife argue n i put my fist through the door right by her head. im in merthyr. i need to sort myself out",
     [("self_harm", 0.9), ("worried_own_behaviour", 0.05)], "worried_own_behaviour"),
    # Danger words keep the score's answer.
    ("please come quick", [("danger_now", 0.99)], "danger_now"),
    ("hes back", [("nlu_fallback", 0.4), ("danger_now", 0.6)], "danger_now"),
])
def test_the_score_alone_needs_a_word_near_a_crisis(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


@pytest.mark.parametrize("text, classifier, expected", [
    # Forgetting the chat only when asked for in words about it (fresh8: a phone question wiped the chat).
    ("should i just wipe the phone or delete whatever it is", [("forget_conversation", 0.85), ("ask_safety_plan", 0.03)], "nlu_fallback"),
    ("forget this", [("forget_conversation", 0.98)], "forget_conversation"),
    ("delete this chat", [("forget_conversation", 0.98)], "forget_conversation"),
    # A place the gazetteer doesn't know, said as the answer; "i live in fear" is not one.
    ("dwi'n byw yn Ystradgynlais", [("worried_own_behaviour", 0.65), ("self_harm", 0.14)], "inform"),
    ("we live near thornaby", [("nlu_fallback", 0.4), ("ask_what_is_abuse", 0.22)], "inform"),
    ("i live in fear", [("nlu_fallback", 0.4), ("ask_refuge", 0.25)], "nlu_fallback"),
])
def test_what_was_asked_for_in_words(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


def test_a_welsh_lad_is_a_man():
    message = run("ok. dwi'n hogyn, 19, byw yn Amlwch. mae fy nghariad yn fy mygwth i", [("describe_teen_abuse", 0.76)])
    assert entities(message).get("gender") == "man"


def test_a_downgraded_guess_never_lands_on_a_refusal():
    # A man telling what happened and asking who to talk to: the classifier's danger score alone,
    # then its second guess "locate person", would have sent him the refusal (and Respect's number).
    message = run("police came, shes gone to her mums for the night. who can i actually talk to, im a man",
                  [("danger_now", 0.8), ("ask_locate_person", 0.3), ("male_victim", 0.19)])
    assert message.get("intent")["name"] not in ("ask_locate_person", "worried_own_behaviour", "danger_now")


@pytest.mark.parametrize(
    "text, classifier, expected",
    [
        # Someone hurt, in Welsh, never sent to the own-behaviour line (blind set cy-fresh7)
        ("dwi'n gymraes yn byw yn manchester, gwr fi'n ofnadwy efo fi. pa rif dwi'n ffonio",
         [("worried_own_behaviour", 0.52), ("change_language", 0.07)], "ask_helpline"),
        ("sut fi'n cael help am gwr fi, ma fe'n gweiddi lot a torri pethe",
         [("worried_own_behaviour", 0.85), ("worried_about_someone", 0.06)], "ask_helpline"),
        # ...and what it is named where the description says it
        ("ma boyfriend fi'n pwsho fi i gael secs pan dwi ddim isio",
         [("worried_own_behaviour", 0.79), ("describe_teen_abuse", 0.04)], "ask_what_is_abuse"),
        # Someone harming, described in Welsh
        ("ydw i'n abuser os dwi'n checkio ffon cariad fi bob nos?", [("ask_is_this_abuse", 0.71)], "worried_own_behaviour"),
        ("how do i stop shoutin at my wife, the kids hear all of it", [("ask_children", 0.8)], "worried_own_behaviour"),
        # A controlling partner described, with only the score saying self-harm
        ("sort of. he goes thru my phone every night n says who i can n cant see",
         [("self_harm", 0.91), ("describe_coercive_control", 0.04)], "ask_what_is_abuse"),
        # Asking the helpline (not a scheme) whether they'd tell the police
        ("will they grass me up to the police if i ring", [("clares_law_process", 0.6)], "ask_helpline"),
        # A line named and asked about; a person asked for
        ("dwi yn aberystwyth. ydi galop yn siarad efo merched hefyd?", [("nlu_fallback", 0.4), ("ask_clares_law", 0.3)], "ask_helpline"),
        ("ok diolch. dwi jyst isio siarad efo rywun go iawn heno, dwi yn ninbych", [("thank", 0.9)], "request_human"),
        # Removing a spying app: the tech-abuse answer (changes can be noticed), not browsing history
        ("ddylwn i jyst dileu'r app?", [("ask_cover_tracks", 0.9)], "describe_tech_abuse"),
        ("should i delete my browser history", [("ask_cover_tracks", 0.9)], "ask_cover_tracks"),
        # "what do i do now" is not a goodbye
        ("so be dwi fod i neud rwan", [("goodbye", 0.7)], "nlu_fallback"),
        # Can't phone: the lines with text routes, not the scheme the classifier guessed
        ("is there a chat one instead, cant risk a phone call", [("ask_clares_law", 0.51)], "ask_helpline"),
        # Don't tell anyone: a question about privacy
        ("plis paid deud wrth neb", [("nlu_fallback", 0.4)], "ask_privacy"),
        # Answers with a place and "who's"/"the border" filler are answers
        ("scottish side, hawick", [("clares_law_apply", 0.49)], "inform"),
        ("its about my boyfriend whos 20. im near swansea", [("describe_teen_abuse", 0.6)], "inform"),
        # A friend who wants to have it out with him, or is told she's fine: the friend's answer
        ("dwi isio mynd draw a deud wrth y bastard lle i fynd", [("nlu_fallback", 0.4)], "worried_about_someone"),
        ("ma hi'n deud bod hi'n iawn a dim isio ffys", [("nlu_fallback", 0.4)], "worried_about_someone"),
        # fresh10 / cy-fresh8 (blind, after their runs)
        ("ga i siarad efo nhw yn gymraeg?", [("change_language", 0.9)], "ask_helpline"),
        ("ga i siarad efo chi yn gymraeg?", [("change_language", 0.9)], "change_language"),
        ("yeah im a girl bab, brum", [("clares_law_apply", 0.6)], "inform"),
        ("dwi'n 23, boi, yn y fflint", [("clares_law_apply", 0.6)], "inform"),
        ("if i tell u stuff on here does it go to the police", [("ask_report_police", 0.8)], "ask_privacy"),
        ("should i change my password then", [("ask_monitor_someone", 0.7)], "describe_tech_abuse"),
        ("is it only for asian girls tho", [("worried_about_someone", 0.6)], "ask_helpline"),
        ("please, im not gonna do anything, i just want to talk to her", [("danger_now", 0.9), ("ask_locate_person", 0.05)], "ask_helpline"),
        ("mae o jest yn gweiddi, malu petha, a wedyn deud mai fi sy'n wallgo", [("worried_own_behaviour", 0.8)], "ask_what_is_abuse"),
        ("dw i'n poeni am fy ymddygiad i efo'r wraig", [("worried_own_behaviour", 0.8)], "worried_own_behaviour"),
        # fresh11 / cy-fresh9 (blind, after their runs)
        ("i wont do owt daft. who can i talk to about her tho, like abuse wise", [("worried_own_behaviour", 0.7)], "ask_helpline"),
        ("yeah im scared of him. im 23, female, hull", [("male_victim", 0.7)], "ask_what_is_abuse"),
        ("my partner hits me. im 45, female, swindon", [("male_victim", 0.7)], "ask_what_is_abuse"),
        ("will they even come out this far its all lanes", [("clares_law_process", 0.6)], "danger_now"),
        ("see when am steamin a go mental at her. smashed her phone last wk. a know it's no right", [("danger_now", 0.9)], "worried_own_behaviour"),
        ("got me clares law meetin tomoz, can i tell me mate wot they say or will i get in bother", [("clares_law_someone_else", 0.7)], "clares_law_confidentiality"),
        ("my ex has gone to stay wiv her mams mate somewhere in cornwall, can u find out where", [("ask_refuge", 0.9)], "ask_locate_person"),
        ("should i wipe all my history after then", [("ask_safety_plan", 0.6)], "ask_cover_tracks"),
        ("do i have to put my name n address in to use this", [("ask_cover_tracks", 0.6)], "ask_privacy"),
        ("plis paid deud wrth mam", [("nlu_fallback", 0.4)], "ask_privacy"),
        ("ie ma ofn fi arno fe weithie", [("nlu_fallback", 0.4)], "affirm"),
        ("oes rhaid i fi roi enw fi? dim isio neb wybod", [("clares_law_no_disclosure", 0.6)], "ask_privacy"),
        ("ma gwr fi'n gwybod passcode y ffon a'r laptop, sut alla i gael help heb iddo fo weld?", [("nlu_fallback", 0.4)], "ask_cover_tracks"),
        ("dwi'n clywed y cymdogion yn ffraeo bob nos, hi'n crio, fo'n gweiddi. mach. be dwi fod i neud", [("nlu_fallback", 0.4)], "worried_about_someone"),
        ("oes rhaid i fi siarad efo fo i ddeud wrtho fo stopio?", [("nlu_fallback", 0.4)], "ask_safety_plan"),
        # Calm turns the score alone made danger (fresh11 false alarms)
        ("hes been hidin my pill, twice now, says we're havin another baby whether i like it or not", [("danger_now", 0.9)], "ask_what_is_abuse"),
        ("police came n took him. me n the bairn r ok now, just shakin", [("danger_now", 0.9), ("ask_helpline", 0.05)], "ask_helpline"),
        # ...and a description that says it is happening now keeps the danger answer
        ("hes been hitting me all night and hes still here", [("danger_now", 0.9)], "danger_now"),
    ],
)
def test_seventh_session_readings(text, classifier, expected):
    assert run(text, classifier).get("intent")["name"] == expected


def test_bangor_in_a_welsh_message_is_wales_and_in_english_is_not_guessed():
    assert entities(run("dwi yn bangor", [("inform", 0.9)])).get("nation") == "wales"
    assert entities(run("oes gan foi o fangor record", [("nlu_fallback", 0.4)])).get("nation") == "wales"
    assert "nation" not in entities(run("im in bangor", [("inform", 0.9)]))


def test_not_wanting_to_phone_in_welsh_asks_for_text_routes():
    # An answer to the last question (inform), carrying who can't phone: the lines' text routes first.
    message = run("na dim rili isio siarad efo neb ar y ffon", [("nlu_fallback", 0.4)])
    assert entities(message).get("access") == "text_only" and message.get("intent")["name"] == "inform"


def test_a_description_the_classifier_read_as_the_scheme_is_named_and_the_scheme_asked_for_is_not_lost():
    described = run("hes not violent or owt, just checks everythin i do n who im talkin to", [("ask_clares_law", 0.8)])
    assert described.get("intent")["name"] == "ask_what_is_abuse"
    for asked in ("can i check if he was violent to his ex before", "he controls everything, can i find out about his past",
                  "how do i apply, he checks everything i do"):
        assert run(asked, [("ask_clares_law", 0.8)]).get("intent")["name"] in ("ask_clares_law", "clares_law_apply"), asked


@pytest.mark.parametrize("text, ranking, expected", [
    # A vague plea the classifier half-guessed as own behaviour: the lines, never Respect on a guess.
    ("i need some help with my partner situation", [("worried_own_behaviour", 0.54), ("worried_about_someone", 0.2)], "ask_helpline"),
    # A Welsh place named with the wrong guess's next best: never own behaviour for someone who said nothing of harming.
    ("ok. lle dwi'n cal help, dwi'n y rhyl", [("nlu_fallback", 0.4), ("worried_own_behaviour", 0.39)], "ask_helpline"),
    # "can i check him out", from a grandparent: the scheme for someone else.
    ("my granddaughter is 19 and her fiance has a shocking temper. can i check him out", [("worried_about_someone", 0.6)], "clares_law_someone_else"),
    # A place named with thanks is an answer about where.
    ("ok diolch. fi yn abertawe", [("thank", 0.9)], "inform"),
    # How to stay silent on a 999 call: the 999 answer.
    ("what do i do if i cant speak when i ring", [("ask_helpline", 0.8)], "danger_now"),
    # Pressing for an answer is never the privacy answer.
    ("c'mon ti'n gwbod, jyst deud", [("ask_privacy", 0.7)], "nlu_fallback"),
])
def test_this_sessions_typed_near_misses(text, ranking, expected):
    assert run(text, ranking).get("intent")["name"] == expected


def test_asking_whether_a_helpline_calls_the_police_is_not_danger():
    message = run("if i ring the abuse helpline do they have to call the police", [("danger_now", 0.9), ("ask_helpline", 0.1)])
    assert message.get("intent")["name"] != "danger_now"


@pytest.mark.parametrize("text, ranking, not_expected", [
    # Someone hurt, half-guessed as harming: never Respect on that guess.
    ("sometimes. i walk on eggshells when hes in", [("worried_own_behaviour", 0.61), ("describe_emotional_abuse", 0.19)], "worried_own_behaviour"),
    # A Welsh place ("Bridge-end") is not a bridge: no Samaritans on the score alone.
    ("i fi. fi'n byw yn pen-y-bont", [("self_harm", 0.81), ("danger_now", 0.07)], "self_harm"),
    # A relative describing what happens to someone else, nothing now: not 999 on the score alone.
    ("my brothers wife is abusing him. shes thrown stuff at him and hides his car keys so he cant go out", [("danger_now", 0.9), ("worried_about_someone", 0.05)], "danger_now"),
])
def test_guesses_the_words_do_not_bear_out(text, ranking, not_expected):
    assert run(text, ranking).get("intent")["name"] != not_expected
