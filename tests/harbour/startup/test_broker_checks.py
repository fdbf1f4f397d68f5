"""A configured broker must load, and be Harbour's: otherwise start-up stops."""
import os
import subprocess
import sys
import textwrap

import pytest
import rasa.core.run
from rasa.core.agent import Agent
from rasa.core.brokers.broker import EventBroker
from rasa.core.utils import AvailableEndpoints
from rasa.shared.core.domain import Domain
from rasa.utils.endpoints import EndpointConfig

from harbour.startup.errors import PrivacyGuardError
from harbour.startup.preload import check_endpoints
from tests.harbour.startup.helpers import install_checks, uninstall_checks
from harbour.privacy.log_filter import uninstall_log_filter
from harbour.privacy.store import PrivacyTrackerStore
from harbour.stats.broker import StatsBroker
from harbour.startup.errors import StatsGuardError
from harbour.startup.postload import verify_loaded_broker
from harbour.startup.preload import check_broker_section
from harbour.stats.settings import ROOT, StatsSettings

STORE = "tracker_store:\n  type: harbour.privacy.PrivacyTrackerStore\n"
BROKER = "harbour.stats.StatsBroker"


def endpoints(tmp_path, body: str) -> str:
    path = tmp_path / "endpoints.yml"
    path.write_text(STORE + textwrap.dedent(body))
    return str(path)


@pytest.fixture(autouse=True)
def stats_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("HARBOUR_STATS_URL", f"sqlite:///{tmp_path / 'stats.sqlite3'}")


def test_the_projects_endpoints_pass(monkeypatch):
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    check_endpoints(str(ROOT / "endpoints.yml"))


def test_no_broker_is_allowed(tmp_path):
    check_endpoints(endpoints(tmp_path, ""))


@pytest.mark.parametrize(
    "body, message",
    [
        ("event_broker:\n  type: sql\n  db: events.db\n", "Rasa's brokers keep every event"),
        ("event_broker:\n  type: pika\n  url: localhost\n", "Rasa's brokers keep every event"),
        ("event_broker:\n  url: localhost\n", "is not Harbour's"),  # no type: Rasa would use pika
        (f"event_broker:\n  type: {BROKER}\n  store_type: file\n", "Rasa's brokers keep every event"),
        ("event_broker:\n  type: harbour.stats.NoSuchBroker\n", "cannot be imported"),
        ("event_broker:\n  type: harbour.stats.store.StatsStore\n", "is not a harbour.stats.StatsBroker"),
        (f"event_broker:\n  type: {BROKER}\n  k: 1\n", "k must be between"),
        (f"event_broker:\n  type: {BROKER}\n  colour: blue\n", "Unknown event_broker settings"),
        ("event_broker: yes\n", "must be a mapping"),
    ],
)
def test_anything_but_a_valid_stats_broker_stops_start_up(tmp_path, body, message):
    with pytest.raises(PrivacyGuardError, match=message):
        check_endpoints(endpoints(tmp_path, body))


def test_a_missing_database_driver_stops_start_up(monkeypatch):
    monkeypatch.setenv("HARBOUR_STATS_URL", "postgresql://u:p@127.0.0.1/stats")
    monkeypatch.setitem(sys.modules, "psycopg2", None)  # as if psycopg2 were not installed
    with pytest.raises(StatsGuardError, match="driver is not available"):
        check_broker_section({"type": BROKER})


def test_verify_loaded_broker_wants_exactly_what_was_configured(tmp_path):
    configured = AvailableEndpoints(event_broker=EndpointConfig(type=BROKER))
    broker = StatsBroker(StatsSettings(url=f"sqlite:///{tmp_path / 's.sqlite3'}"), start=False)
    verify_loaded_broker(broker, configured)
    verify_loaded_broker(None, AvailableEndpoints())
    with pytest.raises(StatsGuardError, match="loaded none"):
        verify_loaded_broker(None, configured)
    with pytest.raises(StatsGuardError, match="only harbour.stats.StatsBroker may run"):
        verify_loaded_broker(EventBroker(), AvailableEndpoints())


@pytest.mark.asyncio
async def test_rasa_running_without_the_configured_broker_stops_start_up(monkeypatch, tmp_path):
    """Rasa only warns when a broker class fails to load; the start-up listener refuses."""
    domain = Domain.from_yaml('version: "3.1"\nintents: [greet]\n')
    loaded = {}

    async def fake_load_agent_on_start(model_path, endpoints, remote_storage, app, loop):
        return loaded["agent"]

    monkeypatch.setattr(rasa.core.run, "load_agent_on_start", fake_load_agent_on_start)
    monkeypatch.delenv("RASA_TELEMETRY_ENABLED", raising=False)
    install_checks()
    configured = AvailableEndpoints(event_broker=EndpointConfig(type=BROKER))
    try:
        loaded["agent"] = Agent(domain=domain, tracker_store=PrivacyTrackerStore(domain))
        with pytest.raises(PrivacyGuardError, match="statistics silently off"):
            await rasa.core.run.load_agent_on_start(None, configured, None, None, None)

        broker = StatsBroker(StatsSettings(url=f"sqlite:///{tmp_path / 's.sqlite3'}"), start=False)
        loaded["agent"] = Agent(domain=domain, tracker_store=PrivacyTrackerStore(domain, event_broker=broker))
        assert await rasa.core.run.load_agent_on_start(None, configured, None, None, None) is loaded["agent"]
    finally:
        uninstall_checks()
        uninstall_log_filter()


def test_the_rasa_server_refuses_to_start_with_another_broker(tmp_path, model_path):
    """The real launcher exits before loading the model, with the reason on stderr."""
    path = endpoints(tmp_path, "event_broker:\n  type: sql\n  db: events.db\n")
    result = subprocess.run(
        [sys.executable, "-m", "harbour.serve", "rasa", "--model", model_path, "--endpoints", path],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "HARBOUR_RASA_PORT": "1"},
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode != 0
    assert "Rasa's brokers keep every event" in result.stderr
    assert not (tmp_path / "events.db").exists() and not (ROOT / "events.db").exists()
