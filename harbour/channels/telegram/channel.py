"""Harbour's Telegram input channel: a verified webhook, replies through python-telegram-bot.

Configured in credentials.yml as ``harbour.channels.telegram.TelegramInput:`` (no settings
there: secrets come only from the environment, see ``settings``). Off, with no routes at
all, while ``TELEGRAM_BOT_TOKEN`` is unset; with it set, Harbour stops at start-up unless
``TELEGRAM_SECRET_TOKEN`` is present and strong. Routes under ``/webhooks/telegram``:

- ``GET /`` health;
- ``POST /webhook`` one Telegram update. ``X-Telegram-Bot-Api-Secret-Token`` must match
  (compared in constant time) or the answer is 403 and nothing reaches Rasa; a body over
  256 KiB gets 413, one that is not a Telegram update 400, other methods 405. An update this
  python-telegram-bot cannot read (a newer Bot API) is acknowledged and logged, since Telegram
  would only re-send it.

Each update is handled before the webhook answers 200, so an update Telegram has had a 200
for has been answered, and one that never got a 200 is re-sent by Telegram rather than lost.
The work runs in a task the request only waits on (``asyncio.shield``): if Telegram gives up
waiting, or the server's response timeout fires, the reply is still sent. Update ids already
taken in are remembered, so a re-sent update is acknowledged without a second answer.

Start-up calls nothing at Telegram: python-telegram-bot's ``Bot.initialize()`` would call
getMe, which the channel doesn't need (it serves private chats only, where commands come
without the bot's @name), would stop Harbour from starting whenever Telegram is unreachable,
and puts the token in its error message. Only the HTTP connection pools are opened.
``make telegram-webhook`` checks the token with getMe instead.
"""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Set, Text, Tuple

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from telegram import Update

from harbour.channels.telegram.client import TelegramClient
from harbour.channels.telegram.handlers import UpdateHandler
from harbour.channels.telegram.memory import RecentUpdates
from harbour.channels.telegram.messages import read_update
from harbour.channels.telegram.settings import (
    STORE_SECRET_VARIABLE,
    TOKEN_VARIABLE,
    TelegramConfigError,
    TelegramSettings,
    load_settings,
    quiet_library_loggers,
    sender_key,
)

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 256 * 1024
DRAIN_SECONDS = 10.0


class TelegramInput(InputChannel):
    """Telegram webhook channel; one instance per Rasa server process."""

    @classmethod
    def name(cls) -> Text:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "TelegramInput":
        """Reads the environment; raises `TelegramConfigError` for anything unsafe."""
        if credentials:
            raise TelegramConfigError(
                "harbour.channels.telegram.TelegramInput takes no settings in credentials.yml "
                f"(found {sorted(map(str, credentials))}): secrets come only from environment "
                f"variables such as {TOKEN_VARIABLE}; see .env.example."
            )
        return cls(load_settings())

    def __init__(self, settings: Optional[TelegramSettings], key: Optional[bytes] = None) -> None:
        self.settings = settings
        self.recent = RecentUpdates()
        self.client: Optional[TelegramClient] = None
        self.handler: Optional[UpdateHandler] = None
        self._tasks: Set["asyncio.Task[None]"] = set()
        self._key = key
        if settings is not None:
            quiet_library_loggers()
            if self._key is None:
                self._key, shared = sender_key()
                if not shared:
                    logger.warning(
                        "%s is not set: Telegram conversations are keyed for this process only "
                        "(lost on restart, not shared between replicas).",
                        STORE_SECRET_VARIABLE,
                    )

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        """The health and webhook routes, or none at all when the channel is off."""
        webhook = Blueprint(f"harbour_webhook_{type(self).__name__}", __name__)
        if self.settings is None:
            logger.info("Telegram channel off: %s is not set.", TOKEN_VARIABLE)
            return webhook
        webhook.listener("before_server_start")(self._start)
        webhook.listener("after_server_stop")(self._stop)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self._authorised(request):
                return response.json({"error": "Forbidden."}, status=403)
            update, error, status = self._extract_update(request)
            if error:
                return response.json({"error": error}, status=status)
            if update is not None and self.recent.first_time(update.update_id):
                task = asyncio.ensure_future(
                    self._process(update, request.app.ctx.agent, on_new_message)
                )
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
                await asyncio.shield(task)
            return response.json({"ok": True})

        return webhook

    def _authorised(self, request: Request) -> bool:
        """Whether the request carries the webhook secret (constant-time comparison)."""
        given = request.headers.get(SECRET_HEADER, "")
        expected = self.settings.secret if self.settings else ""
        return bool(expected) and hmac.compare_digest(
            given.encode("utf-8", "replace"), expected.encode("utf-8")
        )

    def _extract_update(self, request: Request) -> Tuple[Optional[Update], Text, int]:
        """(update, "", 200); (None, "", 200) for an update this version can't read; or
        (None, error, status) for a body that is not an update at all."""
        body = request.body or b""
        if len(body) > MAX_BODY_BYTES:
            return None, f"The body is larger than {MAX_BODY_BYTES} bytes.", 413
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None, "The body must be a Telegram Update in JSON.", 400
        if not isinstance(data, dict) or type(data.get("update_id")) is not int:
            return None, "The body must be a Telegram Update with an integer update_id.", 400
        try:
            return Update.de_json(data, self.client.bot if self.client else None), "", 200
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            # Sent with the secret, so from Telegram: a 4xx would only make it re-send the same
            # update (a newer Bot API than python-telegram-bot reads). Acknowledge and log it.
            logger.warning("A Telegram update could not be read (%s); acknowledged.", type(error).__name__)
            return None, "", 200

    async def _process(
        self, update: Update, agent: Any, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        """Handles one update; any failure is logged by type only."""
        try:
            await self.handler.handle(read_update(update), agent, on_new_message)
        except Exception as error:  # noqa: BLE001 - one bad update must not stop the rest
            logger.error("A Telegram update could not be handled (%s).", type(error).__name__)

    async def _start(self, _app: Any, _loop: Any) -> None:
        """Sanic ``before_server_start``: the Bot API client, without calling Telegram."""
        self.client = TelegramClient(self.settings)
        await self.client.start()
        self.handler = UpdateHandler(self.client, self._key)
        logger.info("Telegram channel on: POST /webhooks/telegram/webhook.")

    async def _stop(self, _app: Any, _loop: Any) -> None:
        """Sanic ``after_server_stop``: lets replies in flight finish, then closes the client."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=DRAIN_SECONDS)
        if self.client is not None:
            await self.client.stop()
