"""The throwaway Redis of the scaled-out mode: loopback, no persistence, password never in the process list."""
from __future__ import annotations

from pathlib import Path

import pytest
import redis

from harbour.infra.redis_server import RedisServer


@pytest.fixture
def server():
    started = RedisServer(password="a password with spaces and \" quotes").start()
    try:
        yield started
    finally:
        started.stop()


def test_redis_keeps_nothing_on_disk_and_no_client_can_change_that(server):
    config = server.config()
    assert 'save ""' in config and "appendonly no" in config and "bind 127.0.0.1" in config
    client = redis.Redis.from_url(server.url)
    try:
        assert client.ping()
        client.set("k", "v", px=1000)
        for refused in (client.bgsave, client.save, lambda: client.config_set("save", "1 1"),
                        lambda: client.config_get("save"), lambda: client.keys("*"), client.flushall):
            with pytest.raises(redis.exceptions.NoPermissionError):
                refused()
        assert list(client.scan_iter("*")) == [b"k"]  # what the stores use still works
    finally:
        client.close()
    assert list(Path(server.workdir).iterdir()) == []


def test_redis_wants_the_password_and_the_process_list_never_shows_it(server):
    with pytest.raises(redis.AuthenticationError):
        redis.Redis(port=server.port).ping()
    command_line = Path(f"/proc/{server.process.pid}/cmdline").read_bytes()
    assert b"password" not in command_line and b"quotes" not in command_line
    assert "password" not in server.config()  # only its SHA-256


def test_stop_removes_everything():
    started = RedisServer().start()
    workdir = started.workdir
    started.stop()
    assert not started.running() and not Path(workdir).exists()
