"""The dashboard in Welsh (issue 15), from a real dashboard process: the header link or ``?lang=``
picks the language for the browser session, every page's words follow it, the login page too,
and the figures and the CSV exports stay exactly the same.

The Welsh is read from harbour/content/cy.yml through harbour.language.welsh(), as in production;
scripts/welsh.py lists the dashboard's keys (``--missing`` shows any without Welsh).
"""
from __future__ import annotations

import html
import json
import re

import pytest

from harbour.dashboard.auth import LOGIN_FAILED
from harbour.dashboard.i18n import choose, cookie_name, translator
from harbour.language import say, welsh
from scripts.welsh import dashboard_phrases
from tests.harbour.dashboard.conftest import DAYS, PASSWORD, csrf_of, login
from tests.harbour.dashboard.test_pages import RANGE, cells, tables

PAGES = {"/": "Overview", "/intents": "Intents", "/outcomes": "Outcomes", "/channels": "Channels"}
EXPORTS = ["overview", "intents", "outcomes", "channels"]
SWITCH = re.compile(r'<p class="language"><a href="([^"]+)" lang="([^"]+)" hreflang="[^"]+">([^<]+)</a></p>')


def html_lang(page: str) -> str:
    return re.search(r'<html lang="([^"]+)">', page).group(1)


def heading(page: str) -> str:
    return html.unescape(re.search(r"<h1>(.*?)</h1>", page, re.S).group(1))


def switch(page: str) -> tuple:
    """The header link to the other language: (href, lang, text)."""
    found = SWITCH.search(page)
    assert found, "no language link in the header"
    href, lang, text = found.groups()
    return html.unescape(href), lang, text


def words(page: str) -> list:
    """Every piece of text a person reads (not the link to the other language, named in itself)."""
    page = SWITCH.sub("", re.sub(r"<script.*?</script>", "", page, flags=re.S))
    found = [html.unescape(piece).strip() for piece in re.split(r"<[^>]+>", page)]
    return [piece for piece in found if piece]


def chart_data(page: str) -> list:
    """The figures the chart draws (its labels are words, so left out)."""
    block = re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', page, re.S)
    return [series["data"] for series in json.loads(block.group(1))["series"]] if block else []


def language_cookies(reply) -> list:
    return [c for c in reply.headers.get_list("set-cookie") if c.startswith(cookie_name(False) + "=")]


def test_every_word_the_dashboard_shows_has_welsh():
    missing = sorted(p for p in dashboard_phrases() if not welsh().phrases.get(p))
    assert not missing, f"{len(missing)} dashboard phrases without Welsh, e.g. {missing[:3]} (scripts/welsh.py --missing)"


@pytest.mark.parametrize("path", sorted(PAGES))
def test_each_page_switches_to_welsh_keeps_it_and_switches_back(staff, path):
    title = PAGES[path]
    english = staff.get(f"{path}?{RANGE}").text
    assert html_lang(english) == "en-GB" and heading(english) == title
    href, lang, text = switch(english)
    assert (lang, text) == ("cy", "Cymraeg") and "lang=cy" in href

    cymraeg = staff.get(href).text  # the header link
    assert html_lang(cymraeg) == "cy"
    assert heading(cymraeg) == say("cy", title) != title
    assert f"<title>{say('cy', title)} · {say('cy', 'Harbour statistics')}</title>" in html.unescape(cymraeg)
    assert switch(cymraeg)[1:] == ("en-GB", "English")
    kept = staff.get(f"{path}?{RANGE}").text  # no ?lang: the browser session keeps Welsh
    assert html_lang(kept) == "cy" and heading(kept) == say("cy", title)

    back = staff.get(switch(kept)[0]).text
    assert html_lang(back) == "en-GB" and heading(back) == title
    assert heading(staff.get(f"{path}?{RANGE}").text) == title


def test_the_language_link_keeps_the_dates_and_the_sort(staff):
    page = staff.get(f"/intents?{RANGE}&sort=name&order=desc").text
    href = switch(page)[0]
    assert href.startswith("/intents?") and RANGE in href and "sort=name&order=desc" in href
    cymraeg = staff.get(href).text
    assert html_lang(cymraeg) == "cy"
    assert f'value="{DAYS[0].isoformat()}"' in cymraeg and heading(cymraeg) == say("cy", "Intents")


def test_the_login_page_follows_the_choice_and_so_do_its_errors(dashboard):
    with dashboard.client() as client:
        page = client.get("/login?lang=cy").text
        assert html_lang(page) == "cy" and heading(page) == say("cy", "Sign in") != "Sign in"
        assert "<code>make staff NAME=...</code>" in page  # markup inside a translated sentence
        refused = login(client, "alex", "not the password at all")
        assert refused.status_code == 401
        assert say("cy", LOGIN_FAILED) in html.unescape(refused.text) and html_lang(refused.text) == "cy"
        assert login(client).status_code == 303
        assert html_lang(client.get("/").text) == "cy"  # kept through signing in
        out = client.post("/logout", data={"csrf": csrf_of(client.get("/").text)})
        assert out.status_code == 303 and out.headers["location"] == "/login"
        assert heading(client.get("/login").text) == say("cy", "Sign in")  # and signing out
        english = client.get(switch(client.get("/login").text)[0]).text
        assert html_lang(english) == "en-GB" and heading(english) == "Sign in"


def test_a_welsh_link_opened_before_signing_in_shows_the_login_page_in_welsh(dashboard):
    with dashboard.client() as client:
        reply = client.get(f"/intents?{RANGE}&lang=cy")
        assert reply.status_code == 303 and reply.headers["location"].startswith("/login?next=")
        page = client.get(reply.headers["location"]).text
        assert html_lang(page) == "cy" and heading(page) == say("cy", "Sign in")
        assert client.post("/login", data={"csrf": csrf_of(page), "name": "alex", "password": PASSWORD,
                                           "next": f"/intents?{RANGE}"}).status_code == 303
        assert heading(client.get(f"/intents?{RANGE}").text) == say("cy", "Intents")


@pytest.mark.parametrize("value", ["fr", "CY", "Cymraeg", "en-GB", "", "cy,en", "cy'><script>alert(1)</script>"])
def test_a_lang_value_other_than_en_or_cy_is_ignored(staff, value):
    reply = staff.get("/", params={"lang": value})
    assert reply.status_code == 200 and html_lang(reply.text) == "en-GB" and heading(reply.text) == "Overview"
    assert language_cookies(reply) == [] and "<script>alert" not in reply.text
    staff.get("/?lang=cy")
    reply = staff.get("/", params={"lang": value})
    assert html_lang(reply.text) == "cy" and language_cookies(reply) == []  # the choice stands


def test_the_language_cookie_holds_only_the_language_and_is_httponly_strict_and_session_long(dashboard):
    with dashboard.client() as client:
        assert language_cookies(client.get("/login")) == []  # nothing set until someone chooses
        cookie, = language_cookies(client.get("/login?lang=cy"))
        assert cookie.split(";")[0] == "harbour_lang=cy"
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
        assert "Max-Age" not in cookie and "expires" not in cookie.lower() and "Secure" not in cookie  # loopback
        assert language_cookies(client.get("/login?lang=cy")) == []  # unchanged: not set again
    assert cookie_name(True) == "__Host-harbour_lang"  # Secure, host-only, Path=/ off loopback


@pytest.mark.parametrize("path", sorted(PAGES))
def test_the_figures_are_the_same_in_both_languages(staff, path):
    english = staff.get(f"{path}?{RANGE}&lang=en").text
    cymraeg = staff.get(f"{path}?{RANGE}&lang=cy").text
    assert cells(cymraeg) == cells(english) and "<5" in cells(cymraeg)
    assert chart_data(cymraeg) == chart_data(english)
    shape = [[(len(row),) for row in rows.values()] for rows in tables(english).values()]
    assert [[(len(row),) for row in rows.values()] for rows in tables(cymraeg).values()] == shape
    assert list(tables(cymraeg)) != list(tables(english))  # the captions are Welsh


@pytest.mark.parametrize("path", sorted(PAGES) + ["/login"])
def test_no_english_dashboard_words_are_left_on_a_welsh_page(staff, path):
    translated = {p for p in dashboard_phrases() if say("cy", p) != p}
    page = staff.get(f"{path}?{RANGE}&lang=cy").text
    assert [piece for piece in words(page) if piece in translated] == []


@pytest.mark.parametrize("page", EXPORTS)
def test_csv_exports_are_the_same_whatever_the_language(staff, page):
    english = staff.get(f"/export/{page}.csv?{RANGE}")
    staff.get("/?lang=cy")
    chosen = staff.get(f"/export/{page}.csv?{RANGE}")
    asked = staff.get(f"/export/{page}.csv?{RANGE}&lang=cy")
    assert english.status_code == chosen.status_code == asked.status_code == 200
    assert english.text == chosen.text == asked.text
    assert english.headers["content-disposition"] == chosen.headers["content-disposition"]


def test_bad_input_is_explained_in_welsh_on_pages_and_exports(staff):
    staff.get("/?lang=cy")
    reply = staff.get("/?start=31-03-2026")
    assert reply.status_code == 400 and html_lang(reply.text) == "cy"
    assert say("cy", "The start date must look like 2026-03-31.") in html.unescape(reply.text)
    too_long = staff.get("/export/intents.csv?start=2000-01-01&end=2026-03-01")
    assert too_long.status_code == 400
    assert too_long.text == say("cy", "Choose a range of at most {days} days.").format(days=404)


def test_the_language_is_chosen_from_the_two_allowed_values_only():
    assert choose("cy", "en") == "cy" and choose(None, "cy") == "cy" and choose("fr", "cy") == "cy"
    assert choose(None, None) == choose("xx", "yy") == choose(["cy"], 1) == "en"


def test_translated_sentences_escape_what_is_put_into_them():
    t = translator("en")
    assert t("Signed in as {name}", name="<b>x</b>") == "Signed in as &lt;b&gt;x&lt;/b&gt;"
    assert t("Gaps are counts under {k}, which are never drawn.", k=5).startswith("Gaps are counts under 5")
    assert t("Counts per day (UK time) only. Counts under {k} are shown as <{k}; all others are rounded down "
             "to a multiple of {k} ({k} means {k} to {top}).", k=5, top=9).count("&lt;5") == 1


def test_a_page_that_does_not_exist_is_explained_in_the_chosen_language(staff):
    staff.get("/?lang=cy")
    for path, status in (("/no-such-page", 404), ("/logout", 405), ("/static/nope.css", 404)):
        reply = staff.get(path)
        assert reply.status_code == status, path
        expected = "Not found." if path.startswith("/static/") else "There is no page at this address."
        assert reply.text == say("cy", expected) and "Traceback" not in reply.text
        assert reply.headers["x-frame-options"] == "DENY"  # the security headers, as on every page
