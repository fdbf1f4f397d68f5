"""nginx in front of Harbour's replicas: the generated configuration and the process.

The configuration (``nginx.conf.j2``, explained line by line there and in docs/scaling.md)
load-balances the Rasa replicas on the public port — REST and Telegram to any replica,
socket.io sticky per client — and the action servers on an internal loopback port. It serves
nothing else on the public port (Rasa's HTTP API is refused here too), keeps request bodies
and replies in memory, and logs no client address, path, query string or body.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, List, Optional, Sequence

import jinja2

from harbour.infra.debian import ensure_installed
from harbour.infra.ports import wait_for_port

TEMPLATE = Path(__file__).with_name("nginx.conf.j2")
MAX_BODY = "1m"  # the same limit as the Rasa server's (harbour/serve.py)
UNAVAILABLE = "harbour-unavailable.json"
SBIN_PATH = os.pathsep.join(["/usr/sbin", "/usr/local/sbin", os.environ.get("PATH", "")])


def nginx_binary() -> str:
    """Debian's nginx, installed if missing (its service is never started by Harbour)."""
    return ensure_installed("nginx", lambda: shutil.which("nginx", path=SBIN_PATH))


@dataclass(frozen=True)
class NginxSite:
    """What the generated configuration balances, and where."""

    rasa_ports: Sequence[int]
    action_ports: Sequence[int]
    public_port: int
    actions_port: int
    host: str = "127.0.0.1"
    workers: int = 1
    access_log: Optional[str] = "/dev/stderr"

    def render(self, prefix: Path) -> str:
        """The nginx.conf text for this site, with its files under ``prefix``."""
        if not self.rasa_ports or not self.action_ports:
            raise ValueError("nginx needs at least one Rasa replica and one action server")
        environment = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATE.parent)),
            undefined=jinja2.StrictUndefined,
            autoescape=False,  # noqa: S701 - an nginx configuration, not HTML; every value is ours
            keep_trailing_newline=True,
        )
        return environment.get_template(TEMPLATE.name).render(
            prefix=str(prefix),
            rasa_ports=[int(port) for port in self.rasa_ports],
            action_ports=[int(port) for port in self.action_ports],
            public_port=int(self.public_port),
            actions_port=int(self.actions_port),
            host=f"[{self.host}]" if ":" in self.host else self.host,  # an IPv6 address needs brackets
            workers=int(self.workers),
            access_log=self.access_log,
            max_body=MAX_BODY,
        )


class NginxServer:
    """nginx in the foreground with a generated configuration in a temporary directory."""

    def __init__(self, site: NginxSite, unavailable: List[dict], log: Optional[IO[bytes]] = None) -> None:
        """
        Args:
            site: What to balance.
            unavailable: The REST reply when no replica answers (the domain's safety fallback).
            log: Where nginx's stderr (the access log) goes; None inherits this process's.
        """
        self.site = site
        self.unavailable = unavailable
        self.log = log
        self.prefix: Optional[Path] = None
        self.process: Optional[subprocess.Popen] = None

    @property
    def config_path(self) -> Path:
        assert self.prefix is not None
        return self.prefix / "nginx.conf"

    def prepare(self) -> Path:
        """Writes the configuration and the fallback reply; returns the configuration's path."""
        self.prefix = Path(tempfile.mkdtemp(prefix="harbour-nginx-"))
        self.prefix.chmod(0o755)  # nginx's workers run as nobody and read static/ only
        (self.prefix / "temp").mkdir(mode=0o700)
        static = self.prefix / "static"
        static.mkdir(mode=0o755)
        (static / UNAVAILABLE).write_text(json.dumps(self.unavailable), encoding="utf-8")
        (static / UNAVAILABLE).chmod(0o644)
        self.config_path.write_text(self.site.render(self.prefix), encoding="utf-8")
        return self.config_path

    def check(self) -> None:
        """Runs ``nginx -t`` on the configuration; raises with nginx's own words if it is wrong."""
        result = subprocess.run(
            [nginx_binary(), "-t", "-q", "-p", str(self.prefix), "-c", str(self.config_path), "-e", "stderr"],
            capture_output=True, text=True, timeout=30,
        )
        if result.returncode:
            raise RuntimeError(f"nginx refused the generated configuration: {result.stderr.strip()}")

    def start(self, timeout: float = 15) -> "NginxServer":
        """Writes, checks and starts the configuration; waits for both ports."""
        try:
            self.prepare()
            self.check()
            self.process = subprocess.Popen(
                [nginx_binary(), "-p", str(self.prefix), "-c", str(self.config_path), "-e", "stderr"],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
            )
            # The access log is /dev/stderr: a pipe, copied line by line, so nginx never opens (and
            # writes past the others into) whatever file the caller's output goes to.
            threading.Thread(target=_copy_lines, args=(self.process.stderr, self.log), daemon=True).start()
            wait_for_port(self.site.public_port, self.process, "nginx", timeout, host=self.site.host)
            wait_for_port(self.site.actions_port, self.process, "nginx", timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, grace: float = 10) -> None:
        """Graceful stop (SIGQUIT), then SIGKILL for what is left; removes the directory."""
        if self.process is not None and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGQUIT)
                self.process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            except ProcessLookupError:
                pass
        self.process = None
        if self.prefix is not None:
            shutil.rmtree(self.prefix, ignore_errors=True)
            self.prefix = None


def _copy_lines(source: IO[bytes], sink: Optional[IO[bytes]]) -> None:
    """Copies nginx's output to ``sink`` (or this process's stderr) until nginx exits."""
    target = sink or sys.stderr.buffer
    for line in iter(source.readline, b""):
        try:
            target.write(line)
            target.flush()
        except (OSError, ValueError):  # the sink was closed: keep draining so nginx never blocks
            continue
    source.close()
