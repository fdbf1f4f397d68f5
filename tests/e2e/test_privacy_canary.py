"""The privacy canary: unique strings typed into real conversations are found nowhere afterwards.

One Harbour stack runs with the most verbose logging and the Redis backend, so the stored
conversation can be read back through the store's own interface after every turn; the shared
stack (memory backend, default logging) is used too. Conversations go through both the REST and
the Telegram channel (Telegram pointed at the fake Bot API). Then every file the processes could
have written — the project tree, temp dirs, home, both stacks' logs — and every Redis key and
value are searched for the canaries, the senders' ids, the Telegram chat ids, the bot token and
the webhook secret; and the logs for the text of every reply the fake Bot API received, which
must be the only place that text went.
"""
from __future__ import annotations

import asyncio
import json

import pytest

from rasa.shared.core.domain import Domain

from harbour.channels.telegram.settings import sender_id_for, sender_key
from harbour.privacy.store import PrivacyTrackerStore
from harbour.stack import ROOT, Stack
from tests.canary import default_places, make_canaries, redis_hits, scan
from tests.conftest import chat, free_port
from tests.telegram import SECRET, TOKEN, TelegramChat, message, telegram_env, update

pytestmark = pytest.mark.e2e

CANARIES = make_canaries("KANARY", 8)
SENDERS = [f"sender-{c[-11:]}" for c in CANARIES[:4]]
# Conversations a real person might have, each carrying canary text (and a place).
SCRIPTS = [
    [f"hi my name is {CANARIES[0]}", f"he's outside with a knife {CANARIES[1]}", "/forget_conversation"],
    [f"how do I apply for clare's law about {CANARIES[2]}", "for me", f"I live in Glasgow near {CANARIES[3]}"],
    [f"he takes my wages at {CANARIES[4]} and checks my phone", "which helpline can I call?", f"I'm in Cardiff {CANARIES[5]}"],
    [f"<script>{CANARIES[6]}</script>", ("x " * 3000) + CANARIES[7], "is this abuse?", "/affirm"],
]
NEEDLES = CANARIES + SENDERS

TG_CANARIES = make_canaries("TGKANARY", 8)
PHOTO = [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]
# Telegram conversations: ("say", text), ("press", button title), ("photo", caption), ("edit", text).
TG_SCRIPTS = [
    [("say", "/start"), ("press", "Clare's Law"), ("say", f"how do I apply for clare's law? his name is {TG_CANARIES[0]}"),
     ("press", "Asking for someone else"), ("say", f"I live in Glasgow near {TG_CANARIES[1]}"), ("say", "/forget")],
    [("say", f"he's outside with a knife {TG_CANARIES[2]}"), ("photo", f"look {TG_CANARIES[3]}"),
     ("edit", f"{TG_CANARIES[4]} he's here"), ("say", "which helpline can I call?"), ("press", "LGBT"),
     ("say", "forget this conversation")],
    [("say", f"<b>{TG_CANARIES[5]}</b>"), ("say", ("x " * 3000) + TG_CANARIES[6]),
     ("say", f"can I talk to a real person {TG_CANARIES[7]}"), ("photo", None), ("say", "/help")],
]


@pytest.fixture(scope="module")
def verbose_stack(model_path, redis_url, telegram_api, tmp_path_factory):
    """A second stack: --debug logging, the Redis backend, and Telegram on the fake Bot API."""
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
            endpoints=str(endpoints), debug=True, log=log, extra_env=telegram_env(telegram_api),
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


def telegram_conversations(verbose, stack, telegram_api, redis_url):
    """Runs TG_SCRIPTS through both stacks; returns the chat ids used, on both."""
    key, _ = sender_key()  # HARBOUR_STORE_SECRET, as in the stacks
    chat_ids = []
    for script in TG_SCRIPTS:
        for running in (verbose, stack):
            person = TelegramChat(running.rasa_url, telegram_api)
            chat_ids.append(person.chat_id)
            sender = sender_id_for(person.chat_id, key)
            for action, text in script:
                if action == "say":
                    person.say(text)
                elif action == "press":
                    person.press(text)
                elif action == "photo":
                    person.send(photo=PHOTO, **({"caption": text} if text else {}))
                else:
                    edited = {**message(person.chat_id, person.person_ids[-1], text), "edit_date": 1}
                    person.post(update(edited_message=edited))
                if running is verbose:
                    held = stored(redis_url, sender)
                    assert not [c for c in TG_CANARIES if c in held], "stored Telegram tracker holds text"
                    assert str(person.chat_id) not in held
            if running is verbose and script[-1][1] in ("/forget", "forget this conversation"):
                assert stored(redis_url, sender) == "", "/forget left the conversation in the store"
    return chat_ids


def test_canaries_are_stored_nowhere(verbose_stack, stack, stack_log, redis_url, telegram_api):
    verbose, verbose_log = verbose_stack
    replies = []
    for sender, script in zip(SENDERS, SCRIPTS):
        for text in script:
            replies.extend(chat(verbose, sender, text))
            held = stored(redis_url, sender)
            assert not [c for c in CANARIES if c in held], f"stored tracker of {sender} holds text"
        for text in script:  # the same conversations through the default (memory) stack
            replies.extend(chat(stack, "mem-" + sender, text))
    assert any("999" in (r.get("text") or "") for r in replies)
    # The bot never echoes what the person typed.
    assert not [c for c in CANARIES if c in json.dumps(replies)]

    chat_ids = telegram_conversations(verbose, stack, telegram_api, redis_url)
    delivered = [m for chat_id in chat_ids for m in telegram_api.sent_to(chat_id)]
    assert any("999" in m["text"] for m in delivered)
    assert len(telegram_api.calls_of("deleteMessages")) >= 4  # /forget and "forget", both stacks
    assert not [c for c in TG_CANARIES if c in json.dumps(delivered)], "the bot echoed Telegram text"
    key, _ = sender_key()
    tg_needles = TG_CANARIES + [str(c) for c in chat_ids] + [sender_id_for(c, key) for c in chat_ids]
    needles = NEEDLES + tg_needles + [TOKEN, TOKEN.split(":")[1], SECRET]

    verbose.stop()  # flush and close everything it had open
    keys, in_redis, without_expiry = redis_hits(redis_url, needles)
    assert keys >= 3, "the Redis backend should hold the live conversations"
    assert not in_redis, f"canaries or sender ids in Redis: {in_redis}"
    assert not without_expiry, f"Redis keys without an expiry: {without_expiry}"

    scanned, found = scan(default_places(verbose_log, stack_log), needles)
    assert scanned > 100, "the scan did not look at enough files to mean anything"
    assert verbose_log.stat().st_size > 10_000, "the --debug log should be verbose"
    assert not found, f"canaries, sender ids, chat ids or Telegram secrets written to disk: {found}"
    print(f"canary scan: {len(needles)} needles, {keys} Redis keys (all expiring), {scanned} files, "
          f"--debug log {verbose_log.stat().st_size:,} bytes: 0 hits")  # for the closing note (-rP)

    # The text of what the bot sent over Telegram went to the Bot API (the fake, in memory) only.
    reply_lines = {line for m in delivered for line in m["text"].splitlines() if len(line) >= 30}
    assert len(reply_lines) > 10
    for log_path in (verbose_log, stack_log):
        log = log_path.read_text(errors="replace")
        leaked = sorted(line for line in reply_lines if line in log)
        assert not leaked, f"reply text in {log_path.name}: {leaked[:3]}"
