"""Where the team's sourced facts (shared/content/FACTS.md) are: beside this checkout, in the
shared folder of this machine (a clean clone elsewhere, as CI makes), or where HARBOUR_FACTS_MD says."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = [
    Path(os.environ["HARBOUR_FACTS_MD"]) if os.environ.get("HARBOUR_FACTS_MD") else None,
    ROOT.parent / "shared" / "content" / "FACTS.md",
    Path("/work/shared/content/FACTS.md"),
]
FACTS = next((path for path in CANDIDATES if path is not None and path.is_file()), CANDIDATES[1])

SOURCES = ROOT / "docs" / "sources-2026-12.md"
"""Facts sourced after FACTS.md (issue 13), with quotes: FACTS.md should absorb them."""


def sourced_text() -> str:
    """FACTS.md and the later sources record together: what a fact may be backed by."""
    return FACTS.read_text(encoding="utf-8") + "\n" + SOURCES.read_text(encoding="utf-8")
