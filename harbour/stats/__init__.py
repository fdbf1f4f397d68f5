"""Harbour's anonymous statistics: daily counts of intents and a few outcomes, nothing else.

endpoints.yml names the broker as ``harbour.stats.StatsBroker``. Names are imported
lazily, so the store, the suppression rules and the settings can be used (by the staff
dashboard, and in tests) without loading Rasa.
"""

from harbour.lazy import lazy_exports

_EXPORTS = {
    "StatsBroker": "harbour.stats.broker",
    "StatsSettings": "harbour.stats.settings",
    "StatsConfigError": "harbour.stats.settings",
    "StatsStore": "harbour.stats.store",
    "CountKey": "harbour.stats.store",
    "shown": "harbour.stats.suppress",
}

__all__ = sorted(_EXPORTS)

__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
