"""Quick exit the GOV.UK way ("Exit this page"), in real Chromium: Shift pressed 3 times.

Harbour's real web server serves the demo page; the Rasa side is the socket.io stand-in
(tests/fake_rasa.py), which records every forget. tests/e2e/test_widget.py checks against the
real Rasa server that the conversation is really forgotten.
"""
from __future__ import annotations

import json

import pytest

from tests.fake_rasa import KEY, FakeRasa
from tests.widget import Widget, embedding_site, watch_blanking

pytestmark = pytest.mark.e2e

NEUTRAL = "https://www.bbc.co.uk/weather"
STATUS = "harbour-widget [data-hw-shift]"


@pytest.fixture
def fake(harbour_web):
    url, rasa_port = harbour_web
    rasa = FakeRasa(rasa_port, url).start()
    try:
        yield url, rasa
    finally:
        rasa.stop()


def _neutral_site(page) -> None:  # noqa: ANN001
    page.route(NEUTRAL, lambda route: route.fulfill(body="<title>Weather</title><p>Sunny</p>", content_type="text/html"))


def _dots(page) -> list:  # noqa: ANN001
    """Filled dots on each "Leave quickly" button (dock and panel)."""
    return page.evaluate(
        """() => [...document.querySelector("harbour-widget").shadowRoot.querySelectorAll(".hw-presses")]
            .map((dots) => dots.hasAttribute("data-active") ? dots.querySelectorAll("[data-on]").length : 0)"""
    )


def _status(page) -> str:  # noqa: ANN001
    return page.locator(STATUS).text_content()


def test_shift_three_times_leaves_with_the_indicator_and_announcements(page, fake):
    url, rasa = fake
    _neutral_site(page)
    page.goto(url + "/health")
    widget = Widget(page).goto(url + "/").open()
    widget.input.fill("a message I don't want seen")
    assert page.locator(STATUS).get_attribute("role") == "status"
    entries = page.evaluate("history.length")

    page.keyboard.press("Shift")
    assert _status(page) == "Shift, press 2 more times to leave quickly."
    assert _dots(page) == [1, 1]
    page.keyboard.press("Shift")
    assert _status(page) == "Shift, press 1 more time to leave quickly."
    assert _dots(page) == [2, 2]
    seen = watch_blanking(page)
    with page.expect_navigation(url=NEUTRAL):
        page.keyboard.press("Shift")
    # Blanked before it navigated: the page hidden, only the overlay showing, the chat gone.
    assert seen and seen[0] == {"text": "Loading.", "lang": "en", "page": "hidden", "overlay": "visible", "chat": False,
                                "said": False, "url": url + "/"}
    assert page.evaluate("history.length") == entries  # location.replace: Back can't return
    page.go_back()
    assert page.url == url + "/health"
    # The server was told to forget this conversation, with the key only this page was given.
    assert len(rasa.forgotten) == 1 and rasa.forget_data[0]["key"] == KEY
    assert rasa.forget_data[0]["session_id"] == widget.session_id()


def test_shift_used_to_type_capitals_does_not_count(page, fake):
    url, rasa = fake
    widget = Widget(page).goto(url + "/").open()
    widget.input.focus()
    for letter in "HELP ME":
        page.keyboard.press("Shift+" + letter if letter != " " else "Space")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert _status(page) == "Shift, press 1 more time to leave quickly."
    assert page.url == url + "/" and widget.input.input_value() == "HELP ME"
    assert rasa.forgotten == []


def test_another_key_or_a_pause_of_5_seconds_starts_the_count_again(page, fake):
    url, rasa = fake
    Widget(page).goto(url + "/").open()
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    assert _dots(page) == [0, 0] and _status(page) == ""
    page.keyboard.press("Shift")
    page.wait_for_timeout(5_300)  # the window GOV.UK uses: each press within 5 s of the last
    assert _dots(page) == [0, 0] and _status(page) == "Leave quickly expired."
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.url == url + "/" and rasa.forgotten == []


def test_shift_three_times_works_before_the_chat_is_ever_opened(page, fake):
    url, _ = fake
    _neutral_site(page)
    Widget(page).goto(url + "/")
    with page.expect_navigation(url=NEUTRAL):
        for _ in range(3):
            page.keyboard.press("Shift")


def test_escape_never_leaves(page, fake):
    """GOV.UK doesn't use Esc: it closes menus and stops page loads, so people press it by habit.
    (In the open chat it hides the chat, keeping the conversation.)"""
    url, rasa = fake
    widget = Widget(page).goto(url + "/").open()
    widget.say("hello", expect="ok")
    widget.input.focus()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url == url + "/" and len(widget.bot_messages()) == 3 and rasa.forgotten == []


def test_a_page_shown_again_from_the_back_forward_cache_is_never_left_blank(page, fake):
    url, _ = fake
    page.route(NEUTRAL, lambda route: route.abort("aborted"))  # the page stays, blanked
    widget = Widget(page).goto(url + "/").open()
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_function("getComputedStyle(document.documentElement).visibility === 'hidden'")
    # What the browser does when Back restores this page from its back/forward cache.
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))")
    assert page.evaluate("getComputedStyle(document.documentElement).visibility") == "visible"
    assert page.evaluate("[...document.documentElement.children].every((n) => n.getAttribute('role') !== 'alert')")
    widget.launcher.wait_for(state="visible")
    assert page.locator("harbour-widget .hw-msg").count() == 0  # a fresh widget: no chat


def test_the_forget_beacon_goes_to_the_channel_whatever_the_socket_path(page, harbour_web):
    """The probe: the beacon's address was built from data-socket-path, so moving socket.io broke it."""
    web_url, rasa_port = harbour_web
    from tests.e2e.test_widget_settings import site_page

    with embedding_site(site_page(web_url, server=f"http://127.0.0.1:{rasa_port}", socket_path="/chat/io")) as site:
        rasa = FakeRasa(rasa_port, site, socket_path="/chat/io").start()
        try:
            widget = Widget(page).goto(site + "/").open()
            widget.say("hello", expect="ok")
            session = widget.session_id()
            page.goto(site + "/elsewhere")  # leaving the page sends the beacon
            page.wait_for_timeout(1000)
        finally:
            rasa.stop()
    assert [b["path"] for b in rasa.beacons] == ["/webhooks/socketio/forget"]
    assert json.loads(rasa.beacons[0]["body"]) == {"session_id": session, "key": KEY}
    assert rasa.beacons[0]["origin"] == site
