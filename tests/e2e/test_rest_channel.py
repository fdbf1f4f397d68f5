"""Harbour end to end over the REST channel: a real Rasa server and a real action server."""
import http.client
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Tuple

import pytest

from tests.conftest import chat, joined, post

pytestmark = pytest.mark.e2e


def test_danger_gets_999_and_the_silent_solution_first(stack):
    replies = chat(stack, "e2e-danger", "he's outside with a knife")
    first = replies[0]["text"]
    assert first.startswith("If you're in danger now, call 999.")
    assert "press 55" in first


def test_cant_talk_he_is_in_the_room(stack):
    assert "call 999" in chat(stack, "e2e-whisper", "cant talk hes in the room")[0]["text"]


def test_self_harm_gets_samaritans(stack):
    assert "116 123" in joined(chat(stack, "e2e-self-harm", "i want to end my life"))


def test_clares_law_typed_from_question_to_glasgow(stack):
    """Typed, as people write: the first answer carries the routes; a town tailors it."""
    sender = "e2e-clares"
    assert "Right to Ask" in joined(chat(stack, sender, "what is clare's law?"))
    first = joined(chat(stack, sender, "how do i make a clares law request"))
    assert "101" in first and "police station" in first and "DSDAS" in first  # answered, not asked
    assert "Clare's Law" in joined(chat(stack, sender, "for me"))  # never "didn't understand"
    assert "116 123" not in joined(chat(stack, sender, "myself"))  # an answer, not a crisis
    guide = joined(chat(stack, sender, "I live in Glasgow"))
    assert "Disclosure Scheme for Domestic Abuse Scotland" in guide and "Police Scotland" in guide


def test_clares_law_button_for_someone_else_still_works(stack):
    sender = "e2e-clares-button"
    chat(stack, sender, "how do I apply for clare's law")
    guide = joined(chat(stack, sender, "/clares_law_someone_else"))
    assert "usually won't be told" in guide


def test_the_same_question_twice_never_gets_stuck(stack):
    """Asking the Clare's Law question twice, and every button twice, leaves the conversation
    answering normally, danger first."""
    sender = "e2e-twice"
    for message in ["how do i apply for clares law"] * 2 + ["/clares_law_apply"] * 2 + ["is this abuse?"] * 2 + ["/affirm"] * 2:
        replies = chat(stack, sender, message)
        text = joined(replies)
        assert "something went wrong" not in text, message
        assert text.count("didn't quite understand") <= 1, message
    assert "999" in chat(stack, sender, "he's back and he's got a knife")[0]["text"]


def test_a_long_conversation_remembers_its_nation(stack):
    """Bounded history (30 events, about five turns): state from turn 1 survives 25 turns of other
    topics, and the Clare's Law answer still uses it."""
    sender = "e2e-long"
    chat(stack, sender, "I live in Cardiff")
    chatter = ["what counts as domestic abuse", "he checks my phone all the time", "is this abuse?",
               "do you save this?", "thank you", "she takes my wages", "what is coercive control"]
    for turn in range(25):
        assert chat(stack, sender, chatter[turn % len(chatter)]), f"no reply at turn {turn + 2}"
    assert "0808 80 10 800" in joined(chat(stack, sender, "which helpline should I call?"))  # Wales
    guide = joined(chat(stack, sender, "how do I apply for clare's law?"))
    # The nation given at turn 1 is still known: England and Wales's scheme, and no other nation offered.
    assert "In England and Wales it's Clare's Law" in guide and "I live in Scotland" not in guide


def test_helpline_then_nation_refines_it(stack):
    sender = "e2e-helpline"
    assert "0808 2000 247" in joined(chat(stack, sender, "which helpline should I call?"))
    assert "0808 80 10 800" in joined(chat(stack, sender, "I'm in Cardiff"))


def test_request_for_a_person_gets_a_handoff_card(stack):
    replies = chat(stack, "e2e-human", "can I speak to a real person")
    assert any((r.get("custom") or {}).get("type") == "handoff" for r in replies)
    assert "automated helper" in joined(replies)


def test_describing_control_names_it_and_offers_help(stack):
    text = joined(chat(stack, "e2e-control", "he checks where I am all the time and won't let me see my mum"))
    assert "coercive" in text and "0808 2000 247" in text


@pytest.mark.parametrize(
    "message, expected",
    [
        ("", "I didn't get a message"),
        ("   ", "I didn't get a message"),
        ("x" * 10_000, "too long"),
        ("/no_such_intent", "isn't available"),
        ('/inform{"nation": "atlantis"}', "isn't available"),
        ('/inform{"nation": ["scotland"]}', "isn't available"),  # the probe: a bare 500 before
        ('/inform{"nation": {"scotland": 1}}', "isn't available"),
    ],
)
def test_bad_input_gets_a_short_sensible_reply(stack, message, expected):
    assert expected in joined(chat(stack, "e2e-bad-input", message))


def test_emoji_only_gets_a_reply(stack):
    assert joined(chat(stack, "e2e-emoji", "\U0001F622\U0001F622\U0001F622")).strip()


def test_another_language_is_answered_safely(stack):
    text = joined(chat(stack, "e2e-polish", "Potrzebuję pomocy, mój mąż mnie bije"))
    assert "999" in text and "116 123" in text


@pytest.mark.parametrize(
    "message, number",
    [
        ("dw i'n meddwl am ladd fy hun", "116 123"),
        ("help mae o tu allan efo cyllell", "999"),
        ("sa i'n moyn byw rhagor, ma fe wedi cymryd popeth", "116 123"),
    ],
)
def test_danger_and_self_harm_in_welsh_get_999_or_samaritans(stack, message, number):
    assert number in joined(chat(stack, f"e2e-cy-{number}-{len(message)}", message))


def test_script_text_is_never_echoed(stack):
    payload = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    replies = chat(stack, "e2e-xss", payload)
    assert replies and "<script>" not in json.dumps(replies) and "onerror" not in json.dumps(replies)


@pytest.mark.parametrize(
    "body, status",
    [
        (b"{not json", 400),
        (b"[1, 2]", 400),
        (b'{"message": "hi"}', 400),
        (b'{"sender": 5, "message": "hi"}', 400),
        (b'{"sender": "a", "message": 5}', 400),
        (json.dumps({"sender": "x" * 500, "message": "hi"}).encode(), 400),
        (b"[" * 50_000 + b"]" * 50_000, 400),  # the probe: RecursionError, a 500 and a traceback
    ],
    ids=["not json", "a list", "no sender", "sender a number", "message a number", "sender too long", "deeply nested"],
)
def test_malformed_requests_get_a_clear_400(stack, body, status):
    code, reply = post(f"{stack.rasa_url}/webhooks/rest/webhook", body)
    assert code == status and "error" in reply
    assert chat(stack, "e2e-still-serving", "hello")  # and the server keeps serving


@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", "/conversations/x/tracker"),
        ("POST", "/conversations/x/messages"),
        ("POST", "/conversations/x/trigger_intent"),
        ("POST", "/model/parse"),
        ("PUT", "/model"),
        ("GET", "/status"),
        ("GET", "/domain"),
    ],
)
def test_rasa_http_api_is_not_on_the_public_port(stack, method, path):
    request = urllib.request.Request(f"{stack.rasa_url}{path}", data=b"{}" if method != "GET" else None, method=method)
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)  # noqa: S310 - loopback
    assert refused.value.code in (401, 403, 404, 405)


def test_replies_survive_a_dead_action_server(stack):
    """The person still gets 999 and the 24-hour helpline when custom actions can't run."""
    stack.stop_actions()
    try:
        assert "call 999" in chat(stack, "e2e-no-actions", "he's outside the door")[0]["text"]
        text = joined(chat(stack, "e2e-no-actions-2", "which helpline can I call?"))
        assert "999" in text and "0808 2000 247" in text
    finally:
        stack.start_actions()
    assert "0808" in joined(chat(stack, "e2e-actions-back", "which helpline can I call?"))


def _post_slowly(url: str, body: bytes, piece: int = 64 * 1024) -> Tuple[int, Any]:
    """POST a body in pieces with pauses, the way a slow phone sends it, then read the answer.
    A server that answers before reading and closes resets the connection: the sender's next
    piece fails with a broken pipe and the answer is lost."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.putrequest("POST", parts.path)
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders()
        for start in range(0, len(body), piece):
            connection.send(body[start:start + piece])
            time.sleep(0.005)
        reply = connection.getresponse()
        return reply.status, json.loads(reply.read())
    finally:
        connection.close()


def test_a_body_over_a_megabyte_is_refused_and_the_server_keeps_serving(stack):
    """CI once saw "broken pipe" here instead of 413: Sanic answered on seeing the length and
    closed on the unread rest. The body is now read and dropped first, so a sender still sending
    hears why (this slow sender got a broken pipe every time before)."""
    body = json.dumps({"sender": "e2e-huge", "message": "a" * (3 * 1024 * 1024)}).encode()

    status, answer = _post_slowly(f"{stack.rasa_url}/webhooks/rest/webhook", body)

    assert status == 413 and "larger than" in answer["error"]
    status, _ = post(f"{stack.rasa_url}/webhooks/rest/webhook", body)  # all at once, as before
    assert status == 413
    assert "999" in joined(chat(stack, "e2e-after-huge", "he's outside the door"))
    status, answer = _post_slowly(f"{stack.rasa_url}/webhooks/rest/webhook",
                                  json.dumps({"sender": "e2e-just-under", "message": "help " * 1000}).encode())
    assert status == 200 and answer  # a body within the limit is still read once and answered


def test_the_public_port_says_no_version_and_answers_head_and_options_sanely(stack):
    """The probe: "Hello from Rasa: 3.6.21" on GET /, 405 on HEAD, "content-type: None" on OPTIONS."""
    import rasa

    with urllib.request.urlopen(f"{stack.rasa_url}/", timeout=10) as reply:  # noqa: S310 - loopback
        body = reply.read().decode()
    assert json.loads(body) == {"status": "ok"} and rasa.__version__ not in body
    for path in ("/", "/webhooks/rest/", "/webhooks/socketio/"):
        head = urllib.request.Request(f"{stack.rasa_url}{path}", method="HEAD")
        with urllib.request.urlopen(head, timeout=10) as reply:  # noqa: S310
            assert reply.status == 200 and reply.read() == b""
    options = urllib.request.Request(f"{stack.rasa_url}/webhooks/rest/webhook", method="OPTIONS",
                                     headers={"Origin": stack.web_url, "Access-Control-Request-Method": "POST"})
    with urllib.request.urlopen(options, timeout=10) as reply:  # noqa: S310
        assert reply.headers["content-type"] not in (None, "None")


def _rss_mib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))


def test_messages_of_many_new_lengths_do_not_grow_the_server(stack):
    """The probe: bad input (long messages of many lengths) left the server 500 MiB bigger for
    good. TensorFlow's oneDNN kernels cached a primitive per new input length; harbour.serve
    turns them off (measured: 300 new lengths cost 134 MiB with them, 31 MiB without)."""
    rasa = next(p for p in stack.processes if "rasa" in p.args)
    for n in range(60):  # warm up to the longest message below: buffers grow to fit it, once
        chat(stack, f"e2e-lengths-{n % 10}", " ".join(["help"] * (300 + 6 * n)))
    before = _rss_mib(rasa.pid)
    for n in range(60):  # 60 more lengths never sent before, in the same range
        chat(stack, f"e2e-lengths-{n % 10}", " ".join(["help"] * (303 + 6 * n)))
    grown = _rss_mib(rasa.pid) - before
    assert grown < 20, f"the Rasa server grew by {grown} MiB over 60 new message lengths"
