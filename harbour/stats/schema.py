"""The statistics database: two tables and how to open it (SQLAlchemy 1.4 Core).

``harbour_stats_counts`` holds only counts: one row per (day, channel, kind, name). No
column can hold a sender id, a time finer than a day or anything a person typed: names
are intent, action-outcome, service and nation labels checked against a short pattern
before they are written. ``harbour_staff`` holds the dashboard's staff accounts (name
and argon2id hash) and has no link to any conversation.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import make_url

DB_TIMEOUT_SECONDS = 5
LABEL = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")
"""What a channel, kind or name must look like before it is written."""

metadata = sa.MetaData()

counts = sa.Table(
    "harbour_stats_counts",
    metadata,
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("name", sa.String(64), nullable=False),
    sa.Column("count", sa.BigInteger, nullable=False),
    sa.PrimaryKeyConstraint("day", "channel", "kind", "name", name="harbour_stats_counts_key"),
)

staff = sa.Table(
    "harbour_staff",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("created_on", sa.Date, nullable=False),
)


def create_engine(url: str, timeout: float = DB_TIMEOUT_SECONDS) -> Engine:
    """An engine that gives up after ``timeout`` seconds instead of waiting on a stuck database.

    SQLite: the file and its folder are created owner-only, in WAL mode so the dashboard
    reads while the Rasa server writes. PostgreSQL: connect, statement and lock timeouts,
    a small pool and a ping before each use, so a restarted server is picked up again.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        _prepare_sqlite_file(Path(parsed.database))
        engine = sa.create_engine(
            parsed, connect_args={"timeout": timeout, "check_same_thread": False}, future=True
        )
        sa.event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    milliseconds = int(timeout * 1000)
    return sa.create_engine(
        parsed,
        future=True,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=2,
        pool_timeout=timeout,
        connect_args={
            "connect_timeout": max(1, int(timeout)),
            "options": f"-c statement_timeout={milliseconds} -c lock_timeout={milliseconds}",
            "application_name": "harbour-stats",
        },
    )


def create_schema(engine: Engine) -> None:
    """Creates the tables that are missing (safe to run from several processes)."""
    try:
        metadata.create_all(engine)
    except sa.exc.IntegrityError:  # another process created them at the same moment
        metadata.create_all(engine)
    except sa.exc.ProgrammingError:
        metadata.create_all(engine)


def where(engine: Engine) -> str:
    """The database's location for messages, never its password."""
    return engine.url.render_as_string(hide_password=True)


def _prepare_sqlite_file(path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def _sqlite_on_connect(connection, _record) -> None:  # noqa: ANN001 - DBAPI objects
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode")
        if str(cursor.fetchone()[0]).lower() != "wal":  # set once; it stays in the file
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
