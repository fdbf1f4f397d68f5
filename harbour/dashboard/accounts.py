"""Staff accounts: a name and an argon2id hash in the stats database, nothing else.

Passwords are hashed with argon2-cffi's defaults (argon2id, 64 MiB, 3 passes, RFC 9106's
low-memory profile) and re-hashed on login when those defaults change. Checking a name
that doesn't exist still runs one argon2 verification against a dummy hash, so the time
taken says nothing about which names exist. These calls block (argon2 is deliberately
slow); the dashboard runs them in a worker thread.
"""
from __future__ import annotations

import hashlib
import re
import secrets
from datetime import date
from typing import List, Optional

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.engine import Engine

from harbour.stats.schema import staff

NAME = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")
MIN_PASSWORD_CHARS = 12
MAX_PASSWORD_CHARS = 1024


class AccountError(ValueError):
    """A staff account cannot be created or changed as asked."""


class Accounts:
    """Staff accounts in the ``harbour_staff`` table."""

    def __init__(self, engine: Engine, hasher: Optional[PasswordHasher] = None) -> None:
        self.engine = engine
        self.hasher = hasher or PasswordHasher()
        self._dummy_hash: Optional[str] = None

    def add(self, name: str, password: str) -> None:
        """Creates an account; raises `AccountError` for a bad name, password or a duplicate."""
        check_name(name)
        check_password(password)
        hashed = self.hasher.hash(password)
        try:
            with self.engine.begin() as connection:
                connection.execute(
                    sa.insert(staff).values(name=name, password_hash=hashed, created_on=date.today())
                )
        except sa.exc.IntegrityError as error:
            raise AccountError(f"A staff account called {name!r} already exists.") from error

    def remove(self, name: str) -> bool:
        """Deletes an account (its sessions end on their next request); False if none."""
        with self.engine.begin() as connection:
            result = connection.execute(sa.delete(staff).where(staff.c.name == name))
        return bool(result.rowcount)

    def names(self) -> List[str]:
        """Every account name, sorted."""
        with self.engine.connect() as connection:
            return sorted(row[0] for row in connection.execute(sa.select(staff.c.name)))

    def verify(self, name: str, password: str) -> Optional[str]:
        """The account's stamp when the password is right, else None (same work either way)."""
        stored = self._hash_of(name) if isinstance(name, str) and NAME.match(name) else None
        candidate = password if isinstance(password, str) else ""
        try:
            self.hasher.verify(stored or self._dummy(), candidate[:MAX_PASSWORD_CHARS])
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if stored is None:
            return None
        if self.hasher.check_needs_rehash(stored):
            stored = self._rehash(name, candidate)
        return stamp_of(stored)

    def stamp(self, name: str) -> Optional[str]:
        """A fingerprint of the account's current hash: changes when it is removed or re-created."""
        stored = self._hash_of(name)
        return stamp_of(stored) if stored else None

    def _hash_of(self, name: str) -> Optional[str]:
        with self.engine.connect() as connection:
            return connection.execute(
                sa.select(staff.c.password_hash).where(staff.c.name == name)
            ).scalar()

    def _rehash(self, name: str, password: str) -> str:
        hashed = self.hasher.hash(password)
        with self.engine.begin() as connection:
            connection.execute(sa.update(staff).where(staff.c.name == name).values(password_hash=hashed))
        return hashed

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash(secrets.token_urlsafe(32))
        return self._dummy_hash


def stamp_of(hashed: str) -> str:
    """A short fingerprint of a stored hash (never the hash itself) for sessions to compare."""
    return hashlib.sha256(hashed.encode("utf-8")).hexdigest()[:32]


def check_name(name: str) -> None:
    """Raises `AccountError` unless the name is 1-64 letters, digits, dots, dashes or underscores."""
    if not isinstance(name, str) or not NAME.match(name):
        raise AccountError("A staff name is 1 to 64 letters, digits, dots, dashes or underscores.")


def check_password(password: str) -> None:
    """Raises `AccountError` for passwords that are too short or too long."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_CHARS:
        raise AccountError(f"A staff password needs at least {MIN_PASSWORD_CHARS} characters.")
    if len(password) > MAX_PASSWORD_CHARS:
        raise AccountError(f"A staff password may have at most {MAX_PASSWORD_CHARS} characters.")
    if not password.strip():
        raise AccountError("A staff password can't be only spaces.")
