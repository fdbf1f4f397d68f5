"""Hot-path fixes for Rasa 3.6 that change no behaviour, installed by ``harbour.serve``.

Rasa checks every action server response with ``jsonschema.validate``, which validates the *schema*
itself again on every call before it validates the response: with jsonschema 4.17 that was a third
of the Rasa server's CPU time under load (py-spy, 20 concurrent conversations). Here the schema is
checked once and its validator reused; responses are validated exactly as before, and an invalid
one raises the same ``ValidationError`` with the same message.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, Optional, Text

_original: Optional[Callable[..., bool]] = None


def install() -> None:
    """Replaces RemoteAction's response validation with a cached validator (idempotent)."""
    global _original
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    if _original is not None:
        return
    spec = RemoteAction.action_response_format_spec()
    validator_class = validator_for(spec)
    validator_class.check_schema(spec)
    validator = validator_class(spec)

    def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
        """Same as Rasa's ``_validate_action_result``, without re-checking the schema each time."""
        error = best_match(validator.iter_errors(result))
        if error is None:
            return True
        assert isinstance(error, ValidationError)
        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error

    _original = RemoteAction._validate_action_result
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[assignment]


def uninstall() -> None:
    """Restores Rasa's own validation (for tests)."""
    global _original
    if _original is None:
        return
    from rasa.core.actions.action import RemoteAction

    RemoteAction._validate_action_result = _original  # type: ignore[assignment]
    _original = None
