"""Staff accounts for the dashboard, from the command line.

    python -m harbour.dashboard.cli staff add NAME      # password from stdin (asked twice on a terminal)
    python -m harbour.dashboard.cli staff remove NAME
    python -m harbour.dashboard.cli staff list
    make staff NAME=alex                                 # the same as "staff add"

Accounts live in the statistics database named in endpoints.yml (or HARBOUR_STATS_URL).
A password is never accepted as an argument, where it would be seen in the process list
and shell history.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from typing import List, Optional, TextIO

from harbour.dashboard.accounts import AccountError, Accounts, check_name, check_password
from harbour.stats.settings import StatsConfigError, StatsSettings
from harbour.stats.store import StatsStore


def read_password(stdin: TextIO) -> str:
    """The new password: typed twice, hidden, on a terminal; else the first line of stdin."""
    if stdin.isatty():
        first = getpass.getpass("Password (at least 12 characters): ")
        second = getpass.getpass("Same password again: ")
        if first != second:
            raise AccountError("The two passwords were different; nothing was changed.")
        return first
    line = stdin.readline()
    return line[:-1] if line.endswith("\n") else line


def run(argv: List[str], stdin: TextIO, stdout: TextIO) -> int:
    """Runs one command; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m harbour.dashboard.cli", description=__doc__.splitlines()[0])
    parser.add_argument("--endpoints", default="endpoints.yml", help="where the stats database is configured")
    area = parser.add_subparsers(dest="area", required=True)
    staff = area.add_parser("staff", help="staff accounts").add_subparsers(dest="command", required=True)
    staff.add_parser("add", help="add an account (password from stdin)").add_argument("name")
    staff.add_parser("remove", help="remove an account").add_argument("name")
    staff.add_parser("list", help="list account names")
    args = parser.parse_args(argv)

    try:
        store = StatsStore(StatsSettings.from_endpoints(args.endpoints).url)
    except StatsConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        store.create_schema()
        accounts = Accounts(store.engine)
        if args.command == "add":
            check_name(args.name)
            password = read_password(stdin)
            check_password(password)
            accounts.add(args.name, password)
            print(f"Added staff account {args.name}.", file=stdout)
        elif args.command == "remove":
            if not accounts.remove(args.name):
                print(f"error: there is no staff account called {args.name!r}.", file=sys.stderr)
                return 1
            print(f"Removed staff account {args.name}; its sessions end on their next request.", file=stdout)
        else:
            for name in accounts.names():
                print(name, file=stdout)
        return 0
    except AccountError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - say what kind, never a URL with a password
        print(f"error: the statistics database at {store.where()} failed ({type(error).__name__}).", file=sys.stderr)
        return 1
    finally:
        store.close()


def main(argv: Optional[List[str]] = None) -> int:
    """Entry point for ``python -m harbour.dashboard.cli``."""
    return run(sys.argv[1:] if argv is None else argv, sys.stdin, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
