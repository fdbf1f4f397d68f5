"""``python -m harbour.scaled MODEL`` (``make run-scaled``): the scaled-out topology in the foreground.

Settings (environment): HARBOUR_REPLICAS (2), HARBOUR_ACTION_SERVERS (2), HARBOUR_HOST (127.0.0.1,
nginx's public interface), HARBOUR_RASA_PORT (5005, nginx's public port), HARBOUR_ACTIONS_PORT
(5055, nginx's internal port for the action servers), HARBOUR_DASHBOARD_PORT (8001), REDIS_URL and
HARBOUR_STATS_URL (use these instead of starting a throwaway Redis / PostgreSQL) and
HARBOUR_STORE_SECRET (random for this run if unset). A Rasa replica or action server that dies is
reported and started again (at most 3 times each); if nginx, Redis or PostgreSQL dies, everything
stops. Ctrl-C or SIGTERM stops everything.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from typing import Dict, List, Optional
from urllib.parse import urlsplit

from sqlalchemy.engine.url import make_url

from harbour.envvars import whole_number
from harbour.privacy.keys import SECRET_VARIABLE
from harbour.scaled.topology import ScaledStack
from harbour.stack import StackError

MAX_RESTARTS = 3


def _env_int(name: str, default: int, low: int, high: int) -> int:
    try:
        return whole_number(name, os.environ.get(name, str(default)), low, high)
    except ValueError as error:
        raise SystemExit(str(error)) from None


def describe(scaled: ScaledStack, secret_from_env: bool, seconds: float) -> str:
    """The URLs and the topology, without a password or the secret."""
    redis = urlsplit(scaled.redis_url) if scaled.redis_url else None
    stats = make_url(scaled.stats_url).render_as_string(hide_password=True) if scaled.stats_url else "?"
    lines = [
        f"\nHarbour is running on {len(scaled.rasa)} replicas (ready in {seconds:.0f} s):",
        f"  Chat (REST):     POST {scaled.public_url}/webhooks/rest/webhook  "
        '{"sender": "any-id", "message": "hello"}',
        f"  Health:          GET  {scaled.public_url}/webhooks/rest/",
        f"  Telegram:        POST {scaled.public_url}/webhooks/telegram/webhook"
        + ("" if os.environ.get("TELEGRAM_BOT_TOKEN", "").strip() else "  (off: TELEGRAM_BOT_TOKEN is not set)"),
        f"  socket.io:       {scaled.public_url}/socket.io/  (sticky per client address)",
        "",
        f"  nginx            {scaled.host}:{scaled.public_port} (public) → the replicas; "
        f"127.0.0.1:{scaled.actions_port} (internal) → the action servers",
        *(f"  Rasa replica {i + 1}   {url}" for i, url in enumerate(scaled.replica_urls)),
        *(f"  action server {i + 1}  {stack.actions_url}" for i, stack in enumerate(scaled.actions)),
        f"  Redis            {redis.hostname}:{redis.port} (conversations without text, and locks; every key expires; "
        f"{'started here, ' if scaled.redis else ''}no persistence)" if redis else "  Redis            ?",
        f"  PostgreSQL       {stats} (statistics"
        + ("; started here, throwaway: set HARBOUR_STATS_URL to keep counts)" if scaled.postgres else ")"),
        f"  Redis key secret {'from ' + SECRET_VARIABLE if secret_from_env else 'random, for this run only'} "
        "(in the replicas' environment only)",
    ]
    if scaled.dashboard:
        lines.append(f"  Staff dashboard  {scaled.dashboard.dashboard_url}/  (accounts: make staff NAME=...)")
    lines.append("Press Ctrl-C to stop.\n")
    return "\n".join(lines)


def supervise(scaled: ScaledStack, restarts: Dict[str, int]) -> Optional[str]:
    """Restarts a dead replica or action server; returns why to stop everything, or None."""
    for name in scaled.dead():
        if not name.startswith(("Rasa replica", "action server")):
            return f"{name} stopped"
        restarts[name] = restarts.get(name, 0) + 1
        if restarts[name] > MAX_RESTARTS:
            return f"{name} stopped {MAX_RESTARTS + 1} times"
        print(f"{name} stopped; starting it again ({restarts[name]}/{MAX_RESTARTS}).", file=sys.stderr, flush=True)
        index = int(name.rsplit(" ", 1)[1]) - 1
        if name.startswith("Rasa"):
            scaled.rasa[index].start_rasa(timeout=300)
        else:
            scaled.actions[index].start_actions()
        print(f"{name} is back.", flush=True)
    return None


def main(argv: Optional[List[str]] = None) -> int:
    """Run the topology until Ctrl-C or SIGTERM (or until a shared part dies)."""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m harbour.scaled MODEL_PATH", file=sys.stderr)
        return 2
    scaled = ScaledStack(
        model=argv[0],
        replicas=_env_int("HARBOUR_REPLICAS", 2, 1, 32),
        action_servers=_env_int("HARBOUR_ACTION_SERVERS", 2, 1, 32),
        host=os.environ.get("HARBOUR_HOST", "127.0.0.1"),
        public_port=_env_int("HARBOUR_RASA_PORT", 5005, 1, 65535),
        actions_port=_env_int("HARBOUR_ACTIONS_PORT", 5055, 1, 65535),
        dashboard_port=_env_int("HARBOUR_DASHBOARD_PORT", 8001, 1, 65535),
        redis_url=os.environ.get("REDIS_URL") or None,
        stats_url=os.environ.get("HARBOUR_STATS_URL") or None,
    )

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        started = time.monotonic()
        print(f"Starting Redis, PostgreSQL, {scaled.action_servers} action servers, nginx and "
              f"{scaled.replicas} Rasa replicas (about a minute)...", flush=True)
        scaled.start()
        print(describe(scaled, bool(os.environ.get(SECRET_VARIABLE)), time.monotonic() - started), flush=True)
        restarts: Dict[str, int] = {}
        while True:
            time.sleep(1)
            reason = supervise(scaled, restarts)
            if reason:
                print(f"{reason}; stopping everything.", file=sys.stderr)
                return 1
    except KeyboardInterrupt:
        print("\nStopping Harbour...", flush=True)
        return 0
    except (StackError, RuntimeError) as error:
        print(f"Harbour could not start or keep running: {error}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the clean-up short
        scaled.stop()


if __name__ == "__main__":
    sys.exit(main())
