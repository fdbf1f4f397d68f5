"""Rasa's circuit breaker: a tripped turn ends by listening, and the next message is handled."""
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from harbour.startup import turns


def tracker_with(*events):
    tracker = DialogueStateTracker("t", slots=[])
    for event in events:
        tracker.update(event)
    return tracker


def tripped_then_new_message():
    looping = [ActionExecuted("action_not_understood") for _ in range(10)]
    return tracker_with(ActionExecuted("action_listen"), UserUttered("hi"), *looping, UserUttered("he's here"))


def test_only_this_turns_actions_count():
    assert turns.actions_this_turn(tripped_then_new_message().events) == 0
    busy = tracker_with(UserUttered("hi"), ActionExecuted("a"), ActionExecuted("b"))
    assert turns.actions_this_turn(busy.events) == 2


def test_after_a_tripped_turn_the_next_message_is_answered():
    turns.install()
    turns.install()  # idempotent
    processor = MessageProcessor.__new__(MessageProcessor)
    processor.max_number_of_predictions = 10
    assert not processor.is_action_limit_reached(tripped_then_new_message(), True)
    ten = tracker_with(UserUttered("x"), *[ActionExecuted("a") for _ in range(10)])
    assert processor.is_action_limit_reached(ten, True)


def test_a_tripped_turn_ends_by_listening():
    tracker = tracker_with(UserUttered("x"), *[ActionExecuted("a") for _ in range(10)])
    turns.end_turn(tracker)
    assert tracker.latest_action_name == "action_listen"
    assert turns.actions_this_turn(tracker.events) == 0
