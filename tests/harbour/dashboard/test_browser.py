"""The dashboard in real headless Chromium: log in, charts drawn, a date range, a CSV download.

Every request the browser makes is recorded: none may leave the dashboard's origin, and the
console must stay free of errors (a Content-Security-Policy violation would show there).
axe-core finds no serious or critical accessibility problem. Screenshots go to artifacts/ (gitignored).
"""
from __future__ import annotations

import csv
import io
import re
from urllib.parse import urlsplit

import pytest

from tests.conftest import ROOT
from tests.harbour.dashboard.conftest import DAYS, PASSWORD

ARTIFACTS = ROOT / "artifacts"
SMALL = re.compile(r"^[1-4]$")


def drawn_pixels(page) -> int:
    """How many pixels of the chart's canvas are not transparent."""
    return page.evaluate(
        """() => {
            const canvas = document.getElementById("chart");
            const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
            let drawn = 0;
            for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) drawn++; }
            return drawn;
        }"""
    )


def accessibility_problems(page) -> list:
    """Serious or critical axe-core findings on the current page (axe runs through DevTools, not CSP)."""
    page.evaluate((ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8"))
    found = page.evaluate("async () => (await axe.run(document)).violations"
                          ".filter(v => ['serious', 'critical'].includes(v.impact))"
                          ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))")
    return found


def figures(page) -> list:
    """Every count on the page as the person sees it."""
    return [text.strip() for text in page.locator("td, .totals .value").all_inner_texts()]


@pytest.mark.timeout(240)
def test_staff_log_in_see_charts_filter_a_range_and_download_the_csv(dashboard, page):
    ARTIFACTS.mkdir(exist_ok=True)
    origin = urlsplit(dashboard.url)
    requests, problems = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))

    page.goto(dashboard.url + "/")
    assert urlsplit(page.url).path == "/login"
    assert accessibility_problems(page) == []
    page.fill("input[name=name]", "alex")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_url(re.compile(r"/\?|/$"))
    page.wait_for_selector("body[data-chart=ready]", timeout=30_000)
    assert drawn_pixels(page) > 1000, "the trend chart drew nothing"
    page.screenshot(path=str(ARTIFACTS / "dashboard-overview.png"), full_page=True)
    assert accessibility_problems(page) == []

    # A date range: the last two seeded days.
    page.fill("input[name=start]", DAYS[1].isoformat())
    page.fill("input[name=end]", DAYS[2].isoformat())
    page.click("form.range button[type=submit]")
    page.wait_for_url(re.compile(rf"start={DAYS[1].isoformat()}&end={DAYS[2].isoformat()}"))
    page.wait_for_selector("body[data-chart=ready]", timeout=30_000)
    days = page.locator("table tbody th[scope=row]").all_inner_texts()
    assert days == [DAYS[1].isoformat(), DAYS[2].isoformat(), "Total"]
    shown = figures(page)
    assert "<5" in shown and not [f for f in shown if SMALL.match(f)]
    table_rows = [
        [cell.strip() for cell in row.locator("th, td").all_inner_texts()]
        for row in page.locator("table tbody tr").all()
    ]

    with page.expect_download() as download_info:
        page.click("text=Download this as CSV")
    download = download_info.value
    assert download.suggested_filename == f"harbour-overview-{DAYS[1].isoformat()}-to-{DAYS[2].isoformat()}.csv"
    saved = ARTIFACTS / download.suggested_filename
    download.save_as(str(saved))
    exported = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8"))))
    for row in table_rows:
        assert row in exported, row
    assert not [cell for line in exported[1:] for cell in line[1:] if SMALL.match(cell)]

    # The intents page: a bar chart and a table sorted by clicking its heading.
    page.click("nav >> text=Intents")
    page.wait_for_selector("body[data-chart=ready]", timeout=30_000)
    assert drawn_pixels(page) > 500
    page.click("thead >> text=Intent")
    page.wait_for_url(re.compile(r"sort=name&order=asc"))
    names = page.locator("table tbody th[scope=row]").all_inner_texts()
    assert names == sorted(names)
    assert "<script>alert('x')</script>" in names  # shown as text, never run
    page.screenshot(path=str(ARTIFACTS / "dashboard-intents.png"), full_page=True)
    assert accessibility_problems(page) == []
    assert not [f for f in figures(page) if SMALL.match(f)]

    for path in ("/outcomes", "/channels"):
        page.click(f"nav a[href^='{path}']")
        page.wait_for_url(re.compile(path))
        shown = figures(page)
        assert shown and "<5" in shown and not [f for f in shown if SMALL.match(f)]
        assert accessibility_problems(page) == []

    page.click("form.logout button")
    page.wait_for_url(re.compile(r"/login$"))
    page.goto(dashboard.url + "/intents")
    assert urlsplit(page.url).path == "/login"

    outside = [url for url in requests if urlsplit(url).netloc != origin.netloc or urlsplit(url).scheme != origin.scheme]
    assert requests and not outside, f"requests left the dashboard's origin: {outside}"
    assert any(url.endswith("/vendor/chart.umd.min.js") for url in requests)
    assert not problems, problems
