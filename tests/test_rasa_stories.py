"""`rasa test` on tests/test_stories.yml: every story predicts exactly the expected actions."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]


def test_stories_pass_with_no_prediction_errors(model_path, tmp_path):
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "2"}
    result = subprocess.run(
        [
            sys.executable, "-m", "rasa", "test", "core",
            "--model", model_path,
            "--stories", str(ROOT / "tests" / "test_stories.yml"),
            "--fail-on-prediction-errors",
            "--out", str(tmp_path / "results"),
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    failed = tmp_path / "results" / "failed_test_stories.yml"
    details = failed.read_text() if failed.is_file() else result.stdout[-3000:] + result.stderr[-3000:]
    assert result.returncode == 0, details
    assert "None of the test stories failed" in failed.read_text() if failed.is_file() else True
