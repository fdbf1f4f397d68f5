"""Start-up refuses a lock store that would keep sender ids, can't load or can't reach Redis."""
from __future__ import annotations

import logging
import textwrap

import pytest
import rasa.core.run
from rasa.core.agent import Agent
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.utils import AvailableEndpoints
from rasa.utils.endpoints import EndpointConfig

from harbour.startup.errors import PrivacyGuardError
from harbour.startup.preload import check_endpoints
from tests.harbour.startup.helpers import install_checks, uninstall_checks
from harbour.startup.postload import verify_loaded_lock_store
from harbour.privacy.locks import PrivacyLockStore
from harbour.privacy.log_filter import uninstall_log_filter
from harbour.privacy.store import PrivacyTrackerStore

LOCKS = "harbour.privacy.PrivacyLockStore"
STORE_SECTION = "tracker_store:\n  type: harbour.privacy.PrivacyTrackerStore\n"


def endpoints_file(tmp_path, lock_section: str) -> str:
    path = tmp_path / "endpoints.yml"
    path.write_text(STORE_SECTION + textwrap.dedent(lock_section))
    return str(path)


@pytest.mark.parametrize(
    "section, message",
    [
        ("lock_store:\n  type: redis\n  url: localhost\n", "raw\\s+conversation id"),
        ("lock_store:\n  type: harbour.privacy.NoSuchLocks\n", "cannot be imported"),
        ("lock_store:\n  type: rasa.core.lock_store.RedisLockStore\n", "is not a harbour.privacy.PrivacyLockStore"),
        ("lock_store:\n  store_type: redis\n  type: in_memory\n", "RedisLockStore"),  # Rasa reads store_type
        (f"lock_store:\n  type: {LOCKS}\n", "needs url"),
        (f"lock_store:\n  type: {LOCKS}\n  url: redis://127.0.0.1:6379/0\n  db: 1\n", "Unknown lock_store settings"),
        ("lock_store: [redis]\n", "must be a mapping"),
    ],
)
def test_lock_stores_harbour_cannot_run_with_are_refused(tmp_path, section, message):
    with pytest.raises(PrivacyGuardError, match=message):
        check_endpoints(endpoints_file(tmp_path, section))


def test_a_lock_store_whose_redis_does_not_answer_stops_start_up_before_the_model_loads(tmp_path, unused_redis_url):
    section = f"lock_store:\n  type: {LOCKS}\n  url: {unused_redis_url}\n"
    with pytest.raises(PrivacyGuardError, match="lock store's Redis cannot be reached"):
        check_endpoints(endpoints_file(tmp_path, section))


@pytest.mark.parametrize("section", ["", "lock_store:\n  type: in_memory\n"])
def test_in_memory_locks_are_allowed_for_one_process(tmp_path, section):
    check_endpoints(endpoints_file(tmp_path, section))


def test_harbour_s_lock_store_on_a_live_redis_passes(tmp_path, redis_url, monkeypatch):
    monkeypatch.setenv("LOCKS_REDIS_URL", redis_url)
    check_endpoints(endpoints_file(tmp_path, f"lock_store:\n  type: {LOCKS}\n  url: ${{LOCKS_REDIS_URL}}\n"))


@pytest.mark.asyncio
async def test_the_loaded_lock_store_must_be_the_configured_one_and_answer(domain, redis_url, unused_redis_url):
    configured = AvailableEndpoints(lock_store=EndpointConfig(url=redis_url, type=LOCKS))
    in_memory = Agent(domain=domain, tracker_store=PrivacyTrackerStore(domain))
    with pytest.raises(PrivacyGuardError, match="Rasa loaded InMemoryLockStore"):
        await verify_loaded_lock_store(in_memory, configured)

    live = Agent(domain=domain, tracker_store=PrivacyTrackerStore(domain), lock_store=PrivacyLockStore(redis_url))
    await verify_loaded_lock_store(live, configured)
    with pytest.raises(PrivacyGuardError, match="asks for in-memory locks"):
        await verify_loaded_lock_store(live, AvailableEndpoints())
    await live.lock_store.close()

    dead = Agent(domain=domain, tracker_store=PrivacyTrackerStore(domain), lock_store=PrivacyLockStore(unused_redis_url))
    with pytest.raises(PrivacyGuardError, match="cannot be reached"):
        await verify_loaded_lock_store(dead, configured)
    await dead.lock_store.close()


@pytest.mark.asyncio
async def test_a_shared_tracker_store_with_in_memory_locks_is_warned_about(domain, redis_url, caplog):
    store = PrivacyTrackerStore(domain, host=redis_url, backend="redis")
    agent = Agent(domain=domain, tracker_store=store, lock_store=InMemoryLockStore())
    with caplog.at_level(logging.WARNING, logger="harbour.startup.postload"):
        await verify_loaded_lock_store(agent, AvailableEndpoints())
    assert "several replicas need lock_store" in caplog.text
    await store.close()


@pytest.mark.asyncio
async def test_rasa_s_start_up_listener_refuses_locks_it_did_not_ask_for(monkeypatch, domain, redis_url):
    loaded = {}

    async def fake_load_agent_on_start(model_path, endpoints, remote_storage, app, loop):
        return loaded["agent"]

    monkeypatch.setattr(rasa.core.run, "load_agent_on_start", fake_load_agent_on_start)
    monkeypatch.delenv("RASA_TELEMETRY_ENABLED", raising=False)
    install_checks()
    configured = AvailableEndpoints(lock_store=EndpointConfig(url=redis_url, type=LOCKS))
    try:
        loaded["agent"] = Agent(domain=domain, tracker_store=PrivacyTrackerStore(domain))
        with pytest.raises(PrivacyGuardError, match="Rasa loaded InMemoryLockStore"):
            await rasa.core.run.load_agent_on_start(None, configured, None, None, None)

        locks = PrivacyLockStore(redis_url)
        loaded["agent"] = Agent(domain=domain, tracker_store=PrivacyTrackerStore(domain), lock_store=locks)
        assert await rasa.core.run.load_agent_on_start(None, configured, None, None, None) is loaded["agent"]
        await locks.close()
    finally:
        uninstall_checks()
        uninstall_log_filter()
