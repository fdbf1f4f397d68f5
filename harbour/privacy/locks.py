"""Harbour's lock store for several replicas: Rasa's ticket lock, in Redis, without sender ids.

Configured in endpoints.yml, next to the tracker store's Redis backend::

    lock_store:
      type: harbour.privacy.PrivacyLockStore
      url: ${REDIS_URL}
      key_prefix: "harbour-lock:"          # optional
      key_secret: ${HARBOUR_STORE_SECRET}  # optional: the variable is read anyway
      lease_seconds: 10                    # optional

Rasa's `RedisLockStore` blocks the event loop (a synchronous client), puts the raw
conversation id in its keys (a Telegram chat id identifies a person) and issues tickets with
a read-modify-write that two replicas can interleave. This store keeps Rasa's semantics —
one ticket per message, served in the order issued, each expiring ``lock_lifetime`` after it
was issued — with every step one atomic Lua script (:mod:`harbour.privacy.lock_scripts`) run
through ``redis.asyncio``. Keys are HMACs of the sender id under the tracker store's secret,
and expire. A ticket is also leased: its owner renews it while it waits or holds the lock,
so the tickets of a replica that dies expire within ``lease_seconds`` instead of holding the
conversation for the whole lifetime.

If Redis stops answering mid-run, a message is never refused for it: the turn is ordered by
a lock inside this process only, and the failure is logged without content. At start-up the
check (:mod:`harbour.startup.preload` and :mod:`~harbour.startup.postload`) refuses to run if Redis cannot be reached.
"""
from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import deque
from contextlib import asynccontextmanager, suppress
from typing import Any, AsyncGenerator, Dict, Optional, Set, Text, Tuple

from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

from harbour.envvars import config_number
from harbour.privacy import lock_scripts
from harbour.privacy.backends import REDIS_TIMEOUT_SECONDS
from harbour.privacy.errors import PrivacyBackendError, PrivacyConfigError
from harbour.privacy.keys import MIN_SECRET_CHARS, SECRET_VARIABLE, sender_hmac, shared_secret

logger = logging.getLogger(__name__)

LOCK_STORE_TYPE = "harbour.privacy.PrivacyLockStore"
DEFAULT_KEY_PREFIX = "harbour-lock:"
DEFAULT_LEASE_SECONDS = 10.0
FIRST_POLL_SECONDS = 0.005
MAX_POLL_SECONDS = 0.05
SETTINGS = ("url", "key_prefix", "key_secret", "lease_seconds")


class PrivacyLockStore(LockStore):
    """Ticket locks in Redis through an async client, keyed by an HMAC of the sender id."""

    def __init__(
        self,
        url: Optional[Text] = None,
        key_prefix: Text = DEFAULT_KEY_PREFIX,
        key_secret: Optional[Text] = None,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        endpoint_config: Optional[EndpointConfig] = None,
    ) -> None:
        """Creates the store (no connection yet); raises `PrivacyConfigError` for bad settings.

        Args:
            url: The Redis URL (``redis://``, ``rediss://`` or ``unix://``).
            key_prefix: Prefix of every key (keep it apart from the tracker store's).
            key_secret: The HMAC key (default: $HARBOUR_STORE_SECRET), shared by every replica.
            lease_seconds: How long a ticket outlives its owner (a replica that died).
            endpoint_config: The lock_store section, as Rasa passes it (wins over the above).
        """
        if endpoint_config is not None:
            settings = dict(endpoint_config.kwargs)
            unknown = sorted(set(settings) - set(SETTINGS))
            if unknown:
                raise PrivacyConfigError(
                    f"Unknown lock_store settings {unknown}; {LOCK_STORE_TYPE} accepts "
                    f"{', '.join(SETTINGS)}."
                )
            url = endpoint_config.url or settings.get("url")
            key_prefix = settings.get("key_prefix", key_prefix)
            key_secret = settings.get("key_secret", key_secret)
            lease_seconds = settings.get("lease_seconds", lease_seconds)
        if not url:
            raise PrivacyConfigError("lock_store needs url: redis://host:port/db (e.g. url: ${REDIS_URL}).")
        if not isinstance(key_prefix, str) or not key_prefix:
            raise PrivacyConfigError("lock_store key_prefix must be a non-empty string.")
        secret = shared_secret(key_secret)
        if secret is None:
            raise PrivacyConfigError(
                f"lock_store needs key_secret (or {SECRET_VARIABLE}) of at least "
                f"{MIN_SECRET_CHARS} characters, the same as the tracker store's: keys are "
                f"HMACs of the sender id, so Redis never holds a person's id."
            )
        self.lease_ms = _milliseconds(lease_seconds, "lease_seconds", low=0.1)
        self.key_prefix = key_prefix
        self._secret = secret
        self.client = _client(url)
        self._issue = self.client.register_script(lock_scripts.ISSUE)
        self._turn = self.client.register_script(lock_scripts.TURN)
        self._release = self.client.register_script(lock_scripts.RELEASE)
        self._count = self.client.register_script(lock_scripts.COUNT)
        self._local: Dict[Text, Tuple[asyncio.Lock, int]] = {}
        self._background: Set["asyncio.Future[None]"] = set()
        super().__init__()

    @classmethod
    def from_endpoint_config(cls, endpoint_config: EndpointConfig) -> "PrivacyLockStore":
        """Creates the store from the lock_store section of endpoints.yml."""
        return cls(endpoint_config=endpoint_config)

    def redis_key(self, conversation_id: Text) -> Text:
        """The Redis key of a conversation's lock: the prefix and an HMAC of the sender id."""
        return self.key_prefix + sender_hmac(self._secret, conversation_id)

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: Text,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,
    ) -> AsyncGenerator[TicketLock, None]:
        """Holds the conversation's lock for the body: in ticket order across every replica.

        Raises:
            LockError: when this message's ticket expired before its turn came (as in Rasa).
        """
        key = self.redis_key(conversation_id)
        lifetime_ms = _milliseconds(lock_lifetime, "lock_lifetime", low=0.001)
        ticket = await self._queue(key, lifetime_ms, min(MAX_POLL_SECONDS, wait_time_in_seconds))
        if ticket is None:  # Redis is unreachable: order this process's messages only
            async with self._local_lock(key):
                yield TicketLock(conversation_id)
            return
        renewer = asyncio.create_task(self._renew(key, ticket))
        try:
            expires = time.time() + lifetime_ms / 1000
            yield TicketLock(conversation_id, deque([Ticket(ticket, expires)]))
        finally:
            renewer.cancel()
            with suppress(asyncio.CancelledError):
                await renewer
            await self._finish(key, ticket)

    async def tickets(self, conversation_id: Text) -> int:
        """How many live tickets the conversation's lock holds (served and waiting)."""
        return await self._run(self._count, self.redis_key(conversation_id))

    async def ping(self) -> None:
        """Checks Redis answers; raises `PrivacyBackendError` if not."""
        try:
            await self.client.ping()
        except Exception as error:
            raise PrivacyBackendError(
                f"The lock store's Redis cannot be reached ({type(error).__name__}); "
                f"Harbour will not start without it."
            ) from error

    async def close(self) -> None:
        """Closes the Redis connections."""
        await self.client.close(close_connection_pool=True)

    def get_lock(self, conversation_id: Text) -> Optional[TicketLock]:
        """Not supported: Rasa's synchronous steps would block the event loop; use `lock`."""
        raise NotImplementedError(f"{LOCK_STORE_TYPE} works through lock() only.")

    def delete_lock(self, conversation_id: Text) -> None:
        """Not supported (see `get_lock`)."""
        raise NotImplementedError(f"{LOCK_STORE_TYPE} works through lock() only.")

    def save_lock(self, lock: TicketLock) -> None:
        """Not supported (see `get_lock`)."""
        raise NotImplementedError(f"{LOCK_STORE_TYPE} works through lock() only.")

    @staticmethod
    async def _run(script: Any, key: Text, *args: int) -> Any:
        """Runs a script, shielded: a cancelled turn stops waiting at once, and redis-py never sees
        the cancellation (redis-py 4.x can lose it, or leave a reply on the connection)."""
        reply = await asyncio.shield(script(keys=[key], args=list(args)))
        return [int(item) for item in reply] if isinstance(reply, list) else int(reply)

    async def _queue(self, key: Text, lifetime_ms: int, max_poll: float) -> Optional[int]:
        """Takes a ticket and waits for its turn; None if Redis failed (the caller goes local)."""
        issuing = asyncio.ensure_future(self._run(self._issue, key, lifetime_ms, self.lease_ms))
        try:
            ticket, turn = await asyncio.shield(issuing)
        except asyncio.CancelledError:  # the ticket may still be issued: give it back once it is
            self._background.add(asyncio.ensure_future(self._give_back(issuing, key)))
            raise
        except Exception as error:  # noqa: BLE001 - a person's message is never refused for Redis
            _log_unavailable("issue a ticket", error, local=True)
            return None
        poll = FIRST_POLL_SECONDS
        max_poll = max(FIRST_POLL_SECONDS, min(max_poll, self.lease_ms / 3000))
        try:
            while turn != 1:  # one round trip when nobody else holds the conversation
                if turn == -1:
                    raise LockError("A message's lock ticket expired before its turn came.")
                await asyncio.sleep(poll)
                poll = min(max_poll, poll * 2)
                turn = await self._run(self._turn, key, ticket, self.lease_ms)
            return ticket
        except asyncio.CancelledError:
            await self._finish(key, ticket)
            raise
        except LockError:
            raise
        except Exception as error:  # noqa: BLE001
            _log_unavailable("wait for a ticket", error, local=True)
            return None

    async def _give_back(self, issuing: "asyncio.Future[Any]", key: Text) -> None:
        """Releases a ticket whose message was cancelled while it was being issued."""
        try:
            ticket, _ = await issuing
            await self._finish(key, ticket)
        except Exception:  # noqa: BLE001 - never issued, or Redis failed: the lease runs out
            pass
        finally:
            self._background.discard(asyncio.current_task())

    async def _renew(self, key: Text, ticket: int) -> None:
        """Keeps the held ticket's lease alive until the turn is over."""
        while True:
            await asyncio.sleep(self.lease_ms / 3000)
            try:
                if await self._run(self._turn, key, ticket, self.lease_ms) == -1:
                    logger.warning("A turn outlived its lock ticket (lock_lifetime); order is no longer kept.")
                    return
            except Exception as error:  # noqa: BLE001 - the lease runs out; the turn goes on
                _log_unavailable("renew a ticket", error)

    async def _finish(self, key: Text, ticket: int) -> None:
        """Gives the turn to the next ticket; if Redis fails, the ticket's lease runs out."""
        try:
            await self._run(self._release, key, ticket)
        except Exception as error:  # noqa: BLE001
            _log_unavailable("release a ticket", error)

    @asynccontextmanager
    async def _local_lock(self, key: Text) -> AsyncGenerator[None, None]:
        """An in-process lock per conversation, dropped when nobody holds or waits for it."""
        lock, users = self._local.get(key, (asyncio.Lock(), 0))
        self._local[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._local[key]
            if users <= 1:
                del self._local[key]
            else:
                self._local[key] = (lock, users - 1)


def _client(url: Text) -> Any:
    """A `redis.asyncio` client; no connection is made until the first command."""
    try:
        from redis import asyncio as redis_asyncio  # optional: backend memory needs no redis package
    except ImportError as error:  # not ImportError: Rasa would swallow it
        raise PrivacyConfigError("lock_store needs the `redis` package (>= 4.2).") from error
    try:
        return redis_asyncio.from_url(
            url,
            socket_timeout=REDIS_TIMEOUT_SECONDS,
            socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
        )
    except (ValueError, TypeError) as error:
        raise PrivacyConfigError("lock_store url is not a Redis URL (redis://, rediss:// or unix://).") from error


def _milliseconds(value: Any, name: Text, low: float) -> int:
    seconds = config_number(value, f"lock_store {name}", low=low, unit="seconds", error=PrivacyConfigError)
    return max(1, int(math.ceil(seconds * 1000)))


def _log_unavailable(step: Text, error: BaseException, local: bool = False) -> None:
    """Logs a Redis failure by type only (its message could name a key)."""
    logger.error(
        "Lock store: could not %s in Redis (%s)%s",
        step,
        type(error).__name__,
        "; this turn is ordered within this replica only." if local else ".",
    )
