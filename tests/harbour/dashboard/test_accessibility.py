"""The dashboard against WCAG 2.2 AA in real Chromium: axe-core's 2.2 rules on every page, focus
never hidden at 200% zoom, 24 px targets, and a sign-in that password managers and paste can fill
(3.3.8 Accessible Authentication: no memory test, no blocked paste)."""
from __future__ import annotations

import re

import pytest

from tests.a11y import axe_violations, focus_obscured, small_targets
from tests.harbour.dashboard.conftest import PASSWORD

PAGES = ["/login", "/", "/intents", "/outcomes", "/channels"]


def _sign_in(page, dashboard) -> None:  # noqa: ANN001
    page.goto(dashboard.url + "/login")
    page.fill("input[name=name]", "alex")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_url(re.compile(r"/\?|/$"))


@pytest.mark.timeout(240)
def test_axe_finds_no_wcag_2_2_violation_on_any_page(dashboard, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.goto(dashboard.url + "/login")
        found = {"/login": axe_violations(page)}
        _sign_in(page, dashboard)
        for path in PAGES[1:]:
            page.goto(dashboard.url + path)
            page.wait_for_load_state("load")
            found[path] = axe_violations(page)
        assert found == {path: [] for path in PAGES}
    finally:
        context.close()


@pytest.mark.timeout(240)
@pytest.mark.parametrize("width, height", [(640, 400), (1280, 800)], ids=["200% zoom", "100%"])
def test_focus_is_never_hidden_and_every_target_is_24_px(dashboard, browser, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(dashboard.url + "/login")
        assert focus_obscured(page, presses=6) == [] and small_targets(page) == []
        _sign_in(page, dashboard)
        for path in PAGES[1:]:
            page.goto(dashboard.url + path)
            assert small_targets(page) == [], path
            assert focus_obscured(page, presses=25) == [], path
    finally:
        context.close()


def test_sign_in_takes_a_pasted_password_and_tells_password_managers_what_each_box_is(dashboard, browser):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(dashboard.url + "/login")
        name, password = page.locator("input[name=name]"), page.locator("input[name=password]")
        assert name.get_attribute("autocomplete") == "username"
        assert password.get_attribute("autocomplete") == "current-password"
        assert password.get_attribute("maxlength") is None  # long generated passwords fit
        # A paste event is not cancelled, and the pasted text arrives.
        blocked = page.evaluate(
            """() => {
                const box = document.querySelector("input[name=password]");
                box.focus();
                const data = new DataTransfer();
                data.setData("text/plain", "pasted");
                const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
                return !box.dispatchEvent(event);
            }"""
        )
        assert blocked is False
        page.fill("input[name=name]", "alex")
        password.focus()
        page.keyboard.insert_text(PASSWORD)  # what a paste or a password manager does
        page.click("form.login button[type=submit]")
        page.wait_for_url(re.compile(r"/\?|/$"))
        assert "Sign in" not in page.title()
        assert not page.locator("input[name=captcha], img[alt*=captcha i]").count()  # no cognitive test
    finally:
        context.close()


@pytest.mark.timeout(240)
def test_the_welsh_dashboard_is_reached_by_its_link_and_passes_axe_too(dashboard, browser):
    """Welsh words are longer: no target may shrink below 24 px; ``lang`` must be right for screen readers."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.goto(dashboard.url + "/login")
        page.click("header a[lang=cy]")  # "Cymraeg"
        page.wait_for_url(re.compile(r"lang=cy"))
        assert page.get_attribute("html", "lang") == "cy"
        found = {"/login": axe_violations(page)}
        assert small_targets(page) == []
        _sign_in(page, dashboard)
        for path in PAGES[1:]:
            page.goto(dashboard.url + path)
            page.wait_for_load_state("load")
            assert page.get_attribute("html", "lang") == "cy", path
            assert page.locator("header a[lang=en-GB]").inner_text() == "English"
            found[path] = axe_violations(page)
            assert small_targets(page) == [], path
        assert found == {path: [] for path in PAGES}
    finally:
        context.close()
