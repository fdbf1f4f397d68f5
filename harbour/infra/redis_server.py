"""A throwaway redis-server on a loopback port that never writes to disk."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from typing import Optional
from urllib.parse import quote

from harbour.infra.debian import ensure_installed
from harbour.infra.ports import free_port, stop_process, wait_for_port


def redis_server_binary() -> str:
    """Debian's redis-server, installed if missing."""
    return ensure_installed("redis-server", lambda: shutil.which("redis-server"))


class RedisServer:
    """redis-server with ``save ""`` and ``appendonly no``, bound to 127.0.0.1, dangerous commands off.

    The configuration goes in on stdin, so it never shows in the process list. Its working
    directory is a temporary one, removed on `stop`.
    """

    def __init__(self, port: Optional[int] = None, password: Optional[str] = None) -> None:
        self.port = port or free_port()
        self.password = password
        self.process: Optional[subprocess.Popen] = None
        self.workdir: Optional[str] = None

    @property
    def url(self) -> str:
        """The URL clients use (with the password, so pass it only through the environment)."""
        auth = f":{quote(self.password, safe='')}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def config(self) -> str:
        """The whole configuration: loopback only, no persistence of any kind."""
        lines = [
            f"port {self.port}",
            "bind 127.0.0.1",
            "protected-mode yes",
            'save ""',
            "appendonly no",
            f"dir {self.workdir}",
            "loglevel warning",
            'logfile ""',
        ]
        # No client may turn persistence on (CONFIG SET save, BGSAVE, SAVE), copy the data away
        # (REPLICAOF, MIGRATE), watch every command (MONITOR) or list keys wholesale (KEYS):
        # Redis' "dangerous" commands are refused. The password is given as its SHA-256 only.
        password = "#" + hashlib.sha256(self.password.encode()).hexdigest() if self.password else "nopass"
        lines.append(f"user default on {password} ~* &* +@all -@dangerous")
        return "\n".join(lines) + "\n"

    def start(self, timeout: float = 15) -> "RedisServer":
        """Starts the server and waits until it accepts connections."""
        binary = redis_server_binary()
        self.workdir = tempfile.mkdtemp(prefix="harbour-redis-")
        self.process = subprocess.Popen(
            [binary, "-"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        assert self.process.stdin is not None
        self.process.stdin.write(self.config().encode())
        self.process.stdin.close()
        try:
            wait_for_port(self.port, self.process, "redis-server", timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        """Stops the server (nothing to save) and removes its directory."""
        if self.process is not None:
            stop_process(self.process)
        self.process = None
        if self.workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None
