"""Start and stop everything Harbour runs: the action server, the Rasa server, the web server (the
widget and its demo page) and the staff dashboard.

``make run`` calls ``python -m harbour.stack``; the end-to-end tests use :class:`Stack` directly,
on free ports, so both run the same processes the same way. Ctrl-C or SIGTERM stops every
process this started (each child runs in its own process group). The staff dashboard starts
after the Rasa server when ``dashboard_port`` is set (``make run``: 127.0.0.1:8001).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Dict, List, Optional

ROOT = Path(__file__).resolve().parents[1]


class StackError(RuntimeError):
    """A process didn't start or died."""


def _wait_http(url: str, process: subprocess.Popen, timeout: float, name: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StackError(f"{name} exited with code {process.returncode} before it was ready")
        try:
            with urllib.request.urlopen(url, timeout=2) as reply:  # noqa: S310 - loopback only
                if reply.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(0.25)
    raise StackError(f"{name} was not ready at {url} after {timeout:.0f} s")


@dataclass
class Stack:
    """The action server, the Rasa server and (given their ports) the web server and dashboard."""

    model: str
    host: str = "127.0.0.1"
    rasa_port: int = 5005
    actions_port: int = 5055
    # The widget's web server; None: not started (tests that need only Rasa never bind a port).
    web_port: Optional[int] = None
    endpoints: str = "endpoints.yml"
    credentials: str = "credentials.yml"
    debug: bool = False
    dashboard_port: Optional[int] = None
    dashboard_host: str = "127.0.0.1"
    extra_env: Dict[str, str] = field(default_factory=dict)
    log: Optional[IO[bytes]] = None
    processes: List[subprocess.Popen] = field(default_factory=list)

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://{self.host}:{self.actions_port}"

    @property
    def dashboard_url(self) -> str:
        return f"http://{self.dashboard_host}:{self.dashboard_port}"

    @property
    def web_url(self) -> str:
        if self.web_port is None:
            raise StackError("This stack has no web server (web_port is None)")
        return f"http://{self.host}:{self.web_port}"

    def _env(self) -> Dict[str, str]:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "RASA_TELEMETRY_ENABLED": "false",
            "HARBOUR_HOST": self.host,
            "HARBOUR_RASA_PORT": str(self.rasa_port),
            "HARBOUR_ACTIONS_PORT": str(self.actions_port),
            "ACTION_SERVER_URL": f"{self.actions_url}/webhook",
            **({"HARBOUR_WEB_PORT": str(self.web_port)} if self.web_port is not None else {}),
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "PYTHONUNBUFFERED": "1",
            # Rasa's dependencies print pages of deprecation warnings at start-up; they say nothing
            # to whoever runs Harbour (set PYTHONWARNINGS to see them).
            "PYTHONWARNINGS": os.environ.get("PYTHONWARNINGS", "ignore::DeprecationWarning,ignore::PendingDeprecationWarning"),
            **self.extra_env,
        }
        if self.dashboard_port:
            env["HARBOUR_DASHBOARD_HOST"] = self.dashboard_host
            env["HARBOUR_DASHBOARD_PORT"] = str(self.dashboard_port)
        return env

    def _spawn(self, args: List[str]) -> subprocess.Popen:
        process = subprocess.Popen(
            [sys.executable, "-m", "harbour.serve", *args, *(["--debug"] if self.debug else [])],
            cwd=ROOT,
            env=self._env(),
            stdout=self.log,
            stderr=subprocess.STDOUT if self.log else None,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def start_actions(self, timeout: float = 60) -> None:
        process = self._spawn(["actions"])
        self.actions_process = process
        _wait_http(f"{self.actions_url}/health", process, timeout, "The action server")

    def start_rasa(self, timeout: float = 180) -> None:
        process = self._spawn(
            ["rasa", "--model", self.model, "--endpoints", self.endpoints, "--credentials", self.credentials]
        )
        _wait_http(f"{self.rasa_url}/webhooks/rest/", process, timeout, "The Rasa server")

    def start_dashboard(self, timeout: float = 60) -> None:
        """The staff dashboard (reads only the statistics database)."""
        process = self._spawn(["dashboard", "--endpoints", self.endpoints])
        _wait_http(f"{self.dashboard_url}/health", process, timeout, "The staff dashboard")

    def start_web(self, timeout: float = 60) -> None:
        """The web server: the demo page and the widget's files (no conversation passes through it)."""
        process = self._spawn(["web"])
        _wait_http(f"{self.web_url}/health", process, timeout, "The web server")

    def stop_actions(self) -> None:
        """Stop only the action server (tests use this to prove replies survive its loss)."""
        process = getattr(self, "actions_process", None)
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        if process in self.processes:
            self.processes.remove(process)

    def start(self) -> "Stack":
        try:
            self.start_actions()
            self.start_rasa()
            if self.dashboard_port:
                self.start_dashboard()
            if self.web_port is not None:
                self.start_web()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self, grace: float = 10) -> None:
        """SIGTERM every process group, then SIGKILL what is left after ``grace`` seconds."""
        for process in self.processes:
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + grace
        for process in self.processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                process.wait()
        self.processes.clear()


def _telegram_line(stack: Stack) -> str:
    """Where Telegram updates go, or how to turn the channel on (README "Telegram")."""
    if os.environ.get("TELEGRAM_BOT_TOKEN", "").strip():
        return (
            f"  Telegram:       POST {stack.rasa_url}/webhooks/telegram/webhook  (on; register it with "
            "`make telegram-webhook`, or run `make telegram-polling`)\n"
        )
    return "  Telegram:       off (set TELEGRAM_BOT_TOKEN and TELEGRAM_SECRET_TOKEN to turn it on)\n"


def main() -> int:
    """Run the stack in the foreground (``make run``) until Ctrl-C or SIGTERM."""
    if len(sys.argv) != 2:
        print("usage: python -m harbour.stack MODEL_PATH", file=sys.stderr)
        return 2
    stack = Stack(
        model=sys.argv[1],
        host=os.environ.get("HARBOUR_HOST", "127.0.0.1"),
        rasa_port=int(os.environ.get("HARBOUR_RASA_PORT", "5005")),
        actions_port=int(os.environ.get("HARBOUR_ACTIONS_PORT", "5055")),
        dashboard_port=int(os.environ.get("HARBOUR_DASHBOARD_PORT", "8001")),
        dashboard_host=os.environ.get("HARBOUR_DASHBOARD_HOST", "127.0.0.1"),
        web_port=int(os.environ.get("HARBOUR_WEB_PORT", "8000")),
    )

    def stop(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        started = time.monotonic()
        stack.start()
        print(
            f"\nHarbour is running (ready in {time.monotonic() - started:.0f} s):\n"
            f"  Web widget:     {stack.web_url}/  (the demo page; widget at /widget/harbour-widget.js)\n"
            f"  Chat (REST):    POST {stack.rasa_url}/webhooks/rest/webhook  "
            '{"sender": "any-id", "message": "hello"}\n'
            f"  Health:         GET  {stack.rasa_url}/webhooks/rest/\n"
            f"{_telegram_line(stack)}"
            f"  Action server:  {stack.actions_url} (internal)\n"
            f"  Staff dashboard: {stack.dashboard_url}/  (accounts: make staff NAME=...)\n"
            "Press Ctrl-C to stop.\n",
            flush=True,
        )
        while all(process.poll() is None for process in stack.processes):
            time.sleep(0.5)
        print("A Harbour process stopped unexpectedly; stopping the rest.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nStopping Harbour...", flush=True)
        return 0
    except StackError as error:
        print(f"Harbour could not start: {error}", file=sys.stderr)
        return 1
    finally:
        # A second Ctrl-C or SIGTERM (make and the terminal both send one) must not cut the
        # clean stop short and leave children running.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stack.stop()


if __name__ == "__main__":
    sys.exit(main())
