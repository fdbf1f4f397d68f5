"""The NumPy sentence encoder gives all-MiniLM-L6-v2's own vectors, and the intent ensemble averages
DIET's ranking with its regression's (harbour/nlu/sentence_encoder.py, harbour/nlu/intent_ensemble.py)."""
from __future__ import annotations

import numpy as np
import pytest

from harbour.nlu.sentence_encoder import DEFAULT_DIR, SentenceEncoder

pytestmark = pytest.mark.skipif(not (DEFAULT_DIR / "model.safetensors").is_file(), reason="run make setup first")


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder()


def test_matches_the_model_cards_output(encoder):
    # sentence-transformers' all-MiniLM-L6-v2 for "This is an example sentence" (first five of 384).
    vector = encoder.encode("This is an example sentence")
    assert vector.shape == (384,)
    assert np.allclose(vector[:5], [0.0676569, 0.0634960, 0.0487131, 0.0793050, 0.0374481], atol=2e-4)
    assert abs(np.linalg.norm(vector) - 1.0) < 1e-5


def test_wordpiece_tokens_as_bert_uncased(encoder):
    assert encoder.tokens("A man is eating food.") == [101, 1037, 2158, 2003, 5983, 2833, 1012, 102]
    assert encoder.tokens("") == [101, 102]
    assert len(encoder.tokens("word " * 400)) == 128  # long messages are cut, never an error


def test_paraphrases_are_closer_than_other_topics(encoder):
    control = encoder.encode("he won't let me see my friends")
    same = encoder.encode("my partner stops me seeing my mates")
    other = encoder.encode("how do i apply for clares law")
    assert control @ same > control @ other + 0.15


def test_the_ensemble_corrects_a_near_miss_and_keeps_a_confident_answer(tmp_path):
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from harbour.nlu.intent_ensemble import IntentEnsemble

    examples = [("he controls all my money", "economic"), ("he takes my wages", "economic"), ("he keeps my bank card", "economic"),
                ("how do i apply for clares law", "clares"), ("can i ask the police about his past", "clares"),
                ("the disclosure scheme, how does it work", "clares")]
    data = TrainingData([Message(data={"text": t, "intent": i}) for t, i in examples])
    storage, resource = LocalModelStorage(tmp_path), Resource("ensemble")
    IntentEnsemble.create({}, storage, resource, None).train(data)
    ensemble = IntentEnsemble.load({}, storage, resource, None)

    def ranked(text: str, diet: dict) -> str:
        message = Message(data={"text": text, "intent": {"name": max(diet, key=diet.get), "confidence": max(diet.values())},
                                "intent_ranking": [{"name": n, "confidence": c} for n, c in diet.items()]})
        ensemble.process([message])
        ranking = message.get("intent_ranking")
        assert abs(sum(r["confidence"] for r in ranking) - 1.0) < 1e-6
        return message.get("intent")["name"]

    # DIET unsure and wrong; the regression sure: corrected.
    assert ranked("he takes all my money off me", {"clares": 0.55, "economic": 0.45}) == "economic"
    # DIET sure: it stands.
    assert ranked("how do i apply for clares law", {"clares": 0.99, "economic": 0.01}) == "clares"


def test_a_model_without_the_trained_ensemble_fails_loudly_rather_than_serving_diet_alone(tmp_path):
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    from harbour.nlu.intent_ensemble import IntentEnsemble

    with pytest.raises(RuntimeError, match="make model"):
        IntentEnsemble.load({}, LocalModelStorage(tmp_path), Resource("never_trained"), None)
