"""Shared fixtures: the trained model and one real Harbour stack per test session."""
from __future__ import annotations

import json
import os
import sys
import urllib.request
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import model as model_script  # noqa: E402  (scripts/model.py)

from harbour.infra.ports import free_port  # noqa: E402,F401  (tests import it from here)
from harbour.infra.postgres_server import PostgresServer  # noqa: E402
from harbour.infra.redis_server import RedisServer  # noqa: E402
from harbour.stack import Stack  # noqa: E402

# The Redis backend of the privacy store needs a shared HMAC key; every process a test starts
# inherits this one (tests of the missing-secret error remove it).
os.environ.setdefault("HARBOUR_STORE_SECRET", "harbour-tests-" + os.urandom(8).hex())


@pytest.fixture(scope="session")
def model_path() -> str:
    """The model trained on the current data (HARBOUR_TEST_MODEL overrides it while developing)."""
    override = os.environ.get("HARBOUR_TEST_MODEL")
    if override:
        return override
    path = model_script.model_path()
    if not path.is_file():
        pytest.fail(f"No model matches the current data ({path.name}); run `make model` (make test does).")
    return str(path)


@pytest.fixture(scope="session")
def stack_log(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("stack") / "harbour.log"


@pytest.fixture(scope="session")
def telegram_api():
    """A fake Telegram Bot API on a free loopback port (Telegram itself is out of reach)."""
    from tests.fakes.telegram_api import FakeTelegramAPI
    from tests.telegram import TOKEN

    fake = FakeTelegramAPI(TOKEN).start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture(scope="session")
def stack_stats_db(tmp_path_factory) -> Path:
    """The SQLite file the session stack counts into (and its dashboard reads)."""
    return tmp_path_factory.mktemp("stats") / "stats.sqlite3"


@pytest.fixture(scope="session")
def stack(model_path, stack_log, telegram_api, stack_stats_db):
    """The real action server, Rasa server, web server and staff dashboard on free loopback ports, shared
    by the session.

    The Telegram channel is on, pointed at the fake Bot API, so REST and Telegram tests share it.
    Statistics go to a temporary SQLite file (``stack_stats_db``), never to .harbour/.
    """
    from tests.telegram import telegram_env

    with stack_log.open("ab") as log:
        running = Stack(
            model=model_path, rasa_port=free_port(), actions_port=free_port(), log=log,
            dashboard_port=free_port(), web_port=free_port(),
            extra_env={**telegram_env(telegram_api), "HARBOUR_STATS_URL": f"sqlite:///{stack_stats_db}"},
        ).start()
        try:
            yield running
        finally:
            running.stop()


def post(url: str, body: bytes, headers: Dict[str, str] | None = None, timeout: float = 60):
    """POST raw bytes; returns (status, parsed JSON or text)."""
    request = urllib.request.Request(url, data=body, method="POST", headers=headers or {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:  # noqa: S310 - loopback
            status, raw = reply.status, reply.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode("utf-8", "replace")


def chat(stack: Stack, sender: str, message: Any) -> List[Dict[str, Any]]:
    """Send one message through the REST channel and return the bot's messages."""
    status, replies = post(
        f"{stack.rasa_url}/webhooks/rest/webhook", json.dumps({"sender": sender, "message": message}).encode()
    )
    assert status == 200, replies
    return replies


def joined(replies: List[Dict[str, Any]]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


# ---- Throwaway redis-server and PostgreSQL (Debian's packages, installed if missing) ----


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A redis-server on a free loopback port that never writes to disk."""
    server = RedisServer().start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the session (each test takes its own database)."""
    server = PostgresServer()
    try:
        yield server
    finally:
        server.close()


# ---- Real headless Chromium (Debian's package), driven by Playwright ----


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module; each test gets its own empty context through ``page``.

    Module scope, not session: while Playwright's sync API is running, asyncio sees its loop
    as running in the main thread, so every ``pytest.mark.asyncio`` test (and asyncio.run)
    run after a browser test in the same session would fail with "Cannot run the event loop
    while another loop is running". Keep browser tests and asyncio tests in separate modules.
    """
    from playwright.sync_api import sync_playwright

    from tests.browser import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    """A page in a fresh browser context (no cookies, storage or cache from other tests)."""
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()
