"""Accessibility of the widget (WCAG 2.1 AA): axe-core with and without messages, keyboard and
focus, 320 px and 200% zoom, reduced motion. Screenshots go to artifacts/widget/."""
from __future__ import annotations

import json

import pytest

from tests.widget import ARTIFACTS, Widget

pytestmark = pytest.mark.e2e


def _conversation(widget: Widget) -> None:
    """Messages of every kind: text with links, buttons, a handoff card."""
    widget.say("he's outside with a knife", expect="call 999")
    widget.say("how do I apply for clare's law", expect="101")
    widget.say("can I speak to a real person", expect="automated helper")
    widget.page.locator("harbour-widget .hw-card").first.wait_for()


@pytest.mark.parametrize("width, height", [(1280, 800), (320, 640)], ids=["1280px", "320px"])
def test_axe_finds_nothing_with_and_without_messages(browser, stack, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        widget = Widget(context.new_page()).goto(stack.web_url + "/")
        report = {"closed": widget.axe()}
        widget.screenshot(f"closed-{width}.png")
        widget.open()
        report["open"] = widget.axe()
        widget.screenshot(f"open-{width}.png")
        _conversation(widget)
        report["messages"] = widget.axe()
        widget.screenshot(f"conversation-{width}.png")
        (ARTIFACTS / f"axe-{width}.json").write_text(json.dumps(report, indent=2))
        assert report == {"closed": [], "open": [], "messages": []}
        # Control: the same check does catch a planted fault (a button with no name).
        widget.page.evaluate("document.body.append(document.createElement('button'))")
        assert "button-name" in {violation["id"] for violation in widget.axe()}
    finally:
        context.close()


def test_axe_finds_nothing_on_the_emergency_notice(browser, stack):
    """The offline notice, reached by blocking the Rasa server's address in this browser only."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.route(stack.rasa_url + "/**", lambda route: route.abort())
        widget = Widget(page).goto(stack.web_url + "/").open(greeting=False)
        widget.notice.wait_for(state="visible", timeout=5_000)
        assert widget.axe() == []
        widget.screenshot("offline-1280.png")
    finally:
        context.close()


def _active(page) -> str:  # noqa: ANN001 - Playwright Page
    """The focused element inside the widget, as tag.class, or 'outside'."""
    return page.evaluate(
        """() => {
            const host = document.querySelector("harbour-widget");
            if (document.activeElement !== host) return "outside";
            const node = host.shadowRoot.activeElement;
            return node ? `${node.tagName.toLowerCase()}.${node.className}` : "host";
        }"""
    )


def test_keyboard_only_open_talk_hide_with_visible_focus(page, stack):
    widget = Widget(page).goto(stack.web_url + "/")
    # Tab from the top of the page reaches "Leave quickly" first, then the launcher.
    for _ in range(20):
        page.keyboard.press("Tab")
        if _active(page) == "button.hw-exit":
            break
    assert _active(page) == "button.hw-exit"
    page.keyboard.press("Tab")
    assert _active(page) == "button.hw-launcher"
    focus = page.evaluate(
        """() => { const n = document.querySelector("harbour-widget").shadowRoot.activeElement;
                   const s = getComputedStyle(n); return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }"""
    )
    assert focus[0] == "solid" and focus[1] == "3px" and focus[2] != "none"
    assert widget.launcher.get_attribute("aria-expanded") == "false"

    page.keyboard.press("Enter")  # opens, and focus moves into the message box
    assert _active(page) == "textarea.hw-input"
    assert page.locator("harbour-widget .hw-launcher").get_attribute("aria-expanded") == "true"
    widget.wait_for_bot("automated helper")
    page.keyboard.type("what is clare's law?")
    page.keyboard.press("Enter")
    widget.wait_for_bot("Right to Ask")

    # Shift+Enter makes a new line instead of sending.
    page.keyboard.type("line one")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("line two")
    assert widget.input.input_value() == "line one\nline two"
    widget.input.fill("")

    # Hide: focus goes back to the launcher, and the conversation is still there when reopened.
    page.get_by_role("button", name="Hide the chat (it stays on this page)").press("Enter")
    assert _active(page) == "button.hw-launcher"
    page.keyboard.press("Enter")
    assert _active(page) == "textarea.hw-input"
    assert any("Right to Ask" in m for m in widget.bot_messages())


def test_the_conversation_is_announced_and_labelled(page, stack):
    widget = Widget(page).goto(stack.web_url + "/").open()
    log = page.get_by_role("log", name="Conversation")
    assert log.get_attribute("aria-live") == "polite"
    widget.say("which helpline can I call?", expect="0808 2000 247")
    assert "You:" in log.inner_text() and "Harbour:" in log.inner_text()
    dialog = page.get_by_role("dialog", name="Harbour")
    assert dialog.is_visible()
    assert page.get_by_role("button", name="Leave quickly").first.get_attribute("aria-keyshortcuts") == "Escape"
    assert page.get_by_role("status").count() >= 1


@pytest.mark.parametrize(
    "viewport, scale",
    [({"width": 320, "height": 568}, 1), ({"width": 640, "height": 400}, 2)],
    ids=["320px", "200% zoom of 1280x800"],
)
def test_reflows_without_horizontal_scrolling(browser, stack, viewport, scale):
    context = browser.new_context(viewport=viewport, device_scale_factor=scale)
    try:
        page = context.new_page()
        widget = Widget(page).goto(stack.web_url + "/").open()
        _conversation(widget)
        width = viewport["width"]
        sizes = page.evaluate(
            """() => {
                const root = document.querySelector("harbour-widget").shadowRoot;
                const box = (s) => root.querySelector(s).getBoundingClientRect();
                const log = root.querySelector(".hw-log");
                return {
                    page: document.documentElement.scrollWidth,
                    panel: [box(".hw-panel").left, box(".hw-panel").right],
                    exit: [box(".hw-panel .hw-exit").left, box(".hw-panel .hw-exit").right],
                    input: [box(".hw-input").left, box(".hw-send").right],
                    log: [log.scrollWidth, log.clientWidth],
                };
            }"""
        )
        assert sizes["page"] <= width
        assert 0 <= sizes["panel"][0] and sizes["panel"][1] <= width
        assert 0 <= sizes["exit"][0] and sizes["exit"][1] <= width  # quick exit always on screen
        assert 0 <= sizes["input"][0] and sizes["input"][1] <= width
        assert sizes["log"][0] <= sizes["log"][1]  # no sideways scrolling in the conversation
        name = "320px" if scale == 1 else "zoom200"
        widget.screenshot(f"reflow-{name}.png")
    finally:
        context.close()


def test_reduced_motion_turns_animation_off(browser, stack):
    context = browser.new_context(reduced_motion="reduce")
    try:
        page = context.new_page()
        Widget(page).goto(stack.web_url + "/").open()
        names = page.evaluate(
            """() => {
                const root = document.querySelector("harbour-widget").shadowRoot;
                return [".hw-panel", ".hw-dot"].map((s) => getComputedStyle(root.querySelector(s)).animationName);
            }"""
        )
        assert names == ["none", "none"]
    finally:
        context.close()
    context = browser.new_context(reduced_motion="no-preference")
    try:
        page = context.new_page()
        Widget(page).goto(stack.web_url + "/").open()
        name = page.evaluate(
            """() => getComputedStyle(document.querySelector("harbour-widget").shadowRoot
                .querySelector(".hw-dot")).animationName"""
        )
        assert name == "hw-blink"  # the control: animated when motion is fine
    finally:
        context.close()
