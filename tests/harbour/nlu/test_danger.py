"""The safety net's patterns: danger and self-harm are never missed, the past is not danger."""
from pathlib import Path
import re

import pytest
import yaml

from harbour.nlu.danger import DANGER, SELF_HARM, classify, normalise

UNSEEN = Path(__file__).parents[2] / "nlu" / "safety_unseen.yml"


def _examples(path: Path) -> dict:
    blocks = yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]
    return {
        block["intent"]: [
            re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line.strip()[2:])
            for line in block["examples"].splitlines()
            if line.strip()
        ]
        for block in blocks
    }


@pytest.mark.parametrize(
    "text",
    [
        "he's outside the door",
        "hes got a knife",
        "I can't talk, he's in the room",
        "cant talk",
        "HES OUTSIDE WIV A KNFIE",
        "he\u2019s kicking the door in",
        "my ex is here",
        "he's coming back and said he'll kill me",
        "im hiding in the bathroom",
        "please send police",
        "he is strangling me",
        "help door",
    ],
)
def test_danger_phrases_are_caught(text):
    assert classify(text) == DANGER


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "I want to end it all",
        "thinking about killing myself",
        "everyone would be better off without me",
        "i wanna die tbh",
    ],
)
def test_self_harm_phrases_are_caught(text):
    assert classify(text) == SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "he hit me last week",
        "he threatened me with a knife last year",
        "I can't talk to anyone about this",
        "what is clare's law",
        "he checks my phone",
        "i want to end it with him",
        "",
        None,
        "\U0001F622\U0001F622",
    ],
)
def test_ordinary_messages_are_not_flagged(text):
    assert classify(text) is None


def test_danger_wins_over_self_harm():
    assert classify("he's outside with a knife and I want to die") == DANGER


def test_normalise_expands_text_speak():
    assert normalise("Hes outside wiv a knfie!!") == "he is outside with a knife"


@pytest.mark.skipif(not UNSEEN.is_file(), reason="tests/nlu/safety_unseen.yml is absent")
def test_unseen_danger_and_self_harm_recall():
    """A test set written blind to these patterns: every danger and self-harm message is caught."""
    examples = _examples(UNSEEN)
    missed_danger = [t for t in examples["danger_now"] if classify(t) != DANGER]
    missed_self_harm = [t for t in examples["self_harm"] if classify(t) is None]
    assert not missed_danger, missed_danger
    assert not missed_self_harm, missed_self_harm
