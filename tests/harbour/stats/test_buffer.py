"""The broker's memory is bounded: what doesn't fit is dropped and counted, never kept."""
from datetime import date

from harbour.stats.buffer import Conversations, PendingCounts
from harbour.stats.outcomes import Conversation
from harbour.stats.store import CountKey

DAY = date(2026, 3, 1)


def key(name: str) -> CountKey:
    return CountKey(DAY, "rest", "intent", name)


def test_pending_counts_add_up_and_drop_new_rows_beyond_the_bound():
    pending = PendingCounts(max_keys=2)
    for name in ("greet", "greet", "affirm", "deny", "deny"):
        pending.add(key(name))
    assert pending.take() == {key("greet"): 2, key("affirm"): 1}
    assert pending.take_lost() == 2
    assert pending.take_lost() == 0
    assert pending.take() == {}


def test_counts_put_back_after_a_failed_write_merge_within_the_bound():
    pending = PendingCounts(max_keys=2)
    pending.add(key("greet"))
    pending.put_back({key("greet"): 3, key("affirm"): 1, key("deny"): 4})
    assert pending.take() == {key("greet"): 4, key("affirm"): 1}
    assert pending.take_lost() == 4


def test_lose_all_reports_every_count_still_waiting():
    pending = PendingCounts(max_keys=1)
    pending.add(key("greet"), 3)
    pending.add(key("affirm"))
    assert pending.lose_all() == 4
    assert len(pending) == 0


def test_conversations_hold_no_sender_id_and_expire_when_idle():
    now = [0.0]
    conversations = Conversations(idle_seconds=60, capacity=10, clock=lambda: now[0])
    key_a = conversations.key("+447700900123")
    assert b"447700900123" not in key_a and len(key_a) == 16
    conversations.put(key_a, Conversation(channel="telegram", forgotten=True))
    assert conversations.get(key_a).channel == "telegram"
    now[0] = 61
    assert conversations.get(key_a) == Conversation()
    assert len(conversations) == 0


def test_conversations_keep_only_the_most_recently_active():
    conversations = Conversations(idle_seconds=600, capacity=2)
    keys = [conversations.key(f"sender-{n}") for n in range(3)]
    for k in keys:
        conversations.put(k, Conversation(channel="rest"))
    assert len(conversations) == 2
    assert conversations.get(keys[0]) == Conversation()
    assert conversations.get(keys[2]).channel == "rest"


def test_the_hash_key_differs_between_processes_and_instances():
    assert Conversations(60, 10).key("same") != Conversations(60, 10).key("same")
