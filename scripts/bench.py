"""Harbour vs stock Rasa: training time, start-up, memory, latency and throughput, side by side.

    python scripts/bench.py [--quick] [--skip-stock] [--skip-training] [--skip-scaled]

Harbour is its trained model (scripts/model.py) served by harbour.stack.Stack; "stock" is Rasa 3.6's
default pipeline and policies (what `rasa init` trains with) on Harbour's own domain and data, served
by plain `rasa run` with a REST channel and the same Harbour action server. The servers run one at a
time on free loopback ports. The scaled phase then runs the same concurrent load through nginx
against two Harbour replicas on one Redis and PostgreSQL (`make run-scaled`'s topology). Every phase is bounded in count and time; the whole run stops by itself
(45 min cap; stock is trained for 5 epochs and its full training time estimated, its model cached in ~/.cache/harbour/bench) and prints what it has. Raw figures go to artifacts/bench.json. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib.util
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import IO, Any, Dict, List, Optional, Tuple

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from harbour.stack import Stack, StackError, _wait_http  # noqa: E402
from scripts.bench_measure import MESSAGES, PeakRss, group_rss_mib, percentile  # noqa: E402
from scripts.bench_scaled import scaled_phase  # noqa: E402
from scripts.model import model_path  # noqa: E402

ARTIFACTS = ROOT / "artifacts"
CAP_S = 45 * 60  # with stock's model cached, a whole run takes ~15 minutes; training it adds ~20
STOCK_TRAIN_CAP_S = 30 * 60
STOCK_EPOCHS = 100  # Rasa's default for DIET, ResponseSelector, TED and UnexpecTED
SHORT_STOCK_EPOCHS = 5
STOCK_CACHE = Path.home() / ".cache" / "harbour" / "bench"
HOST = "127.0.0.1"
MIB_PER_GB = 1e9 / 2**20  # targets in GB are decimal (1.3 GB = 1,240 MiB): the stricter reading
Result = Dict[str, Any]
class Timeout(Exception):
    """The global cap was reached (or the run was interrupted)."""


def stock_config(epochs: Optional[int] = None) -> str:
    """Rasa's own defaults for an empty pipeline/policies (what `rasa init`'s model is trained with),
    with every ``epochs: 100`` cut to ``epochs`` when given (same architecture, same serving cost)."""
    rasa_dir = Path(list(importlib.util.find_spec("rasa").submodule_search_locations)[0])  # type: ignore[union-attr]
    text = (rasa_dir / "engine/recipes/config_files/default_config.yml").read_text()
    text = text.replace("assistant_id: placeholder_default", "assistant_id: bench_stock")
    return text if epochs is None else text.replace("epochs: 100", f"epochs: {epochs}")


_PROGRESS = re.compile(r"Epochs:\s+\d+%\|[^|]*\|\s*(\d+)/(\d+) \[(?:(\d+):)?(\d+):(\d+)<")


def full_training_estimate(train_s: float, log_text: str, full_epochs: int = STOCK_EPOCHS) -> Optional[float]:
    """Training time with ``full_epochs`` per model, from a shorter run's progress bars.

    Each model's epochs after the first (the first also traces the graph) give its time per epoch;
    the missing epochs are added at that rate. None when no progress bar can be read.
    """
    bars: List[Tuple[int, Dict[int, float]]] = []  # (epochs, {epochs done: seconds}) per model
    for line in re.split(r"[\r\n]", log_text):
        match = _PROGRESS.search(line)
        if not match:
            continue
        done, total = int(match[1]), int(match[2])
        seconds = int(match[3] or 0) * 3600 + int(match[4]) * 60 + int(match[5])
        if not bars or bars[-1][0] != total or done < max(bars[-1][1]):
            bars.append((total, {}))
        bars[-1][1][done] = seconds
    extra = 0.0
    for total, times in bars:
        if total < 2 or 1 not in times or total not in times:
            return None
        extra += max(0, full_epochs - total) * (times[total] - times[1]) / (total - 1)
    return train_s + extra if bars else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class Bench:
    def __init__(self, quick: bool) -> None:
        self.started, self.quick = time.monotonic(), quick
        self.seq_n, self.warmup = (20, 3) if quick else (200, 10)
        self.clients, self.turns = (5, 3) if quick else (20, 10)
        self.long_turns, self.window = (20, 5) if quick else (100, 10)
        self.tmp = Path(tempfile.mkdtemp(prefix="harbour-bench-"))

    def left(self, cap: float) -> float:
        """Seconds a phase may take: its own cap, or what is left of the global one."""
        remaining = CAP_S - (time.monotonic() - self.started)
        if remaining <= 5:
            raise Timeout(f"the {CAP_S // 60}-minute cap was reached")
        return min(cap, remaining)

    def train(self, name: str, config: Path, cwd: Path, cap: float, result: Result) -> Optional[Path]:
        """Time one cold `rasa train` on Harbour's domain and data (own empty cache), killed at the cap."""
        command = [sys.executable, "-m", "rasa", "train", "--config", str(config), "--domain", str(ROOT / "domain.yml"),
                   "--data", str(ROOT / "data"), "--out", str(self.tmp / name), "--fixed-model-name", name]
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "PYTHONPATH": str(ROOT),
               "TF_CPP_MIN_LOG_LEVEL": "2", "RASA_CACHE_DIRECTORY": str(self.tmp / f"cache-{name}")}
        timeout = self.left(cap)
        print(f"[{name}] training (cap {timeout:.0f} s)...", flush=True)
        code: Optional[int] = None
        with open(ARTIFACTS / f"bench-train-{name}.log", "wb") as log:
            started = time.monotonic()
            process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                       start_new_session=True)
            sampler = PeakRss(process.pid)
            try:
                code = process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                pass
            finally:
                if process.poll() is None:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
                result["train_peak_rss_mib"] = sampler.stop()
        if code != 0:
            result["train_error"] = "timed out" if code is None else f"exit code {code}"
            print(f"[{name}] training failed ({result['train_error']}); see artifacts/bench-train-{name}.log")
            return None
        result["train_s"] = time.monotonic() - started
        print(f"[{name}] trained in {result['train_s']:.0f} s", flush=True)
        return self.tmp / name / f"{name}.tar.gz"

    async def _conversation(self, session: aiohttp.ClientSession, url: str, sender: str, texts: List[str],
                            out: List[float], errors: List[str], deadline: float) -> None:
        """One sender's turns in order; latency (ms) of each good answer goes to ``out``."""
        for text in texts:
            if time.monotonic() > deadline:
                return
            started = time.perf_counter()
            try:
                async with session.post(url, json={"sender": sender, "message": text}) as reply:
                    body = await reply.json(content_type=None)
                    if reply.status != 200 or not isinstance(body, list):
                        errors.append(f"HTTP {reply.status}")
                        continue
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
                errors.append(type(error).__name__)
                continue
            out.append((time.perf_counter() - started) * 1000)

    async def _load(self, url: str, tag: str, result: Result) -> None:
        rng = random.Random(2021)  # the same messages, in the same order, for both servers

        def pick(n: int) -> List[str]:
            return [rng.choice(MESSAGES) for _ in range(n)]

        errors: List[str] = []
        result["errors"] = errors
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            await self._conversation(session, url, f"{tag}-warm", pick(self.warmup), [], errors,
                                     time.monotonic() + self.left(60))
            seq: List[float] = []
            result["seq_ms"], texts = seq, pick(self.seq_n)
            deadline = time.monotonic() + self.left(240)
            for start in range(0, self.seq_n, 10):  # ten-turn conversations, one after another
                await self._conversation(session, url, f"{tag}-seq-{start}", texts[start:start + 10], seq,
                                         errors, deadline)
            result.update(seq_p50_ms=percentile(seq, 50), seq_p99_ms=percentile(seq, 99),
                          seq_rate=len(seq) / (sum(seq) / 1000) if seq else None)
            conc: List[float] = []
            result["conc_ms"], limit = conc, self.left(240)
            began, deadline = time.perf_counter(), time.monotonic() + limit
            jobs = [self._conversation(session, url, f"{tag}-conc-{i}", pick(self.turns), conc, errors, deadline)
                    for i in range(self.clients)]
            try:
                await asyncio.wait_for(asyncio.gather(*jobs), timeout=limit + 5)
            except asyncio.TimeoutError:
                print(f"[{tag}] concurrent phase timed out; keeping partial figures", flush=True)
            result.update(conc_rate=len(conc) / (time.perf_counter() - began) if conc else None,
                          conc_p50_ms=percentile(conc, 50), conc_p99_ms=percentile(conc, 99))
            long: List[float] = []
            result["long_ms"] = long
            # The same window of messages over and over, so the first and last windows differ only in
            # how long the conversation already is.
            cycle = pick(self.window) * (self.long_turns // self.window)
            await self._conversation(session, url, f"{tag}-long", cycle, long, errors,
                                     time.monotonic() + self.left(180))
            if len(long) == self.long_turns:
                first, last = percentile(long[: self.window], 50), percentile(long[-self.window:], 50)
                result.update(long_first_p50_ms=first, long_last_p50_ms=last,
                              long_ratio=last / first if first and last else None)

    def serve(self, tag: str, model: Path, stock: bool, result: Result) -> None:
        """Start one server (and an action server), measure it, stop both; figures go into ``result``."""
        rasa_port, actions_port = free_port(), free_port()
        result["model"] = str(model)
        # Benchmark traffic is counted in a throwaway statistics database, never the real one.
        with open(ARTIFACTS / f"bench-serve-{tag}.log", "wb") as log, tempfile.TemporaryDirectory() as stats:
            stack = Stack(model=str(model), host=HOST, rasa_port=rasa_port, actions_port=actions_port, log=log,
                          extra_env={"HARBOUR_STATS_URL": f"sqlite:///{stats}/bench-stats.sqlite3"})
            try:
                print(f"[{tag}] starting on {stack.rasa_url}...", flush=True)
                stack.start_actions(timeout=self.left(90))
                started = time.monotonic()
                if stock:
                    process = self._spawn_stock(model, rasa_port, actions_port, log)
                    stack.processes.append(process)  # so stack.stop() stops it too
                    _wait_http(f"{stack.rasa_url}/webhooks/rest/", process, self.left(240), "Stock Rasa")
                else:
                    stack.start_rasa(timeout=self.left(240))
                    process = stack.processes[-1]
                url = f"{stack.rasa_url}/webhooks/rest/webhook"
                self._first_answer(url, process)
                result["startup_s"] = time.monotonic() - started
                time.sleep(2)
                result["idle_rss_mib"] = group_rss_mib(process.pid)
                result["actions_idle_rss_mib"] = group_rss_mib(stack.processes[0].pid)
                print(f"[{tag}] answered 'hello' {result['startup_s']:.1f} s after start; "
                      f"idle RSS {result['idle_rss_mib']:,.0f} MiB; measuring...", flush=True)
                sampler = PeakRss(process.pid)
                try:
                    asyncio.run(self._load(url, tag, result))
                finally:
                    result["peak_rss_mib"] = max(sampler.stop(), result["idle_rss_mib"])
            except StackError as error:
                print(f"[{tag}] did not start: {error}; see artifacts/bench-serve-{tag}.log", flush=True)
                result["serve_error"] = str(error)
            finally:
                stack.stop()

    def scaled(self, model: Path) -> Result:
        """`make run-scaled`'s topology (2 replicas, nginx, Redis, PostgreSQL) under the same load."""
        self.left(300)  # raises if the cap is near
        print("[scaled] 2 replicas behind nginx on one Redis and PostgreSQL...", flush=True)
        try:
            return scaled_phase(model, 2, self.clients, self.turns, rounds=1 if self.quick else 3)
        except Exception as error:  # noqa: BLE001 - a missing nginx must not cost the other figures
            print(f"[scaled] failed: {error}", flush=True)
            return {"error": f"{type(error).__name__}: {error}"}

    def _spawn_stock(self, model: Path, rasa_port: int, actions_port: int, log: IO[bytes]) -> subprocess.Popen:
        folder = self.tmp / "stock-serve"
        folder.mkdir(exist_ok=True)
        (folder / "endpoints.yml").write_text(f"action_endpoint:\n  url: http://{HOST}:{actions_port}/webhook\n")
        (folder / "credentials.yml").write_text("rest:\n")
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"}
        command = [sys.executable, "-m", "rasa", "run", "-m", str(model), "--endpoints", "endpoints.yml",
                   "--credentials", "credentials.yml", "-i", HOST, "-p", str(rasa_port)]
        return subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)

    def _first_answer(self, url: str, process: subprocess.Popen) -> None:
        """Poll POST 'hello' until a 200 with a JSON list of messages."""
        body = json.dumps({"sender": "bench-startup", "message": "hello"}).encode()
        deadline = time.monotonic() + self.left(120)
        while time.monotonic() < deadline and process.poll() is None:
            request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=30) as reply:  # noqa: S310 - loopback only
                    if reply.status == 200 and isinstance(json.loads(reply.read()), list):
                        return
            except (OSError, ValueError):
                pass
            time.sleep(0.1)
        raise StackError("no answer to 'hello'")


def stock_model(bench: Bench, retrain: bool, result: Result, full: bool = False) -> Optional[Path]:
    """The stock model on Harbour's domain and data, cached by what it is trained on.

    Stock Rasa's default config trains four TensorFlow models for 100 epochs each: on Harbour's
    6,000 examples that is 40-50 minutes here. Unless ``full``, they are trained for 5 epochs
    (the same architecture, so serving costs the same) and the full training time is estimated
    from the measured time per epoch (`full_training_estimate`), and said to be. The model and
    figures are kept in ~/.cache/harbour/bench and reused until the domain, data or config change,
    or ``retrain`` asks for a fresh run.
    """
    config = stock_config(None if full else SHORT_STOCK_EPOCHS)
    digest = hashlib.sha256(config.encode())
    for path in [ROOT / "domain.yml", *sorted((ROOT / "data").rglob("*.yml"))]:
        digest.update(path.read_bytes())
    STOCK_CACHE.mkdir(parents=True, exist_ok=True)
    cached = STOCK_CACHE / f"bench-stock-{digest.hexdigest()[:16]}.tar.gz"
    figures = cached.with_suffix(".json")
    if not retrain and cached.is_file() and figures.is_file():
        saved = json.loads(figures.read_text())
        result.update(saved, train_cached=True)
        print(f"[stock] reusing the model trained {saved.get('trained_at', '?')} "
              f"({saved.get('train_s', 0):.0f} s); --retrain-stock trains it again", flush=True)
        return cached
    folder = bench.tmp / "stock-train"
    folder.mkdir()
    (folder / "config.yml").write_text(config)
    cap = max(60.0, min(STOCK_TRAIN_CAP_S, CAP_S - (time.monotonic() - bench.started) - 240))
    trained = bench.train("stock", folder / "config.yml", folder, cap, result)
    if not trained:
        return None
    trained.replace(cached)
    if not full:
        log = (ARTIFACTS / "bench-train-stock.log").read_text(errors="replace")
        measured = result["train_s"]
        result.update(train_s=full_training_estimate(measured, log), train_measured_s=measured,
                      train_epochs=SHORT_STOCK_EPOCHS)
        print(f"[stock] {SHORT_STOCK_EPOCHS} epochs took {measured:.0f} s; "
              f"{STOCK_EPOCHS} epochs estimated at {result['train_s'] or 0:.0f} s", flush=True)
    saved = {key: result[key] for key in ("train_s", "train_peak_rss_mib", "train_measured_s", "train_epochs")
             if key in result}
    figures.write_text(json.dumps({**saved, "trained_at": time.strftime("%Y-%m-%d %H:%M"),
                                   "load_average": os.getloadavg()}))
    return cached


def fmt(value: Any, unit: str) -> str:
    if not isinstance(value, (int, float)):
        return "not measured"
    return {"s": f"{value:.1f} s", "ms": f"{value:.1f} ms", "MiB": f"{value:,.0f} MiB",
            "/s": f"{value:.1f} msg/s", "x": f"{value:.2f}x"}[unit]


def met(value: Any, limit: float, stricter: Optional[float] = None) -> str:
    """Whether ``value`` is within ``limit`` and, where the two issues differ, issue 7's ``stricter``."""
    if not isinstance(value, (int, float)):
        return "?"
    if stricter is None or value <= stricter:
        return "yes" if value <= limit else "NO"
    return "issue 2 only" if value <= limit else "NO"


def _ratio(ours: Any, theirs: Any) -> Optional[float]:
    ok = all(isinstance(v, (int, float)) for v in (ours, theirs)) and theirs
    return ours / theirs if ok else None


def _times(ratio: Optional[float], at_least: float) -> str:
    return "?" if ratio is None else f"{'yes' if ratio >= at_least else 'NO'} ({ratio:.2f}x)"


def report(results: Dict[str, Result], bench: Bench) -> None:
    h, s = results["harbour"].get, results["stock"].get
    scaled = results.get("scaled", {})
    conc_x = _ratio(h("conc_rate"), s("conc_rate"))
    scaled_x = _ratio(scaled.get("median_rate"), s("conc_rate"))
    b, w, n = bench, bench.window, bench.long_turns
    rows: List[Tuple[str, str, str, str, str]] = [
        ("training, wall time", "train_s", "s", "<= 4 min · 3 min", met(h("train_s"), 240, 180)),
        ("training, peak RSS", "train_peak_rss_mib", "MiB", "", ""),
        ("start-up to 1st answer", "startup_s", "s", "<= 35 s · 20 s", met(h("startup_s"), 35, 20)),
        ("idle RSS, Rasa server", "idle_rss_mib", "MiB", "<= 1.3 GB · 1.2 GB",
         met(h("idle_rss_mib"), 1.3 * MIB_PER_GB, 1.2 * MIB_PER_GB)),
        ("idle RSS, action server", "actions_idle_rss_mib", "MiB", "", ""),
        (f"sequential p50 ({b.seq_n} msg)", "seq_p50_ms", "ms", "<= 30 ms · 25 ms", met(h("seq_p50_ms"), 30, 25)),
        ("sequential p99", "seq_p99_ms", "ms", "<= 40 ms", met(h("seq_p99_ms"), 40)),
        ("sequential rate", "seq_rate", "/s", "", ""),
        (f"{b.clients} concurrent x {b.turns}: rate", "conc_rate", "/s", ">= 2x stock", _times(conc_x, 2)),
        (f"{b.clients} concurrent x {b.turns}: p99", "conc_p99_ms", "ms", "<= 500 ms", met(h("conc_p99_ms"), 500)),
        (f"one conversation p50, turns 1-{w}", "long_first_p50_ms", "ms", "", ""),
        (f"one conversation p50, turns {n - w + 1}-{n}", "long_last_p50_ms", "ms", "", ""),
        ("  late / early", "long_ratio", "x", "<= 1.2x", met(h("long_ratio"), 1.2)),
        ("peak RSS during load", "peak_rss_mib", "MiB", "", ""),
    ]
    print("\nTargets for Harbour; where issue 2 and issue 7 differ, both are shown (issue 2 · issue 7).")
    print(f"{'figure':36} {'Harbour':>13} {'stock Rasa':>13}  {'target (Harbour)':24} met?")
    print("-" * 100)
    ratios = []
    for label, key, unit, target, verdict in rows:
        print(f"{label:36} {fmt(h(key), unit):>13} {fmt(s(key), unit):>13}  {target:24} {verdict}")
        if isinstance(h(key), (int, float)) and isinstance(s(key), (int, float)) and s(key):
            ratios.append(f"{key} {h(key) / s(key):.2f}")
    if scaled:
        replicas = scaled.get("replicas", 2)
        idle = max(scaled.get("idle_rss_mib") or [0]) or None
        for label, value, unit, target, verdict in (
            (f"{replicas} replicas via nginx: rate", scaled.get("median_rate"), "/s", ">= 2x stock",
             _times(scaled_x, 2)),
            (f"{replicas} replicas via nginx: p99", scaled.get("median_p99_ms"), "ms", "<= 500 ms",
             met(scaled.get("median_p99_ms"), 500)),
            ("idle RSS per replica (scaled)", idle, "MiB", "<= 1.2 GB", met(idle, 1.2 * MIB_PER_GB)),
        ):
            print(f"{label:36} {fmt(value, unit):>13} {'':>13}  {target:24} {verdict}")
        if scaled_x is not None:
            ratios.append(f"scaled conc_rate {scaled_x:.2f}")
        if scaled.get("error"):
            print(f"scaled: {scaled['error']}")
    if s("train_epochs"):
        print(f"stock training: {s('train_epochs')} epochs measured ({fmt(s('train_measured_s'), 's')}); "
              f"the {STOCK_EPOCHS}-epoch figure above is estimated from its time per epoch"
              f"{' (model cached)' if s('train_cached') else ''}")
    for tag, get in (("Harbour", h), ("stock", s)):
        problems = [str(get(k)) for k in ("train_error", "serve_error") if get(k)]
        problems += [f"{len(get('errors'))} failed requests"] if get("errors") else []
        print(f"{tag}: {'; '.join(problems) or 'no errors'}")
    if bench.quick:
        print("(quick run: few messages; percentiles are rough)")
    print("Ratios Harbour/stock: " + (", ".join(ratios) if ratios else "none (stock not measured)"))


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few messages, for a smoke run")
    parser.add_argument("--skip-stock", action="store_true", help="measure Harbour only")
    parser.add_argument("--skip-training", action="store_true", help="don't time Harbour's training")
    parser.add_argument("--retrain-stock", action="store_true", help="train stock's model even if cached")
    parser.add_argument("--stock-full", action="store_true",
                        help="train stock for its full 100 epochs (40-50 min) instead of 5 and an estimate")
    parser.add_argument("--skip-scaled", action="store_true", help="don't measure 2 replicas behind nginx")
    args = parser.parse_args(argv)
    ARTIFACTS.mkdir(exist_ok=True)
    bench, model = Bench(args.quick), model_path()
    results: Dict[str, Result] = {"harbour": {}, "stock": {}, "meta": {
        "quick": args.quick, "cpus": os.cpu_count(), "messages": MESSAGES, "warmup": bench.warmup,
        **{k: getattr(bench, k) for k in ("seq_n", "clients", "turns", "long_turns", "window")},
        "notes": "latencies in ms per REST round trip; RSS = sum of VmRSS over the server's process group"}}

    def on_signal(signum: int, _frame: object) -> None:
        raise Timeout("hard cap" if signum == signal.SIGALRM else "interrupted")

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGALRM, on_signal)
    signal.alarm(CAP_S + 120)  # backstop beyond the per-phase limits
    try:
        if model.is_file():
            bench.serve("harbour", model, False, results["harbour"])
            if not args.skip_scaled:
                results["scaled"] = bench.scaled(model)
        else:
            print(f"No Harbour model at {model}: run `make model` first.", file=sys.stderr)
        if not args.skip_training:
            bench.train("harbour", ROOT / "config.yml", ROOT, 600, results["harbour"])
        if not args.skip_stock:
            stock = stock_model(bench, args.retrain_stock, results["stock"], full=args.stock_full)
            if stock is not None:
                bench.serve("stock", stock, True, results["stock"])
    except (Timeout, KeyboardInterrupt) as error:
        print(f"\nStopped early ({error or 'interrupted'}); printing what was measured.", flush=True)
    finally:
        signal.alarm(0)
        results["meta"]["wall_s"] = time.monotonic() - bench.started
        (ARTIFACTS / "bench.json").write_text(json.dumps(results, indent=1))
        report(results, bench)
        print(f"Raw results: {ARTIFACTS / 'bench.json'} (whole run {results['meta']['wall_s']:.0f} s)")
        shutil.rmtree(bench.tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
