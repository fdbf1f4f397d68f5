"""One Telegram update from start to finish: typed text, buttons, commands and the rest.

Every text a person sends, typed or pressed, goes through `harbour.channels.inputs` like the
REST channel's; a turn that produces no reply at all gets the safety fallback (999 and the
24-hour helpline). /forget forgets the conversation under the agent's lock, deletes the
messages the channel knows by id and tells the person how to delete the chat itself.
"""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import UserMessage

from harbour.channels.inputs import (
    NO_REPLY,
    SAFETY_RESPONSES,
    UNKNOWN_BUTTON,
    check_message,
    message_language,
    render_response,
)
from harbour.language import say
from harbour.channels.telegram import messages as tg
from harbour.channels.telegram.client import TelegramClient
from harbour.channels.telegram.memory import CallbackPayloads, MessageLog
from harbour.channels.telegram.output import TelegramOutput
from harbour.channels.telegram.settings import sender_id_for
from harbour.nlu.danger import classify_long
from harbour.privacy.store import privacy_store

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]
WELCOME_RESPONSE = "utter_greet"
HELP_RESPONSE = "utter_capabilities"


class UpdateHandler:
    """Turns one `Incoming` into Rasa turns and Bot API calls."""

    def __init__(
        self,
        client: TelegramClient,
        key: bytes,
        messages: Optional[MessageLog] = None,
        payloads: Optional[CallbackPayloads] = None,
    ) -> None:
        self.client = client
        self.key = key
        self.messages = messages or MessageLog()
        self.payloads = payloads or CallbackPayloads()
        self._expiry_known = False

    async def handle(self, incoming: tg.Incoming, agent: Any, on_new_message: OnNewMessage) -> None:
        """Does what the update asks; never raises for anything a person can send."""
        self._use_store_expiry(agent)
        if incoming.kind == tg.ANSWER_ONLY:
            await self.client.answer_callback(incoming.callback_id)
        if incoming.chat_id is None or incoming.kind in (tg.IGNORED, tg.ANSWER_ONLY):
            return
        chat_id = incoming.chat_id
        sender = sender_id_for(chat_id, self.key)
        if incoming.kind == tg.BLOCKED:  # the person blocked the bot: nothing can be sent
            await self._forget_conversation(agent, sender)
            return
        if incoming.kind != tg.BUTTON:
            self.messages.add(sender, incoming.message_id)
        output = self._output(chat_id, sender)
        domain = agent.domain
        if incoming.kind == tg.TEXT:
            await self._turn(output, domain, on_new_message, incoming.text)
        elif incoming.kind == tg.BUTTON:
            await self.client.answer_callback(incoming.callback_id)
            await self.client.remove_keyboard(chat_id, incoming.message_id)
            payload = self.payloads.decode(incoming.text)
            if payload is None:
                await output.send_messages(render_response(domain, UNKNOWN_BUTTON))
            else:
                await self._turn(output, domain, on_new_message, payload)
        elif incoming.kind == tg.COMMAND:
            await self._command(incoming.text, output, agent, on_new_message, incoming.language)
        elif incoming.kind == tg.UNSUPPORTED:
            await output.send(say(incoming.language, tg.UNSUPPORTED_REPLY))
        elif incoming.kind == tg.EDITED:
            safety = SAFETY_RESPONSES.get(classify_long(incoming.text or ""))
            language = message_language(incoming.text)
            if safety:
                await output.send_messages(render_response(domain, safety, language))
            else:
                await output.send(say(language, tg.EDITED_REPLY))

    async def _turn(
        self, output: TelegramOutput, domain: Any, on_new_message: OnNewMessage, text: Any
    ) -> None:
        """One message through the input checks and Rasa; the fallback if nothing came back."""
        verdict = check_message(text, domain.intents)
        if not verdict.pass_through:
            await output.send_messages(render_response(domain, verdict.response, message_language(text)))
            return
        try:
            await on_new_message(
                UserMessage(text, output, output.sender_id, input_channel=output.name())
            )
        except Exception as error:  # noqa: BLE001 - the person must still get an answer
            logger.error("A Telegram message failed in Rasa (%s).", type(error).__name__)
        if output.produced == 0:
            await output.send_messages(render_response(domain, NO_REPLY, message_language(text)))

    async def _command(
        self,
        name: Optional[Text],
        output: TelegramOutput,
        agent: Any,
        on_new_message: Optional[OnNewMessage] = None,
        language: Optional[Text] = None,
    ) -> None:
        switch = tg.LANGUAGE_COMMANDS.get(name or "")
        if switch and on_new_message is not None:
            # /cymraeg, /english: a turn like typing "Cymraeg" (the language slot, then the answer in it).
            await self._turn(output, agent.domain, on_new_message, f'/change_language{{"language": "{switch}"}}')
        elif name == tg.START and language and on_new_message is not None:
            # The Telegram app is in Welsh: start in Welsh (a greeting turn that sets the language).
            await self._turn(output, agent.domain, on_new_message, f'/greet{{"language": "{language}"}}')
            await output.send(say(language, tg.START_NOTE))
        elif name == tg.START:
            await output.send_messages(_with_note(agent.domain, WELCOME_RESPONSE, tg.START_NOTE))
        elif name == tg.HELP:
            await output.send_messages(_with_note(agent.domain, HELP_RESPONSE, say(language, tg.HELP_NOTE), language))
        elif name == tg.FORGET:
            await self._forget(output, agent, language)

    async def _forget(self, output: TelegramOutput, agent: Any, language: Optional[Text] = None) -> None:
        """/forget: the stored conversation, then the messages in the chat, then the advice."""
        try:
            ids = await self._forget_conversation(agent, output.sender_id)
        except Exception as error:  # noqa: BLE001 - never claim to have forgotten
            logger.error("Telegram /forget could not forget a conversation (%s).", type(error).__name__)
            await output.send_messages(render_response(agent.domain, NO_REPLY, language))
            return
        await self.client.delete_messages(output.chat_id, ids)
        await output.send(say(language, tg.FORGOTTEN))

    async def _forget_conversation(self, agent: Any, sender: Text) -> List[int]:
        """Drops the stored conversation and the ids of its messages; returns the ids."""
        async with agent.lock_store.lock(sender):
            await privacy_store(agent).forget(sender)
            return self.messages.take(sender)

    def _output(self, chat_id: int, sender: Text) -> TelegramOutput:
        async def delete_known_messages() -> None:
            """Typed "forget" or the "Forget this chat" button: Rasa forgets, this deletes."""
            await self.client.delete_messages(chat_id, self.messages.take(sender))

        return TelegramOutput(
            self.client, chat_id, sender, self.messages, self.payloads, delete_known_messages
        )

    def _use_store_expiry(self, agent: Any) -> None:
        """Message ids live exactly as long as the conversation: the store's idle time."""
        if not self._expiry_known:
            self.messages.idle_seconds = privacy_store(agent).idle_seconds
            self._expiry_known = True


def _with_note(domain: Any, response: Text, note: Text, language: Optional[Text] = None) -> List[Dict[Text, Any]]:
    """A domain response with a Telegram-only note added before its buttons."""
    rendered = render_response(domain, response, language)
    if not rendered:
        return [{"text": note}]
    first = dict(rendered[0])
    first["text"] = f"{first.get('text', '')}\n\n{note}".strip()
    return [first, *rendered[1:]]
