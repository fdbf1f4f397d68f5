"""What the Telegram channel keeps in memory: message ids with the conversation's expiry, caps,
seen update ids, and button payloads that fit Telegram's 64 bytes."""
from pathlib import Path

import pytest
import yaml

from actions.fallback import TOPICS
from actions.helplines import WHO_IS_IT_FOR
from harbour.channels.telegram.memory import (
    DELETE_WINDOW_SECONDS,
    MAX_CALLBACK_BYTES,
    CallbackPayloads,
    MessageLog,
    RecentUpdates,
)

ROOT = Path(__file__).resolve().parents[3]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_take_returns_both_sides_ids_once_then_forgets_them():
    log = MessageLog(clock=Clock())
    for message_id in (1, 2, 3):
        log.add("tg-a", message_id)
    log.add("tg-b", 9)
    assert log.take("tg-a") == [1, 2, 3]
    assert log.take("tg-a") == []
    assert log.take("tg-b") == [9]


def test_ids_expire_with_the_conversation():
    clock = Clock()
    log = MessageLog(idle_seconds=60, clock=clock)
    log.add("tg-a", 1)
    clock.now += 59
    log.add("tg-a", 2)  # activity keeps the conversation alive
    clock.now += 59
    assert len(log) == 1
    clock.now += 1
    assert len(log) == 0
    assert log.take("tg-a") == []


def test_only_idle_conversations_are_swept():
    clock = Clock()
    log = MessageLog(idle_seconds=60, clock=clock)
    log.add("tg-old", 1)
    clock.now += 30
    log.add("tg-new", 2)
    clock.now += 31
    assert log.sweep() == 1
    assert log.take("tg-new") == [2]


def test_per_conversation_cap_keeps_the_newest_ids():
    log = MessageLog(per_conversation=3, clock=Clock())
    for message_id in range(1, 8):
        log.add("tg-a", message_id)
    assert log.take("tg-a") == [5, 6, 7]


def test_total_cap_drops_the_least_recently_active_conversation():
    log = MessageLog(max_conversations=2, clock=Clock())
    log.add("tg-a", 1)
    log.add("tg-b", 2)
    log.add("tg-a", 3)
    log.add("tg-c", 4)
    assert log.take("tg-b") == []
    assert log.take("tg-a") == [1, 3]


def test_messages_older_than_telegrams_48_hours_are_not_offered_for_deletion():
    clock = Clock()
    log = MessageLog(idle_seconds=10 * DELETE_WINDOW_SECONDS, clock=clock)
    log.add("tg-a", 1)
    clock.now += DELETE_WINDOW_SECONDS
    log.add("tg-a", 2)
    assert log.take("tg-a") == [2]


def test_none_ids_are_ignored():
    log = MessageLog(clock=Clock())
    log.add("tg-a", None)
    assert len(log) == 0


def test_recent_updates_are_answered_once():
    recent = RecentUpdates(capacity=2)
    assert recent.first_time(1)
    assert not recent.first_time(1)
    assert recent.first_time(2) and recent.first_time(3)
    assert recent.first_time(1)  # beyond the cap, the oldest is let go


def test_short_payloads_are_their_own_callback_data():
    payloads = CallbackPayloads()
    assert payloads.encode('/inform{"nation": "scotland"}') == '/inform{"nation": "scotland"}'
    assert payloads.decode('/inform{"nation": "scotland"}') == '/inform{"nation": "scotland"}'


def test_long_payloads_get_a_short_reference_that_decodes_back():
    payloads = CallbackPayloads()
    long = '/inform{"route": "sexual_violence", "nation": "northern_ireland", "x": "yy"}'
    assert len(long.encode()) > MAX_CALLBACK_BYTES
    data = payloads.encode(long)
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    assert payloads.decode(data) == long
    assert payloads.encode(long) == data  # stable


def test_multibyte_payloads_are_measured_in_bytes():
    payloads = CallbackPayloads()
    payload = "/greet" + "é" * 30  # 36 characters, 66 bytes
    data = payloads.encode(payload)
    assert data != payload and len(data.encode()) <= MAX_CALLBACK_BYTES
    assert payloads.decode(data) == payload


def test_forgotten_or_forged_references_decode_to_nothing():
    payloads = CallbackPayloads(capacity=1)
    first = payloads.encode("/" + "a" * 80)
    payloads.encode("/" + "b" * 80)
    assert payloads.decode(first) is None
    assert payloads.decode("#not-a-reference") is None
    assert payloads.decode("") is None and payloads.decode(None) is None


def _domain_payloads():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    for name, variations in domain["responses"].items():
        for variation in variations:
            for button in variation.get("buttons") or []:
                yield name, button["payload"]
    for button in [*TOPICS, *WHO_IS_IT_FOR]:
        yield "actions", button["payload"]


@pytest.mark.parametrize("where, payload", list(_domain_payloads()))
def test_every_button_harbour_sends_fits_telegram_as_it_is(where, payload):
    assert len(payload.encode("utf-8")) <= MAX_CALLBACK_BYTES, where
