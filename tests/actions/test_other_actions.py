"""Clare's Law, what counts as abuse, typed follow-ups, refusals and the not-understood fallback."""
import pytest

from actions.abuse_check import NO_CLEAR_ANSWER, OFFER, SOME_SIGNS, ActionAbuseAnswer, reflection_result
from actions.clares_law import ActionClaresLaw
from actions.fallback import ActionNotUnderstood
from actions.follow_up import ActionFollowUp
from actions.refusals import ActionRefuse
from tests.actions.conftest import make_tracker


def texts(messages):
    return "\n".join(m.get("text") or "" for m in messages)


def slots(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.mark.asyncio
async def test_clares_law_for_a_friend_in_northern_ireland(run_action):
    events, messages = await run_action(ActionClaresLaw, "clares_law_belfast_for_friend")
    body = texts(messages)
    assert "Northern Ireland" in body and "DVADS" in body
    assert "28 days" not in body  # England & Wales timescale must not leak into NI
    assert "normally receives no" in body  # a friend is usually not told
    # The guide names its nation for the statistics (channels ignore the mark).
    assert [m["harbour_scheme"] for m in messages if m.get("harbour_scheme")] == ["northern_ireland"]
    assert slots(events) == {"topic": "clares_law"}


@pytest.mark.asyncio
async def test_clares_law_in_england_gives_the_routes_and_28_days(run_action):
    _, messages = await run_action(ActionClaresLaw, "clares_law_england_self")
    body = texts(messages)
    assert "Clare's Law" in body and "101" in body and "police station" in body and "28 days" in body
    assert [m["harbour_scheme"] for m in messages if m.get("harbour_scheme")] == ["england"]
    assert "doesn't mean the person is safe" in body  # never "no disclosure means safe"
    assert "doesn't either" not in body  # the old double negative


@pytest.mark.asyncio
async def test_how_to_apply_answers_at_once_and_names_the_other_nations_schemes(run_action):
    _, messages = await run_action(ActionClaresLaw, "nothing_known_nation_unknown_apply")
    body = texts(messages)
    assert "Clare's Law" in body and "online form" in body and "101" in body
    assert "DSDAS" in body and "DVADS" in body  # Scotland and NI: one line, never a gate
    assert "?" not in messages[0]["text"].splitlines()[0]  # the first line answers, it doesn't ask
    titles = [b["title"] for m in messages for b in m.get("buttons") or []]
    assert "I live in Scotland" in titles


@pytest.mark.asyncio
async def test_where_they_live_in_the_question_itself_is_used(run_action):
    _, messages = await run_action(ActionClaresLaw, "ask_clares_law_in_scotland")
    body = texts(messages)
    assert "Disclosure Scheme for Domestic Abuse Scotland" in body and "Police Scotland" in body
    assert "Clare's Law (DVDS)" not in body.split("Right to Know")[-1]  # the guide is Scotland's


@pytest.mark.asyncio
async def test_asking_for_someone_else_names_the_scheme_and_who_is_told(run_action):
    events, messages = await run_action(ActionClaresLaw, "clares_law_for_my_sister")
    body = texts(messages)
    assert "Clare's Law" in body and "101" in body and "usually won't be told" in body
    assert slots(events)["asker"] == "someone_else"


@pytest.mark.asyncio
async def test_has_he_got_a_record_is_refused_and_pointed_to_clares_law(run_action):
    _, messages = await run_action(ActionClaresLaw, "check_person")
    body = texts(messages)
    assert body.startswith("I can't check anyone's record")
    assert "Clare's Law" in body and "101" in body


@pytest.mark.asyncio
async def test_a_description_is_named_before_anything_is_asked(run_action):
    events, messages = await run_action(ActionAbuseAnswer, "is_this_abuse_friends")
    body = texts(messages)
    assert "controlling or coercive behaviour" in body and "economic abuse" in body
    assert "Domestic Abuse Act 2021" in body and "isn't your fault" in body
    assert "0808 2000 247" in body
    assert body.index("coercive") < body.index(OFFER)  # the offer comes after the answer
    assert slots(events)["topic"] == "abuse_check"


@pytest.mark.asyncio
async def test_a_friend_describing_what_happens_to_someone_gets_support_first(run_action):
    _, messages = await run_action(ActionAbuseAnswer, "friend_describes_control")
    body = texts(messages)
    assert messages[0]["text"].startswith("It's good that you're looking out for them")
    assert "controlling or coercive behaviour" in body and "0808 2000 247" in body


@pytest.mark.asyncio
async def test_someone_describing_what_they_do_is_never_told_it_isnt_their_fault(run_action):
    _, messages = await run_action(ActionAbuseAnswer, "own_behaviour_described")
    body = texts(messages)
    assert "0808 802 4040" in body and "controlling behaviour" in body
    assert "isn't your fault" not in body and "not your fault" not in body


@pytest.mark.asyncio
async def test_what_counts_gets_the_definition_and_no_offer(run_action):
    events, messages = await run_action(ActionAbuseAnswer, "what_is_abuse_plain")
    body = texts(messages)
    assert "16 or over" in body and OFFER not in body
    assert "topic" not in slots(events)


@pytest.mark.asyncio
async def test_yes_to_the_offer_asks_the_first_question(run_action):
    events, messages = await run_action(ActionFollowUp, "reflection_offer_yes")
    assert messages[-1]["response"] == "utter_ask_check_afraid"
    assert slots(events) == {"question": "check_afraid", "topic": "abuse_check"}


@pytest.mark.asyncio
async def test_a_skipped_question_moves_on(run_action):
    events, messages = await run_action(ActionFollowUp, "reflection_second_question_skipped")
    assert slots(events)["check_control"] == "unsure"
    assert messages[-1]["response"] == "utter_ask_check_hurt"


@pytest.mark.asyncio
async def test_the_last_answer_gives_the_reflection_and_help(run_action):
    events, messages = await run_action(ActionFollowUp, "reflection_last_answer")
    body = texts(messages)
    assert NO_CLEAR_ANSWER in body and "0808 2000 247" in body
    assert "don't show the usual warning signs" not in body  # never reassurance
    assert slots(events)["topic"] is None and slots(events)["check_hurt"] is None


def test_any_yes_reflects_signs():
    assert reflection_result(make_tracker("check_two_yes")) == SOME_SIGNS
    assert reflection_result(make_tracker("check_all_no")) == NO_CLEAR_ANSWER


@pytest.mark.asyncio
async def test_a_yes_after_the_person_moved_on_is_not_taken_as_an_answer(run_action):
    events, messages = await run_action(ActionFollowUp, "yes_after_changing_topic")
    assert messages[-2]["response"] == "utter_anything_else"
    assert "If you'd like to talk to someone" in messages[-1]["text"]  # a person is always offered
    assert "check_control" not in slots(events)


@pytest.mark.asyncio
async def test_a_place_after_clares_law_gives_that_nations_scheme(run_action):
    _, messages = await run_action(ActionFollowUp, "glasgow_after_clares_law")
    assert "DSDAS" in texts(messages)


@pytest.mark.asyncio
async def test_my_mum_after_helplines_gives_the_older_peoples_line(run_action):
    _, messages = await run_action(ActionFollowUp, "my_mum_after_helpline")
    body = texts(messages)
    assert "0808 808 8141" in body  # Hourglass
    assert "looking out for them" in body  # a worried relative is supported too


@pytest.mark.asyncio
@pytest.mark.parametrize("fixture", ["locate_partner", "monitor_partner"])
async def test_refusals_say_no_and_point_to_respect_and_999(run_action, fixture):
    _, messages = await run_action(ActionRefuse, fixture)
    body = texts(messages)
    assert body.startswith("I can't help")
    assert "0808 802 4040" in body and "999" in body


@pytest.mark.asyncio
async def test_first_misunderstanding_asks_to_rephrase_and_gives_a_person_to_talk_to(run_action):
    _, messages = await run_action(ActionNotUnderstood, "one_misunderstanding")
    assert "put it another way" in messages[0]["text"]
    assert "0808 2000 247" in messages[0]["text"] and "999" in messages[0]["text"]
    assert not any(m.get("custom") for m in messages)


@pytest.mark.asyncio
async def test_second_misunderstanding_hands_off(run_action):
    _, messages = await run_action(ActionNotUnderstood, "two_misunderstandings")
    assert any(m.get("custom", {}).get("type") == "handoff" for m in messages)
