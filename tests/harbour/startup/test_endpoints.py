"""endpoints.yml is read once (harbour.endpoints), and Rasa is given exactly what was checked."""
import pytest
from rasa.core.utils import AvailableEndpoints

from harbour.endpoints import ROOT, EndpointsError, read_endpoints
from harbour.startup.preload import RASA_SECTIONS, _endpoint_config, check_endpoints
from harbour.stats.settings import StatsSettings

SCALED = ROOT / "deploy" / "endpoints.scaled.yml"


def same(ours, rasas):
    if ours is None or rasas is None:
        return ours is rasas
    return (ours.url, ours.type, ours.kwargs, ours.headers, ours.params) == (
        rasas.url, rasas.type, rasas.kwargs, rasas.headers, rasas.params
    )


@pytest.mark.parametrize("path", [ROOT / "endpoints.yml", SCALED])
def test_our_reading_gives_rasa_what_its_own_reading_would(path, monkeypatch):
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    for name in ("REDIS_URL", "STATS_DB_URL", "HARBOUR_STORE_SECRET"):
        monkeypatch.setenv(name, {"REDIS_URL": "redis://127.0.0.1:6399/0",
                                  "STATS_DB_URL": "sqlite:///.harbour/stats.sqlite3"}.get(name, "s" * 32))
    content = read_endpoints(path)
    assert "nlu" not in content
    rasas = AvailableEndpoints.read_endpoints(str(path))
    for argument, section in RASA_SECTIONS.items():
        assert same(_endpoint_config(content.get(section)), getattr(rasas, argument)), section


def test_the_projects_endpoints_are_checked_and_handed_on(monkeypatch):
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    endpoints = check_endpoints(ROOT / "endpoints.yml")
    assert endpoints.tracker_store.type == "harbour.privacy.PrivacyTrackerStore"
    assert endpoints.action.url == "http://127.0.0.1:5055/webhook"


def test_an_unset_variable_is_named_only_when_its_section_is_read(tmp_path, monkeypatch):
    monkeypatch.delenv("NOT_SET_ANYWHERE", raising=False)
    path = tmp_path / "endpoints.yml"
    path.write_text("event_broker:\n  type: harbour.stats.StatsBroker\n  url: ${NOT_SET_ANYWHERE}\n")
    assert read_endpoints(path).get("tracker_store") is None
    with pytest.raises(EndpointsError, match="NOT_SET_ANYWHERE"):
        read_endpoints(path).get("event_broker")


def test_the_dashboard_reads_the_same_file_the_same_way(tmp_path, monkeypatch):
    monkeypatch.delenv("HARBOUR_STATS_URL", raising=False)
    monkeypatch.setenv("STATS_FILE", str(tmp_path / "s.sqlite3"))
    path = tmp_path / "endpoints.yml"
    path.write_text("event_broker:\n  type: harbour.stats.StatsBroker\n  url: sqlite:///${STATS_FILE}\n  k: 7\n")
    section = read_endpoints(path).get("event_broker")
    assert StatsSettings.from_endpoints(path) == StatsSettings.from_mapping(section)
    assert StatsSettings.from_endpoints(path).k == 7
