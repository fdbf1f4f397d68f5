"""Shared fixtures: the trained model and one real Harbour stack per test session."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import sys
import urllib.request
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import model as model_script  # noqa: E402  (scripts/model.py)

from harbour.stack import Stack  # noqa: E402

# The Redis backend of the privacy store needs a shared HMAC key; every process a test starts
# inherits this one (tests of the missing-secret error remove it).
os.environ.setdefault("HARBOUR_STORE_SECRET", "harbour-tests-" + os.urandom(8).hex())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
def stack(model_path, stack_log):
    """The real action server, Rasa server and web server on free loopback ports, shared by the session."""
    with stack_log.open("ab") as log:
        running = Stack(
            model=model_path, rasa_port=free_port(), actions_port=free_port(), web_port=free_port(), log=log
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


# ---- A throwaway redis-server (installed from Debian's package if missing) ----


def _redis_server_binary() -> str:
    binary = shutil.which("redis-server")
    if binary:
        return binary
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "redis-server"]
    if subprocess.run(install, env=environment, capture_output=True).returncode:
        subprocess.run(["apt-get", "update", "-q"], env=environment, check=True)
        subprocess.run(install, env=environment, check=True, capture_output=True)
    binary = shutil.which("redis-server")
    if not binary:
        raise RuntimeError("redis-server could not be installed")
    return binary


def _wait_for_port(port: int, process: subprocess.Popen, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"redis-server exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server on a free loopback port that never writes to disk."""
    workdir: Path = tmp_path_factory.mktemp("redis")
    port = free_port()
    process = subprocess.Popen(
        [
            _redis_server_binary(),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_port(port, process)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


# ---- Real headless Chromium (Debian's package), driven by Playwright ----


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module; each test gets its own empty context through ``page``.

    Module scope, not session: while Playwright's sync API is running it holds an asyncio loop in
    this thread, and every pytest-asyncio test after it would fail with "cannot be called from a
    running event loop".
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
