"""The socket.io channel's settings in credentials.yml: allowed origins, and loud failures."""
import pytest

from harbour.channels.socketio import SocketIOConfigError, SocketIOInput, parse_origins


def test_from_credentials_reads_origins_from_credentials_or_the_environment(monkeypatch):
    monkeypatch.delenv("HARBOUR_ALLOWED_ORIGINS", raising=False)
    channel = SocketIOInput.from_credentials({"cors_allowed_origins": "https://a.example, http://127.0.0.1:8000/"})
    assert channel.cors_allowed_origins == ["https://a.example", "http://127.0.0.1:8000"]
    monkeypatch.setenv("HARBOUR_ALLOWED_ORIGINS", "https://b.example")
    assert SocketIOInput.from_credentials(None).cors_allowed_origins == ["https://b.example"]
    assert SocketIOInput.from_credentials({}).name() == "socketio"


@pytest.mark.parametrize(
    "credentials, complaint",
    [
        ({}, "cors_allowed_origins is empty"),
        ({"cors_allowed_origins": ""}, "cors_allowed_origins is empty"),
        ({"cors_allowed_origins": "*"}, "not an origin"),
        ({"cors_allowed_origins": ["https://a.example/path"]}, "not an origin"),
        ({"cors_allowed_origins": "a.example"}, "not an origin"),
        ({"cors_allowed_origins": 5}, "must be a list"),
        ({"cors_allowed_origins": "https://a.example", "jwt_key": "x"}, "Unsupported"),
        ({"cors_allowed_origins": "https://a.example", "session_persistence": False}, "Unsupported"),
    ],
)
def test_unsafe_or_missing_settings_fail_loudly(monkeypatch, credentials, complaint):
    monkeypatch.delenv("HARBOUR_ALLOWED_ORIGINS", raising=False)
    with pytest.raises(SocketIOConfigError, match=complaint):
        SocketIOInput.from_credentials(credentials)


def test_origins_accept_ipv6_loopback_and_ports():
    assert parse_origins(["http://[::1]:8000", "https://chat.example.org:8443"]) == [
        "http://[::1]:8000",
        "https://chat.example.org:8443",
    ]


def test_credentials_yml_enables_the_widget_channel_with_origins_from_the_environment(monkeypatch):
    from pathlib import Path

    from rasa.core.run import create_http_input_channels

    monkeypatch.setenv("HARBOUR_ALLOWED_ORIGINS", "http://127.0.0.1:8000,https://www.example.org")
    credentials = Path(__file__).resolve().parents[3] / "credentials.yml"
    channels = {channel.name(): channel for channel in create_http_input_channels(None, str(credentials))}
    assert type(channels["socketio"]) is SocketIOInput
    assert channels["socketio"].cors_allowed_origins == ["http://127.0.0.1:8000", "https://www.example.org"]
    assert "rest" in channels


def test_the_default_origin_is_the_web_servers_own():
    from harbour.serve import default_origins

    assert default_origins("127.0.0.1", 8000) == "http://127.0.0.1:8000,http://localhost:8000"
    assert default_origins("10.0.0.5", 8080) == "http://10.0.0.5:8080"
