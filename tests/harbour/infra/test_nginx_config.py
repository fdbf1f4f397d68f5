"""The generated nginx configuration, run by Debian's nginx against fake replicas and action servers.

Each fake is a raw socket server on a free port that either answers or drops the connection
after reading the whole request — what nginx sees when a replica is killed mid-turn. A fresh
nginx per test, so one test's failed upstream (nginx rests it for 10 s) never steers the next.
"""
from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator, List, Tuple

import pytest

from harbour.infra.nginx import NginxServer, NginxSite
from harbour.scaled import unavailable_reply
from tests.canary import make_canaries, scan
from tests.conftest import free_port, post

CANARIES = make_canaries("NGINXKANARY", 4)


class FakeUpstream(threading.Thread):
    """Reads each request whole, then answers ``[{"text": name}]`` or drops the connection."""

    def __init__(self, name: str, answer: bool = True) -> None:
        super().__init__(daemon=True)
        self.name, self.answer = name, answer
        self.requests: List[Tuple[str, bytes]] = []
        self.listener = socket.create_server(("127.0.0.1", free_port()))
        self.port = self.listener.getsockname()[1]
        self.start()

    def run(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with connection:
                head, body = self._read(connection)
                self.requests.append((head.split(b"\r\n", 1)[0].decode(), body))
                if self.answer:
                    payload = json.dumps([{"text": self.name}]).encode()
                    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                       b"Content-Length: %d\r\n\r\n%s" % (len(payload), payload))

    @staticmethod
    def _read(connection: socket.socket) -> Tuple[bytes, bytes]:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return data, b""
            data += chunk
        head, body = data.split(b"\r\n\r\n", 1)
        length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), 0)
        while len(body) < length:
            chunk = connection.recv(65536)
            if not chunk:
                break
            body += chunk
        return head, body

    def stop(self) -> None:
        self.listener.close()


@pytest.fixture
def site(tmp_path) -> Iterator[Tuple[NginxServer, List[FakeUpstream], List[FakeUpstream], Path]]:
    """nginx in front of two fake replicas and two fake action servers; its log file."""
    replicas = [FakeUpstream("replica-a"), FakeUpstream("replica-b")]
    actions = [FakeUpstream("actions-a"), FakeUpstream("actions-b")]
    log_path = tmp_path / "nginx.log"
    with log_path.open("ab") as log:
        server = NginxServer(
            NginxSite([r.port for r in replicas], [a.port for a in actions], free_port(), free_port()),
            unavailable_reply(), log=log,
        ).start()
        try:
            yield server, replicas, actions, log_path
        finally:
            server.stop()
            for fake in replicas + actions:
                fake.stop()


def public(server: NginxServer, path: str) -> str:
    return f"http://127.0.0.1:{server.site.public_port}{path}"


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as reply:  # noqa: S310 - loopback
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_rest_message_whose_replica_dies_is_answered_by_the_other(site):
    server, (a, b), _, log_path = site
    a.answer = False  # reads the message, then dies without a word
    body = json.dumps({"sender": "s", "message": "hello"}).encode()
    replies = [post(public(server, "/webhooks/rest/webhook"), body) for _ in range(2)]
    assert replies == [(200, [{"text": "replica-b"}])] * 2
    assert len(a.requests) == 1 and a.requests[0] == ("POST /webhooks/rest/webhook HTTP/1.1", body)
    assert [request for request in b.requests if request[1] == body]
    server.stop()  # flush the access log
    assert "upstream_status=[502, 200]" in log_path.read_text()


def test_with_no_replica_answering_rest_gets_999_from_the_domain_with_a_503(site):
    server, replicas, _, _ = site
    for fake in replicas:
        fake.answer = False
    status, reply = post(public(server, "/webhooks/rest/webhook"), b'{"sender": "s", "message": "he is here"}')
    assert status == 503
    assert reply == unavailable_reply()
    assert "999" in reply[0]["text"] and "0808 2000 247" in reply[0]["text"]
    assert sum(len(fake.requests) for fake in replicas) == 2  # each replica tried once


@pytest.mark.parametrize("path", ["/webhooks/telegram/webhook", "/socket.io/?EIO=4&transport=polling&sid=x"])
def test_telegram_updates_and_socketio_messages_are_never_sent_twice(site, path):
    """Their replies leave before the HTTP answer does, so a retry could answer twice."""
    server, replicas, _, _ = site
    for fake in replicas:
        fake.answer = False
    status, _ = post(public(server, path), b'{"update_id": 1}')
    assert status == 502
    assert sum(len(fake.requests) for fake in replicas) == 1


def test_socketio_polls_are_sticky_and_retried(site):
    server, replicas, _, _ = site
    for _ in range(6):
        assert get(public(server, "/socket.io/?EIO=4&transport=polling")) == 200
    served = [len(fake.requests) for fake in replicas]
    assert sorted(served) == [0, 6]  # one client address, one replica
    sticky = replicas[served.index(6)]
    sticky.answer = False
    assert get(public(server, "/socket.io/?EIO=4&transport=polling")) == 200  # a GET may go elsewhere


def test_action_calls_are_retried_on_another_action_server(site):
    server, _, (a, b), _ = site
    a.answer = False
    url = f"http://127.0.0.1:{server.site.actions_port}/webhook"
    assert [post(url, b'{"next_action": "action_helpline"}') for _ in range(2)] == [(200, [{"text": "actions-b"}])] * 2
    assert len(a.requests) == 1


def test_only_the_channels_are_served_and_rasa_s_api_never_reaches_a_replica(site):
    server, replicas, actions, _ = site
    for path in ("/conversations/someone/tracker", "/conversations/someone/messages", "/model", "/model/parse",
                 "/status", "/version", "/domain", "/", "/webhooks/other/webhook", "/webhook"):
        assert get(public(server, path)) == 404, path
        assert post(public(server, path), b"{}")[0] == 404, path
    assert get(public(server, "/webhooks/rest/webhook")) == 403
    assert post(public(server, "/webhooks/rest/webhook"), b"x" * (1024 * 1024 + 1))[0] == 413
    assert get(f"http://127.0.0.1:{server.site.actions_port}/anything") == 404
    assert [fake.requests for fake in replicas + actions] == [[], [], [], []]
    assert get(public(server, "/webhooks/rest/")) == 200  # the health route


def test_nothing_a_person_sends_reaches_the_disk_or_the_log(site):
    server, replicas, _, log_path = site
    body = json.dumps({"sender": CANARIES[0], "message": "word " * 190_000 + CANARIES[1]}).encode()
    assert 1_000_000 > len(body) > 900_000
    request = urllib.request.Request(public(server, f"/webhooks/rest/webhook?q={CANARIES[2]}"), data=body,
                                     headers={"Content-Type": "application/json", "User-Agent": CANARIES[3],
                                              "X-Forwarded-For": "203.0.113.9"})
    with urllib.request.urlopen(request, timeout=30) as reply:  # noqa: S310 - loopback
        assert reply.status == 200
    assert any(body == forwarded for _, forwarded in replicas[0].requests + replicas[1].requests)
    prefix = server.prefix
    assert prefix is not None
    assert [path for path in (prefix / "temp").rglob("*") if path.is_file()] == []  # no body spooled
    scanned, found = scan([prefix], CANARIES)
    assert scanned >= 2 and found == {}
    server.stop()
    logged = log_path.read_text()
    assert " rest 200 " in logged
    for secret in [*CANARIES, "203.0.113.9", "/webhooks/rest/webhook"]:
        assert secret not in logged
