"""Install a Debian package when the program it provides is missing (apt-get, as root)."""
from __future__ import annotations

import os
import subprocess
from typing import Callable, Optional, TypeVar

T = TypeVar("T")


def ensure_installed(package: str, find: Callable[[], Optional[T]]) -> T:
    """Returns ``find()``; if it finds nothing, installs ``package`` first (updating the lists once).

    Raises:
        RuntimeError: when the package can't be installed or still provides nothing.
    """
    found = find()
    if found:
        return found
    if os.geteuid() != 0:
        raise RuntimeError(f"{package} is missing: install it with `sudo apt-get install {package}`")
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", package]
    try:
        if subprocess.run(install, env=environment, capture_output=True).returncode:
            subprocess.run(["apt-get", "update", "-q"], env=environment, check=True, capture_output=True)
            subprocess.run(install, env=environment, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as error:
        raise RuntimeError(f"{package} is missing and could not be installed (apt-get install {package})") from error
    found = find()
    if not found:
        raise RuntimeError(f"{package} was installed but its program was not found")
    return found
