"""Statistics from real conversations with the shared stack (Rasa, actions, dashboard; SQLite stats).

What a person was shown is read back from the replies themselves (handoff cards, helpline
blocks, the danger response), and the counts must match it exactly. The stats database
must hold no text, entity, sender id or exact time; a locked database must cost no reply.
"""
from __future__ import annotations

import csv
import io
import re
import sqlite3
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Dict, List, Tuple

import httpx
import pytest

from harbour.services import load_directory
from harbour.stats.store import StatsStore
from harbour.stats.suppress import shown
from harbour.stats.timezone import today_in_london
from tests.canary import make_canaries
from tests.conftest import chat, joined
from tests.stats_counts import settled as settled_counts
from tests.stats_counts import wait_for_delta
from tests.harbour.dashboard.conftest import PASSWORD, login, run_cli

pytestmark = pytest.mark.e2e

Key = Tuple[str, str, str]  # (channel, kind, name), summed over days
CANARIES = make_canaries("STATKANARY", 6)
SERVICE_NAMES = {service.name: service.id for service in load_directory().services}


def settled(database: Path) -> Counter:
    """Totals once nothing is waiting in the broker (it writes every 5 s, endpoints.yml)."""
    return settled_counts(database, quiet=7.0)


def shown_services(replies: List[dict]) -> Tuple[Counter, Counter]:
    """(handoff cards, helpline blocks) by service id, as the person saw them."""
    cards, blocks = Counter(), Counter()
    for reply in replies:
        custom = reply.get("custom") or {}
        if custom.get("type") == "handoff":
            cards[custom["service"]["id"]] += 1
        lines = (reply.get("text") or "").split("\n")
        if lines[0].startswith("If they can't answer") and len(lines) > 1:
            lines = lines[1:]
        if lines[0] in SERVICE_NAMES:
            blocks[SERVICE_NAMES[lines[0]]] += 1
    return cards, blocks


def test_a_real_conversation_is_counted_exactly_and_none_of_its_text_is_kept(stack, stack_stats_db):
    sender = f"stats-sender-{CANARIES[0]}"
    before = settled(stack_stats_db)
    replies: List[dict] = []

    danger = chat(stack, sender, f"he's outside with a knife {CANARIES[1]}")
    assert danger[0]["text"].startswith("If you're in danger now, call 999.")
    replies += danger
    replies += chat(stack, sender, "how do I apply for clare's law?")
    replies += chat(stack, sender, "for me")
    guide = chat(stack, sender, f"I live in Glasgow {CANARIES[2]}")
    assert "Disclosure Scheme for Domestic Abuse Scotland" in joined(guide)
    replies += guide
    handoff = chat(stack, sender, "can I speak to a real person")
    assert any((r.get("custom") or {}).get("type") == "handoff" for r in handoff)
    replies += handoff
    replies += chat(stack, sender, "which helpline can I call?")
    confused = chat(stack, sender, f"zqxv blorft wibble {CANARIES[3]}")
    replies += confused
    sent = 7

    cards, blocks = shown_services(replies)
    assert cards and blocks and "scotland_helpline" in blocks
    expected: Dict[Key, int] = {
        ("rest", "intent", "danger_now"): 1,
        ("rest", "outcome", "danger_response"): 1,
        ("rest", "clares_law", "scotland"): 1,
        ("rest", "clares_law", "england"): 2,  # answered at once, then again "for me"
        ("rest", "intent", "request_human"): 1,
        ("rest", "outcome", "conversation_started"): 1,
        **{("rest", "handoff", service): n for service, n in cards.items()},
        **{("rest", "helpline", service): n for service, n in blocks.items()},
    }
    if "put it another way" in joined(confused):
        expected[("rest", "outcome", "not_understood")] = 1
    wait_for_delta(stack_stats_db, before, expected)
    after = settled(stack_stats_db)  # nothing more may trickle in
    intents = sum(after[k] - before[k] for k in after if k[1] == "intent")
    assert intents == sent, "every message counted exactly once"
    for key, amount in expected.items():
        assert after[key] - before[key] == amount, key
    changed = {key for key in after if after[key] != before[key]}
    assert {key[0] for key in changed} == {"rest"}

    held = b"".join(p.read_bytes() for p in stack_stats_db.parent.glob(stack_stats_db.name + "*"))
    assert b"danger_now" in held
    for needle in [*CANARIES, sender, "Glasgow", "knife", "blorft"]:
        assert needle.encode() not in held, f"{needle!r} reached the statistics database"
    connection = sqlite3.connect(stack_stats_db)
    try:
        labels = connection.execute("SELECT DISTINCT channel, kind, name FROM harbour_stats_counts").fetchall()
        days = connection.execute("SELECT DISTINCT day FROM harbour_stats_counts").fetchall()
    finally:
        connection.close()
    assert all(re.match(r"^[A-Za-z0-9_\-]+$", part) for row in labels for part in row)
    assert all(re.match(r"^\d{4}-\d{2}-\d{2}$", day) for (day,) in days)  # a date, never a time


def test_a_locked_database_costs_no_reply_and_counts_resume(stack, stack_stats_db, stack_log):
    sender = f"locked-{CANARIES[4]}"
    before = settled(stack_stats_db)
    log_start = stack_log.stat().st_size
    locker = sqlite3.connect(stack_stats_db, timeout=30, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        assert "999" in joined(chat(stack, sender, "he's outside with a knife"))
        assert "0808 2000 247" in joined(chat(stack, sender, "which helpline can I call?"))
        assert chat(stack, sender, "hello")
        deadline = time.monotonic() + 60
        while b"Statistics: cannot write to the database" not in stack_log.read_bytes()[log_start:]:
            assert time.monotonic() < deadline, "the broker never tried to write"
            time.sleep(0.25)
        assert "999" in joined(chat(stack, sender, "cant talk hes in the room"))  # still answering
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    wait_for_delta(stack_stats_db, before, {("rest", "outcome", "danger_response"): 2})
    after = settled(stack_stats_db)
    assert after[("rest", "outcome", "danger_response")] - before[("rest", "outcome", "danger_response")] == 2
    assert sum(after[k] - before[k] for k in after if k[1] == "intent") == 4
    assert b"the database is back" in stack_log.read_bytes()[log_start:]


def test_the_stacks_dashboard_shows_the_counts_suppressed(stack, stack_stats_db):
    result = run_cli(f"sqlite:///{stack_stats_db}", "staff", "add", "e2e-staff", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    settled(stack_stats_db)
    today = today_in_london()
    start = today - timedelta(days=1)
    store = StatsStore(f"sqlite:///{stack_stats_db}")
    truth = sum(count for key, count in store.all_counts().items() if key.kind == "intent" and start <= key.day <= today)
    store.close()
    with httpx.Client(base_url=stack.dashboard_url, follow_redirects=False, timeout=30) as client:
        assert login(client, "e2e-staff").status_code == 303
        exported = client.get(f"/export/overview.csv?start={start.isoformat()}&end={today.isoformat()}").text
    total = next(row for row in csv.reader(io.StringIO(exported)) if row and row[0] == "Total")
    assert total[1] == shown(truth)
