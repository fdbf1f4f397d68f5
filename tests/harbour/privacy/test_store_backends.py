"""What both backends must do alike (memory and Redis): no text stored, what the policies use kept, forgetting."""
import json
import uuid

import pytest
import pytest_asyncio
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered

from harbour.privacy.redaction import REDACTED
from harbour.privacy.store import PrivacyTrackerStore

CANARY = "CANARY-xyz"


@pytest_asyncio.fixture(params=["memory", "redis"])
async def store(request, domain):
    if request.param == "memory":
        store = PrivacyTrackerStore(domain=domain)
    else:
        redis_url = request.getfixturevalue("redis_url")
        prefix = f"test-{uuid.uuid4().hex[:8]}:"
        store = PrivacyTrackerStore(domain=domain, host=redis_url, backend="redis", key_prefix=prefix)
    yield store
    await store.close()


async def stored_text(store: PrivacyTrackerStore) -> str:
    """Every value the backend holds, as one string (keys and values, in key order)."""
    backend = store._backend
    if store.backend_name == "memory":
        return repr(sorted((key, value) for key, (value, _) in backend.entries.items()))
    keys = sorted([key async for key in backend.client.scan_iter(match=backend.key_prefix + "*")])
    return repr([(key, await backend.client.get(key)) for key in keys])


@pytest.mark.asyncio
async def test_saved_conversation_holds_no_text(store, build_tracker):
    await store.save(build_tracker())

    assert await store.retrieve("sender-1") is not None
    assert CANARY not in await stored_text(store)
    assert "he's here" not in await stored_text(store)


@pytest.mark.asyncio
async def test_retrieved_tracker_keeps_what_policies_use(store, build_tracker, domain):
    original = build_tracker()
    await store.save(original)

    tracker = await store.retrieve("sender-1")

    assert tracker.latest_message.intent_name == "inform"
    assert tracker.latest_message.text is None
    assert [e["entity"] for e in tracker.latest_message.entities] == [
        "place",
        "nation",
        "asker",
    ]
    assert tracker.latest_action_name == "action_listen"
    assert tracker.get_slot("nation") == "wales"
    assert tracker.get_slot("asked_before") is True
    assert tracker.get_slot("mentioned") == REDACTED  # set, without its text
    assert tracker.get_slot("place") is None
    assert tracker.get_slot("amount") is None
    assert tracker.past_states(domain) == original.past_states(domain)
    assert CANARY not in json.dumps(tracker.current_state())


@pytest.mark.asyncio
async def test_entity_values_follow_the_domain_categorical_slots(store, build_tracker):
    tracker = build_tracker()
    tracker.update(
        UserUttered(
            f"/inform {CANARY}",
            intent={"name": "inform", "confidence": 1.0},
            entities=[
                {"entity": "route", "value": "sexual_violence"},  # domain only
                {"entity": "nation", "value": "northern_ireland"},
                {"entity": "route", "value": CANARY},
            ],
        )
    )

    await store.save(tracker)

    entities = (await store.retrieve("sender-1")).latest_message.entities
    assert entities == [
        {"entity": "route", "value": "sexual_violence"},
        {"entity": "nation", "value": "northern_ireland"},
        {"entity": "route"},
    ]


@pytest.mark.asyncio
async def test_saving_a_retrieved_tracker_again_changes_nothing(store, build_tracker):
    await store.save(build_tracker())
    first = await stored_text(store)

    await store.save(await store.retrieve("sender-1"))

    assert await stored_text(store) == first


@pytest.mark.asyncio
async def test_only_the_latest_session_is_kept(store, build_tracker):
    tracker = build_tracker()
    for event in (
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
    ):
        tracker.update(event)

    await store.save(tracker)
    retrieved = await store.retrieve("sender-1")

    assert len(retrieved.events) == 3
    assert retrieved.latest_message.intent_name is None


@pytest.mark.asyncio
async def test_forget_intent_deletes_the_conversation(store, build_tracker):
    await store.save(build_tracker())
    tracker = await store.retrieve("sender-1")
    tracker.update(
        UserUttered(
            "please forget this",
            intent={"name": "forget_conversation", "confidence": 0.99},
        )
    )
    tracker.update(ActionExecuted("utter_greet"))

    await store.save(tracker)

    assert await store.retrieve("sender-1") is None
    assert list(await store.keys()) == []


@pytest.mark.asyncio
async def test_forget_deletes_at_once(store, build_tracker):
    await store.save(build_tracker("a"))
    await store.save(build_tracker("b"))

    await store.forget("a")
    await store.forget("never-seen")

    assert await store.retrieve("a") is None
    assert await store.retrieve("b") is not None
    assert len(list(await store.keys())) == 1
