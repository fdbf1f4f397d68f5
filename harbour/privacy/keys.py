"""Redis keys that never hold a sender id: an HMAC of it, under a secret every replica shares.

The tracker store (:mod:`harbour.privacy.store`) and the lock store
(:mod:`harbour.privacy.locks`) both key a conversation this way, with the same secret
(``key_secret`` in endpoints.yml, or ``HARBOUR_STORE_SECRET``), so Redis sees neither a
REST sender id nor a Telegram chat id (which identifies a person). Nothing here imports Rasa.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from typing import Any, Optional

SECRET_VARIABLE = "HARBOUR_STORE_SECRET"
MIN_SECRET_CHARS = 16


def shared_secret(key_secret: Any = None) -> Optional[bytes]:
    """The HMAC key: ``key_secret`` or $HARBOUR_STORE_SECRET; None if missing or too short."""
    secret = key_secret or os.environ.get(SECRET_VARIABLE, "")
    if not isinstance(secret, str) or len(secret) < MIN_SECRET_CHARS:
        return None
    return secret.encode("utf-8")


def sender_hmac(secret: bytes, sender_id: str) -> str:
    """The hex HMAC-SHA256 of a sender id: the only form in which Redis ever sees it."""
    return hmac.new(secret, sender_id.encode("utf-8"), hashlib.sha256).hexdigest()
