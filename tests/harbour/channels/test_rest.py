"""The REST channel on a real Sanic server with the real domain; Rasa's message handling stubbed.

The e2e tests (tests/e2e/test_rest_channel.py) run the same checks against the real Rasa server.
"""
from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import List

import httpx
import pytest
import pytest_asyncio
from rasa.core.channels.channel import UserMessage
from rasa.shared.core.domain import Domain
from sanic import Sanic

from harbour.channels.rest import RestInput
from tests.sanic_server import serving

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest_asyncio.fixture
async def rest(domain):
    app = Sanic(f"rest_test_{uuid.uuid4().hex[:8]}", configure_logging=False)
    app.ctx.agent = SimpleNamespace(domain=domain)
    received: List[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        received.append(message)
        await message.output_channel.send_response(message.sender_id, {"text": "ok"})

    app.blueprint(RestInput().blueprint(on_new_message), url_prefix="/webhooks/rest")
    async with serving(app) as url:
        yield SimpleNamespace(url=f"{url}/webhooks/rest/webhook", received=received)


async def _post(url: str, body: bytes) -> httpx.Response:
    async with httpx.AsyncClient(timeout=30) as http:
        return await http.post(url, content=body, headers={"Content-Type": "application/json"})


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "payload",
    [
        '/inform{"nation": ["scotland"]}',
        '/inform{"nation": {"scotland": true}}',
        '/inform{"route": [["man"]]}',
        '/inform{"nation": ' + "[" * 1_500 + "]" * 1_500 + "}",  # under the length limit
    ],
    ids=["list", "object", "nested list", "deeply nested"],
)
async def test_a_malformed_button_payload_gets_the_option_not_available_answer(rest, payload, caplog):
    caplog.set_level(logging.INFO)
    reply = await _post(rest.url, json.dumps({"sender": "probe", "message": payload}).encode())
    assert reply.status_code == 200
    assert "isn't available" in reply.json()[0]["text"]
    assert rest.received == []
    assert not [r for r in caplog.records if r.exc_info]


@pytest.mark.asyncio
@pytest.mark.parametrize("opening", [b"[", b'{"a":'], ids=["arrays", "objects"])
async def test_deeply_nested_json_is_a_400_not_a_traceback(rest, opening, caplog):
    caplog.set_level(logging.INFO)
    closing = b"]" if opening == b"[" else b"}"
    reply = await _post(rest.url, opening * 50_000 + closing * 50_000)
    assert reply.status_code == 400 and "JSON" in reply.json()["error"]
    assert not [r for r in caplog.records if r.exc_info]
    ok = await _post(rest.url, json.dumps({"sender": "probe", "message": "hello"}).encode())
    assert ok.json() == [{"recipient_id": "probe", "text": "ok"}]
