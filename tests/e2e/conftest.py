"""Fixtures for the widget's browser tests that don't need the Rasa server."""
from __future__ import annotations

import pytest

from tests.conftest import free_port
from tests.widget import web_server


@pytest.fixture
def harbour_web(tmp_path):
    """Harbour's web server, its widget pointed at a free port where nothing listens (yet)."""
    rasa_port = free_port()
    with web_server(f"http://127.0.0.1:{rasa_port}", free_port(), tmp_path / "web.log") as url:
        yield url, rasa_port
