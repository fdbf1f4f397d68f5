"""The one reader of endpoints.yml: its sections as plain mappings, ``${VARIABLES}`` expanded as Rasa does.

The Rasa server's start-up checks (:mod:`harbour.startup`) and the settings Rasa is then given, the
statistics settings and the staff dashboard all read the file here, so they can never disagree
about what it says. Nothing here imports Rasa or another Harbour module: the dashboard and its
CLI read the statistics database's address without loading Rasa.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Mapping, Union

import yaml

ROOT = Path(__file__).resolve().parents[1]
_REFERENCE = re.compile(r"\$\{([^}]+)\}")


class EndpointsError(ValueError):
    """endpoints.yml cannot be read, or refers to a variable that is not set."""


class Endpoints:
    """The sections of one endpoints file; a section's ``${NAME}`` references are expanded when it is read.

    Expanding per section lets the dashboard read ``event_broker`` without the variables only the
    Rasa server sets (``${ACTION_SERVER_URL}``).
    """

    def __init__(self, content: Mapping[str, Any], name: str = "endpoints.yml") -> None:
        self._content = dict(content)
        self.name = name

    def get(self, section: str) -> Any:
        """The section with its variables expanded; None when it is absent.

        Raises:
            EndpointsError: the section names a variable that is not set (Rasa would refuse it too).
        """
        return _expand(self._content.get(section))

    def __contains__(self, section: object) -> bool:
        return section in self._content


def read_endpoints(path: Union[str, Path] = "endpoints.yml") -> Endpoints:
    """The sections of an endpoints file, ``${NAME}`` replaced by the environment variable as each is read.

    A relative path that does not exist from here is looked up under the project root, so the
    Rasa server and the dashboard open the same file wherever they were started from.

    Raises:
        EndpointsError: the file is missing or not YAML, or is not a mapping.
    """
    path = Path(path)
    if not path.is_absolute() and not path.exists():
        path = ROOT / path
    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise EndpointsError(f"Cannot read the endpoints file {path.name}: {type(error).__name__}") from error
    if not isinstance(content, Mapping):
        raise EndpointsError(f"{path.name} is not a mapping of endpoints.")
    return Endpoints({str(name): value for name, value in content.items()}, path.name)


def _expand(value: Any) -> Any:
    if isinstance(value, str):
        return _REFERENCE.sub(_variable, value)
    if isinstance(value, Mapping):
        return {key: _expand(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_expand(item) for item in value]
    return value


def _variable(match: "re.Match[str]") -> str:
    name = match.group(1)
    if name not in os.environ:
        raise EndpointsError(f"endpoints.yml refers to ${{{name}}}, which is not set.")
    return os.environ[name]
