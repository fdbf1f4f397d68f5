"""What the Telegram channel holds in memory, and for how long: ids and payloads, never text.

- `MessageLog`: per conversation, the ids of the person's and the bot's messages, so /forget
  can delete them. Dropped after the conversation's idle time, capped per conversation and in
  total, keyed by the sender id (an HMAC), never by the chat id.
- `RecentUpdates`: update ids already taken in, so Telegram re-sending an update never gets a
  second answer.
- `CallbackPayloads`: button payloads too long for Telegram's 64-byte ``callback_data``.
  Payloads come from the domain and the actions, never from what a person typed.
"""
from __future__ import annotations

import base64
import hashlib
import time
from collections import OrderedDict, deque
from typing import Callable, Deque, List, Optional, Tuple

# Telegram lets a bot delete any message in a private chat for 48 hours; keep a margin.
DELETE_WINDOW_SECONDS = 47.5 * 3600
MAX_CALLBACK_BYTES = 64
_LONG_PAYLOAD_MARK = "#"


class MessageLog:
    """Message ids per conversation, for /forget; forgotten when the conversation goes idle."""

    def __init__(
        self,
        idle_seconds: float = 30 * 60,
        per_conversation: int = 200,
        max_conversations: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle_seconds = idle_seconds
        self.per_conversation = per_conversation
        self.max_conversations = max_conversations
        self.clock = clock
        # sender id -> (last activity, ids with the time each was seen), least recent first
        self._entries: "OrderedDict[str, Tuple[float, Deque[Tuple[int, float]]]]" = OrderedDict()

    def __len__(self) -> int:
        self.sweep()
        return len(self._entries)

    def add(self, sender_id: str, message_id: Optional[int]) -> None:
        """Remembers one message id of a conversation (the oldest go past the cap)."""
        if message_id is None:
            return
        now = self.clock()
        self.sweep(now)
        entry = self._entries.pop(sender_id, None)
        ids = entry[1] if entry else deque(maxlen=self.per_conversation)
        ids.append((int(message_id), now))
        self._entries[sender_id] = (now, ids)
        while len(self._entries) > self.max_conversations:
            self._entries.popitem(last=False)

    def take(self, sender_id: str) -> List[int]:
        """Forgets a conversation's ids and returns those Telegram still lets the bot delete."""
        now = self.clock()
        self.sweep(now)
        entry = self._entries.pop(sender_id, None)
        if entry is None:
            return []
        return [mid for mid, seen in entry[1] if now - seen < DELETE_WINDOW_SECONDS]

    def drop(self, sender_id: str) -> None:
        """Forgets a conversation's ids without returning them."""
        self._entries.pop(sender_id, None)

    def sweep(self, now: Optional[float] = None) -> int:
        """Drops idle conversations (least recently active first); returns how many."""
        now = self.clock() if now is None else now
        dropped = 0
        while self._entries:
            sender_id, (last_active, _) = next(iter(self._entries.items()))
            if now - last_active < self.idle_seconds:
                break
            del self._entries[sender_id]
            dropped += 1
        return dropped


class RecentUpdates:
    """The last update ids taken in, to answer each Telegram update once."""

    def __init__(self, capacity: int = 50_000) -> None:
        self.capacity = capacity
        self._seen: "OrderedDict[int, None]" = OrderedDict()

    def first_time(self, update_id: int) -> bool:
        """True the first time an update id is seen, False for a re-delivery."""
        if update_id in self._seen:
            return False
        self._seen[update_id] = None
        while len(self._seen) > self.capacity:
            self._seen.popitem(last=False)
        return True


class CallbackPayloads:
    """Fits Rasa button payloads into Telegram's 64-byte ``callback_data``."""

    def __init__(self, capacity: int = 4096) -> None:
        self.capacity = capacity
        self._long: "OrderedDict[str, str]" = OrderedDict()

    def encode(self, payload: str) -> str:
        """The payload itself when it fits, else a short reference to it held in memory."""
        if len(payload.encode("utf-8")) <= MAX_CALLBACK_BYTES and not payload.startswith(
            _LONG_PAYLOAD_MARK
        ):
            return payload
        digest = hashlib.sha256(payload.encode("utf-8")).digest()[:18]
        reference = _LONG_PAYLOAD_MARK + base64.urlsafe_b64encode(digest).decode()
        self._long.pop(reference, None)
        self._long[reference] = payload
        while len(self._long) > self.capacity:
            self._long.popitem(last=False)
        return reference

    def decode(self, data: Optional[str]) -> Optional[str]:
        """The payload a button press stands for; ``None`` when it is no longer known."""
        if not data:
            return None
        if data.startswith(_LONG_PAYLOAD_MARK):
            return self._long.get(data)
        return data
