"""Every patch Harbour makes to Rasa 3.6's internals: re-read this file (and only this) on a Rasa upgrade.

Privacy (installed by `install`, removed by `uninstall`):

- a ``create_tracker_store`` plug-in hook (Rasa's pluggy manager): the tracker store is built by
  :func:`harbour.startup.preload.create_privacy_tracker_store` or start-up stops, instead of
  Rasa's quiet fallback to an ``InMemoryTrackerStore`` that keeps every message;
- ``rasa.core.run.load_agent_on_start`` is wrapped so :func:`harbour.startup.postload.verify_startup`
  runs on the agent Rasa has just loaded, before the server accepts a connection.

Hot path and start-up speed, changing no behaviour:

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

import functools
import logging
from typing import Any, Callable, Dict, Optional, Text, Union

import pluggy
import rasa.core.run
import tensorflow as tf
from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.core.tracker_store import TrackerStore
from rasa.plugin import plugin_manager
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.domain import Domain
from rasa.utils.endpoints import EndpointConfig
from rasa.utils.tensorflow.models import RasaModel

from harbour.startup import turns
from harbour.startup.errors import PrivacyGuardError
from harbour.startup.postload import verify_startup
from harbour.startup.preload import create_privacy_tracker_store

logger = logging.getLogger(__name__)

PLUGIN_NAME = "harbour-privacy"
hookimpl = pluggy.HookimplMarker("rasa")

_original: Optional[Callable[..., bool]] = None
_original_load: Optional[Callable[..., Any]] = None
_state: Dict[Text, Any] = {}


def install() -> None:
    """Installs every patch (idempotent)."""
    install_privacy()
    install_validation()
    install_fast_load()
    turns.install()  # a turn that hits Rasa's action limit ends cleanly; the next one is normal


def install_privacy() -> None:
    """The tracker store hook and the check after the agent loads (idempotent)."""
    manager = plugin_manager()
    if not manager.has_plugin(PLUGIN_NAME):
        manager.register(_TrackerStorePlugin(), name=PLUGIN_NAME)
    _verify_after_agent_loads()


def uninstall_privacy() -> None:
    """Removes the tracker store hook and the start-up check (for tests)."""
    manager = plugin_manager()
    if manager.has_plugin(PLUGIN_NAME):
        manager.unregister(name=PLUGIN_NAME)
    if "load_agent_on_start" in _state:
        rasa.core.run.load_agent_on_start = _state.pop("load_agent_on_start")


class _TrackerStorePlugin:
    """Rasa plug-in: creates the tracker store instead of Rasa's quiet fallback."""

    @hookimpl  # type: ignore[misc]
    def create_tracker_store(
        self,
        endpoint_config: Union[EndpointConfig, TrackerStore, None],
        domain: Optional[Domain],
        event_broker: Optional[Any],
    ) -> TrackerStore:
        return create_privacy_tracker_store(endpoint_config, domain, event_broker)


def _verify_after_agent_loads() -> None:
    """Wraps Rasa's start-up listener so `verify_startup` runs before serving."""
    if "load_agent_on_start" in _state:
        return
    original = getattr(rasa.core.run, "load_agent_on_start", None)
    if original is None:
        raise PrivacyGuardError(
            "rasa.core.run.load_agent_on_start is missing (a new Rasa version?); "
            "Harbour cannot check the loaded tracker store."
        )

    @functools.wraps(original)
    async def load_agent_on_start(*args: Any, **kwargs: Any) -> Any:
        agent = await original(*args, **kwargs)
        endpoints = kwargs.get("endpoints", args[1] if len(args) > 1 else None)
        await verify_startup(agent, endpoints)
        return agent

    _state["load_agent_on_start"] = original
    rasa.core.run.load_agent_on_start = load_agent_on_start


def install_fast_load() -> None:
    """Replaces ``RasaModel.load`` with `fast_load` (idempotent)."""
    global _original_load
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
    """Restores Rasa's own store loading, start-up listener, validation and model load (for tests)."""
    global _original, _original_load
    uninstall_privacy()
    if _original_load is not None:
        RasaModel.load = classmethod(_original_load)  # type: ignore[assignment]
        _original_load = None
    if _original is None:
        return
    RemoteAction._validate_action_result = _original  # type: ignore[assignment]
    _original = None
