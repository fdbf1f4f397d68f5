"""The deployer's documents state no measured figure: they point at the files the tests write.

A DPIA or transparency record that copies "danger recall 97%" goes stale with the next release
and may never have been true of the release deployed. Every number in these documents must be in
the allow-list next to this test (tests/docs_figures.py), which says where each comes from, and
every artifact the documents point at must be one the suite really writes.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.docs_figures import NUMBERS, PERCENTAGES

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [
    ROOT / "docs" / "dpia.md",
    ROOT / "docs" / "transparency-record.md",
    ROOT / "docs" / "deploying.md",
    ROOT / "docs" / "accessibility-statement.md",
    ROOT / "web" / "demo" / "accessibility.html",
]
# A number: digits with optional dotted parts and an optional percent sign, not inside a word,
# a path or a URL (file names like harbour-<fingerprint> and links are not statements).
NUMBER = re.compile(r"(?<![\w./#:-])(\d+(?:\.\d+)*)(\s?%|\s?x\b|\s?ms\b|\s?s\b|\s?MiB\b|\s?GB\b)?(?![\w/])")
CODE = re.compile(r"`[^`]*`|https?://\S+|<[^>]+>")
ARTIFACTS = {"artifacts/nlu_report.json": "tests/test_nlu_quality.py",
             "artifacts/conversations.json": "tests/e2e/test_conversations.py",
             "artifacts/bench.json": "scripts/bench.py"}


def figures(text: str):
    for line in CODE.sub(" ", text).splitlines():
        for match in NUMBER.finditer(line):
            yield match.group(1), (match.group(2) or "").strip(), line.strip()


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_every_number_is_in_the_allow_list_and_none_is_a_measurement(document):
    unknown = []
    for number, unit, line in figures(document.read_text(encoding="utf-8")):
        if unit == "%":
            if f"{number}%" not in PERCENTAGES:
                unknown.append(f"{number}%: {line}")
        elif unit:
            unknown.append(f"{number} {unit} (a measurement?): {line}")
        elif number not in NUMBERS:
            unknown.append(f"{number}: {line}")
    assert unknown == [], "Refer to the artifact file instead, or add the figure to tests/docs_figures.py with its source"


def test_the_check_catches_measured_figures():
    planted = "Danger recall was 97% (0.97); p50 33 ms, 1.88x stock, 946 MiB; 150 conversations passed."
    found = {(number, unit) for number, unit, _ in figures(planted)}
    assert {("97", "%"), ("0.97", ""), ("33", "ms"), ("1.88", "x"), ("946", "MiB"), ("150", "")} <= found
    assert not {number for number, unit, _ in figures(planted) if not unit and number in NUMBERS}


def test_the_dpia_and_the_record_point_at_the_artifacts_the_suite_writes():
    for document in (ROOT / "docs" / "dpia.md", ROOT / "docs" / "transparency-record.md"):
        text = document.read_text(encoding="utf-8")
        for artifact in ("artifacts/nlu_report.json", "artifacts/conversations.json", "artifacts/bench.json"):
            assert artifact in text, (document.name, artifact)
    # The keys the record names are the keys tests/test_nlu_quality.py writes.
    writer = (ROOT / "tests" / "test_nlu_quality.py").read_text(encoding="utf-8")
    for key in ("danger_recall", "self_harm_recall", "false_alarms", "not_danger_examples", '"blind"', '"safety"'):
        assert key in writer, key
    assert "artifacts/nlu_report.json" in writer or '"nlu_report.json"' in writer
    assert "bench.json" in (ROOT / "scripts" / "bench.py").read_text(encoding="utf-8")


def test_every_allow_listed_figure_says_where_it_comes_from():
    for table in (NUMBERS, PERCENTAGES):
        assert all(isinstance(source, str) and len(source) > 10 for source in table.values())
