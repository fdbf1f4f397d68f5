"""The two ways the tracker and lock stores refuse: settings they cannot honour, storage that does not answer.

Both are `RasaException`s and never `ImportError`s, which Rasa would swallow and replace with a store
that keeps every message.
"""
from rasa.shared.exceptions import RasaException


class PrivacyConfigError(RasaException, ValueError):
    """The tracker_store section of endpoints.yml cannot give Harbour's guarantees."""


class PrivacyBackendError(RasaException):
    """The storage behind the tracker store cannot be reached."""
