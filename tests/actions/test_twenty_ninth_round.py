"""Answers from the twenty-ninth session's blind sets: a man whose girlfriend threatens a false accusation given
Respect's line; "how long does clares law take?... will they just send a letter" given only the letter; a friend's
"she dont think its abuse tho" not told what counts; "what evidence do i need?", after the court orders, given the
police notice; "ody hwnna'n erbyn y gyfraith?", after a forced marriage, not understood; "sorry who did you say?" not
given the lines again."""
import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.fallback import ActionNotUnderstood
from actions.guidance import ActionGuidance
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker

RESPECT = "0808 802 4040"


@pytest.mark.asyncio
async def test_a_threatened_false_accusation_is_not_given_respects_line():
    text = ("is it abuse if me girlfriend never hits me but screams at me for hours, calls me pathetic, and says she'll get rid "
            "of the dog and tell everyone i hit her if i leave")
    body = await reply(ActionAbuseAnswer, tracker(text, "male_victim", [], gender="man", route="man", relationship="partner"))
    assert RESPECT not in body and "0808 801 0327" in body
    both = await reply(ActionAbuseAnswer, tracker("she slaps me and ive shoved her into a wall", "ask_is_this_abuse", [], gender="man"))
    assert RESPECT in both  # both ways: Respect's line too


@pytest.mark.asyncio
async def test_how_long_and_a_letter_get_both_answers():
    body = await reply(ActionGuidance, tracker("how long does clares law take? applied 3 weeks ago in leeds and heard nothing. will they just send a letter",
                                               "clares_law_confidentiality", [], nation="england"))
    assert "in person" in body and "28" in body
    letter = await reply(ActionGuidance, tracker("will they just send a letter", "clares_law_confidentiality", []))
    assert "in person" in letter and "28" not in letter


@pytest.mark.asyncio
async def test_a_friend_who_says_she_doesnt_think_its_abuse_is_told_what_counts():
    body = await reply(ActionAbuseAnswer, tracker("she dont think its abuse tho she says its just how he is", "ask_is_this_abuse",
                                                  after("worried_about_someone", "action_abuse_answer"), asker="someone_else", route="someone_else"))
    assert "Controlling or coercive behaviour" in body and "criticise" in body and "isn't your fault" not in body
    plain = await reply(ActionAbuseAnswer, tracker("what should i say to her", "worried_about_someone", [], asker="someone_else"))
    assert "Controlling or coercive behaviour" not in plain


@pytest.mark.asyncio
async def test_what_evidence_after_the_court_orders_is_a_dated_log():
    body = await reply(ActionNotUnderstood, tracker("what evidence do i need? hes sent me loads of horrible texts", "nlu_fallback",
                                                    after("ask_protective_order", "action_guidance"), topic="orders"))
    assert "dated log" in body and "DVPO" not in body


@pytest.mark.asyncio
async def test_is_that_against_the_law_after_a_forced_marriage_is_its_law():
    body = await reply(ActionNotUnderstood, tracker("ody hwnna'n erbyn y gyfraith? sa i moyn i mam a dad fynd i drwbwl", "nlu_fallback",
                                                    after("describe_honour_abuse", "action_abuse_answer"), route="honour", nation="wales", language="cy"))
    assert "utter_honour_abuse" in body and "0808 80 10 800" in body


@pytest.mark.asyncio
async def test_who_did_you_say_gets_the_lines_again_for_where_they_are():
    body = await reply(ActionNotUnderstood, tracker("sori, pwy ddudist ti? dw i ym Mlaenau", "nlu_fallback", after("skip", "action_skip"), nation="wales", language="cy"))
    assert "0808 80 10 800" in body and "ddim yn deall" not in body
    english = await reply(ActionNotUnderstood, tracker("sorry who did you say? im in leeds", "nlu_fallback", after("ask_helpline", "action_helpline"), nation="england", topic="helpline"))
    assert "0808 2000 247" in english and "didn't quite understand" not in english


@pytest.mark.asyncio
async def test_nothing_to_tell_so_hes_safe_in_welsh_is_not_a_guarantee():
    body = await reply(ActionGuidance, tracker("Ffoniodd yr heddlu ddoe, medden nhw does dim byd i'w ddweud wrtha i. Felly mae o'n saff, ydy?",
                                               "clares_law_confidentiality", [], language="cy"))
    assert "utter_clares_law_no_disclosure" in body
    kept = await reply(ActionGuidance, tracker("fydd o'n cael gwbod mai fi nath ofyn?", "clares_law_confidentiality", [], language="cy"))
    assert "utter_clares_law_no_disclosure" not in kept


@pytest.mark.asyncio
async def test_someone_whose_ex_has_her_nudes_is_refused_without_respects_line():
    from actions.refusals import ActionRefuse
    body = await reply(ActionRefuse, tracker("ex fi efo nudes fi ar phone fe. sut dw i'n hacio mewn i snapchat fe i ddileu nhw? ni yn aberteifi",
                                             "ask_monitor_someone", [], language="cy", nation="wales"))
    assert RESPECT not in body and "0808 80 10 800" in body
    jealous = await reply(ActionRefuse, tracker("sut dw i'n rhoi app ar phone boyfriend fi i weld lle ma fe? fi'n siwr bod e'n cheato",
                                                "ask_monitor_someone", [], language="cy"))
    assert RESPECT in jealous


@pytest.mark.asyncio
async def test_so_what_am_i_meant_to_do_just_watch_gets_the_friends_answer():
    body = await reply(ActionNotUnderstood, tracker("so what am i meant to do then, just watch?", "nlu_fallback",
                                                    after("self_harm", "action_after_safety"), asker="someone_else"))
    assert "utter_worried_about_someone" in body


@pytest.mark.asyncio
async def test_a_man_whose_girlfriend_left_him_asking_where_she_is_gets_respects_line_in_welsh():
    from actions.refusals import ActionRefuse
    body = await reply(ActionRefuse, tracker("ma'r cariad di gadael fi a dw i'n gwbod bod hi'n aros efo ffrind yn llandudno. fedri di ffeindio'r cyfeiriad i fi? jyst isio siarad efo hi",
                                             "ask_locate_person", [], language="cy", nation="wales"))
    assert RESPECT in body
    friend = await reply(ActionRefuse, tracker("ma ffrind fi mewn refuge, fedri di ddeud lle? fi moyn hala presant iddi", "ask_locate_person", [], language="cy"))
    assert RESPECT not in friend


@pytest.mark.asyncio
async def test_its_not_abuse_if_i_just_look_after_a_refusal_is_refused_again():
    body = await reply(ActionAbuseAnswer, tracker("ond fi just moyn gwbod y gwir. dyw e ddim yn abuse os fi just yn edrych", "ask_is_this_abuse",
                                                  after("ask_monitor_someone", "action_refuse"), language="cy"))
    assert RESPECT in body
    fresh = await reply(ActionAbuseAnswer, tracker("dyw e ddim yn abuse os ma fe jyst yn gweiddi?", "ask_is_this_abuse", [], language="cy"))
    assert RESPECT not in fresh
