"""Rasa's leaky log lines, emitted at DEBUG with canaries, come out scrubbed."""

import io
import logging

import pytest
import structlog

from harbour.privacy.log_filter import (
    PrivacyLogFilter,
    scrub_text,
    install_log_filter,
    uninstall_log_filter,
    verify_log_filter,
)

CANARY = "CANARY-xyz"
TEXT = f"he's here {CANARY}\nand \"he\" has a knife"
UUID_SENDER = "5f3a9c0d1e2b4a6f8c7d9e0a1b2c3d4e"
SENDER = "tg-80412277"
ACCESS_FORMAT = (
    "%(asctime)s - (%(name)s)[%(levelname)s][%(host)s]: "
    "%(request)s %(message)s %(status)d %(byte)d"
)
LOGGERS = ("rasa", "sanic.access", "py.warnings", "rasa_sdk", "")


def stream_handler(fmt: str = "%(name)s %(levelname)s %(message)s"):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(fmt))
    return handler, stream


@pytest.fixture
def logs():
    """Scrubbing installed; returns everything written by an early and a late handler."""
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    early, early_stream = stream_handler()
    logging.getLogger("rasa").addHandler(early)  # like Rasa's own, before install
    install_log_filter()
    late, late_stream = stream_handler()
    logging.getLogger().addHandler(late)  # like Sanic's dictConfig, after install
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)

    yield lambda: early_stream.getvalue() + late_stream.getvalue()

    logging.getLogger("rasa").removeHandler(early)
    logging.getLogger().removeHandler(late)
    uninstall_log_filter()
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def assert_clean(output: str) -> None:
    for secret in (CANARY, UUID_SENDER, SENDER, "he's here", "knife"):
        assert secret not in output


def test_known_rasa_templates_lose_text_and_ids_but_keep_their_meaning(logs):
    lines = {
        "rasa.core.processor": [
            f"Starting a new session for conversation ID '{UUID_SENDER}'.",
            f"The latest session for conversation ID '{SENDER}' has expired.",
            "Circuit breaker tripped. Stopped predicting "
            f"more actions for sender '{SENDER}'.",
            f"Received user message '{TEXT}' with intent 'danger_now'",
            "Logged UserUtterance - tracker now has 7 events.",
        ],
        "rasa.core.tracker_store": [
            f"Recreating tracker for id '{SENDER}'",
            f"Could not find tracker for conversation ID '{UUID_SENDER}'.",
            f"Error happened when trying to save conversation tracker to "
            f"'RedisTrackerStore'. Please investigate the following error: {TEXT}.",
        ],
        "rasa.core.lock_store": [
            f"Issuing ticket for conversation '{SENDER}'.",
            f"Failed to acquire lock for conversation ID '{SENDER}' because 2 other "
            f"item(s) for this conversation ID have to be finished processing first.",
        ],
        "rasa.core.channels.socketio": [
            f"User {UUID_SENDER} connected to socketIO endpoint.",
            f"User {SENDER} disconnected from socketIO endpoint.",
        ],
        "rasa.server": [
            "Fetched trackers for 1 conversation sessions "
            f"for conversation ID {SENDER}.",
        ],
        "rasa.core.actions.action": [
            f"Validating extracted slots: {{'place': '{TEXT}'}}",
        ],
        "rasa.core.actions.forms": [
            "The execution of 'action_extract_slots' resulted in "
            f"these events: [SlotSet(key: place, value: {TEXT})].",
        ],
        "rasa.core.nlg.callback": [
            "Requesting NLG for utter_greet from http://nlg.The request body is "
            f'{{"tracker": {{"latest_message": {{"text": "{TEXT}"}}}}}}.',
        ],
        "rasa.core.channels.rest": [
            f"Exception when trying to handle message.{TEXT}",
        ],
    }
    for name, messages in lines.items():
        for message in messages:
            logging.getLogger(name).debug(message)

    output = logs()
    assert_clean(output)
    assert "Starting a new session for a conversation." in output
    assert "Issuing ticket for a conversation." in output
    assert "A user connected to the socketIO endpoint." in output
    assert "tracker now has 7 events" in output


def test_percent_style_arguments_are_scrubbed(logs):
    logging.getLogger("sanic.error").error(
        "Exception occurred while handling uri: %r", f"http://x/conversations/{SENDER}"
    )
    logging.getLogger("rasa.core.agent").info("Message %s from '%s'", TEXT, SENDER)

    output = logs()
    assert_clean(output)
    assert "Exception occurred while handling uri" in output


def test_exception_messages_are_removed_but_tracebacks_kept(logs):
    try:
        raise KeyError(TEXT)
    except KeyError:
        logging.getLogger("rasa.core.processor").exception("Action failed.")

    output = logs()
    assert_clean(output)
    assert "Traceback (most recent call last):" in output
    assert "KeyError: [redacted]" in output
    assert "test_log_filter.py" in output


@pytest.mark.asyncio
async def test_real_rasa_code_paths_leak_nothing(logs, domain):
    from rasa.core.lock_store import InMemoryLockStore
    from rasa.core.tracker_store import InMemoryTrackerStore
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import (
        YAMLStoryReader,
    )
    from rasa.shared.nlu.training_data.message import Message

    async with InMemoryLockStore().lock(UUID_SENDER):
        await InMemoryTrackerStore(domain).retrieve(SENDER)
    YAMLStoryReader.unpack_regex_message(
        Message({"text": f"/he is here {CANARY}"}), domain
    )
    YAMLStoryReader.unpack_regex_message(
        Message({"text": f'/inform{{"{CANARY}": "x"}}'}), domain
    )

    output = logs()
    assert_clean(output)
    assert "Acquired lock for a conversation." in output
    assert "Could not find tracker for a conversation." in output
    assert "Failed to parse arguments of a /intent message" in output


def test_structlog_keeps_event_names_and_numbers_only(logs):
    log = structlog.get_logger()
    log.debug(
        "processor.message.parse",
        parse_data_text=TEXT,
        parse_data_intent={"name": "danger_now", "confidence": 0.9},
        parse_data_entities=[{"entity": "place", "value": CANARY}],
    )
    log.debug("processor.extract.slots", len_extraction_events=2, rasa_events=[TEXT])
    log.info("rest.message.received.failure", text=TEXT, action_name="utter_999")
    try:
        raise ValueError(TEXT)
    except ValueError:
        log.exception("hangouts.message.blueprint.failure", text=TEXT)

    output = logs()
    assert_clean(output)
    assert "processor.message.parse parse_data_entities=[redacted]" in output
    assert "len_extraction_events=2" in output
    assert "action_name=utter_999" in output
    assert "ValueError: [redacted]" in output


def test_sanic_access_log_keeps_method_and_path_only(logs):
    handler, stream = stream_handler(ACCESS_FORMAT)
    access = logging.getLogger("sanic.access")
    access.addHandler(handler)
    try:
        access.info(
            "",
            extra={
                "host": "203.0.113.7:51234",
                "request": f"GET http://harbour.example/conversations/{SENDER}/tracker"
                f"?token={CANARY}",
                "status": 200,
                "byte": 12,
            },
        )
        access.info(
            "",
            extra={
                "host": "203.0.113.7:51234",
                "request": f"GET http://h/socket.io/?EIO=4&sid={UUID_SENDER}",
                "status": 200,
                "byte": 3,
            },
        )
    finally:
        access.removeHandler(handler)

    output = stream.getvalue() + logs()
    assert_clean(output)
    assert "203.0.113.7" not in output
    assert "GET /conversations/[redacted]/tracker  200 12" in output
    assert "GET /socket.io/  200 3" in output


def test_handlers_added_by_hand_still_get_scrubbed_messages(logs):
    handler, stream = stream_handler()
    sdk = logging.getLogger("rasa_sdk.executor")
    sdk.handlers.append(handler)  # bypasses addHandler: only the record factory sees it
    try:
        sdk.warning(f"Validating user input '{TEXT}' for '{SENDER}'")
    finally:
        sdk.handlers.remove(handler)

    assert_clean(stream.getvalue())
    assert "Validating user input" in stream.getvalue()


def test_install_is_idempotent_and_verifiable(logs):
    install_log_filter()
    verify_log_filter()
    root_handlers = logging.getLogger().handlers

    assert all(
        sum(isinstance(f, PrivacyLogFilter) for f in handler.filters) == 1
        for handler in root_handlers
    )


def test_verify_notices_when_structlog_is_reconfigured(logs):
    structlog.configure(processors=[structlog.processors.KeyValueRenderer()])

    with pytest.raises(RuntimeError, match="structlog was reconfigured"):
        verify_log_filter()


def test_verify_fails_before_install():
    with pytest.raises(RuntimeError, match="install_log_filter"):
        verify_log_filter()


def test_a_telegram_bot_token_in_a_url_is_scrubbed():
    token = "1234567890:AAH" + "x" * 32
    line = f'HTTP Request: POST https://api.telegram.org/bot{token}/sendMessage "HTTP/1.1 200 OK"'

    scrubbed = scrub_text(line)

    assert token not in scrubbed
    assert "1234567890" not in scrubbed
