"""Polling mode: long-poll Telegram's getUpdates and hand each update to the local webhook.

For local use without a public URL. Every update still goes through Harbour's webhook (with
the secret header), so one code path handles updates however they arrive. Updates of one chat
are forwarded in order, different chats at the same time; a batch is confirmed to Telegram
(the next getUpdates offset) only once every update in it has been forwarded and answered.
Nothing here logs a chat id or any text.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Dict, List, Optional

import httpx
from telegram import Update
from telegram.error import Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter

from harbour.channels.telegram.client import TelegramClient, retry_seconds
from harbour.channels.telegram.settings import ALLOWED_UPDATES, TelegramSettings

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/webhooks/telegram/webhook"
POLL_SECONDS = 25
FORWARD_ATTEMPTS = 4


class PollingError(RuntimeError):
    """Polling cannot go on (a webhook is set, the token or the secret is refused...)."""


class Poller:
    """Feeds updates from getUpdates to the Rasa server's Telegram webhook."""

    def __init__(self, settings: TelegramSettings, rasa_url: str, poll_seconds: int = POLL_SECONDS) -> None:
        self.settings = settings
        self.rasa_url = rasa_url.rstrip("/")
        self.poll_seconds = poll_seconds
        self.forwarded = 0
        self.skipped = 0
        self.stopping = asyncio.Event()

    async def run(self, drop_pending: bool = False) -> None:
        """Polls until `stop()`; raises `PollingError` when it cannot go on."""
        async with TelegramClient(self.settings) as telegram, httpx.AsyncClient(timeout=120) as http:
            await self._check_ready(telegram, http)
            offset = await self._skip_pending(telegram) if drop_pending else None
            while not self.stopping.is_set():
                updates = await self._poll_unless_stopped(telegram, offset)
                if updates:  # forwarded even when stopping: they are in hand, not confirmed yet
                    await self._forward_batch(http, updates)
                    offset = updates[-1].update_id + 1
            if offset is not None:  # confirm the last batch, or Telegram would send it again
                await self._get_updates(telegram, offset, timeout=0, limit=1)

    def stop(self) -> None:
        """Stops after the batch in hand has been forwarded and confirmed."""
        self.stopping.set()

    async def _poll_unless_stopped(self, telegram: TelegramClient, offset: Optional[int]) -> List[Update]:
        """One long poll, abandoned at once if `stop()` is called while it waits."""
        poll = asyncio.ensure_future(self._get_updates(telegram, offset))
        stopping = asyncio.ensure_future(self.stopping.wait())
        done, _ = await asyncio.wait({poll, stopping}, return_when=asyncio.FIRST_COMPLETED)
        for task in (poll, stopping):
            if task not in done:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        return poll.result() if poll in done else []

    async def _check_ready(self, telegram: TelegramClient, http: httpx.AsyncClient) -> None:
        try:
            health = await http.get(f"{self.rasa_url}/webhooks/telegram/", timeout=5)
        except httpx.HTTPError as error:
            raise PollingError(
                f"Harbour is not answering at {self.rasa_url} ({type(error).__name__}): start it "
                f"first with `make run`, with the same TELEGRAM_* variables set."
            ) from error
        if health.status_code != 200:
            raise PollingError(
                f"Harbour at {self.rasa_url} has no Telegram channel (HTTP {health.status_code}): "
                f"start it with TELEGRAM_BOT_TOKEN and TELEGRAM_SECRET_TOKEN set."
            )
        try:
            info = await telegram.bot.get_webhook_info()
        except (InvalidToken, Forbidden) as error:
            raise PollingError("Telegram refused the bot token (TELEGRAM_BOT_TOKEN).") from error
        if info.url:
            raise PollingError(
                "A webhook is registered for this bot, and Telegram does not allow polling while "
                "it is: run `python -m harbour.channels.telegram_cli delete-webhook` first."
            )

    async def _skip_pending(self, telegram: TelegramClient) -> Optional[int]:
        """The offset after every update waiting now, so none of them is answered."""
        waiting = await self._get_updates(telegram, -1, timeout=0, limit=1)
        return waiting[-1].update_id + 1 if waiting else None

    async def _get_updates(
        self, telegram: TelegramClient, offset: Optional[int], timeout: Optional[int] = None, limit: int = 100
    ) -> List[Update]:
        wait = self.poll_seconds if timeout is None else timeout
        for attempt in range(1, 6):
            try:
                updates = await telegram.bot.get_updates(
                    offset=offset, limit=limit, timeout=wait, allowed_updates=list(ALLOWED_UPDATES),
                    read_timeout=wait + 15,
                )
                return list(updates)
            except RetryAfter as flood:
                await asyncio.sleep(retry_seconds(flood))
            except Conflict as error:
                raise PollingError(
                    "Telegram reports another getUpdates poller or a webhook for this bot; only "
                    "one may run at a time."
                ) from error
            except (InvalidToken, Forbidden) as error:
                raise PollingError("Telegram refused the bot token (TELEGRAM_BOT_TOKEN).") from error
            except NetworkError as error:
                logger.warning("getUpdates failed (%s); trying again.", type(error).__name__)
                await asyncio.sleep(min(30.0, 2.0**attempt))
        return []

    async def _forward_batch(self, http: httpx.AsyncClient, updates: List[Update]) -> None:
        """Forwards a batch: each chat's updates in order, the chats concurrently."""
        by_chat: Dict[object, List[Update]] = {}
        for update in updates:
            chat = update.effective_chat
            by_chat.setdefault(chat.id if chat else ("update", update.update_id), []).append(update)

        async def in_order(chat_updates: List[Update]) -> None:
            for update in chat_updates:
                await self._forward(http, update)

        await asyncio.gather(*(in_order(chat_updates) for chat_updates in by_chat.values()))

    async def _forward(self, http: httpx.AsyncClient, update: Update) -> None:
        body = json.dumps(update.to_dict()).encode()
        headers = {"Content-Type": "application/json", SECRET_HEADER: self.settings.secret}
        problem = "refused"
        for attempt in range(1, FORWARD_ATTEMPTS + 1):
            try:
                reply = await http.post(self.rasa_url + WEBHOOK_PATH, content=body, headers=headers)
            except httpx.HTTPError as error:
                problem = type(error).__name__
            else:
                if reply.status_code == 200:
                    self.forwarded += 1
                    return
                if reply.status_code == 403:
                    raise PollingError(
                        "Harbour refused the forwarded update (403): the poller and the server "
                        "must share the same TELEGRAM_SECRET_TOKEN."
                    )
                problem = f"HTTP {reply.status_code}"
                if reply.status_code < 500:
                    break  # 400/413: the update itself is the problem; retrying won't help
            if attempt < FORWARD_ATTEMPTS:
                await asyncio.sleep(0.5 * 2 ** (attempt - 1))
        self.skipped += 1
        logger.error(
            "An update could not be forwarded to Harbour (%s); %d skipped so far.", problem, self.skipped
        )
