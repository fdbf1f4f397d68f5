"""Follow-ups from the thirteenth session's blind sets: whether it counts when married, apart or split up,
"he says it's because he loves me", "since when is that a thing", the law of another nation, removing a
tracker, a disclosure received, orders asked about point by point, the Silent Solution asked ahead, and
a worried friend whose friend keeps going back."""
from typing import Dict, List

import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.clares_law import ActionClaresLaw
from actions.fallback import ActionNotUnderstood
from actions.guidance import ActionGuidance
from actions.helplines import ActionHelpline
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker


def then(*earlier: str) -> List[Dict]:
    """Events of a conversation whose earlier messages were answered as these intents, oldest first."""
    return [event for intent in earlier for event in after(intent, "action_abuse_answer")]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, said",
    [
        ("and we dont live together either hes still at his mums", ["you don't have to live together", "ex-partner"]),
        ("but we're married so i doubt the police would even count it", ["whether you're married or not"]),
        ("its been over 2 year since we split tho. surely its just him being bitter", ["after you've split up", "ex-partner"]),
        ("he says hes only like it because he loves me that much", ["controlling behaviour", "however it's explained"]),
        ("since when is that a thing, like officially", ["Domestic Abuse Act 2021", "economic"]),
        ("He has never once raised a hand to me.", ["doesn't have to be physical"]),
    ],
)
async def test_follow_ups_on_an_answer_about_abuse(text, said):
    body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", then("describe_coercive_control")))
    for words in said:
        assert words in body
    assert "0808 2000 247" in body and "999" in body and "didn't quite understand" not in body


@pytest.mark.asyncio
async def test_removing_a_tracker_is_warned_it_can_be_noticed_and_only_after_the_tech_answer():
    body = await reply(ActionNotUnderstood, tracker("should i pull it off", "nlu_fallback", then("describe_tech_abuse")))
    assert "alert the person" in body and "Refuge" in body
    plain = await reply(ActionNotUnderstood, tracker("should i pull it off", "nlu_fallback", then("describe_physical_abuse")))
    assert "alert the person" not in plain


@pytest.mark.asyncio
async def test_the_law_of_the_nation_a_relative_lives_in_after_the_definition():
    body = await reply(ActionClaresLaw, tracker("and me sister lives in fife, is it the same law up there", "clares_law_someone_else",
                                                then("ask_what_is_abuse"), nation="scotland"))
    assert "Domestic Abuse (Scotland) Act 2018" in body and "DSDAS" not in body
    # Clare's Law named in the same words is the scheme, as ever.
    scheme = await reply(ActionClaresLaw, tracker("a be am clares law yn fanna, ydi hwnna'n gweithio yn NI?", "ask_clares_law",
                                                  then("ask_what_is_abuse"), nation="northern_ireland"))
    assert "DVADS" in scheme


@pytest.mark.asyncio
async def test_someone_told_of_a_history_gets_what_now_not_how_to_apply():
    body = await reply(ActionClaresLaw, tracker("police told me under clares law that my partner has a history of violence", "ask_clares_law", []))
    assert "none of it is your fault" in body and "safety plan" in body and "0808 2000 247" in body
    assert "You can apply" not in body
    # Told unasked is still the Right to Know, named.
    unasked = await reply(ActionClaresLaw, tracker("police knocked n told me stuff about my partners past, i never even asked", "ask_clares_law", []))
    assert "Right to Know" in unasked


@pytest.mark.asyncio
async def test_the_age_asked_after_the_scheme_is_sixteen():
    body = await reply(ActionGuidance, tracker("oes rhaid bod dros 18 i neud o?", "clares_law_process", after("ask_clares_law", "action_clares_law"),
                                               topic="clares_law", language="cy"))
    assert "16" in body


AFTER_ORDERS = after("ask_protective_order", "action_guidance")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, said",
    [
        ("do i have to tell him im doing it", ['"without notice"']),
        ("so he wouldnt get a heads up before its done?", ['"without notice"']),
        ("and can they stop him ringing me 40 times a day as well", ["non-molestation order"]),
        ("what if i went and stayed at my sisters in wigan instead", ["Greater Manchester Police"]),
        ("can the court make him go on a course or something", ["behaviour-change programme"]),
        ("ok so what happens once the 2 days are up", ["Domestic Violence Protection Order (DVPO)"]),
        ("what if he just nips back for some clothes", ["arrest"]),
        ("does he have to go to court for it", ["magistrates"]),
    ],
)
async def test_orders_asked_about_point_by_point(text, said):
    body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", AFTER_ORDERS, topic="orders"))
    for words in said:
        assert words in body
    assert "Clare's Law" not in body and "999" in body


@pytest.mark.asyncio
async def test_evidence_asked_of_the_police_answer():
    body = await reply(ActionGuidance, tracker("what do police need as proof?? its mostly things he says and texts, no bruises or anything",
                                               "ask_report_police", []))
    assert body.index("dated record") < body.index("call 101")


@pytest.mark.asyncio
async def test_the_silent_solution_asked_ahead_and_from_the_house_phone():
    ahead = await reply(ActionNotUnderstood, tracker("what if i ever need them quick but i cant say anything", "nlu_fallback",
                                                     after("ask_report_police", "action_guidance"), topic="police"))
    assert "55" in ahead
    landline = await reply(ActionNotUnderstood, tracker("and if its the house phone not a mobile?", "nlu_fallback", after("danger_now", "action_after_safety")))
    assert "landline" in landline.lower()


@pytest.mark.asyncio
async def test_a_worried_friend_whose_friend_keeps_going_back_or_wont_talk():
    for text in ("odi hwnna'n normal, mynd nôl ato fe drosodd a drosodd?", "she wont talk to me about it, just goes quiet", "so wot am i meant to do then, nothin??"):
        body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", after("worried_about_someone", "action_abuse_answer"), asker="someone_else"))
        assert "utter_worried_about_someone" in body, text


@pytest.mark.asyncio
async def test_a_worried_friends_answer_routes_by_what_they_describe():
    body = await reply(ActionAbuseAnswer, tracker("need some advice for my daughter's fiance, his ex wont leave him alone", "worried_about_someone", [],
                                                  asker="someone_else", route="someone_else"))
    assert "0808 802 0300" in body


@pytest.mark.asyncio
async def test_after_respect_what_the_line_does_is_respects_line_again():
    body = await reply(ActionClaresLaw, tracker("what do they even do if i ring", "clares_law_process", after("worried_own_behaviour", "action_abuse_answer"),
                                                route="own_behaviour"))
    assert "0808 802 4040" in body and "Right to Ask" not in body


@pytest.mark.asyncio
async def test_a_teenager_who_doesnt_want_her_parents_to_know():
    body = await reply(ActionClaresLaw, tracker("dwi'm isio i mam a dad wbod", "clares_law_someone_else", after("describe_teen_abuse", "action_abuse_answer"),
                                                age_group="young", language="cy"))
    assert "0800 1111" in body and "Right to Ask" not in body


@pytest.mark.asyncio
async def test_the_lines_for_a_forced_marriage_abroad_after_the_age_question():
    body = await reply(ActionHelpline, tracker("if i end up going can anyone help me over there", "ask_helpline", after("inform", "action_helpline"), route="honour"))
    assert "+44 20 7008 0151" in body


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, said",
    [
        ("i keep thinking i must have done something to deserve it", ["It isn't your fault"]),
        ("he reckons im blowing it all out of proportion", ["you're not overreacting"]),
        ("he says all his mates girlfriends do it without moaning", ["whatever anyone else puts up with"]),
        ("I should say he has never struck me.", ["doesn't have to be physical"]),
        ("but theres no violence tho", ["doesn't have to be physical"]),
    ],
)
async def test_blame_minimising_and_no_violence_after_a_description(text, said):
    body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", then("describe_emotional_abuse")))
    for words in said:
        assert words in body
    # Never "not your fault" to someone on the own-behaviour route.
    own = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", then("describe_emotional_abuse"), route="own_behaviour"))
    assert "It isn't your fault, and you're not overreacting" not in own


@pytest.mark.asyncio
async def test_police_follow_ups_after_the_police_answer():
    after_police = after("ask_report_police", "action_guidance")
    number = await reply(ActionHelpline, tracker("whats the number if i do wanna ring", "ask_helpline", after_police, topic="police"))
    assert "call 101" in number
    statement = await reply(ActionNotUnderstood, tracker("can they do that even if i dont give a statement", "nlu_fallback",
                                                         after("ask_protective_order", "action_guidance"), topic="orders"))
    assert "enough evidence to charge" in statement and "FL401" in statement


@pytest.mark.asyncio
async def test_still_going_on_after_police_scotlands_online_form_is_101():
    from actions.follow_up import ActionFollowUp
    body = await reply(ActionFollowUp, tracker("its still going on yeah", "affirm", after("ask_report_police", "action_guidance"),
                                               topic="police", nation="scotland"))
    assert "Report ongoing abuse on 101" in body and "What would you like to know" not in body


@pytest.mark.asyncio
async def test_evidence_after_the_orders_keeps_the_orders_topic():
    body = await reply(ActionNotUnderstood, tracker("i dont have any proof its just him showing up", "nlu_fallback",
                                                    after("ask_protective_order", "action_guidance"), topic="orders"))
    assert "dated log" in body


@pytest.mark.asyncio
async def test_the_pilot_order_asked_about_after_the_orders_answer():
    for text, said in (("so he wouldnt have to have hit me for one of those", "coercive control"), ("and if he ignores it", "up to 5 years")):
        body = await reply(ActionNotUnderstood, tracker(text, "nlu_fallback", AFTER_ORDERS, topic="orders"))
        assert "Domestic Abuse Protection Order (DAPO)" in body and said in body


@pytest.mark.asyncio
async def test_a_deaf_persons_non_urgent_question_after_the_police_answer_is_the_textphone_number():
    body = await reply(ActionNotUnderstood, tracker("and for non urgent stuff?", "nlu_fallback", after("ask_report_police", "action_guidance"),
                                                    topic="police", access="text_only"))
    assert "18001 101" in body
