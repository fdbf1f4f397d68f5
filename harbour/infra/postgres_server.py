"""A throwaway PostgreSQL server in a temporary data directory on a free loopback port."""
from __future__ import annotations

import os
import pwd
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import List, Optional

import psycopg2

from harbour.infra.debian import ensure_installed
from harbour.infra.ports import free_port, stop_process


def postgres_bin_dir() -> Path:
    """The bin directory of Debian's PostgreSQL (initdb and postgres are not on PATH there)."""

    def found() -> Optional[Path]:
        versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"), key=lambda p: int(p.parts[-3]))
        return versions[-1].parent if versions else None

    return ensure_installed("postgresql", found)


class PostgresServer:
    """PostgreSQL with one ``harbour`` account (a random password), on 127.0.0.1 only.

    initdb and postgres refuse to run as root, so as root both run as the ``postgres`` system
    user (created by Debian's package); otherwise as the current user. The data directory is on /dev/shm when there is one, with
    fsync off: nothing written is meant to outlive it, and `close` removes it. Tests may
    `stop()` and `start()` it to take the database away mid-conversation.
    """

    def __init__(self) -> None:
        self.bin = postgres_bin_dir()
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            self.uid, self.gid = account.pw_uid, account.pw_gid
        else:
            self.uid, self.gid = os.geteuid(), os.getegid()
        base = "/dev/shm" if os.path.isdir("/dev/shm") else None
        self.root = Path(tempfile.mkdtemp(prefix="harbour-pg-", dir=base))
        os.chown(self.root, self.uid, self.gid)
        self.data = self.root / "data"
        self.port = free_port()
        self.password = secrets.token_urlsafe(16)
        password_file = self.root / "pw"
        password_file.touch(mode=0o600)
        password_file.write_text(self.password)
        os.chown(password_file, self.uid, self.gid)
        try:
            self._run([str(self.bin / "initdb"), "-D", str(self.data), "-U", "harbour", "--auth=scram-sha-256",
                       f"--pwfile={password_file}", "-E", "UTF8", "--locale=C.UTF-8"])
        except BaseException:
            shutil.rmtree(self.root, ignore_errors=True)
            raise
        finally:
            password_file.unlink(missing_ok=True)
        self.process: Optional[subprocess.Popen] = None
        self.start()

    def _as_owner(self) -> dict:
        """Popen arguments that run a command as the data directory's owner."""
        return {"user": self.uid, "group": self.gid, "extra_groups": []} if os.geteuid() == 0 else {}

    def _run(self, command: List[str]) -> None:
        subprocess.run(command, **self._as_owner(), cwd=self.root, check=True, capture_output=True, timeout=120)

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL with the password (pass it only through the environment)."""
        return f"postgresql://harbour:{self.password}@127.0.0.1:{self.port}/{database}"

    def start(self, timeout: float = 30) -> None:
        """Starts the server and waits until it accepts connections."""
        self.process = subprocess.Popen(
            [str(self.bin / "postgres"), "-D", str(self.data), "-p", str(self.port), "-k", str(self.root),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
             "-c", "full_page_writes=off", "-c", "logging_collector=off"],
            **self._as_owner(), cwd=self.root,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
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

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        """Fast shutdown: every client is disconnected at once."""
        if self.process is not None:
            stop_process(self.process, signal.SIGINT, grace=30)
        self.process = None

    def new_database(self, name: Optional[str] = None) -> str:
        """A fresh, empty database (``test_`` and random hex digits unless named); returns its URL."""
        name = name or "test_" + secrets.token_hex(6)
        if not name.replace("_", "").isalnum() or not name.isascii():
            raise ValueError("a database name of letters, digits and _ only")
        connection = psycopg2.connect(self.url(), connect_timeout=5)
        try:
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(f"CREATE DATABASE {name}")  # checked above: letters, digits and _
        finally:
            connection.close()
        return self.url(name)

    def close(self) -> None:
        """Stops the server and removes its data directory."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
