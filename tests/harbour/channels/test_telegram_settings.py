"""Telegram settings: off without a token, loud about anything unsafe, secrets never echoed."""
import pytest

from harbour.channels.telegram.channel import TelegramInput
from harbour.channels.telegram.settings import (
    DEFAULT_API_BASE,
    TelegramConfigError,
    check_webhook_url,
    load_settings,
    sender_id_for,
    sender_key,
)

TOKEN = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0"
SECRET = "q0BfZ3yWv_-7Kx9LmN2pR4sT6uV8wY1aCdEgHjK"


def env(**overrides):
    return {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_SECRET_TOKEN": SECRET, **overrides}


def test_no_token_means_the_channel_is_off():
    assert load_settings({}) is None
    assert load_settings({"TELEGRAM_BOT_TOKEN": "  ", "TELEGRAM_SECRET_TOKEN": SECRET}) is None


def test_a_complete_environment_gives_settings_that_hide_their_secrets():
    settings = load_settings(env(TELEGRAM_API_BASE_URL="http://127.0.0.1:8081/"))
    assert settings.token == TOKEN and settings.secret == SECRET
    assert settings.bot_base_url == "http://127.0.0.1:8081/bot"
    assert TOKEN not in repr(settings) and SECRET not in repr(settings)


def test_default_api_is_telegram_and_a_trailing_bot_is_accepted():
    assert load_settings(env()).api_base_url == DEFAULT_API_BASE
    assert load_settings(env(TELEGRAM_API_BASE_URL="https://tg.example/bot")).bot_base_url == "https://tg.example/bot"


@pytest.mark.parametrize(
    "overrides, complaint",
    [
        ({"TELEGRAM_SECRET_TOKEN": ""}, "must be set"),
        ({"TELEGRAM_SECRET_TOKEN": "short-secret"}, "too weak"),
        ({"TELEGRAM_SECRET_TOKEN": "a" * 40}, "too weak"),
        ({"TELEGRAM_SECRET_TOKEN": SECRET + "!"}, "may only use"),
        ({"TELEGRAM_SECRET_TOKEN": "x" * 257}, "may only use"),
        ({"TELEGRAM_SECRET_TOKEN": TOKEN.split(":")[1]}, "too weak"),
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "does not look like a token"),
        ({"TELEGRAM_API_BASE_URL": "ftp://example.org"}, "root URL of a Bot API server"),
    ],
)
def test_unsafe_settings_stop_harbour_with_a_clear_error(overrides, complaint):
    with pytest.raises(TelegramConfigError) as refused:
        load_settings(env(**overrides))
    message = str(refused.value)
    assert complaint in message
    assert TOKEN not in message and SECRET not in message and "not-a-token" not in message


def test_from_credentials_fails_loudly_when_the_token_has_no_secret(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.delenv("TELEGRAM_SECRET_TOKEN", raising=False)
    with pytest.raises(TelegramConfigError, match="TELEGRAM_SECRET_TOKEN must be set"):
        TelegramInput.from_credentials(None)


def test_from_credentials_refuses_settings_in_credentials_yml(monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    with pytest.raises(TelegramConfigError, match="only from environment variables"):
        TelegramInput.from_credentials({"access_token": "something"})


def test_from_credentials_without_a_token_gives_a_channel_that_is_off(monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    channel = TelegramInput.from_credentials(None)
    assert channel.settings is None
    assert channel.name() == "telegram"


@pytest.mark.parametrize("url", ["https://harbour.example.org/webhooks/telegram/webhook", "https://h.example:8443/x"])
def test_webhook_url_must_be_https(url):
    assert check_webhook_url(url) == url


@pytest.mark.parametrize("url", [None, "", "http://harbour.example.org/x", "https://user:pw@h.example/x", "harbour.example.org"])
def test_webhook_url_that_telegram_would_refuse_is_an_error(url):
    with pytest.raises(TelegramConfigError):
        check_webhook_url(url)


def test_sender_id_is_an_hmac_of_the_chat_id_never_the_chat_id():
    key, shared = sender_key({"HARBOUR_STORE_SECRET": "a-shared-secret-of-the-replicas"})
    assert shared
    chat_id = 987654321012345
    sender = sender_id_for(chat_id, key)
    assert sender.startswith("tg-") and len(sender) == 35
    assert str(chat_id) not in sender
    assert sender == sender_id_for(chat_id, key)  # stable: the conversation continues
    assert sender != sender_id_for(chat_id + 1, key)
    other_key, _ = sender_key({"HARBOUR_STORE_SECRET": "another-deployment-secret"})
    assert sender != sender_id_for(chat_id, other_key)


def test_same_store_secret_gives_every_replica_the_same_sender_ids():
    first, _ = sender_key({"HARBOUR_STORE_SECRET": "shared-by-every-replica"})
    second, _ = sender_key({"HARBOUR_STORE_SECRET": "shared-by-every-replica"})
    assert sender_id_for(42, first) == sender_id_for(42, second)


def test_without_a_store_secret_each_process_has_its_own_key():
    first, shared = sender_key({})
    second, _ = sender_key({})
    assert not shared and first != second
