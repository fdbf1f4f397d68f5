"""What the twelfth session's blind sets (fresh31-32, cy-fresh30-31) found, each checked after its run:
a missed "he's back at the door", false alarms on questions about the police, FGM, Welsh people who
harm and their requests, and the words that say what is asked."""
import pytest

from harbour.abuse_forms import forms_about_someone, forms_for
from harbour.nlu.asked_words import SILENT_ASKED, WHAT_CAN_I_DO
from harbour.nlu.danger import DANGER, classify
from harbour.nlu.profile import extract
from harbour.nlu.refusals import LOCATE, MONITOR, refused_request
from harbour.nlu.topic_words import topic_intent


@pytest.mark.parametrize(
    "text, verdict",
    [
        # found while fixing: "back" between "he's" and where he is hid it
        ("hes back at the door", DANGER),
        ("he beat me up years ago and now hes back at the door", DANGER),
        ("she hit me, there's blood", DANGER),
        # a question about calling the police, and a history told with "yrs ago", are not danger now
        ("im a man and my wife slaps me about. if i ring the police will they just laugh at me", None),
        ("he beat me up 2 yrs ago n i never told anyone. can i still report it now", None),
        # Welsh: "he went out last week after hitting me" is a history
        ("ath e mas wythnos dwetha ar ol bwrw fi. wi moyn gwbod ble ma fe'n aros er mwyn osgoi'r ardal", None),
        ("mae on fy nharo i rwan", DANGER),
    ],
)
def test_safety_patterns(text, verdict):
    assert classify(text) == verdict


def test_fgm_is_its_own_route_and_forced_marriage_stays_honour():
    assert extract("my ex husband wants to take our 8yr old back home to get her cut, says its tradition. how do i stop him").route == "fgm"
    assert extract("im worried about fgm for my niece").route == "fgm"
    assert extract("my parents want me to marry my cousin").route == "honour"
    assert extract("he cut me with a knife last year").route is None


@pytest.mark.parametrize(
    "text",
    [
        "dwi di bod yn sgrechian ar y gariad a nes i daflu ei ffon hi at y wal. dwi'n casau fy hun",
        "ok. dwi'n gwbod bo fi di bod yn shit efo hi. pwy alla i siarad efo am hynna",
    ],
)
def test_welsh_people_who_harm_in_their_own_words(text):
    assert extract(text).perpetrator


def test_welsh_victims_are_not_read_as_harming():
    assert not extract("nath o daflu ei ffon o at y wal").perpetrator
    assert not extract("mae o wedi bod yn gas efo fi").perpetrator


@pytest.mark.parametrize(
    "text, refused",
    [
        ("pa app sy'n gadael fi weld lle ma hi heb iddi wbod? ma hi di blocio fi ym mhobman", MONITOR),
        ("be am ei instagram hi te, sut dwi'n cael mewn i'r account", MONITOR),
        ("sut dwi'n cael mewn i'r account fi", None),
        ("ath e mas wythnos dwetha ar ol bwrw fi. wi moyn gwbod ble ma fe'n aros er mwyn osgoi'r ardal", LOCATE),
    ],
)
def test_welsh_requests_to_watch_someone(text, refused):
    assert refused_request(text) == refused


def test_asking_whether_it_must_be_physical_is_not_a_description_of_hitting():
    assert forms_for("ask_is_this_abuse", "does it have to be physical to count as domestic abuse") == []
    assert forms_about_someone("is it only abuse if hes hurting her like physically") == []
    assert forms_for("ask_is_this_abuse", "is it only abuse if they hit you") == []
    assert forms_for("describe_physical_abuse", "he hit me last night") == ["physical"]
    assert forms_for(None, "he takes my money but hes never hit me") == ["economic"]


@pytest.mark.parametrize(
    "text, intent",
    [
        ("police came last nite n gave him a paper sayin he cant come home for 2 days, wot even is that", "ask_protective_order"),
        ("if i apply for a non mol does he get told my address? ive moved n he doesnt know where", "ask_protective_order"),
    ],
)
def test_the_police_notice_and_a_non_mol_are_orders(text, intent):
    assert topic_intent(text) == intent


def test_what_can_i_do_after_a_sentence_and_in_typos():
    for text in ("ok police are coming. wot do i do after", "so what do i do", "what can i actualy do"):
        assert WHAT_CAN_I_DO.search(text), text
    assert not WHAT_CAN_I_DO.search("what do i do if he comes back")


def test_the_silent_solution_asked_about():
    for text in ("wot if its the landline", "does pressing 55 let them see where i am", "if i ring 999 and cant talk will they just hang up"):
        assert SILENT_ASKED.search(text), text
    assert not SILENT_ASKED.search("what number do i ring")


@pytest.mark.parametrize(
    "text, intent",
    [
        ("ok a sut ma rywun yn neud cais", "clares_law_apply"),
        ("iawn. sut ma hi'n gofyn i'r heddlu te", "clares_law_apply"),
        ("wud the police even take it serious tho", "ask_report_police"),
        ("police came out but said not enough evidence to charge him. so thats it?", "ask_protective_order"),
        ("police r here now, hes drove off. can i still do the order thing", "ask_protective_order"),
        ("i ordered a takeaway", None),
        ("sori, can i text them instead of ringing", None),
        ("should i text him back", "ask_safety_plan"),
    ],
)
def test_the_words_that_say_what_is_asked(text, intent):
    assert topic_intent(text) == intent


def test_welsh_descriptions_in_own_words_name_the_form():
    from harbour.abuse_forms import forms_in
    assert forms_in("ma nghariad i'n deud bod neb arall isio fi a dwi'n dechra credu fo") == ["emotional"]
    assert forms_in("ma fe'n cwato'n pils i achos ma fe moyn babi a sa i moyn") == ["sexual"]


def test_more_of_what_the_second_sets_found():
    from harbour.nlu.asked_words import REPEAT_ASKED, named_services
    from harbour.nlu.danger import SELF_HARM
    # a Welsh "what's the point of living" is self-harm
    assert classify("ma hi'n fy nghuro i a neb yn coelio fi achos dyn dw i. be di'r pwynt byw") == SELF_HARM
    # "daughters boyfriend", with "my" left out, is someone else's partner
    assert extract("daughters boyfriend has her location on snapchat and goes mad if she turns it off").asker == "someone_else"
    # a child's age said in Welsh inside an English message about someone else
    assert extract("my mate's dad hits her mam, mae hi'n 14 and so scared, sut alla i helpu hi?").age_group == "child"
    assert REPEAT_ASKED.search("sorry wot was it again") and not REPEAT_ASKED.search("he did it again")
    assert named_services("whats the number for the mens abuse line") == ["mens_advice_line"]
    from harbour.nlu.topic_words import asked_in_words
    # wiping the browser's history is not "forget this chat"; "forget" still is
    assert asked_in_words("forget_conversation", "shld i just wipe my whole history then", False) == "ask_cover_tracks"
    assert asked_in_words("forget_conversation", "forget", False) is None
    # "sut?" and "is that illegal over here" are read against the last answer
    assert asked_in_words("greet", "sut?", False) == "nlu_fallback"
    assert asked_in_words("ask_privacy", "is that illegal over here", False) == "nlu_fallback"
    assert asked_in_words("thank", "ok diolch. pa mor hir?", False) == "nlu_fallback"


@pytest.mark.parametrize(
    "text, refused",
    [
        ("my wife's taken the kids to a refuge somewhere near wrecsam. which one? mae gen i hawl i wybod lle mae fy mhlant i", LOCATE),
        ("my sister went to a refuge last year and it helped, which one would you recommend for me", None),
        ("dwi'n siwr bod o'n cael affair. jyst isio darllen ei negeseuon whatsapp o, dyna i gyd", MONITOR),
    ],
)
def test_refusals_found_in_the_second_sets(text, refused):
    assert refused_request(text) == refused


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("he had his hands round fy ngwddf i gynna a mae o dal yn y ty, lawr grisia", DANGER),
        ("Sa i'n credu alla i gario mla'n fel hyn. Ma fe wedi cymryd popeth wrtho i, a sa i moyn bod 'ma rhagor.", "self_harm"),
        ("dw i'n credu alla i gario mlaen efo'r cwrs", None),
        ("he logs into my icloud and reads my messages. says couples share everything and im hiding something if i mind", None),
        ("we are hiding in the bathroom", DANGER),
        ("dwi'm yn siŵr os di hyn yn gam-drin. dio'm yn fy nharo i na dim byd felly", None),
        ("helo, pwy sy'n helpu dynion? ma'r wraig yn fy mwrw i", None),
    ],
)
def test_safety_patterns_from_the_third_sets(text, verdict):
    assert classify(text) == verdict


def test_who_is_asking_from_the_third_sets():
    # someone with an order or a police notice against them, or holding a partner's card, is the one harming
    assert extract("shes got an order on me. can i still see the kids").perpetrator
    assert extract("police give me a notice n said i cant go home for 48 hours").perpetrator
    assert extract("my partner says its economic abuse cos i keep his bank card n give him money for the week").perpetrator
    # being accused is not an admission
    found = extract("my ex only lets me see my lad if i do what she says, and she says shell tell social services im violent. im not violent")
    assert not found.perpetrator
    assert extract("Dw i wedi sylweddoli fy mod i'n gweiddi ar fy ngŵr ac yn ei fychanu o flaen pobl").perpetrator
    assert extract("nes i gymryd ei cherdyn banc hi a dw i'n galw enwau arni").perpetrator
    assert extract("Y fi sy'n gofyn, ei mam hi. Dim hi.").asker == "someone_else"
    assert extract("my sister is 22, my parents are threatening her because she has a boyfriend they dont approve of").route == "honour"


@pytest.mark.parametrize(
    "text, refused",
    [
        ("fi'n meddwl bod ex fi'n aros gyda'i frawd yn Caerfyrddin. alli di checko'r address i fi?", LOCATE),
        ("dwi'n 16. sut dwi'n gallu mynd mewn i snapchat fy nghariad i?", MONITOR),
        ("shwt alla i tracko ffon cariad fi heb iddi wbod?", MONITOR),
        ("sut ma rhoi tracker ar gar y wraig?", MONITOR),
        ("ma'r cythrel wedi gadel ond sa i'n gwbod ble ma fe'n aros nawr a fi ofan", LOCATE),
        ("sut dwi'n mynd mewn i snapchat fy hun", None),
    ],
)
def test_welsh_refusals_from_the_third_sets(text, refused):
    assert refused_request(text) == refused
