"""Harbour's Telegram channel, built on python-telegram-bot (webhook with a secret, no polling).

credentials.yml names it by module path::

    harbour.channels.telegram.TelegramInput:

It is off until ``TELEGRAM_BOT_TOKEN`` is set; every setting comes from the environment (see
:mod:`harbour.channels.telegram.settings`). Modules:

- ``settings``: environment variables, their checks, the sender-id HMAC, quiet library loggers;
- ``memory``: what the channel holds in memory (message ids for /forget, seen update ids,
  long button payloads), never text;
- ``messages``: pure helpers: what an update is, the Telegram-only replies, keyboards, cards;
- ``client``: the Bot API calls, with retries on 429, 5xx and timeouts;
- ``output``: the Rasa output channel that sends replies to one chat;
- ``handlers``: one update from start to finish (commands, buttons, /forget, fallbacks);
- ``channel``: the Rasa input channel: routes, secret check, start and stop with Sanic.

Names are imported lazily so the command-line tool can read settings without loading Rasa.
"""
from harbour.lazy import lazy_exports

_EXPORTS = {
    "TelegramInput": "harbour.channels.telegram.channel",
    "TelegramConfigError": "harbour.channels.telegram.settings",
    "TelegramSettings": "harbour.channels.telegram.settings",
    "load_settings": "harbour.channels.telegram.settings",
    "sender_id_for": "harbour.channels.telegram.settings",
}

__all__ = sorted(_EXPORTS)

__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
