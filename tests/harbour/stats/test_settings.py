"""Statistics settings: defaults, validation that fails loudly, URLs, endpoints.yml."""
import textwrap

import pytest

from harbour.stats.settings import DEFAULT_URL, ROOT, StatsConfigError, StatsSettings, resolve_url


@pytest.fixture(autouse=True)
def no_url_override(monkeypatch):
    monkeypatch.delenv("HARBOUR_STATS_URL", raising=False)


def test_defaults_count_into_sqlite_under_the_project_for_13_months_with_k_5():
    settings = StatsSettings.from_mapping({"type": "harbour.stats.StatsBroker"})
    assert settings.url == f"sqlite:///{ROOT / '.harbour' / 'stats.sqlite3'}"
    assert (settings.retention_months, settings.k) == (13, 5)
    assert DEFAULT_URL.startswith("sqlite:///.harbour/")


@pytest.mark.parametrize(
    "values, message",
    [
        ({"k": 1}, "k must be between"),
        ({"k": "five"}, "k must be a number"),
        ({"k": 5.5}, "whole number"),
        ({"retention_months": 0}, "retention_months"),
        ({"retention_months": True}, "must be a number"),
        ({"flush_seconds": -1}, "flush_seconds"),
        ({"max_pending": 1}, "max_pending"),
        ({"colour": "blue"}, "Unknown event_broker settings"),
        ({"url": "mysql://db/stats"}, "other databases are not supported"),
        ({"url": "sqlite://"}, "must name a SQLite file"),
        ({"url": "sqlite:///:memory:"}, "must name a SQLite file"),
    ],
)
def test_bad_settings_fail_loudly(values, message):
    with pytest.raises(StatsConfigError, match=message):
        StatsSettings.from_mapping(values)


def test_config_errors_are_never_import_errors_rasa_would_swallow():
    assert not issubclass(StatsConfigError, (ImportError, AttributeError))


def test_urls_relative_sqlite_paths_are_under_the_project_root_and_postgres_is_kept(tmp_path):
    assert resolve_url("sqlite:///data/s.sqlite3") == f"sqlite:///{ROOT / 'data' / 's.sqlite3'}"
    assert resolve_url(f"sqlite:///{tmp_path}/s.sqlite3") == f"sqlite:///{tmp_path}/s.sqlite3"
    assert resolve_url("postgres://u:p@db/stats") == "postgresql://u:p@db/stats"
    assert resolve_url("postgresql+psycopg2://u:p@db/stats") == "postgresql+psycopg2://u:p@db/stats"


def test_the_environment_overrides_the_url(monkeypatch, tmp_path):
    monkeypatch.setenv("HARBOUR_STATS_URL", f"sqlite:///{tmp_path}/env.sqlite3")
    assert StatsSettings.from_mapping({"url": "sqlite:///other.sqlite3"}).url.endswith("env.sqlite3")


def test_endpoints_file_with_an_environment_variable(tmp_path, monkeypatch):
    path = tmp_path / "endpoints.yml"
    path.write_text(textwrap.dedent("""
        event_broker:
          type: harbour.stats.StatsBroker
          url: ${STATS_DB_URL}
          k: 10
          retention_months: 6
    """))
    monkeypatch.setenv("STATS_DB_URL", "postgresql://harbour:secret@127.0.0.1:5432/stats")
    settings = StatsSettings.from_endpoints(path)
    assert (settings.url, settings.k, settings.retention_months) == (
        "postgresql://harbour:secret@127.0.0.1:5432/stats", 10, 6
    )
    monkeypatch.delenv("STATS_DB_URL")
    with pytest.raises(StatsConfigError, match="STATS_DB_URL"):
        StatsSettings.from_endpoints(path)


def test_endpoints_without_a_broker_give_the_defaults(tmp_path):
    path = tmp_path / "endpoints.yml"
    path.write_text("action_endpoint:\n  url: http://127.0.0.1:5055/webhook\n")
    assert StatsSettings.from_endpoints(path) == StatsSettings.from_mapping(None)


def test_the_projects_endpoints_file_configures_the_broker():
    settings = StatsSettings.from_endpoints(ROOT / "endpoints.yml")
    assert (settings.k, settings.retention_months) == (5, 13)
