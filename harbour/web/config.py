"""Settings of the widget's web server, from the environment or given directly (tests)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Mapping, Optional
from urllib.parse import urlsplit

from harbour.envvars import port_number

DEFAULT_HOST = "127.0.0.1"
DEFAULT_WEB_PORT = 8000
DEFAULT_RASA_PORT = 5005
# Where "Leave quickly" goes unless the embedding page says otherwise: a busy, neutral site.
DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather"
# The accessibility statement's organisation and contact: a deployer sets both.
DEFAULT_ORGANISATION = "Example Council"
DEFAULT_ACCESSIBILITY_CONTACT = "accessibility@example.org"
_ORIGIN = re.compile(r"^https?://[^/\s?#'\"<>]+$")


class WebConfigError(ValueError):
    """A web server setting is missing or malformed."""


def _origin(name: str, value: str) -> str:
    value = value.strip().rstrip("/")
    if not _ORIGIN.match(value):
        raise WebConfigError(f"{name} must be an origin like https://chat.example.org, not {value!r}")
    return value


def _port(name: str, value: str) -> int:
    try:
        return port_number(name, value)
    except ValueError as error:
        raise WebConfigError(str(error)) from None


@dataclass(frozen=True)
class WebConfig:
    """Where the web server listens, where the widget finds Rasa, where quick exit goes."""

    rasa_url: str
    host: str = DEFAULT_HOST
    port: int = DEFAULT_WEB_PORT
    exit_url: str = DEFAULT_EXIT_URL
    organisation: str = DEFAULT_ORGANISATION
    accessibility_contact: str = DEFAULT_ACCESSIBILITY_CONTACT

    def __post_init__(self) -> None:
        object.__setattr__(self, "rasa_url", _origin("rasa_url", self.rasa_url))
        parts = urlsplit(self.exit_url)
        if parts.scheme not in ("http", "https") or not parts.netloc or any(c in self.exit_url for c in "\"'<> "):
            raise WebConfigError(f"exit_url must be an http(s) URL, not {self.exit_url!r}")

    @classmethod
    def from_env(cls, environ: Optional[Mapping[str, str]] = None) -> "WebConfig":
        """HARBOUR_HOST, HARBOUR_WEB_PORT, HARBOUR_RASA_PUBLIC_URL (or HARBOUR_RASA_PORT), HARBOUR_EXIT_URL,
        HARBOUR_ORGANISATION and HARBOUR_ACCESSIBILITY_CONTACT (the accessibility statement's)."""
        env = os.environ if environ is None else environ
        host = env.get("HARBOUR_HOST", DEFAULT_HOST)
        rasa_port = _port("HARBOUR_RASA_PORT", env.get("HARBOUR_RASA_PORT", str(DEFAULT_RASA_PORT)))
        return cls(
            rasa_url=env.get("HARBOUR_RASA_PUBLIC_URL") or f"http://{host}:{rasa_port}",
            host=host,
            port=_port("HARBOUR_WEB_PORT", env.get("HARBOUR_WEB_PORT", str(DEFAULT_WEB_PORT))),
            exit_url=env.get("HARBOUR_EXIT_URL") or DEFAULT_EXIT_URL,
            organisation=env.get("HARBOUR_ORGANISATION") or DEFAULT_ORGANISATION,
            accessibility_contact=env.get("HARBOUR_ACCESSIBILITY_CONTACT") or DEFAULT_ACCESSIBILITY_CONTACT,
        )

    @property
    def origin(self) -> str:
        """This server's own origin (the default allowed origin of the socket.io channel)."""
        return f"http://{self.host}:{self.port}"

    @property
    def content_security_policy(self) -> str:
        """Scripts and styles from this origin only; connections to the Rasa server only."""
        socket = re.sub(r"^http", "ws", self.rasa_url)
        return "; ".join(
            [
                "default-src 'none'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self'",
                f"connect-src {self.rasa_url} {socket}",
                "base-uri 'none'",
                "form-action 'none'",
                "frame-ancestors 'none'",
                # No HTML or script-URL sinks without a policy; the widget's one policy is named.
                "require-trusted-types-for 'script'",
                "trusted-types harbour-widget",
            ]
        )
