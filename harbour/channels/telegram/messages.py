"""Pure helpers of the Telegram channel: what an update is, what Telegram-only replies say,
and how Rasa's buttons and handoff cards become Telegram messages. No network, no Rasa.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from telegram import (
    Chat,
    ChatMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)

from harbour.channels.telegram.memory import CallbackPayloads
from harbour.language import say

MAX_TEXT_UNITS = 4096  # Telegram's limit, counted in UTF-16 code units

# What an update asks of Harbour.
TEXT, COMMAND, BUTTON, UNSUPPORTED, EDITED, BLOCKED, ANSWER_ONLY, IGNORED = (
    "text", "command", "button", "unsupported", "edited", "blocked", "answer_only", "ignored",
)
START, HELP, FORGET, WELSH_COMMAND, ENGLISH_COMMAND = "start", "help", "forget", "cymraeg", "english"
COMMANDS = (START, HELP, FORGET, WELSH_COMMAND, ENGLISH_COMMAND)
# /cymraeg and /english switch language as typing "Cymraeg" or "English" does.
LANGUAGE_COMMANDS = {WELSH_COMMAND: "cy", ENGLISH_COMMAND: "en"}
_COMMAND = re.compile(r"^/(?P<name>[A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]{1,64})?(?:\s.*)?$", re.DOTALL)

# Telegram-only replies. Every fact here (999, 55) is also in domain.yml's utter_danger.
START_NOTE = (
    "On Telegram, /forget (or typing \"forget\") also deletes the messages Harbour can from this "
    "chat. Telegram keeps its own copy of every chat, so delete this chat too when you're done: "
    "/forget tells you how.\n"
    "If you can't speak: on a mobile, call 999, stay silent and press 55 when asked."
)
HELP_NOTE = (
    "Commands:\n"
    "/start - what Harbour is\n"
    "/help - this list\n"
    "/forget - forget this conversation and delete the messages Harbour can from this chat\n"
    "/cymraeg - talk in Welsh\n"
    "/english - talk in English"
)
FORGOTTEN = (
    "Done. Harbour has forgotten this conversation and deleted the messages it could from this chat.\n"
    "Telegram still keeps this chat on your phone or computer, and Harbour can't reach that copy. "
    "To remove it, delete the chat: press and hold it in your chat list (or open the menu at the "
    "top of the chat) and choose Delete chat.\n"
    "If you're in danger, call 999."
)
UNSUPPORTED_REPLY = (
    "Sorry, I can only read text messages, so I couldn't see that. Please type your question.\n"
    "If you're in danger, call 999. On a mobile, if you can't speak, press 55 when asked."
)
EDITED_REPLY = (
    "I can't see changes to a message you've already sent. Please send it again as a new message.\n"
    "If you're in danger, call 999."
)
_STATUS = {
    "open": "Open now",
    "closed": "Probably closed right now",
    "unknown": "I can't confirm their current hours - check their website before calling",
}


@dataclass(frozen=True)
class Incoming:
    """What one update asks of Harbour; the chat id is used to reply and then let go."""

    kind: str
    chat_id: Optional[int] = None
    message_id: Optional[int] = None
    text: Optional[str] = None  # typed text or caption, command name, or callback data
    callback_id: Optional[str] = None
    # "cy" when the Telegram app is set to Welsh (the sender's language_code): used for this
    # update only, never stored.
    language: Optional[str] = None


def read_update(update: Update) -> Incoming:
    """Sorts an update into one of the kinds above; anything not from a private chat is ignored."""
    if update.message is not None:
        return _read_message(update.message)
    if update.edited_message is not None:
        message = update.edited_message
        if not _private(message.chat):
            return Incoming(IGNORED)
        return Incoming(EDITED, message.chat.id, message.message_id, message.text or message.caption)
    query = update.callback_query
    if query is not None:
        message = query.message
        if message is None or not _private(message.chat):
            return Incoming(ANSWER_ONLY, callback_id=query.id)
        return Incoming(BUTTON, message.chat.id, message.message_id, query.data, query.id)
    member = update.my_chat_member
    if member is not None and _private(member.chat):
        if member.new_chat_member.status in (ChatMember.BANNED, ChatMember.LEFT):
            return Incoming(BLOCKED, member.chat.id)
    return Incoming(IGNORED)


def _read_message(message: Message) -> Incoming:
    if not _private(message.chat) or (message.from_user is not None and message.from_user.is_bot):
        return Incoming(IGNORED)
    chat_id, message_id = message.chat.id, message.message_id
    code = (message.from_user.language_code or "") if message.from_user is not None else ""
    language = "cy" if code.lower().startswith("cy") else None
    if message.text is not None:
        command = _COMMAND.match(message.text.strip())
        if command and command.group("name").lower() in COMMANDS:
            return Incoming(COMMAND, chat_id, message_id, command.group("name").lower(), language=language)
        return Incoming(TEXT, chat_id, message_id, message.text)
    if message.caption:
        return Incoming(TEXT, chat_id, message_id, message.caption)
    if message.effective_attachment is not None:
        return Incoming(UNSUPPORTED, chat_id, message_id, language=language)
    return Incoming(IGNORED)  # service messages (timers, pins, ...)


def _private(chat: Optional[Chat]) -> bool:
    return chat is not None and chat.type == Chat.PRIVATE


def keyboard(
    buttons: List[Dict[str, Any]], payloads: CallbackPayloads
) -> Optional[InlineKeyboardMarkup]:
    """Rasa buttons as an inline keyboard, one per row; URL payloads become link buttons."""
    rows = []
    for button in buttons or []:
        title, payload = button.get("title"), button.get("payload")
        if not isinstance(title, str) or not title.strip() or not isinstance(payload, str):
            continue
        if payload.startswith("https://") or payload.startswith("http://"):
            rows.append([InlineKeyboardButton(title, url=payload)])
        elif payload.strip():
            rows.append([InlineKeyboardButton(title, callback_data=payloads.encode(payload))])
    return InlineKeyboardMarkup(rows) if rows else None


def render_card(custom: Any) -> Optional[Dict[str, Any]]:
    """A handoff card (actions/base.py ``card()``) as ``{"text", "reply_markup"}``, else None."""
    if not isinstance(custom, dict) or custom.get("type") != "handoff":
        return None
    service = custom.get("service")
    if not isinstance(service, dict) or not service.get("name"):
        return None
    language = custom.get("language")
    lines = [str(service["name"])]
    if service.get("phone"):
        lines.append(say(language, "Call {phone}").format(phone=service["phone"]))
    if service.get("text"):
        lines.append(say(language, "Text {number}").format(number=service["text"]))
    if service.get("webchat"):
        lines.append(say(language, "Web chat on their website"))
    if service.get("hours"):
        lines.append(say(language, "Hours: {hours}").format(hours=service["hours"]))
    status = _STATUS.get(service.get("status"))
    website = service.get("website")
    if status and service.get("status") == "unknown" and not website:
        status = "I can't confirm their current hours, so they may not answer at every time"
    if status:
        lines.append(say(language, status))
    markup = None
    if isinstance(website, str) and website.startswith("https://"):
        label = say(language, "Web chat and website" if service.get("webchat") else "Website")
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(label, url=website)]])
    return {"text": "\n".join(lines), "reply_markup": markup}


def split_text(text: str, limit: int = MAX_TEXT_UNITS) -> List[str]:
    """Splits text into Telegram-sized messages, at line breaks where it can."""
    chunks: List[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while _units(line) > limit:
            head = _cut(line, limit)
            if current:
                chunks.append(current)
                current = ""
            chunks.append(head)
            line = line[len(head):]
        if _units(current + line) > limit:
            chunks.append(current)
            current = ""
        current += line
    if current:
        chunks.append(current)
    return [chunk.strip("\n") for chunk in chunks if chunk.strip()]


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str, limit: int) -> str:
    """The longest prefix of ``text`` within ``limit`` UTF-16 units."""
    end = min(len(text), limit)
    while _units(text[:end]) > limit:
        end -= 1
    return text[:end]
