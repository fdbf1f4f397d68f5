"""A fake Telegram Bot API server on 127.0.0.1, because the real one is out of reach in tests.

It answers the methods Harbour uses the way Telegram does (``{"ok": true, "result": ...}``,
Telegram-shaped messages with ids from a per-chat counter shared with the person's messages,
Telegram's error bodies), records every call in memory only, and can be told to fail the next
calls of a method with 429 (and ``retry_after``) or a 5xx. It runs an aiohttp app on its own
event loop in a thread, so tests and the Rasa server (a child process) can both reach it.
"""
from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional

from aiohttp import web

BOT_ID = 7000000001
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "Harbour", "username": "harbour_test_bot"}
# Parameters python-telegram-bot sends as plain strings; every other value is JSON-encoded.
_STRING_FIELDS = {"text", "url", "secret_token", "callback_query_id", "caption", "ip_address"}


@dataclass
class Call:
    """One request the fake received, and the status it answered with."""

    method: str
    params: Dict[str, Any]
    status: int
    result: Any = None
    at: float = field(default_factory=time.monotonic)

    @property
    def result_id(self) -> Optional[int]:
        """The id of the message a successful sendMessage created."""
        return self.result.get("message_id") if isinstance(self.result, dict) else None

    @property
    def chat_id(self) -> Optional[int]:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None


class FakeTelegramAPI:
    """The fake server; `start()` it, point ``TELEGRAM_API_BASE_URL`` at `url`, then `stop()`."""

    def __init__(self, token: str, host: str = "127.0.0.1", port: int = 0) -> None:
        self.token = token
        self.host = host
        self.port = port
        self.calls: List[Call] = []
        self.webhook: Dict[str, Any] = {}
        self._lock = threading.Lock()
        self._failures: Dict[str, List[Dict[str, Any]]] = {}
        self._message_ids: Dict[int, int] = {}
        self._updates: List[Dict[str, Any]] = []
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._thread: Optional[threading.Thread] = None
        self._runner: Optional[web.AppRunner] = None

    @property
    def url(self) -> str:
        """The server root, as ``TELEGRAM_API_BASE_URL`` takes it."""
        return f"http://{self.host}:{self.port}"

    # ---- what tests use -------------------------------------------------------------------

    def new_message_id(self, chat_id: int) -> int:
        """The next message id in a chat (Telegram numbers both sides' messages together)."""
        with self._lock:
            self._message_ids[chat_id] = self._message_ids.get(chat_id, 0) + 1
            return self._message_ids[chat_id]

    def fail_next(self, method: str, count: int = 1, status: int = 429, retry_after: int = 1) -> None:
        """The next ``count`` calls of ``method`` fail with ``status`` (429 carries retry_after)."""
        with self._lock:
            queue = self._failures.setdefault(method, [])
            queue.extend({"status": status, "retry_after": retry_after} for _ in range(count))

    def clear_failures(self) -> None:
        with self._lock:
            self._failures.clear()

    def queue_update(self, update: Dict[str, Any]) -> None:
        """An update for getUpdates (polling mode) to return."""
        with self._lock:
            self._updates.append(update)

    def pending_updates(self) -> int:
        with self._lock:
            return len(self._updates)

    def calls_of(self, method: str, chat_id: Optional[int] = None, ok_only: bool = True) -> List[Call]:
        """Recorded calls of a method, optionally in one chat, by default successful ones only."""
        with self._lock:
            calls = list(self.calls)
        return [
            call for call in calls
            if call.method == method
            and (chat_id is None or call.chat_id == chat_id)
            and (not ok_only or call.status == 200)
        ]

    def sent_to(self, chat_id: int) -> List[Dict[str, Any]]:
        """The parameters of every message delivered to a chat, in order."""
        return [call.params for call in self.calls_of("sendMessage", chat_id)]

    def wait_for(self, condition: Callable[[], Any], timeout: float = 60) -> Any:
        """Polls ``condition`` until it is truthy; fails the test after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = condition()
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"the fake Telegram API did not see what was expected in {timeout} s")

    # ---- the server -----------------------------------------------------------------------

    def start(self) -> "FakeTelegramAPI":
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._serve())
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self._runner.cleanup())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="fake-telegram-api", daemon=True)
        self._thread.start()
        if not ready.wait(15):
            raise RuntimeError("the fake Telegram API did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=15)

    async def _serve(self) -> None:
        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        sock = socket.socket()
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        if request.match_info["token"] != self.token:
            return self._answer(method, params, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        failure = self._next_failure(method)
        if failure is not None:
            status = failure["status"]
            body: Dict[str, Any] = {"ok": False, "error_code": status}
            if status == 429:
                body["description"] = f"Too Many Requests: retry after {failure['retry_after']}"
                body["parameters"] = {"retry_after": failure["retry_after"]}
            else:
                body["description"] = "Internal Server Error" if status >= 500 else "Bad Request"
            return self._answer(method, params, status, body)
        if method == "getUpdates":
            result: Any = await self._get_updates(params)
        else:
            handler = _RESULTS.get(method)
            if handler is None:
                return self._answer(method, params, 404, {"ok": False, "error_code": 404, "description": "Not Found"})
            result = handler(self, params)
        return self._answer(method, params, 200, {"ok": True, "result": result})

    def _answer(self, method: str, params: Dict[str, Any], status: int, body: Dict[str, Any]) -> web.Response:
        with self._lock:
            self.calls.append(Call(method, params, status, body.get("result")))
        return web.json_response(body, status=status)

    def _next_failure(self, method: str) -> Optional[Dict[str, Any]]:
        with self._lock:
            queue = self._failures.get(method)
            return queue.pop(0) if queue else None

    async def _get_updates(self, params: Dict[str, Any]) -> List[Dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 2.0)
        while True:
            with self._lock:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                ready = list(self._updates[: int(params.get("limit") or 100)])
            if ready or time.monotonic() >= deadline:
                return ready
            await asyncio.sleep(0.05)

    def _message(self, params: Dict[str, Any]) -> Dict[str, Any]:
        chat_id = int(params["chat_id"])
        message = {
            "message_id": self.new_message_id(chat_id),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Person"},
            "from": BOT_USER,
            "text": params.get("text", ""),
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    def _set_webhook(self, params: Dict[str, Any]) -> bool:
        self.webhook = dict(params)
        return True

    def _delete_webhook(self, params: Dict[str, Any]) -> bool:
        self.webhook = {}
        return True

    def _webhook_info(self, params: Dict[str, Any]) -> Dict[str, Any]:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
            "allowed_updates": self.webhook.get("allowed_updates") or [],
        }


_RESULTS: Dict[str, Callable[[FakeTelegramAPI, Dict[str, Any]], Any]] = {
    "getMe": lambda fake, params: BOT_USER,
    "sendMessage": FakeTelegramAPI._message,
    "answerCallbackQuery": lambda fake, params: True,
    "editMessageReplyMarkup": lambda fake, params: True,
    "deleteMessage": lambda fake, params: True,
    "deleteMessages": lambda fake, params: True,
    "setWebhook": FakeTelegramAPI._set_webhook,
    "deleteWebhook": FakeTelegramAPI._delete_webhook,
    "getWebhookInfo": FakeTelegramAPI._webhook_info,
}


async def _params(request: web.Request) -> Dict[str, Any]:
    """The call's parameters, JSON values decoded, as python-telegram-bot sends them."""
    if request.content_type == "application/json":
        try:
            return dict(await request.json())
        except ValueError:
            return {}
    form = await request.post()
    params: Dict[str, Any] = {}
    for key, value in form.items():
        if key in _STRING_FIELDS or not isinstance(value, str):
            params[key] = value
            continue
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params
