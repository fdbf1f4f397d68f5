"""Pure parts of the Telegram channel: sorting real Update JSON, keyboards, cards, long texts."""
import pytest
from telegram import Update

from harbour.channels.telegram import messages as tg
from harbour.channels.telegram.memory import CallbackPayloads
from tests.telegram import callback, message, update

CHAT = 123456789012345


def read(body):
    return tg.read_update(Update.de_json(body, None))


def test_typed_text_is_text():
    incoming = read(update(message=message(CHAT, 7, "he's outside")))
    assert incoming == tg.Incoming(tg.TEXT, CHAT, 7, "he's outside")


@pytest.mark.parametrize(
    "text, command",
    [("/start", "start"), ("/start deep-link-param", "start"), ("/help", "help"),
     ("/forget", "forget"), ("/FORGET", "forget"), ("/forget@harbour_test_bot", "forget")],
)
def test_commands(text, command):
    incoming = read(update(message=message(CHAT, 3, text)))
    assert (incoming.kind, incoming.text, incoming.message_id) == (tg.COMMAND, command, 3)


@pytest.mark.parametrize("text", ["/unknown", '/inform{"nation": "wales"}', "/forgetting"])
def test_other_slash_texts_are_text_for_the_input_checks(text):
    assert read(update(message=message(CHAT, 3, text))).kind == tg.TEXT


def test_a_caption_is_read_as_text():
    body = update(message=message(CHAT, 4, caption="he did this", photo=[{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]))
    assert read(body) == tg.Incoming(tg.TEXT, CHAT, 4, "he did this")


@pytest.mark.parametrize(
    "fields",
    [
        {"photo": [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]},
        {"sticker": {"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1, "is_animated": False, "is_video": False, "type": "regular"}},
        {"voice": {"file_id": "f", "file_unique_id": "u", "duration": 3}},
        {"location": {"latitude": 51.5, "longitude": -0.1}},
        {"document": {"file_id": "f", "file_unique_id": "u"}},
    ],
)
def test_photos_stickers_voice_and_the_like_are_unsupported(fields):
    assert read(update(message=message(CHAT, 5, **fields))) == tg.Incoming(tg.UNSUPPORTED, CHAT, 5)


def test_service_messages_are_ignored():
    body = update(message=message(CHAT, 5, message_auto_delete_timer_changed={"message_auto_delete_time": 86400}))
    assert read(body).kind == tg.IGNORED


@pytest.mark.parametrize("chat_type", ["group", "supergroup", "channel"])
def test_anything_outside_a_private_chat_is_ignored(chat_type):
    body = update(message={**message(-100123, 5, "hello"), "chat": {"id": -100123, "type": chat_type, "title": "x"}})
    assert read(body).kind == tg.IGNORED


def test_messages_from_other_bots_are_ignored():
    body = update(message={**message(CHAT, 5, "hi"), "from": {"id": 1, "is_bot": True, "first_name": "b"}})
    assert read(body).kind == tg.IGNORED


def test_edited_messages_are_edited():
    assert read(update(edited_message={**message(CHAT, 6, "he's here"), "edit_date": 1})) == tg.Incoming(
        tg.EDITED, CHAT, 6, "he's here"
    )


def test_a_button_press_in_a_private_chat():
    incoming = read(callback(CHAT, 11, "/ask_helpline"))
    assert (incoming.kind, incoming.chat_id, incoming.message_id, incoming.text) == (tg.BUTTON, CHAT, 11, "/ask_helpline")
    assert incoming.callback_id


def test_a_press_without_a_message_is_only_answered():
    body = callback(CHAT, 11, "/ask_helpline")
    del body["callback_query"]["message"]
    body["callback_query"]["inline_message_id"] = "abc"
    incoming = read(body)
    assert incoming.kind == tg.ANSWER_ONLY and incoming.chat_id is None and incoming.callback_id


def test_blocking_the_bot_is_noticed():
    body = update(my_chat_member={
        "chat": {"id": CHAT, "type": "private", "first_name": "P"},
        "from": {"id": CHAT, "is_bot": False, "first_name": "P"},
        "date": 1,
        "old_chat_member": {"status": "member", "user": {"id": 7000000001, "is_bot": True, "first_name": "H"}},
        "new_chat_member": {"status": "kicked", "until_date": 0, "user": {"id": 7000000001, "is_bot": True, "first_name": "H"}},
    })
    assert read(body) == tg.Incoming(tg.BLOCKED, CHAT)


@pytest.mark.parametrize(
    "fields",
    [
        {"inline_query": {"id": "1", "from": {"id": 1, "is_bot": False, "first_name": "a"}, "query": "x", "offset": ""}},
        {"channel_post": {"message_id": 1, "date": 1, "chat": {"id": -1001, "type": "channel", "title": "c"}, "text": "x"}},
        {"chosen_inline_result": {"result_id": "1", "from": {"id": 1, "is_bot": False, "first_name": "a"}, "query": "x"}},
    ],
)
def test_other_updates_are_ignored(fields):
    assert read(update(**fields)).kind == tg.IGNORED


def test_keyboard_has_one_button_per_row_and_skips_broken_buttons():
    markup = tg.keyboard(
        [
            {"title": "Wales", "payload": '/inform{"nation": "wales"}'},
            {"title": "Their website", "payload": "https://example.org/help"},
            {"title": "", "payload": "/greet"},
            {"title": "No payload"},
            {"title": "Blank", "payload": "   "},
        ],
        CallbackPayloads(),
    ).to_dict()["inline_keyboard"]
    assert markup == [
        [{"text": "Wales", "callback_data": '/inform{"nation": "wales"}'}],
        [{"text": "Their website", "url": "https://example.org/help"}],
    ]


def test_no_usable_buttons_means_no_keyboard():
    assert tg.keyboard([], CallbackPayloads()) is None
    assert tg.keyboard([{"title": "x"}], CallbackPayloads()) is None


CARD = {
    "type": "handoff",
    "service": {
        "id": "national", "name": "National Domestic Abuse Helpline", "phone": "0808 2000 247",
        "tel": "+448082000247", "text": None, "website": "https://www.nationaldahelpline.org.uk",
        "webchat": True, "hours": "24 hours, every day", "status": "open",
    },
}


def test_handoff_card_is_text_with_a_website_button():
    card = tg.render_card(CARD)
    assert card["text"].splitlines() == [
        "National Domestic Abuse Helpline", "Call 0808 2000 247", "Web chat on their website",
        "Hours: 24 hours, every day", "Open now",
    ]
    assert card["reply_markup"].to_dict()["inline_keyboard"] == [
        [{"text": "Web chat and website", "url": "https://www.nationaldahelpline.org.uk"}]
    ]


def test_card_without_a_safe_website_has_no_button_and_says_when_hours_are_unknown():
    service = {**CARD["service"], "website": "http://insecure.example", "webchat": False, "status": "unknown"}
    card = tg.render_card({"type": "handoff", "service": service})
    assert card["reply_markup"] is None
    assert "can't confirm their current hours" in card["text"]


@pytest.mark.parametrize("custom", [None, {}, {"type": "other"}, {"type": "handoff"}, {"type": "handoff", "service": "x"}])
def test_other_custom_payloads_are_not_cards(custom):
    assert tg.render_card(custom) is None


def test_short_text_is_one_message():
    assert tg.split_text("If you're in danger now, call 999.") == ["If you're in danger now, call 999."]


def test_long_text_splits_at_line_breaks_within_telegrams_limit():
    lines = [f"line {n} " + "x" * 90 for n in range(100)]
    parts = tg.split_text("\n".join(lines))
    assert len(parts) > 1
    assert all(len(part) <= tg.MAX_TEXT_UNITS for part in parts)
    assert "\n".join(parts).splitlines() == lines


def test_limit_counts_utf16_units_so_emoji_count_double():
    text = "\U0001F622" * 3000  # 3,000 characters, 6,000 UTF-16 units
    parts = tg.split_text(text)
    assert len(parts) == 2 and "".join(parts) == text
    assert all(len(part.encode("utf-16-le")) // 2 <= tg.MAX_TEXT_UNITS for part in parts)


def test_empty_text_is_no_message():
    assert tg.split_text("") == [] and tg.split_text("\n\n") == []
