"""Real headless Chromium for browser tests, driven by Playwright (see ../shared/NOTES.md).

Debian's Chromium is installed on first use (``apt-get install chromium``); Playwright never
downloads a browser. Fixtures in tests/conftest.py: ``browser`` (one per session) and ``page``
(a fresh, empty browser context per test: no cookies or storage carried between tests).
"""
from __future__ import annotations

import os
import shutil
import subprocess

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_binary() -> str:
    """Path of Debian's Chromium, installing the package if it is missing."""
    binary = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if binary:
        return binary
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "chromium"]
    if subprocess.run(install, env=environment, capture_output=True).returncode:
        subprocess.run(["apt-get", "update", "-q"], env=environment, check=True, capture_output=True)
        subprocess.run(install, env=environment, check=True, capture_output=True)
    binary = shutil.which("chromium")
    if not binary:
        raise RuntimeError("Chromium could not be installed (apt-get install chromium)")
    return binary


def launch(playwright):  # noqa: ANN001, ANN201 - Playwright's own types
    """Launch headless Chromium with the flags this machine's closed network needs."""
    return playwright.chromium.launch(executable_path=chromium_binary(), args=CHROMIUM_ARGS, headless=True)
