"""Sessions expire, tokens compare safely, limits slide, redirects stay on this site."""
import pytest

from harbour.dashboard.config import DashboardConfig, is_loopback, secure_cookies
from harbour.dashboard.pages import safe_next
from harbour.dashboard.security import (
    LoginLimiter,
    Sessions,
    client_address,
    client_key,
    cookie_name,
    csrf_ok,
    host_allowed,
    parse_networks,
    same_origin,
)
from harbour.stats.settings import StatsConfigError


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_staff_sessions_end_after_idle_time_and_absolute_time():
    clock = Clock()
    sessions = Sessions(idle_seconds=1800, absolute_seconds=8 * 3600, clock=clock)
    token, session = sessions.create("alex", "stamp")
    for _ in range(19):  # active every 25 minutes (7h55 in all): idle never reached...
        clock.now += 25 * 60
        assert sessions.get(token) is session
    clock.now += 25 * 60  # ...but 8 hours after login it ends anyway
    assert sessions.get(token) is None
    token, _ = sessions.create("alex", "stamp")
    clock.now += 1801
    assert sessions.get(token) is None


def test_anonymous_sessions_last_15_minutes_and_tokens_are_stored_hashed():
    clock = Clock()
    sessions = Sessions(idle_seconds=1800, absolute_seconds=3600, clock=clock)
    token, _ = sessions.create()
    assert token not in repr(sessions._entries)
    clock.now += 15 * 60 + 1
    assert sessions.get(token) is None
    assert sessions.get(None) is None and sessions.get("x" * 500) is None


def test_csrf_tokens_must_match_the_session():
    sessions = Sessions(1800, 3600)
    _, session = sessions.create()
    assert csrf_ok(session, session.csrf)
    assert not csrf_ok(session, session.csrf + "x")
    assert not csrf_ok(session, "")
    assert not csrf_ok(session, None)
    assert not csrf_ok(None, session.csrf)
    assert not csrf_ok(session, "é" * 10)


def test_login_failures_slide_out_of_the_window():
    clock = Clock()
    limiter = LoginLimiter(per_account=3, per_address=5, window_seconds=900, clock=clock)
    for _ in range(3):
        limiter.failed("Alex", "10.0.0.1")
    assert limiter.blocked("alex", "10.0.0.2")  # names compared case-blind
    assert not limiter.blocked("sam", "10.0.0.2")
    clock.now += 901
    assert not limiter.blocked("alex", "10.0.0.1")
    limiter.failed("alex", "10.0.0.1")  # the old failures left the window: a fresh start
    assert not limiter.blocked("alex", "10.0.0.1")
    for n in range(5):
        limiter.failed(f"user{n}", "10.0.0.9")
    assert limiter.blocked("anyone", "10.0.0.9")
    limiter.succeeded("user1")
    assert limiter.blocked("anyone", "10.0.0.9")  # success clears the name, not the address


@pytest.mark.parametrize(
    "origin, host, ok",
    [
        (None, "127.0.0.1:8001", True),
        ("http://127.0.0.1:8001", "127.0.0.1:8001", True),
        ("http://evil.example", "127.0.0.1:8001", False),
        ("null", "127.0.0.1:8001", False),
    ],
)
def test_same_origin(origin, host, ok):
    assert same_origin(origin, host) is ok


@pytest.mark.parametrize(
    "target, expected",
    [("/intents?start=2026-01-01", "/intents?start=2026-01-01"), ("//evil.example", "/"),
     ("https://evil.example", "/"), ("/\\evil", "/"), ("", "/"), (None, "/"), ("/" + "a" * 600, "/")],
)
def test_safe_next(target, expected):
    assert safe_next(target) == expected


def test_secure_cookies_are_automatic_off_loopback_only():
    assert secure_cookies("auto", "127.0.0.1") is False
    assert secure_cookies("auto", "::1") is False
    assert secure_cookies("auto", "localhost") is False
    assert secure_cookies("auto", "0.0.0.0") is True
    assert secure_cookies("auto", "dashboard.example.org") is True
    assert secure_cookies("true", "127.0.0.1") is True
    assert secure_cookies("off", "0.0.0.0") is False
    with pytest.raises(StatsConfigError):
        secure_cookies("maybe", "127.0.0.1")
    assert is_loopback("127.0.0.2") and not is_loopback("10.0.0.1")
    assert cookie_name(True).startswith("__Host-") and not cookie_name(False).startswith("__Host-")


def test_a_guessed_name_waits_longer_after_each_failure_but_never_more_than_the_cap():
    clock = Clock()
    limiter = LoginLimiter(per_account=5, per_address=1000, window_seconds=3600, base_delay=30, max_delay=900,
                           clock=clock)
    for _ in range(4):
        limiter.failed("alex", "10.0.0.9")
    assert not limiter.blocked("alex", "10.0.0.9")
    waits = []
    for _ in range(8):
        limiter.failed("alex", "10.0.0.9")
        start = clock.now
        while limiter.blocked("alex", "10.0.0.9"):
            clock.now += 1
        waits.append(clock.now - start)
    assert waits == [30, 60, 120, 240, 480, 900, 900, 900]


def test_the_owners_browser_is_never_locked_out_by_someone_guessing_their_name():
    clock = Clock()
    limiter = LoginLimiter(per_account=5, per_address=20, window_seconds=900, clock=clock)
    device = limiter.succeeded("alex")  # alex signed in from this browser before
    for n in range(200):  # someone guesses alex's password, from many addresses, for hours
        if not limiter.blocked("alex", f"198.51.100.{n % 250}"):
            limiter.failed("alex", f"198.51.100.{n % 250}")
        clock.now += 60
    assert limiter.blocked("alex", "192.0.2.1")  # a browser alex never used waits
    assert not limiter.blocked("alex", "192.0.2.1", device)  # alex's own browser doesn't
    assert not limiter.blocked("alex", "198.51.100.7", device)  # not even behind the attacker's address
    assert limiter.blocked("sam", "192.0.2.1", device) is False and not limiter.known_device("sam", device)
    assert not limiter.known_device("alex", "forged-token") and not limiter.known_device("alex", None)


def test_a_device_token_stops_being_trusted_after_repeated_failures():
    limiter = LoginLimiter(per_account=5, per_address=20, window_seconds=900, clock=Clock())
    device = limiter.succeeded("alex")
    for _ in range(4):
        limiter.failed("alex", "10.0.0.1", device)
    assert limiter.known_device("alex", device)
    limiter.failed("alex", "10.0.0.1", device)
    assert not limiter.known_device("alex", device) and limiter.blocked("alex", "10.0.0.1", device)


@pytest.mark.parametrize(
    "address, key",
    [
        ("203.0.113.5", "203.0.113.5"),
        ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),
        ("2001:db8:1:2::1", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.5", "203.0.113.5"),
        ("not an address", "not an address"),
    ],
)
def test_failures_count_per_ipv4_address_and_per_ipv6_64(address, key):
    assert client_key(address) == key


def test_every_address_of_one_ipv6_64_shares_one_count():
    limiter = LoginLimiter(per_account=1000, per_address=20, window_seconds=900, clock=Clock())
    for n in range(20):
        limiter.failed(f"guess-{n}", client_key(f"2001:db8::{n + 1:x}"))
    assert limiter.blocked("alex", client_key("2001:db8::ffff:1"))
    assert not limiter.blocked("alex", client_key("2001:db8:0:1::1"))  # the next /64 is someone else


TRUSTED = parse_networks("10.0.0.0/8, 192.0.2.10")


@pytest.mark.parametrize(
    "peer, forwarded, trusted, expected",
    [
        ("203.0.113.5", "198.51.100.1", (), "203.0.113.5"),  # no proxy configured: the header is ignored
        ("203.0.113.5", "198.51.100.1", TRUSTED, "203.0.113.5"),  # not from a trusted proxy: ignored
        ("10.1.2.3", "198.51.100.1", TRUSTED, "198.51.100.1"),
        ("10.1.2.3", "6.6.6.6, 198.51.100.1", TRUSTED, "198.51.100.1"),  # the client wrote 6.6.6.6
        ("10.1.2.3", "198.51.100.1, 192.0.2.10", TRUSTED, "198.51.100.1"),  # two proxies
        ("10.1.2.3", "garbage", TRUSTED, "10.1.2.3"),
        ("10.1.2.3", None, TRUSTED, "10.1.2.3"),
        ("10.1.2.3", "2001:db8::7", TRUSTED, "2001:db8::7"),
    ],
)
def test_the_forwarded_address_is_believed_only_from_a_trusted_proxy(peer, forwarded, trusted, expected):
    assert client_address(peer, forwarded, trusted) == expected


def test_host_names_default_to_the_address_listened_on():
    loopback = DashboardConfig(stats_url="sqlite://", host="127.0.0.1", port=8001)
    assert set(loopback.host_names) == {"127.0.0.1:8001", "localhost:8001", "[::1]:8001"}
    assert host_allowed("LOCALHOST:8001", loopback.host_names)
    assert not host_allowed("evil.example:8001", loopback.host_names)
    assert not host_allowed("127.0.0.1:9999", loopback.host_names) and not host_allowed(None, loopback.host_names)
    named = DashboardConfig(stats_url="sqlite://", host="0.0.0.0", port=8001, allowed_hosts="Dash.Example.org")
    assert host_allowed("dash.example.org", named.host_names) and host_allowed("dash.example.org:8001", named.host_names)
    with pytest.raises(StatsConfigError, match="HARBOUR_DASHBOARD_ALLOWED_HOSTS"):
        DashboardConfig(stats_url="sqlite://", host="0.0.0.0", port=8001)
    with pytest.raises(StatsConfigError, match="TRUSTED_PROXIES"):
        DashboardConfig(stats_url="sqlite://", trusted_proxies="the load balancer")
