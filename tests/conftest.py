"""Shared fixtures: the trained model and one real Harbour stack per test session."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
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


# ---- A throwaway PostgreSQL server (installed from Debian's package if missing) ----


def _postgres_bin_dir() -> Path:
    """The bin directory of Debian's PostgreSQL (initdb and postgres are not on PATH there)."""

    def found() -> "Path | None":
        versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"), key=lambda p: int(p.parts[-3]))
        return versions[-1].parent if versions else None

    if found() is None:
        environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-q", "postgresql"]
        if subprocess.run(install, env=environment, capture_output=True).returncode:
            subprocess.run(["apt-get", "update", "-q"], env=environment, check=True, capture_output=True)
            subprocess.run(install, env=environment, check=True, capture_output=True)
    directory = found()
    if directory is None:
        raise RuntimeError("PostgreSQL could not be installed (apt-get install postgresql)")
    return directory


class PostgresServer:
    """A PostgreSQL server in a temporary data directory on a free loopback port.

    initdb and postgres refuse to run as root, so both run as the ``postgres`` system user
    (created by Debian's package). The data directory is on /dev/shm when there is one, with
    fsync off: nothing a test writes is meant to outlive it. Tests may ``stop()`` and
    ``start()`` it to take the database away mid-conversation.
    """

    def __init__(self) -> None:
        import pwd
        import secrets

        self.bin = _postgres_bin_dir()
        account = pwd.getpwnam("postgres")
        self.uid, self.gid = account.pw_uid, account.pw_gid
        base = "/dev/shm" if os.path.isdir("/dev/shm") else None
        self.root = Path(tempfile.mkdtemp(prefix="harbour-pg-", dir=base))
        os.chown(self.root, self.uid, self.gid)
        self.data = self.root / "data"
        self.port = free_port()
        self.password = secrets.token_urlsafe(16)
        password_file = self.root / "pw"
        password_file.write_text(self.password)
        os.chown(password_file, self.uid, self.gid)
        self._run([str(self.bin / "initdb"), "-D", str(self.data), "-U", "harbour", "--auth=scram-sha-256",
                   f"--pwfile={password_file}", "-E", "UTF8", "--locale=C.UTF-8"])
        password_file.unlink()
        self.process: "subprocess.Popen | None" = None
        self.start()

    def _run(self, command: List[str]) -> None:
        subprocess.run(command, user=self.uid, group=self.gid, extra_groups=[], cwd=self.root,
                       check=True, capture_output=True, timeout=120)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://harbour:{self.password}@127.0.0.1:{self.port}/{database}"

    def start(self, timeout: float = 30) -> None:
        """Starts the server and waits until it accepts connections."""
        import psycopg2

        self.process = subprocess.Popen(
            [str(self.bin / "postgres"), "-D", str(self.data), "-p", str(self.port), "-k", str(self.root),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
             "-c", "full_page_writes=off", "-c", "logging_collector=off"],
            user=self.uid, group=self.gid, extra_groups=[], cwd=self.root,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"postgres exited with {self.process.returncode}")
            try:
                psycopg2.connect(self.url(), connect_timeout=2).close()
                return
            except psycopg2.OperationalError:
                if time.monotonic() > deadline:
                    raise RuntimeError("postgres did not start") from None
                time.sleep(0.1)

    def stop(self) -> None:
        """Fast shutdown: every client is disconnected at once."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def new_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        import secrets

        import psycopg2

        name = "test_" + secrets.token_hex(6)
        connection = psycopg2.connect(self.url(), connect_timeout=5)
        try:
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(f"CREATE DATABASE {name}")  # name is ours: test_ and hex digits
        finally:
            connection.close()
        return self.url(name)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


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
