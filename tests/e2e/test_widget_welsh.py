"""The widget in Welsh, in real headless Chromium.

Against the real Rasa server, on the Welsh demo page (web/demo/cy.html, served at /cy): the
widget's words and lang attributes, the greeting, Welsh messages answered (danger with 999), the
language button, quick exit by Shift pressed 3 times, and axe-core's WCAG 2.2 AA rules.

Against the socket.io stand-in (tests/fake_rasa.py), on another website's page: how the widget
picks its language, the exact messages it sends (/greet{"language":"cy"},
/change_language{"language":"en"}), and the language button before it has connected and while
Harbour can't be reached.
"""
from __future__ import annotations

import html
import json
from typing import Optional

import pytest

from tests.fake_rasa import GREETING, FakeRasa
from tests.widget import ARTIFACTS, TIMEOUT_MS, Widget, embedding_site, layout, watch_blanking

pytestmark = pytest.mark.e2e

WELSH_PAGE = "/cy"  # web/demo/cy.html, as "/" is web/demo/index.html
NEUTRAL = "https://www.bbc.co.uk/weather"
STATUS = "harbour-widget [data-hw-shift]"
# Written as people in north Wales type: no accents, "o" for he, "efo" for with.
CONTROL = "mae o'n darllen fy negeseuon i gyd ac yn dweud wrtha i lle dw i'n cael mynd"
DANGER = "dw i mewn perygl, mae o tu allan efo cyllell"
ENGLISH_ONLY = "only understand English"  # the answer Welsh got before Harbour spoke it


class WelshWidget(Widget):
    """The widget showing Welsh: its message box has a Welsh name and the greeting is Welsh."""

    @property
    def input(self):  # noqa: ANN201
        return self.page.get_by_role("textbox", name="Teipiwch eich neges")

    def open(self, greeting: bool = True) -> "WelshWidget":
        """Opens the chat; with ``greeting``, waits for the greeting (it gives 999) to be complete."""
        self.launcher.click()
        self.input.wait_for(state="visible")
        if greeting:
            self.wait_for_bot("999", after=1)  # after the widget's own first message
            self.wait_until_idle()
        return self

    def answer(self, text: str) -> str:
        """Types a message, presses Enter; every bot message that answered it, once none is pending."""
        items, before = self.page.locator("harbour-widget .hw-bot").count(), len(self.bot_messages())
        self.input.fill(text)
        self.input.press("Enter")
        self.page.locator("harbour-widget .hw-bot").nth(items).wait_for(timeout=TIMEOUT_MS)
        self.wait_until_idle()
        return "\n".join(self.bot_messages()[before:])

    def language_button(self, name: str):  # noqa: ANN201
        return self.page.get_by_role("button", name=name)


def _lang(page, selector: str = "") -> Optional[str]:  # noqa: ANN001 - Playwright Page
    """The lang attribute of the widget's element (or of ``selector`` inside it)."""
    return page.locator(f"harbour-widget {selector}".strip()).first.get_attribute("lang")


def _said(reply: str) -> str:
    """A bot message without the screen-reader prefix."""
    return reply.replace("Harbour:", "").strip()


def _is_focused(locator) -> bool:  # noqa: ANN001 - Playwright Locator
    return locator.evaluate("node => node.getRootNode().activeElement === node")


# ---- (a)-(e): the Welsh demo page against the real Rasa server --------------------------------


def test_the_welsh_demo_page_shows_a_welsh_chat_that_understands_welsh(page, stack):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    widget = WelshWidget(page).goto(stack.web_url + WELSH_PAGE)
    assert page.evaluate("document.documentElement.lang") == "cy"
    assert _lang(page) == "cy" and _lang(page, ".hw-dock") == "cy" and _lang(page, ".hw-panel") == "cy"
    assert widget.launcher.inner_text() == "Sgwrsio â Harbour"
    assert page.get_by_role("button", name="Gadael yn gyflym").first.is_visible()
    assert page.locator("harbour-widget #hw-exit-hint").text_content() == "Neu, pwyswch Shift 3 gwaith"

    widget.open()
    intro, greeting = widget.bot_messages()[0], "\n".join(widget.bot_messages()[1:])
    assert "Shift 3 gwaith" in intro and "Gadael yn gyflym" in intro
    assert "999" in greeting and ENGLISH_ONLY not in greeting
    assert "Harbour ydw i" in greeting and "I'm Harbour" not in greeting  # the server answered in Welsh
    assert page.get_by_role("dialog", name="Harbour").is_visible()
    assert page.get_by_role("log", name="Sgwrs").get_attribute("aria-live") == "polite"
    assert widget.input.get_attribute("placeholder") == "Teipiwch eich neges"
    assert page.get_by_role("button", name="Anfon").is_visible()
    assert page.get_by_role("button", name="Cuddio'r sgwrs (mae'n aros ar y dudalen hon)").inner_text() == "Cuddio"
    english = widget.language_button("Switch to English")
    assert english.inner_text() == "English" and english.get_attribute("lang") == "en"

    reply = widget.answer(CONTROL)
    assert _said(reply), "no answer to a Welsh message"
    assert all(ENGLISH_ONLY not in message for message in widget.bot_messages())
    assert widget.user_messages()[-1].endswith(CONTROL)
    assert errors == [], errors


def test_danger_written_in_welsh_is_answered_with_999(page, stack):
    widget = WelshWidget(page).goto(stack.web_url + WELSH_PAGE).open()
    reply = widget.say(DANGER, expect="999")
    assert ENGLISH_ONLY not in reply
    answer = page.locator("harbour-widget .hw-bot").filter(has_text="999").last
    assert answer.get_by_role("link", name="999").first.get_attribute("href") == "tel:999"


def test_the_language_button_switches_the_chat_to_english_and_harbour_answers(page, stack):
    widget = WelshWidget(page).goto(stack.web_url + WELSH_PAGE).open()
    items = page.locator("harbour-widget .hw-bot").count()
    widget.language_button("Switch to English").click()

    # The choice is shown as the person's, as a reply button's is.
    assert widget.user_messages()[-1].endswith("English")
    # Every string of the chat turned English in place, and says so to screen readers.
    assert _lang(page) == "en" and _lang(page, ".hw-panel") == "en" and _lang(page, ".hw-dock") == "en"
    english_box = page.get_by_role("textbox", name="Type your message")
    assert english_box.is_visible() and english_box.get_attribute("placeholder") == "Type your message"
    assert page.get_by_role("button", name="Send").is_visible()
    assert page.get_by_role("button", name="Leave quickly").first.is_visible()
    assert page.get_by_role("button", name="Hide the chat (it stays on this page)").inner_text() == "Hide"
    assert page.get_by_role("log", name="Conversation").is_visible()
    assert page.locator("harbour-widget #hw-exit-hint").text_content() == "Or press Shift 3 times"
    welsh = widget.language_button("Newid i'r Gymraeg")
    assert welsh.inner_text() == "Cymraeg" and welsh.get_attribute("lang") == "cy"
    assert _is_focused(welsh)  # focus stays on the button, now offering Welsh

    # Harbour answers the switch.
    page.locator("harbour-widget .hw-bot").nth(items).wait_for(timeout=TIMEOUT_MS)
    widget.wait_until_idle()
    assert _said(page.locator("harbour-widget .hw-bot").nth(items).inner_text())
    assert _lang(page, ".hw-messages > li:last-child") == "en"  # said after the switch


def _neutral_site(page) -> None:  # noqa: ANN001 - Playwright Page
    """Serves the neutral site from the test (no request leaves the machine)."""
    page.route(NEUTRAL, lambda route: route.fulfill(body="<title>Weather</title><p>Sunny</p>", content_type="text/html"))


def _dots(page) -> list:  # noqa: ANN001
    """Filled dots on each "Gadael yn gyflym" button (dock and panel)."""
    return page.evaluate(
        """() => [...document.querySelector("harbour-widget").shadowRoot.querySelectorAll(".hw-presses")]
            .map((dots) => dots.hasAttribute("data-active") ? dots.querySelectorAll("[data-on]").length : 0)"""
    )


def test_shift_three_times_leaves_the_welsh_page(page, stack):
    _neutral_site(page)
    page.goto(stack.web_url + "/health")  # an earlier page in this tab's history
    widget = WelshWidget(page).goto(stack.web_url + WELSH_PAGE).open()
    widget.say(DANGER, expect="999")
    widget.input.fill("neges dw i ddim isio i neb ei gweld")
    assert page.locator(STATUS).get_attribute("role") == "status"
    entries = page.evaluate("history.length")

    page.keyboard.press("Shift")
    assert page.locator(STATUS).text_content() == "Shift, pwyswch ddwywaith eto i adael yn gyflym."
    assert _dots(page) == [1, 1]
    page.keyboard.press("Shift")
    assert page.locator(STATUS).text_content() == "Shift, pwyswch unwaith eto i adael yn gyflym."
    assert _dots(page) == [2, 2]
    seen = watch_blanking(page, "efo cyllell")
    with page.expect_navigation(url=NEUTRAL):
        page.keyboard.press("Shift")
    # Blanked before it navigated: the page hidden, only the overlay ("Loading." in Welsh), the chat gone.
    assert seen and seen[0] == {"text": "Yn llwytho.", "lang": "cy", "page": "hidden", "overlay": "visible",
                                "chat": False, "said": False, "url": stack.web_url + WELSH_PAGE}
    assert page.url == NEUTRAL
    assert page.evaluate("history.length") == entries  # location.replace: Back can't return
    page.go_back()
    assert page.url == stack.web_url + "/health"
    state = page.context.storage_state(indexed_db=True)
    assert state["cookies"] == [] and state["origins"] == []


@pytest.mark.parametrize("width, height", [(1280, 800), (320, 640)], ids=["1280px", "320px"])
def test_axe_finds_nothing_on_the_welsh_chat(browser, stack, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        widget = WelshWidget(context.new_page()).goto(stack.web_url + WELSH_PAGE)
        page = widget.page
        report = {"closed": widget.axe()}
        widget.open()
        report["open"] = widget.axe()
        widget.say(DANGER, expect="999")
        widget.answer(CONTROL)
        report["messages"] = widget.axe()
        widget.screenshot(f"welsh-conversation-{width}.png")
        (ARTIFACTS / f"axe-welsh-{width}.json").write_text(json.dumps(report, indent=2))
        assert report == {"closed": [], "open": [], "messages": []}

        # The header's four controls (with the language button) fit the panel at 320 px: the quick
        # exit is on screen and nothing scrolls sideways.
        sizes = layout(page, [".hw-panel .hw-exit", ".hw-lang", ".hw-hide", ".hw-send"])
        assert sizes["page"] <= width and sizes["log"][0] <= sizes["log"][1]
        left, right = sizes["panel"]
        assert all(left <= start and end <= right for start, end in sizes["controls"]), sizes

        # Control: the same check does catch a planted fault (a button with no name).
        page.evaluate("document.body.append(document.createElement('button'))")
        assert "button-name" in {violation["id"] for violation in widget.axe()}
    finally:
        context.close()


# ---- The language the widget picks and the messages it sends (socket.io stand-in) -------------


def site_page(web_url: str, rasa_url: str, page_lang: str, data_lang: Optional[str] = None) -> str:
    """A page of another website in ``page_lang`` whose one script tag may carry data-lang."""
    lang = f' data-lang="{html.escape(data_lang)}"' if data_lang is not None else ""
    return (
        f'<!doctype html><html lang="{html.escape(page_lang)}"><head><meta charset="utf-8"><title>Site</title>'
        f'<script src="{web_url}/widget/harbour-widget.js" data-server="{rasa_url}"{lang} defer></script></head>'
        "<body><main><h1>Someone else's website</h1><p>Text.</p></main></body></html>"
    )


@pytest.mark.parametrize(
    "page_lang, data_lang, shown, greeting",
    [
        ("en-GB", None, "en", "/greet"),
        ("cy", None, "cy", '/greet{"language":"cy"}'),
        ("cy-GB", None, "cy", '/greet{"language":"cy"}'),
        ("en-GB", "cy", "cy", '/greet{"language":"cy"}'),
        ("cy", "en", "en", "/greet"),
    ],
    ids=["English page", "Welsh page", "cy-GB page", "data-lang cy", "data-lang en on a Welsh page"],
)
def test_the_widget_speaks_the_page_language_unless_told_and_greets_in_it(page, harbour_web, page_lang, data_lang,
                                                                        shown, greeting):
    url, rasa_port = harbour_web
    with embedding_site(site_page(url, f"http://127.0.0.1:{rasa_port}", page_lang, data_lang)) as site:
        rasa = FakeRasa(rasa_port, allowed_origin=site).start()
        try:
            widget = WelshWidget(page) if shown == "cy" else Widget(page)
            widget.goto(site + "/")
            assert _lang(page) == shown and _lang(page, ".hw-dock") == shown
            assert widget.launcher.inner_text() == ("Sgwrsio â Harbour" if shown == "cy" else "Chat to Harbour")
            widget.launcher.click()
            page.locator("harbour-widget .hw-bot").nth(1).wait_for(timeout=TIMEOUT_MS)
            widget.wait_until_idle()
        finally:
            rasa.stop()
    # English is sent exactly as before; Welsh tells Harbour the language with the greeting.
    assert [message["message"] for message in rasa.received] == [greeting]
    assert set(rasa.received[0]) == {"message", "session_id"}


def test_the_language_button_is_sent_as_a_button_press_would_be(page, harbour_web):
    url, rasa_port = harbour_web
    with embedding_site(site_page(url, f"http://127.0.0.1:{rasa_port}", "cy")) as site:
        rasa = FakeRasa(rasa_port, allowed_origin=site).start()
        rasa.replies['/greet{"language":"cy"}'] = [
            {"text": "Helo. Os ydych chi mewn perygl, ffoniwch 999.", "buttons": [{"title": "Ie", "payload": "/affirm"}]}
        ]
        rasa.replies['/change_language{"language":"en"}'] = [{"text": "OK, we'll talk in English."}]
        rasa.replies['/change_language{"language":"cy"}'] = [{"text": "Iawn, fe wnawn ni siarad Cymraeg."}]
        try:
            widget = WelshWidget(page).goto(site + "/").open()
            page.get_by_role("button", name="Ie").wait_for()
            widget.language_button("Switch to English").click()
            widget.wait_for_bot("we'll talk in English", after=2)
            widget.wait_until_idle()
            # Shown as the person's choice, in its own language; the old language's reply buttons go.
            choice = page.locator("harbour-widget .hw-user .hw-bubble").last
            assert choice.inner_text().endswith("English") and choice.locator("[lang=en]").inner_text() == "English"
            assert page.locator("harbour-widget .hw-replies").count() == 0
            assert _lang(page) == "en"

            widget.language_button("Newid i'r Gymraeg").click()
            widget.wait_for_bot("siarad Cymraeg", after=3)
            assert _lang(page) == "cy" and widget.user_messages()[-1].endswith("Cymraeg")
            widget.say("helo", expect="ok")
            messages = [message["message"] for message in rasa.received]
        finally:
            rasa.stop()
    assert messages == ['/greet{"language":"cy"}', '/change_language{"language":"en"}',
                        '/change_language{"language":"cy"}', "helo"]
    assert len({message["session_id"] for message in rasa.received}) == 1


def test_the_language_button_before_harbour_answers_and_while_it_cannot_be_reached(page, harbour_web):
    """Before the greeting there is nothing to tell Harbour: the chat turns English at once (the
    built-in emergency text too) and the greeting carries the language. Once talking, a switch
    that can't be sent is not made, and says so, as any message that can't be sent does."""
    url, rasa_port = harbour_web
    with embedding_site(site_page(url, f"http://127.0.0.1:{rasa_port}", "cy")) as site:
        widget = WelshWidget(page).goto(site + "/").open(greeting=False)
        widget.notice.wait_for(state="visible", timeout=5_000)  # nothing listens yet
        notice = widget.notice.inner_text()
        assert "ffoniwch 999" in notice and "phwyswch 55" in notice and "0808 2000 247" in notice
        widget.language_button("Switch to English").click()
        assert "call 999" in widget.notice.inner_text() and "press 55" in widget.notice.inner_text()
        assert _lang(page) == "en" and widget.user_messages() == []

        rasa = FakeRasa(rasa_port, allowed_origin=site).start()
        try:
            widget.wait_for_bot(GREETING)  # the stand-in greets "/greet": English, as now shown
            widget.wait_until_idle()
        finally:
            rasa.stop()
        widget.notice.wait_for(state="visible", timeout=5_000)
        widget.language_button("Newid i'r Gymraeg").click()
        status = page.locator("harbour-widget .hw-status").inner_text()
        assert status == "Not sent: Harbour can't be reached right now. Try again when it's back."
        assert _lang(page) == "en" and widget.language_button("Newid i'r Gymraeg").is_visible()
    assert [message["message"] for message in rasa.received] == ["/greet"]
