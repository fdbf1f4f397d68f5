"""A turn that hits Rasa's limit of actions ends cleanly, and the next message is handled normally.

Rasa 3.6 stops predicting after 10 actions in a turn (its circuit breaker) but counts actions back
to the last ``action_listen``, not to the person's message, and the tripped turn never listens.
So once a conversation trips the breaker, every later message trips it at once, danger included,
and the person gets only the channels' "something went wrong" until the conversation expires.
Here the count starts at the person's latest message, and a tripped turn ends by listening.
"""
from __future__ import annotations

import logging
from typing import Any

from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, UserUttered

logger = logging.getLogger(__name__)
_INSTALLED = "_harbour_turn_limit"


def actions_this_turn(events: Any) -> int:
    """Actions run since the person's latest message (or since the bot last listened)."""
    count = 0
    for event in reversed(list(events)):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, ActionExecuted):
            if event.action_name in (ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME):
                break
            count += 1
    return count


def end_turn(tracker: Any, output_channel: Any = None, nlg: Any = None) -> None:
    """Rasa's ``on_circuit_break`` callback: the tripped turn ends by listening."""
    # Only this fixed sentence is logged, never the conversation's id or text.
    logger.warning("A turn reached Rasa's limit of actions; it ends here and the next message starts afresh.")
    tracker.update(ActionExecuted(ACTION_LISTEN_NAME))


def install() -> None:
    """Patches Rasa's MessageProcessor once per process (idempotent)."""
    if getattr(MessageProcessor, _INSTALLED, False):
        return

    def is_action_limit_reached(self: Any, tracker: Any, should_predict_another_action: bool) -> bool:
        return should_predict_another_action and actions_this_turn(tracker.events) >= self.max_number_of_predictions

    original_init = MessageProcessor.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        if self.on_circuit_break is None:
            self.on_circuit_break = end_turn

    MessageProcessor.is_action_limit_reached = is_action_limit_reached
    MessageProcessor.__init__ = __init__
    setattr(MessageProcessor, _INSTALLED, True)
