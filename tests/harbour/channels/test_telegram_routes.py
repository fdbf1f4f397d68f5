"""The channel's routes: none at all while it is off, health and webhook once it is on."""
import pytest
from rasa.core.channels.channel import register
from sanic import Sanic

from harbour.channels.rest import RestInput
from harbour.channels.telegram.channel import TelegramInput
from harbour.channels.telegram.settings import load_settings
from tests.telegram import SECRET, TOKEN


def routes(*channels):
    app = Sanic(f"harbour_test_{id(channels)}")
    register(list(channels), app, "/webhooks/")
    return {route.path: set(route.methods) for route in app.router.routes}


def test_off_without_a_token_and_rest_still_served():
    served = routes(RestInput(), TelegramInput(None))
    assert served == {"webhooks/rest": {"GET"}, "webhooks/rest/webhook": {"POST"}}


def test_on_with_a_token_health_and_webhook_only():
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_SECRET_TOKEN": SECRET})
    served = routes(RestInput(), TelegramInput(settings, key=b"test-key"))
    assert served["webhooks/telegram"] == {"GET"}
    assert served["webhooks/telegram/webhook"] == {"POST"}
    assert not [path for path in served if path.startswith("webhooks/telegram") and path not in (
        "webhooks/telegram", "webhooks/telegram/webhook")]


def test_without_a_store_secret_the_sender_key_is_per_process(monkeypatch, caplog):
    monkeypatch.delenv("HARBOUR_STORE_SECRET", raising=False)
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_SECRET_TOKEN": SECRET})
    first, second = TelegramInput(settings), TelegramInput(settings)
    assert first._key != second._key
    assert "HARBOUR_STORE_SECRET is not set" in caplog.text


@pytest.mark.parametrize("header, allowed", [(SECRET, True), (SECRET[:-1], False), ("", False), (SECRET + "x", False)])
def test_secret_header_must_match_exactly(header, allowed):
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_SECRET_TOKEN": SECRET})

    class Request:
        headers = {"X-Telegram-Bot-Api-Secret-Token": header} if header else {}

    assert TelegramInput(settings, key=b"k")._authorised(Request()) is allowed
