"""The privacy canary, through the widget: unique strings typed into the widget in real Chromium are
found nowhere on disk afterwards — not in the project, the temp dirs (the stack's log, Chromium's
profile of the running browser), home, or the test artifacts — and never in the browser's storage.
"""
from __future__ import annotations

import pytest

from tests.canary import default_places, make_canaries, scan
from tests.widget import ARTIFACTS, Widget

pytestmark = pytest.mark.e2e

CANARIES = make_canaries("WKANARY", 7)


def test_canaries_typed_in_the_widget_are_stored_nowhere(browser, stack, stack_log):
    page = browser.new_context().new_page()
    page.route("https://www.bbc.co.uk/weather", lambda route: route.fulfill(body="<p>Weather</p>", content_type="text/html"))
    sessions = []
    try:
        # 1. Danger, then quick exit.
        widget = Widget(page).goto(stack.web_url + "/").open()
        widget.say(f"my name is {CANARIES[0]}", expect="")
        widget.say(f"he's outside with a knife {CANARIES[1]}", expect="call 999")
        sessions += widget.network.session_ids
        with page.expect_navigation():
            widget.leave.click()

        # 2. Clare's Law with a button and a place, odd input; then a reload.
        widget = Widget(page).goto(stack.web_url + "/").open()
        widget.say(f"how do I apply for clare's law about {CANARIES[2]}", expect="101")
        page.get_by_role("button", name="Asking for someone else").click()
        widget.wait_for_bot("won't be told")
        widget.wait_until_idle()
        widget.say(f"I live in Glasgow near {CANARIES[3]}", expect="Scotland")
        widget.say(f"<script>{CANARIES[4]}</script>", expect="")
        widget.say(("x " * 2500) + CANARIES[5], expect="too long")
        assert widget.browser_storage()["localStorage"] == 0
        sessions += widget.network.session_ids
        page.reload()

        # 3. A conversation still open while the disk is searched.
        widget = Widget(page).goto(stack.web_url + "/").open()
        widget.say(f"he takes my wages {CANARIES[6]}", expect="")
        sessions += widget.network.session_ids
        assert not [c for c in CANARIES if any(c in m for m in widget.bot_messages())]

        state = page.context.storage_state(indexed_db=True)
        assert state["cookies"] == [] and state["origins"] == []
        assert len(set(sessions)) == 3

        needles = CANARIES + sessions
        scanned, found = scan(default_places(stack_log, ARTIFACTS), needles)
        assert scanned > 100, "the scan did not look at enough files to mean anything"
        assert not found, f"canaries or session ids written to disk: {found}"
    finally:
        page.context.close()
