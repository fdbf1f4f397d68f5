"""The web widget on the demo page, in real headless Chromium, against the real Rasa server.

A whole conversation (danger, Clare's Law, buttons by mouse and keyboard, a handoff card), quick
exit by button and by Shift pressed 3 times, what the browser keeps, every request the page makes, and text that
looks like HTML.
"""
from __future__ import annotations

import pytest

from tests.conftest import chat, joined
from tests.widget import Widget

pytestmark = pytest.mark.e2e

NEUTRAL = "https://www.bbc.co.uk/weather"
SCOTLAND_LINE = "0800 027 1234"
NATIONAL_LINE = "0808 2000 247"
EMPTY_BROWSER = {"cookie": "", "localStorage": 0, "sessionStorage": 0, "indexedDB": 0, "serviceWorkers": 0, "caches": 0}


def test_a_whole_conversation_through_the_widget(page, stack):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    widget = Widget(page).goto(stack.web_url + "/").open()
    intro = widget.bot_messages()[0]
    assert "press Shift 3 times" in intro and "Leave quickly" in intro and "isn't saved" in intro

    # Danger: 999 and the Silent Solution first, as clickable numbers.
    danger = widget.say("he's outside with a knife", expect="call 999")
    assert danger.splitlines()[1].startswith("If you're in danger now, call 999.") and "press 55" in danger
    reply = page.locator("harbour-widget .hw-bot").last
    assert reply.get_by_role("link", name="999").first.get_attribute("href") == "tel:999"
    assert reply.get_by_role("link", name=NATIONAL_LINE).get_attribute("href") == "tel:+448082000247"
    assert "\n" in danger.split("Harbour:", 1)[-1].strip()  # line breaks are kept

    # Clare's Law.
    assert "Right to Ask" in widget.say("what is clare's law?", expect="Right to Ask")

    # Buttons: by mouse ...
    widget.say("how do I apply for clare's law", expect="101")
    before = len(widget.bot_messages())
    page.get_by_role("button", name="Asking for someone else").click()
    widget.wait_for_bot("won't be told", after=before)
    assert widget.user_messages()[-1].endswith("Asking for someone else")
    assert widget.input.evaluate("node => node.getRootNode().activeElement === node")  # focus back in the box

    # ... and by keyboard: Tab from the message box backwards reaches the buttons; Enter presses one.
    scotland = page.get_by_role("button", name="I live in Scotland").last
    widget.input.focus()
    for _ in range(8):
        if scotland.evaluate("node => node.getRootNode().activeElement === node"):
            break
        page.keyboard.press("Shift+Tab")
    assert scotland.evaluate("node => node.getRootNode().activeElement === node"), "Scotland can't be reached by Tab"
    before = len(widget.bot_messages())
    page.keyboard.press("Enter")
    assert "Disclosure Scheme for Domestic Abuse Scotland" in widget.wait_for_bot("Scotland", after=before)
    widget.wait_until_idle()

    # A person: a handoff card with real Call and Webchat buttons.
    widget.say("can I speak to a real person", expect="automated helper")
    card = page.locator("harbour-widget .hw-card").first
    card.wait_for()
    call = card.get_by_role("link", name="Call")
    assert call.get_attribute("href").startswith("tel:+44")
    webchat = card.get_by_role("link", name="Webchat")
    assert webchat.get_attribute("href").startswith("https://")
    assert webchat.get_attribute("rel") == "noopener noreferrer" and webchat.get_attribute("target") == "_blank"

    # Timestamps are only in the page; nothing was kept by the browser.
    assert page.locator("harbour-widget .hw-time").count() == len(widget.bot_messages()) + len(widget.user_messages()) + 1
    assert widget.browser_storage() == EMPTY_BROWSER
    assert page.context.cookies() == []

    # Every request the page made went to Harbour: the web server and the Rasa server.
    assert widget.network.origins() == {stack.web_url, stack.rasa_url}
    urls = widget.network.urls
    assert any(u.endswith("/widget/socket.io.min.js") for u in urls)
    assert any(u.startswith("ws://") for u in urls), "the chat should run over a WebSocket"
    assert errors == []  # no script error and no Content-Security-Policy or Trusted Types violation


def test_the_demo_page_enforces_its_security_policy(page, stack):
    Widget(page).goto(stack.web_url + "/")
    blocked = page.evaluate(
        """() => {
            const attempts = {
                html: () => document.body.insertAdjacentHTML("beforeend", "<b>x</b>"),
                inline: () => { const s = document.createElement("script"); s.textContent = "1"; },
            };
            const results = {};
            for (const [name, attempt] of Object.entries(attempts)) {
                try { attempt(); results[name] = "allowed"; } catch (error) { results[name] = error.name; }
            }
            return results;
        }"""
    )
    assert blocked == {"html": "TypeError", "inline": "TypeError"}


def _neutral_site(page) -> None:  # noqa: ANN001 - Playwright Page
    """Serves the neutral site from the test (no request leaves the machine)."""
    page.route(NEUTRAL, lambda route: route.fulfill(body="<title>Weather</title><p>Sunny</p>", content_type="text/html"))


def _watch_wipe(page, secret: str) -> list:  # noqa: ANN001
    """Reports, as soon as the widget leaves the page, whether the chat text went with it."""
    seen: list = []
    page.expose_function("harbourTestReport", lambda report: seen.append(report))
    page.evaluate(
        """(secret) => {
            const host = document.querySelector("harbour-widget");
            new MutationObserver((_, observer) => {
                if (host.isConnected) return;
                observer.disconnect();
                harbourTestReport({
                    text: document.documentElement.textContent.includes(secret),
                    hidden: getComputedStyle(document.documentElement).visibility === "hidden",
                    url: location.href,
                });
            }).observe(document.body, { childList: true });
        }""",
        secret,
    )
    return seen


@pytest.mark.parametrize("how", ["button", "Shift x3"])
def test_quick_exit_wipes_the_chat_forgets_it_and_leaves_no_way_back(page, stack, how):
    _neutral_site(page)
    page.goto(stack.web_url + "/health")  # an earlier page in this tab's history
    widget = Widget(page).goto(stack.web_url + "/").open()
    widget.say("I live in Glasgow", expect=SCOTLAND_LINE)
    session = widget.session_id()
    # Control: the server holds this conversation (it remembers Scotland) under the page's id.
    assert SCOTLAND_LINE in joined(chat(stack, session, "which helpline can I call?"))
    assert widget.browser_storage() == EMPTY_BROWSER
    seen = _watch_wipe(page, "I live in Glasgow")
    entries = page.evaluate("history.length")

    with page.expect_navigation(url=NEUTRAL):
        if how == "button":
            widget.leave.click()
        else:
            widget.input.focus()
            for _ in range(3):
                page.keyboard.press("Shift")

    assert page.url == NEUTRAL
    # The chat was wiped, and the page hidden, while still on the chat page (before leaving).
    assert seen == [{"text": False, "hidden": True, "url": stack.web_url + "/"}]
    # The chat page was replaced in history, not added to: Back never returns to the chat.
    assert page.evaluate("history.length") == entries
    visited = []
    for _ in range(entries - 1):
        page.go_back()
        visited.append(page.url)
    assert visited[0] == stack.web_url + "/health" and stack.web_url + "/" not in visited

    # The server no longer holds the conversation: the same id starts afresh (no Scotland).
    fresh = joined(chat(stack, session, "which helpline can I call?"))
    assert NATIONAL_LINE in fresh and SCOTLAND_LINE not in fresh

    # Nothing in the browser: no cookies, no storage of any kind for Harbour's origins.
    state = page.context.storage_state(indexed_db=True)
    assert state["cookies"] == [] and state["origins"] == []
    check = page.context.new_page()
    check.goto(stack.web_url + "/health")
    assert Widget(check).browser_storage() == EMPTY_BROWSER
    assert page.context.service_workers == []


def test_esc_never_leaves_the_page(page, stack):
    """Esc is not a way out (GOV.UK's reasons): people press it by habit to close things. In the
    open chat it hides the chat, as it would close a dialog; the conversation stays."""
    widget = Widget(page).goto(stack.web_url + "/")
    page.keyboard.press("Escape")
    widget.open()
    widget.input.focus()
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url == stack.web_url + "/"
    assert widget.launcher.is_visible() and not widget.input.is_visible()
    widget.launcher.click()
    assert "automated helper" in widget.bot_messages()[1]


def test_a_reload_starts_a_new_conversation_and_forgets_the_old_one(page, stack):
    widget = Widget(page).goto(stack.web_url + "/").open()
    widget.say("I live in Glasgow", expect=SCOTLAND_LINE)
    first = widget.session_id()
    page.reload()
    page.wait_for_selector("harbour-widget", state="attached")
    assert page.locator("harbour-widget .hw-msg").count() == 0
    widget.open()
    assert len(widget.network.session_ids) == 2 and widget.network.session_ids[1] != first
    fresh = joined(chat(stack, first, "which helpline can I call?"))
    assert SCOTLAND_LINE not in fresh


XSS = ['<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=2</script>", "<b>bold</b> & <i>"]


def test_text_that_looks_like_html_is_shown_as_text_and_runs_nothing(browser, stack):
    # CSP would block an injected script anyway: turn it off so only the widget's own care counts.
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        widget = Widget(page).goto(stack.web_url + "/").open()
        for text in XSS:
            before = len(widget.bot_messages())
            widget.input.fill(text)
            widget.input.press("Enter")
            page.locator("harbour-widget .hw-bot").nth(before).wait_for(timeout=60_000)
            widget.wait_until_idle()
        assert [m.split("\n", 1)[-1] for m in widget.user_messages()] == XSS
        assert page.evaluate("() => window.__pwned") is None
        injected = page.evaluate(
            """() => document.querySelector("harbour-widget").shadowRoot
                .querySelectorAll(".hw-messages img, .hw-messages script, .hw-messages b, .hw-messages i").length"""
        )
        assert injected == 0
    finally:
        context.close()
