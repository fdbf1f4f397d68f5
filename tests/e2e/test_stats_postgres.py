"""Statistics on a real PostgreSQL server: counts from a real conversation, no canary in any
table, and the server stopped mid-conversation without costing a reply.

A second stack is needed for the different configuration: endpoints.yml names the database as
``url: ${STATS_DB_URL}`` (how a deployment keeps its password out of the file).
"""
from __future__ import annotations

import time
from collections import Counter
from typing import Tuple

import pytest
import sqlalchemy as sa

from harbour.stack import Stack
from tests.canary import make_canaries
from tests.conftest import chat, free_port, joined
from tests.stats_counts import settled as settled_counts
from tests.stats_counts import wait_for_delta

pytestmark = pytest.mark.e2e

CANARIES = make_canaries("PGKANARY", 4)
Key = Tuple[str, str, str]


@pytest.fixture(scope="module")
def pg_stack(model_path, postgres, tmp_path_factory):
    """Rasa and the action server counting into a fresh PostgreSQL database, flushing every second."""
    workdir = tmp_path_factory.mktemp("pg-stack")
    url = postgres.new_database()
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(
        "action_endpoint:\n  url: ${ACTION_SERVER_URL}\n"
        "tracker_store:\n  type: harbour.privacy.PrivacyTrackerStore\n  backend: memory\n"
        "event_broker:\n  type: harbour.stats.StatsBroker\n  url: ${STATS_DB_URL}\n  flush_seconds: 1\n"
    )
    log_path = workdir / "harbour.log"
    with log_path.open("ab") as log:
        running = Stack(
            model=model_path, rasa_port=free_port(), actions_port=free_port(), endpoints=str(endpoints),
            log=log, extra_env={"STATS_DB_URL": url},
        ).start()
        try:
            yield running, url, log_path
        finally:
            running.stop()


def settled(url: str) -> Counter:
    """Totals once nothing is waiting in the broker (it writes every second here)."""
    return settled_counts(url, quiet=3.0, timeout=60)


def every_table_as_text(url: str) -> str:
    """Every row of every table in the database, cast to text."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            tables = [row[0] for row in connection.execute(sa.text(
                "SELECT tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"))]
            assert "harbour_stats_counts" in tables
            return "\n".join(
                str(connection.execute(sa.text(f'SELECT t::text FROM "{table}" t')).fetchall()) for table in tables
            )
    finally:
        engine.dispose()


def test_counts_reach_postgresql_and_the_canary_never_does(pg_stack):
    stack, url, _ = pg_stack
    sender = f"pg-sender-{CANARIES[0]}"
    before = settled(url)
    assert "999" in joined(chat(stack, sender, f"he's outside with a knife {CANARIES[1]}"))
    replies = chat(stack, sender, f"can I speak to a real person {CANARIES[2]}")
    cards = Counter((r.get("custom") or {}).get("service", {}).get("id") for r in replies if r.get("custom"))
    assert cards
    expected = {
        ("rest", "intent", "danger_now"): 1,
        ("rest", "outcome", "danger_response"): 1,
        ("rest", "outcome", "conversation_started"): 1,
        **{("rest", "handoff", service): n for service, n in cards.items()},
    }
    wait_for_delta(url, before, expected)
    held = every_table_as_text(url)
    assert "danger_now" in held
    for needle in [*CANARIES, sender, "knife"]:
        assert needle not in held, f"{needle!r} reached PostgreSQL"


def test_postgresql_down_mid_conversation_costs_no_reply_and_counts_resume(pg_stack, postgres):
    stack, url, log_path = pg_stack
    sender = f"pg-down-{CANARIES[3]}"
    start = settled(url)
    assert chat(stack, sender, "hello")
    wait_for_delta(url, start, {("rest", "outcome", "conversation_started"): 1})
    before = settled(url)
    log_start = log_path.stat().st_size
    postgres.stop()
    try:
        assert "999" in joined(chat(stack, sender, "he's outside with a knife"))
        assert "0808 2000 247" in joined(chat(stack, sender, "which helpline can I call?"))
        deadline = time.monotonic() + 60
        while b"Statistics: cannot write to the database" not in log_path.read_bytes()[log_start:]:
            assert time.monotonic() < deadline, "the broker never tried to write"
            time.sleep(0.25)
        assert "999" in joined(chat(stack, sender, "cant talk hes in the room"))
    finally:
        postgres.start()
    wait_for_delta(url, before, {("rest", "outcome", "danger_response"): 2})
    after = settled(url)
    assert sum(after[k] - before[k] for k in after if k[1] == "intent") == 3
    log = log_path.read_bytes()[log_start:]
    assert b"the database is back" in log
    assert postgres.password.encode() not in log_path.read_bytes()
