"""Keeps message text and sender ids out of every log line Harbour's processes write.

`install_log_filter()` scrubs every log record, whichever logger or handler it goes
through, in four places:

1. a log-record factory (``logging.setLogRecordFactory``) scrubs the message, its
   arguments and any traceback as each record is created, so handlers added later,
   or by hand, never see the raw text;
2. a `PrivacyLogFilter` on the handlers of the root logger and of every existing
   logger, and on every handler added later (``logging.Logger.addHandler`` is
   wrapped; ``dictConfig``, ``basicConfig`` and Sanic use it), which also scrubs the
   ``request``/``host`` fields of Sanic's access log (path only; no query string,
   no conversation ids, no client address);
3. ``logging.captureWarnings(True)``: Rasa reports "/intent{...}" parsing problems
   and odd slot values through ``warnings.warn`` with the whole message in them,
   printed straight to stderr at the default level unless captured;
4. structlog: Rasa 3.6 logs parse results, events and slot values through structlog
   (``processor.message.parse`` carries ``parse_data_text``). Left unconfigured, as
   when Rasa is started from Python rather than the ``rasa`` command, structlog
   prints every one of those lines to stdout at any log level. It is configured to
   keep only event names, numbers and a few known-safe fields and to hand the line
   to the standard logging above.

How a message is scrubbed (`scrub_text`):

* known leaky templates (found by reading rasa/core/processor.py, lock_store.py,
  tracker_store.py, channels/socketio.py, server.py, actions/, nlg/callback.py,
  shared/core/events.py and the "/intent" parser) are rewritten to a fixed form;
* everything between the first and the last single quote, and between the first and
  the last double quote, is replaced by ``[redacted]`` (Rasa quotes text and ids
  with f-strings; greedy, so an apostrophe inside the text cannot end the match);
  quoted action names (``utter_…``, ``action_…``, ``validate_…``) are kept;
* ids after "conversation ID", "sender id", "session id" and any hex or UUID token
  of 16 or more characters are replaced;
* tracebacks keep their frames and exception types; exception messages are replaced.

Limits, by design or not fixable here:

* Unquoted text that matches no template would pass. Every Rasa 3.6.21 site found
  quotes its values or has a template; new Rasa versions or new Harbour code can
  add sites. Harbour code must never log text or ids in the first place: this is a
  safety net, not a licence.
* Quoted values that are harmless (file names, intent names) are lost too.
* Only this process is covered: the action server (``rasa run actions``) must call
  `install_log_filter()` as well, and anything written with ``print`` or straight
  to ``sys.stderr`` bypasses logging altogether.
* If something reconfigures structlog later (Rasa's ``configure_structlog``), its
  output still passes through the standard-logging scrub, but Rasa's console
  renderer prints values unquoted; `verify_log_filter()` catches that at start-up.
"""

import logging
import re
import urllib.parse
from typing import Any, Callable, Dict, List, Mapping, Optional, Pattern, Tuple

try:
    import structlog
except ImportError:  # Rasa brings structlog; a process without it has only standard logging to scrub
    structlog = None  # type: ignore[assignment]

REDACTED = "[redacted]"

_FLAGS = re.DOTALL
_TEMPLATES: List[Tuple[Pattern, str]] = [
    (re.compile(pattern, _FLAGS), replacement)
    for pattern, replacement in (
        # rasa/core/processor.py
        (
            r"Starting a new session for conversation ID .*",
            "Starting a new session for a conversation.",
        ),
        (
            r"The latest session for conversation ID .*",
            "The latest session for a conversation has expired.",
        ),
        (
            r"Stopped predicting\s+more actions for sender .*",
            "Stopped predicting more actions for a conversation.",
        ),
        (
            r"Invalid entity specification: .*",
            "Invalid entity specification: [redacted]. Assuming no entities.",
        ),
        # rasa/shared/core/slots.py (categorical slot set to an unknown value)
        (
            r"is set to a value .* that is not specified",
            "is set to a value [redacted] that is not specified",
        ),
        # rasa/core/tracker_store.py
        (
            r"Could not find tracker for conversation ID .*",
            "Could not find tracker for a conversation.",
        ),
        (
            r"Recreating tracker (?:for id|from sender id) .*",
            "Recreating tracker for a conversation.",
        ),
        (r"Tracker with sender_id .* stored to database", "Tracker stored to database"),
        (
            r"Can't retrieve tracker matching\s+sender id .*",
            "Can't retrieve tracker for a conversation from SQL storage.",
        ),
        (
            r"investigate the following error: .*",
            "investigate the following error: [redacted].",
        ),
        # rasa/core/lock_store.py
        (
            r"(Issuing ticket|Acquiring lock|Acquired lock|Deleted lock|"
            r"Could not delete lock) for conversation .*",
            r"\1 for a conversation.",
        ),
        (
            r"Failed to acquire lock for conversation ID .*? because",
            "Failed to acquire lock for a conversation because",
        ),
        (
            r"Could not acquire lock for conversation_id .*",
            "Could not acquire lock for a conversation.",
        ),
        # rasa/core/channels/socketio.py
        (
            r"User \S+ (connected to|disconnected from) socketIO endpoint\.",
            r"A user \1 the socketIO endpoint.",
        ),
        # rasa/server.py
        (
            r"conversation sessions\s+for conversation ID .*",
            "conversation sessions for a conversation.",
        ),
        (r"Request JSON: .*", "Request JSON: [redacted]"),
        # rasa/core/actions/action.py and forms.py
        (r"Validating extracted slots: .*", "Validating extracted slots: [redacted]"),
        (r"resulted in\s+these events: .*", "resulted in these events: [redacted]"),
        # rasa/core/nlg/callback.py
        (r"The request body is .*", "The request body is [redacted]."),
        (r"Received NLG response: .*", "Received NLG response: [redacted]"),
        # rasa/shared/core/events.py
        (r"Parameters: .*", "Parameters: [redacted]"),
        # rasa/shared/core/training_data/story_reader/yaml_story_reader.py
        (
            r"Failed to parse arguments in line .*",
            "Failed to parse arguments of a /intent message: [redacted]",
        ),
        # rasa/core/channels/*.py
        (
            r"Exception when trying to handle message\..*",
            "Exception when trying to handle message. [redacted]",
        ),
    )
]

_PROTECTED = re.compile(r"(['\"])((?:utter|action|validate)_[A-Za-z0-9_]+)\1")
_SINGLE_QUOTED = re.compile(r"'.*'", _FLAGS)
_DOUBLE_QUOTED = re.compile(r"\".*\"", _FLAGS)
_ID_AFTER_LABEL = re.compile(
    r"(?i)\b(conversation[ _]id|sender[ _]id|session[ _]id|sender)\b[:=]?\s*"
    r"(?=\S*\d|\S{12})[^\s,;]+?(?=[.,;]?(?:\s|$))"
)
_UUID = re.compile(
    r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
)
_HEX = re.compile(r"\b[0-9a-fA-F]{16,}\b")
# A Telegram bot token (digits, a colon, 35 URL-safe characters), e.g. in a Bot API URL that an
# HTTP client logs: whoever holds it can read the bot's updates.
_BOT_TOKEN = re.compile(r"\d{5,16}:[A-Za-z0-9_-]{30,}")
_FRAME = re.compile(r'^\s+File ".*", line \d+')
_EXCEPTION_TYPE = re.compile(r"^([A-Za-z_][\w.]*)(:|$)")
_TRACEBACK_HEADINGS = (
    "Traceback (most recent call last):",
    "During handling of the above exception, another exception occurred:",
    "The above exception was the direct cause of the following exception:",
)

# structlog fields whose string values are names, never content.
_SAFE_STRUCTLOG_FIELDS = frozenset(
    {"event", "action_name", "action_extract_slot", "policy", "policy_name"}
)
_SCRUBBED_MARK = "_harbour_scrubbed"


def scrub_text(text: str) -> str:
    """Returns `text` with message text and ids replaced by ``[redacted]``."""
    text = _BOT_TOKEN.sub(REDACTED, text)
    for pattern, replacement in _TEMPLATES:
        text = pattern.sub(replacement, text)

    kept: List[str] = []

    def _protect(match: "re.Match[str]") -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    text = _PROTECTED.sub(_protect, text)
    text = _SINGLE_QUOTED.sub(REDACTED, text)
    text = _DOUBLE_QUOTED.sub(REDACTED, text)
    text = re.sub(r"\x00(\d+)\x00", lambda match: kept[int(match.group(1))], text)

    text = _ID_AFTER_LABEL.sub(lambda match: f"{match.group(1)} {REDACTED}", text)
    text = _UUID.sub(REDACTED, text)
    return _HEX.sub(REDACTED, text)


def scrub_traceback(text: str) -> str:
    """Keeps frames, source lines and exception types; replaces exception messages."""
    scrubbed = []
    after_frames = False
    source_line_next = False
    for line in text.splitlines():
        if source_line_next and line.startswith("    "):
            scrubbed.append(line)  # the source line of a frame: code, not content
            source_line_next = False
        elif _FRAME.match(line):
            scrubbed.append(line)  # file, line number and function: code
            source_line_next = after_frames = True
        elif line in _TRACEBACK_HEADINGS or not line.strip():
            scrubbed.append(line)
            source_line_next = False
        else:
            match = _EXCEPTION_TYPE.match(line)
            if after_frames and match:
                suffix = f": {REDACTED}" if match.group(2) else ""
                scrubbed.append(match.group(1) + suffix)
            else:
                scrubbed.append(REDACTED)
            after_frames = source_line_next = False
    return "\n".join(scrubbed)


def scrub_request_line(request: str) -> str:
    """Turns Sanic's "METHOD URL" into "METHOD /path" with ids removed."""
    method, _, url = str(request).partition(" ")
    path = urllib.parse.urlsplit(url).path or "/"
    segments = path.split("/")
    for index, segment in enumerate(segments):
        after_conversations = index > 0 and segments[index - 1] == "conversations"
        if after_conversations or len(segment) >= 20 or _HEX.fullmatch(segment):
            segments[index] = REDACTED
    return f"{scrub_text(method)} {'/'.join(segments)}"


def scrub_record(record: logging.LogRecord) -> logging.LogRecord:
    """Scrubs a record in place (idempotent) and returns it."""
    if not getattr(record, _SCRUBBED_MARK, False):
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 (a broken format string must not escape)
            message = str(record.msg)
        record.msg = scrub_text(message)
        record.args = ()
        if record.exc_info:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = scrub_traceback(formatted)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = scrub_traceback(record.exc_text)
        setattr(record, _SCRUBBED_MARK, True)
    # Sanic's access log passes these as `extra`, after the record factory has run.
    if isinstance(getattr(record, "request", None), str):
        record.request = scrub_request_line(record.request)
    if getattr(record, "host", None):
        record.host = REDACTED
    return record


class PrivacyLogFilter(logging.Filter):
    """Scrubs every record a handler emits; never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Scrubs `record` and lets it through."""
        scrub_record(record)
        return True


_FILTER = PrivacyLogFilter()
_state: Dict[str, Any] = {}


def install_log_filter() -> None:
    """Scrubs every log record of this process from now on (idempotent)."""
    if _state:
        _attach_to_existing_handlers()
        return

    previous_factory = logging.getLogRecordFactory()

    def record_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return scrub_record(previous_factory(*args, **kwargs))

    original_add_handler = logging.Logger.addHandler

    def add_handler(self: logging.Logger, handler: logging.Handler) -> None:
        _attach(handler)
        original_add_handler(self, handler)

    _state.update(
        factory=previous_factory,
        add_handler=original_add_handler,
        structlog=_structlog_config(),
    )
    logging.setLogRecordFactory(record_factory)
    logging.Logger.addHandler = add_handler  # type: ignore[assignment]
    logging.captureWarnings(True)
    _attach_to_existing_handlers()
    _configure_structlog()


def uninstall_log_filter() -> None:
    """Undoes `install_log_filter` (for tests)."""
    if not _state:
        return
    logging.setLogRecordFactory(_state["factory"])
    logging.Logger.addHandler = _state["add_handler"]  # type: ignore[assignment]
    logging.captureWarnings(False)
    for handler in _all_handlers():
        handler.removeFilter(_FILTER)
    if _state["structlog"] is not None:
        structlog.configure(**_state["structlog"])
    _state.clear()


def verify_log_filter() -> None:
    """Raises `RuntimeError` if the scrubbing has been removed or replaced.

    Handlers that appeared without ``addHandler`` get the filter here rather than
    failing start-up: the record factory has scrubbed their messages already.
    """
    problems = []
    if not _state:
        problems.append("install_log_filter() was not called")
    else:
        probe = logging.getLogRecordFactory()(
            "rasa.probe", logging.DEBUG, __file__, 0, "for id 'x-canary'", (), None
        )
        if "x-canary" in probe.getMessage():
            problems.append("the log record factory was replaced")
        _attach_to_existing_handlers()  # handlers set up by hand since install
        if _structlog_config() is not None:
            if _scrub_event_dict not in structlog.get_config()["processors"]:
                problems.append("structlog was reconfigured")
    if problems:
        raise RuntimeError(
            "Harbour's log scrubbing is not in place: " + "; ".join(problems) + "."
        )


def _attach(handler: logging.Handler) -> None:
    if _FILTER not in handler.filters:
        handler.addFilter(_FILTER)


def _all_handlers() -> List[logging.Handler]:
    loggers: List[Any] = [logging.getLogger()]
    loggers += list(logging.Logger.manager.loggerDict.values())
    handlers = [logging.lastResort] if logging.lastResort else []
    for logger in loggers:
        handlers += getattr(logger, "handlers", [])
    return handlers


def _attach_to_existing_handlers() -> None:
    for handler in _all_handlers():
        _attach(handler)


def _scrub_event_dict(
    _logger: Any, _method: str, event_dict: Dict[str, Any]
) -> Dict[str, Any]:
    """structlog processor: keeps names and numbers, replaces everything else."""
    scrubbed: Dict[str, Any] = {}
    for key, value in event_dict.items():
        if key == "exc_info":
            scrubbed[key] = value  # handled by the standard-logging scrub
        elif key in ("event", "event_info") and isinstance(value, str):
            scrubbed[key] = scrub_text(value)
        elif isinstance(value, (bool, int, float)) or value is None:
            scrubbed[key] = value
        elif key in _SAFE_STRUCTLOG_FIELDS and isinstance(value, str):
            scrubbed[key] = scrub_text(value)
        else:
            scrubbed[key] = REDACTED
    return scrubbed


def _render(
    _logger: Any, _method: str, event_dict: Dict[str, Any]
) -> Tuple[Tuple[str], Dict[str, Any]]:
    """structlog renderer: "event key=value …", traceback passed on to logging."""
    exc_info = event_dict.pop("exc_info", None)
    event = event_dict.pop("event", "")
    info = event_dict.pop("event_info", None)
    fields = " ".join(f"{key}={event_dict[key]}" for key in sorted(event_dict))
    line = " ".join(part for part in (str(event), fields, info and f"- {info}") if part)
    return (line,), ({"exc_info": exc_info} if exc_info else {})


def _structlog_config() -> Optional[Mapping[str, Any]]:
    if structlog is None:
        return None
    return dict(structlog.get_config())


def _configure_structlog() -> None:
    if _structlog_config() is None:
        return
    processors: List[Callable[..., Any]] = [
        structlog.stdlib.filter_by_level,
        _scrub_event_dict,
        _render,
    ]
    structlog.configure(
        processors=processors,
        context_class=dict,
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )
