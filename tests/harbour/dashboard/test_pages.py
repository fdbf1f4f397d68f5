"""What staff see, from a real dashboard process: suppressed figures, sorting, exports, bad input."""
from __future__ import annotations

import csv
import html
import io
import re
from datetime import timedelta

import pytest

from harbour.stats.store import StatsStore
from harbour.stats.suppress import shown
from harbour.stats.timezone import today_in_london
from tests.harbour.dashboard.conftest import DAYS, FORMULA_NAME, SCRIPT_NAME, TODAY

RANGE = f"start={DAYS[0].isoformat()}&end={DAYS[-1].isoformat()}"
SMALL = re.compile(r"^[1-4]$")


def cells(page: str) -> list:
    """Every table cell and total figure of a page, as text."""
    found = re.findall(r"<td[^>]*>([^<]*)</td>|<span class=\"value[^\"]*\">([^<]*)</span>", page)
    return [html.unescape(a or b) for a, b in found]


def rows(page: str) -> dict:
    """First column -> the rest, for every table row (rows of every table on the page)."""
    table_rows = re.findall(r"<tr[^>]*>\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", page, re.S)
    return {html.unescape(head): [html.unescape(c) for c in re.findall(r"<td[^>]*>([^<]*)</td>", rest)]
            for head, rest in table_rows}


def tables(page: str) -> dict:
    """Caption -> rows, for every table on the page."""
    found = re.findall(r"<caption>(.*?)</caption>(.*?)</table>", page, re.S)
    return {html.unescape(caption): rows(body) for caption, body in found}


@pytest.mark.parametrize("path", ["/", "/intents", "/outcomes", "/channels"])
def test_every_page_shows_small_counts_as_under_5_and_never_1_to_4(staff, path):
    page = staff.get(f"{path}?{RANGE}")
    assert page.status_code == 200
    figures = cells(page.text)
    assert figures, "the page shows no figures"
    assert "<5" in figures
    assert not [f for f in figures if SMALL.match(f)]
    assert all(f == "<5" or (f.isdigit() and int(f) % 5 == 0) for f in figures), figures


def test_overview_totals_are_banded_from_the_true_totals(staff):
    page = staff.get(f"/?{RANGE}").text
    table = rows(page)
    # messages: 12+9+2+3+4+27+1 (+6+11 under odd labels) = 75; per day 15+6+... banded
    assert table["Total"][0] == shown(75) == "75"
    assert table[DAYS[0].isoformat()][0] == shown(12 + 3) == "15"
    assert table[DAYS[2].isoformat()][0] == shown(2 + 4 + 1) == "5"
    assert table["Total"][1] == shown(14) == "10"  # conversations started
    assert table["Total"][2] == shown(7) == "5"  # danger responses: 3 + 4, each day hidden
    assert table[DAYS[0].isoformat()][2] == "<5"


def test_overview_chart_never_carries_a_hidden_number(staff):
    page = staff.get(f"/?{RANGE}").text
    data = re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', page, re.S).group(1)
    assert re.findall(r"\b[1-4]\b", re.sub(r"\d{4}-\d{2}-\d{2}", "", data)) == []
    assert "null" in data


def test_intents_sort_by_published_count_then_name_both_ways(staff):
    def order(query):
        return [name for name in rows(staff.get(f"/intents?{RANGE}&{query}").text)]

    by_count = order("sort=count&order=desc")
    assert by_count[:2] == ["greet", "ask_clares_law"]  # 28 -> 25, 23 -> 20
    assert by_count[-1] == "old_intent"  # only outside this range: hidden, still listed
    assert order("sort=count&order=asc")[0] in ("danger_now", "old_intent")
    by_name = order("sort=name&order=asc")
    assert by_name == sorted(by_name)
    assert order("sort=name&order=desc") == sorted(by_name, reverse=True)


def test_rows_do_not_depend_on_the_date_range(staff):
    """Which intents, services or channels are listed never says whether anyone asked in that range."""
    early = f"start={(TODAY - timedelta(days=400)).isoformat()}&end={(TODAY - timedelta(days=390)).isoformat()}"
    for path in ("/intents", "/outcomes", "/channels"):
        now, then = staff.get(f"{path}?{RANGE}").text, staff.get(f"{path}?{early}").text
        assert {c: set(r) for c, r in tables(now).items()} == {c: set(r) for c, r in tables(then).items()}
        assert set(cells(then)) == {"<5"}


def test_outcomes_list_every_service_and_nation(staff, dashboard):
    from harbour.services import load_directory

    page = tables(staff.get(f"/outcomes?{RANGE}").text)
    handoffs = page["Handoffs offered, by service"]
    assert set(handoffs) == {service.name for service in load_directory().services}
    assert handoffs["National Domestic Abuse Helpline"] == ["5"]  # 7 handoffs
    assert page["Helplines given, by service"]["Galop (National LGBT+ Domestic Abuse Helpline)"] == ["<5"]  # 2
    nations = page["Clare's Law guide completed, by nation"]
    assert nations == {"England": ["<5"], "Wales": ["<5"], "Scotland": ["5"], "Northern Ireland": ["<5"]}
    assert page["Safety and understanding"]["Danger response shown (999 and the Silent Solution)"] == ["5"]


def test_channels_page_names_each_channel(staff):
    table = rows(staff.get(f"/channels?{RANGE}").text)
    assert set(table) == {"REST API", "Telegram", "Web widget"}
    assert table["REST API"][0] == shown(12 + 9 + 3 + 27 + 1 + 6 + 11)


@pytest.mark.parametrize("page", ["overview", "intents", "outcomes", "channels"])
def test_csv_export_is_exactly_what_the_page_shows(staff, page):
    path = "/" if page == "overview" else f"/{page}"
    shown_rows = rows(staff.get(f"{path}?{RANGE}").text)
    reply = staff.get(f"/export/{page}.csv?{RANGE}")
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/csv")
    assert reply.headers["content-disposition"] == (
        f'attachment; filename="harbour-{page}-{DAYS[0].isoformat()}-to-{DAYS[-1].isoformat()}.csv"'
    )
    table = list(csv.reader(io.StringIO(reply.text)))
    exported = {row[0].lstrip("'"): row[1:] for row in table if len(row) > 1}
    for name, values in shown_rows.items():
        assert exported[name] == values
    figures = [cell for row in table[1:] if len(row) > 1 for cell in row[1:]]
    assert not [f for f in figures if SMALL.match(f)]


def test_labels_from_the_database_are_escaped_on_pages_and_defused_in_csv(staff):
    page = staff.get(f"/intents?{RANGE}").text
    assert SCRIPT_NAME not in page
    assert html.escape(SCRIPT_NAME, quote=True) in page or "&lt;script&gt;" in page
    exported = staff.get(f"/export/intents.csv?{RANGE}").text
    table = list(csv.reader(io.StringIO(exported)))
    names = [row[0] for row in table if len(row) == 2]
    assert "'" + FORMULA_NAME in names  # a spreadsheet shows it as text, never runs it
    assert FORMULA_NAME not in names


HOSTILE = [
    ("start", "2026-01-01' OR '1'='1"),
    ("end", "2026-01-01; DROP TABLE harbour_stats_counts; --"),
    ("start", "<script>alert(1)</script>"),
    ("end", "2026-02-30"),
    ("start", "2026-13-01"),
    ("sort", "count; DROP TABLE harbour_stats_counts"),
    ("order", "desc UNION SELECT password_hash FROM harbour_staff"),
    ("sort", "<img src=x onerror=alert(1)>"),
]


@pytest.mark.parametrize("name, value", HOSTILE)
def test_sql_and_script_in_query_parameters_get_a_clear_400_and_change_nothing(staff, dashboard, name, value):
    before = StatsStore(dashboard.stats_url).all_counts()
    for path in ("/intents", "/export/intents.csv"):
        reply = staff.get(path, params={name: value})
        assert reply.status_code == 400
        assert re.search(r"date must look like|not a real date|Sort by count or name", reply.text)
        assert "<script>alert" not in reply.text and "<img src=x" not in reply.text
        assert "Traceback" not in reply.text and "sqlalchemy" not in reply.text.lower()
    assert StatsStore(dashboard.stats_url).all_counts() == before
    assert staff.get(f"/intents?{RANGE}").status_code == 200


@pytest.mark.parametrize(
    "query, message",
    [
        ("start=2026-03-10&end=2026-03-01", "start date must be on or before"),
        ("start=2000-01-01&end=2026-03-01", "at most 404 days"),
        ("start=1999-12-01&end=1999-12-31", "between 2000 and next year"),
        ("end=0001-01-01", "between 2000 and next year"),  # the probe: OverflowError shown as a 503
        ("start=0001-01-01", "between 2000 and next year"),
        ("start=0001-01-01&end=0001-01-02", "between 2000 and next year"),
        ("end=9999-12-31", "between 2000 and next year"),
    ],
)
def test_impossible_ranges_are_explained(staff, query, message):
    reply = staff.get(f"/?{query}")
    assert reply.status_code == 400 and message in reply.text
    assert 'name="start"' in reply.text  # the form is still there to fix it
    export = staff.get(f"/export/intents.csv?{query}")
    assert export.status_code == 400 and message in export.text


def test_the_default_range_is_the_last_30_days(staff):
    page = staff.get("/").text
    today = today_in_london()  # (not the module's TODAY: a run that crosses midnight renders the next day)
    assert f'value="{(today - timedelta(days=29)).isoformat()}"' in page
    assert f'value="{today.isoformat()}"' in page
