"""The widget's settings (data- attributes) on someone else's website: disguise, colours, exit
URL, a missing server, start open, a second copy of the tag, the site's own globals. The site is
a plain HTTP server on its own loopback origin (a real cross-origin embed); the widget's files
come from Harbour's real web server."""
from __future__ import annotations

import html

import pytest

from tests.fake_rasa import FakeRasa
from tests.widget import Widget, embedding_site

pytestmark = pytest.mark.e2e

DEFAULT_ACCENT = "rgb(74, 31, 111)"
NOWHERE = "http://127.0.0.1:9"  # nothing listens on the discard port


def site_page(web_url: str, **settings: str) -> str:
    """A page of another website whose one script tag carries ``settings`` as data- attributes."""
    attributes = " ".join(f'data-{name.replace("_", "-")}="{html.escape(value)}"' for name, value in settings.items())
    return (
        '<!doctype html><html lang="en"><head><title>Embedding site</title>'
        f'<script src="{web_url}/widget/harbour-widget.js" {attributes} defer></script></head>'
        "<body><main><h1>Someone else's website</h1><p>Text.</p></main></body></html>"
    )


def launcher_colour(page) -> str:  # noqa: ANN001 - Playwright Page
    return page.evaluate(
        """() => getComputedStyle(document.querySelector("harbour-widget").shadowRoot
            .querySelector(".hw-launcher")).backgroundColor"""
    )


def test_a_neutral_title_disguises_the_launcher_and_header(page, harbour_web):
    url, _ = harbour_web
    with embedding_site(site_page(url, server=NOWHERE, neutral_title="Recipes", title="Harbour")) as site:
        widget = Widget(page).goto(site + "/")
        assert widget.launcher.inner_text() == "Recipes"
        widget.open(greeting=False)
        assert page.get_by_role("dialog", name="Recipes").is_visible()
        assert "Harbour" not in page.locator("harbour-widget .hw-header").inner_text()


@pytest.mark.parametrize(
    "colour, expected",
    [("#005a30", "rgb(0, 90, 48)"), ("#ffff00", DEFAULT_ACCENT), ("not-a-colour", DEFAULT_ACCENT)],
    ids=["readable", "too little contrast", "not a colour"],
)
def test_colours_are_used_when_readable_and_refused_when_not(page, harbour_web, colour, expected):
    url, _ = harbour_web
    warnings = []
    page.on("console", lambda message: warnings.append(message.text) if message.type == "warning" else None)
    with embedding_site(site_page(url, server=NOWHERE, colour=colour, colour_text="#ffffff")) as site:
        Widget(page).goto(site + "/")
        assert launcher_colour(page) == expected
        assert bool(warnings) == (expected == DEFAULT_ACCENT), warnings


@pytest.mark.parametrize(
    "exit_url, expected",
    [("https://www.example.org/news", "https://www.example.org/news"),
     ("javascript:alert(1)", "https://www.bbc.co.uk/weather")],
    ids=["configured", "unsafe value falls back"],
)
def test_quick_exit_goes_where_the_site_says_if_it_is_a_web_address(page, harbour_web, exit_url, expected):
    url, _ = harbour_web
    page.route(expected, lambda route: route.fulfill(body="<p>Elsewhere</p>", content_type="text/html"))
    with embedding_site(site_page(url, server=NOWHERE, exit_url=exit_url)) as site:
        Widget(page).goto(site + "/")
        with page.expect_navigation(url=expected):
            page.locator("harbour-widget .hw-dock .hw-exit").click()  # the one beside the launcher
        assert page.url == expected


def test_without_a_server_setting_it_still_shows_the_emergency_numbers(page, harbour_web):
    url, _ = harbour_web
    with embedding_site(site_page(url, title="Harbour")) as site:
        widget = Widget(page).goto(site + "/").open(greeting=False)
        widget.notice.wait_for(state="visible", timeout=5_000)
        assert "999" in widget.notice.inner_text() and "0808 2000 247" in widget.notice.inner_text()


def test_a_cross_origin_site_chats_when_allowed_and_is_refused_when_not(page, harbour_web):
    url, rasa_port = harbour_web
    fake_url = f"http://127.0.0.1:{rasa_port}"
    with embedding_site(site_page(url, server=fake_url)) as site:
        fake = FakeRasa(rasa_port, allowed_origin=site).start()
        try:
            widget = Widget(page).goto(site + "/").open()
            assert widget.say("hello", expect="ok").splitlines()[-1] == "ok"
        finally:
            fake.stop()
        fake = FakeRasa(rasa_port, allowed_origin="https://only-this.example").start()
        try:
            widget = Widget(page).goto(site + "/").open(greeting=False)
            widget.notice.wait_for(state="visible", timeout=5_000)
            assert fake.received == []
        finally:
            fake.stop()


def test_start_open_and_a_second_tag_makes_no_second_widget(page, harbour_web):
    url, rasa_port = harbour_web
    with embedding_site(site_page(url, server=f"http://127.0.0.1:{rasa_port}", open="true")) as site:
        fake = FakeRasa(rasa_port, allowed_origin=site).start()
        try:
            widget = Widget(page).goto(site + "/", ready=".hw-input")
            widget.wait_for_bot("automated helper")
            page.evaluate(
                """(src) => { const s = document.createElement("script"); s.src = src;
                              s.dataset.server = "http://127.0.0.1:9"; document.head.append(s); }""",
                url + "/widget/harbour-widget.js",
            )
            page.wait_for_timeout(500)
            assert page.locator("harbour-widget").count() == 1
            assert widget.input.is_visible()
        finally:
            fake.stop()


def test_the_embedding_site_keeps_its_own_io_global(page, harbour_web):
    url, rasa_port = harbour_web
    with embedding_site(site_page(url, server=f"http://127.0.0.1:{rasa_port}")) as site:
        fake = FakeRasa(rasa_port, allowed_origin=site).start()
        try:
            page.add_init_script("window.io = 'the site\\'s own'")
            Widget(page).goto(site + "/").open()
            assert page.evaluate("window.io") == "the site's own"
        finally:
            fake.stop()
