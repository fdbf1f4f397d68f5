"""Rasa's socket.io channel with Harbour's input checks, allowed origins and quick-exit forget.

Same name (``socketio``), path (``/socket.io``) and events as Rasa's own, so Rasa's socket.io
clients keep working: ``session_request`` → ``session_confirm``, ``user_uttered``
``{"message", "session_id"}`` → ``bot_uttered``. Differences:

- only browsers on ``cors_allowed_origins`` may connect (Rasa's own accepts every origin);
- the conversation id is the page's random session id (sent as the connect ``auth`` or in
  ``session_request``), held only in that socket's memory, so a reconnect resumes the same
  conversation and a reload starts a new one;
- a conversation id belongs to one live socket at a time: another socket offering it is given a
  conversation of its own instead, unless it also shows the id's *key* — an HMAC of the id that
  the server hands only to the socket that owns it (in every ``user_uttered`` acknowledgement),
  so the page's own reconnect can take its conversation back and nobody else can;
- every message gets the REST channel's checks (:mod:`harbour.channels.inputs`) and a reply that is
  never empty; ``user_uttered`` is acknowledged once the turn is over;
- ``forget`` drops this socket's conversation from the privacy store at once (quick exit), then
  acknowledges; a socket forgets only a conversation it owns (or one whose key it shows), and
  speaks for no conversation afterwards; ``POST /webhooks/socketio/forget``
  ``{"session_id", "key"}`` does the same for ``navigator.sendBeacon`` as a page closes (allowed
  origins only, and only with the key: an Origin header is easy to forge outside a browser);
- custom payloads (handoff cards) arrive as ``{"custom": {...}}`` (Rasa's own output passes the
  payload's keys to ``emit`` as arguments, which fails);
- client metadata and JWT options are not accepted; nothing typed and no session id is logged.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import uuid
from asyncio import CancelledError
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from rasa.core.channels.socketio import SocketIOOutput as RasaSocketIOOutput
from rasa.shared.exceptions import RasaException
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from engineio import json as engineio_json
from socketio import AsyncServer

from harbour.channels.inputs import NO_REPLY, check_message, message_language, render_response
from harbour.privacy.keys import shared_secret
from harbour.privacy.store import privacy_store

logger = logging.getLogger(__name__)

ORIGINS_VARIABLE = "HARBOUR_ALLOWED_ORIGINS"
SETTINGS = ("cors_allowed_origins", "user_message_evt", "bot_message_evt", "namespace", "socketio_path")
_ORIGIN = re.compile(r"^https?://(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$")
_SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
_EVENT_NAME = re.compile(r'^\s*\[\s*"([A-Za-z_]{1,40})"')


class SocketIOConfigError(RasaException, ValueError):
    """The socket.io channel's settings in credentials.yml are missing or unsafe."""


def parse_origins(value: Any) -> List[Text]:
    """Origins from a list or a comma/space separated string; raises on anything else."""
    items = re.split(r"[\s,]+", value) if isinstance(value, str) else value
    if items is None:
        items = []
    if not isinstance(items, (list, tuple)):
        raise SocketIOConfigError("cors_allowed_origins must be a list of origins or a comma-separated string.")
    origins = []
    for item in items:
        origin = str(item).strip().rstrip("/").lower() if item is not None else ""
        if not origin:
            continue
        if not _ORIGIN.match(origin):
            raise SocketIOConfigError(
                f"cors_allowed_origins: {item!r} is not an origin like https://www.example.org "
                "(scheme, host and optional port; no path, no wildcard)."
            )
        origins.append(origin)
    if not origins:
        raise SocketIOConfigError(
            "cors_allowed_origins is empty: list the origins of the pages that embed the widget "
            f"(credentials.yml or {ORIGINS_VARIABLE})."
        )
    return origins


def valid_session_id(value: Any) -> Optional[Text]:
    """The session id if it looks like one a page generated at random, else None."""
    return value if isinstance(value, str) and _SESSION_ID.match(value) else None


class SafeJSON:
    """The JSON module python-socketio decodes packets with, safe against deep nesting.

    ``json.loads`` raises RecursionError on 50,000 ``[``: python-socketio would log a traceback
    and the person would get nothing. Here such a packet becomes its event with no data (so a
    ``user_uttered`` gets the empty-message answer, like any other malformed message).
    """

    dumps = staticmethod(engineio_json.dumps)

    @staticmethod
    def loads(text: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return engineio_json.loads(text, *args, **kwargs)
        except RecursionError:
            event = _EVENT_NAME.match(text) if isinstance(text, str) else None
            if event is None:
                raise ValueError("JSON nested too deeply") from None
            return [event.group(1), None]


class SocketIOOutput(RasaSocketIOOutput):
    """Rasa's socket.io output that counts what it sends and delivers custom payloads whole."""

    def __init__(self, sio: AsyncServer, bot_message_evt: Text) -> None:
        super().__init__(sio, bot_message_evt)
        self.sent = 0

    async def _send_message(self, socket_id: Text, response: Any) -> None:
        self.sent += 1
        await super()._send_message(socket_id, response)

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        """Sends ``{"custom": payload}`` (a handoff card, for instance)."""
        await self._send_message(recipient_id, {"custom": json_message})


class _AppBlueprint(SocketBlueprint):
    """Rasa's socket.io blueprint that remembers the app (handlers need ``app.ctx.agent``)."""

    def register(self, app: Sanic, options: Dict[Text, Any]) -> None:
        self.ctx.app = app
        super().register(app, options)


class SocketIOInput(RasaSocketIOInput):
    """socket.io input channel for the web widget."""

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "SocketIOInput":
        credentials = dict(credentials or {})
        unknown = sorted(set(credentials) - set(SETTINGS))
        if unknown:
            raise SocketIOConfigError(
                f"Unsupported socket.io settings {unknown} in credentials.yml; Harbour accepts {list(SETTINGS)}."
            )
        origins = credentials.get("cors_allowed_origins") or os.environ.get(ORIGINS_VARIABLE)
        return cls(
            cors_allowed_origins=parse_origins(origins),
            user_message_evt=credentials.get("user_message_evt", "user_uttered"),
            bot_message_evt=credentials.get("bot_message_evt", "bot_uttered"),
            namespace=credentials.get("namespace"),
            socketio_path=credentials.get("socketio_path", "/socket.io"),
        )

    def __init__(
        self,
        cors_allowed_origins: List[Text],
        user_message_evt: Text = "user_uttered",
        bot_message_evt: Text = "bot_uttered",
        namespace: Optional[Text] = None,
        socketio_path: Text = "/socket.io",
    ) -> None:
        super().__init__(user_message_evt, bot_message_evt, namespace, True, socketio_path)
        self.cors_allowed_origins = parse_origins(cors_allowed_origins)
        # The key's secret: shared by every replica when HARBOUR_STORE_SECRET is set (a beacon may
        # reach another replica than the socket did), else this process's own.
        self._key_secret = shared_secret() or secrets.token_bytes(32)
        self._owners: Dict[Text, Text] = {}  # conversation id → the live socket that owns it

    def key_for(self, session_id: Text) -> Text:
        """The proof of owning a conversation id, given only to the socket that owns it."""
        return hmac.new(self._key_secret, b"socketio-forget:" + session_id.encode(), hashlib.sha256).hexdigest()

    def _key_ok(self, session_id: Text, key: Any) -> bool:
        return isinstance(key, str) and hmac.compare_digest(key.encode("utf-8", "replace"), self.key_for(session_id).encode())

    def get_output_channel(self) -> Optional[SocketIOOutput]:
        """Output for messages Rasa sends outside a turn (reminders, external events)."""
        return SocketIOOutput(self.sio, self.bot_message_evt) if self.sio else None

    async def _bind(self, sid: Text, session_id: Text, key: Any = None) -> bool:
        """Ties this socket to a conversation (its room receives the bot's messages); False when
        another live socket owns it and this one can't show its key."""
        namespace = self.namespace or "/"
        owner = self._owners.get(session_id)
        if owner and owner != sid:
            if not self._key_ok(session_id, key):
                return False
            # The page's own reconnect, before the server noticed the old socket was gone.
            await self.sio.leave_room(owner, session_id, namespace=namespace)
            if await self._session(owner):
                await self.sio.save_session(owner, {}, namespace=namespace)
        session = await self.sio.get_session(sid, namespace=namespace)
        previous = session.get("session_id")
        if previous and previous != session_id:
            await self.sio.leave_room(sid, previous, namespace=namespace)
            self._release(sid, previous)
        await self.sio.enter_room(sid, session_id, namespace=namespace)
        await self.sio.save_session(sid, {"session_id": session_id}, namespace=namespace)
        self._owners[session_id] = sid
        return True

    def _release(self, sid: Text, session_id: Optional[Text]) -> None:
        if session_id and self._owners.get(session_id) == sid:
            del self._owners[session_id]

    async def _session(self, sid: Text) -> Dict[Text, Any]:
        """This socket's session, or an empty one once it has disconnected."""
        try:
            return await self.sio.get_session(sid, namespace=self.namespace or "/")
        except KeyError:  # python-socketio: "Session is disconnected"
            return {}

    async def _sender(self, sid: Text, offered: Any = None, key: Any = None) -> Text:
        """The conversation id of this socket: its bound session, an offered one it may have, or
        the socket id."""
        session = await self._session(sid)
        if session.get("session_id"):
            return session["session_id"]
        session_id = None if session.get("forgotten") else valid_session_id(offered)
        if session_id and await self._bind(sid, session_id, key):
            return session_id
        return sid

    async def _forget(self, agent: Any, sender_id: Text) -> bool:
        """Drops a conversation from the privacy store at once, under its lock; never logs the id."""
        try:
            async with agent.lock_store.lock(sender_id):
                await privacy_store(agent).forget(sender_id)
        except Exception as error:  # noqa: BLE001 - report failure to the page, never the id
            logger.error("Could not forget a socket.io conversation (%s).", type(error).__name__)
            return False
        return True

    async def _reply(
        self, output: SocketIOOutput, sender_id: Text, domain: Any, name: Text, language: Optional[Text] = None
    ) -> None:
        for message in render_response(domain, name, language):
            await output.send_response(sender_id, message)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> SocketBlueprint:
        """The socket.io server (allowed origins only), Rasa's health route and the events."""
        sio = AsyncServer(
            async_mode="sanic", cors_allowed_origins=self.cors_allowed_origins, cors_credentials=False,
            json=SafeJSON,
        )
        self.sio = sio
        blueprint = _AppBlueprint(sio, self.socketio_path, f"harbour_{self.name()}_webhook", __name__)
        namespace = self.namespace

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: Text, _environ: Dict, auth: Any = None) -> bool:
            session_id = valid_session_id(auth.get("session_id")) if isinstance(auth, dict) else None
            if session_id:
                await self._bind(sid, session_id, auth.get("key"))  # refused: the socket's own id
            return True

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: Text) -> None:
            for session_id, owner in list(self._owners.items()):
                if owner == sid:
                    del self._owners[session_id]

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: Text, data: Any = None) -> None:
            data = data if isinstance(data, dict) else {}
            session_id = valid_session_id(data.get("session_id"))
            if session_id is None or not await self._bind(sid, session_id, data.get("key")):
                current = await self._sender(sid)
                session_id = current if current != sid else uuid.uuid4().hex  # fresh and random
                await self._bind(sid, session_id)
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: Text, data: Any = None) -> Dict[Text, Any]:
            data = data if isinstance(data, dict) else {}
            sender_id = await self._sender(sid, data.get("session_id"), data.get("key"))
            domain = blueprint.ctx.app.ctx.agent.domain
            output = SocketIOOutput(sio, self.bot_message_evt)
            text = data.get("message")
            verdict = check_message(text, domain.intents)
            if verdict.pass_through:
                try:
                    await on_new_message(UserMessage(text, output, sender_id, input_channel=self.name()))
                except CancelledError:
                    logger.error("A socket.io message timed out before Rasa answered.")
                except Exception as error:  # noqa: BLE001 - the person must still get an answer
                    logger.error("A socket.io message failed in Rasa (%s).", type(error).__name__)
            else:
                await self._reply(output, sender_id, domain, verdict.response, message_language(text))
            if not output.sent:
                await self._reply(output, sender_id, domain, NO_REPLY, message_language(text))
            if sender_id == sid:
                return {"ok": True}
            return {"ok": True, "key": self.key_for(sender_id)}  # for the beacon and a reconnect

        @sio.on("forget", namespace=namespace)
        async def forget(sid: Text, data: Any = None) -> Dict[Text, bool]:
            data = data if isinstance(data, dict) else {}
            session = await self._session(sid)
            sender_id = session.get("session_id")
            offered = valid_session_id(data.get("session_id"))
            if sender_id is None and offered and self._key_ok(offered, data.get("key")):
                sender_id = offered  # e.g. sent as the page closes, after the session was dropped
            sender_id = sender_id or sid  # otherwise only this socket's own conversation
            if not await self._forget(blueprint.ctx.app.ctx.agent, sender_id):
                return {"forgotten": False}
            if sender_id != sid:
                await sio.leave_room(sid, sender_id, namespace=namespace or "/")
                self._release(sid, sender_id)
            try:  # from now on this socket speaks for no conversation but its own socket id
                await sio.save_session(sid, {"forgotten": True}, namespace=namespace or "/")
            except KeyError:
                pass  # already disconnected
            return {"forgotten": True}

        @blueprint.route("/forget", methods=["POST"])
        async def forget_beacon(request: Request) -> HTTPResponse:
            """``navigator.sendBeacon`` as a page closes (socket messages sent then may be lost)."""
            if request.headers.get("origin") not in self.cors_allowed_origins:
                return response.json({"error": "This origin may not use the chat."}, status=403)
            try:
                body = json.loads(request.body or b"")
            except (ValueError, UnicodeDecodeError, RecursionError):
                body = None
            session_id = valid_session_id(body.get("session_id")) if isinstance(body, dict) else None
            if session_id is None:
                return response.json({"error": "The body must be {\"session_id\": \"...\", \"key\": \"...\"}."}, status=400)
            if not self._key_ok(session_id, body.get("key")):
                return response.json({"error": "Only the page that holds this conversation may end it."}, status=403)
            forgotten = await self._forget(request.app.ctx.agent, session_id)
            return response.empty(status=204) if forgotten else response.json({"error": "Not forgotten."}, 503)

        return blueprint
