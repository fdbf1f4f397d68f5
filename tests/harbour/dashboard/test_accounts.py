"""Staff accounts: argon2id hashes only, generic failures, and the command line that manages them."""
import os
import subprocess
import sys

import pytest
from argon2 import PasswordHasher

from harbour.dashboard.accounts import AccountError, Accounts
from harbour.stats.store import StatsStore
from tests.conftest import ROOT
from tests.harbour.dashboard.conftest import PASSWORD, run_cli


@pytest.fixture
def accounts(tmp_path):
    store = StatsStore(f"sqlite:///{tmp_path / 'stats.sqlite3'}")
    store.create_schema()
    yield Accounts(store.engine, PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    store.close()


def test_add_verify_remove(accounts):
    accounts.add("alex", PASSWORD)
    stamp = accounts.verify("alex", PASSWORD)
    assert stamp and stamp == accounts.stamp("alex")
    assert accounts.verify("alex", PASSWORD + "x") is None
    assert accounts.verify("ALEX", PASSWORD) is None
    assert accounts.verify("nobody", PASSWORD) is None
    assert accounts.verify("bad name!", PASSWORD) is None
    assert accounts.names() == ["alex"]
    assert accounts.remove("alex") and not accounts.remove("alex")
    assert accounts.stamp("alex") is None


def test_recreating_an_account_changes_its_stamp(accounts):
    accounts.add("alex", PASSWORD)
    first = accounts.stamp("alex")
    accounts.remove("alex")
    accounts.add("alex", PASSWORD)
    assert accounts.stamp("alex") != first  # a new salt: old sessions end


@pytest.mark.parametrize(
    "name, password, message",
    [
        ("alex smith", PASSWORD, "1 to 64 letters"),
        ("", PASSWORD, "1 to 64 letters"),
        ("a" * 65, PASSWORD, "1 to 64 letters"),
        ("alex", "short", "at least 12"),
        ("alex", " " * 20, "only spaces"),
        ("alex", "x" * 2000, "at most 1024"),
    ],
)
def test_bad_names_and_passwords_are_refused(accounts, name, password, message):
    with pytest.raises(AccountError, match=message):
        accounts.add(name, password)


def test_duplicates_are_refused(accounts):
    accounts.add("alex", PASSWORD)
    with pytest.raises(AccountError, match="already exists"):
        accounts.add("alex", PASSWORD)


def test_old_hashes_are_upgraded_at_login(tmp_path):
    store = StatsStore(f"sqlite:///{tmp_path / 'stats.sqlite3'}")
    store.create_schema()
    weak = Accounts(store.engine, PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    weak.add("alex", PASSWORD)
    strong = Accounts(store.engine, PasswordHasher(time_cost=2, memory_cost=16384, parallelism=1))
    old = strong.stamp("alex")
    assert strong.verify("alex", PASSWORD) != old
    assert "m=16384,t=2" in strong._hash_of("alex")
    store.close()


def test_the_cli_adds_lists_and_removes_with_the_password_from_stdin(tmp_path):
    url = f"sqlite:///{tmp_path / 'stats.sqlite3'}"
    added = run_cli(url, "staff", "add", "alex", stdin=PASSWORD + "\n")
    assert added.returncode == 0 and "Added staff account alex" in added.stdout
    assert PASSWORD not in added.stdout + added.stderr
    held = (tmp_path / "stats.sqlite3").read_bytes()
    assert PASSWORD.encode() not in held and b"$argon2id$" in held
    assert run_cli(url, "staff", "list").stdout.split() == ["alex"]
    assert run_cli(url, "staff", "add", "alex", stdin=PASSWORD + "\n").returncode == 1
    short = run_cli(url, "staff", "add", "sam", stdin="short\n")
    assert short.returncode == 1 and "at least 12" in short.stderr
    assert run_cli(url, "staff", "remove", "alex").returncode == 0
    missing = run_cli(url, "staff", "remove", "alex")
    assert missing.returncode == 1 and "no staff account" in missing.stderr
    assert run_cli(url, "staff", "list").stdout == ""


def test_python_m_harbour_is_the_same_command(tmp_path):
    url = f"sqlite:///{tmp_path / 'stats.sqlite3'}"
    result = subprocess.run([sys.executable, "-m", "harbour", "staff", "add", "alex"], input=PASSWORD + "\n",
                            capture_output=True, text=True, timeout=120, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "HARBOUR_STATS_URL": url})
    assert result.returncode == 0, result.stderr
    assert run_cli(url, "staff", "list").stdout.split() == ["alex"]


def test_the_cli_never_prints_a_database_password(postgres):
    url = postgres.url("no_such_database")
    result = run_cli(url, "staff", "list")
    assert result.returncode == 1
    assert postgres.password not in result.stderr + result.stdout
    assert "OperationalError" in result.stderr
