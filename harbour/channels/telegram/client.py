"""The Bot API calls Harbour makes, retried so a reply is never lost quietly.

429 waits the ``retry_after`` Telegram asks for; 5xx, network errors and timeouts back off
(0.5 s, 1 s, 2 s); 4xx other than 429 are not retried. A call that still fails is logged by
method and error type only, and counted. Nothing here logs a chat id, a text or the token.
"""
from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import os
import random
import warnings
from typing import Any, Awaitable, Callable, List, Optional, Sequence, TypeVar

from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from harbour.channels.telegram.settings import TelegramSettings, quiet_library_loggers

logger = logging.getLogger(__name__)

T = TypeVar("T")
ATTEMPTS = 4
MAX_RETRY_AFTER_SECONDS = 60.0
BACKOFF_SECONDS = 0.5
DELETE_BATCH = 100  # deleteMessages takes at most 100 ids
_PERMANENT = (BadRequest, Forbidden, InvalidToken, Conflict, ChatMigrated)


class TelegramClient:
    """A python-telegram-bot `Bot` with retries, started and stopped with the server."""

    def __init__(
        self,
        settings: TelegramSettings,
        attempts: int = ATTEMPTS,
        backoff: float = BACKOFF_SECONDS,
        connections: int = 128,
    ) -> None:
        quiet_library_loggers()
        # python-telegram-bot 22 warns on every 429 unless durations are opted in as timedeltas.
        os.environ.setdefault("PTB_TIMEDELTA", "true")
        self.attempts = attempts
        self.backoff = backoff
        self.failed = 0
        self.retried = 0
        self._requests = (
            HTTPXRequest(connection_pool_size=1, read_timeout=40.0),  # getUpdates (polling)
            HTTPXRequest(
                connection_pool_size=connections,
                connect_timeout=5.0,
                read_timeout=10.0,
                write_timeout=10.0,
                pool_timeout=10.0,
            ),
        )
        self.bot = Bot(
            settings.token,
            base_url=settings.bot_base_url,
            base_file_url=settings.file_base_url,
            get_updates_request=self._requests[0],
            request=self._requests[1],
        )

    async def start(self) -> None:
        """Opens the HTTP connection pools; deliberately no getMe (see the channel's docs)."""
        await asyncio.gather(*(request.initialize() for request in self._requests))

    async def stop(self) -> None:
        """Closes the HTTP connection pools."""
        await asyncio.gather(*(request.shutdown() for request in self._requests))

    async def send_text(
        self, chat_id: int, text: str, markup: Optional[InlineKeyboardMarkup] = None
    ) -> Optional[int]:
        """Sends one message (silently, no link preview); returns its id, or None if it failed."""
        message: Optional[Message] = await self.call(
            "sendMessage",
            lambda: self.bot.send_message(
                chat_id,
                text,
                reply_markup=markup,
                disable_notification=True,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            ),
        )
        return message.message_id if message is not None else None

    async def answer_callback(self, callback_id: str) -> None:
        """Stops the spinner on a pressed button (two tries: the answer is only useful at once)."""
        await self.call(
            "answerCallbackQuery", lambda: self.bot.answer_callback_query(callback_id), attempts=2
        )

    async def remove_keyboard(self, chat_id: int, message_id: int) -> None:
        """Takes the buttons off a message once one is pressed (best effort, one try)."""
        await self.call(
            "editMessageReplyMarkup",
            lambda: self.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None),
            attempts=1,
            quiet=(BadRequest,),  # already removed, or too old to edit
        )

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> bool:
        """Deletes messages in batches of 100; True when Telegram accepted every batch."""
        ids: List[int] = sorted(set(message_ids))
        accepted = True
        for start in range(0, len(ids), DELETE_BATCH):
            batch = ids[start : start + DELETE_BATCH]
            done = await self.call(
                "deleteMessages", lambda batch=batch: self.bot.delete_messages(chat_id, batch)
            )
            accepted = accepted and bool(done)
        return accepted

    async def call(
        self,
        method: str,
        send: Callable[[], Awaitable[T]],
        attempts: Optional[int] = None,
        quiet: tuple = (),
    ) -> Optional[T]:
        """Runs one Bot API call with retries; None when it finally failed (logged, counted)."""
        attempts = attempts or self.attempts
        error: Optional[TelegramError] = None
        for attempt in range(1, attempts + 1):
            try:
                return await send()
            except RetryAfter as flood:
                error, wait = flood, retry_seconds(flood)
                if wait > MAX_RETRY_AFTER_SECONDS:
                    break  # waiting that long would hold the conversation; count it as failed
            except quiet:
                return None
            except _PERMANENT as refused:
                error = refused
                break
            except NetworkError as network:  # 5xx, connection errors and timeouts
                error, wait = network, self.backoff * (2 ** (attempt - 1)) * random.uniform(1, 1.25)
            if attempt < attempts:
                self.retried += 1
                await asyncio.sleep(wait)
        self.failed += 1
        logger.error(
            "Telegram %s failed after %d attempt(s) (%s); %d Telegram call(s) have failed "
            "since start.",
            method,
            min(attempt, attempts),
            type(error).__name__,
            self.failed,
        )
        return None

    async def __aenter__(self) -> "TelegramClient":
        await self.start()
        return self

    async def __aexit__(self, *_: Any) -> None:
        await self.stop()


def retry_seconds(error: RetryAfter) -> float:
    """Seconds Telegram asked to wait, whichever type this python-telegram-bot returns."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: Any = error.retry_after
    if isinstance(value, dtm.timedelta):
        return value.total_seconds()
    return float(value)
