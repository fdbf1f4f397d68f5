"""Why the Rasa server refuses to start: one error for the privacy promise, one for statistics."""
from __future__ import annotations

from rasa.shared.exceptions import RasaException

from harbour.stats.settings import StatsConfigError


class PrivacyGuardError(RasaException):
    """Harbour cannot keep its privacy promise with this configuration; start-up stops."""


class StatsGuardError(PrivacyGuardError, StatsConfigError):
    """The event broker configured is not one Harbour can run with (Rasa's keep sender ids)."""
