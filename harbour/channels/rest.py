"""Rasa's REST channel with Harbour's input checks and a reply that is never empty.

Same name (``rest``), route (``POST /webhooks/rest/webhook``) and body (``{"sender", "message"}``)
as Rasa's own. Differences: malformed requests get a 400 with a clear error; empty, oversized
and unknown-button messages get a short domain response; if a turn produces no reply at all
(for instance the action server is down), the person still gets 999 and the 24-hour helpline;
client metadata and streaming are not accepted; nothing the person typed is ever logged.
"""
from __future__ import annotations

import json
import logging
from asyncio import CancelledError
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Tuple

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from harbour.channels.inputs import MAX_SENDER_CHARS, NO_REPLY, check_message, message_language, render_response

logger = logging.getLogger(__name__)


class RestInput(InputChannel):
    """REST input channel: one JSON request, one JSON list of bot messages."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "RestInput":
        return cls()

    @staticmethod
    def _extract_body(request: Request) -> Tuple[Optional[Dict[Text, Any]], Optional[Text]]:
        """Returns (body, None) or (None, error) without trusting the client."""
        try:
            body = json.loads(request.body or b"")
        except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: deeply nested
            return None, "The body must be JSON: {\"sender\": \"...\", \"message\": \"...\"}."
        if not isinstance(body, dict):
            return None, "The body must be a JSON object."
        sender = body.get("sender")
        if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
            return None, f"'sender' must be a non-empty string of at most {MAX_SENDER_CHARS} characters."
        if "message" in body and body["message"] is not None and not isinstance(body["message"], str):
            return None, "'message' must be a string."
        return body, None

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        """The health and webhook routes."""
        webhook = Blueprint(f"harbour_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body, error = self._extract_body(request)
            if error:
                return response.json({"error": error}, status=400)
            domain = request.app.ctx.agent.domain
            text = body.get("message")
            verdict = check_message(text, domain.intents)
            if not verdict.pass_through:
                return response.json(render_response(domain, verdict.response, message_language(text)))

            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(text, collector, body["sender"], input_channel=self.name())
                )
            except CancelledError:
                logger.error("A REST message timed out before Rasa answered.")
            except Exception as error:  # noqa: BLE001 - the person must still get an answer
                logger.error("A REST message failed in Rasa (%s).", type(error).__name__)
            return response.json(collector.messages or render_response(domain, NO_REPLY, message_language(text)))

        return webhook
