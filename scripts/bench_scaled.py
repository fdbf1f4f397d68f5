"""Capacity of the scaled-out topology: N Rasa replicas behind nginx, measured through nginx.

    python scripts/bench_scaled.py [--replicas 1 2] [--clients 20] [--turns 10] [--rounds 3] [--plain]

For each replica count, starts what ``make run-scaled`` starts (harbour.scaled.ScaledStack: Redis,
PostgreSQL, two action servers, nginx, the replicas) on free loopback ports, warms every replica up,
then runs ``rounds`` rounds of ``clients`` concurrent REST conversations of ``turns`` turns each
(Harbour-style messages from scripts/bench.py, the same in every round and topology) through nginx's
public port. It reports messages/s, p50/p99 latency, errors, and each replica's RSS idle and at
peak (VmRSS of its process group, sampled every 0.2 s), plus the shared parts' RSS. Raw figures go
to artifacts/bench-scaled.json. Nothing is asserted: the machine may be shared; the load average
before and after each topology is recorded so a reader can judge.

`measure_scaled` is the phase `scripts/bench.py` (or anyone) can call.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Dict, List, Optional

import aiohttp
import redis

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from harbour.infra.ports import free_port  # noqa: E402
from harbour.scaled import ScaledStack  # noqa: E402
from harbour.stack import Stack  # noqa: E402
from scripts.bench_measure import MESSAGES, PeakRss, group_rss_mib, percentile  # noqa: E402
from scripts.model import model_path  # noqa: E402

ARTIFACTS = ROOT / "artifacts"
Result = Dict[str, Any]


async def _conversation(session: aiohttp.ClientSession, url: str, sender: str, texts: List[str],
                        latencies: List[float], errors: List[str]) -> None:
    """One person's turns, in order; each answered turn's latency (ms) goes to ``latencies``."""
    for text in texts:
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": text}) as reply:
                body = await reply.json(content_type=None)
                if reply.status != 200 or not isinstance(body, list) or not body:
                    errors.append(f"HTTP {reply.status}")
                    continue
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            errors.append(type(error).__name__)
            continue
        latencies.append((time.perf_counter() - started) * 1000)


async def _round(url: str, clients: int, turns: int, seed: int) -> Result:
    rng = random.Random(seed)
    scripts = [[rng.choice(MESSAGES) for _ in range(turns)] for _ in range(clients)]
    latencies: List[float] = []
    errors: List[str] = []
    run = uuid.uuid4().hex[:6]
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        began = time.perf_counter()
        await asyncio.gather(*(_conversation(session, url, f"bench-{run}-{i}", script, latencies, errors)
                               for i, script in enumerate(scripts)))
        wall = time.perf_counter() - began
    return {"messages": len(latencies), "errors": errors, "wall_s": wall, "rate": len(latencies) / wall,
            "p50_ms": percentile(latencies, 50), "p99_ms": percentile(latencies, 99)}


async def _warm_up(urls: List[str]) -> None:
    """A few turns on every replica directly, so no round pays for a first request."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        for index, url in enumerate(urls):
            await _conversation(session, f"{url}/webhooks/rest/webhook", f"warm-{index}",
                                MESSAGES[:6], [], [])


def measure_scaled(model: str, replicas: int, clients: int = 20, turns: int = 10, rounds: int = 3,
                   log_path: Optional[Path] = None) -> Result:
    """Starts the scaled-out topology with ``replicas`` replicas, measures it through nginx, stops it."""
    ARTIFACTS.mkdir(exist_ok=True)
    log_path = log_path or ARTIFACTS / f"bench-scaled-{replicas}.log"
    result: Result = {"replicas": replicas, "clients": clients, "turns": turns,
                      "load_before": os.getloadavg(), "rounds": []}
    with log_path.open("wb") as log:
        started = time.monotonic()
        topology = ScaledStack(model=model, replicas=replicas, action_servers=2, public_port=free_port(),
                               actions_port=free_port(), log=log)
        try:
            topology.start()
            result["startup_s"] = time.monotonic() - started
            asyncio.run(_warm_up(topology.replica_urls))
            time.sleep(2)
            pids = [stack.processes[-1].pid for stack in topology.rasa]
            result["idle_rss_mib"] = [group_rss_mib(pid) for pid in pids]
            samplers = [PeakRss(pid) for pid in pids]
            url = f"{topology.public_url}/webhooks/rest/webhook"
            for number in range(rounds):
                figures = asyncio.run(_round(url, clients, turns, seed=2021 + number))
                result["rounds"].append(figures)
                print(f"  [{replicas} replica(s)] round {number + 1}: {figures['messages']} messages in "
                      f"{figures['wall_s']:.1f} s = {figures['rate']:.1f}/s, p50 {figures['p50_ms']:.0f} ms, "
                      f"p99 {figures['p99_ms']:.0f} ms, {len(figures['errors'])} errors", flush=True)
            result["peak_rss_mib"] = [sampler.stop() for sampler in samplers]
            result["redis"] = redis_usage(topology.redis_url)
            result["shared_rss_mib"] = {
                "action servers": sum(group_rss_mib(s.processes[-1].pid) for s in topology.actions),
                "nginx": group_rss_mib(topology.nginx.process.pid),
                "redis": group_rss_mib(topology.redis.process.pid),
                "postgresql": group_rss_mib(topology.postgres.process.pid),
            }
        finally:
            topology.stop()
    result["load_after"] = os.getloadavg()
    _summarise(result)
    return result


def redis_usage(url: str) -> Result:
    """How many conversations Redis holds after the load, and the bytes each takes (MEMORY USAGE)."""
    client = redis.Redis.from_url(url)
    try:
        sizes = [client.memory_usage(key) or 0 for key in client.scan_iter("harbour:*")]
    finally:
        client.close()
    return {"conversations": len(sizes), "bytes_mean": sum(sizes) / len(sizes) if sizes else None,
            "bytes_max": max(sizes) if sizes else None}


def measure_single(model: str, clients: int = 20, turns: int = 10, rounds: int = 3) -> Result:
    """The same rounds against one plain `make run` process (memory store, no nginx), for comparison."""
    result: Result = {"replicas": "plain", "clients": clients, "turns": turns, "load_before": os.getloadavg(),
                      "rounds": []}
    with (ARTIFACTS / "bench-scaled-plain.log").open("wb") as log, tempfile.TemporaryDirectory() as stats:
        stack = Stack(model=model, rasa_port=free_port(), actions_port=free_port(), log=log,
                      extra_env={"HARBOUR_STATS_URL": f"sqlite:///{stats}/stats.sqlite3"})
        try:
            stack.start()
            asyncio.run(_warm_up([stack.rasa_url]))
            for number in range(rounds):
                figures = asyncio.run(_round(f"{stack.rasa_url}/webhooks/rest/webhook", clients, turns, 2021 + number))
                result["rounds"].append(figures)
                print(f"  [plain make run] round {number + 1}: {figures['rate']:.1f}/s, p50 {figures['p50_ms']:.0f} ms, "
                      f"p99 {figures['p99_ms']:.0f} ms, {len(figures['errors'])} errors", flush=True)
        finally:
            stack.stop()
    result["load_after"] = os.getloadavg()
    _summarise(result)
    return result


def _summarise(result: Result) -> None:
    rates = sorted(r["rate"] for r in result["rounds"])
    result["median_rate"] = rates[len(rates) // 2] if rates else None
    result["median_p99_ms"] = sorted(r["p99_ms"] for r in result["rounds"])[len(rates) // 2] if rates else None


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--plain", action="store_true", help="also measure one plain `make run` process")
    args = parser.parse_args(argv)
    model = str(model_path())
    ARTIFACTS.mkdir(exist_ok=True)
    results = [measure_single(model, args.clients, args.turns, args.rounds)] if args.plain else []
    for replicas in args.replicas:
        print(f"[{replicas} replica(s)] starting the topology...", flush=True)
        results.append(measure_scaled(model, replicas, args.clients, args.turns, args.rounds))
    (ARTIFACTS / "bench-scaled.json").write_text(json.dumps(results, indent=2))
    print(f"\n{'replicas':>8} {'msg/s (median)':>15} {'p99 ms':>8} {'idle RSS/replica MiB':>21} "
          f"{'peak RSS/replica MiB':>21} {'load before→after':>18}")
    for r in results:
        idle = f"{max(r['idle_rss_mib']):,.0f}" if "idle_rss_mib" in r else "-"
        peak = f"{max(r['peak_rss_mib']):,.0f}" if "peak_rss_mib" in r else "-"
        print(f"{r['replicas']:>8} {r['median_rate']:>15.1f} {r['median_p99_ms']:>8.0f} {idle:>21} {peak:>21} "
              f"{r['load_before'][0]:>8.2f} → {r['load_after'][0]:.2f}")
    print("Raw figures: artifacts/bench-scaled.json")
    return 0


def scaled_phase(model: Path, replicas: int = 2, clients: int = 20, turns: int = 10, rounds: int = 1) -> Result:
    """Throughput and p99 of ``clients`` concurrent conversations × ``turns`` turns through nginx,
    with ``replicas`` Rasa replicas on one Redis and PostgreSQL (the topology of `make run-scaled`).

    Returns scripts/bench_scaled.py's figures: ``median_rate`` (messages/s), ``median_p99_ms``,
    ``rounds`` (each round's rate, p50, p99 and errors), ``idle_rss_mib``/``peak_rss_mib`` per
    replica, ``startup_s``. Takes about a minute plus the rounds. See docs/scaling.md.
    """
    return measure_scaled(str(model), replicas, clients, turns, rounds)


if __name__ == "__main__":
    sys.exit(main())
