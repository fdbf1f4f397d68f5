"""Starting and stopping the scaled-out mode as a person would: ``python -m harbour.scaled`` (make run-scaled),
and a replica whose lock store can't reach Redis refusing to start."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Set

import pytest

from harbour.stack import ROOT
from tests.conftest import free_port, joined, post

pytestmark = pytest.mark.e2e

SECRET = "scaled-startup-secret-" + os.urandom(6).hex()


def descendants(root: int) -> Set[int]:
    """Every process below ``root`` (from /proc, following parent ids)."""
    parents = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            parents[int(entry)] = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_run_scaled_prints_the_topology_answers_and_sigterm_stops_everything(model_path, tmp_path):
    public, actions, dashboard = free_port(), free_port(), free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
           "HARBOUR_REPLICAS": "1", "HARBOUR_ACTION_SERVERS": "1", "HARBOUR_RASA_PORT": str(public),
           "HARBOUR_ACTIONS_PORT": str(actions), "HARBOUR_DASHBOARD_PORT": str(dashboard),
           "HARBOUR_STORE_SECRET": SECRET}
    for name in ("REDIS_URL", "HARBOUR_STATS_URL", "TELEGRAM_BOT_TOKEN"):
        env.pop(name, None)
    output = tmp_path / "run-scaled.out"
    with output.open("wb") as sink:
        launcher = subprocess.Popen([sys.executable, "-m", "harbour.scaled", model_path], cwd=ROOT, env=env,
                                    stdout=sink, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 400
            while b"Press Ctrl-C to stop." not in output.read_bytes():
                assert launcher.poll() is None, output.read_text(errors="replace")[-3000:]
                assert time.monotonic() < deadline, "make run-scaled never got ready"
                time.sleep(0.5)
            printed = output.read_text(errors="replace")
            children = descendants(launcher.pid)
            status, replies = post(f"http://127.0.0.1:{public}/webhooks/rest/webhook",
                                   json.dumps({"sender": "run-scaled", "message": "he's outside"}).encode())
            assert status == 200 and "999" in joined(replies)
            launcher.send_signal(signal.SIGTERM)
            assert launcher.wait(timeout=120) == 0
        finally:
            if launcher.poll() is None:
                launcher.kill()
                launcher.wait()
    for expected in (f"http://127.0.0.1:{public}/webhooks/rest/webhook", "Rasa replica 1", "action server 1",
                     f"127.0.0.1:{actions} (internal)", "Redis", "no persistence", "PostgreSQL",
                     f"http://127.0.0.1:{dashboard}/", "from HARBOUR_STORE_SECRET"):
        assert expected in printed, expected
    assert SECRET not in output.read_text(errors="replace")
    assert "harbour:***@" in printed  # the database password is never printed
    names = {Path(f"/proc/{pid}/comm").read_text().strip() for pid in children if Path(f"/proc/{pid}/comm").exists()}
    assert len(children) >= 5, names  # replica, action server, dashboard, nginx, redis, postgres and theirs
    assert [pid for pid in children if alive(pid)] == [], "processes left running after SIGTERM"


def test_a_replica_whose_lock_store_cannot_reach_redis_refuses_to_start(model_path, tmp_path):
    unused_redis_url = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "tracker_store:\n  type: harbour.privacy.PrivacyTrackerStore\n"
        f"lock_store:\n  type: harbour.privacy.PrivacyLockStore\n  url: {unused_redis_url}\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
           "HARBOUR_RASA_PORT": str(free_port()), "HARBOUR_ACTIONS_PORT": str(free_port())}
    result = subprocess.run(
        [sys.executable, "-m", "harbour.serve", "rasa", "--model", model_path, "--endpoints", str(endpoints)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "lock store's Redis cannot be reached" in output
    assert "Rasa server is up and running" not in output
