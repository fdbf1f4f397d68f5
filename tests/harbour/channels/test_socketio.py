"""The socket.io channel: allowed origins, input checks, never-empty replies, sessions, forget.

A real socket.io server (the channel's blueprint on a Sanic app in this event loop) and a real
python-socketio client; the real domain and a real privacy store. Only Rasa's message handling is
replaced, by a small function that answers the way a test needs (the e2e tests use the real one).
"""
from __future__ import annotations

import asyncio
import json
import logging
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Awaitable, Callable, Dict, List, Optional

import httpx
import pytest
import pytest_asyncio
import socketio
from rasa.core.channels.channel import UserMessage
from rasa.core.lock_store import InMemoryLockStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Sanic

from harbour.channels import inputs as guard
from harbour.channels.socketio import SocketIOInput, valid_session_id
from harbour.privacy.store import PrivacyTrackerStore
from tests.sanic_server import serving

ROOT = Path(__file__).resolve().parents[3]
PAGE = "http://127.0.0.1:8123"
SESSION = "0f8fad5b-d9cb-469f-a165-70867728950e"
Handler = Callable[[UserMessage], Awaitable[Any]]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


class Harness:
    """The channel served on a free port, with a stand-in for Rasa's message handling."""

    def __init__(self, url: str, store: PrivacyTrackerStore, channel: SocketIOInput) -> None:
        self.url = url
        self.store = store
        self.channel = channel
        self.received: List[UserMessage] = []
        self.answer: Handler = self.echo_topic

    async def echo_topic(self, message: UserMessage) -> None:
        """Answers like Rasa would: two messages, the second with buttons."""
        await message.output_channel.send_response(message.sender_id, {"text": "First part\n\nSecond part"})
        await message.output_channel.send_response(
            message.sender_id, {"text": "Which?", "buttons": [{"title": "Scotland", "payload": "/inform"}]}
        )

    async def handle(self, message: UserMessage) -> None:
        self.received.append(message)
        await self.answer(message)

    async def client(self, origin: Optional[str] = PAGE, auth: Optional[Dict[str, Any]] = None) -> "Client":
        client = Client()
        await client.sio.connect(
            self.url, headers={"Origin": origin} if origin else {}, auth=auth, transports=["polling"], wait_timeout=5
        )
        return client


class Client:
    """A python-socketio client that collects what the bot sends."""

    def __init__(self) -> None:
        self.sio = socketio.AsyncClient(reconnection=False)
        self.bot: List[Dict[str, Any]] = []
        self.key: Optional[str] = None
        self.sio.on("bot_uttered", self.bot.append)

    async def close(self) -> None:
        """Drops the connection at once (a graceful close waits out the long poll, ~30 s)."""
        await self.sio.eio.disconnect(abort=True)

    async def say(self, message: Any, **extra: Any) -> List[Dict[str, Any]]:
        """Sends one message; returns the bot's messages once the turn is acknowledged."""
        self.bot.clear()
        ack = await self.sio.call("user_uttered", {"message": message, **extra}, timeout=10)
        assert ack["ok"] is True and set(ack) <= {"ok", "key"}
        self.key = ack.get("key", self.key)
        await asyncio.sleep(0.05)  # let the last emit land (acks can overtake room emits)
        return list(self.bot)


@pytest_asyncio.fixture
async def harness(domain):
    channel = SocketIOInput(cors_allowed_origins=[PAGE])
    app = Sanic(f"socketio_test_{uuid.uuid4().hex[:8]}", configure_logging=False)
    store = PrivacyTrackerStore(domain=domain, backend="memory")
    app.ctx.agent = SimpleNamespace(domain=domain, lock_store=InMemoryLockStore(), tracker_store=store)
    state = {}

    async def on_new_message(message: UserMessage) -> None:
        await state["harness"].handle(message)

    app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/socketio")
    async with serving(app) as url:
        state["harness"] = Harness(url, store, channel)
        clients: List[Client] = []
        original = state["harness"].client

        async def tracked(*args: Any, **kwargs: Any) -> Client:
            client = await original(*args, **kwargs)
            clients.append(client)
            return client

        state["harness"].client = tracked
        try:
            yield state["harness"]
        finally:
            for client in clients:
                await client.close()
            await store.close()


def texts(messages: List[Dict[str, Any]]) -> str:
    return "\n".join(m.get("text", "") for m in messages)


@pytest.mark.asyncio
async def test_replies_arrive_in_order_with_buttons_as_quick_replies(harness):
    client = await harness.client(auth={"session_id": SESSION})
    replies = await client.say("hello")
    assert [m["text"] for m in replies] == ["First part", "Second part", "Which?"]
    assert replies[-1]["quick_replies"] == [{"content_type": "text", "title": "Scotland", "payload": "/inform"}]
    message = harness.received[0]
    assert (message.text, message.sender_id, message.input_channel) == ("hello", SESSION, "socketio")
    assert message.metadata is None


@pytest.mark.asyncio
async def test_client_metadata_is_not_passed_to_rasa(harness):
    client = await harness.client(auth={"session_id": SESSION})
    await client.say("hello", metadata={"name": "Jo"})
    assert harness.received[0].metadata is None


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "message, response",
    [
        ("", guard.EMPTY),
        ("   ", guard.EMPTY),
        (None, guard.EMPTY),
        (42, guard.EMPTY),
        ("x" * (guard.max_message_chars() + 1), guard.TOO_LONG),
        ("blah " * 2000 + "he's outside with a knife", "utter_danger"),
        ("/no_such_intent", guard.UNKNOWN_BUTTON),
        ('/inform{"nation": "atlantis"}', guard.UNKNOWN_BUTTON),
        ('/inform{"nation": ["scotland"]}', guard.UNKNOWN_BUTTON),
        ('/inform{"nation": {"scotland": 1}}', guard.UNKNOWN_BUTTON),
        ('/inform{"a": ' + "[" * 1_500 + "]" * 1_500 + "}", guard.UNKNOWN_BUTTON),
    ],
    ids=["empty", "spaces", "null", "number", "too long", "danger in too long", "unknown intent", "unknown value",
         "list value", "object value", "deeply nested"],
)
async def test_bad_input_gets_the_domain_response_and_never_reaches_rasa(harness, domain, message, response):
    client = await harness.client(auth={"session_id": SESSION})
    replies = await client.say(message)
    expected = guard.render_response(domain, response)[0]
    assert texts(replies).replace("\n", "") == expected["text"].replace("\n", "")
    if expected.get("buttons"):
        assert [b["title"] for b in replies[-1]["quick_replies"]] == [b["title"] for b in expected["buttons"]]
    assert harness.received == []


@pytest.mark.asyncio
async def test_danger_in_an_oversized_message_gets_999(harness):
    client = await harness.client(auth={"session_id": SESSION})
    assert "999" in texts(await client.say("blah " * 2000 + "he's got a knife"))


@pytest.mark.asyncio
async def test_a_message_with_no_data_object_gets_the_empty_reply(harness, domain):
    client = await harness.client(auth={"session_id": SESSION})
    client.bot.clear()
    assert (await client.sio.call("user_uttered", "just a string", timeout=10))["ok"] is True
    await asyncio.sleep(0.05)
    assert "I didn't get a message" in texts(client.bot)


async def _silent(message: UserMessage) -> None:
    return None


async def _broken(message: UserMessage) -> None:
    raise RuntimeError("the action server is down")


@pytest.mark.asyncio
@pytest.mark.parametrize("answer", [_silent, _broken], ids=["no reply", "rasa failed"])
async def test_a_turn_without_a_reply_still_gets_999_and_the_national_line(harness, answer):
    harness.answer = answer
    client = await harness.client(auth={"session_id": SESSION})
    text = texts(await client.say("which helpline?"))
    assert "999" in text and "0808 2000 247" in text


@pytest.mark.asyncio
async def test_handoff_cards_arrive_whole_as_custom(harness):
    card = {"type": "handoff", "service": {"name": "National Domestic Abuse Helpline", "tel": "+448082000247"}}

    async def handoff(message: UserMessage) -> None:
        await message.output_channel.send_response(message.sender_id, {"custom": dict(card)})

    harness.answer = handoff
    client = await harness.client(auth={"session_id": SESSION})
    assert await client.say("a person please") == [{"custom": card}]


@pytest.mark.asyncio
async def test_a_reconnect_with_the_same_session_id_continues_the_conversation(harness):
    first = await harness.client(auth={"session_id": SESSION})
    await first.say("one")
    assert first.key == harness.channel.key_for(SESSION)
    await first.close()  # dropped: the server may not have noticed yet, so the key is what counts
    second = await harness.client(auth={"session_id": SESSION, "key": first.key})
    await second.say("two")
    assert [m.sender_id for m in harness.received] == [SESSION, SESSION]


@pytest.mark.asyncio
async def test_a_second_socket_offering_a_known_id_gets_a_conversation_of_its_own(harness):
    """The probe: a second socket with a known id received that conversation's replies."""
    owner = await harness.client(auth={"session_id": SESSION})
    await owner.say("mine")
    intruder = await harness.client(auth={"session_id": SESSION})
    await intruder.say("theirs", session_id=SESSION)
    assert [m.sender_id for m in harness.received] == [SESSION, intruder.sio.get_sid()]
    assert intruder.key is None  # it never learns the key of a conversation it doesn't own
    owner.bot.clear()
    await asyncio.sleep(0.1)
    assert owner.bot == []  # the intruder's turn went to its own socket, not the owner's room
    wrong_key = await harness.client(auth={"session_id": SESSION, "key": "0" * 64})
    await wrong_key.say("again")
    assert harness.received[-1].sender_id == wrong_key.sio.get_sid()
    late = await harness.client()
    confirmed: "asyncio.Queue[str]" = asyncio.Queue()
    late.sio.on("session_confirm", confirmed.put_nowait)
    await late.sio.emit("session_request", {"session_id": SESSION})
    assert await asyncio.wait_for(confirmed.get(), 5) != SESSION


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "bad", ["short", "x" * 200, "has spaces in it!!", 12345678901234567890, None],
    ids=["short", "long", "spaces", "number", "none"],
)
async def test_an_unusable_session_id_is_never_used_as_the_conversation_id(harness, bad):
    client = await harness.client(auth={"session_id": bad})
    await client.say("hello")
    assert harness.received[0].sender_id == client.sio.get_sid()


@pytest.mark.asyncio
async def test_session_request_confirms_the_offered_id_or_a_random_one(harness):
    client = await harness.client()
    confirmed: "asyncio.Queue[str]" = asyncio.Queue()
    client.sio.on("session_confirm", confirmed.put_nowait)
    await client.sio.emit("session_request", {"session_id": SESSION})
    assert await asyncio.wait_for(confirmed.get(), 5) == SESSION
    await client.say("hello")
    assert harness.received[-1].sender_id == SESSION

    other = await harness.client()
    other.sio.on("session_confirm", confirmed.put_nowait)
    await other.sio.emit("session_request", {})
    fresh = await asyncio.wait_for(confirmed.get(), 5)
    assert valid_session_id(fresh) and fresh != SESSION


@pytest.mark.asyncio
async def test_replies_reach_only_their_own_conversation(harness):
    mine = await harness.client(auth={"session_id": SESSION})
    theirs = await harness.client(auth={"session_id": "a" * 32})
    await mine.say("hello")
    await asyncio.sleep(0.1)
    assert theirs.bot == []


@pytest.mark.asyncio
async def test_origins_not_listed_are_refused(harness):
    with pytest.raises(socketio.exceptions.ConnectionError):
        await harness.client(origin="http://evil.example")
    assert (await harness.client(origin=PAGE)).sio.connected


async def _save(store: PrivacyTrackerStore, domain: Domain, sender: str) -> None:
    events = [ActionExecuted("action_listen"), UserUttered("hi", {"name": "greet", "confidence": 1.0})]
    await store.save(DialogueStateTracker.from_events(sender, events, domain.slots))


@pytest.mark.asyncio
async def test_forget_drops_this_conversation_at_once_and_no_other(harness, domain):
    other = "b" * 32
    await _save(harness.store, domain, SESSION)
    await _save(harness.store, domain, other)
    client = await harness.client(auth={"session_id": SESSION})
    assert await harness.store.retrieve(SESSION) is not None
    assert await client.sio.call("forget", {}, timeout=10) == {"forgotten": True}
    assert await harness.store.retrieve(SESSION) is None
    assert await harness.store.retrieve(other) is not None


@pytest.mark.asyncio
async def test_forget_names_the_conversation_too_for_when_the_page_is_closing(harness, domain):
    """A forget sent as the page closes may be handled after the disconnect cleared the session."""
    await _save(harness.store, domain, SESSION)
    client = await harness.client()  # no session bound to this socket
    key = harness.channel.key_for(SESSION)
    assert await client.sio.call("forget", {"session_id": SESSION, "key": key}, timeout=10) == {"forgotten": True}
    assert await harness.store.retrieve(SESSION) is None


@pytest.mark.asyncio
async def test_a_socket_cannot_forget_a_conversation_it_does_not_own(harness, domain):
    """The probe: an unbound socket's forget cleared someone else's conversation."""
    await _save(harness.store, domain, SESSION)
    owner = await harness.client(auth={"session_id": SESSION})
    stranger = await harness.client()
    for data in ({"session_id": SESSION}, {"session_id": SESSION, "key": "f" * 64}):
        assert await stranger.sio.call("forget", data, timeout=10) == {"forgotten": True}  # its own
        assert await harness.store.retrieve(SESSION) is not None
    assert await owner.sio.call("forget", {}, timeout=10) == {"forgotten": True}
    assert await harness.store.retrieve(SESSION) is None


@pytest.mark.asyncio
async def test_a_socket_that_never_bound_is_marked_forgotten_after_forget(harness):
    """The probe: a socket that never bound could forget, then bind and carry on."""
    client = await harness.client()
    assert await client.sio.call("forget", {}, timeout=10) == {"forgotten": True}
    await client.say("hello", session_id=SESSION)
    assert harness.received[-1].sender_id == client.sio.get_sid()


async def _beacon(harness: Harness, body: bytes, origin: Optional[str] = PAGE) -> httpx.Response:
    headers = {"Content-Type": "text/plain;charset=UTF-8", **({"Origin": origin} if origin else {})}
    async with httpx.AsyncClient(timeout=10) as http:
        return await http.post(f"{harness.url}/webhooks/socketio/forget", content=body, headers=headers)


@pytest.mark.asyncio
async def test_a_beacon_as_the_page_closes_forgets_the_conversation(harness, domain):
    await _save(harness.store, domain, SESSION)
    body = {"session_id": SESSION, "key": harness.channel.key_for(SESSION)}
    reply = await _beacon(harness, json.dumps(body).encode())
    assert reply.status_code == 204
    assert await harness.store.retrieve(SESSION) is None


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "body, origin, status",
    [
        (b'{"session_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "key": "KEY"}', "http://evil.example", 403),
        (b'{"session_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "key": "KEY"}', None, 403),
        (b'{"session_id": "0f8fad5b-d9cb-469f-a165-70867728950e"}', PAGE, 403),  # a forged Origin alone
        (b'{"session_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "key": "00"}', PAGE, 403),
        (b"{not json", PAGE, 400),
        (b'{"session_id": "short"}', PAGE, 400),
        (b'["0f8fad5b-d9cb-469f-a165-70867728950e"]', PAGE, 400),
    ],
    ids=["other origin", "no origin", "no key", "wrong key", "not json", "not an id", "not an object"],
)
async def test_a_beacon_from_elsewhere_or_malformed_forgets_nothing(harness, domain, body, origin, status):
    await _save(harness.store, domain, SESSION)
    reply = await _beacon(harness, body.replace(b"KEY", harness.channel.key_for(SESSION).encode()), origin)
    assert reply.status_code == status and "error" in reply.json()
    assert await harness.store.retrieve(SESSION) is not None


@pytest.mark.asyncio
async def test_after_forget_the_socket_no_longer_speaks_for_that_conversation(harness):
    client = await harness.client(auth={"session_id": SESSION})
    await client.sio.call("forget", {}, timeout=10)
    await client.say("hello again", session_id=SESSION)  # a late message can't bring it back
    assert harness.received[-1].sender_id == client.sio.get_sid()


@pytest.mark.asyncio
async def test_nothing_typed_and_no_session_id_is_logged(harness, caplog):
    canary = "CANARY-" + uuid.uuid4().hex
    harness.answer = _broken
    caplog.set_level(logging.DEBUG)
    client = await harness.client(auth={"session_id": SESSION})
    await client.say(f"he hurt me {canary}")
    await client.say("/no_such_intent" + canary)
    await client.sio.call("forget", {}, timeout=10)
    # Rasa's own records (lock store, processor) are scrubbed by harbour.privacy.log_filter in the
    # servers; this checks the channel and the socket.io libraries under it.
    ours = [r for r in caplog.records if r.name.split(".")[0] in ("harbour", "socketio", "engineio")]
    logged = "\n".join(f"{record.name}: {record.getMessage()}" for record in ours)
    assert "failed in Rasa (RuntimeError)" in logged
    assert canary not in logged and SESSION not in logged


@pytest.mark.asyncio
async def test_a_deeply_nested_packet_gets_the_empty_reply_not_a_traceback(harness, caplog):
    """50,000 ``[`` used to raise RecursionError inside python-socketio: a traceback, no reply."""
    caplog.set_level(logging.INFO)
    headers = {"Origin": PAGE}
    base = f"{harness.url}/socket.io/?EIO=4&transport=polling"
    async with httpx.AsyncClient(timeout=10) as http:
        sid = json.loads((await http.get(base, headers=headers)).text[1:])["sid"]
        await http.post(f"{base}&sid={sid}", content=b"40", headers=headers)
        assert (await http.get(f"{base}&sid={sid}", headers=headers)).text.startswith("40")
        packet = b'421["user_uttered",' + b"[" * 50_000 + b"]" * 50_000 + b"]"
        assert (await http.post(f"{base}&sid={sid}", content=packet, headers=headers)).status_code == 200
        received = ""
        for _ in range(10):
            received += (await http.get(f"{base}&sid={sid}", headers=headers)).text
            if "431" in received:  # the acknowledgement of packet id 1
                break
    assert "I didn't get a message" in received and '431[{"ok":true}]' in received
    assert harness.received == []
    assert not [r for r in caplog.records if r.exc_info or "RecursionError" in r.getMessage()]
