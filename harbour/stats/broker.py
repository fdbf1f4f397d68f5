"""Harbour's event broker: turns redacted Rasa events into anonymous daily counts.

Configured in endpoints.yml (see :mod:`harbour.stats.settings`)::

    event_broker:
      type: harbour.stats.StatsBroker
      retention_months: 13
      k: 5

Rasa calls `StatsBroker.publish` on its event loop for every new event the tracker store
saves (already redacted by :mod:`harbour.privacy.store`). Publishing only updates
counters in memory; a background thread writes them to the database every
``flush_seconds`` and at shutdown. If the database is down, slow or locked the
conversation carries on untouched: the counts wait in memory (bounded by
``max_pending`` rows) and are retried; what cannot be kept is dropped and only the number
lost is logged. Old counts are purged at start and once a day.
"""
from __future__ import annotations

import asyncio
import logging
import threading
import time
from asyncio import AbstractEventLoop
from datetime import date
from typing import Any, Callable, Dict, Optional, Text

from rasa.core.brokers.broker import EventBroker
from rasa.utils.endpoints import EndpointConfig

from harbour.stats import outcomes
from harbour.stats.buffer import Conversations, PendingCounts
from harbour.stats.settings import StatsConfigError, StatsSettings
from harbour.stats.store import CountKey, StatsStore, retention_cutoff
from harbour.stats.timezone import today_in_london

logger = logging.getLogger(__name__)

FAILURE_LOG_SECONDS = 60.0
CLOSE_TIMEOUT_SECONDS = 15.0


class StatsBroker(EventBroker):
    """Counts (day, channel, intent) and a few named outcomes; never who, what or when exactly."""

    def __init__(
        self,
        settings: Optional[StatsSettings] = None,
        *,
        today: Callable[[], date] = today_in_london,
        start: bool = True,
    ) -> None:
        """Opens the store (lazily: no connection is made here) and starts the writer thread.

        Args:
            settings: Where and how to keep counts (defaults: SQLite under .harbour/).
            today: The current day in Europe/London (tests pass a fixed one).
            start: Start the background writer (tests may flush by hand instead).
        """
        self.settings = settings or StatsSettings()
        try:
            self.store = StatsStore(self.settings.url)
        except Exception as error:  # a bad URL or a missing driver: stop start-up loudly
            raise StatsConfigError(
                f"The statistics database URL cannot be used ({type(error).__name__})."
            ) from error
        self._today = today
        self.pending = PendingCounts(self.settings.max_pending)
        self.conversations = Conversations(
            self.settings.idle_minutes * 60, self.settings.max_conversations
        )
        self._schema_ready = False
        self._purged_on: Optional[date] = None
        self._last_failure_log = 0.0
        self._failures = 0
        self._stop = threading.Event()
        self._flush_lock = threading.Lock()
        self._thread: Optional[threading.Thread] = None
        if start:
            self.start()

    @classmethod
    async def from_endpoint_config(
        cls,
        broker_config: EndpointConfig,
        event_loop: Optional[AbstractEventLoop] = None,
    ) -> "StatsBroker":
        """Creates the broker from endpoints.yml; raises `StatsConfigError` for bad settings."""
        values: Dict[Text, Any] = dict(broker_config.kwargs)
        if broker_config.url:
            values["url"] = broker_config.url
        broker = cls(StatsSettings.from_mapping(values))
        logger.info("Statistics: counting into %s.", broker.store.where())
        return broker

    def publish(self, event: Dict[Text, Any]) -> None:
        """Adds this event's counts in memory; never raises, never waits for the database."""
        try:
            key = self.conversations.key(event.get("sender_id"))
            before = self.conversations.get(key)
            counted, after = outcomes.count_event(event, before)
            if outcomes.is_finished(event, after):
                self.conversations.drop(key)
            elif after != before or counted:
                self.conversations.put(key, after)
            if counted:
                day = self._today()
                for kind, name in counted:
                    self.pending.add(CountKey(day, after.channel, kind, name))
        except Exception as error:  # noqa: BLE001 (statistics must never cost a reply)
            logger.error("Statistics: an event could not be counted (%s).", type(error).__name__)

    def is_ready(self) -> bool:
        """True while the writer thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Starts the background writer (idempotent)."""
        if self.is_ready():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="harbour-stats-writer", daemon=True)
        self._thread.start()

    async def close(self) -> None:
        """Writes what is waiting and stops the writer, without blocking the event loop."""
        await asyncio.get_running_loop().run_in_executor(None, self.close_sync)

    def close_sync(self) -> None:
        """Stops the writer, makes a last attempt to write, and logs what is lost."""
        self._stop.set()
        thread = self._thread
        if thread is not None:
            thread.join(CLOSE_TIMEOUT_SECONDS)
        if thread is None or not thread.is_alive():
            self.flush()
        lost = self.pending.lose_all()
        if lost:
            logger.error("Statistics: %d counts could not be written before shutdown and are lost.", lost)
        self.store.close()

    def flush(self) -> bool:
        """Writes every waiting count once; True when nothing is left waiting."""
        with self._flush_lock:
            try:
                self._prepare()
                batch = self.pending.take()
                if not batch:
                    return True
                try:
                    self.store.add(batch)
                except Exception:
                    self.pending.put_back(batch)
                    raise
                if self._failures:
                    logger.warning("Statistics: the database is back after %d failed writes.", self._failures)
                    self._failures = 0
                return True
            except Exception as error:  # noqa: BLE001 (keep counting in memory, try again)
                self._failures += 1
                self._log_failure(error)
                return False
            finally:
                lost = self.pending.take_lost()
                if lost:
                    logger.error(
                        "Statistics: %d counts were dropped (more than %d rows waiting for the "
                        "database).",
                        lost,
                        self.settings.max_pending,
                    )

    def _run(self) -> None:
        while True:
            stopping = self._stop.wait(self.settings.flush_seconds)
            self.flush()
            if stopping:
                return

    def _prepare(self) -> None:
        """Creates the tables on first contact and purges expired counts once a day."""
        if not self._schema_ready:
            self.store.create_schema()
            self._schema_ready = True
        today = self._today()
        if self._purged_on != today:
            cutoff = retention_cutoff(today, self.settings.retention_months)
            removed = self.store.purge(cutoff)
            self._purged_on = today
            if removed:
                logger.info("Statistics: %d rows older than %s removed (retention).", removed, cutoff)

    def _log_failure(self, error: BaseException) -> None:
        now = time.monotonic()
        if self._failures == 1 or now - self._last_failure_log >= FAILURE_LOG_SECONDS:
            self._last_failure_log = now
            logger.error(
                "Statistics: cannot write to the database (%s); %d counts are waiting in "
                "memory and will be retried.",
                type(error).__name__,
                self.pending.total(),
            )

