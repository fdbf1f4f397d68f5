"""Page contents straight from the store: suppression everywhere, input checked before any query."""
from datetime import date

import pytest

from harbour.dashboard import reports
from harbour.dashboard.export import safe_cell, to_csv
from harbour.stats.store import CountKey, StatsStore

DAY = date(2026, 3, 2)
PERIOD = reports.DateRange(date(2026, 3, 1), date(2026, 3, 3))


@pytest.fixture
def store(tmp_path):
    opened = StatsStore(f"sqlite:///{tmp_path / 'stats.sqlite3'}")
    opened.create_schema()
    opened.add({
        CountKey(DAY, "rest", "intent", "greet"): 23,
        CountKey(DAY, "rest", "intent", "affirm"): 3,
        CountKey(DAY, "telegram", "intent", "greet"): 4,
        CountKey(DAY, "rest", "outcome", "danger_response"): 2,
        CountKey(date(2025, 1, 1), "rest", "intent", "deny"): 40,
    })
    yield opened
    opened.close()


def all_cells(report):
    return [cell for table in report.tables for row in table.rows for cell in row[1:]]


def test_overview_has_a_row_per_day_and_a_banded_total(store):
    report = reports.overview(store, PERIOD, 5)
    table = report.tables[0]
    assert [row[0] for row in table.rows] == ["2026-03-01", "2026-03-02", "2026-03-03", "Total"]
    assert table.rows[1][1] == "30"  # 23 + 3 + 4
    assert table.rows[0][1] == "<5"  # nobody: zero is hidden too
    assert report.chart["series"][0]["data"] == [None, 30, None]
    assert dict(report.totals)["Danger responses"] == "<5"


def test_intents_list_every_intent_ever_counted(store):
    report = reports.intents(store, PERIOD, 5, "count", "desc")
    assert [row for row in report.tables[0].rows] == [["greet", "25"], ["affirm", "<5"], ["deny", "<5"]]
    assert report.chart["series"][0]["data"] == [25, None, None]


def test_a_larger_k_hides_more(store):
    assert all_cells(reports.intents(store, PERIOD, 30, "count", "desc")) == ["<30", "<30", "<30"]


def test_channels(store):
    table = reports.channels(store, PERIOD, 5).tables[0]
    assert [row[:2] for row in table.rows] == [["REST API", "25"], ["Telegram", "<5"]]


@pytest.mark.parametrize(
    "args, message",
    [
        ({"start": "2026/03/01"}, "must look like"),
        ({"end": "tomorrow"}, "must look like"),
        ({"start": "2026-02-29"}, "not a real date"),
        ({"start": "2026-03-05", "end": "2026-03-01"}, "on or before"),
        ({"start": "2025-01-01", "end": "2026-03-01"}, "at most 404 days"),
        ({"start": "1999-01-01", "end": "1999-01-02"}, "between 2000"),
    ],
)
def test_bad_ranges(args, message):
    with pytest.raises(reports.InputError, match=message):
        reports.parse_range(args, date(2026, 3, 31), 404, 30)


def test_default_and_one_sided_ranges():
    today = date(2026, 3, 31)
    assert reports.parse_range({}, today, 404, 30) == reports.DateRange(date(2026, 3, 2), today)
    assert reports.parse_range({"end": "2026-02-28"}, today, 404, 30).start == date(2026, 1, 30)
    assert reports.parse_range({"start": "2026-03-30"}, today, 404, 30).end == today


@pytest.mark.parametrize("args", [{"sort": "count'--"}, {"order": "up"}, {"sort": "day"}])
def test_sort_accepts_only_listed_values(args):
    with pytest.raises(reports.InputError):
        reports.parse_sort(args)


def test_csv_cells_that_could_be_formulas_are_defused():
    for dangerous in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"):
        assert safe_cell(dangerous).startswith("'")
    assert safe_cell("<5") == "<5" and safe_cell("25") == "25"


def test_csv_says_how_figures_are_published(store):
    text = to_csv("Intents", PERIOD, reports.intents(store, PERIOD, 5, "name", "asc"), 5)
    first = text.splitlines()[0]
    assert "2026-03-01 to 2026-03-03" in first and "<5" in first and "5 means 5 to 9" in first
