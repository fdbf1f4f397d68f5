"""Start one Harbour process: the Rasa server, the action server, the web server or the dashboard.

    python -m harbour.serve rasa --model models/harbour-<hash>.tar.gz
    python -m harbour.serve actions
    python -m harbour.serve web
    python -m harbour.serve dashboard

Host and ports come from HARBOUR_HOST (default 127.0.0.1), HARBOUR_RASA_PORT (5005),
HARBOUR_ACTIONS_PORT (5055) and HARBOUR_WEB_PORT (8000). Rasa's HTTP API is never enabled here:
the public port serves the channels in credentials.yml and their health routes, nothing else.
The socket.io channel accepts browsers from HARBOUR_ALLOWED_ORIGINS (default: the web server's
own origin, http://HARBOUR_HOST:HARBOUR_WEB_PORT). The dashboard listens on
HARBOUR_DASHBOARD_HOST (127.0.0.1) and HARBOUR_DASHBOARD_PORT (8001) and reads only the
statistics database named in endpoints.yml (or HARBOUR_STATS_URL).
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import List, Optional

from harbour import http_hygiene
from harbour.channels.inputs import max_message_chars
from harbour.envvars import port_number
from harbour.privacy.log_filter import install_log_filter

DEFAULT_HOST = "127.0.0.1"
DEFAULT_RASA_PORT = 5005
DEFAULT_ACTIONS_PORT = 5055
DEFAULT_WEB_PORT = 8000
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s - %(message)s"

logger = logging.getLogger("harbour.serve")


def _env_port(name: str, default: int) -> int:
    try:
        return port_number(name, os.environ.get(name, str(default)))
    except ValueError as error:
        raise SystemExit(str(error)) from None


def _prepare_environment() -> None:
    """The action endpoint and request limit known before Rasa reads its settings."""
    # Sanic accepts 100 MB bodies by default; no chat message needs more than a megabyte. Up to
    # the ceiling a bigger body is read and dropped before its 413 (http_hygiene.refuse_oversize).
    os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(http_hygiene.DRAIN_CEILING))
    host = os.environ.get("HARBOUR_HOST", DEFAULT_HOST)
    actions_port = _env_port("HARBOUR_ACTIONS_PORT", DEFAULT_ACTIONS_PORT)
    os.environ.setdefault("ACTION_SERVER_URL", f"http://{host}:{actions_port}/webhook")
    os.environ.setdefault("HARBOUR_ALLOWED_ORIGINS", default_origins(host, _env_port("HARBOUR_WEB_PORT", DEFAULT_WEB_PORT)))


def default_origins(host: str, web_port: int) -> str:
    """The web server's own origin (and its other loopback name), comma-separated."""
    names = [host] + {"127.0.0.1": ["localhost"], "localhost": ["127.0.0.1"]}.get(host, [])
    return ",".join(f"http://{name}:{web_port}" for name in names)


# TensorFlow's oneDNN kernels build and cache a "primitive" for every new input shape, and a
# message's length in tokens is its shape: measured here, 300 messages of 300 new lengths grew the
# Rasa server by 134 MiB with oneDNN on and 31 MiB with it off, and the memory stayed (the bad-input
# probe's 950 MiB -> 1.45 GiB). Off, answers were no slower (sequential p50 on this machine).
# TensorFlow reads the variable once, at import: it must be set before Rasa is imported.
ONEDNN_VARIABLE = "TF_ENABLE_ONEDNN_OPTS"


def serve_rasa(model: str, endpoints: str, credentials: str, debug: bool) -> None:
    """Run the Rasa server until it is stopped."""
    os.environ.setdefault(ONEDNN_VARIABLE, "0")  # oneDNN keeps compiled code for every new message length
    # Rasa and TensorFlow load only here: 3.5 s and the memory the other three servers never need.
    import rasa.core.run
    import rasa.utils.common

    from harbour.startup import patches, postload, preload
    from harbour.startup.errors import PrivacyGuardError

    try:
        preload.enforce_telemetry_off()
        max_message_chars()  # read per message; a bad value stops start-up instead
    except (PrivacyGuardError, ValueError) as error:
        raise SystemExit(str(error)) from None
    _prepare_environment()
    install_log_filter()
    available = preload.check_endpoints(endpoints)  # read once; Rasa gets exactly what was checked
    patches.install()  # loud store loading, verify before serving, hot-path fixes
    http_hygiene.install()  # HEAD as GET, no version on GET /, no "content-type: None"

    level = logging.DEBUG if debug else logging.INFO
    # Rasa's CLI installs a console handler; started from Python there is none, and every record
    # below WARNING would be dropped. This handler gets the privacy filter like any other.
    logging.basicConfig(level=level, format=LOG_FORMAT)
    rasa.utils.common.configure_logging_and_warnings(level)
    install_log_filter()

    async def require_model(app, _loop) -> None:  # noqa: ANN001 - Sanic listener signature
        """Stop at once if no trained model loaded (the store itself is checked after loading)."""
        if not app.ctx.agent.is_ready():
            logger.critical("Refusing to serve: no trained model was loaded.")
            os._exit(3)  # Sanic would otherwise keep serving a bot that can't answer
        install_log_filter()  # Sanic and Rasa add handlers while starting

    host = os.environ.get("HARBOUR_HOST", DEFAULT_HOST)
    port = _env_port("HARBOUR_RASA_PORT", DEFAULT_RASA_PORT)
    rasa.core.run.serve_application(
        model_path=model,
        credentials=credentials,
        interface=host,
        port=port,
        enable_api=False,
        endpoints=available,
        server_listeners=[
            (require_model, "after_server_start"),
            (postload.close_tracker_store, "after_server_stop"),
            (postload.close_lock_store, "after_server_stop"),
        ],
    )


def serve_actions(debug: bool) -> None:
    """Run the rasa-sdk action server for the ``actions`` package."""
    os.environ["SANIC_HOST"] = os.environ.get("HARBOUR_HOST", DEFAULT_HOST)
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO, format=LOG_FORMAT)
    install_log_filter()
    from rasa_sdk import endpoint  # each server imports only its own framework (0.1-0.3 s each)

    endpoint.run("actions", port=_env_port("HARBOUR_ACTIONS_PORT", DEFAULT_ACTIONS_PORT), cors_origins=[])


def serve_dashboard(endpoints: str, debug: bool) -> None:
    """Run the staff dashboard until it is stopped."""
    from harbour.dashboard import create_app  # Sanic, SQLAlchemy, Jinja: 0.26 s the others never need
    from harbour.dashboard.config import DashboardConfig  # (the same)

    http_hygiene.install()
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO, format=LOG_FORMAT)
    install_log_filter()
    config = DashboardConfig.from_env(endpoints)
    app = create_app(config)
    logger.info(
        "Staff dashboard on http://%s:%d/ (statistics: %s).", config.host, config.port, app.ctx.store.where()
    )
    app.run(host=config.host, port=config.port, access_log=False, debug=False, workers=1, motd=False)


def serve_web(debug: bool) -> None:
    """Run the web server: the demo page and the widget's files (no conversation passes here)."""
    from harbour.web import WebConfig, WebConfigError, create_app  # Sanic: 0.13 s, only for this server

    http_hygiene.install()
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO, format=LOG_FORMAT)
    install_log_filter()
    try:
        config = WebConfig.from_env()
        app = create_app(config)
    except (WebConfigError, FileNotFoundError) as error:
        raise SystemExit(f"The web server cannot start: {error}") from error
    app.run(host=config.host, port=config.port, access_log=False, debug=False, auto_reload=False, motd=False, workers=1)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harbour.serve", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    rasa_parser = sub.add_parser("rasa", help="the Rasa server (channels only, no HTTP API)")
    rasa_parser.add_argument("--model", required=True)
    rasa_parser.add_argument("--endpoints", default="endpoints.yml")
    rasa_parser.add_argument("--credentials", default="credentials.yml")
    rasa_parser.add_argument("--debug", action="store_true")
    actions_parser = sub.add_parser("actions", help="the action server")
    actions_parser.add_argument("--debug", action="store_true")
    dashboard_parser = sub.add_parser("dashboard", help="the staff dashboard (statistics only)")
    dashboard_parser.add_argument("--endpoints", default="endpoints.yml")
    dashboard_parser.add_argument("--debug", action="store_true")
    web_parser = sub.add_parser("web", help="the web server (demo page and widget files)")
    web_parser.add_argument("--debug", action="store_true")
    args = parser.parse_args(argv)
    if args.what == "rasa":
        serve_rasa(args.model, args.endpoints, args.credentials, args.debug)
    elif args.what == "dashboard":
        serve_dashboard(args.endpoints, args.debug)
    elif args.what == "web":
        serve_web(args.debug)
    else:
        serve_actions(args.debug)
    return 0


if __name__ == "__main__":
    sys.exit(main())
