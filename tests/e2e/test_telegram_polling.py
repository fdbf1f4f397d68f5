"""Polling mode (`make telegram-polling`): updates from getUpdates reach the same webhook."""
import os
import signal
import subprocess
import sys

import pytest

from harbour.stack import ROOT
from tests.telegram import SECRET, TOKEN, message, new_chat_id, texts, update

pytestmark = pytest.mark.e2e


@pytest.fixture
def poller(stack, telegram_api):
    """The polling command as an operator runs it, pointed at the shared stack and fake."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_SECRET_TOKEN": SECRET,
        "TELEGRAM_API_BASE_URL": telegram_api.url,
        "HARBOUR_HOST": stack.host,
        "HARBOUR_RASA_PORT": str(stack.rasa_port),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "harbour.channels.telegram_cli", "polling"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_polling_feeds_updates_to_the_same_server_in_order(poller, telegram_api):
    first, second = new_chat_id(), new_chat_id()
    updates = [
        update(message=message(first, telegram_api.new_message_id(first), "what is clare's law?")),
        update(message=message(second, telegram_api.new_message_id(second), "he's outside with a knife")),
        update(message=message(first, telegram_api.new_message_id(first), "how do I apply for it?")),
    ]
    for body in updates:
        telegram_api.queue_update(body)

    # Both Clare's Law answers carry the guide ("You can apply"), each over several messages.
    telegram_api.wait_for(
        lambda: texts(telegram_api.sent_to(first)).count("You can apply") >= 2 and telegram_api.sent_to(second),
        timeout=90,
    )
    assert texts(telegram_api.sent_to(second)).startswith("If you're in danger now, call 999.")
    replies = telegram_api.sent_to(first)
    assert "Right to Ask" in replies[0]["text"]  # the chat's updates were answered in order
    assert "101" in texts(replies)  # how to apply, with buttons to tailor it
    assert any((reply.get("reply_markup") or {}).get("inline_keyboard") for reply in replies)

    poller.send_signal(signal.SIGTERM)
    output, _ = poller.communicate(timeout=60)
    assert poller.returncode == 0, output
    assert "3 update(s) forwarded, 0 skipped" in output
    # The last getUpdates confirmed the batch, so Telegram won't send it again.
    assert telegram_api.calls_of("getUpdates")[-1].params["offset"] == updates[-1]["update_id"] + 1
    assert str(first) not in output and TOKEN not in output and SECRET not in output
