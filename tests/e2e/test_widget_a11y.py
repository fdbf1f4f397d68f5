"""Accessibility of the widget (WCAG 2.2 AA): axe-core's 2.2 rules with and without messages,
keyboard and focus (never hidden at 200% zoom), 24 px targets, 320 px and 200% zoom, reduced motion. Screenshots go to artifacts/widget/."""
from __future__ import annotations

import json

import pytest

from tests.widget import ARTIFACTS, Widget, layout

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
    leave = page.get_by_role("button", name="Leave quickly").first
    assert leave.get_attribute("aria-describedby") == "hw-exit-hint"
    assert page.locator("harbour-widget #hw-exit-hint").text_content() == "Or press Shift 3 times"
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
        sizes = layout(page, [".hw-panel .hw-exit", ".hw-input", ".hw-send"])
        exit_, input_, send = sizes["controls"]
        assert sizes["page"] <= width
        assert 0 <= sizes["panel"][0] and sizes["panel"][1] <= width
        assert 0 <= exit_[0] and exit_[1] <= width  # quick exit always on screen
        assert 0 <= input_[0] and send[1] <= width
        assert sizes["log"][0] <= sizes["log"][1]  # no sideways scrolling in the conversation
        name = "320px" if scale == 1 else "zoom200"
        widget.screenshot(f"reflow-{name}.png")
    finally:
        context.close()


def test_axe_waits_for_a_fade_in_inside_a_shadow_root(page):
    """The helper waits for animations in shadow roots (the widget's panel rises in one): a
    half-faded 'Leave quickly' read as failing contrast on a fast machine, because
    ``document.getAnimations()`` doesn't list a shadow tree's animations."""
    from tests.a11y import settle

    page.set_content(
        """<main><div id="host"></div></main><script>
        document.getElementById("host").attachShadow({ mode: "open" }).innerHTML =
          '<style>@keyframes rise { from { opacity: 0 } to { opacity: 1 } } p { animation: rise 800ms }</style>'
          + '<p>Leave quickly</p>';
        </script>"""
    )
    opacity = """() => getComputedStyle(document.getElementById("host").shadowRoot.querySelector("p")).opacity"""
    assert float(page.evaluate(opacity)) < 1  # the control: still fading in
    settle(page)
    assert page.evaluate(opacity) == "1"


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


@pytest.mark.parametrize("width, height", [(640, 400), (512, 384)], ids=["1280x800 at 200%", "1024x768 at 200%"])
def test_focus_is_never_hidden_behind_anything_at_200_percent_zoom(browser, stack, width, height):
    """WCAG 2.2 2.4.11 (axe can't see it): Tab through the page and the open chat, with messages,
    at 200% zoom (the same CSS pixels as a window half the size); nothing covers the focus."""
    from tests.a11y import focus_obscured

    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        widget = Widget(context.new_page()).goto(stack.web_url + "/")
        assert focus_obscured(widget.page, presses=8) == []  # the page, the chat closed
        widget.open()
        _conversation(widget)
        widget.input.focus()
        assert focus_obscured(widget.page, presses=40, within="harbour-widget") == []
    finally:
        context.close()


def test_esc_reveals_what_the_open_chat_covers_and_keeps_the_conversation(browser, stack):
    """2.4.11's exception for content the person opened: the chat can cover the page behind it
    only because Esc dismisses it without moving focus. Esc never leaves the page."""
    context = browser.new_context(viewport={"width": 640, "height": 400})
    try:
        page = context.new_page()
        widget = Widget(page).goto(stack.web_url + "/").open()
        widget.say("which helpline can I call?", expect="0808 2000 247")
        link = page.locator("footer a")
        link.focus()
        covered = "(node) => { const b = node.getBoundingClientRect(); const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2); return hit !== node; }"
        assert link.evaluate(covered)  # the open chat covers it
        page.keyboard.press("Escape")
        assert not link.evaluate(covered) and link.evaluate("(node) => document.activeElement === node")
        assert widget.launcher.is_visible() and page.url == stack.web_url + "/"
        widget.launcher.click()
        assert any("0808 2000 247" in m for m in widget.bot_messages())  # hidden, not wiped
        widget.input.focus()
        page.keyboard.press("Escape")  # from inside the chat: hidden, focus back on its button
        assert widget.launcher.evaluate("(node) => node.getRootNode().activeElement === node")
    finally:
        context.close()


@pytest.mark.parametrize("width, height", [(1280, 800), (320, 640)], ids=["1280px", "320px"])
def test_every_control_is_at_least_24_by_24_pixels(browser, stack, width, height):
    """WCAG 2.2 2.5.8 Target Size (Minimum): buttons, reply options, card actions, the box."""
    from tests.a11y import small_targets

    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        widget = Widget(context.new_page()).goto(stack.web_url + "/")
        assert small_targets(widget.page) == []
        widget.open()
        _conversation(widget)
        assert widget.page.locator("harbour-widget .hw-reply, harbour-widget .hw-action").count() >= 2
        assert small_targets(widget.page) == []
        # Control: the check does catch a small target.
        widget.page.evaluate("""() => { const b = document.createElement('button'); b.textContent = 'x';
            b.style.cssText = 'width:10px;height:10px;padding:0;font-size:8px'; document.body.append(b); }""")
        assert len(small_targets(widget.page)) == 1
    finally:
        context.close()
