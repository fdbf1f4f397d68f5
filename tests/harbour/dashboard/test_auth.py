"""Dashboard access against a real process: login, cookies, CSRF, rate limits, logout, expiry."""
from __future__ import annotations

import re

import pytest

from tests.harbour.dashboard.conftest import PASSWORD, csrf_of, login, run_cli, start_dashboard

PAGES = ["/", "/intents", "/outcomes", "/channels", "/export/overview.csv", "/export/intents.csv",
         "/export/outcomes.csv", "/export/channels.csv", "/overview", "/no-such-page"]


@pytest.mark.parametrize("path", PAGES)
def test_anonymous_requests_are_sent_to_the_login_page(dashboard, path):
    with dashboard.client() as client:
        reply = client.get(path + "?start=2026-01-01")
        assert reply.status_code == 303
        assert reply.headers["location"].startswith("/login?next=")
        assert "Harbour statistics" not in reply.text


def test_login_page_static_files_and_health_are_public(dashboard):
    with dashboard.client() as client:
        assert client.get("/login").status_code == 200
        assert client.get("/health").json() == {"status": "ok"}
        assert client.get("/static/dashboard.css").status_code == 200
        chart = client.get("/vendor/chart.umd.min.js")
        assert chart.status_code == 200 and "javascript" in chart.headers["content-type"]
        assert "Chart" in chart.text[:5000]


def test_session_cookie_is_httponly_samesite_strict_and_not_secure_on_loopback(dashboard):
    with dashboard.client() as client:
        cookie = client.get("/login").headers["set-cookie"]
    assert cookie.startswith("harbour_staff=")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie and "Max-Age" not in cookie and "expires" not in cookie.lower()


def test_secure_cookies_use_the_host_prefix(tmp_path):
    secure = start_dashboard(tmp_path, {"HARBOUR_DASHBOARD_SECURE_COOKIES": "true"})
    try:
        with secure.client() as client:
            cookie = client.get("/login").headers["set-cookie"]
        assert cookie.startswith("__Host-harbour_staff=") and "; Secure" in cookie and "SameSite=Strict" in cookie
    finally:
        secure.stop()


def test_right_password_logs_in_with_a_new_session_token(dashboard):
    with dashboard.client() as client:
        client.get("/login")
        before = client.cookies["harbour_staff"]
        reply = client.post("/login", data={"csrf": csrf_of(client.get("/login").text), "name": "alex",
                                            "password": PASSWORD, "next": "/intents"})
        assert reply.status_code == 303 and reply.headers["location"] == "/intents"
        after = client.cookies["harbour_staff"]
        assert after != before  # no session fixation
        assert client.get("/intents").status_code == 200
    with dashboard.client() as stranger:
        stranger.cookies.set("harbour_staff", before)
        assert stranger.get("/").status_code == 303  # the pre-login token was dropped


def test_wrong_password_and_unknown_name_get_the_same_refusal(dashboard):
    dashboard.add_staff("sam")
    bodies = []
    for name, password in [("sam", "not the password at all"), ("nobody-by-this-name", PASSWORD)]:
        with dashboard.client() as client:
            reply = login(client, name, password)
            assert reply.status_code == 401
            assert "match an account" in reply.text
            bodies.append(re.sub(r'value="[^"]*"', "", reply.text))
            assert client.get("/").status_code == 303
    assert bodies[0] == bodies[1]


def test_open_redirects_after_login_are_refused(dashboard):
    for target in ("//example.invalid/x", "https://example.invalid/", "\\\\example.invalid"):
        with dashboard.client() as client:
            reply = login(client, next=target)
            assert reply.headers["location"] == "/"


@pytest.mark.parametrize("token", [None, "", "forged-token"])
def test_login_without_the_right_csrf_token_is_refused(dashboard, token):
    with dashboard.client() as client:
        client.get("/login")
        data = {"name": "alex", "password": PASSWORD}
        if token is not None:
            data["csrf"] = token
        reply = client.post("/login", data=data)
        assert reply.status_code == 403 and "form has expired" in reply.text
        assert client.get("/").status_code == 303


def test_a_csrf_token_from_another_session_is_refused(dashboard):
    with dashboard.client() as first, dashboard.client() as second:
        token = csrf_of(first.get("/login").text)
        second.get("/login")
        reply = second.post("/login", data={"csrf": token, "name": "alex", "password": PASSWORD})
        assert reply.status_code == 403


def test_a_cross_site_origin_is_refused_even_with_a_token(dashboard):
    with dashboard.client() as client:
        token = csrf_of(client.get("/login").text)
        reply = client.post("/login", data={"csrf": token, "name": "alex", "password": PASSWORD},
                            headers={"Origin": "http://evil.example"})
        assert reply.status_code == 403


def test_logout_needs_the_token_then_ends_the_session(staff):
    assert staff.post("/logout", data={}).status_code == 403
    assert staff.get("/").status_code == 200  # still signed in
    token = csrf_of(staff.get("/").text)
    old = staff.cookies["harbour_staff"]
    reply = staff.post("/logout", data={"csrf": token})
    assert reply.status_code == 303 and reply.headers["location"] == "/login"
    assert "Max-Age=0" in reply.headers["set-cookie"]
    staff.cookies.set("harbour_staff", old)  # replaying the old cookie gets nothing
    assert staff.get("/").status_code == 303


def test_json_or_other_bodies_cannot_skip_the_token(staff):
    reply = staff.post("/logout", json={"csrf": "x"})
    assert reply.status_code == 403


def test_removing_an_account_ends_its_sessions(dashboard):
    dashboard.add_staff("leaver")
    with dashboard.client() as client:
        assert login(client, "leaver").status_code == 303
        assert client.get("/").status_code == 200
        assert run_cli(dashboard.stats_url, "staff", "remove", "leaver").returncode == 0
        assert client.get("/").status_code == 303


def test_every_response_carries_the_security_headers(staff):
    reply = staff.get("/")
    csp = reply.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert reply.headers["x-frame-options"] == "DENY"
    assert reply.headers["referrer-policy"] == "same-origin"
    assert reply.headers["cache-control"] == "no-store"
    assert "<script>" not in reply.text.replace('<script type="application/json" id="chart-data">', "")


def test_five_wrong_passwords_slow_that_name_even_for_the_right_one(tmp_path):
    dashboard = start_dashboard(tmp_path)
    try:
        dashboard.add_staff("kim")
        with dashboard.client() as client:
            for _ in range(5):
                assert login(client, "kim", "wrong password here").status_code == 401
            locked = login(client, "kim", PASSWORD)  # from a browser kim never signed in with
            assert locked.status_code == 429 and "Too many attempts" in locked.text
            assert login(client, "KIM", PASSWORD).status_code == 429  # names are limited case-blind
            assert login(client, "alex").status_code == 303  # other accounts are not locked out
        for _ in range(5):  # names that don't exist lock the same way: no way to tell them apart
            with dashboard.client() as client:
                reply = login(client, "ghost", "whatever it is")
        assert reply.status_code == 401
        with dashboard.client() as client:
            assert login(client, "ghost", "whatever it is").status_code == 429
    finally:
        dashboard.stop()


def test_the_owners_own_browser_still_signs_in_while_someone_guesses_their_name(tmp_path):
    dashboard = start_dashboard(tmp_path)
    try:
        with dashboard.client() as owner:
            assert login(owner, "alex").status_code == 303
            device = owner.cookies.get("harbour_device")
            assert device and "harbour_device" in str(owner.cookies)
            owner.post("/logout", data={"csrf": csrf_of(owner.get("/").text)})
            with dashboard.client() as attacker:
                for _ in range(10):
                    login(attacker, "alex", "a guess at the password")
                assert login(attacker, "alex").status_code == 429  # even the right password waits
            with dashboard.client() as other:
                other.cookies.set("harbour_device", "forged-" + device[:20])
                assert login(other, "alex").status_code == 429
            assert login(owner, "alex").status_code == 303  # the owner's browser is known: no wait
    finally:
        dashboard.stop()


def test_the_device_cookie_is_httponly_samesite_strict_and_lasts_90_days(dashboard):
    with dashboard.client() as client:
        reply = login(client)
    cookies = reply.headers.get_list("set-cookie")
    device = next(c for c in cookies if c.startswith("harbour_device="))
    assert "HttpOnly" in device and "SameSite=Strict" in device and "Max-Age=7776000" in device


def test_behind_a_trusted_proxy_failures_count_per_forwarded_address(tmp_path):
    """Behind the HTTPS proxy every request comes from the proxy: without the setting, one
    person's 20 failures would block every staff member at once."""
    dashboard = start_dashboard(tmp_path, {"HARBOUR_DASHBOARD_TRUSTED_PROXIES": "127.0.0.1"})
    try:
        with dashboard.client() as attacker:
            attacker.headers["X-Forwarded-For"] = "203.0.113.66"
            for n in range(20):
                assert login(attacker, f"guess-{n}", "wrong password here").status_code == 401
            assert login(attacker, "alex").status_code == 429
        with dashboard.client() as colleague:
            colleague.headers["X-Forwarded-For"] = "203.0.113.7"
            assert login(colleague, "alex").status_code == 303
        with dashboard.client() as same_64:  # one IPv6 /64 is one count
            for n in range(20):
                same_64.headers["X-Forwarded-For"] = f"2001:db8:5:6::{n + 1:x}"
                assert login(same_64, f"v6-guess-{n}", "wrong password here").status_code == 401
            same_64.headers["X-Forwarded-For"] = "2001:db8:5:6::abcd"
            assert login(same_64, "alex").status_code == 429
    finally:
        dashboard.stop()


def test_without_a_trusted_proxy_a_forged_forwarded_address_changes_nothing(tmp_path):
    dashboard = start_dashboard(tmp_path)
    try:
        with dashboard.client() as client:
            for n in range(20):
                client.headers["X-Forwarded-For"] = f"198.51.100.{n}"
                assert login(client, f"guess-{n}", "wrong password here").status_code == 401
            client.headers["X-Forwarded-For"] = "198.51.100.200"
            assert login(client, "alex").status_code == 429
    finally:
        dashboard.stop()


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8001", "127.0.0.1.evil.example", "10.0.0.1"])
def test_a_request_for_another_host_name_is_refused(dashboard, host):
    """DNS rebinding: a page on evil.example whose name now points at the dashboard sends its own
    name as Host, and Origin equal to it, so the Origin check alone would pass."""
    with dashboard.client() as client:
        reply = client.get("/login", headers={"Host": host})
        assert reply.status_code == 400 and "doesn't answer to that name" in reply.text
        assert "set-cookie" not in reply.headers
        form = client.post("/login", headers={"Host": host, "Origin": f"http://{host}"},
                           data={"name": "alex", "password": PASSWORD})
        assert form.status_code == 400
        assert client.get("/health", headers={"Host": host}).status_code == 200  # probes use pod IPs


def test_configured_host_names_are_accepted(tmp_path):
    dashboard = start_dashboard(tmp_path, {"HARBOUR_DASHBOARD_ALLOWED_HOSTS": "stats.example.org, 127.0.0.1"})
    try:
        with dashboard.client() as client:
            assert client.get("/login", headers={"Host": "stats.example.org"}).status_code == 200
            assert client.get("/login", headers={"Host": "localhost:" + dashboard.url.rsplit(":", 1)[1]}).status_code == 400
    finally:
        dashboard.stop()


@pytest.mark.parametrize("path", ["/static/", "/static", "/static/%2e%2e%2fauth.py", "/static/nope.css"])
def test_static_paths_that_are_not_files_are_a_plain_404(dashboard, path):
    with dashboard.client() as client:
        reply = client.get(path)
    assert reply.status_code in (404, 303) and "Traceback" not in reply.text
    if path.startswith("/static/"):
        assert reply.status_code == 404


def test_twenty_failures_from_one_address_block_every_name_from_it(tmp_path):
    dashboard = start_dashboard(tmp_path)
    try:
        with dashboard.client() as client:
            for n in range(20):
                assert login(client, f"guess-{n}", "wrong password here").status_code == 401
            assert login(client, "alex").status_code == 429
    finally:
        dashboard.stop()


def test_a_database_that_goes_down_gets_a_clear_503_never_a_traceback(tmp_path, postgres):
    from tests.harbour.dashboard.conftest import seed

    url = postgres.new_database()
    seed(url)
    dashboard = start_dashboard(tmp_path, stats_url=url)
    try:
        with dashboard.client() as client:
            assert login(client).status_code == 303
            assert client.get("/intents").status_code == 200
            postgres.stop()
            try:
                for path in ("/", "/intents", "/export/overview.csv"):
                    reply = client.get(path)
                    assert reply.status_code == 503, path
                    assert "can't be reached" in reply.text.replace("&#39;", "'")
                    assert "Traceback" not in reply.text and postgres.password not in reply.text
                with dashboard.client() as other:
                    assert login(other).status_code == 503
            finally:
                postgres.start()
            assert client.get("/intents").status_code == 200  # back without a restart
    finally:
        dashboard.stop()
    assert postgres.password not in "".join(p.read_text() for p in tmp_path.glob("dashboard-*.log"))


def test_head_is_answered_like_get(dashboard):
    with dashboard.client() as client:
        for path, status in (("/login", 200), ("/health", 200), ("/static/dashboard.css", 200), ("/", 303)):
            reply = client.head(path)
            assert reply.status_code == status and reply.content == b"", path
