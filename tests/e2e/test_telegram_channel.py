"""Harbour over Telegram end to end: real Update JSON posted to the real Rasa server's webhook,
replies asserted where they land, in the fake Telegram Bot API."""
import json

import pytest

from harbour.channels.telegram import messages as tg
from tests.telegram import (
    TelegramChat,
    callback,
    message,
    new_chat_id,
    post_update,
    texts,
    update,
)

pytestmark = pytest.mark.e2e

SCOTLAND_24H = "0800 027 1234"
NATIONAL_24H = "0808 2000 247"


@pytest.fixture
def chat(stack, telegram_api):
    telegram_api.clear_failures()
    yield TelegramChat(stack.rasa_url, telegram_api)
    telegram_api.clear_failures()


def test_danger_gets_999_and_the_silent_solution_first(chat):
    replies = chat.say("he's outside with a knife")
    assert replies[0]["text"].startswith("If you're in danger now, call 999.")
    assert "press 55" in replies[0]["text"]
    # Sent silently (no sound on a phone someone else may hear) and without link previews.
    assert all(r["disable_notification"] is True for r in replies)
    assert all(r["link_preview_options"] == {"is_disabled": True} for r in replies)


def test_start_says_what_harbour_is_999_and_55_and_how_to_leave(chat):
    [welcome] = chat.say("/start")
    text = welcome["text"]
    assert "automated helper" in text and "call 999" in text and "press 55" in text
    assert "/forget" in text and "delete this chat" in text
    titles = [row[0]["text"] for row in welcome["reply_markup"]["inline_keyboard"]]
    assert "Clare's Law" in titles


def test_help_lists_the_commands(chat):
    text = texts(chat.say("/help"))
    assert "/start" in text and "/forget" in text and "999" in text


def test_clares_law_question_and_button_presses_are_answered(chat, telegram_api):
    assert "Right to Ask" in texts(chat.say("what is clare's law?"))
    ask = chat.say("how do I apply for it?")
    assert "101" in texts(ask)  # the routes come first
    assert any(m.get("reply_markup", {}).get("inline_keyboard") for m in ask), ask
    data, pressed_message = chat.button("Asking for someone else")
    other = chat.press("Asking for someone else")
    assert "won't be told" in texts(other)
    answered = [c.params["callback_query_id"] for c in telegram_api.calls_of("answerCallbackQuery")]
    assert answered, "the button press was not answered"
    edits = telegram_api.calls_of("editMessageReplyMarkup", chat.chat_id)
    assert [c.params["message_id"] for c in edits] == [pressed_message]
    guide = texts(chat.press("I live in Scotland"))
    assert "Disclosure Scheme for Domestic Abuse Scotland" in guide


def test_every_button_press_is_answered_even_an_unknown_one(chat, telegram_api):
    chat.say("/start")
    bot_message = chat.bot_ids()[-1]
    body = callback(chat.chat_id, bot_message, "/no_such_intent")
    replies = chat.post(body)
    assert "isn't available" in texts(replies)
    answered = {c.params["callback_query_id"] for c in telegram_api.calls_of("answerCallbackQuery")}
    assert body["callback_query"]["id"] in answered
    forged = callback(chat.chat_id, bot_message, "#not-a-known-reference")
    assert "isn't available" in texts(chat.post(forged))


def test_a_handoff_card_is_text_with_a_website_button(chat):
    replies = chat.say("can I speak to a real person")
    cards = [r for r in replies if "url" in json.dumps(r.get("reply_markup") or {})]
    assert cards, replies
    assert "Call " in cards[0]["text"]
    button = cards[0]["reply_markup"]["inline_keyboard"][0][0]
    assert button["url"].startswith("https://")


def test_forget_deletes_every_known_message_and_the_stored_conversation(chat, telegram_api):
    chat.say('/inform{"nation": "scotland"}')
    assert SCOTLAND_24H in texts(chat.say("he's outside the door"))  # the nation is remembered
    chat.say("which helpline can I call?")
    [done] = chat.say("/forget")
    assert done["text"] == tg.FORGOTTEN
    [deleted] = telegram_api.calls_of("deleteMessages", chat.chat_id)
    bot_ids = chat.bot_ids()[:-1]  # all but the "Done" message sent after the deletion
    assert sorted(deleted.params["message_ids"]) == sorted(chat.person_ids + bot_ids)
    # The conversation is gone from the store: the nation no longer picks Scotland's line.
    text = texts(chat.say("he's outside the door"))
    assert NATIONAL_24H in text and SCOTLAND_24H not in text


def test_typing_forget_also_deletes_the_messages(chat, telegram_api):
    chat.say("which helpline can I call?")
    replies = chat.say("forget this conversation")
    assert texts(replies) == tg.FORGOTTEN
    [deleted] = telegram_api.calls_of("deleteMessages", chat.chat_id)
    assert set(chat.person_ids) <= set(deleted.params["message_ids"])
    assert len(deleted.params["message_ids"]) > len(chat.person_ids)


@pytest.mark.parametrize("secret", [None, "", "wrong-secret-of-the-right-length-1234567890", "x"])
def test_wrong_or_missing_secret_is_refused_and_nothing_reaches_rasa(stack, telegram_api, secret):
    chat_id = new_chat_id()
    sets_scotland = update(message=message(chat_id, 1, '/inform{"nation": "scotland"}'))
    status, reply = post_update(stack.rasa_url, sets_scotland, secret=secret)
    assert status == 403 and reply == {"error": "Forbidden."}
    assert telegram_api.sent_to(chat_id) == []
    # Had the update reached Rasa, the nation would be set and this would name Scotland's line.
    text = texts(TelegramChat(stack.rasa_url, telegram_api, chat_id).say("he's outside the door"))
    assert NATIONAL_24H in text and SCOTLAND_24H not in text


def test_secret_is_checked_before_anything_else(stack):
    assert post_update(stack.rasa_url, b"{not json", secret="wrong")[0] == 403


@pytest.mark.parametrize(
    "body, status",
    [
        (b"{not json", 400),
        (b"\xff\xfe", 400),
        (b"[1, 2]", 400),
        (b'{"message": {"text": "hi"}}', 400),
        (b'{"update_id": "1"}', 400),
        (b'{"update_id": true}', 400),
        (json.dumps({"update_id": 1, "padding": "x" * 300_000}).encode(), 413),
        (b"[" * 50_000 + b"]" * 50_000, 400),  # deeply nested: a RecursionError and a 500 before
    ],
)
def test_malformed_bodies_get_a_clear_error_and_the_server_keeps_serving(stack, telegram_api, body, status):
    code, reply = post_update(stack.rasa_url, body)
    assert code == status and "error" in reply
    assert TelegramChat(stack.rasa_url, telegram_api).say("hello")


def test_other_methods_are_not_allowed(stack):
    import urllib.error
    import urllib.request

    for method in ("GET", "PUT", "DELETE"):
        request = urllib.request.Request(f"{stack.rasa_url}/webhooks/telegram/webhook", method=method)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)  # noqa: S310 - loopback
        assert refused.value.code == 405
    with urllib.request.urlopen(f"{stack.rasa_url}/webhooks/telegram/", timeout=10) as health:  # noqa: S310
        assert json.loads(health.read()) == {"status": "ok"}


def test_a_redelivered_update_is_answered_once(chat, telegram_api):
    body = update(message=message(chat.chat_id, telegram_api.new_message_id(chat.chat_id), "which helpline can I call?"))
    first = chat.post(body)
    assert first
    assert chat.post(body) == []


def test_429_is_retried_after_retry_after(chat, telegram_api):
    telegram_api.fail_next("sendMessage", 1, status=429, retry_after=1)
    replies = chat.say("he's outside with a knife")
    assert replies[0]["text"].startswith("If you're in danger now, call 999.")
    calls = telegram_api.calls_of("sendMessage", chat.chat_id, ok_only=False)
    assert calls[0].status == 429 and calls[1].status == 200
    assert calls[1].params == calls[0].params
    assert calls[1].at - calls[0].at >= 0.95


def test_server_errors_are_retried(chat, telegram_api):
    telegram_api.fail_next("sendMessage", 2, status=502)
    assert "999" in texts(chat.say("he's outside with a knife"))


def test_a_reply_that_finally_fails_is_logged_without_content(chat, telegram_api, stack_log):
    telegram_api.fail_next("sendMessage", 4, status=500)
    chat.say("i want to end my life")
    calls = telegram_api.calls_of("sendMessage", chat.chat_id, ok_only=False)
    assert [c.status for c in calls[:4]] == [500] * 4
    log = stack_log.read_text(errors="replace")
    failures = [line for line in log.splitlines() if "Telegram sendMessage failed after 4 attempt(s)" in line]
    assert failures
    assert "116 123" not in log and str(chat.chat_id) not in log
    assert "116 123" in texts(chat.say("i want to end my life"))  # and the next one gets through


def test_unsupported_messages_get_a_short_polite_reply(chat):
    photo = [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]
    assert texts(chat.send(photo=photo)) == tg.UNSUPPORTED_REPLY
    sticker = {"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1, "is_animated": False, "is_video": False, "type": "regular"}
    assert texts(chat.send(sticker=sticker)) == tg.UNSUPPORTED_REPLY
    assert texts(chat.send(voice={"file_id": "f", "file_unique_id": "u", "duration": 4})) == tg.UNSUPPORTED_REPLY
    assert "call 999" in texts(chat.send(photo=photo, caption="he's outside with a knife"))


def test_edited_messages_are_checked_for_danger(chat):
    edited = {**message(chat.chat_id, 1, "he's outside with a knife"), "edit_date": 1}
    assert texts(chat.post(update(edited_message=edited))).startswith("If you're in danger now, call 999.")
    harmless = {**message(chat.chat_id, 1, "what is clare's law"), "edit_date": 2}
    assert texts(chat.post(update(edited_message=harmless))) == tg.EDITED_REPLY


@pytest.mark.parametrize(
    "fields",
    [
        {"message": {**message(-100777, 1, "hello group"), "chat": {"id": -100777, "type": "supergroup", "title": "g"}}},
        {"channel_post": {"message_id": 1, "date": 1, "chat": {"id": -100778, "type": "channel", "title": "c"}, "text": "x"}},
        {"inline_query": {"id": "1", "from": {"id": 1, "is_bot": False, "first_name": "a"}, "query": "x", "offset": ""}},
        {"poll": {"id": "1", "question": "q"}},  # too new or odd for this python-telegram-bot to read
    ],
)
def test_updates_outside_private_chats_are_ignored_without_error(stack, telegram_api, fields):
    before = len(telegram_api.calls_of("sendMessage"))
    status, reply = post_update(stack.rasa_url, update(**fields))
    assert status == 200 and reply == {"ok": True}
    assert len(telegram_api.calls_of("sendMessage")) == before


def test_blocking_the_bot_forgets_the_conversation(chat):
    chat.say('/inform{"nation": "scotland"}')
    bot = {"id": 7000000001, "is_bot": True, "first_name": "Harbour"}
    chat.post(update(my_chat_member={
        "chat": {"id": chat.chat_id, "type": "private", "first_name": "P"},
        "from": {"id": chat.chat_id, "is_bot": False, "first_name": "P"},
        "date": 1,
        "old_chat_member": {"status": "member", "user": bot},
        "new_chat_member": {"status": "kicked", "until_date": 0, "user": bot},
    }))
    text = texts(chat.say("he's outside the door"))
    assert NATIONAL_24H in text and SCOTLAND_24H not in text


def test_too_long_and_unknown_commands_get_the_input_checks_replies(chat):
    assert "too long" in texts(chat.say("x " * 3000))
    assert "isn't available" in texts(chat.say("/nonsense"))


def test_rest_and_telegram_share_the_server(stack, chat):
    from tests.conftest import chat as rest_chat

    assert rest_chat(stack, "rest-next-to-telegram", "hello")
    assert chat.say("hello")


def test_a_turn_with_no_reply_gets_the_safety_fallback(stack, chat):
    """The action server is down: the person still gets 999 and the 24-hour helpline."""
    stack.stop_actions()
    try:
        text = texts(chat.say("which helpline can I call?"))
        assert "call 999" in text and NATIONAL_24H in text
    finally:
        stack.start_actions()
    assert "0808" in texts(chat.say("which helpline can I call?"))


def _start_in_welsh(chat):
    """/start from a Telegram app set to Welsh (language_code "cy")."""
    message_id = chat.fake.new_message_id(chat.chat_id)
    chat.person_ids.append(message_id)
    body = message(chat.chat_id, message_id, "/start")
    body["from"] = {**body["from"], "language_code": "cy"}
    return chat.post(update(message=body))


def test_a_telegram_app_in_welsh_starts_in_welsh_and_carries_on_in_welsh(chat):
    text = texts(_start_in_welsh(chat))
    assert "Harbour ydw i" in text and "999" in text and "55" in text  # greeting and the Telegram note
    helplines = texts(chat.press("Pa linell gymorth?"))
    # Writing in Welsh, place not said: Wales's 24-hour line first, and asked to say if elsewhere.
    assert "0808 80 10 800" in helplines and "Os nad ydych chi'n byw yng Nghymru" in helplines
    assert "These people can help" not in helplines


def test_cymraeg_and_english_commands_switch_language(chat):
    welsh = texts(chat.say("/cymraeg"))
    assert "Cymraeg" in welsh and "999" in welsh and "we'll talk in English" not in welsh
    assert "ffoniwch 999" in texts(chat.say("mae o tu allan efo cyllell")).lower()  # 999, in Welsh
    english = texts(chat.say("/english"))
    assert "we'll talk in English" in english and "999" in english
    assert "/cymraeg" in texts(chat.say("/help"))
