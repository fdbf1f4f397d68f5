"""Staff sessions, CSRF tokens, sign-in limits, client addresses, the Host check and the headers.

Sessions live in the dashboard process's memory only (a restart logs everyone out). The
cookie holds a random token; the server keeps its SHA-256, the account's stamp and a CSRF
token. A session ends after ``idle_minutes`` without a request, ``absolute_hours`` after
login, at logout, or when the account is removed or re-created. Visitors to the login
page get a short anonymous session too, so the login form has a CSRF token as well.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import secrets
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Callable, Deque, Dict, Optional, Tuple, Union

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
class _Failures:
    """Recent failed sign-ins for one key: their times, and when the key may try again."""

    times: Deque[float] = field(default_factory=deque)
    wait_until: float = 0.0


@dataclass
class LoginLimiter:
    """Slows password guessing without letting anyone lock a staff member out for good.

    - **A name**: the first ``per_account`` failures in ``window_seconds`` cost nothing; after that
      every failure makes the name wait before its next try, ``base_delay`` seconds doubling with
      each further failure up to ``max_delay`` (30 s, 1 min, 2 min … 15 min). Tries refused while
      waiting are not checked and add nothing, so the wait never grows without a guess being made.
    - **An address** (one IPv4 address, or one IPv6 /64: see `client_key`): ``per_address``
      failures in the window block that address until the oldest leaves the window.
    - **A known device**: a browser that has signed in to a name before carries a random device
      token (OWASP's "device cookie"). With it, the name's back-off and the address limit don't
      apply, so someone guessing alex's password from elsewhere slows only themselves, never
      alex. A device token stops being trusted after ``per_account`` failures made with it.
      Device tokens live in this process's memory: a restart forgets them (the back-off still
      applies, and the next sign-in makes the browser known again).
    """

    per_account: int
    per_address: int
    window_seconds: float
    base_delay: float = 30.0
    max_delay: float = 900.0
    clock: Callable[[], float] = time.monotonic
    _failures: "OrderedDict[str, _Failures]" = field(default_factory=OrderedDict)
    _devices: "OrderedDict[str, Tuple[str, int]]" = field(default_factory=OrderedDict)

    def blocked(self, name: str, address: str, device: Optional[str] = None) -> bool:
        """True while this try must wait (the name's back-off, or the address's limit)."""
        if self.known_device(name, device):
            return False
        now = self.clock()
        account = self._recent(_account_key(name))
        if account is not None and now < account.wait_until:
            return True
        address_failures = self._recent(_address_key(address))
        return address_failures is not None and len(address_failures.times) >= self.per_address

    def failed(self, name: str, address: str, device: Optional[str] = None) -> None:
        """Records one failed attempt against the name, the address and the device token."""
        now = self.clock()
        if self.known_device(name, device):
            key = _digest(device or "")
            owner, failures = self._devices[key]
            if failures + 1 >= self.per_account:
                del self._devices[key]  # no longer trusted: the limits apply to it again
            else:
                self._devices[key] = (owner, failures + 1)
        for key in (_account_key(name), _address_key(address)):
            entry = self._recent(key) or _Failures()
            entry.times.append(now)
            self._failures[key] = entry
            self._failures.move_to_end(key)
        account = self._failures[_account_key(name)]
        excess = len(account.times) - self.per_account
        if excess >= 0:
            account.wait_until = now + min(self.base_delay * (2 ** min(excess, 30)), self.max_delay)
        while len(self._failures) > MAX_TRACKED:
            self._failures.popitem(last=False)

    def succeeded(self, name: str) -> str:
        """Clears the name's failures (the address keeps its own); returns a new device token."""
        self._failures.pop(_account_key(name), None)
        token = secrets.token_urlsafe(32)
        self._devices[_digest(token)] = (_account_key(name), 0)
        while len(self._devices) > MAX_TRACKED:
            self._devices.popitem(last=False)
        return token

    def known_device(self, name: str, device: Optional[str]) -> bool:
        """True when ``device`` is a token this process gave a browser that signed in as ``name``."""
        if not device or len(device) > 128:
            return False
        entry = self._devices.get(_digest(device))
        return entry is not None and entry[0] == _account_key(name)

    def _recent(self, key: str) -> Optional[_Failures]:
        """The key's failures still inside the window (None if there are none)."""
        entry = self._failures.get(key)
        if entry is None:
            return None
        cutoff = self.clock() - self.window_seconds
        while entry.times and entry.times[0] <= cutoff:
            entry.times.popleft()
        if not entry.times and self.clock() >= entry.wait_until:
            del self._failures[key]
            return None
        return entry


def _account_key(name: str) -> str:
    return "name:" + (name or "").strip().lower()[:64]


def _address_key(address: str) -> str:
    return "addr:" + (address or "unknown")[:64]


Networks = Tuple[Union[ipaddress.IPv4Network, ipaddress.IPv6Network], ...]


def parse_networks(value: str) -> Networks:
    """Addresses or CIDR networks, comma or space separated; raises ValueError on anything else."""
    networks = []
    for item in re.split(r"[\s,]+", value or ""):
        if item:
            networks.append(ipaddress.ip_network(item, strict=False))
    return tuple(networks)


def _address(text: str) -> Optional[Union[ipaddress.IPv4Address, ipaddress.IPv6Address]]:
    try:
        address = ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def client_address(peer: str, forwarded_for: Optional[str], trusted: Networks) -> str:
    """The address a request came from: the peer, or, when the peer is a trusted proxy, the
    right-most address in X-Forwarded-For that is not itself a trusted proxy.

    Only the right-most entries can be trusted (each proxy appends the address it saw); anything
    further left was written by the client and could be anything.
    """
    address = _address(peer or "")
    if address is None:
        return peer or "unknown"
    if not trusted or not any(address in network for network in trusted) or not forwarded_for:
        return str(address)
    for hop in reversed(forwarded_for.split(",")[-20:]):
        forwarded = _address(hop)
        if forwarded is None:
            return str(address)  # malformed: fall back to the proxy itself, never to a guess
        if not any(forwarded in network for network in trusted):
            return str(forwarded)
        address = forwarded
    return str(address)


def client_key(address: str) -> str:
    """What failed sign-ins are counted against: an IPv4 address, or an IPv6 address's /64.

    One home or mobile connection gets a whole IPv6 /64, so counting single IPv6 addresses would
    let one attacker start a fresh count at every one of its 2**64 addresses.
    """
    parsed = _address(address)
    if isinstance(parsed, ipaddress.IPv6Address):
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed) if parsed is not None else (address or "unknown")


def host_allowed(host: Optional[str], allowed: Tuple[str, ...]) -> bool:
    """True when the Host header names this dashboard (defeats DNS rebinding)."""
    return bool(host) and host.strip().lower().rstrip(".") in allowed


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


def device_cookie_name(secure: bool) -> str:
    """The cookie that marks a browser that has signed in before (see `LoginLimiter`)."""
    return "__Host-harbour_device" if secure else "harbour_device"


def security_headers(path: str) -> Dict[str, str]:
    """Headers for every response; pages and exports are never cached."""
    headers = dict(HEADERS)
    if not path.startswith("/static/"):
        headers["Cache-Control"] = "no-store"
    return headers
