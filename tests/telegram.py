"""Helpers for Telegram tests: the test bot's settings, real Update JSON, and a chat driver.

`TelegramChat` plays one person: it posts Telegram-shaped updates to the Rasa server's
webhook with the secret header and reads what reached the fake Bot API for its chat. The
webhook answers only after the update is handled, so the replies are there when it returns.
"""
from __future__ import annotations

import itertools
import json
import random
import secrets
import time
from typing import Any, Dict, List, Optional, Tuple

from tests.conftest import post
from tests.fakes.telegram_api import FakeTelegramAPI

TOKEN = "4242424242:" + secrets.token_urlsafe(30)
SECRET = secrets.token_urlsafe(32)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/webhooks/telegram/webhook"
_update_ids = itertools.count(random.randint(10**8, 10**9))


def telegram_env(fake: FakeTelegramAPI) -> Dict[str, str]:
    """The environment that turns the channel on and points it at the fake Bot API."""
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_SECRET_TOKEN": SECRET,
        "TELEGRAM_API_BASE_URL": fake.url,
    }


def new_chat_id() -> int:
    """A random 15-digit chat id: unique enough to search a disk for."""
    return random.randint(10**14, 10**15 - 1)


def next_update_id() -> int:
    return next(_update_ids)


def private_chat(chat_id: int) -> Dict[str, Any]:
    return {"id": chat_id, "type": "private", "first_name": "Person"}


def person(chat_id: int) -> Dict[str, Any]:
    return {"id": chat_id, "is_bot": False, "first_name": "Person", "language_code": "en"}


def message(chat_id: int, message_id: int, text: Optional[str] = None, **fields: Any) -> Dict[str, Any]:
    """A Telegram Message from the person in their private chat with the bot."""
    body: Dict[str, Any] = {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": private_chat(chat_id),
        "from": person(chat_id),
        **fields,
    }
    if text is not None:
        body["text"] = text
        if text.startswith("/"):
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return body


def update(**fields: Any) -> Dict[str, Any]:
    return {"update_id": next_update_id(), **fields}


def callback(chat_id: int, message_id: int, data: str) -> Dict[str, Any]:
    """An Update for a button press on one of the bot's messages."""
    return update(
        callback_query={
            "id": str(random.randint(10**17, 10**18)),
            "from": person(chat_id),
            "chat_instance": str(random.randint(10**17, 10**18)),
            "data": data,
            "message": {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": private_chat(chat_id),
                "from": {"id": 7000000001, "is_bot": True, "first_name": "Harbour", "username": "harbour_test_bot"},
                "text": "(the bot's message)",
            },
        }
    )


def post_update(rasa_url: str, body: Any, secret: Optional[str] = SECRET, timeout: float = 120) -> Tuple[int, Any]:
    """POSTs an update (a dict, or raw bytes) to the webhook; returns (status, body)."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    return post(rasa_url + WEBHOOK_PATH, raw, headers, timeout=timeout)


class TelegramChat:
    """One person's private chat with the bot, driven through the real webhook."""

    def __init__(self, rasa_url: str, fake: FakeTelegramAPI, chat_id: Optional[int] = None) -> None:
        self.rasa_url = rasa_url
        self.fake = fake
        self.chat_id = chat_id or new_chat_id()
        self.person_ids: List[int] = []

    def post(self, body: Dict[str, Any]) -> List[Dict[str, Any]]:
        """Posts an update; returns the messages the bot sent to this chat in reply."""
        before = len(self.fake.sent_to(self.chat_id))
        status, reply = post_update(self.rasa_url, body)
        assert status == 200, (status, reply)
        return self.fake.sent_to(self.chat_id)[before:]

    def say(self, text: str) -> List[Dict[str, Any]]:
        """The person types a message."""
        message_id = self.fake.new_message_id(self.chat_id)
        self.person_ids.append(message_id)
        return self.post(update(message=message(self.chat_id, message_id, text)))

    def send(self, **fields: Any) -> List[Dict[str, Any]]:
        """The person sends something other than text (photo, sticker, voice...)."""
        message_id = self.fake.new_message_id(self.chat_id)
        self.person_ids.append(message_id)
        return self.post(update(message=message(self.chat_id, message_id, **fields)))

    def press(self, title: str, replies: Optional[List[Dict[str, Any]]] = None) -> List[Dict[str, Any]]:
        """The person presses the button whose title contains ``title`` on the bot's last keyboard."""
        data, message_id = self.button(title, replies)
        return self.post(callback(self.chat_id, message_id, data))

    def button(self, title: str, replies: Optional[List[Dict[str, Any]]] = None) -> Tuple[str, int]:
        """(callback_data, message id) of the newest button whose title contains ``title``."""
        calls = self.fake.calls_of("sendMessage", self.chat_id)
        for call in reversed(calls):
            for row in (call.params.get("reply_markup") or {}).get("inline_keyboard", []):
                for button in row:
                    if title.lower() in button["text"].lower() and "callback_data" in button:
                        return button["callback_data"], self._message_id_of(call)
        raise AssertionError(f"no button like {title!r} was sent to this chat")

    def bot_ids(self) -> List[int]:
        """Ids of every message the bot delivered to this chat (the fake assigned them)."""
        return [self._message_id_of(call) for call in self.fake.calls_of("sendMessage", self.chat_id)]

    @staticmethod
    def _message_id_of(call: Any) -> int:
        return call.result_id


def texts(replies: List[Dict[str, Any]]) -> str:
    return "\n".join(str(reply.get("text", "")) for reply in replies)
