"""`make telegram-webhook` and friends, against the fake Telegram server."""
import logging

import pytest

from harbour.channels import telegram_cli
from harbour.channels.telegram.settings import ALLOWED_UPDATES
from harbour.privacy.log_filter import uninstall_log_filter
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.telegram import SECRET, TOKEN

WEBHOOK_URL = "https://harbour.example.org/webhooks/telegram/webhook"


@pytest.fixture(autouse=True)
def restore_logging():
    """main() sets up logging as a command does; put this process's logging back after."""
    levels = {name: logging.getLogger(name).level for name in ("telegram", "httpx", "httpcore")}
    yield
    uninstall_log_filter()
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


@pytest.fixture
def fake(monkeypatch):
    server = FakeTelegramAPI(TOKEN).start()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_SECRET_TOKEN", SECRET)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", server.url)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", WEBHOOK_URL)
    try:
        yield server
    finally:
        server.stop()


def test_webhook_registers_the_url_with_the_secret_and_the_updates_harbour_reads(fake, capsys):
    assert telegram_cli.main(["webhook", "--drop-pending-updates"]) == 0
    assert [call.method for call in fake.calls] == ["getMe", "setWebhook", "getWebhookInfo"]
    assert fake.webhook["url"] == WEBHOOK_URL
    assert fake.webhook["secret_token"] == SECRET
    assert fake.webhook["allowed_updates"] == list(ALLOWED_UPDATES)
    assert fake.webhook["drop_pending_updates"] is True
    out = capsys.readouterr()
    assert WEBHOOK_URL in out.out and "@harbour_test_bot" in out.out
    assert SECRET not in out.out + out.err and TOKEN not in out.out + out.err


def test_webhook_keeps_pending_updates_unless_told(fake):
    assert telegram_cli.main(["webhook"]) == 0
    assert "drop_pending_updates" not in fake.webhook or fake.webhook["drop_pending_updates"] is False


@pytest.mark.parametrize("url", ["", "http://harbour.example.org/webhooks/telegram/webhook"])
def test_webhook_without_a_usable_https_url_changes_nothing(fake, monkeypatch, capsys, url):
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", url)
    assert telegram_cli.main(["webhook"]) == 2
    assert fake.calls == []
    assert "TELEGRAM_WEBHOOK_URL" in capsys.readouterr().err


def test_a_refused_token_is_reported_without_showing_it(fake, monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "4242424242:" + "w" * 30)
    assert telegram_cli.main(["webhook"]) == 1
    err = capsys.readouterr().err
    assert "InvalidToken" in err and "w" * 30 not in err
    assert not fake.calls_of("setWebhook")


def test_weak_secret_stops_the_command(fake, monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_SECRET_TOKEN", "password")
    assert telegram_cli.main(["webhook"]) == 2
    assert "too weak" in capsys.readouterr().err and fake.calls == []


def test_no_token_is_a_clear_error(monkeypatch, capsys):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert telegram_cli.main(["webhook-info"]) == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in capsys.readouterr().err


def test_info_and_delete(fake, capsys):
    assert telegram_cli.main(["webhook"]) == 0
    assert telegram_cli.main(["webhook-info"]) == 0
    assert WEBHOOK_URL in capsys.readouterr().out
    assert telegram_cli.main(["delete-webhook", "--drop-pending-updates"]) == 0
    assert fake.webhook == {}
    assert fake.calls_of("deleteWebhook")[-1].params["drop_pending_updates"] is True


def test_polling_refuses_to_start_without_a_local_harbour(fake, capsys):
    assert telegram_cli.main(["polling", "--rasa-url", "http://127.0.0.1:9"]) == 2
    assert "Harbour is not answering" in capsys.readouterr().err
    assert not fake.calls_of("getUpdates")
