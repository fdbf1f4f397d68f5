"""NLU quality on test sets written apart from the training data, with the safety net in place.

Writes artifacts/nlu_report.json (accuracy, macro-F1, per-intent F1, danger and self-harm recall)
and asserts the targets: accuracy >= 0.95, no intent below 0.85 F1, danger recall 100%.
"""
from __future__ import annotations

import asyncio
import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "nlu" / "heldout.yml"
SAFETY_UNSEEN = ROOT / "tests" / "nlu" / "safety_unseen.yml"
REPORT = ROOT / "artifacts" / "nlu_report.json"


def examples(path: Path):
    for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
        for line in block["examples"].splitlines():
            if line.strip():
                yield re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line.strip()[2:]), block["intent"]


@pytest.fixture(scope="module")
def predictions(model_path):
    from rasa.core.agent import Agent

    agent = Agent.load(model_path)
    texts = {text for path in (HELDOUT, SAFETY_UNSEEN) for text, _ in examples(path)}

    async def parse_all():
        return {text: (await agent.parse_message(text))["intent"]["name"] for text in texts}

    return asyncio.run(parse_all())


def f1_scores(pairs):
    labels = {gold for gold, _ in pairs} | {pred for _, pred in pairs}
    scores = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fn == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn)
        scores[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return scores


def test_heldout_accuracy_macro_f1_and_safety_recall(predictions):
    pairs = [(gold, predictions[text]) for text, gold in examples(HELDOUT)]
    accuracy = sum(g == p for g, p in pairs) / len(pairs)
    f1 = f1_scores(pairs)
    macro_f1 = sum(f1.values()) / len(f1)
    danger = [(t, predictions[t]) for t, g in examples(HELDOUT) if g == "danger_now"]
    unseen = list(examples(SAFETY_UNSEEN))
    unseen_danger = [(t, predictions[t]) for t, g in unseen if g == "danger_now"]
    unseen_self_harm = [(t, predictions[t]) for t, g in unseen if g == "self_harm"]
    unseen_false_alarms = [(t, predictions[t]) for t, g in unseen if g == "not_danger" and predictions[t] in ("danger_now", "self_harm")]
    report = {
        "heldout_examples": len(pairs),
        "accuracy": round(accuracy, 4),
        "macro_f1": round(macro_f1, 4),
        "danger_recall": sum(p == "danger_now" for _, p in danger) / len(danger),
        "unseen_danger_recall": sum(p == "danger_now" for _, p in unseen_danger) / len(unseen_danger),
        "unseen_self_harm_recall": sum(p == "self_harm" for _, p in unseen_self_harm) / len(unseen_self_harm),
        "unseen_false_alarms": len(unseen_false_alarms),
        "per_intent_f1": {k: round(v, 3) for k, v in sorted(f1.items())},
        "confusions": Counter(f"{g} -> {p}" for g, p in pairs if g != p).most_common(30),
        "missed_danger": [t for t, p in danger + unseen_danger if p != "danger_now"],
    }
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=2))
    print(json.dumps({k: v for k, v in report.items() if k not in ("per_intent_f1", "confusions")}, indent=2))

    assert report["missed_danger"] == [], "a danger message was missed"
    assert report["unseen_self_harm_recall"] == 1.0
    assert accuracy >= 0.95, report["confusions"]
    weak = {k: v for k, v in f1.items() if v < 0.85}
    assert not weak, weak
