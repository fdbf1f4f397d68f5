"""The fast model load gives exactly the model Rasa's own load gives: same intents, same scores.

Both loads of the trained model answer every message of every NLU test set and a few dialogue
states; the fast path must really be taken (no fall-back) and must take less time.
"""
import asyncio
import logging
import time
from pathlib import Path

import pytest

from harbour.startup import patches
from tests.nlu_examples import examples

pytestmark = pytest.mark.model

NLU_TESTS = Path(__file__).parents[2] / "nlu"
DIALOGUE = ["what is clare's law", "I want to apply", "I live in Glasgow", "he's outside with a knife",
            "who can I call", "I'm a man being abused", "thank you"]


def texts():
    return [text for path in sorted(NLU_TESTS.glob("*.yml")) for text, _ in examples(path)]


def answers(model_path, messages):
    """Loads the model; its top-3 intents for every message and next-action scores for a dialogue."""
    from rasa.core.agent import Agent
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    started = time.monotonic()
    agent = Agent.load(model_path)
    seconds = time.monotonic() - started

    async def run():
        out = {}
        for text in messages:
            parsed = await agent.parse_message(text)
            out[text] = [(i["name"], round(i["confidence"], 5)) for i in parsed["intent_ranking"][:3]]
        tracker = DialogueStateTracker.from_events("perf", [ActionExecuted("action_listen")],
                                                   slots=agent.domain.slots)
        for text in DIALOGUE:  # one growing conversation: TED sees history, not just one turn
            parsed = await agent.parse_message(text)
            tracker.update(UserUttered(text, parsed["intent"], parsed.get("entities", []), parse_data=parsed))
            prediction = agent.processor.predict_next_with_tracker(tracker)
            top = sorted(prediction["scores"], key=lambda s: -s["score"])[:3]
            out["dialogue: " + text] = [prediction["policy"], [(s["action"], round(s["score"], 5)) for s in top]]
            tracker.update(ActionExecuted(top[0]["action"]))
            tracker.update(ActionExecuted("action_listen"))
        return out

    return asyncio.run(run()), seconds, weights(agent)


def weights(agent):
    """Every variable of every TensorFlow model the agent loaded (DIET, TED), by component and name."""
    from rasa.utils.tensorflow.models import RasaModel

    found = {}
    for name, node in agent.processor.graph_runner._instantiated_nodes.items():
        model = getattr(node._component, "model", None)
        if isinstance(model, RasaModel):
            for variable in model.variables:
                found[(type(node._component).__name__, variable.name)] = variable.numpy()
    return found


def test_fast_load_answers_exactly_as_rasas_load(model_path, caplog):
    messages = texts()
    assert len(messages) > 500
    patches.uninstall()
    expected, slow_seconds, slow_weights = answers(model_path, messages)
    patches.install_fast_load()
    try:
        with caplog.at_level(logging.WARNING, logger="harbour.startup.patches"):
            got, fast_seconds, fast_weights = answers(model_path, messages)
    finally:
        patches.uninstall()
    assert not [r for r in caplog.records if "Fast model load failed" in r.getMessage()]
    components = {component for component, _ in slow_weights}
    assert {"DIETClassifier", "TEDPolicy"} <= components, components
    assert slow_weights.keys() == fast_weights.keys()
    unequal = [key for key in slow_weights if not (slow_weights[key] == fast_weights[key]).all()]
    assert not unequal, unequal[:5]
    different = {k: (expected[k], got.get(k)) for k in expected if expected[k] != got.get(k)}
    assert not different, list(different.items())[:5]
    print(f"model load: Rasa's {slow_seconds:.1f} s, fast {fast_seconds:.1f} s")
    assert fast_seconds < slow_seconds
