"""The broker's memory: counts waiting to be written, and the few facts about live conversations.

Both are bounded. `PendingCounts` keeps at most ``max_keys`` distinct rows; what does not
fit is dropped and only its number is kept (for the log). `Conversations` maps a keyed
hash of the sender id (the key is random per process and never leaves it) to a
`Conversation`, least recently active first, dropping entries idle for too long.
"""
from __future__ import annotations

import hashlib
import os
import threading
import time
from collections import OrderedDict
from typing import Callable, Dict, Mapping, Optional, Tuple

from harbour.stats.outcomes import Conversation
from harbour.stats.store import CountKey


class PendingCounts:
    """Thread-safe counts not yet written: adding never blocks for more than a dict update."""

    def __init__(self, max_keys: int) -> None:
        self.max_keys = max_keys
        self._counts: Dict[CountKey, int] = {}
        self._lost = 0
        self._lock = threading.Lock()

    def add(self, key: CountKey, amount: int = 1) -> None:
        """Adds to a row; a new row that doesn't fit is lost (and counted as lost)."""
        with self._lock:
            if key in self._counts:
                self._counts[key] += amount
            elif len(self._counts) < self.max_keys:
                self._counts[key] = amount
            else:
                self._lost += amount

    def take(self) -> Dict[CountKey, int]:
        """Everything waiting, leaving the buffer empty."""
        with self._lock:
            taken, self._counts = self._counts, {}
        return taken

    def put_back(self, counts: Mapping[CountKey, int]) -> None:
        """Returns counts that could not be written, within the bound."""
        with self._lock:
            for key, amount in counts.items():
                if key in self._counts:
                    self._counts[key] += amount
                elif len(self._counts) < self.max_keys:
                    self._counts[key] = amount
                else:
                    self._lost += amount

    def take_lost(self) -> int:
        """How many counts were dropped since the last call."""
        with self._lock:
            lost, self._lost = self._lost, 0
        return lost

    def lose_all(self) -> int:
        """Drops everything waiting (shutdown without a database); returns how many counts."""
        with self._lock:
            lost = sum(self._counts.values()) + self._lost
            self._counts, self._lost = {}, 0
        return lost

    def __len__(self) -> int:
        with self._lock:
            return len(self._counts)

    def total(self) -> int:
        """The number of counts waiting."""
        with self._lock:
            return sum(self._counts.values())


class Conversations:
    """Live conversations by keyed hash of the sender id: bounded, least recently active first."""

    def __init__(
        self,
        idle_seconds: float,
        capacity: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle_seconds = idle_seconds
        self.capacity = capacity
        self._clock = clock
        self._key = os.urandom(32)
        self._entries: "OrderedDict[bytes, Tuple[Conversation, float]]" = OrderedDict()

    def key(self, sender_id: object) -> bytes:
        """A per-process keyed hash of the sender id: the id itself is never kept."""
        raw = sender_id if isinstance(sender_id, str) else repr(sender_id)
        return hashlib.blake2b(raw.encode("utf-8", "replace"), key=self._key, digest_size=16).digest()

    def get(self, key: bytes) -> Conversation:
        """The conversation's state, or a fresh one if unknown or idle too long."""
        self._expire()
        entry = self._entries.get(key)
        return entry[0] if entry is not None else Conversation()

    def put(self, key: bytes, conversation: Conversation) -> None:
        """Stores the state as most recently active, dropping the oldest beyond capacity."""
        self._entries[key] = (conversation, self._clock())
        self._entries.move_to_end(key)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def drop(self, key: bytes) -> None:
        """Forgets one conversation at once."""
        self._entries.pop(key, None)

    def __len__(self) -> int:
        return len(self._entries)

    def _expire(self) -> None:
        deadline = self._clock() - self.idle_seconds
        while self._entries:
            oldest: Optional[Tuple[Conversation, float]] = next(iter(self._entries.values()))
            if oldest[1] > deadline:
                return
            self._entries.popitem(last=False)
