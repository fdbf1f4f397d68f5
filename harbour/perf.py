"""Hot-path and start-up fixes for Rasa 3.6 that change no behaviour, installed by ``harbour.serve``.

Rasa checks every action server response with ``jsonschema.validate``, which validates the *schema*
itself again on every call before it validates the response: with jsonschema 4.17 that was a third
of the Rasa server's CPU time under load (py-spy, 20 concurrent conversations). Here the schema is
checked once and its validator reused; responses are validated exactly as before, and an invalid
one raises the same ``ValidationError`` with the same message.

Loading a trained DIET or TED model, Rasa first *trains it for one step* on an example (to create
its variables), then overwrites every variable from the checkpoint: tracing the training graph
cost 9-10 s of the server's start-up per model here. ``fast_load`` creates the variables by
running one prediction instead, with the checkpoint restored as they are created (TensorFlow's
deferred restoration), and checks that every variable was matched. Predictions are identical
(tests/harbour/test_perf_load.py compares both loads on every test-set message); fine-tuning and
anything the fast path can't do goes through Rasa's own load.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Dict, Optional, Text

logger = logging.getLogger(__name__)

_original: Optional[Callable[..., bool]] = None
_original_load: Optional[Callable[..., Any]] = None


def install() -> None:
    """Installs every fix (idempotent)."""
    install_validation()
    install_fast_load()


def install_fast_load() -> None:
    """Replaces ``RasaModel.load`` with `fast_load` (idempotent)."""
    global _original_load
    from rasa.utils.tensorflow.models import RasaModel

    if _original_load is not None:
        return
    _original_load = RasaModel.load.__func__  # type: ignore[attr-defined]
    RasaModel.load = classmethod(fast_load)  # type: ignore[assignment]


def fast_load(
    cls: Any,
    model_file_name: Text,
    model_data_example: Any,
    predict_data_example: Any = None,
    finetune_mode: bool = False,
    *args: Any,
    **kwargs: Any,
) -> Any:
    """Rasa's ``RasaModel.load`` without the one-step training; falls back to it when unsure."""
    assert _original_load is not None, "install_fast_load() first"
    if finetune_mode or not predict_data_example:
        return _original_load(cls, model_file_name, model_data_example, predict_data_example,
                              finetune_mode, *args, **kwargs)
    import tensorflow as tf

    try:
        model = cls(*args, **kwargs)
        config = kwargs.get("config", {})
        model.compile(
            optimizer=tf.keras.optimizers.Adam(config.get("learning_rate", 0.001)),
            run_eagerly=config.get("run_eagerly"),
        )
        status = model.load_weights(model_file_name)  # restored as the variables are created
        model.run_inference(predict_data_example)  # creates them (and traces prediction, as Rasa does)
        status.assert_existing_objects_matched()
        status.expect_partial()  # the optimizer's slots stay unread: nothing trains here
        if not model.variables:
            raise ValueError("no variables were created")
        return model
    except Exception as error:  # noqa: BLE001 - Rasa's own load is always correct, only slower
        logger.warning("Fast model load failed (%s); using Rasa's load.", type(error).__name__)
        return _original_load(cls, model_file_name, model_data_example, predict_data_example,
                              finetune_mode, *args, **kwargs)


def install_validation() -> None:
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
    """Restores Rasa's own validation and model load (for tests)."""
    global _original, _original_load
    if _original_load is not None:
        from rasa.utils.tensorflow.models import RasaModel

        RasaModel.load = classmethod(_original_load)  # type: ignore[assignment]
        _original_load = None
    if _original is None:
        return
    from rasa.core.actions.action import RemoteAction

    RemoteAction._validate_action_result = _original  # type: ignore[assignment]
    _original = None
