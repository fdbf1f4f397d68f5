"""Harbour scaled out: two Rasa replicas and two action servers behind nginx, on one Redis and one PostgreSQL.

One topology for the module, started by `ScaledStack` exactly as ``make run-scaled`` starts it
(deploy/endpoints.scaled.yml, statistics flushed every second), on free ports. Replicas are
addressed directly where a test must force which replica answers, and through nginx where the
person's path matters. The tests that kill replicas come last: the module's order is part of it.
"""
from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
import yaml

from harbour.privacy.locks import PrivacyLockStore
from harbour.scaled import DEFAULT_ENDPOINTS, ScaledStack
from tests.canary import make_canaries, redis_hits, scan
from tests.conftest import free_port, joined, post
from tests.stats_counts import settled as settled_counts
from tests.stats_counts import wait_for_delta

pytestmark = pytest.mark.e2e

CANARIES = make_canaries("SCALEKANARY", 6)
GUARD = 90  # seconds: no step waits this long unless something is broken
OFFER = "I live in Scotland"  # the guide offers to tailor by nation while it is unknown
GUIDE = "In England and Wales it's Clare's Law"
SCOTLAND = "Disclosure Scheme for Domestic Abuse Scotland"
SCOTLAND_HELPLINE = "0800 027 1234"


@pytest.fixture(scope="module")
def scaled(model_path, tmp_path_factory):
    """The topology of ``make run-scaled`` on free ports, with its log file."""
    workdir = tmp_path_factory.mktemp("scaled")
    endpoints = yaml.safe_load(DEFAULT_ENDPOINTS.read_text(encoding="utf-8"))
    endpoints["event_broker"]["flush_seconds"] = 1
    (workdir / "endpoints.yml").write_text(yaml.safe_dump(endpoints), encoding="utf-8")
    log_path = workdir / "scaled.log"
    with log_path.open("ab") as log:
        topology = ScaledStack(
            model=model_path, replicas=2, action_servers=2, public_port=free_port(), actions_port=free_port(),
            endpoints=str(workdir / "endpoints.yml"), log=log,
        ).start()
        try:
            yield topology, log_path
        finally:
            topology.stop()


def say(base_url: str, sender: str, message: str) -> List[Dict[str, Any]]:
    """One REST message to a replica or to nginx; the bot's messages."""
    status, replies = post(f"{base_url}/webhooks/rest/webhook", json.dumps({"sender": sender, "message": message}).encode())
    assert status == 200, replies
    return replies


def titles(replies: List[Dict[str, Any]]) -> List[str]:
    return [button["title"] for reply in replies for button in reply.get("buttons") or []]


def new_sender(label: str) -> str:
    return f"{label}-{CANARIES[0]}-{uuid.uuid4().hex[:8]}"


def lock_store(topology: ScaledStack) -> PrivacyLockStore:
    """The replicas' lock store, as the test's own client (same Redis, same secret, same prefix)."""
    return PrivacyLockStore(topology.redis_url, key_secret=topology.store_secret)


async def until(check, timeout: float = GUARD) -> None:
    async def poll() -> None:
        while not await check():
            await asyncio.sleep(0.02)

    await asyncio.wait_for(poll(), timeout)


def in_background(function, *args) -> "asyncio.Future":
    return asyncio.get_running_loop().run_in_executor(None, function, *args)


def test_one_conversation_alternating_between_replicas_completes_the_clares_law_guide(scaled):
    topology, _ = scaled
    first, second = topology.replica_urls
    sender = new_sender("alternate")

    assert OFFER in titles(say(first, sender, "how do I apply for clare's law"))
    # "for me" is read in the context the first replica left: the guide again, not the helplines.
    assert GUIDE in joined(say(second, sender, "for me"))
    guide = joined(say(first, sender, "I live in Glasgow"))
    assert SCOTLAND in guide
    # The nation set on the first replica is known to the second.
    assert SCOTLAND_HELPLINE in joined(say(second, sender, "which helpline can I call?"))


def test_two_messages_sent_at_once_are_answered_in_order_by_the_lock(scaled):
    """Both replicas queue behind a turn in progress and answer in ticket order, not at once."""
    topology, _ = scaled
    first, second = topology.replica_urls
    sender = new_sender("at-once")

    async def scenario() -> Tuple[list, list, list]:
        locks = lock_store(topology)
        done: List[str] = []

        def send(url: str, message: str, name: str) -> List[Dict[str, Any]]:
            replies = say(url, sender, message)
            done.append(name)
            return replies

        try:
            async with locks.lock(sender):  # a turn of this conversation is in progress
                asking = in_background(send, first, "how do I apply for clare's law", "asking")
                await until(lambda: _tickets(locks, sender, 2))
                answering = in_background(send, second, "for me", "answering")
                await until(lambda: _tickets(locks, sender, 3))
                await asyncio.sleep(1)
                assert done == [], "a replica answered while the conversation was locked"
                _, held, without_ttl = redis_hits(topology.redis_url, [sender, *CANARIES])
                assert held == [] and without_ttl == []
            replies = await asyncio.wait_for(asyncio.gather(asking, answering), GUARD)
            return replies[0], replies[1], done
        finally:
            await locks.close()

    asked, answered, done = asyncio.run(scenario())
    assert done == ["asking", "answering"]
    # Each reply fits only this order: the guide first, then "for me" read as about the guide
    # (sent first, it would have been answered with the helplines).
    assert OFFER in titles(asked)
    assert GUIDE in joined(answered) and "These people can help" not in joined(answered)
    assert SCOTLAND in joined(say(first, sender, "I live in Glasgow"))


async def _tickets(locks: PrivacyLockStore, sender: str, count: int) -> bool:
    return await locks.tickets(sender) == count


def test_redis_holds_no_text_or_sender_id_and_every_key_expires(scaled):
    topology, _ = scaled
    senders = [new_sender("canary-a"), new_sender("canary-b")]
    say(topology.replica_urls[0], senders[0], f"he's outside with a knife {CANARIES[1]}")
    say(topology.replica_urls[1], senders[0], f"which helpline can I call? {CANARIES[2]}")
    say(topology.public_url, senders[1], f"I live in Glasgow near {CANARIES[3]}, how do I apply for clare's law")
    keys, held, without_ttl = redis_hits(topology.redis_url, [*CANARIES, *senders, "knife", "Glasgow"])
    assert keys >= 2
    assert held == [], f"text or sender ids in Redis: {held}"
    assert without_ttl == [], f"keys without an expiry: {without_ttl}"


def test_statistics_from_both_replicas_add_up_in_postgresql(scaled):
    topology, _ = scaled
    first, second = topology.replica_urls
    before = settled(topology.stats_url)
    for number in range(3):
        assert "999" in joined(say(first, new_sender(f"stats-a{number}"), "he's outside with a knife"))
    for number in range(2):
        assert "999" in joined(say(second, new_sender(f"stats-b{number}"), "he's outside with a knife"))
    # The nation is given on one replica, the guide shown by the other.
    sender = new_sender("stats-guide")
    say(first, sender, "which helpline can I call?")
    assert SCOTLAND_HELPLINE in joined(say(first, sender, "I'm in Glasgow"))
    # The nation was given on the other replica: the first answer is already Scotland's scheme.
    assert SCOTLAND in joined(say(second, sender, "how do I apply for clare's law"))

    after = wait_for(topology.stats_url, before, {
        ("intent", "danger_now"): 5,
        ("outcome", "danger_response"): 5,
        ("outcome", "conversation_started"): 6,
        ("clares_law", "scotland"): 1,
    })
    assert after[("clares_law", "england")] == before[("clares_law", "england")]


BY_KIND_AND_NAME = ("kind", "name")  # summed over both replicas' channels


def settled(url: str, quiet: float = 3.0) -> Counter:
    """The counts once nothing has changed for ``quiet`` seconds (both replicas flushed)."""
    return settled_counts(url, quiet, timeout=GUARD, by=BY_KIND_AND_NAME)


def wait_for(url: str, before: Counter, expected: Dict[Tuple[str, str], int]) -> Counter:
    wait_for_delta(url, before, expected, timeout=GUARD, by=BY_KIND_AND_NAME)
    return settled(url)


def test_nginx_serves_only_the_channels_and_keeps_bodies_off_disk(scaled):
    topology, log_path = scaled
    public = topology.public_url
    for path in ("/conversations/anyone/tracker", "/model", "/status", "/version", "/", "/webhooks/rest/webhook/x"):
        status, _ = post(f"{public}{path}", b"{}")
        assert status == 404, path
    status, _ = post(f"{public}/webhooks/rest/webhook", b"x" * (1024 * 1024 + 1))
    assert status == 413
    # A body close to the limit, and a query string, both with a canary.
    big = json.dumps({"sender": new_sender("big"), "message": ("word " * 180_000) + CANARIES[4]}).encode()
    assert len(big) < 1024 * 1024
    status, replies = post(f"{public}/webhooks/rest/webhook?note={CANARIES[5]}", big)
    assert status == 200 and replies
    time.sleep(0.5)
    scanned, found = scan([topology.nginx.prefix, log_path], CANARIES)
    assert scanned >= 2
    assert found == {}, f"canaries written to disk: {found}"


def established(port: int) -> int:
    """Open TCP connections to a local port (from /proc, so no tool is needed)."""
    total = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                total += 1
    return total


def test_killing_the_replica_answering_a_message_loses_no_reply(scaled):
    """SIGKILL while a message is in flight on a replica: nginx passes it to the other, which
    waits for the dead replica's ticket to lapse and answers from the saved state."""
    topology, log_path = scaled
    public = topology.public_url
    sender = new_sender("kill")
    assert OFFER in titles(say(public, sender, "how do I apply for clare's law"))
    assert GUIDE in joined(say(public, sender, "for me"))
    log_start = log_path.stat().st_size

    async def scenario() -> List[Dict[str, Any]]:
        locks = lock_store(topology)
        try:
            async with locks.lock(sender):
                reply = in_background(say, public, sender, "I live in Glasgow")
                await until(lambda: _tickets(locks, sender, 2))
                holding = [i for i, replica in enumerate(topology.rasa) if established(replica.rasa_port)]
                assert len(holding) == 1, holding
                topology.kill_replica(holding[0])
                await until(lambda: _tickets(locks, sender, 3))  # the survivor queued it too
            return await asyncio.wait_for(reply, GUARD)
        finally:
            await locks.close()

    assert SCOTLAND in joined(asyncio.run(scenario()))
    retried = [line for line in log_path.read_bytes()[log_start:].decode(errors="replace").splitlines()
               if " rest 200 " in line and "upstream_status=[502, 200]" in line]
    assert len(retried) == 1, "nginx did not pass the message to the other replica"
    # The next message through nginx is answered with the conversation's state intact.
    assert SCOTLAND_HELPLINE in joined(say(public, sender, "which helpline can I call?"))


def test_with_no_replica_left_the_person_still_gets_999(scaled):
    topology, _ = scaled
    for index in range(len(topology.rasa)):
        topology.kill_replica(index)
    status, replies = post(f"{topology.public_url}/webhooks/rest/webhook",
                           json.dumps({"sender": new_sender("none"), "message": "he's here"}).encode())
    assert status == 503
    assert "999" in joined(replies) and "0808 2000 247" in joined(replies)
