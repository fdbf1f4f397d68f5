"""Harbour's privacy layer: redacted, ephemeral conversations and scrubbed logs.

endpoints.yml names the store as ``harbour.privacy.PrivacyTrackerStore``. Names are
imported lazily, so ``harbour.privacy.redaction`` can be used (and tested) without
loading Rasa.
"""

from harbour.lazy import lazy_exports

_EXPORTS = {
    "HARBOUR_ENTITY_VALUES": "harbour.privacy.redaction",
    "SlotRule": "harbour.privacy.redaction",
    "redact_event": "harbour.privacy.redaction",
    "redact_events": "harbour.privacy.redaction",
    "PrivacyBackendError": "harbour.privacy.errors",
    "PrivacyConfigError": "harbour.privacy.errors",
    "PrivacyTrackerStore": "harbour.privacy.store",
    "PrivacyLockStore": "harbour.privacy.locks",
    "PrivacyLogFilter": "harbour.privacy.log_filter",
    "install_log_filter": "harbour.privacy.log_filter",
    "scrub_text": "harbour.privacy.log_filter",
    "privacy_store": "harbour.privacy.store",
}

__all__ = sorted(_EXPORTS)

__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
