"""Load check: 200 Telegram conversations at once through the webhook, every one answered."""
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.telegram import message, new_chat_id, post_update, update

pytestmark = pytest.mark.e2e

CONVERSATIONS = 200
OPENERS = ["which helpline can I call?", "what is clare's law?", "he's outside the door", "hello", "is this abuse?"]


def test_200_conversations_at_once_are_all_answered(stack, telegram_api, stack_log):
    telegram_api.clear_failures()
    failures_before = _failures(stack_log)
    chats = [new_chat_id() for _ in range(CONVERSATIONS)]
    bodies = [
        update(message=message(chat, telegram_api.new_message_id(chat), OPENERS[n % len(OPENERS)]))
        for n, chat in enumerate(chats)
    ]

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=CONVERSATIONS) as pool:
        statuses = list(pool.map(lambda body: post_update(stack.rasa_url, body, timeout=300)[0], bodies))
    took = time.monotonic() - started
    print(f"\n{CONVERSATIONS} Telegram conversations at once: all answered in {took:.1f} s")

    assert statuses == [200] * CONVERSATIONS
    unanswered = [chat for chat in chats if not telegram_api.sent_to(chat)]
    assert not unanswered, f"{len(unanswered)} conversations got no reply"
    fallback = [c for c in chats if "something went wrong" in telegram_api.sent_to(c)[0]["text"]]
    assert not fallback, f"{len(fallback)} conversations got the safety fallback instead of an answer"
    assert _failures(stack_log) == failures_before


def _failures(stack_log) -> int:
    """Lines where the Telegram channel reported a lost reply or an update it couldn't handle."""
    log = stack_log.read_text(errors="replace")
    return sum(log.count(marker) for marker in ("Telegram sendMessage failed", "could not be handled", "failed in Rasa"))
