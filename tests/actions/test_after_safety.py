"""After a classifier-only safety answer, the question itself is answered too."""
from pathlib import Path

import pytest
import yaml

from actions.after_safety import ANSWERS, ActionAfterSafety, also_asked

RULES = Path(__file__).resolve().parents[2] / "data" / "rules"


def rules_by_intent():
    """intent -> the actions its unconditional one-intent rule runs."""
    found = {}
    for path in RULES.glob("*.yml"):
        for rule in yaml.safe_load(path.read_text()).get("rules") or []:
            steps = rule["steps"]
            if rule.get("condition") or "intent" not in steps[0]:
                continue
            found[steps[0]["intent"]] = tuple(step["action"] for step in steps[1:] if "action" in step)
    return found


def test_each_answer_is_the_one_its_rule_gives():
    rules = rules_by_intent()
    for intent, steps in ANSWERS.items():
        assert rules[intent] == tuple(steps), intent


def message(text, ranking):
    return {"text": text, "intent": {"name": ranking[0][0]},
            "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]}


def test_only_a_classifier_only_safety_answer_is_followed_by_an_answer():
    asked = message("police on the way. who do blokes talk to after", [("danger_now", 1.0), ("ask_helpline", 0.3)])
    assert also_asked(asked) == "ask_helpline"
    # The patterns found danger: the safety answer stands alone.
    assert also_asked(message("hes outside with a knife", [("danger_now", 1.0), ("ask_helpline", 0.3)])) is None
    # A weak second thought is not answered.
    assert also_asked(message("blah", [("danger_now", 1.0), ("ask_helpline", 0.05)])) is None


@pytest.mark.asyncio
async def test_the_question_is_answered_after_the_safety_answer(run_action):
    _, messages = await run_action(ActionAfterSafety, "police_on_the_way_helpline")
    body = "\n".join(m.get("text") or "" for m in messages)
    assert "0808 801 0327" in body  # a man's line, from "blokes"


def test_danger_told_only_of_the_past_keeps_999_first_and_answers_the_question_too():
    text = "is it still abuse if i started it? he put his hands round my neck. that was last night"
    asked = message(text, [("danger_now", 1.0), ("ask_is_this_abuse", 0.4)])
    assert also_asked(asked) == "ask_is_this_abuse"
    # The same words said of now: the safety answer stands alone.
    now = message("he's got his hands round my neck right now", [("danger_now", 1.0), ("ask_is_this_abuse", 0.4)])
    assert also_asked(now) is None


@pytest.mark.asyncio
async def test_someone_in_danger_in_a_pharmacy_is_told_about_ask_for_ani(monkeypatch):
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from tests.actions.conftest import DOMAIN

    tracker = Tracker("t", {}, message("in boots now, hes waiting in the car park", [("danger_now", 1.0)]),
                      [], False, None, {}, None)
    dispatcher = CollectingDispatcher()
    await ActionAfterSafety().run(dispatcher, tracker, DOMAIN)
    body = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert "Ask for ANI" in body and "private room" in body


def test_someone_being_hurt_never_gets_the_own_behaviour_line_after_the_safety_answer():
    # "i started it" made the classifier's second thought "worried about my own behaviour".
    text = "is it still abuse if i kinda started it? i shouted at him first and then he put his hands round my neck. that was last night"
    asked = message(text, [("danger_now", 1.0), ("worried_own_behaviour", 0.3), ("ask_is_this_abuse", 0.2)])
    assert also_asked(asked) == "ask_is_this_abuse"
    # Someone who says they hurt their partner still gets it.
    harming = message("i grabbed her by the throat last week, i hate myself", [("self_harm", 1.0), ("worried_own_behaviour", 0.3)])
    assert also_asked(harming) == "worried_own_behaviour"


def test_a_description_the_classifier_alone_read_as_self_harm_is_named_after_samaritans():
    text = "he goes on and on til i give in, calls me frigid, and hes been swapping my pills out the packet"
    assert also_asked(message(text, [("self_harm", 0.9), ("ask_helpline", 0.05)])) == "ask_what_is_abuse"
    # Self-harm the patterns found stands alone, whatever else is described.
    assert also_asked(message("he hits me and i want to end my life", [("self_harm", 0.9)])) is None


def test_cruel_words_reported_keep_samaritans_first_and_are_named_too():
    reported = message("my husband says im worthless and everyone would be better off without me", [("self_harm", 1.0)])
    assert also_asked(reported) == "ask_what_is_abuse"
    # Said of themselves, the self-harm answer stands alone.
    assert also_asked(message("im worthless and everyone would be better off without me", [("self_harm", 1.0)])) is None
