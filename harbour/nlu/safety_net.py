"""Rasa NLU component that forces the danger and self-harm intents whatever DIET predicts."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from harbour.nlu.danger import SELF_HARM, calm_despite_the_words, classify, escalate
from harbour.nlu.profile_extractor import ANSWER_MARK, DESCRIPTION_MARK, TOPIC_MARK

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class SafetyNet(GraphComponent):
    """Overrides the predicted intent when a message matches danger or self-harm language, or when
    the classifier's own danger or self-harm score is high enough to err on the side of safety.

    Put it last in the pipeline, after FallbackClassifier, so a low-confidence danger message
    is never turned into ``nlu_fallback``.
    """

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetyNet":
        """Creates the component (it has no state)."""
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        """Sets the intent to danger_now / self_harm where the patterns say so."""
        for message in messages:
            current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            scores = {
                item.get(INTENT_NAME_KEY): item.get(PREDICTED_CONFIDENCE_KEY) or 0.0
                for item in message.get(INTENT_RANKING_KEY) or []
            }
            if message.get(ANSWER_MARK) or message.get(TOPIC_MARK):
                # A typed answer ("myself", "for my sister", "yeah") or a question about a service:
                # the patterns still run, but the classifier's score alone never turns it into a crisis.
                scores = {}
            elif message.get(DESCRIPTION_MARK):
                # Someone describing what another person does to them: self-harm only if the
                # patterns say so; danger still escalates on the score.
                scores.pop(SELF_HARM, None)
            text = message.get(TEXT)
            forced = classify(text)
            if forced is None:
                forced = escalate(current, scores)
                if forced and calm_despite_the_words(text):
                    # "this cold is killing me", "i used to self harm as a teenager but i haven't for
                    # 6 years": the score alone doesn't make it a crisis (read only when it would).
                    forced = None
            if not forced or current == forced:
                continue
            # Only intent names are logged: never the text.
            logger.info("Safety net forced intent %s over %s.", forced, current)
            top = {INTENT_NAME_KEY: forced, PREDICTED_CONFIDENCE_KEY: 1.0}
            ranking = [
                item
                for item in message.get(INTENT_RANKING_KEY) or []
                if item.get(INTENT_NAME_KEY) != forced
            ]
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)
        return messages

    def process_training_data(self, training_data: Any) -> Any:
        """Training data passes through untouched."""
        return training_data
