"""free_port: a port a server can still bind after other connections come and go."""
from __future__ import annotations

import socket

from harbour.infra.ports import _ephemeral_floor, free_port


def test_free_ports_are_below_the_range_outgoing_connections_take_and_never_handed_out_twice():
    # A bind(0) port is an ephemeral one: a readiness probe's outgoing connection took one before the
    # fake Rasa server could bind it, and CI failed with "the fake Rasa server did not start".
    ports = [free_port() for _ in range(50)]
    assert len(set(ports)) == 50
    assert all(1024 <= port < _ephemeral_floor() for port in ports)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", ports[-1]))  # still free


def test_a_port_already_listening_is_skipped(monkeypatch):
    import harbour.infra.ports as ports

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        other = free_port()

        class Picks:  # the random picks: the busy port first, then a free one
            def __init__(self) -> None:
                self.picks = iter([taken, taken, other])

            def randrange(self, low: int, high: int) -> int:
                return next(self.picks)

        monkeypatch.setattr(ports.random, "Random", Picks)
        monkeypatch.setattr(ports, "_GIVEN", set())
        assert free_port() == other
