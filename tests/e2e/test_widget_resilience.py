"""The widget when things go wrong: no server, a dropped server, hostile replies.

Harbour's real web server serves the demo page, pointed at a Rasa URL the test controls: a closed
port, then a small socket.io stand-in (tests/fake_rasa.py) that can vanish and come back, and
that sends what Rasa never would (HTML, javascript: links) to prove the widget shows it as text.
"""
from __future__ import annotations

import json

import pytest

from harbour.services import load_directory
from tests.fake_rasa import FakeRasa
from tests.widget import Widget

pytestmark = pytest.mark.e2e

NOTICE_DEADLINE_MS = 5_000  # the promise: emergency numbers within 5 seconds


def emergency_facts():
    """What the built-in text must say, read from harbour/content/services.yml."""
    directory = load_directory()
    helpline = next(s for s in directory.services if s.id == "ndah")
    danger, silent = directory.emergency["immediate_danger"], directory.emergency["silent_solution"]
    assert helpline.hours.always_open and "press 55" in silent.mobile
    return danger.phone, helpline


def test_server_down_shows_the_built_in_emergency_numbers_and_keeps_retrying(page, harbour_web):
    url, rasa_port = harbour_web
    widget = Widget(page).goto(url + "/")
    widget.open(greeting=False)
    # The deadline is the promise under test, not a speed measurement.
    widget.notice.wait_for(state="visible", timeout=NOTICE_DEADLINE_MS)
    danger, helpline = emergency_facts()
    text = widget.notice.inner_text()
    assert f"call {danger}" in text and "press 55" in text
    assert helpline.name in text and helpline.phone in text and "24 hours" in text
    links = widget.notice.locator("a").evaluate_all("links => links.map((a) => [a.textContent, a.href])")
    assert [danger, f"tel:{danger}"] in links and [helpline.phone, f"tel:{helpline.tel}"] in links
    assert widget.notice.get_attribute("role") == "alert"

    # It keeps trying, with growing gaps (socket.io's back-off), and says so.
    page.wait_for_function(
        """() => document.querySelector("harbour-widget").shadowRoot
            .querySelector(".hw-status").textContent.match(/attempt [2-9]/)""",
        timeout=30_000,
    )
    attempts = [u for u in widget.network.urls if f":{rasa_port}/socket.io/" in u]
    assert len(attempts) >= 2

    # A message typed now is kept in the box, not lost.
    widget.input.fill("are you there")
    widget.input.press("Enter")
    assert widget.input.input_value() == "are you there"
    assert widget.user_messages() == []

    # When the server comes back, the widget reconnects by itself and the notice goes.
    fake = FakeRasa(rasa_port, allowed_origin=url).start()
    try:
        widget.wait_for_bot("automated helper")
        widget.notice.wait_for(state="hidden")
        assert "ok" in widget.say("are you there", expect="ok")
    finally:
        fake.stop()


def test_a_dropped_connection_shows_the_numbers_and_recovers(page, harbour_web):
    url, rasa_port = harbour_web
    fake = FakeRasa(rasa_port, allowed_origin=url).start()
    widget = Widget(page).goto(url + "/").open()
    fake.stop()
    widget.notice.wait_for(state="visible", timeout=NOTICE_DEADLINE_MS)
    assert "0808 2000 247" in widget.notice.inner_text()
    fake = FakeRasa(rasa_port, allowed_origin=url).start()
    try:
        widget.notice.wait_for(state="hidden", timeout=60_000)
        assert "Connected again" in page.locator("harbour-widget .hw-status").inner_text()
        assert widget.say("hello", expect="ok").splitlines()[-1] == "ok"
        # The reconnect kept the same conversation id (page memory), so the chat continues.
        assert len(widget.network.session_ids) == 1
    finally:
        fake.stop()


HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>'


def test_hostile_replies_are_shown_as_text_and_links_are_only_tel_sms_and_https(browser, harbour_web):
    url, rasa_port = harbour_web
    fake = FakeRasa(rasa_port, allowed_origin=url).start()
    fake.replies["attack"] = [
        {"text": HOSTILE, "quick_replies": [{"title": HOSTILE, "payload": "/greet"}]},
        {"text": "Visit javascript:alert(1) or http://x.example/<img>"},
        {"custom": {"type": "handoff", "service": {
            "name": HOSTILE, "phone": "0808 2000 247", "tel": "javascript:alert(3)", "text": "<b>1</b>",
            "website": "javascript:alert(4)", "webchat": True, "hours": HOSTILE, "status": "open"}}},
        {"custom": {"type": "handoff", "service": {
            "name": "Real", "phone": "0808 2000 247", "tel": "+448082000247", "website": "data:text/html,hi"}}},
        {"custom": {"type": "not-a-card", "html": HOSTILE}},
        {"attachment": {"type": "image", "payload": {"src": "https://tracker.example/pixel.png"}}},
    ]
    # CSP would stop an injected script anyway; bypass it so only the widget's own care is tested.
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        widget = Widget(page).goto(url + "/").open()
        widget.say("attack", expect="Visit")
        page.wait_for_timeout(500)  # let every reply land
        root = "harbour-widget"
        assert [m for m in widget.bot_messages() if m.endswith(HOSTILE)]
        assert page.locator(f"{root} .hw-reply").first.inner_text() == HOSTILE
        assert page.locator(f"{root} .hw-card-name").first.inner_text() == HOSTILE
        assert page.evaluate("() => window.__pwned") is None
        found = page.evaluate(
            """() => {
                const root = document.querySelector("harbour-widget").shadowRoot;
                return {
                    elements: root.querySelectorAll("img, script:not([src]), b, iframe, object").length,
                    links: [...root.querySelectorAll("a")].map((a) => a.getAttribute("href")),
                };
            }"""
        )
        assert found["elements"] == 0
        assert found["links"] == ["http://x.example/", "tel:+448082000247", "tel:+448082000247"]
        requested = widget.network.origins()
        assert "https://tracker.example" not in requested and "http://x.example" not in requested
    finally:
        context.close()
        fake.stop()


def test_every_number_in_the_directory_becomes_the_right_tel_link(page, harbour_web):
    url, rasa_port = harbour_web
    directory = load_directory()
    expected = {s.phone: s.tel for s in directory.services if s.phone}
    expected.update({s.text: s.text_tel for s in directory.services if s.text})
    expected.update({o.phone: o.tel for s in directory.services for o in s.other_phones})
    expected.update({e.phone: e.tel for e in directory.emergency.values() if e.phone})
    fake = FakeRasa(rasa_port, allowed_origin=url).start()
    fake.replies["numbers"] = [{"text": f"Call {phone} (free)\nor {phone}."} for phone in expected]
    fake.replies["not numbers"] = [{"text": "Press 55. In 2023, 16 or over, 28 days, 1. first, 10am."}]
    try:
        widget = Widget(page).goto(url + "/").open()
        widget.say("numbers", expect=list(expected)[-1])
        widget.say("not numbers", expect="Press 55")
        page.wait_for_timeout(500)
        links = page.locator("harbour-widget .hw-bot .hw-bubble a").evaluate_all(
            "links => links.map((a) => [a.textContent, a.getAttribute('href')])"
        )
        assert sorted(map(tuple, links)) == sorted((p, f"tel:{t}") for p, t in expected.items() for _ in (1, 2))
        print(json.dumps({"numbers checked": len(expected)}))
    finally:
        fake.stop()
