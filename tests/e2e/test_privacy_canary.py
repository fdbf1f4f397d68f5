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
import os
import tempfile
import uuid
from pathlib import Path

import pytest
from redis import Redis

from harbour.privacy.store import PrivacyTrackerStore
from harbour.stack import ROOT, Stack
from tests.conftest import chat, free_port

pytestmark = pytest.mark.e2e

RUN = uuid.uuid4().hex[:10]
CANARIES = [f"KANARY{RUN}{n}" for n in range(8)]
SENDERS = [f"sender-{RUN}-{n}" for n in range(4)]
# Conversations a real person might have, each carrying canary text (and a place).
SCRIPTS = [
    [f"hi my name is {CANARIES[0]}", f"he's outside with a knife {CANARIES[1]}", "/forget_conversation"],
    [f"how do I apply for clare's law about {CANARIES[2]}", '/inform{"asker": "self"}', f"I live in Glasgow near {CANARIES[3]}"],
    [f"he takes my wages at {CANARIES[4]} and checks my phone", "which helpline can I call?", f"I'm in Cardiff {CANARIES[5]}"],
    [f"<script>{CANARIES[6]}</script>", ("x " * 3000) + CANARIES[7], "is this abuse?", "/affirm"],
]
SKIP_DIRS = {".git", ".venv", "node_modules", ".pyenv", "pip", ".npm", ".cache", "__pycache__", "proc"}
NEEDLES = [c.encode() for c in CANARIES] + [s.encode() for s in SENDERS]


def files_under(top: Path):
    for dirpath, dirnames, filenames in os.walk(top, onerror=lambda _: None):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            path = Path(dirpath) / name
            try:
                if path.is_file() and not path.is_symlink() and path.stat().st_size < 200_000_000:
                    yield path
            except OSError:
                continue


def hits_in(path: Path):
    try:
        data = path.read_bytes()
    except OSError:
        return []
    return [n.decode() for n in NEEDLES if n in data]


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
        store = PrivacyTrackerStore(host=redis_url, backend="redis", key_prefix="canary:")
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
    redis = Redis.from_url(redis_url)
    keys = list(redis.scan_iter("*"))
    for key in keys:
        value = redis.dump(key) or b""
        assert not [n for n in NEEDLES if n in key or n in value], key
        if key.startswith(b"canary:"):
            assert redis.pttl(key) > 0, f"{key!r} has no expiry"

    places = [verbose_log, stack_log, ROOT, Path(tempfile.gettempdir()), Path.home()]
    scanned, found = 0, {}
    for place in places:
        for path in ([place] if place.is_file() else files_under(place)):
            scanned += 1
            hits = hits_in(path)
            if hits:
                found[str(path)] = hits
    assert scanned > 100, "the scan did not look at enough files to mean anything"
    assert verbose_log.stat().st_size > 10_000, "the --debug log should be verbose"
    assert not found, f"canaries or sender ids written to disk: {found}"
