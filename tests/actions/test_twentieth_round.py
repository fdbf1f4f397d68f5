"""Answers from the twentieth session's blind sets: a mother asking for help for her son to change; a teenager asking
whether to tell a teacher about a friend; a friend's forced marriage kept in the lines of her follow-ups; how a friend
would know about a spying app; "nothing comes back" after the scheme; the scheme's confidentiality in Scotland and
Northern Ireland with a line to talk it through; a locate refusal pressed with "i just wanna see me kids"."""
import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.fallback import ActionNotUnderstood
from actions.guidance import ActionGuidance
from actions.helplines import ActionHelpline
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker

RESPECT = "0808 802 4040"


def _with_route(route, intent, action):
    """A conversation whose previous message was answered as ``intent``, with the route slot then ``route``."""
    events = after(intent, action)
    return events[:3] + [{"event": "slot", "name": "route", "value": route}] + events[3:]


@pytest.mark.asyncio
async def test_help_for_a_son_to_change_is_respects_line_for_him():
    body = await reply(ActionAbuseAnswer, tracker("hes my son, is there someone who can help him change", "worried_about_someone",
                                                  after("worried_about_someone", "action_abuse_answer"), asker="someone_else"))
    assert RESPECT in body and "0808 2000 247" in body


@pytest.mark.asyncio
async def test_a_teenager_asking_whether_to_tell_a_teacher():
    body = await reply(ActionAbuseAnswer, tracker("should i tell a teacher or is that snitching", "nlu_fallback",
                                                  after("worried_about_someone", "action_abuse_answer"), asker="someone_else", age_group="young"))
    assert "teacher" in body and "0800 1111" in body


@pytest.mark.asyncio
async def test_a_friends_forced_marriage_keeps_its_line():
    earlier = _with_route("honour", "worried_about_someone", "action_abuse_answer")
    body = await reply(ActionAbuseAnswer, tracker("should i tell her parents im worried", "worried_about_someone", earlier,
                                                  asker="someone_else", route="someone_else", age_group="young"))
    assert "0800 5999 247" in body


@pytest.mark.asyncio
async def test_how_a_friend_would_know_about_a_spying_app():
    body = await reply(ActionAbuseAnswer, tracker("how would she know if theres an app on it", "describe_tech_abuse",
                                                  after("worried_about_someone", "action_abuse_answer"), asker="someone_else", nation="northern_ireland"))
    assert "stalkerware" in body and "0808 802 1414" in body


@pytest.mark.asyncio
async def test_she_doesnt_want_me_interfering_is_the_friends_answer_not_the_scheme_again():
    body = await reply(ActionAbuseAnswer, tracker("she doesnt want me interfering", "worried_about_someone",
                                                  after("clares_law_someone_else", "action_clares_law"), asker="someone_else",
                                                  topic="clares_law", nation="northern_ireland"))
    assert "utter_worried_about_someone" in body and "0808 802 1414" in body and "Right to Ask" not in body


@pytest.mark.asyncio
async def test_nothing_coming_back_after_the_scheme_is_not_safe():
    body = await reply(ActionNotUnderstood, tracker("and if nothin comes back hes grand then aye?", "nlu_fallback",
                                                    after("ask_clares_law", "action_clares_law"), topic="clares_law", nation="northern_ireland"))
    assert "does not mean the person is safe" in body


@pytest.mark.asyncio
@pytest.mark.parametrize("nation, line", [("scotland", "0800 027 1234"), ("northern_ireland", "0808 802 1414")])
async def test_the_schemes_confidentiality_elsewhere_has_a_line_to_talk_it_through(nation, line):
    body = await reply(ActionGuidance, tracker("will he know it was me that asked", "clares_law_confidentiality", [], nation=nation))
    assert line in body and "talk it through" in body


@pytest.mark.asyncio
async def test_wanting_to_see_the_children_after_a_locate_refusal_is_refused_again():
    body = await reply(ActionHelpline, tracker("i just wanna see me kids. is there anyone i can ring about it", "ask_helpline",
                                               after("ask_locate_person", "action_refuse")))
    assert RESPECT in body and "where someone is" in body


@pytest.mark.asyncio
async def test_a_question_about_keeping_him_away_asked_with_danger_gets_999_then_the_orders():
    from actions.after_safety import ActionAfterSafety
    body = await reply(ActionAfterSafety, tracker("door's locked hes not back yet. can the police keep him away from the house", "danger_now",
                                                  after("danger_now", "action_after_safety")))
    assert "Domestic Violence Protection Notice" in body


@pytest.mark.asyncio
async def test_the_scheme_where_the_person_at_risk_lives():
    from actions.clares_law import ActionClaresLaw
    latest = tracker("my daughter moved up to edinburgh with a new man and somethings not right. im in kent. can i check him out", "ask_clares_law", [])
    latest.latest_message["entities"] = [
        {"entity": "nation", "value": "scotland", "whose": "theirs"}, {"entity": "nation", "value": "england", "whose": "mine"}]
    body = await reply(ActionClaresLaw, latest)
    assert "In Scotland" in body and "In England and Wales it's" not in body


@pytest.mark.asyncio
async def test_a_shared_town_name_in_england_or_wales_gets_their_one_scheme():
    from actions.clares_law import ActionClaresLaw
    body = await reply(ActionClaresLaw, tracker("shes in newport btw", "clares_law_someone_else", after("clares_law_someone_else", "action_clares_law"),
                                                asker="someone_else"))
    assert "England and Wales" in body and "DSDAS" not in body


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text",
    [
        "he took the kids on saturday and hasnt brought them back, hes switched his phone off. can you find out where he is",
        "ive left him, im at my mams in merthyr. hes got the kids and switched his phone off. i need to find where they are",
    ],
)
async def test_children_kept_from_the_parent_who_left_is_refused_without_respect(text):
    from actions.refusals import ActionRefuse
    body = await reply(ActionRefuse, tracker(text, "ask_locate_person", []))
    assert RESPECT not in body and "101" in body and "0808 2000 247" in body


@pytest.mark.parametrize(
    "pattern, text",
    [
        ("DONT_TELL", "sa i'n gallu gweud wrth mam"),
        ("DONT_TELL", "dwi ofn deud wrth mam"),
        ("DONT_TELL", "i cant tell my mum"),
        ("TOLD_ANYONE", "she made me promise not to tell anyone"),
        ("TOLD_ANYONE", "she doesnt want me interfering"),
        ("PUSHBACK", "just the area then?? im her sister not him"),
        ("PUSHBACK", "i just wanna see me kids. is there anyone i can ring about it"),
        ("HONOUR_ASKED", "ma hi'n fflio dydd sadwrn"),
        ("NOT_A_PARTNER", "be os ma tad fi sy'n neud o?"),
        ("NOT_A_PARTNER", "and if its my dad"),
    ],
)
def test_the_words_of_follow_ups(pattern, text):
    from actions import about_abuse, follow_up_words
    assert getattr(follow_up_words, pattern, None) or getattr(about_abuse, pattern)
    assert (getattr(follow_up_words, pattern, None) or getattr(about_abuse, pattern)).search(text.lower())


def test_a_partner_of_a_relative_is_not_a_relative_under_scotlands_act():
    from actions.about_abuse import NOT_A_PARTNER
    assert not NOT_A_PARTNER.search("what if its my sisters partner")


def test_welsh_words_read_in_context():
    from actions.guidance_points import ASKED_POINT
    from harbour.nlu import welsh_profile
    from harbour.nlu.asked_words import WIPE_ASKED
    assert WIPE_ASKED.search("sut dwi'n cael gwared o'r sgwrs ma wedyn")
    assert any(pattern.search("ydi'r heddlu yn gallu neud rwbath yn syth?") for pattern in ASKED_POINT["court_orders"])
    assert "physical" not in welsh_profile.forms_in("dwi ddim yn siwr os dio'n gam-drin. dydi o rioed di nharo i")
