"""Rasa's output channel for one Telegram chat: text, inline keyboards and handoff cards.

One instance per update: it holds the chat id only while the turn runs, records the id of
every message it sends (for /forget) and counts what the turn produced, so the channel can
send the safety fallback when a turn produced nothing.
"""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import OutputChannel
from telegram import InlineKeyboardMarkup

from harbour.channels.telegram.client import TelegramClient
from harbour.channels.telegram.memory import CallbackPayloads, MessageLog
from harbour.channels.telegram.messages import FORGOTTEN, keyboard, render_card, split_text

logger = logging.getLogger(__name__)

FORGOTTEN_RESPONSE = "utter_forgotten"


class TelegramOutput(OutputChannel):
    """Sends a turn's replies to one chat; Rasa's recipient id (an HMAC) is not a chat id."""

    @classmethod
    def name(cls) -> Text:
        return "telegram"

    def __init__(
        self,
        client: TelegramClient,
        chat_id: int,
        sender_id: Text,
        messages: MessageLog,
        payloads: CallbackPayloads,
        on_forgotten: Optional[Callable[[], Awaitable[None]]] = None,
    ) -> None:
        self.client = client
        self.chat_id = chat_id
        self.sender_id = sender_id
        self.messages = messages
        self.payloads = payloads
        self.on_forgotten = on_forgotten
        self.produced = 0  # messages this turn asked to send
        self.delivered = 0

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        """Plain text; Harbour's "forgotten" reply also deletes what the bot can from the chat."""
        if kwargs.get("utter_action") == FORGOTTEN_RESPONSE and self.on_forgotten is not None:
            await self.on_forgotten()
            text = FORGOTTEN
        await self.send(text)

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        """Text with Rasa's buttons as an inline keyboard under the last part."""
        await self.send(text, keyboard(buttons, self.payloads))

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        """A handoff card as text with a website button; other custom payloads are skipped."""
        card = render_card(json_message)
        if card is None:
            kind = json_message.get("type") if isinstance(json_message, dict) else None
            logger.warning("A custom message of type %s has no Telegram form; skipped.", _name(kind))
            return
        await self.send(card["text"], card["reply_markup"])

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        """Harbour sends no images; a link keeps the reply from being lost."""
        await self.send(f"Image: {image}")

    async def send_attachment(self, recipient_id: Text, attachment: Text, **kwargs: Any) -> None:
        """Harbour sends no attachments; the text keeps the reply from being lost."""
        await self.send(f"Attachment: {attachment}")

    async def send(self, text: Optional[Text], markup: Optional[InlineKeyboardMarkup] = None) -> None:
        """Sends text (split to Telegram's size) with the keyboard on the last part."""
        parts = split_text(text or "")
        if not parts and markup is not None:
            parts = ["Choose one:"]
        for index, part in enumerate(parts):
            self.produced += 1
            last = index == len(parts) - 1
            message_id = await self.client.send_text(self.chat_id, part, markup if last else None)
            if message_id is not None:
                self.delivered += 1
                self.messages.add(self.sender_id, message_id)

    async def send_messages(self, messages: List[Dict[Text, Any]]) -> None:
        """Sends REST-style messages (``render_response``'s output) through `send_response`."""
        for message in messages:
            await self.send_response(self.sender_id, dict(message))


def _name(kind: Any) -> str:
    """A custom payload's type if it is a plain identifier, else a placeholder."""
    if isinstance(kind, str) and kind.isidentifier() and len(kind) <= 40:
        return kind
    return "(unnamed)"
