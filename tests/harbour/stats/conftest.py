"""The statistics store on both databases it supports: a SQLite file and a real PostgreSQL."""
from __future__ import annotations

import pytest

from harbour.stats.store import StatsStore


@pytest.fixture(params=["sqlite", "postgresql"])
def stats_url(request, tmp_path) -> str:
    """A URL to an empty statistics database: a temp SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'stats.sqlite3'}"
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture
def store(stats_url):
    """A `StatsStore` with its tables created."""
    opened = StatsStore(stats_url)
    opened.create_schema()
    yield opened
    opened.close()
