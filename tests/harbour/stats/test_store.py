"""The same store tests on a SQLite file and on a real PostgreSQL server."""
import threading
from datetime import date

import pytest
import sqlalchemy as sa

from harbour.stats.store import CountKey, StatsStore, retention_cutoff

DAY = date(2026, 3, 14)


def key(name="greet", day=DAY, channel="rest", kind="intent"):
    return CountKey(day, channel, kind, name)


def test_adding_the_same_row_twice_increments_it(store):
    store.add({key(): 2, key("affirm"): 1})
    store.add({key(): 3})
    assert store.all_counts() == {key(): 5, key("affirm"): 1}


def test_rows_differ_by_day_channel_kind_and_name(store):
    rows = {
        key(): 1,
        key(day=date(2026, 3, 15)): 2,
        key(channel="telegram"): 3,
        key("danger_response", kind="outcome"): 4,
    }
    store.add(rows)
    assert store.all_counts() == rows


def test_concurrent_writers_never_lose_an_increment(store, stats_url):
    """Several Rasa replicas add to the same row at once: the upsert is atomic."""
    others = [StatsStore(stats_url) for _ in range(3)]

    def write(target: StatsStore) -> None:
        for _ in range(20):
            target.add({key(): 1})

    threads = [threading.Thread(target=write, args=(other,)) for other in others]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for other in others:
        other.close()
    assert store.all_counts() == {key(): 60}


def test_labels_that_are_not_plain_are_never_written(store, caplog):
    written = store.add(
        {
            key("greet"): 1,
            key("he's outside'); DROP TABLE harbour_stats_counts; --"): 1,
            key("x" * 65): 1,
            key(channel="a" * 33): 1,
            key(kind="<script>"): 1,
        }
    )
    assert written == 1
    assert store.all_counts() == {key("greet"): 1}
    assert "4 counts had labels that cannot be stored" in caplog.text


def test_sums_group_by_the_columns_asked_and_filter_by_range_and_kind(store):
    store.add(
        {
            key("greet", date(2026, 3, 1)): 2,
            key("greet", date(2026, 3, 2), "telegram"): 3,
            key("affirm", date(2026, 3, 2)): 4,
            key("danger_response", date(2026, 3, 2), kind="outcome"): 5,
            key("greet", date(2026, 4, 1)): 100,
        }
    )
    start, end = date(2026, 3, 1), date(2026, 3, 31)
    assert sorted(store.sums(start, end, ("name",), ["intent"])) == [("affirm", 4), ("greet", 5)]
    assert sorted(store.sums(start, end, ("day", "channel"))) == [
        (date(2026, 3, 1), "rest", 2),
        (date(2026, 3, 2), "rest", 9),
        (date(2026, 3, 2), "telegram", 3),
    ]
    assert store.sums(start, end, ()) == [(14,)]
    with pytest.raises(ValueError):
        store.sums(start, end, ("count; DROP TABLE harbour_stats_counts",))


def test_labels_lists_every_name_and_channel_held(store):
    store.add({key("greet"): 1, key("affirm", channel="telegram"): 1, key("ndah", kind="handoff"): 1})
    assert store.labels("name", "intent") == ["affirm", "greet"]
    assert store.labels("channel") == ["rest", "telegram"]


def test_purge_removes_only_days_before_the_cutoff(store):
    store.add({key(day=date(2025, 2, 13)): 1, key(day=date(2025, 2, 14)): 2, key(day=DAY): 3})
    assert store.purge(retention_cutoff(DAY, 13)) == 1
    assert store.all_counts() == {key(day=date(2025, 2, 14)): 2, key(day=DAY): 3}


@pytest.mark.parametrize(
    "today, months, cutoff",
    [
        (date(2026, 3, 14), 13, date(2025, 2, 14)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),  # clamped to the shorter month
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2026, 1, 15), 1, date(2025, 12, 15)),
        (date(2026, 1, 15), 25, date(2023, 12, 15)),
    ],
)
def test_retention_cutoff(today, months, cutoff):
    assert retention_cutoff(today, months) == cutoff


def test_creating_the_schema_twice_is_harmless_and_only_counts_and_staff_exist(store):
    store.create_schema()
    tables = set(sa.inspect(store.engine).get_table_names())
    assert tables == {"harbour_stats_counts", "harbour_staff"}
    columns = {column["name"] for column in sa.inspect(store.engine).get_columns("harbour_stats_counts")}
    assert columns == {"day", "channel", "kind", "name", "count"}  # no sender, no text, no time


def test_where_never_shows_the_password(postgres):
    opened = StatsStore(postgres.url())
    try:
        assert postgres.password not in opened.where()
        assert "***" in opened.where()
    finally:
        opened.close()


def test_sqlite_file_and_folder_are_owner_only(tmp_path):
    path = tmp_path / "new" / "stats.sqlite3"
    opened = StatsStore(f"sqlite:///{path}")
    opened.create_schema()
    opened.close()
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
