"""Rasa's SpacyNLP, loading each spaCy pipeline once per process instead of twice.

Rasa 3.6 puts SpacyNLP in the prediction graph twice (one node provides the model to the
tokenizer and featurizer, another processes messages), and each node loads the pipeline from
disk: two copies, ~270 MiB each. This subclass shares one copy per model path. The class keeps
the name ``SpacyNLP`` because Rasa wires SpacyTokenizer/SpacyFeaturizer to their model provider
by class name.
"""
from __future__ import annotations

import threading
from typing import Dict, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.nlu.utils.spacy_utils import SpacyNLP as RasaSpacyNLP

_LOADED: Dict[Text, SpacyModel] = {}
_LOCK = threading.Lock()


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="SpacyNLP",
)
class SpacyNLP(RasaSpacyNLP):
    """Provides the spaCy pipeline, loaded once per process and shared by every graph node."""

    @staticmethod
    def load_model(spacy_model_name: Text) -> SpacyModel:
        """Returns the process-wide copy of the pipeline, loading it on first use."""
        with _LOCK:
            model = _LOADED.get(spacy_model_name)
            if model is None:
                model = RasaSpacyNLP.load_model(spacy_model_name)
                _LOADED[spacy_model_name] = model
            return model
