"""Harbour's web server: the embeddable chat widget, its socket.io client and the demo page."""
from harbour.web.app import create_app
from harbour.web.config import WebConfig, WebConfigError

__all__ = ["create_app", "WebConfig", "WebConfigError"]
