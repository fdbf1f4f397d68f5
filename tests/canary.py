"""Helpers for privacy canary tests: search every place a process could have written for strings.

Each channel's canary test (REST, widget, Telegram) types unique strings into real conversations,
then calls :func:`scan` over the places the processes could have written and :func:`redis_hits`
over every Redis key and value. Both return what they found; the tests assert it is empty.
"""
from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Sequence

ROOT = Path(__file__).resolve().parents[1]
SKIP_DIRS = {".git", ".venv", "node_modules", ".pyenv", "pip", ".npm", ".cache", "__pycache__", "proc"}


def make_canaries(prefix: str, count: int) -> List[str]:
    """Unique strings no code or data could contain by chance."""
    run = uuid.uuid4().hex[:10]
    return [f"{prefix}{run}{n}" for n in range(count)]


def default_places(*extra: Path) -> List[Path]:
    """The project tree, the temp dir and home, plus any log or database files given."""
    return [*extra, ROOT, Path(tempfile.gettempdir()), Path.home()]


def files_under(top: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(top, onerror=lambda _: None):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            path = Path(dirpath) / name
            try:
                if path.is_file() and not path.is_symlink() and path.stat().st_size < 200_000_000:
                    yield path
            except OSError:
                continue


def hits_in(path: Path, needles: Sequence[bytes]) -> List[str]:
    try:
        data = path.read_bytes()
    except OSError:
        return []
    return [n.decode() for n in needles if n in data]


def scan(places: Iterable[Path], needles: Sequence[str]) -> "tuple[int, Dict[str, List[str]]]":
    """Returns (files scanned, {path: needles found in it})."""
    encoded = [n.encode() for n in needles]
    scanned, found = 0, {}
    for place in places:
        for path in [place] if place.is_file() else files_under(place):
            scanned += 1
            hits = hits_in(path, encoded)
            if hits:
                found[str(path)] = hits
    return scanned, found


def redis_hits(redis_url: str, needles: Sequence[str]) -> "tuple[int, List[str], List[str]]":
    """Returns (keys seen, keys whose name or value holds a needle, keys without an expiry)."""
    from redis import Redis

    client = Redis.from_url(redis_url)
    encoded = [n.encode() for n in needles]
    seen, bad, no_ttl = 0, [], []
    try:
        for key in client.scan_iter("*"):
            seen += 1
            value = client.dump(key) or b""
            if [n for n in encoded if n in key or n in value]:
                bad.append(key.decode(errors="replace"))
            if client.pttl(key) < 0:
                no_ttl.append(key.decode(errors="replace"))
    finally:
        client.close()
    return seen, bad, no_ttl
