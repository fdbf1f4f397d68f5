"""What the twenty-eighth session's blind sets found in the words, each checked after its run. Wave 1 (fresh245-247,
cy-fresh103-104): Welsh "hoffwn i beidio â deffro" (self-harm) missed; a neighbour who hears shouting and saw bruises,
in formal Welsh, answered with Samaritans; "im gay and worried theyll judge me" given Respect's line; Welsh requests to
read a boyfriend's WhatsApps or put a tracker on a girlfriend's phone answered as tech abuse done to them; "does my mums
boyfriend have a record... he does her personal care now" given the danger answer; "can my mate find out if her ex has
been violent" answered as whether he'd be told; a wheelchair's battery taken, a carer taking PIP, and taking a
husband's wheelchair charger (own behaviour) not named; "be di clares law" answered in English."""
import pytest

from actions.follow_up_words import OTHER_LINE
from actions.refusing import THEIR_PARTNER
from harbour.abuse_forms import forms_in
from harbour.nlu import welsh_profile
from harbour.nlu.asked_words import ONCE_ASKED, PAST_CHECKED, SILENT_ASKED, TOLD_ON, WHAT_HAPPENS_NEXT
from harbour.nlu.danger import classify, speaks_of_now
from harbour.nlu.language import language_of
from harbour.nlu.profile import extract
from harbour.nlu.refusals import refused_request
from harbour.nlu.scheme_words import guess_instead
from harbour.nlu.topic_words import CONFIDENTIALITY_WORDS, DEFINITION_QUESTION, LINE_QUESTION, WORRIED_WORDS, asked_in_words
from tests.harbour.nlu.test_profile_extractor import run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Weithiau rwy'n meddwl yr hoffwn i beidio â deffro yn y bore.", "self_harm"),
        ("dwi jyst isio cysgu a peidio deffro", "self_harm"),
        ("dwi ddim isio deffro fo", None),
    ],
)
def test_welsh_never_waking_up(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("sut dw i'n darllen whatsapps bf fi heb iddo fo wbod? fi'n meddwl bod e'n siarad da merched erill", "ask_monitor_someone"),
        ("sut alla i roi tracker ar phone y gariad heb iddi wbod? dwi'n siwr bod hi'n cheato arna i", "ask_monitor_someone"),
        # hers, read by him: not a request
        ("ma bf fi yn darllen whatsapps fi heb i fi wbod", None),
    ],
)
def test_welsh_requests_to_watch_a_partner(text, expected):
    assert refused_request(text) == expected


def test_a_parent_asking_about_a_daughters_partner_in_welsh_is_not_given_respects_line():
    assert THEIR_PARTNER.search("Sut fedra i ddarllen negeseuon WhatsApp fy merch? Mae hi'n 19 ac yn byw efo'i chariad yn Y Drenewydd")
    # a wife "talking to her lover": the one asking may be the jealous partner
    assert not THEIR_PARTNER.search("sut dw i'n darllen negeseuon y wraig, mae hi'n siarad efo'i chariad newydd")


def test_a_neighbour_and_bruises_in_formal_welsh():
    text = ("Bore da. Rydw i'n byw drws nesaf i gwpl ifanc ger Aberaeron. Rwy'n clywed gweiddi a phethau'n torri yn aml yn y nos, "
            "a gwelais gleisiau ar ei breichiau hi yn y siop ddoe. Does gen i ddim syniad beth i'w wneud.")
    assert extract(text).asker == "someone_else"
    assert "physical" in welsh_profile.forms_in(text)
    assert extract("mae'r hen wraig drws nesa yn cael ei churo").asker == "someone_else"
    assert run(text, [("self_harm", 0.81), ("ask_report_police", 0.06)]).get("intent")["name"] not in ("self_harm", "danger_now")


def test_judged_is_a_question_about_the_line_not_own_behaviour():
    assert LINE_QUESTION.search("can i talk to an actual human then. im gay and worried theyll judge me")
    assert run("can i talk to an actual human then. im gay and worried theyll judge me",
               [("worried_own_behaviour", 0.92), ("request_human", 0.02)]).get("intent")["name"] != "worried_own_behaviour"


def test_a_current_arrangement_now_is_not_a_crisis_by_the_score_alone():
    text = "does my mums boyfriend have a record? hes called kevin hollis and he does her personal care now. just yes or no"
    assert run(text, [("danger_now", 0.9), ("ask_check_person", 0.05)]).get("intent")["name"] == "ask_check_person"


def test_a_friend_finding_out_about_his_past_is_not_asking_if_he_is_told():
    assert not CONFIDENTIALITY_WORDS.search("can my mate find out if her ex has been violent before")
    assert not CONFIDENTIALITY_WORDS.search("can she find out about his past")
    for told in ("will he find out i asked", "can he find out if i apply", "will my ex find out if i apply"):
        assert CONFIDENTIALITY_WORDS.search(told)
    assert PAST_CHECKED.search("can i check if hes done this to anyone before, like on her behalf")
    assert not PAST_CHECKED.search("can i ring them on her behalf")


@pytest.mark.parametrize(
    "text, forms",
    [
        ("my husband takes the battery out my wheelchair when he goes out so i cant leave the flat", ["coercive_control"]),
        ("my husband is my carer and he takes my pip and my phone off me every night", ["coercive_control", "economic"]),
        ("he takes my pip", ["economic"]),
        ("when im angry at my husband i take his phone and his wheelchair charger so he cant go see his mates", ["coercive_control"]),
    ],
)
def test_disabled_peoples_descriptions_named(text, forms):
    assert forms_in(text) == forms


def test_taking_his_charger_is_the_writers_own_behaviour():
    assert extract("when im angry at my husband i take his phone and his wheelchair charger so he cant go see his mates. is that abuse? how do i stop").perpetrator
    assert not extract("my husband takes the battery out my wheelchair when he goes out").perpetrator


def test_welsh_words():
    assert language_of("be di clares law") == "cy"
    assert language_of("be 'di DVDS?") == "cy"
    assert language_of("be di the number for the helpline") == "en"
    assert welsh_profile.forms_in("ydi o'n cyfri fel abuse os ma'r gwr yn neud i fi gal secs pan dwi ddim isio?") == ["sexual"]
    assert "sexual" in welsh_profile.forms_in("ex fi'n bygwth rhoi nudes fi ar snap a insta")
    assert TOLD_ON.search("a os ma nhw'n deud rhwbeth wrtha i, alla i ddangos e i fy chwaer neu ddeud wrthi hi?")
    # the men's line asked for by name, mutated after "i"
    assert extract("oes na rif ffôn i ddynion sy'n cael eu cam-drin? fi'n byw yn llanelli").gender == "man"
    assert extract("ok diolch. beth oedd y rhif na i ddynion eto?").gender == "man"
    assert extract("oes help i ddynion sy'n cam-drin eu partner").gender is None
    assert OTHER_LINE.search("beth oedd y rhif na i ddynion eto?")


def test_guesses_after_an_answer_in_welsh():
    assert guess_instead("clares_law_someone_else", "fysa fo byth yn cyfadda, dyn balch di o. a dwi'm isio ypsetio mam chwaith", True) == "worried_about_someone"
    assert guess_instead("clares_law_process", "ie fi sy'n cael hyn, fi'n 23", True) == "ask_helpline"
    assert guess_instead("clares_law_process", "ie fi sy'n cael hyn, ga i wbod am ei hanes o?", True) != "ask_helpline"


# Wave 2 (fresh248-250, cy-fresh105-107)

def test_a_place_said_as_an_afterthought_is_not_a_refused_request():
    # "she lives in belfast actually": the place, not a request to find her (the refusals are never a guess)
    message = run("she lives in belfast actually, forgot to say", [("nlu_fallback", 0.4), ("ask_locate_person", 0.3), ("forget_conversation", 0.23)])
    assert message.get("intent")["name"] != "ask_locate_person"
    # a follow-up with nothing of a scheme in it is not guessed as one
    message = run("do they cover london too, im moving to hackney next month", [("nlu_fallback", 0.4), ("clares_law_process", 0.3), ("out_of_scope", 0.17)])
    assert message.get("intent")["name"] not in ("clares_law_process", "ask_clares_law")


def test_where_someone_is_from_is_not_where_they_live():
    message = run("hes from inverness but we moved to leeds in the summer. can he get support too", [("ask_helpline", 0.9)])
    assert {e["value"] for e in message.get("entities") if e["entity"] == "nation"} == {"england"}


def test_asked_in_the_post_or_in_welsh_about_what_happens_after():
    assert CONFIDENTIALITY_WORDS.search("will they post the info to me? he reads all the post")
    assert WHAT_HAPPENS_NEXT.search("what actually happens after ye apply for the scottish disclosure scheme")
    assert WHAT_HAPPENS_NEXT.search("be sy'n digwydd ar ol i fi neud o?")
    assert guess_instead("clares_law_apply", "what actually happens after ye apply for the scottish disclosure scheme", False) == "clares_law_process"
    assert ONCE_ASKED.search("di o'n abuse os mond unwaith nath o ddigwydd?")


@pytest.mark.parametrize(
    "text, harming",
    [
        ("my partner says im emotionally abusive cos i give her the silent treatment for days and slag her in front of folk. dunno if shes right. newry", True),
        ("he gives me the silent treatment", False),
        ("dw i'n edrych ar phone gwraig fi bob nos a dw i'n deud wrthi pwy geith hi weld. ffrind fi'n deud bod hynna'n controlling", True),
        ("ma fe'n deud wrtha i pwy ga i weld", False),
    ],
)
def test_own_behaviour_told_in_the_writers_words(text, harming):
    assert bool(extract(text).perpetrator) is harming


def test_welsh_wave_two_words():
    assert refused_request("oes gin Dylan Hughes o Gaergybi record am guro cariadon? jyst deud ia neu na") == "ask_check_person"
    assert refused_request("oes gin ti record o be ddigwyddodd") is None
    assert SILENT_ASKED.search("ma'r plant yn cysgu a sa i moyn siarad yn uchel ar y ffon")
    assert SILENT_ASKED.search("the kids are asleep and i dont want to talk out loud on the phone")
    assert welsh_profile.forms_in("ma fe'n troi lan tu fas i'r gwaith o hyd") == ["stalking"]
    assert welsh_profile.forms_in("ma dal yn dod rownd ty fi a gyrru msgs bob dydd") == ["stalking"]
    son = "crwt fi'n 22 a ma fe'n dod adre gyda cleisie. gweud bod e di cwympo ond wi'n credu taw'r ferch ma fe'n byw gyda sy'n neud e"
    assert extract(son).asker == "someone_else" and extract(son).gender == "man"
    assert guess_instead("clares_law_someone_else", "ddylen i fynd draw i weud wrthi hi bo fi'n gwbod?", True) == "worried_about_someone"
    assert guess_instead("ask_is_this_abuse", "ma'r hogan fi di dechra canlyn efo boi dwi'n meddwl sy di bod yn jel am guro ex. sut dwi'n ffendio allan?", False) == "clares_law_someone_else"
    assert guess_instead("ask_is_this_abuse", "sut dwi'n ffendio allan os di o'n abuse", False) is None
    assert guess_instead("ask_safety_plan", "ok shwt ma neud hwnna te?", False) == "nlu_fallback"
    assert guess_instead("ask_safety_plan", "sut dwi'n gwneud cynllun diogelwch?", False) is None
    # this chat asked about, with a phone checked by him besides
    message = run("ody hwn yn cadw beth wi'n teipio? ma fe'n mynd drwy'r phone fi weithie", [("bot_challenge", 0.43), ("ask_privacy", 0.18)])
    assert message.get("intent")["name"] == "ask_privacy"


# Wave 3 (fresh251-252, cy-fresh108-109) and the final wave (fresh243-244, cy-fresh102, run once as it came)

@pytest.mark.parametrize(
    "text, expected",
    [
        ("weithia dwi'n meddwl sa'n haws jyst peidio bod yma", "self_harm"),
        ("weithie fi'n meddwl bydde'n well peidio bod yma o gwbl", "self_harm"),
        # out of his way when he comes home: not self-harm
        ("well i fi beidio bod yma pan ma fe'n dod adre", None),
    ],
)
def test_welsh_easier_not_to_be_here(text, expected):
    assert classify(text) == expected


def test_he_has_gone_out_and_hearing_back_are_not_now():
    assert not speaks_of_now("ok hes gone back out to the pub. how long does it take to hear back")
    assert speaks_of_now("hes back")
    assert classify("hes back") == "danger_now"


@pytest.mark.parametrize(
    "text, harming",
    [
        ("i keep my bahu's wages for the household and dont let her go out alone. my son says its normal in our family but she cries a lot. am i doing wrong", True),
        ("fi'n slapo'r gwr pan fi'n feddw a wedyn fi'n casau'n hunan. odi hyn yn abuse os fi yw'r fenyw?", True),
        ("ma'r gwr yn slapo fi", False),
    ],
)
def test_wave_three_own_behaviour(text, harming):
    assert bool(extract(text).perpetrator) is harming


def test_wave_three_words():
    assert DEFINITION_QUESTION.search("be di domestic abuse yn union? oes rhaid iddo fe fod yn bwrw neu ydy pethe eraill yn cyfri?")
    assert DEFINITION_QUESTION.search("dim really isho ateb cwestiyna. jyst isho gwybod os di hyn yn abuse")
    assert WORRIED_WORDS.search("should i just tell her to dump him")
    assert forms_in("he goes on my laptop and checks the history") == ["tech"]
    assert forms_in("i want to know the history of domestic abuse law") == []
    # a daughter and her boyfriend; "hogan fi" alone may be a girlfriend
    assert extract("hogan fi'n 17, boyfriend hi'n 20 a ma'n gweiddi arni o'n blaena ni").asker == "someone_else"
    assert extract("hogan fi'n gweiddi arna i").asker is None
    for same_sex in ("oh and her partner is a woman btw", "her girlfriend hits her", "my son and his boyfriend"):
        assert extract(same_sex).identity == "lgbt"
    assert extract("my daughters boyfriend hits her").identity is None
    # a friend's advice to ask about one's own partner is the scheme for them
    assert guess_instead("clares_law_someone_else", "be di clare's law? mate fi'n deud dyliwn i neud un am boyfriend newydd fi. llandudno", True) == "ask_clares_law"
    assert guess_instead("clares_law_someone_else", "my mate says i should check my sisters boyfriend", True) is None


def test_a_friend_whose_partner_reads_her_messages_is_not_a_request_to_watch():
    message = run("texting for my friend. her partner reads all her messages so she cant message you herself. what can she do",
                  [("ask_monitor_someone", 0.48), ("worried_about_someone", 0.15)])
    assert message.get("intent")["name"] == "worried_about_someone"
    assert run("how do i read my gfs messages", [("ask_monitor_someone", 0.48)]).get("intent")["name"] == "ask_monitor_someone"


def test_a_record_of_what_is_typed_here_is_this_chat_not_a_record_check():
    message = run("oes na record o be dwi'n teipio yn fama? ma gwr fi'n sbio ar yr ipad weithia",
                  [("nlu_fallback", 0.4), ("bot_challenge", 0.18), ("clares_law_process", 0.1)])
    assert message.get("intent")["name"] == "ask_privacy"
    assert asked_in_words("worried_about_someone", "dwi yn llandudno. ddylwn i jyst deletio fo?", False) == "describe_tech_abuse"


def test_welsh_wanting_to_know_where_she_is_every_minute_is_control():
    assert welsh_profile.forms_in("hogan fi'n 17, ma'i boyfriend hi'n gwylltio os dio'm yn cal gwbod lle ma hi bob munud. ydi hynna'n normal?") == ["coercive_control"]
    assert "coercive_control" in welsh_profile.forms_in("ma boyfriend fi'n gwbod lle dwi bob munud")
