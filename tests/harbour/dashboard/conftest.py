"""A real dashboard process over a seeded statistics database, and a logged-in HTTP client.

Seeded counts sit on the three days up to today (UK time), so the default range shows them.
Some are small (1-4) and must show as "<5"; two labels were written straight into the
table, bypassing the broker's checks, to prove the dashboard trusts nothing it reads.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Dict, Iterator, Optional

import httpx
import pytest
import sqlalchemy as sa

from harbour.infra.ports import stop_process
from harbour.stats.schema import counts
from harbour.stats.store import CountKey, StatsStore
from harbour.stats.timezone import today_in_london
from tests.conftest import ROOT, free_port

PASSWORD = "correct horse battery staple"
SCRIPT_NAME = "<script>alert('x')</script>"
FORMULA_NAME = '=HYPERLINK("http://example.invalid","x")'
TODAY = today_in_london()
DAYS = [TODAY - timedelta(days=2), TODAY - timedelta(days=1), TODAY]


def seeded_counts() -> Dict[CountKey, int]:
    """Known counts: totals and cells both above and below k."""
    d0, d1, d2 = DAYS
    return {
        CountKey(d0, "rest", "intent", "ask_clares_law"): 12,
        CountKey(d1, "rest", "intent", "ask_clares_law"): 9,
        CountKey(d2, "telegram", "intent", "ask_clares_law"): 2,
        CountKey(d0, "rest", "intent", "danger_now"): 3,
        CountKey(d2, "socketio", "intent", "danger_now"): 4,
        CountKey(d1, "rest", "intent", "greet"): 27,
        CountKey(d2, "rest", "intent", "greet"): 1,
        CountKey(d0, "rest", "outcome", "conversation_started"): 8,
        CountKey(d1, "rest", "outcome", "conversation_started"): 6,
        CountKey(d0, "rest", "outcome", "danger_response"): 3,
        CountKey(d2, "socketio", "outcome", "danger_response"): 4,
        CountKey(d1, "rest", "handoff", "ndah"): 7,
        CountKey(d1, "rest", "helpline", "galop"): 2,
        CountKey(d1, "rest", "clares_law", "scotland"): 5,
        CountKey(d2, "rest", "clares_law", "wales"): 1,
        CountKey(DAYS[0] - timedelta(days=60), "rest", "intent", "old_intent"): 50,
    }


def seed(url: str) -> None:
    store = StatsStore(url)
    store.create_schema()
    store.add(seeded_counts())
    with store.engine.begin() as connection:  # labels the broker would never write
        connection.execute(sa.insert(counts), [
            {"day": DAYS[1], "channel": "rest", "kind": "intent", "name": SCRIPT_NAME, "count": 6},
            {"day": DAYS[1], "channel": "rest", "kind": "intent", "name": FORMULA_NAME, "count": 11},
        ])
    store.close()


def run_cli(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """``python -m harbour.dashboard.cli ...`` against the given database."""
    return subprocess.run(
        [sys.executable, "-m", "harbour.dashboard.cli", *args],
        input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HARBOUR_STATS_URL": url},
    )


@dataclass
class Dashboard:
    """A running ``python -m harbour.serve dashboard`` process."""

    url: str
    stats_url: str
    db_path: Path
    process: subprocess.Popen

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, follow_redirects=False, timeout=30)

    def add_staff(self, name: str, password: str = PASSWORD) -> None:
        result = run_cli(self.stats_url, "staff", "add", name, stdin=password + "\n")
        assert result.returncode == 0, result.stderr

    def stop(self) -> None:
        stop_process(self.process, grace=15)


def start_dashboard(workdir: Path, env: Optional[Dict[str, str]] = None, stats_url: Optional[str] = None) -> Dashboard:
    """Starts the dashboard on a free port, with staff "alex", over ``stats_url`` (already seeded)
    or else a seeded SQLite file in ``workdir``."""
    db_path = workdir / "stats.sqlite3"
    if stats_url is None:
        stats_url = f"sqlite:///{db_path}"
        if not db_path.exists():
            seed(stats_url)
    port = free_port()
    log = (workdir / f"dashboard-{port}.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "harbour.serve", "dashboard"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HARBOUR_STATS_URL": stats_url,
             "HARBOUR_DASHBOARD_PORT": str(port), **(env or {})},
    )
    dashboard = Dashboard(f"http://127.0.0.1:{port}", stats_url, db_path, process)
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the dashboard exited with {process.returncode}")
        try:
            if httpx.get(f"{dashboard.url}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            dashboard.stop()
            raise RuntimeError("the dashboard did not start")
        time.sleep(0.1)
    if "alex" not in run_cli(stats_url, "staff", "list").stdout.split():
        dashboard.add_staff("alex")
    return dashboard


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory) -> Iterator[Dashboard]:
    """One dashboard process per test module (rate limits and sessions start empty)."""
    running = start_dashboard(tmp_path_factory.mktemp("dashboard"))
    try:
        yield running
    finally:
        running.stop()


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(page: str) -> str:
    found = CSRF.search(page)
    assert found, "no CSRF token in the page"
    return found.group(1)


def login(client: httpx.Client, name: str = "alex", password: str = PASSWORD, **extra: str) -> httpx.Response:
    """Opens the login page (for its session and token), then posts the form."""
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"csrf": token, "name": name, "password": password, **extra})


@pytest.fixture
def staff(dashboard) -> Iterator[httpx.Client]:
    """A client logged in as alex."""
    with dashboard.client() as client:
        reply = login(client)
        assert reply.status_code == 303, reply.text
        yield client
