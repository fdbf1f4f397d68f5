"""Start-up refuses to run when Rasa would keep text: bad store, Rasa's stores, telemetry."""

import textwrap

import pytest
import rasa.core.run
from rasa.core.agent import Agent
from rasa.core.tracker_store import InMemoryTrackerStore, TrackerStore
from rasa.utils.endpoints import EndpointConfig

from harbour.startup.errors import PrivacyGuardError
from harbour.startup.postload import verify_loaded_store, verify_startup
from harbour.startup.preload import check_endpoints
from tests.harbour.startup.helpers import install_checks, uninstall_checks
from harbour.privacy.log_filter import install_log_filter, uninstall_log_filter
from harbour.privacy.store import PrivacyConfigError, PrivacyTrackerStore, privacy_store

STORE = "harbour.privacy.PrivacyTrackerStore"


@pytest.fixture
def guards(monkeypatch):
    """Guards installed without the log filter; removed afterwards."""
    monkeypatch.delenv("RASA_TELEMETRY_ENABLED", raising=False)
    install_checks(log_filter=False)
    yield
    uninstall_checks()


def write_endpoints(tmp_path, body: str):
    path = tmp_path / "endpoints.yml"
    path.write_text(textwrap.dedent(body))
    return str(path)


def test_telemetry_is_switched_off_when_unset(guards):
    import os

    assert os.environ["RASA_TELEMETRY_ENABLED"] == "false"


@pytest.mark.parametrize("value", ["true", "True", "1", "yes", "on", "maybe"])
def test_telemetry_on_is_refused(monkeypatch, value):
    monkeypatch.setenv("RASA_TELEMETRY_ENABLED", value)

    with pytest.raises(PrivacyGuardError, match="telemetry"):
        install_checks(log_filter=False)


def test_without_guards_rasa_quietly_falls_back_to_memory(domain):
    with pytest.warns(UserWarning, match="not found"):
        store = TrackerStore.create(
            EndpointConfig(type="harbour.privacy.NoSuchStore"), domain
        )

    assert isinstance(store, InMemoryTrackerStore)  # why the guard exists


@pytest.mark.parametrize(
    "store_type", ["harbour.privacy.NoSuchStore", "harbourr.privacy.PrivacyTrackerStore"]
)
def test_a_store_that_cannot_be_loaded_stops_start_up(guards, domain, store_type):
    with pytest.raises(PrivacyGuardError, match="cannot be imported") as raised:
        TrackerStore.create(EndpointConfig(type=store_type), domain)

    assert isinstance(raised.value.__cause__, ImportError)


@pytest.mark.parametrize("store_type", ["redis", "sql", "mongod", "dynamo"])
def test_rasa_own_stores_stop_start_up(guards, domain, store_type):
    with pytest.raises(PrivacyGuardError, match="Rasa's own stores"):
        TrackerStore.create(EndpointConfig(type=store_type), domain)


def test_no_tracker_store_section_stops_start_up(guards, domain):
    with pytest.raises(PrivacyGuardError, match="no tracker_store"):
        TrackerStore.create(None, domain)


def test_bad_settings_stop_start_up(guards, domain):
    with pytest.raises(PrivacyConfigError, match="backend must be one of"):
        TrackerStore.create(EndpointConfig(type=STORE, backend="disk"), domain)


def test_configured_store_is_created_through_the_hook(guards, domain):
    store = TrackerStore.create(
        EndpointConfig(type=STORE, idle_minutes=10, max_conversations=5), domain
    )

    assert isinstance(store, PrivacyTrackerStore)
    assert store.idle_seconds == 600


def test_verify_loaded_store_accepts_ours_and_closes_the_failsafe_fallback(domain):
    store = PrivacyTrackerStore(domain=domain)
    agent = Agent(domain=domain, tracker_store=store)

    assert verify_loaded_store(agent) is store
    assert agent.tracker_store.fallback_tracker_store is store


def test_verify_loaded_store_refuses_rasa_default_store(domain):
    with pytest.raises(PrivacyGuardError, match="InMemoryTrackerStore"):
        verify_loaded_store(Agent(domain=domain))


@pytest.mark.asyncio
async def test_channels_can_forget_through_the_agent(domain, build_tracker):
    store = PrivacyTrackerStore(domain=domain)
    agent = Agent(domain=domain, tracker_store=store)
    await agent.tracker_store.save(build_tracker("widget-1"))

    async with agent.lock_store.lock("widget-1"):
        await privacy_store(agent).forget("widget-1")

    assert await agent.tracker_store.retrieve("widget-1") is None
    await store.close()


@pytest.mark.asyncio
async def test_rasa_start_up_listener_runs_the_checks(monkeypatch, domain):
    loaded = {}

    async def fake_load_agent_on_start(*args, **kwargs):
        return loaded["agent"]

    monkeypatch.setattr(rasa.core.run, "load_agent_on_start", fake_load_agent_on_start)
    monkeypatch.delenv("RASA_TELEMETRY_ENABLED", raising=False)
    install_checks()
    try:
        loaded["agent"] = Agent(domain=domain)
        with pytest.raises(PrivacyGuardError, match="InMemoryTrackerStore"):
            await rasa.core.run.load_agent_on_start(None, None, None, None, None)

        loaded["agent"] = Agent(domain=domain, tracker_store=PrivacyTrackerStore(domain))
        agent = await rasa.core.run.load_agent_on_start(None, None, None, None, None)
        assert agent is loaded["agent"]
    finally:
        uninstall_checks()
        uninstall_log_filter()


@pytest.mark.asyncio
async def test_verify_startup_needs_the_log_filter(domain):
    agent = Agent(domain=domain, tracker_store=PrivacyTrackerStore(domain))

    with pytest.raises(PrivacyGuardError, match="install_log_filter"):
        await verify_startup(agent)

    install_log_filter()
    try:
        assert await verify_startup(agent) is agent.tracker_store._tracker_store
    finally:
        uninstall_log_filter()


@pytest.mark.asyncio
async def test_the_memory_backend_answers_a_ping(domain):
    await privacy_store(Agent(domain=domain, tracker_store=PrivacyTrackerStore(domain))).ping()


def test_endpoints_with_privacy_store_pass(tmp_path, monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6399/0")
    path = write_endpoints(
        tmp_path,
        f"""
        action_endpoint:
          url: http://127.0.0.1:5055/webhook
        tracker_store:
          type: {STORE}
          backend: redis
          idle_minutes: 30
          url: ${{REDIS_URL}}
          key_prefix: "harbour:"
        """,
    )

    check_endpoints(path)


@pytest.mark.parametrize(
    "body, message",
    [
        ("tracker_store:\n  type: redis\n  url: localhost\n", "Rasa's own stores"),
        (f"tracker_store:\n  type: {STORE}\n  store_type: sql\n", "Rasa's own stores"),
        ("action_endpoint:\n  url: http://127.0.0.1:5055/webhook\n", "no tracker_store"),
        ("tracker_store:\n  type: my.module.Store\n", "cannot be imported"),
        (f"tracker_store:\n  type: {STORE}\nnlg:\n  url: http://nlg\n", "nlg endpoint"),
        (f"tracker_store:\n  type: {STORE}\nnlg:\n  type: callback\n  url: http://nlg\n", "nlg endpoint"),
        (f"tracker_store:\n  type: {STORE}\nnlg:\n  type: harbour.nlg.BilingualNLG\n  url: http://nlg\n", "nlg endpoint"),
        (f"tracker_store:\n  type: {STORE}\nnlu:\n  url: http://nlu\n", "nlu endpoint"),
    ],
)
def test_unsafe_endpoints_are_refused(tmp_path, body, message):
    with pytest.raises(PrivacyGuardError, match=message):
        check_endpoints(write_endpoints(tmp_path, body))


@pytest.mark.parametrize("nlg", ["", "nlg:\n  type: harbour.nlg.BilingualNLG\n"])
def test_responses_are_always_generated_in_process_in_english_and_welsh(tmp_path, nlg):
    endpoints = check_endpoints(write_endpoints(tmp_path, f"tracker_store:\n  type: {STORE}\n{nlg}"))
    assert endpoints.nlg.type == "harbour.nlg.BilingualNLG" and endpoints.nlg.url is None


def test_endpoints_with_bad_store_settings_are_refused(tmp_path):
    body = f"tracker_store:\n  type: {STORE}\n  backend: redis\n"
    path = write_endpoints(tmp_path, body)

    with pytest.raises(PrivacyConfigError, match="needs url"):
        check_endpoints(path)


def test_missing_endpoints_file_is_refused(tmp_path):
    with pytest.raises(PrivacyGuardError, match="Cannot read"):
        check_endpoints(str(tmp_path / "nope.yml"))
