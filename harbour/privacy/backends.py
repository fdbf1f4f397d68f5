"""Where the tracker store keeps each conversation's redacted JSON: process memory, or Redis with expiry.

`MemoryBackend` is an LRU ordered by last activity and swept for idle conversations (a background
task plus a check on every read); `RedisBackend` writes every key with the idle time as its expiry,
and its keys are HMACs of the sender id, so Redis never holds a person's id. Both only ever see
text the store has already redacted.
"""
import asyncio
import logging
import math
import time
from collections import OrderedDict
from typing import List, Optional, Text, Tuple

from harbour.privacy.errors import PrivacyConfigError
from harbour.privacy.keys import sender_hmac

logger = logging.getLogger("harbour.privacy.store")  # one logger name for the store and its backends

MAX_SWEEP_INTERVAL_SECONDS = 60.0
REDIS_TIMEOUT_SECONDS = 2.0


class Backend:
    """Where the redacted JSON of each conversation lives."""

    async def get(self, key: Text) -> Optional[Text]:
        raise NotImplementedError()

    async def put(self, key: Text, value: Text) -> None:
        raise NotImplementedError()

    async def delete(self, key: Text) -> None:
        raise NotImplementedError()

    async def keys(self) -> List[Text]:
        raise NotImplementedError()

    async def ping(self) -> None:
        raise NotImplementedError()

    async def close(self) -> None:
        raise NotImplementedError()


class MemoryBackend(Backend):
    """An LRU of conversations ordered by last activity, swept for idle ones."""

    def __init__(self, idle_seconds: float, max_conversations: int) -> None:
        self.idle_seconds = idle_seconds
        self.max_conversations = max_conversations
        self.entries: "OrderedDict[Text, Tuple[Text, float]]" = OrderedDict()
        self.sweep_interval = min(MAX_SWEEP_INTERVAL_SECONDS, idle_seconds / 4)
        self.clock = time.monotonic
        self._sweeper: Optional["asyncio.Task[None]"] = None

    async def get(self, key: Text) -> Optional[Text]:
        self._start_sweeper()
        entry = self.entries.get(key)
        if entry is None:
            return None
        if self._is_idle(entry[1], self.clock()):
            del self.entries[key]
            return None
        return entry[0]

    async def put(self, key: Text, value: Text) -> None:
        self._start_sweeper()
        self.entries[key] = (value, self.clock())
        self.entries.move_to_end(key)
        while len(self.entries) > self.max_conversations:
            self.entries.popitem(last=False)

    async def delete(self, key: Text) -> None:
        self.entries.pop(key, None)

    async def keys(self) -> List[Text]:
        self._start_sweeper()
        self.sweep()
        return list(self.entries)

    async def ping(self) -> None:
        return None

    async def close(self) -> None:
        if self._sweeper is not None and not self._sweeper.done():
            self._sweeper.cancel()
            try:
                await self._sweeper
            except asyncio.CancelledError:
                pass
        self._sweeper = None

    def sweep(self) -> int:
        """Drops idle conversations (the oldest come first); returns how many."""
        now = self.clock()
        dropped = 0
        while self.entries:
            key, (_, last_active) = next(iter(self.entries.items()))
            if not self._is_idle(last_active, now):
                break
            del self.entries[key]
            dropped += 1
        return dropped

    def _is_idle(self, last_active: float, now: float) -> bool:
        return now - last_active >= self.idle_seconds

    def _start_sweeper(self) -> None:
        loop = asyncio.get_running_loop()
        if (
            self._sweeper is not None
            and not self._sweeper.done()
            and self._sweeper.get_loop() is loop
        ):
            return
        self._sweeper = loop.create_task(self._sweep_forever())

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.sweep_interval)
            try:
                self.sweep()
            except Exception as error:  # noqa: BLE001 (keep sweeping)
                log_failure("sweep", error)


class RedisBackend(Backend):
    """Redis through `redis.asyncio`; every key expires after the idle time."""

    def __init__(
        self, url: Text, idle_seconds: float, key_prefix: Text, secret: bytes
    ) -> None:
        try:
            from redis import asyncio as redis_asyncio  # optional: backend memory needs no redis package
        except ImportError as error:
            # Not ImportError: Rasa would swallow it and fall back to memory.
            raise PrivacyConfigError(
                "tracker_store backend: redis needs the `redis` package (>= 4.2)."
            ) from error
        try:
            self.client = redis_asyncio.from_url(
                url,
                decode_responses=True,
                socket_timeout=REDIS_TIMEOUT_SECONDS,
                socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
            )
        except (ValueError, TypeError) as error:
            raise PrivacyConfigError(
                "tracker_store url is not a Redis URL "
                "(redis://, rediss:// or unix://)."
            ) from error
        self.key_prefix = key_prefix
        self.expiry_ms = max(1, int(math.ceil(idle_seconds * 1000)))
        self._secret = secret

    def redis_key(self, sender_id: Text) -> Text:
        """The Redis key of a conversation: the prefix and an HMAC of the sender id."""
        return self.key_prefix + sender_hmac(self._secret, sender_id)

    async def get(self, key: Text) -> Optional[Text]:
        return await self.client.get(self.redis_key(key))

    async def put(self, key: Text, value: Text) -> None:
        await self.client.set(self.redis_key(key), value, px=self.expiry_ms)

    async def delete(self, key: Text) -> None:
        await self.client.delete(self.redis_key(key))

    async def keys(self) -> List[Text]:
        """The live conversations' keys: HMACs, since sender ids are never stored."""
        pattern = glob_escape(self.key_prefix) + "*"
        start = len(self.key_prefix)
        return [key[start:] async for key in self.client.scan_iter(match=pattern)]

    async def ping(self) -> None:
        await self.client.ping()

    async def close(self) -> None:
        await self.client.close(close_connection_pool=True)


def log_failure(operation: Text, error: BaseException) -> None:
    """Logs where a failure happened without its message, which may hold content."""
    traceback = error.__traceback__
    while traceback is not None and traceback.tb_next is not None:
        traceback = traceback.tb_next
    where = (
        f"{traceback.tb_frame.f_code.co_filename}:{traceback.tb_lineno}"
        if traceback is not None
        else "unknown"
    )
    logger.error(
        "Tracker store could not %s a conversation (%s at %s); its state was "
        "dropped.",
        operation,
        type(error).__name__,
        where,
    )


def glob_escape(text: Text) -> Text:
    """``text`` with Redis glob characters escaped, to match it literally."""
    return "".join(f"\\{char}" if char in "*?[]\\" else char for char in text)
