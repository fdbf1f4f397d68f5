"""Staff sessions, CSRF tokens, login rate limits and the security headers of every response.

Sessions live in the dashboard process's memory only (a restart logs everyone out). The
cookie holds a random token; the server keeps its SHA-256, the account's stamp and a CSRF
token. A session ends after ``idle_minutes`` without a request, ``absolute_hours`` after
login, at logout, or when the account is removed or re-created. Visitors to the login
page get a short anonymous session too, so the login form has a CSRF token as well.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Callable, Deque, Dict, Optional, Tuple

ANONYMOUS_IDLE_SECONDS = 15 * 60
MAX_SESSIONS = 10_000
MAX_TRACKED = 10_000

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # "no-referrer" would make form posts say Origin: null
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


@dataclass
class Session:
    """One browser's session: anonymous until login, then a staff member's."""

    csrf: str
    created: float
    seen: float
    user: Optional[str] = None
    stamp: Optional[str] = None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


@dataclass
class Sessions:
    """Server-side sessions by token digest; bounded, expiring."""

    idle_seconds: float
    absolute_seconds: float
    clock: Callable[[], float] = time.monotonic
    _entries: "OrderedDict[str, Session]" = field(default_factory=OrderedDict)

    def create(self, user: Optional[str] = None, stamp: Optional[str] = None) -> Tuple[str, Session]:
        """A new session and the token for its cookie."""
        token = secrets.token_urlsafe(32)
        now = self.clock()
        session = Session(csrf=secrets.token_urlsafe(32), created=now, seen=now, user=user, stamp=stamp)
        self._entries[_digest(token)] = session
        while len(self._entries) > MAX_SESSIONS:
            self._entries.popitem(last=False)
        return token, session

    def get(self, token: Optional[str]) -> Optional[Session]:
        """The live session for a cookie token, refreshed; None if unknown or expired."""
        if not token or len(token) > 128:
            return None
        key = _digest(token)
        session = self._entries.get(key)
        if session is None:
            return None
        now = self.clock()
        idle = self.idle_seconds if session.user else ANONYMOUS_IDLE_SECONDS
        if now - session.seen > idle or now - session.created > self.absolute_seconds:
            del self._entries[key]
            return None
        session.seen = now
        self._entries.move_to_end(key)
        return session

    def drop(self, token: Optional[str]) -> None:
        """Ends a session at once."""
        if token:
            self._entries.pop(_digest(token), None)

    def __len__(self) -> int:
        return len(self._entries)


def csrf_ok(session: Optional[Session], submitted: object) -> bool:
    """True when the form's token matches the session's (compared in constant time)."""
    if session is None or not isinstance(submitted, str) or not submitted:
        return False
    return hmac.compare_digest(session.csrf.encode(), submitted.encode("utf-8", "replace"))


@dataclass
class LoginLimiter:
    """Failed logins per account name and per client address, in a sliding window."""

    per_account: int
    per_address: int
    window_seconds: float
    clock: Callable[[], float] = time.monotonic
    _failures: "OrderedDict[str, Deque[float]]" = field(default_factory=OrderedDict)

    def blocked(self, name: str, address: str) -> bool:
        """True while either the name or the address has too many recent failures."""
        return (
            self._recent(_account_key(name)) >= self.per_account
            or self._recent(_address_key(address)) >= self.per_address
        )

    def failed(self, name: str, address: str) -> None:
        """Records one failed attempt against both."""
        now = self.clock()
        for key in (_account_key(name), _address_key(address)):
            self._failures.setdefault(key, deque()).append(now)
            self._failures.move_to_end(key)
        while len(self._failures) > MAX_TRACKED:
            self._failures.popitem(last=False)

    def succeeded(self, name: str) -> None:
        """Clears the account's failures (the address keeps its own)."""
        self._failures.pop(_account_key(name), None)

    def _recent(self, key: str) -> int:
        times = self._failures.get(key)
        if not times:
            return 0
        cutoff = self.clock() - self.window_seconds
        while times and times[0] <= cutoff:
            times.popleft()
        return len(times)


def _account_key(name: str) -> str:
    return "name:" + (name or "").strip().lower()[:64]


def _address_key(address: str) -> str:
    return "addr:" + (address or "unknown")[:64]


def same_origin(origin: Optional[str], host: Optional[str]) -> bool:
    """False when a browser says the request came from another site (Origin header)."""
    if not origin:
        return True
    if origin == "null":
        return False
    return origin.split("://", 1)[-1].rstrip("/") == (host or "")


def cookie_name(secure: bool) -> str:
    """``__Host-`` cookies must be Secure, host-only and Path=/: browsers enforce all three."""
    return "__Host-harbour_staff" if secure else "harbour_staff"


def security_headers(path: str) -> Dict[str, str]:
    """Headers for every response; pages and exports are never cached."""
    headers = dict(HEADERS)
    if not path.startswith("/static/"):
        headers["Cache-Control"] = "no-store"
    return headers
