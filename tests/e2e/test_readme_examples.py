"""The README's example conversations, replayed against the real server: the README never shows a
conversation the bot can't hold."""
import re
import uuid
from pathlib import Path

import pytest

from tests.conftest import chat
from tests.conversations.runner import contains, reply_text

pytestmark = pytest.mark.e2e

README = Path(__file__).resolve().parents[2] / "README.md"


def conversations():
    section = README.read_text().split("## Example conversations", 1)[1].split("\n## ", 1)[0]
    found = []
    for block in re.findall(r"```\n(.*?)```", section, re.DOTALL):
        turns, current = [], None
        for line in block.splitlines():
            if line.startswith("you:"):
                current = [line[4:].strip(), []]
                turns.append(current)
            elif line.startswith("harbour:") or (line.startswith(" ") and current and current[1] is not None):
                text = line.split(":", 1)[1] if line.startswith("harbour:") else line
                current[1].extend(part.strip() for part in text.split("…") if len(part.strip()) > 3)
        found.append(turns)
    return found


def test_the_readme_has_examples():
    assert len(conversations()) >= 3


@pytest.mark.parametrize("turns", conversations(), ids=lambda turns: turns[0][0][:40])
def test_each_readme_conversation_happens(stack, turns):
    sender = f"readme-{uuid.uuid4().hex}"
    for typed, expected in turns:
        reply = reply_text(chat(stack, sender, typed))
        for fragment in expected:
            assert contains(reply, fragment), f"{typed!r}: {fragment!r} not in\n{reply}"
