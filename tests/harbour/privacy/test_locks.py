"""Harbour's lock store against a real redis-server: Rasa's ticket order across replicas, no sender ids.

Two store instances on one Redis stand for two replicas (each has its own connections).
"""
from __future__ import annotations

import asyncio
import logging
import uuid

import pytest
import pytest_asyncio
from rasa.core.lock_store import LockError, LockStore
from redis import asyncio as redis_asyncio
from rasa.utils.endpoints import EndpointConfig

from harbour.privacy.locks import PrivacyLockStore
from harbour.privacy.store import PrivacyBackendError, PrivacyConfigError
from tests.canary import redis_hits

GUARD_SECONDS = 30  # no test waits this long unless the lock store is broken


@pytest.fixture
def prefix() -> str:
    return f"locktest-{uuid.uuid4().hex[:8]}:"


@pytest.fixture
def sender() -> str:
    return f"tg-chat-{uuid.uuid4().hex}"


@pytest_asyncio.fixture
async def replicas(redis_url, prefix):
    """Two lock stores on one Redis, as two replicas would have."""
    stores = [PrivacyLockStore(redis_url, key_prefix=prefix, lease_seconds=2) for _ in range(2)]
    yield stores
    for store in stores:
        await store.close()


@pytest_asyncio.fixture
async def redis_client(redis_url):
    client = redis_asyncio.from_url(redis_url)
    yield client
    await client.close(close_connection_pool=True)


async def wait_for_tickets(store: PrivacyLockStore, sender: str, count: int) -> None:
    async def poll() -> None:
        while await store.tickets(sender) != count:
            await asyncio.sleep(0.005)

    await asyncio.wait_for(poll(), GUARD_SECONDS)


async def dead_ticket(store: PrivacyLockStore, sender: str, lifetime_ms: int, lease_ms: int) -> int:
    """A ticket whose owner died at once: issued, never renewed, never released."""
    ticket, _ = await store._run(store._issue, store.redis_key(sender), lifetime_ms, lease_ms)
    return ticket


@pytest.mark.asyncio
async def test_keys_are_hmacs_that_expire_and_hold_no_sender_id(replicas, redis_client, redis_url, prefix, sender):
    store = replicas[0]
    async with store.lock(sender):
        keys = [key.decode() async for key in redis_client.scan_iter(match=prefix + "*")]
        assert keys == [store.redis_key(sender)]
        assert sender not in keys[0]
        fields = await redis_client.hgetall(keys[0])
        assert set(fields) == {b"n", b"t:1"}
        assert 0 < await redis_client.pttl(keys[0]) <= 61_000
        _, holding_needle, without_ttl = redis_hits(redis_url, [sender])
        assert keys[0] not in holding_needle and keys[0] not in without_ttl
    assert [key async for key in redis_client.scan_iter(match=prefix + "*")] == []


@pytest.mark.asyncio
async def test_both_replicas_use_the_same_key_and_another_secret_another(redis_url, prefix, sender, replicas):
    other = PrivacyLockStore(redis_url, key_prefix=prefix, key_secret="another-secret-of-24-chars")
    try:
        assert replicas[0].redis_key(sender) == replicas[1].redis_key(sender)
        assert other.redis_key(sender) != replicas[0].redis_key(sender)
        assert replicas[0].redis_key(sender) != replicas[0].redis_key(sender + "x")
    finally:
        await other.close()


@pytest.mark.asyncio
async def test_tickets_are_served_in_the_order_issued_across_replicas(replicas, sender):
    order, inside = [], []

    async def message(number: int) -> None:
        async with replicas[number % 2].lock(sender):
            inside.append(number)
            assert len(inside) == 1, "two turns of one conversation ran at once"
            await asyncio.sleep(0.01)
            order.append(number)
            inside.remove(number)

    tasks = []
    async with replicas[0].lock(sender):
        for number in range(6):  # issued one after another, alternating replicas
            tasks.append(asyncio.create_task(message(number)))
            await wait_for_tickets(replicas[1], sender, number + 2)
        assert order == []  # nobody got in while the lock was held
    await asyncio.wait_for(asyncio.gather(*tasks), GUARD_SECONDS)
    assert order == [0, 1, 2, 3, 4, 5]
    assert await replicas[0].tickets(sender) == 0


@pytest.mark.asyncio
async def test_no_two_turns_overlap_under_contention(replicas, sender):
    state = {"count": 0, "inside": 0, "most": 0}

    async def turn(number: int) -> None:
        async with replicas[number % 2].lock(sender):
            state["inside"] += 1
            state["most"] = max(state["most"], state["inside"])
            seen = state["count"]
            await asyncio.sleep(0.002)
            state["count"] = seen + 1
            state["inside"] -= 1

    await asyncio.wait_for(asyncio.gather(*(turn(n) for n in range(30))), GUARD_SECONDS)
    assert state == {"count": 30, "inside": 0, "most": 1}


@pytest.mark.asyncio
async def test_other_conversations_are_not_held_up(replicas, sender):
    async with replicas[0].lock(sender):
        async with replicas[1].lock(sender + "-other"):
            assert await replicas[1].tickets(sender) == 1


@pytest.mark.asyncio
async def test_the_ticket_of_a_replica_that_died_expires_after_its_lease(replicas, sender):
    await dead_ticket(replicas[0], sender, lifetime_ms=60_000, lease_ms=1_500)
    entered = asyncio.Event()

    async def next_message() -> None:
        async with replicas[1].lock(sender):
            entered.set()

    task = asyncio.create_task(next_message())
    await wait_for_tickets(replicas[1], sender, 2)
    assert not entered.is_set()  # the dead ticket is served first...
    await asyncio.wait_for(task, GUARD_SECONDS)  # ...until its lease runs out, long before 60 s
    assert entered.is_set()


@pytest.mark.asyncio
async def test_a_live_holder_keeps_its_ticket_beyond_the_lease(redis_url, prefix, sender):
    holder = PrivacyLockStore(redis_url, key_prefix=prefix, lease_seconds=0.3)
    waiter = PrivacyLockStore(redis_url, key_prefix=prefix, lease_seconds=0.3)
    events = []
    try:
        async def hold() -> None:
            async with holder.lock(sender):
                events.append("held")
                await asyncio.sleep(1.5)  # five leases
                events.append("released")

        async def wait() -> None:
            async with waiter.lock(sender):
                events.append("next")

        first = asyncio.create_task(hold())
        await wait_for_tickets(holder, sender, 1)
        await asyncio.wait_for(asyncio.gather(first, wait()), GUARD_SECONDS)
        assert events == ["held", "released", "next"]
    finally:
        await holder.close()
        await waiter.close()


@pytest.mark.asyncio
async def test_a_held_ticket_still_expires_after_the_lock_lifetime_as_in_rasa(replicas, sender, caplog):
    events = []

    async def slow_turn() -> None:
        async with replicas[0].lock(sender, lock_lifetime=0.5):
            events.append("slow in")
            await asyncio.sleep(2)
            events.append("slow out")

    async def next_turn() -> None:
        async with replicas[1].lock(sender):
            events.append("next in")

    with caplog.at_level(logging.WARNING, logger="harbour.privacy.locks"):
        slow = asyncio.create_task(slow_turn())
        await wait_for_tickets(replicas[0], sender, 1)
        await asyncio.wait_for(asyncio.gather(slow, next_turn()), GUARD_SECONDS)
    assert events == ["slow in", "next in", "slow out"]
    assert "outlived its lock ticket" in caplog.text


@pytest.mark.asyncio
async def test_a_ticket_that_expires_while_waiting_raises_lock_error_as_in_rasa(replicas, sender):
    await dead_ticket(replicas[0], sender, lifetime_ms=60_000, lease_ms=60_000)
    with pytest.raises(LockError):
        async with replicas[1].lock(sender, lock_lifetime=0.3):
            pytest.fail("entered although an earlier ticket was live")
    assert await replicas[1].tickets(sender) == 1  # only the dead one, until it expires


@pytest.mark.asyncio
async def test_a_cancelled_message_gives_back_its_ticket_at_once(replicas, sender):
    async with replicas[0].lock(sender):
        waiting = asyncio.create_task(replicas[1].lock(sender).__aenter__())
        await wait_for_tickets(replicas[1], sender, 2)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert await replicas[1].tickets(sender) == 1


@pytest.mark.asyncio
async def test_a_message_cancelled_while_its_ticket_is_issued_gives_it_back(replicas, sender, redis_url, prefix):
    store = PrivacyLockStore(redis_url, key_prefix=prefix, lease_seconds=60)  # lapsing would take a minute
    redis_may_answer = asyncio.Event()
    issue = store._issue

    async def slow_issue(**kwargs):
        await redis_may_answer.wait()
        return await issue(**kwargs)

    store._issue = slow_issue
    waiting = asyncio.create_task(store.lock(sender).__aenter__())
    await asyncio.sleep(0.05)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    redis_may_answer.set()  # the ticket is issued after all...
    store._issue = issue
    await wait_for_tickets(replicas[1], sender, 0)  # ...and given back at once, not after its lease
    async with replicas[1].lock(sender):
        pass
    await store.close()


@pytest.mark.asyncio
async def test_an_error_in_the_turn_still_releases_the_lock(replicas, sender):
    with pytest.raises(RuntimeError):
        async with replicas[0].lock(sender):
            raise RuntimeError("the turn failed")
    assert await replicas[0].tickets(sender) == 0


@pytest.mark.asyncio
async def test_without_redis_turns_are_ordered_in_the_process_and_nothing_is_logged(unused_redis_url, sender, caplog):
    store = PrivacyLockStore(unused_redis_url)
    state = {"inside": 0, "most": 0}

    async def turn() -> None:
        async with store.lock(sender):
            state["inside"] += 1
            state["most"] = max(state["most"], state["inside"])
            await asyncio.sleep(0.01)
            state["inside"] -= 1

    try:
        with caplog.at_level(logging.ERROR, logger="harbour.privacy.locks"):
            await asyncio.wait_for(asyncio.gather(*(turn() for _ in range(4))), GUARD_SECONDS)
        assert state["most"] == 1
        assert store._local == {}
        assert "ordered within this replica only" in caplog.text
        assert sender not in caplog.text and store.redis_key(sender) not in caplog.text
        with pytest.raises(PrivacyBackendError, match="cannot be reached"):
            await store.ping()
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_rasa_builds_it_from_the_lock_store_section(redis_url, prefix, sender):
    store = LockStore.create(
        EndpointConfig(url=redis_url, type="harbour.privacy.PrivacyLockStore", key_prefix=prefix, lease_seconds=5)
    )
    try:
        assert isinstance(store, PrivacyLockStore) and store.lease_ms == 5000
        async with store.lock(sender):
            assert await store.tickets(sender) == 1
        await store.ping()
    finally:
        await store.close()


@pytest.mark.parametrize(
    "settings, message",
    [
        ({}, "needs url"),
        ({"url": "http://127.0.0.1:1/"}, "not a Redis URL"),
        ({"url": "redis://127.0.0.1:1/0", "key_prefix": ""}, "key_prefix"),
        ({"url": "redis://127.0.0.1:1/0", "lease_seconds": "soon"}, "lease_seconds"),
        ({"url": "redis://127.0.0.1:1/0", "lease_seconds": 0}, "lease_seconds"),
        ({"url": "redis://127.0.0.1:1/0", "key_secret": "short"}, "at least 16"),
        ({"url": "redis://127.0.0.1:1/0", "host": "redis"}, "Unknown lock_store settings"),
    ],
)
def test_settings_it_cannot_honour_are_refused(settings, message):
    with pytest.raises(PrivacyConfigError, match=message):
        PrivacyLockStore(endpoint_config=EndpointConfig.from_dict({"type": "x", **settings}))


def test_no_secret_no_store(monkeypatch):
    monkeypatch.delenv("HARBOUR_STORE_SECRET", raising=False)
    with pytest.raises(PrivacyConfigError, match="HARBOUR_STORE_SECRET"):
        PrivacyLockStore("redis://127.0.0.1:1/0")


def test_rasa_s_synchronous_steps_are_not_offered(redis_url):
    store = PrivacyLockStore(redis_url)
    with pytest.raises(NotImplementedError, match="lock\\(\\) only"):
        store.get_lock("anyone")
    with pytest.raises(LockError):  # Rasa's own step wraps it
        store.issue_ticket("anyone")
