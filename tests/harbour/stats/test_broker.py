"""The broker in-process: Rasa events through Harbour's tracker store into real databases.

The trackers here are built from real Rasa event objects carrying canary text; the
end-to-end tests (tests/e2e/test_stats*.py) do the same with a running Rasa server.
"""
from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from harbour.privacy.store import PrivacyTrackerStore
from harbour.stats.broker import StatsBroker
from harbour.stats.settings import ROOT, StatsConfigError, StatsSettings
from harbour.stats.store import CountKey, StatsStore
from harbour.stats.timezone import today_in_london

CANARY = "KANARY-stats-0f3c"
SENDER = "sender-KANARY-77a1"
DAY = date(2026, 3, 14)


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


def make_broker(url: str, **settings) -> StatsBroker:
    return StatsBroker(StatsSettings(url=url, **settings), today=lambda: DAY, start=False)


def conversation(domain, sender: str = SENDER) -> DialogueStateTracker:
    """A person in Glasgow: danger, Clare's Law for Scotland, then (in Welsh) a handoff card; canary everywhere."""
    tracker = DialogueStateTracker(sender, domain.slots)
    events = [
        ActionExecuted("action_session_start"),
        SessionStarted(metadata={"note": CANARY}),
        ActionExecuted("action_listen"),
        UserUttered(f"he's outside {CANARY}", {"name": "danger_now", "confidence": 0.99},
                    input_channel="telegram", message_id=CANARY, metadata={"chat": CANARY}),
        ActionExecuted("utter_danger"),
        BotUttered(f"call 999 {CANARY}", metadata={"utter_action": "utter_danger"}),
        ActionExecuted("action_listen"),
        UserUttered(f"apply for clare's law, I'm in Glasgow {CANARY}",
                    {"name": "clares_law_apply", "confidence": 0.9},
                    entities=[{"entity": "place", "value": CANARY}], input_channel="telegram"),
        SlotSet("nation", "scotland"),
        ActionExecuted("action_clares_law"),
        BotUttered(f"In Scotland {CANARY}", metadata={"harbour_scheme": "scotland"}),
        ActionExecuted("action_listen"),
        UserUttered(f"ga i siarad efo person {CANARY}", {"name": "request_human", "confidence": 0.9},
                    entities=[{"entity": "language", "value": "cy"}], input_channel="telegram"),
        ActionExecuted("action_handoff"),
        BotUttered(None, {"custom": {"type": "handoff", "service": {"id": "scotland_helpline", "name": CANARY}}}),
        BotUttered(f"Scotland's line {CANARY}", metadata={"harbour_service": "scotland_helpline"}),
        BotUttered(f"fake {CANARY}", metadata={"harbour_service": CANARY}),
        ActionExecuted("action_listen"),
    ]
    for event in events:
        tracker.update(event)
    return tracker


EXPECTED = {
    CountKey(DAY, "telegram", "outcome", "conversation_started"): 1,
    CountKey(DAY, "telegram", "intent", "danger_now"): 1,
    CountKey(DAY, "telegram", "outcome", "danger_response"): 1,
    CountKey(DAY, "telegram", "intent", "clares_law_apply"): 1,
    CountKey(DAY, "telegram", "clares_law", "scotland"): 1,
    CountKey(DAY, "telegram", "intent", "request_human"): 1,
    CountKey(DAY, "telegram", "handoff", "scotland_helpline"): 1,
    CountKey(DAY, "telegram", "helpline", "scotland_helpline"): 1,
    CountKey(DAY, "telegram", "language", "cy"): 1,  # the Welsh message's language entity
}


def database_text(url: str) -> bytes:
    """Every byte the database holds: the SQLite files, or every PostgreSQL table as text."""
    if url.startswith("sqlite"):
        path = Path(url.split(":///", 1)[1])
        return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            tables = [row[0] for row in connection.execute(sa.text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))]
            dumped = [
                str(list(connection.execute(sa.text(f'SELECT t::text FROM "{table}" t')))) for table in tables
            ]
        return "\n".join(dumped).encode()
    finally:
        engine.dispose()


@pytest.mark.asyncio
async def test_a_conversation_becomes_counts_and_nothing_else(domain, stats_url):
    broker = make_broker(stats_url)
    store = PrivacyTrackerStore(domain=domain, event_broker=broker)
    try:
        await store.save(conversation(domain))
        assert broker.flush()
        assert broker.store.all_counts() == EXPECTED
        held = database_text(stats_url)
        assert b"danger_now" in held  # the scan reads the data...
        assert CANARY.encode() not in held  # ...and finds no text, no entity value, no card text
        assert SENDER.encode() not in held and b"77a1" not in held
    finally:
        await store.close()
        await broker.close()


@pytest.mark.asyncio
async def test_saving_again_counts_only_new_events(domain, tmp_path):
    broker = make_broker(f"sqlite:///{tmp_path / 's.sqlite3'}")
    store = PrivacyTrackerStore(domain=domain, event_broker=broker)
    try:
        tracker = conversation(domain)
        await store.save(tracker)
        retrieved = await store.retrieve(SENDER)
        retrieved.update(UserUttered("again", {"name": "danger_now", "confidence": 1.0}, input_channel="telegram"))
        await store.save(retrieved)
        broker.flush()
        counts = broker.store.all_counts()
        assert counts[CountKey(DAY, "telegram", "intent", "danger_now")] == 2
        assert counts[CountKey(DAY, "telegram", "intent", "request_human")] == 1
    finally:
        await store.close()
        await broker.close()


def test_publish_never_raises_on_odd_events(tmp_path):
    broker = make_broker(f"sqlite:///{tmp_path / 's.sqlite3'}")
    for event in ({}, {"event": "user"}, {"event": "user", "parse_data": "x"}, {"sender_id": None},
                  {"event": "bot", "data": ["x"]}, {"event": "slot", "name": "nation", "value": {"a": 1}}):
        broker.publish(event)
    broker.publish(None)  # type: ignore[arg-type]
    assert broker.flush()
    assert broker.store.all_counts() == {
        CountKey(DAY, "unknown", "intent", "unknown"): 2,
    }
    broker.close_sync()


def test_a_down_database_keeps_counts_in_memory_and_writes_them_when_it_is_back(postgres, caplog):
    url = postgres.new_database()
    broker = make_broker(url)
    broker.publish({"sender_id": "a", "event": "user", "input_channel": "rest",
                    "parse_data": {"intent": {"name": "greet"}}})
    assert broker.flush()
    postgres.stop()
    try:
        for _ in range(3):
            broker.publish({"sender_id": "a", "event": "user", "input_channel": "rest",
                            "parse_data": {"intent": {"name": "greet"}}})
        with caplog.at_level(logging.ERROR):
            assert broker.flush() is False
        assert broker.pending.total() == 3
        assert "cannot write to the database (OperationalError); 3 counts are waiting" in caplog.text
        assert postgres.password not in caplog.text
    finally:
        postgres.start()
    assert broker.flush()
    assert broker.store.all_counts() == {CountKey(DAY, "rest", "intent", "greet"): 4}
    broker.close_sync()


def test_a_locked_sqlite_file_never_blocks_publish_and_counts_resume(tmp_path, caplog):
    path = tmp_path / "s.sqlite3"
    broker = StatsBroker(StatsSettings(url=f"sqlite:///{path}", flush_seconds=0.05), today=lambda: DAY)
    event = {"sender_id": "a", "event": "user", "input_channel": "rest", "parse_data": {"intent": {"name": "greet"}}}
    try:
        broker.publish(event)
        wait_for(lambda: broker.store.all_counts().get(CountKey(DAY, "rest", "intent", "greet")) == 1)
        locker = sqlite3.connect(path, timeout=0, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            with caplog.at_level(logging.ERROR):
                for _ in range(50):  # the writer thread is stuck on the lock; publishing is not
                    broker.publish(event)
                wait_for(lambda: "cannot write to the database" in caplog.text)
            assert broker.is_ready()
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        wait_for(lambda: broker.store.all_counts().get(CountKey(DAY, "rest", "intent", "greet")) == 51)
    finally:
        broker.close_sync()


def test_beyond_the_bound_counts_are_dropped_and_only_their_number_logged(tmp_path, caplog):
    path = tmp_path / "s.sqlite3"
    broker = make_broker(f"sqlite:///{path}", max_pending=10)
    for n in range(15):
        broker.publish({"sender_id": CANARY, "event": "user", "input_channel": "rest",
                        "parse_data": {"intent": {"name": f"intent_{n}"}}})
    with caplog.at_level(logging.ERROR):
        assert broker.flush()
    assert "5 counts were dropped" in caplog.text
    assert CANARY not in caplog.text
    assert len(broker.store.all_counts()) == 10
    broker.close_sync()


def test_close_writes_what_is_waiting_and_reports_what_it_cannot(tmp_path, postgres, caplog):
    broker = make_broker(f"sqlite:///{tmp_path / 's.sqlite3'}")
    broker.start()
    broker.publish({"sender_id": "a", "event": "action", "name": "utter_danger"})
    asyncio.run(broker.close())
    assert StatsStore(broker.settings.url).all_counts() == {CountKey(DAY, "unknown", "outcome", "danger_response"): 1}

    unreachable = f"postgresql://harbour:x@127.0.0.1:{postgres.port + 1}/none"
    down = make_broker(unreachable)
    down.publish({"sender_id": "a", "event": "action", "name": "utter_danger"})
    with caplog.at_level(logging.ERROR):
        down.close_sync()
    assert "1 counts could not be written before shutdown and are lost" in caplog.text


def test_old_counts_are_purged_when_the_broker_starts_writing(tmp_path):
    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    old = StatsStore(url)
    old.create_schema()
    old.add({CountKey(date(2024, 1, 1), "rest", "intent", "greet"): 9, CountKey(date(2025, 3, 1), "rest", "intent", "greet"): 1})
    old.close()
    broker = make_broker(url)
    assert broker.flush()
    assert broker.store.all_counts() == {CountKey(date(2025, 3, 1), "rest", "intent", "greet"): 1}
    broker.close_sync()


@pytest.mark.asyncio
async def test_rasa_builds_it_from_endpoints_and_bad_settings_are_not_swallowed(tmp_path, monkeypatch):
    monkeypatch.delenv("HARBOUR_STATS_URL", raising=False)
    config = EndpointConfig(url=f"sqlite:///{tmp_path / 's.sqlite3'}", type="harbour.stats.StatsBroker", k=7)
    broker = await EventBroker.create(config)
    try:
        assert isinstance(broker, StatsBroker) and broker.is_ready()
        assert broker.settings.k == 7
    finally:
        await broker.close()
    with pytest.raises(StatsConfigError, match="Unknown event_broker settings"):
        await EventBroker.create(EndpointConfig(type="harbour.stats.StatsBroker", colour="blue"))


def test_the_day_is_the_date_in_the_uk():
    assert today_in_london(datetime(2026, 6, 30, 23, 30, tzinfo=timezone.utc)) == date(2026, 7, 1)  # BST
    assert today_in_london(datetime(2026, 12, 31, 23, 30, tzinfo=timezone.utc)) == date(2026, 12, 31)  # GMT


def wait_for(condition, timeout: float = 30.0) -> None:
    """Polls until the condition holds (a database error counts as not yet)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if condition():
                return
        except sa.exc.OperationalError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def test_publish_is_safe_from_another_thread_while_flushing(tmp_path):
    broker = StatsBroker(StatsSettings(url=f"sqlite:///{tmp_path / 's.sqlite3'}", flush_seconds=0.01), today=lambda: DAY)
    event = {"sender_id": "a", "event": "user", "input_channel": "rest", "parse_data": {"intent": {"name": "greet"}}}

    def publish_many() -> None:
        for _ in range(2000):
            broker.publish(event)

    publisher = threading.Thread(target=publish_many)
    publisher.start()
    publisher.join(timeout=60)
    broker.close_sync()
    assert StatsStore(broker.settings.url).all_counts() == {CountKey(DAY, "rest", "intent", "greet"): 2000}
