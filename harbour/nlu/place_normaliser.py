"""Rasa NLU component wrapping :mod:`harbour.nlu.places`."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from harbour.nlu.places import DEFAULT_GAZETTEER, PlaceMatcher, nation_entities


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False
)
class PlaceNormaliser(GraphComponent):
    """Adds a ``nation`` entity for every UK nation or place named in the message."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """The gazetteer path (relative paths are taken from the working directory)."""
        return {"gazetteer": str(DEFAULT_GAZETTEER)}

    def __init__(self, matcher: PlaceMatcher) -> None:
        self._matcher = matcher

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "PlaceNormaliser":
        """Loads the gazetteer once per process."""
        return cls(PlaceMatcher.from_path(Path(config["gazetteer"])))

    def process(self, messages: List[Message]) -> List[Message]:
        """Appends nation entities, dropping any other extractor's ``place`` entities."""
        for message in messages:
            entities = [
                entity
                for entity in message.get(ENTITIES, [])
                if entity.get("entity") != "place"
            ]
            entities.extend(nation_entities(self._matcher, message.get(TEXT)))
            message.set(ENTITIES, entities, add_to_output=True)
        return messages

    def process_training_data(self, training_data: Any) -> Any:
        """Training data passes through untouched."""
        return training_data
