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
from sanic import response as sanic_response

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


@pytest.mark.asyncio
async def test_a_body_over_the_limit_is_read_dropped_and_refused_with_a_reason(hygiene):
    """Within the limit the handler gets the body whole (sent at once or chunked); over it the
    handler never runs and the sender, who was allowed to finish sending, reads a 413 saying why."""
    app = rasa.core.run._create_app_without_api(cors=["http://127.0.0.1:8000"])
    app.name = "hygiene_limit_" + app.name
    seen = []

    @app.post("/echo")
    async def echo(request):  # noqa: ANN001, ANN202 - a Sanic handler
        seen.append(len(request.body))
        return sanic_response.json({"bytes": len(request.body)})

    limit = http_hygiene.MAX_REQUEST_BYTES
    async with serving(app) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30) as http:
            assert (await http.post("/echo", content=b"x" * limit)).json() == {"bytes": limit}

            async def pieces():  # no length: chunked, as a streaming client sends
                for _ in range(4):
                    yield b"y" * (limit // 4)

            assert (await http.post("/echo", content=pieces())).json() == {"bytes": limit}
            for body in (b"z" * (limit + 1), b"z" * (3 * limit)):
                refused = await http.post("/echo", content=body)
                assert refused.status_code == 413
                assert refused.json() == {"error": f"The request body is larger than {limit} bytes."}
            assert seen == [limit, limit]
