"""Harbour on several replicas behind nginx: the processes of ``make run-scaled``, started and stopped.

::

    people ──► nginx :5005 ──┬─► Rasa replica 1 ─┐           ┌─► action server 1
      (REST, Telegram: any   ├─► Rasa replica 2 ─┼─► nginx ──┼─► action server 2
       replica; socket.io:   └─► …               │   :5055   └─► …
       sticky)                                   ├─► Redis: conversations (no text) + locks, all expiring
                                                 └─► PostgreSQL: anonymous daily counts ◄── dashboard :8001

N Rasa replicas (``HARBOUR_REPLICAS``, default 2) and M action servers (``HARBOUR_ACTION_SERVERS``,
default 2) run as child processes on free loopback ports, each started and stopped by
:class:`harbour.stack.Stack` exactly as ``make run`` does. They share a Redis (started here unless
``REDIS_URL`` names one) and a PostgreSQL (started here, throwaway, unless ``HARBOUR_STATS_URL``
names one), with ``deploy/endpoints.scaled.yml``. The HMAC secret for Redis keys is
``HARBOUR_STORE_SECRET`` or, if unset, a new random one for this run; it is passed to the replicas
in their environment only. Ctrl-C or SIGTERM stops everything this started. See docs/scaling.md.
"""
from __future__ import annotations

import os
import secrets
import signal
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Callable, Dict, List, Optional

import yaml

from harbour.channels.inputs import NO_REPLY, render_response
from harbour.infra.nginx import NginxServer, NginxSite
from harbour.infra.ports import free_port
from harbour.infra.postgres_server import PostgresServer
from harbour.infra.redis_server import RedisServer
from harbour.privacy.keys import MIN_SECRET_CHARS, SECRET_VARIABLE
from harbour.stack import ROOT, Stack, StackError
from harbour.stats.store import StatsStore

DEFAULT_ENDPOINTS = ROOT / "deploy" / "endpoints.scaled.yml"
LOOPBACK = "127.0.0.1"


def unavailable_reply(domain_path: Path = ROOT / "domain.yml") -> List[dict]:
    """What nginx answers on REST when no replica can: the domain's safety fallback (999, helpline)."""
    responses = (yaml.safe_load(domain_path.read_text(encoding="utf-8")) or {}).get("responses") or {}
    reply = render_response(SimpleNamespace(responses=responses), NO_REPLY)
    if not reply or "999" not in reply[0].get("text", ""):
        raise StackError(f"domain.yml has no {NO_REPLY} response with 999; nginx would have nothing safe to say")
    return reply


@dataclass
class ScaledStack:
    """Redis, PostgreSQL, action servers, Rasa replicas, nginx (and the dashboard) for one run."""

    model: str
    replicas: int = 2
    action_servers: int = 2
    host: str = LOOPBACK
    public_port: int = 5005
    actions_port: int = 5055
    dashboard_port: Optional[int] = None
    endpoints: str = str(DEFAULT_ENDPOINTS)
    credentials: str = "credentials.yml"
    redis_url: Optional[str] = None
    stats_url: Optional[str] = None
    store_secret: Optional[str] = field(default=None, repr=False)
    extra_env: Dict[str, str] = field(default_factory=dict, repr=False)
    log: Optional[IO[bytes]] = None
    rasa: List[Stack] = field(default_factory=list)
    actions: List[Stack] = field(default_factory=list)
    dashboard: Optional[Stack] = None
    nginx: Optional[NginxServer] = None
    redis: Optional[RedisServer] = None
    postgres: Optional[PostgresServer] = None

    @property
    def public_url(self) -> str:
        return f"http://{self.host}:{self.public_port}"

    @property
    def replica_urls(self) -> List[str]:
        return [replica.rasa_url for replica in self.rasa]

    def start(self) -> "ScaledStack":
        """Starts everything in dependency order; on any failure stops what started, then raises."""
        if self.replicas < 1 or self.action_servers < 1:
            raise StackError("at least one Rasa replica and one action server are needed")
        try:
            secret = self._secret()
            self._start_redis()
            self._start_postgres()
            self.actions = [self._stack(actions_port=free_port()) for _ in range(self.action_servers)]
            _in_parallel([stack.start_actions for stack in self.actions])
            self.rasa = [self._stack(rasa_port=free_port()) for _ in range(self.replicas)]
            self.nginx = NginxServer(
                NginxSite([s.rasa_port for s in self.rasa], [s.actions_port for s in self.actions],
                          self.public_port, self.actions_port, host=self.host),
                unavailable_reply(), log=self.log,
            ).start()
            # HARBOUR_STATS_URL too: it would win over STATS_DB_URL if the caller's environment had it.
            env = {"REDIS_URL": self.redis_url, "STATS_DB_URL": self.stats_url, "HARBOUR_STATS_URL": self.stats_url,
                   SECRET_VARIABLE: secret}
            for replica in self.rasa:
                replica.extra_env.update(env)
            _in_parallel([lambda r=replica: r.start_rasa(timeout=300) for replica in self.rasa])
            if self.dashboard_port:
                self.dashboard = self._stack(dashboard_port=self.dashboard_port)
                self.dashboard.extra_env.update(STATS_DB_URL=self.stats_url, HARBOUR_STATS_URL=self.stats_url)
                self.dashboard.start_dashboard()
            self._check_public_port()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stops everything this started, the replicas first; safe to call twice."""
        for stack in [*([self.dashboard] if self.dashboard else []), *self.rasa, *self.actions]:
            stack.stop()
        if self.nginx is not None:
            self.nginx.stop()
        if self.postgres is not None:
            self.postgres.close()  # and its data directory
        if self.redis is not None:
            self.redis.stop()
        self.nginx = self.postgres = self.redis = None

    def kill_replica(self, index: int, signum: int = signal.SIGKILL) -> None:
        """Kills one Rasa replica at once (tests: a replica dying mid-conversation)."""
        for process in self.rasa[index].processes:
            if process.poll() is None:
                os.killpg(process.pid, signum)
                process.wait(timeout=30)

    def dead(self) -> List[str]:
        """The parts that stopped running, by name (empty while everything runs)."""
        parts = {f"Rasa replica {i + 1}": s for i, s in enumerate(self.rasa)}
        parts.update({f"action server {i + 1}": s for i, s in enumerate(self.actions)})
        if self.dashboard:
            parts["staff dashboard"] = self.dashboard
        found = [name for name, stack in parts.items() if not any(p.poll() is None for p in stack.processes)]
        for name, server in (("nginx", self.nginx), ("Redis", self.redis), ("PostgreSQL", self.postgres)):
            if server is not None and not server.running():
                found.append(name)
        return found

    def _secret(self) -> str:
        secret = self.store_secret or os.environ.get(SECRET_VARIABLE) or secrets.token_urlsafe(32)
        if len(secret) < MIN_SECRET_CHARS:
            raise StackError(f"{SECRET_VARIABLE} must have at least {MIN_SECRET_CHARS} characters")
        self.store_secret = secret
        return secret

    def _start_redis(self) -> None:
        if not self.redis_url:
            self.redis = RedisServer(password=secrets.token_urlsafe(24)).start()
            self.redis_url = self.redis.url

    def _start_postgres(self) -> None:
        if not self.stats_url:
            self.postgres = PostgresServer()
            self.stats_url = self.postgres.new_database("harbour_stats")
        if not self.stats_url.startswith(("postgresql://", "postgresql+psycopg2://", "postgres://")):
            raise StackError("several replicas count into PostgreSQL: HARBOUR_STATS_URL must be postgresql://…")
        store = StatsStore(self.stats_url)
        try:
            store.create_schema()  # once, before the replicas race to
        finally:
            store.close()

    def _stack(self, rasa_port: int = 0, actions_port: int = 0, dashboard_port: Optional[int] = None) -> Stack:
        """A `Stack` for one process; replicas reach the action servers through nginx.

        The store secret is blanked here (whatever the caller's environment holds): only the
        replicas get it, in `start`.
        """
        return Stack(
            model=self.model, host=LOOPBACK, rasa_port=rasa_port, actions_port=actions_port or self.actions_port,
            endpoints=self.endpoints, credentials=self.credentials, dashboard_port=dashboard_port,
            extra_env={**self.extra_env, SECRET_VARIABLE: ""}, log=self.log,
        )

    def _check_public_port(self) -> None:
        url = f"{self.public_url}/webhooks/rest/"
        try:
            with urllib.request.urlopen(url, timeout=10) as reply:  # noqa: S310 - our own nginx
                if reply.status == 200:
                    return
        except (urllib.error.URLError, OSError) as error:
            raise StackError(f"nginx does not reach the replicas at {url} ({error})") from error
        raise StackError(f"nginx does not reach the replicas at {url}")


def _in_parallel(steps: List[Callable[[], None]]) -> None:
    """Runs start-up steps at once (each waits on its own process); raises the first failure."""
    with ThreadPoolExecutor(max_workers=len(steps)) as pool:
        futures = [pool.submit(step) for step in steps]
    for future in futures:
        future.result()
