"""Operator commands for the Telegram channel; Harbour itself never calls these at start-up.

    python -m harbour.channels.telegram_cli webhook [--drop-pending-updates]   # make telegram-webhook
    python -m harbour.channels.telegram_cli webhook-info
    python -m harbour.channels.telegram_cli delete-webhook [--drop-pending-updates]
    python -m harbour.channels.telegram_cli polling [--rasa-url URL] [--drop-pending-updates]

Settings come from the environment (TELEGRAM_BOT_TOKEN, TELEGRAM_SECRET_TOKEN,
TELEGRAM_WEBHOOK_URL, TELEGRAM_API_BASE_URL). Nothing printed here shows the token or the secret.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from typing import List, Optional

from telegram.error import TelegramError

from harbour.channels.telegram.client import TelegramClient
from harbour.channels.telegram.polling import Poller, PollingError
from harbour.privacy.log_filter import install_log_filter
from harbour.channels.telegram.settings import (
    ALLOWED_UPDATES,
    TOKEN_VARIABLE,
    TelegramConfigError,
    TelegramSettings,
    check_webhook_url,
    load_settings,
    quiet_library_loggers,
)

MAX_CONNECTIONS = 40


def _settings() -> TelegramSettings:
    settings = load_settings()
    if settings is None:
        raise TelegramConfigError(f"{TOKEN_VARIABLE} is not set: there is no bot to configure.")
    return settings


async def set_webhook(settings: TelegramSettings, drop_pending: bool, max_connections: int) -> str:
    """Registers the webhook with the secret; returns a summary line (no secrets)."""
    url = check_webhook_url(settings.webhook_url)
    async with TelegramClient(settings) as telegram:
        me = await telegram.bot.get_me()  # checks the token before changing anything
        await telegram.bot.set_webhook(
            url,
            secret_token=settings.secret,
            allowed_updates=list(ALLOWED_UPDATES),
            drop_pending_updates=drop_pending,
            max_connections=max_connections,
        )
        info = await telegram.bot.get_webhook_info()
    return (
        f"Webhook for @{me.username} set to {info.url}\n"
        f"  secret token: set (X-Telegram-Bot-Api-Secret-Token is checked on every update)\n"
        f"  updates: {', '.join(ALLOWED_UPDATES)}; pending: {info.pending_update_count}"
        + ("; pending updates dropped" if drop_pending else "")
    )


async def webhook_info(settings: TelegramSettings) -> str:
    """What Telegram knows about the webhook (URL, pending updates, last error)."""
    async with TelegramClient(settings) as telegram:
        info = await telegram.bot.get_webhook_info()
    lines = [f"Webhook: {info.url or '(none: polling mode possible)'}",
             f"  pending updates: {info.pending_update_count}"]
    if info.last_error_message:
        lines.append(f"  last error: {info.last_error_message}")
    return "\n".join(lines)


async def delete_webhook(settings: TelegramSettings, drop_pending: bool) -> str:
    """Removes the webhook (needed before polling)."""
    async with TelegramClient(settings) as telegram:
        await telegram.bot.delete_webhook(drop_pending_updates=drop_pending)
    return "Webhook removed" + ("; pending updates dropped." if drop_pending else ".")


async def poll(settings: TelegramSettings, rasa_url: str, drop_pending: bool) -> str:
    """Runs polling mode until Ctrl-C or SIGTERM."""
    poller = Poller(settings, rasa_url)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, poller.stop)
    print(
        f"Polling Telegram and forwarding to {poller.rasa_url}/webhooks/telegram/webhook. "
        "Ctrl-C to stop.",
        flush=True,
    )
    await poller.run(drop_pending)
    return f"Stopped: {poller.forwarded} update(s) forwarded, {poller.skipped} skipped."


def default_rasa_url() -> str:
    host = os.environ.get("HARBOUR_HOST", "127.0.0.1")
    return f"http://{host}:{os.environ.get('HARBOUR_RASA_PORT', '5005')}"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harbour.channels.telegram_cli", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    webhook = sub.add_parser("webhook", help="register TELEGRAM_WEBHOOK_URL with the secret")
    webhook.add_argument("--drop-pending-updates", action="store_true")
    webhook.add_argument("--max-connections", type=int, default=MAX_CONNECTIONS)
    sub.add_parser("webhook-info", help="show the registered webhook")
    delete = sub.add_parser("delete-webhook", help="remove the webhook (before polling)")
    delete.add_argument("--drop-pending-updates", action="store_true")
    polling = sub.add_parser("polling", help="long-poll Telegram and feed the local Harbour")
    polling.add_argument("--rasa-url", default=default_rasa_url())
    polling.add_argument("--drop-pending-updates", action="store_true")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-7s %(name)s - %(message)s")
    install_log_filter()  # a safety net: nothing here logs text or ids in the first place
    quiet_library_loggers()
    try:
        settings = _settings()
        if args.command == "webhook":
            summary = asyncio.run(set_webhook(settings, args.drop_pending_updates, args.max_connections))
        elif args.command == "webhook-info":
            summary = asyncio.run(webhook_info(settings))
        elif args.command == "delete-webhook":
            summary = asyncio.run(delete_webhook(settings, args.drop_pending_updates))
        else:
            summary = asyncio.run(poll(settings, args.rasa_url, args.drop_pending_updates))
    except (TelegramConfigError, PollingError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except TelegramError as error:
        print(f"error: Telegram refused the call ({type(error).__name__}: {error.message})", file=sys.stderr)
        return 1
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
