"""With TELEGRAM_BOT_TOKEN set, Harbour refuses to start without a strong webhook secret."""
import os
import subprocess
import sys

import pytest

from harbour.stack import ROOT
from tests.conftest import free_port
from tests.telegram import TOKEN

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "secret, complaint",
    [(None, "TELEGRAM_SECRET_TOKEN must be set"), ("password123", "TELEGRAM_SECRET_TOKEN is too weak")],
)
def test_rasa_server_stops_at_once_with_a_clear_error(model_path, secret, complaint):
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RASA_TELEMETRY_ENABLED": "false",
        "HARBOUR_RASA_PORT": str(free_port()),
        "HARBOUR_ACTIONS_PORT": str(free_port()),
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "TELEGRAM_BOT_TOKEN": TOKEN,
    }
    env.pop("TELEGRAM_SECRET_TOKEN", None)
    if secret is not None:
        env["TELEGRAM_SECRET_TOKEN"] = secret
    result = subprocess.run(
        [sys.executable, "-m", "harbour.serve", "rasa", "--model", model_path],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert complaint in output
    assert "TelegramConfigError" in output
    assert TOKEN not in output and (secret is None or secret not in output)
    assert "Rasa server is up and running" not in output
