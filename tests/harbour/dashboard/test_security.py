"""Sessions expire, tokens compare safely, limits slide, redirects stay on this site."""
import pytest

from harbour.dashboard.config import is_loopback, secure_cookies
from harbour.dashboard.pages import safe_next
from harbour.dashboard.security import LoginLimiter, Sessions, cookie_name, csrf_ok, same_origin
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
