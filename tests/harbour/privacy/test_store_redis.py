"""The Redis backend against a real redis-server: expiry on every key, HMAC keys (shared behaviour: test_store_backends.py)."""

import asyncio
import json
import logging
import uuid

import pytest
import pytest_asyncio
from redis import asyncio as redis_asyncio
from rasa.shared.core.events import ActionExecuted, UserUttered

from harbour.privacy.store import (
    PrivacyBackendError,
    PrivacyConfigError,
    PrivacyTrackerStore,
)

CANARY = "CANARY-xyz"


@pytest_asyncio.fixture
async def redis_client(redis_url):
    client = redis_asyncio.from_url(redis_url, decode_responses=True)
    yield client
    await client.close(close_connection_pool=True)


@pytest.fixture
def prefix() -> str:
    return f"test-{uuid.uuid4().hex[:8]}:"


@pytest_asyncio.fixture
async def store(domain, redis_url, prefix):
    store = PrivacyTrackerStore(
        domain=domain, host=redis_url, backend="redis", key_prefix=prefix
    )
    yield store
    await store.close()


async def stored_keys(client, prefix):
    return [key async for key in client.scan_iter(match=prefix + "*")]


@pytest.mark.asyncio
async def test_every_key_expires_and_no_value_holds_text(
    store, build_tracker, redis_client, prefix
):
    for sender in ("a", "b", "c"):
        await store.save(build_tracker(sender))

    keys = await stored_keys(redis_client, prefix)

    # Keys are HMACs of the sender ids: Redis never holds a person's id.
    assert sorted(keys) == sorted(store._backend.redis_key(s) for s in ("a", "b", "c"))
    assert not [key for key in keys if key[len(prefix):] in ("a", "b", "c")]
    for key in keys:
        ttl_ms = await redis_client.pttl(key)
        assert 0 < ttl_ms <= 30 * 60 * 1000
        value = await redis_client.get(key)
        assert CANARY not in value
        assert "he's here" not in value
        json.loads(value)  # the redacted events, as JSON, and nothing else


@pytest.mark.asyncio
async def test_save_refreshes_the_expiry(
    domain, redis_url, prefix, redis_client, build_tracker
):
    store = PrivacyTrackerStore(
        domain=domain,
        host=redis_url,
        backend="redis",
        key_prefix=prefix,
        idle_minutes=1,
    )
    key = store._backend.redis_key("sender-1")
    await store.save(build_tracker())
    await redis_client.pexpire(key, 500)

    await store.save(await store.retrieve("sender-1"))

    assert await redis_client.pttl(key) > 50_000
    await store.close()


@pytest.mark.asyncio
async def test_idle_conversation_expires(domain, redis_url, prefix, build_tracker):
    store = PrivacyTrackerStore(
        domain=domain,
        host=redis_url,
        backend="redis",
        key_prefix=prefix,
        idle_minutes=0.005,  # 300 ms
    )
    await store.save(build_tracker())

    await asyncio.sleep(0.6)

    assert await store.retrieve("sender-1") is None
    assert list(await store.keys()) == []
    await store.close()


@pytest.mark.asyncio
async def test_forget_intent_and_forget_delete_the_key(
    store, build_tracker, redis_client, prefix
):
    await store.save(build_tracker("a"))
    await store.save(build_tracker("b"))
    tracker = await store.retrieve("a")
    tracker.update(UserUttered("/forget", intent={"name": "forget_conversation"}))
    tracker.update(ActionExecuted("action_listen"))

    await store.save(tracker)
    await store.forget("b")

    assert await stored_keys(redis_client, prefix) == []


@pytest.mark.asyncio
async def test_ping_gives_a_clear_error_when_redis_is_unreachable(
    domain, unused_redis_url
):
    store = PrivacyTrackerStore(domain=domain, host=unused_redis_url, backend="redis")

    with pytest.raises(PrivacyBackendError, match="redis backend .* cannot be reached"):
        await store.ping()
    await store.close()


@pytest.mark.asyncio
async def test_runtime_errors_are_swallowed_and_logged_without_content(
    domain, unused_redis_url, build_tracker, caplog
):
    store = PrivacyTrackerStore(domain=domain, host=unused_redis_url, backend="redis")

    with caplog.at_level(logging.DEBUG):
        await store.save(build_tracker("sender-secret-id"))
        assert await store.retrieve("sender-secret-id") is None
        assert list(await store.keys()) == []
        await store.forget("sender-secret-id")

    assert "ConnectionError" in caplog.text
    assert "sender-secret-id" not in caplog.text
    assert CANARY not in caplog.text
    await store.close()


@pytest.mark.parametrize("url", ["localhost:6379", "http://localhost:6379"])
def test_a_url_that_is_not_redis_fails_loudly(domain, url):
    with pytest.raises(PrivacyConfigError, match="not a Redis URL") as raised:
        PrivacyTrackerStore(domain=domain, host=url, backend="redis")

    assert raised.value.__cause__ is not None


def test_redis_without_a_key_secret_fails_loudly(domain, redis_url, monkeypatch):
    monkeypatch.delenv("HARBOUR_STORE_SECRET", raising=False)

    with pytest.raises(PrivacyConfigError, match="needs key_secret"):
        PrivacyTrackerStore(domain=domain, host=redis_url, backend="redis")
    with pytest.raises(PrivacyConfigError, match="at least 16"):
        PrivacyTrackerStore(domain=domain, host=redis_url, backend="redis", key_secret="short")


@pytest.mark.asyncio
async def test_replicas_sharing_the_secret_share_conversations(
    domain, redis_url, prefix, build_tracker
):
    first, second, other = (
        PrivacyTrackerStore(
            domain=domain, host=redis_url, backend="redis", key_prefix=prefix, key_secret=secret
        )
        for secret in ("same-secret-0123456789", "same-secret-0123456789", "another-secret-9876543210")
    )
    await first.save(build_tracker("shared"))

    assert (await second.retrieve("shared")) is not None
    assert (await other.retrieve("shared")) is None
    for store in (first, second, other):
        await store.close()


@pytest.mark.asyncio
async def test_keys_are_hmacs_of_the_sender_ids(store, build_tracker):
    await store.save(build_tracker())

    assert list(await store.keys()) == [store._backend.redis_key("sender-1")[len(store._backend.key_prefix):]]
