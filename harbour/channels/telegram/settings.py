"""Telegram settings, only ever from environment variables, checked before Harbour serves.

| Variable | Needed | What it is |
| --- | --- | --- |
| ``TELEGRAM_BOT_TOKEN`` | to turn the channel on | the bot's token from BotFather |
| ``TELEGRAM_SECRET_TOKEN`` | when the token is set | sent by Telegram with every update |
| ``TELEGRAM_API_BASE_URL`` | no | another Bot API server (self-hosted, or the tests' fake) |
| ``TELEGRAM_WEBHOOK_URL`` | for ``make telegram-webhook`` | the public https URL of the webhook |
| ``HARBOUR_STORE_SECRET`` | with several replicas | key of the HMAC that turns a chat id into a sender id |

No error message here ever repeats a token or secret.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import urllib.parse
from dataclasses import dataclass, field
from typing import Mapping, Optional, Tuple

from rasa.shared.exceptions import RasaException

TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN"
SECRET_VARIABLE = "TELEGRAM_SECRET_TOKEN"
API_BASE_VARIABLE = "TELEGRAM_API_BASE_URL"
WEBHOOK_URL_VARIABLE = "TELEGRAM_WEBHOOK_URL"
STORE_SECRET_VARIABLE = "HARBOUR_STORE_SECRET"
DEFAULT_API_BASE = "https://api.telegram.org"
MIN_SECRET_CHARS = 32
MIN_DISTINCT_SECRET_CHARS = 10
# The updates Harbour handles; setWebhook and getUpdates ask Telegram for these only.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")
MAKE_SECRET_HINT = "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"

_TOKEN = re.compile(r"^[0-9]{1,20}:[A-Za-z0-9_-]{20,}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_SENDER_CONTEXT = b"harbour.channels.telegram sender id"


class TelegramConfigError(RasaException, ValueError):
    """The Telegram settings cannot be used; Harbour stops instead of serving without them."""


@dataclass(frozen=True)
class TelegramSettings:
    """The checked settings of the Telegram channel (secrets hidden from repr)."""

    token: str = field(repr=False)
    secret: str = field(repr=False)
    api_base_url: str = DEFAULT_API_BASE
    webhook_url: Optional[str] = None

    @property
    def bot_base_url(self) -> str:
        """What python-telegram-bot calls ``base_url``: the server root plus ``/bot``."""
        return self.api_base_url.rstrip("/") + "/bot"

    @property
    def file_base_url(self) -> str:
        """python-telegram-bot's ``base_file_url`` on the same server."""
        return self.api_base_url.rstrip("/") + "/file/bot"


def load_settings(environ: Optional[Mapping[str, str]] = None) -> Optional[TelegramSettings]:
    """The settings from the environment; ``None`` (channel off) when no token is set.

    Raises:
        TelegramConfigError: the token is set but anything else is missing or unsafe.
    """
    environ = os.environ if environ is None else environ
    token = environ.get(TOKEN_VARIABLE, "").strip()
    if not token:
        return None
    if not _TOKEN.match(token):
        raise TelegramConfigError(
            f"{TOKEN_VARIABLE} does not look like a token from BotFather (digits, a colon, "
            f"then at least 20 letters, digits, '_' or '-'). It is not shown here."
        )
    secret = environ.get(SECRET_VARIABLE, "").strip()
    check_secret(secret, token)
    api_base = _api_base(environ.get(API_BASE_VARIABLE, "").strip() or DEFAULT_API_BASE)
    webhook_url = environ.get(WEBHOOK_URL_VARIABLE, "").strip() or None
    return TelegramSettings(token, secret, api_base, webhook_url)


def check_secret(secret: str, token: str = "") -> None:
    """Raises `TelegramConfigError` unless the webhook secret is present and strong."""
    if not secret:
        raise TelegramConfigError(
            f"{SECRET_VARIABLE} must be set when {TOKEN_VARIABLE} is: Telegram sends it with "
            f"every update, and Harbour refuses any request without it. Make one with: "
            f"{MAKE_SECRET_HINT}"
        )
    if not _SECRET.match(secret):
        raise TelegramConfigError(
            f"{SECRET_VARIABLE} may only use A-Z, a-z, 0-9, '_' and '-' (Telegram's rule), "
            f"at most 256 characters. Make one with: {MAKE_SECRET_HINT}"
        )
    weak = len(secret) < MIN_SECRET_CHARS or len(set(secret)) < MIN_DISTINCT_SECRET_CHARS
    if weak or (token and (secret in token or token in secret)):
        raise TelegramConfigError(
            f"{SECRET_VARIABLE} is too weak: use at least {MIN_SECRET_CHARS} random characters "
            f"that are not part of the bot token. Make one with: {MAKE_SECRET_HINT}"
        )


def check_webhook_url(url: Optional[str]) -> str:
    """The public webhook URL, which Telegram only accepts over https."""
    if not url:
        raise TelegramConfigError(
            f"{WEBHOOK_URL_VARIABLE} must be set to the public https URL that reaches "
            f"POST /webhooks/telegram/webhook on Harbour's Rasa port."
        )
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or parts.username or parts.password:
        raise TelegramConfigError(
            f"{WEBHOOK_URL_VARIABLE} must be an https URL without a user name or password "
            f"(Telegram only calls webhooks over https)."
        )
    return url


def sender_key(environ: Optional[Mapping[str, str]] = None) -> Tuple[bytes, bool]:
    """The key that turns chat ids into sender ids, and whether it is shared by replicas.

    Derived from ``HARBOUR_STORE_SECRET`` when set (every replica then maps a chat to the same
    conversation); otherwise random for this process, so conversations on Telegram don't
    survive a restart and can't be shared between replicas.
    """
    environ = os.environ if environ is None else environ
    shared = environ.get(STORE_SECRET_VARIABLE, "")
    if shared:
        return hmac.new(shared.encode(), _SENDER_CONTEXT, hashlib.sha256).digest(), True
    return secrets.token_bytes(32), False


def sender_id_for(chat_id: int, key: bytes) -> str:
    """The Rasa sender id of a Telegram chat: an HMAC, so the chat id is never stored or logged."""
    digest = hmac.new(key, str(int(chat_id)).encode(), hashlib.sha256).hexdigest()
    return "tg-" + digest[:32]


def quiet_library_loggers() -> None:
    """Keeps python-telegram-bot and httpx below the log level where they write content.

    At DEBUG python-telegram-bot logs every API call's parameters (chat id and text) and the
    API URL (with the token); at INFO httpx logs every request URL (with the token).
    """
    for name in ("telegram", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _api_base(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        raise TelegramConfigError(
            f"{API_BASE_VARIABLE} must be the root URL of a Bot API server, "
            f"like {DEFAULT_API_BASE} or http://127.0.0.1:8081."
        )
    base = url.rstrip("/")
    return base[: -len("/bot")] if base.endswith("/bot") else base
