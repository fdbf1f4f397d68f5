"""The privacy canary: unique strings typed into real conversations are found nowhere afterwards.

One Harbour stack runs with the most verbose logging and the Redis backend, so the stored
conversation can be read back through the store's own interface after every turn; the shared
stack (memory backend, default logging) is used too. Then every file the processes could have
written — the project tree, temp dirs, home, both stacks' logs — and every Redis key and value
are searched for the canaries and the senders' ids.
"""
from __future__ import annotations

import asyncio
import json

import pytest

from rasa.shared.core.domain import Domain

from harbour.privacy.store import PrivacyTrackerStore
from harbour.stack import ROOT, Stack
from tests.canary import default_places, make_canaries, redis_hits, scan
from tests.conftest import chat, free_port

pytestmark = pytest.mark.e2e

CANARIES = make_canaries("KANARY", 8)
SENDERS = [f"sender-{c[-11:]}" for c in CANARIES[:4]]
# Conversations a real person might have, each carrying canary text (and a place).
SCRIPTS = [
    [f"hi my name is {CANARIES[0]}", f"he's outside with a knife {CANARIES[1]}", "/forget_conversation"],
    [f"how do I apply for clare's law about {CANARIES[2]}", '/inform{"asker": "self"}', f"I live in Glasgow near {CANARIES[3]}"],
    [f"he takes my wages at {CANARIES[4]} and checks my phone", "which helpline can I call?", f"I'm in Cardiff {CANARIES[5]}"],
    [f"<script>{CANARIES[6]}</script>", ("x " * 3000) + CANARIES[7], "is this abuse?", "/affirm"],
]
NEEDLES = CANARIES + SENDERS


@pytest.fixture(scope="module")
def verbose_stack(model_path, redis_url, tmp_path_factory):
    """A second stack: --debug logging and the Redis backend of the privacy store."""
    workdir = tmp_path_factory.mktemp("canary")
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(
        "action_endpoint:\n  url: ${ACTION_SERVER_URL}\n"
        "tracker_store:\n  type: harbour.privacy.PrivacyTrackerStore\n  backend: redis\n"
        f"  url: {redis_url}\n  idle_minutes: 30\n  key_prefix: 'canary:'\n"
    )
    log_path = workdir / "verbose.log"
    with log_path.open("ab") as log:
        running = Stack(
            model=model_path, rasa_port=free_port(), actions_port=free_port(),
            endpoints=str(endpoints), debug=True, log=log,
        ).start()
        try:
            yield running, log_path
        finally:
            running.stop()


def stored(redis_url: str, sender: str) -> str:
    async def read() -> str:
        # The secret comes from the environment, as in the stack.
        store = PrivacyTrackerStore(
            domain=Domain.load(str(ROOT / "domain.yml")), host=redis_url, backend="redis", key_prefix="canary:"
        )
        try:
            tracker = await store.retrieve(sender)
            return json.dumps(tracker.current_state()) if tracker else ""
        finally:
            await store.close()

    return asyncio.run(read())


def test_canaries_are_stored_nowhere(verbose_stack, stack, stack_log, redis_url):
    verbose, verbose_log = verbose_stack
    replies = []
    for sender, script in zip(SENDERS, SCRIPTS):
        for message in script:
            replies.extend(chat(verbose, sender, message))
            held = stored(redis_url, sender)
            assert not [c for c in CANARIES if c in held], f"stored tracker of {sender} holds text"
        for message in script:  # the same conversations through the default (memory) stack
            replies.extend(chat(stack, "mem-" + sender, message))
    assert any("999" in (r.get("text") or "") for r in replies)
    # The bot never echoes what the person typed.
    assert not [c for c in CANARIES if c in json.dumps(replies)]

    verbose.stop()  # flush and close everything it had open
    keys, in_redis, without_expiry = redis_hits(redis_url, NEEDLES)
    assert keys >= 3, "the Redis backend should hold the live conversations"
    assert not in_redis, f"canaries or sender ids in Redis: {in_redis}"
    assert not without_expiry, f"Redis keys without an expiry: {without_expiry}"

    scanned, found = scan(default_places(verbose_log, stack_log), NEEDLES)
    assert scanned > 100, "the scan did not look at enough files to mean anything"
    assert verbose_log.stat().st_size > 10_000, "the --debug log should be verbose"
    assert not found, f"canaries or sender ids written to disk: {found}"
