"""Reading Rasa NLU test files: each example's plain text (entity markup removed) and intent."""
import re
from pathlib import Path
from typing import Iterator, Tuple

import yaml

_ENTITY = re.compile(r"\[([^\]]+)\]\([^)]+\)")  # "[Glasgow](place)" -> "Glasgow"


def examples(path: Path) -> Iterator[Tuple[str, str]]:
    """(text, intent) for every example line of an NLU YAML file."""
    for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
        for line in block["examples"].splitlines():
            if line.strip():
                yield _ENTITY.sub(r"\1", line.strip()[2:]), block["intent"]
