"""The Bot API client against the fake Telegram server: retries, back-off, failures counted
and logged without content. A real python-telegram-bot `Bot` over real HTTP."""
import asyncio
import logging

import pytest

from harbour.channels.telegram.client import MAX_RETRY_AFTER_SECONDS, TelegramClient
from harbour.channels.telegram.messages import keyboard
from harbour.channels.telegram.memory import CallbackPayloads
from harbour.channels.telegram.settings import load_settings
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.telegram import SECRET, TOKEN, new_chat_id

TEXT = "A reply only the fake may ever see"


@pytest.fixture(scope="module")
def fake():
    server = FakeTelegramAPI(TOKEN).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def no_leftover_failures(fake):
    yield
    fake.clear_failures()


def run(fake, work, **client_options):
    """Runs ``work(client)`` with a started client pointed at the fake."""
    settings = load_settings(
        {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_SECRET_TOKEN": SECRET, "TELEGRAM_API_BASE_URL": fake.url}
    )

    async def main():
        async with TelegramClient(settings, **client_options) as client:
            return client, await work(client)

    return asyncio.run(main())


def test_send_text_delivers_silently_without_link_previews_and_returns_the_id(fake):
    chat = new_chat_id()
    markup = keyboard([{"title": "Which helpline?", "payload": "/ask_helpline"}], CallbackPayloads())
    _, message_id = run(fake, lambda client: client.send_text(chat, TEXT, markup))
    [call] = fake.calls_of("sendMessage", chat)
    assert message_id == call.result_id
    assert call.params["text"] == TEXT
    assert call.params["disable_notification"] is True
    assert call.params["link_preview_options"] == {"is_disabled": True}
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "/ask_helpline"


def test_429_waits_the_retry_after_telegram_asks_for(fake):
    chat = new_chat_id()
    fake.fail_next("sendMessage", 1, status=429, retry_after=1)
    client, message_id = run(fake, lambda client: client.send_text(chat, TEXT))
    refused, delivered = fake.calls_of("sendMessage", chat, ok_only=False)
    assert (refused.status, delivered.status) == (429, 200)
    assert delivered.at - refused.at >= 0.95
    assert message_id == delivered.result_id and client.retried == 1 and client.failed == 0


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_back_off_and_retry(fake, status):
    chat = new_chat_id()
    fake.fail_next("sendMessage", 2, status=status)
    client, message_id = run(fake, lambda client: client.send_text(chat, TEXT), backoff=0.05)
    calls = fake.calls_of("sendMessage", chat, ok_only=False)
    assert [call.status for call in calls] == [status, status, 200]
    assert calls[2].at - calls[1].at > calls[1].at - calls[0].at  # the wait grows
    assert message_id is not None and client.retried == 2


def test_a_reply_that_keeps_failing_is_logged_without_content_and_counted(fake, caplog):
    chat = new_chat_id()
    fake.fail_next("sendMessage", 4, status=500)
    with caplog.at_level(logging.INFO):
        client, message_id = run(fake, lambda client: client.send_text(chat, TEXT), backoff=0.01)
    assert message_id is None and client.failed == 1
    assert len(fake.calls_of("sendMessage", chat, ok_only=False)) == 4
    failures = [r.getMessage() for r in caplog.records if "failed after" in r.getMessage()]
    assert failures == ["Telegram sendMessage failed after 4 attempt(s) (NetworkError); 1 Telegram call(s) have failed since start."]
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert TEXT not in everything and str(chat) not in everything and TOKEN not in everything


def test_a_refused_request_is_not_retried(fake):
    chat = new_chat_id()
    fake.fail_next("sendMessage", 1, status=400)
    client, message_id = run(fake, lambda client: client.send_text(chat, TEXT))
    assert message_id is None and client.failed == 1 and client.retried == 0
    assert len(fake.calls_of("sendMessage", chat, ok_only=False)) == 1


def test_a_flood_wait_longer_than_the_cap_fails_at_once(fake):
    chat = new_chat_id()
    fake.fail_next("sendMessage", 1, status=429, retry_after=int(MAX_RETRY_AFTER_SECONDS) + 30)
    client, message_id = run(fake, lambda client: client.send_text(chat, TEXT))
    assert message_id is None and client.failed == 1
    assert len(fake.calls_of("sendMessage", chat, ok_only=False)) == 1


def test_delete_messages_goes_in_batches_of_100(fake):
    chat = new_chat_id()
    ids = list(range(1, 251)) + [5, 6]
    _, accepted = run(fake, lambda client: client.delete_messages(chat, ids))
    batches = [call.params["message_ids"] for call in fake.calls_of("deleteMessages", chat)]
    assert accepted and [len(batch) for batch in batches] == [100, 100, 50]
    assert sorted(sum(batches, [])) == list(range(1, 251))


def test_callback_answers_and_keyboard_removal(fake):
    chat = new_chat_id()

    async def work(client):
        await client.answer_callback("4242")
        await client.remove_keyboard(chat, 17)

    fake.fail_next("editMessageReplyMarkup", 1, status=400)  # "message is not modified": fine
    client, _ = run(fake, work)
    assert fake.calls_of("answerCallbackQuery")[-1].params["callback_query_id"] == "4242"
    assert [c.status for c in fake.calls_of("editMessageReplyMarkup", chat, ok_only=False)] == [400]
    assert client.failed == 0


def test_start_calls_nothing_at_telegram(fake):
    before = len(fake.calls)
    run(fake, lambda client: asyncio.sleep(0))
    assert len(fake.calls) == before
