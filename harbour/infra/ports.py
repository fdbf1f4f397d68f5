"""Free loopback ports, waiting for a server to listen on one, and stopping it again."""
from __future__ import annotations

import random
import signal
import socket
import subprocess
import time
from pathlib import Path


_GIVEN: set = set()  # ports already handed out by this process (they may not be bound yet)


def _ephemeral_floor() -> int:
    """The lowest port the OS hands to outgoing connections (Linux's default when unreadable)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on right now, below the range the OS uses for outgoing connections.

    A port the OS picked with ``bind(0)`` is an ephemeral one, and between handing it out and a server
    binding it, any outgoing connection (a readiness probe, the browser) may take it as its own local
    port; the server then fails with "address already in use" (seen once in a full CI run). Ports
    below the ephemeral range are never taken that way. Each is handed out once per process.
    """
    floor = _ephemeral_floor()
    low = max(1024, floor - 12000)
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(low, floor)
        if port in _GIVEN:
            continue
        with socket.socket() as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
        _GIVEN.add(port)
        return port
    with socket.socket() as sock:  # the low range is full: let the OS pick
        sock.bind((host, 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, name: str, timeout: float = 15, host: str = "127.0.0.1") -> None:
    """Returns once ``host:port`` accepts connections; raises if ``process`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}")
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{name} did not start listening on {host}:{port} within {timeout:.0f} s")


def stop_process(process: subprocess.Popen, sig: int = signal.SIGTERM, grace: float = 10) -> None:
    """Sends ``sig`` to a running ``process``, then SIGKILL if it has not exited after ``grace`` s."""
    if process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
