"""Memory bound of Harbour's privacy store: RSS before, at peak and after expiry of many conversations.

    python scripts/bench_memory.py [--conversations 10000] [--idle-minutes 1] [--cap 10000]

Starts the real stack (Rasa server + action server) on free loopback ports with the memory backend
of the privacy tracker store, a short idle time and the given cap. Then it holds N conversations
through the REST channel, 20 at a time; each conversation sends a 10 KB message (10,000 characters
of words) and a follow-up question. As in production, the 10 KB message is checked for danger and
then refused by the channel (it is over HARBOUR_MAX_MESSAGE_CHARS, 4,000); the follow-up is
classified and the conversation stored, redacted. ``--classify-big`` raises the limit so the 10 KB
messages are classified and stored too (about 0.3 s each on this machine: use fewer conversations). The Rasa server's RSS is sampled throughout; after the load it waits for the idle
sweep to drop every conversation and measures again, then once more after a burst of bad input
(1 MB bodies, messages of 300 different lengths). Figures go to stdout and
artifacts/bench_memory.json. Nothing is asserted: the targets are printed beside the figures
(RSS back within 5% of its pre-load level; peak within the cap's budget).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from harbour.stack import Stack  # noqa: E402
from scripts.bench import PeakRss, free_port, group_rss_mib  # noqa: E402
from scripts.model import model_path  # noqa: E402

ARTIFACTS = ROOT / "artifacts"
WORDS = ("he she they always never money phone friends family work home car keys door night "
         "morning shouts checks takes controls watches follows says makes stops tells asks").split()
MESSAGE_CHARS = 10_000
CLIENTS = 20


def big_message(rng: random.Random, marker: str) -> str:
    """About 10 KB of ordinary words with a unique marker (a stand-in for what a person types)."""
    words: List[str] = [marker]
    length = len(marker)
    while length < MESSAGE_CHARS:  # a running total: summing the list each time made the client
        word = rng.choice(WORDS)    # the bottleneck (2.7 s of CPU for every 20 messages)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:MESSAGE_CHARS]


async def drive(url: str, conversations: int, errors: List[str]) -> float:
    """Holds every conversation (two turns each), CLIENTS at a time; returns the seconds taken."""
    rng = random.Random(7)
    queue: "asyncio.Queue[int]" = asyncio.Queue()
    for number in range(conversations):
        queue.put_nowait(number)

    async def worker(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            number = queue.get_nowait()
            sender = f"memory-bench-{number}"
            for text in (big_message(rng, f"m{number}"), "which helpline can I call?"):
                try:
                    async with session.post(url, json={"sender": sender, "message": text}) as reply:
                        await reply.read()
                        if reply.status != 200:
                            errors.append(f"HTTP {reply.status}")
                except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                    errors.append(type(error).__name__)
            if number and number % 1000 == 0:
                print(f"  {number:,} conversations held", flush=True)

    started = time.monotonic()
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        await asyncio.gather(*(worker(session) for _ in range(CLIENTS)))
    return time.monotonic() - started


async def bad_input_burst(url: str, errors: List[str]) -> int:
    """The probe's bad input: 1 MB bodies, and messages of many lengths up to the channel's limit
    (each new length once cost TensorFlow's oneDNN kernels a cached primitive); returns how many."""
    bodies = [json.dumps({"sender": "memory-bad-big", "message": "a" * 1_000_000})] * 20
    bodies += [json.dumps({"sender": f"memory-bad-{n % 20}", "message": " ".join(["help"] * (5 + 3 * n))})
               for n in range(300)]  # 300 lengths, about 20 to 4,500 characters
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for body in bodies:
            try:
                async with session.post(url, data=body, headers={"Content-Type": "application/json"}) as reply:
                    await reply.read()
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                errors.append(type(error).__name__)
    return len(bodies)


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--idle-minutes", type=float, default=1.0)
    parser.add_argument("--cap", type=int, default=10_000, help="max_conversations of the store")
    parser.add_argument("--classify-big", action="store_true",
                        help="raise the channel limit so the 10 KB messages reach the classifier")
    args = parser.parse_args(argv)
    ARTIFACTS.mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="harbour-memory-"))
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(
        "action_endpoint:\n  url: ${ACTION_SERVER_URL}\n"
        "tracker_store:\n  type: harbour.privacy.PrivacyTrackerStore\n  backend: memory\n"
        f"  idle_minutes: {args.idle_minutes}\n  max_conversations: {args.cap}\n"
    )
    result: Dict[str, object] = {"conversations": args.conversations, "idle_minutes": args.idle_minutes,
                                 "cap": args.cap, "message_chars": MESSAGE_CHARS, "clients": CLIENTS,
                                 "big_messages_classified": args.classify_big}
    with (ARTIFACTS / "bench_memory-serve.log").open("wb") as log:
        stack = Stack(model=str(model_path()), rasa_port=free_port(), actions_port=free_port(),
                      endpoints=str(endpoints), log=log,
                      extra_env={"HARBOUR_MAX_MESSAGE_CHARS": str(MESSAGE_CHARS + 100)} if args.classify_big else {})
        stack.start()
        try:
            rasa = stack.processes[-1]
            url = f"{stack.rasa_url}/webhooks/rest/webhook"
            errors: List[str] = []
            asyncio.run(drive(url, 50, errors))  # warm every code path before measuring
            time.sleep(args.idle_minutes * 60 + 20)  # let the warm-up conversations expire too
            before = group_rss_mib(rasa.pid)
            print(f"RSS before load: {before:,.0f} MiB; holding {args.conversations:,} conversations...",
                  flush=True)
            sampler = PeakRss(rasa.pid)
            seconds = asyncio.run(drive(url, args.conversations, errors))
            at_end = group_rss_mib(rasa.pid)
            wait = args.idle_minutes * 60 + 30  # idle time, plus the sweep interval and margin
            print(f"Held them in {seconds:.0f} s; RSS now {at_end:,.0f} MiB; waiting {wait:.0f} s for expiry...",
                  flush=True)
            time.sleep(wait)
            peak = max(sampler.stop(), at_end)
            after = group_rss_mib(rasa.pid)
            bad = asyncio.run(bad_input_burst(url, errors))
            after_bad = group_rss_mib(rasa.pid)
            print(f"RSS after {bad} bad-input requests: {after_bad:,.0f} MiB", flush=True)
        finally:
            stack.stop()
    growth = (after - before) / before * 100
    result.update(rss_before_mib=before, rss_peak_mib=peak, rss_at_end_of_load_mib=at_end,
                  rss_after_expiry_mib=after, after_vs_before_pct=growth, load_s=seconds,
                  rss_after_bad_input_mib=after_bad, bad_input_requests=bad,
                  messages=2 * args.conversations, errors=len(errors),
                  peak_per_live_conversation_kib=(peak - before) * 1024 / min(args.conversations, args.cap))
    (ARTIFACTS / "bench_memory.json").write_text(json.dumps(result, indent=1))
    print(f"\n{'figure':40} value")
    print("-" * 60)
    print(f"{'conversations (2 turns, one of 10 KB)':40} {args.conversations:,}")
    print(f"{'load time':40} {seconds:.0f} s ({2 * args.conversations / seconds:.1f} msg/s), {len(errors)} errors")
    print(f"{'RSS before load':40} {before:,.0f} MiB")
    print(f"{'RSS peak during load':40} {peak:,.0f} MiB (+{peak - before:,.0f} MiB, "
          f"{result['peak_per_live_conversation_kib']:.1f} KiB per live conversation)")
    print(f"{'RSS after expiry':40} {after:,.0f} MiB ({growth:+.1f}% vs before; target within 5%: "
          f"{'yes' if abs(growth) <= 5 else 'NO'})")
    print(f"{'RSS after a bad-input burst':40} {after_bad:,.0f} MiB (+{after_bad - after:,.0f} MiB: "
          f"{bad} requests, 1 MB bodies and 300 message lengths)")
    print(f"Raw results: {ARTIFACTS / 'bench_memory.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
