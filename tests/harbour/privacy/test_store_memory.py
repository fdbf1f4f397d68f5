"""The memory backend: idle conversations dropped, capped, failures swallowed (shared behaviour: test_store_backends.py)."""

import asyncio
import json
import logging

import pytest
import pytest_asyncio
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.utils.endpoints import EndpointConfig

from harbour.privacy.store import PrivacyConfigError, PrivacyTrackerStore

CANARY = "CANARY-xyz"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class CollectingBroker:
    def __init__(self) -> None:
        self.published = []

    def publish(self, event) -> None:
        self.published.append(event)


@pytest_asyncio.fixture
async def store(domain):
    store = PrivacyTrackerStore(domain=domain)
    yield store
    await store.close()


def stored_text(store: PrivacyTrackerStore) -> str:
    return repr(store._backend.entries)


@pytest.mark.asyncio
async def test_retrieve_never_returns_an_idle_conversation(domain, build_tracker):
    store = PrivacyTrackerStore(domain=domain, idle_minutes=30)
    clock = store._backend.clock = FakeClock()
    await store.save(build_tracker())

    clock.now += 30 * 60 - 1
    assert await store.retrieve("sender-1") is not None
    clock.now += 1
    assert await store.retrieve("sender-1") is None
    assert store._backend.entries == {}
    await store.close()


@pytest.mark.asyncio
async def test_background_sweep_drops_idle_conversations(domain, build_tracker):
    store = PrivacyTrackerStore(domain=domain, idle_minutes=0.002)  # 0.12 s
    await store.save(build_tracker("a"))
    await store.save(build_tracker("b"))

    await asyncio.sleep(0.4)

    assert store._backend.entries == {}
    await store.close()


@pytest.mark.asyncio
async def test_new_message_after_expiry_starts_fresh(domain, build_tracker):
    store = PrivacyTrackerStore(domain=domain, idle_minutes=1)
    clock = store._backend.clock = FakeClock()
    await store.save(build_tracker())
    clock.now += 61

    tracker = await store.get_or_create_tracker("sender-1")

    assert [event.as_dict()["event"] for event in tracker.events] == ["action"]
    await store.close()


@pytest.mark.asyncio
async def test_cap_evicts_least_recently_active_first(domain, build_tracker):
    store = PrivacyTrackerStore(domain=domain, max_conversations=2)
    await store.save(build_tracker("a"))
    await store.save(build_tracker("b"))
    await store.save(build_tracker("a"))  # a is now the most recently active
    await store.save(build_tracker("c"))

    assert list(await store.keys()) == ["a", "c"]
    assert await store.retrieve("b") is None
    await store.close()


@pytest.mark.asyncio
async def test_event_broker_receives_redacted_new_events_only(domain, build_tracker):
    broker = CollectingBroker()
    store = PrivacyTrackerStore(domain=domain, event_broker=broker)
    await store.save(build_tracker())
    first_turn = len(broker.published)

    tracker = await store.retrieve("sender-1")  # a turn: retrieve, update, save
    tracker.update(UserUttered(CANARY, intent={"name": "greet", "confidence": 1.0}))
    tracker.update(ActionExecuted("utter_greet"))
    await store.save(tracker)

    assert first_turn == 10  # 13 events minus featurization, place and amount
    assert [event["event"] for event in broker.published[first_turn:]] == [
        "user",
        "action",
    ]
    assert CANARY not in json.dumps(broker.published)
    user = next(event for event in broker.published if event["event"] == "user")
    assert user["parse_data"]["intent"]["name"] == "inform"
    assert user["input_channel"] == "rest"
    await store.close()


@pytest.mark.asyncio
async def test_only_the_statistics_stream_learns_which_service_a_card_showed(domain, build_tracker):
    broker = CollectingBroker()
    store = PrivacyTrackerStore(domain=domain, event_broker=broker)
    tracker = build_tracker()
    tracker.update(BotUttered(None, {"custom": {"type": "handoff", "service": {"id": "ndah", "name": CANARY}}}))
    tracker.update(BotUttered(f"Call {CANARY}", metadata={"harbour_service": "galop"}))
    await store.save(tracker)

    published = [event for event in broker.published if event["event"] == "bot"]
    assert published[-2]["data"] == {"custom": {"type": "handoff", "service": {"id": "ndah"}}}
    assert published[-1]["metadata"] == {"harbour_service": "galop"}
    assert CANARY not in json.dumps(broker.published)
    stored = stored_text(store)
    assert "ndah" not in stored and "galop" not in stored  # the conversation itself keeps no service
    await store.close()


@pytest.mark.asyncio
async def test_failures_are_swallowed_logged_without_content_and_state_dropped(
    store, build_tracker, caplog, monkeypatch
):
    await store.save(build_tracker())

    def explode(events):
        raise ValueError(f"cannot redact {CANARY} for sender-1")

    monkeypatch.setattr(store, "_redact", explode)
    with caplog.at_level(logging.DEBUG, logger="harbour.privacy.store"):
        await store.save(build_tracker())

    assert store._backend.entries == {}
    assert "ValueError" in caplog.text
    assert CANARY not in caplog.text
    assert "sender-1" not in caplog.text


@pytest.mark.asyncio
async def test_failsafe_wrapper_never_falls_back_to_its_memory_store(
    store, build_tracker, monkeypatch
):
    wrapper = FailSafeTrackerStore(store)
    monkeypatch.setattr(store, "_redact", lambda events: 1 / 0)

    await wrapper.save(build_tracker())

    assert wrapper._fallback_tracker_store is None


@pytest.mark.asyncio
async def test_domain_set_later_recomputes_what_may_be_stored(domain, build_tracker):
    store = PrivacyTrackerStore()  # Rasa builds the store before the model loads
    store.domain = domain

    await store.save(build_tracker())

    assert (await store.retrieve("sender-1")).get_slot("nation") == "wales"
    await store.close()


@pytest.mark.asyncio
async def test_keep_slots_keeps_a_listed_text_slot(domain, build_tracker):
    store = PrivacyTrackerStore(domain=domain, keep_slots=["amount"])

    await store.save(build_tracker())

    assert (await store.retrieve("sender-1")).get_slot("amount") == 42.0
    await store.close()


def test_no_task_is_started_outside_an_event_loop(domain):
    store = PrivacyTrackerStore(domain=domain)

    assert store._backend._sweeper is None


def test_from_endpoint_config_reads_the_endpoints_section(domain):
    config = EndpointConfig.from_dict(
        {
            "type": "harbour.privacy.PrivacyTrackerStore",
            "backend": "memory",
            "idle_minutes": 5,
            "max_conversations": 3,
        }
    )

    store = PrivacyTrackerStore.from_endpoint_config(config, domain)

    assert store.idle_seconds == 300
    assert store._backend.max_conversations == 3
    assert store._backend.sweep_interval == 60


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"backend": "postgres"}, "backend must be one of"),
        ({"idle_minutes": 0}, "more than 0"),
        ({"idle_minutes": -5}, "more than 0"),
        ({"idle_minutes": "soon"}, "must be a number"),
        ({"max_conversations": 0}, "more than 0"),
        ({"max_conversations": 2.5}, "whole number"),
        ({"backend": "redis"}, "needs url"),
        ({"keep_slots": "place"}, "list of slot names"),
        ({"idle_minute": 5}, "Unknown tracker_store settings"),
    ],
)
def test_bad_settings_fail_loudly(domain, settings, message):
    with pytest.raises(PrivacyConfigError, match=message):
        PrivacyTrackerStore(domain=domain, **settings)


def test_bad_number_keeps_its_cause(domain):
    with pytest.raises(PrivacyConfigError) as raised:
        PrivacyTrackerStore(domain=domain, idle_minutes="soon")

    assert isinstance(raised.value.__cause__, ValueError)
