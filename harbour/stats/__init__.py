"""Harbour's anonymous statistics: daily counts of intents and a few outcomes, nothing else.

endpoints.yml names the broker as ``harbour.stats.StatsBroker``. Names are imported
lazily, so the store, the suppression rules and the settings can be used (by the staff
dashboard, and in tests) without loading Rasa.
"""

import importlib
from typing import Any

_EXPORTS = {
    "StatsBroker": "harbour.stats.broker",
    "StatsSettings": "harbour.stats.settings",
    "StatsConfigError": "harbour.stats.settings",
    "StatsStore": "harbour.stats.store",
    "CountKey": "harbour.stats.store",
    "shown": "harbour.stats.suppress",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Imports an exported name from its module on first use (PEP 562)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value
