"""HEAD, OPTIONS and ``GET /`` on Rasa's app as Harbour builds it, served on a real port.

The app is Rasa's own channels-only app (``rasa.core.run._create_app_without_api``, what
``harbour.serve rasa`` runs) with Harbour's REST channel; no model is needed for these routes.
The web server and dashboard get the same fixes (tests/harbour/web and tests/harbour/dashboard).
"""
from __future__ import annotations

import httpx
import pytest
import rasa
import rasa.core.run
from rasa.core.channels import channel as rasa_channels

from harbour import http_hygiene
from harbour.channels.rest import RestInput
from tests.sanic_server import serving


@pytest.fixture
def hygiene():
    """The fixes for this test only: the rest of the session keeps Sanic and Rasa as they ship."""
    http_hygiene.install()
    try:
        yield
    finally:
        http_hygiene.uninstall()


@pytest.mark.asyncio
async def test_the_rasa_port_answers_head_options_and_root_without_a_version(hygiene):
    app = rasa.core.run._create_app_without_api(cors=["http://127.0.0.1:8000"])
    app.name = "hygiene_" + app.name  # Sanic keeps a registry of names
    rasa_channels.register([RestInput()], app, route="/webhooks/")
    async with serving(app) as url:
        async with httpx.AsyncClient(base_url=url, timeout=10) as http:
            root = await http.get("/")
            assert root.status_code == 200 and root.json() == {"status": "ok"}
            assert "rasa" not in root.text.lower() and rasa.__version__ not in root.text
            for path in ("/", "/webhooks/rest/"):
                head = await http.head(path)
                assert head.status_code == 200 and head.content == b"", path
                assert head.headers["content-type"] == "application/json"
            assert (await http.head("/webhooks/rest/webhook")).status_code == 405  # POST only: still no
            options = await http.options(
                "/webhooks/rest/webhook",
                headers={"Origin": "http://127.0.0.1:8000", "Access-Control-Request-Method": "POST"},
            )
            assert options.status_code == 200
            assert options.headers.get("content-type") not in ("None", None)
            assert options.headers["content-type"].startswith("text/plain")


@pytest.mark.asyncio
async def test_without_the_fixes_sanic_and_rasa_answer_as_the_probe_found():
    """Control: the same app without ``http_hygiene`` shows every finding."""
    app = rasa.core.run._create_app_without_api(cors=["http://127.0.0.1:8000"])
    app.name = "hygiene_control_" + app.name
    async with serving(app) as url:
        async with httpx.AsyncClient(base_url=url, timeout=10) as http:
            assert (await http.get("/")).text == "Hello from Rasa: " + rasa.__version__
            assert (await http.head("/")).status_code == 405
            options = await http.options("/", headers={"Origin": "http://127.0.0.1:8000",
                                                       "Access-Control-Request-Method": "GET"})
            assert options.headers.get("content-type") == "None"
