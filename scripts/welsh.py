"""Every English sentence Harbour's actions and staff dashboard can show, and which have no Welsh yet.

The actions translate with ``harbour.language.say(language, english)``; this finds each English
key: literal arguments of ``say`` (and of ``utter_helplines`` and ``utter_helplines_then_999``,
which say their intro), the tables the actions translate (button titles, form names, who each
line is for, nation names), and the words of the services directory that reach a person (hours,
tips, guidance, scheme steps).
The staff dashboard (harbour/dashboard) adds its own: ``say`` calls and ``InputError`` messages
in its modules, ``t("...")`` calls in its templates, and its label tables (page titles, outcomes,
metrics, channels, languages).
``tests/test_welsh.py`` fails on any key without Welsh in harbour/content/cy.yml.

    .venv/bin/python scripts/welsh.py            # counts
    .venv/bin/python scripts/welsh.py --missing  # YAML for the keys with no Welsh yet
"""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Sequence, Set

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from actions import abuse_check, base, clares_law, fallback, guidance, helplines  # noqa: E402
from harbour.abuse_forms import FORM_NAMES  # noqa: E402
from harbour.channels.telegram import messages as tg  # noqa: E402
from harbour.dashboard import report_pages, reports  # noqa: E402
from harbour.language import welsh  # noqa: E402
from harbour.services import load_directory  # noqa: E402
from harbour.vocab import NATION_NAMES  # noqa: E402

DASHBOARD = ROOT / "harbour" / "dashboard"
SOURCES = sorted((ROOT / "actions").glob("*.py")) + [
    ROOT / "harbour" / "routing.py",
    ROOT / "harbour" / "channels" / "telegram" / "messages.py",
    ROOT / "harbour" / "channels" / "telegram" / "handlers.py",
] + sorted(DASHBOARD.glob("*.py"))
TEMPLATES = sorted((DASHBOARD / "templates").glob("*.html"))
TEMPLATE_CALL = re.compile(r"""\bt\(\s*(?:"([^"\n]*)"|'([^'\n]*)')""")
"""``t("English", ...)`` in a Jinja template: the key is its first argument, a one-line string."""


def _module_strings(tree: ast.Module) -> Dict[str, str]:
    found: Dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def _literal(node: ast.AST, names: Dict[str, str]) -> Iterator[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.Name) and node.id in names:
        yield names[node.id]
    elif isinstance(node, ast.IfExp):
        yield from _literal(node.body, names)
        yield from _literal(node.orelse, names)


def code_phrases(sources: Sequence[Path] = tuple(SOURCES)) -> Set[str]:
    """English passed to ``say`` (or as a helpline intro) anywhere in the actions, routing and dashboard."""
    phrases: Set[str] = set()
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in sources]
    names: Dict[str, str] = {}  # module-level strings of every module, so imported ones resolve too
    for tree in trees:
        names.update(_module_strings(tree))
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name == "say" and len(node.args) >= 2:
                phrases.update(_literal(node.args[1], names))
            elif name in ("utter_helplines", "utter_helplines_then_999", "helpline_blocks", "helpline_messages") and len(node.args) >= 3:
                phrases.update(_literal(node.args[2], names))
            elif name == "answer_again" and len(node.args) >= 4:
                phrases.update(_literal(node.args[3], names))
            elif name in ("t", "InputError") and node.args:  # the dashboard's words and its errors
                phrases.update(_literal(node.args[0], names))
    return {phrase for phrase in phrases if phrase.strip()}


def table_phrases() -> Set[str]:
    """The tables the actions translate entry by entry."""
    phrases: Set[str] = set(NATION_NAMES.values()) | {"England and Wales"}
    phrases.update(FORM_NAMES.values())
    phrases.update(button["title"] for button in abuse_check.OFFER_BUTTONS)
    phrases.update(button["title"] for button in helplines.WHO_IS_IT_FOR)
    phrases.update(button["title"] for button in fallback.TOPICS)
    phrases.update(button["title"] for button in clares_law.buttons(None, None))
    phrases.update(who for who, _ in base.OTHER_LINES)
    phrases.update(intro for entries in guidance.EXTRA_SERVICES.values() for intro, _ in entries)
    phrases.update(tg._STATUS.values())
    phrases.add("I can't confirm their current hours, so they may not answer at every time")
    phrases.update((tg.START_NOTE, tg.HELP_NOTE, tg.FORGOTTEN, tg.UNSUPPORTED_REPLY, tg.EDITED_REPLY))
    return phrases


def directory_phrases() -> Set[str]:
    """The services directory's words that reach a person (names, numbers and addresses excepted)."""
    found = load_directory()
    phrases: Set[str] = set()
    for service in found.services:
        phrases.add(service.hours.summary)
        phrases.update(service.tips)
        phrases.update(other.label for other in service.other_phones)
    for emergency in found.emergency.values():
        phrases.add(emergency.summary)
    for entry in found.guidance.values():
        phrases.add(entry.title)
        phrases.update(entry.points)
        for points in entry.by_nation.values():
            phrases.update(points)
    for scheme in found.schemes.values():
        phrases.update(route.name for route in scheme.routes)
        phrases.update(route.description for route in scheme.routes)
        phrases.update(scheme.how_to_apply)
        phrases.update((scheme.who_can_ask, scheme.who_receives))
        if scheme.timescale:
            phrases.add(scheme.timescale)
    return {phrase for phrase in phrases if phrase and phrase.strip()}


def template_phrases() -> Set[str]:
    """English keys of ``t("...")`` calls in the dashboard's templates."""
    phrases: Set[str] = set()
    for path in TEMPLATES:
        for double, single in TEMPLATE_CALL.findall(path.read_text(encoding="utf-8")):
            phrases.add(double or single)
    return {phrase for phrase in phrases if phrase.strip()}


def dashboard_table_phrases() -> Set[str]:
    """The dashboard's labels, translated entry by entry (nation names are in `table_phrases`)."""
    phrases: Set[str] = {page.title for page in report_pages.PAGES.values()}
    phrases.update(reports.OUTCOME_LABELS.values())
    phrases.update(label for _, label in reports.METRICS)
    phrases.update(reports.CHANNEL_LABELS.values())
    phrases.update(reports.LANGUAGE_LABELS.values())
    phrases.update(reports.BAD_DATE.values())
    phrases.update(reports.UNREAL_DATE.values())
    return phrases


def dashboard_phrases() -> Set[str]:
    """Every English key the staff dashboard can show (its code's are in `code_phrases` too)."""
    nations = set(reports.NATION_LABELS.values())
    return code_phrases(sorted(DASHBOARD.glob("*.py"))) | template_phrases() | dashboard_table_phrases() | nations


def english_phrases() -> Set[str]:
    return code_phrases() | table_phrases() | directory_phrases() | template_phrases() | dashboard_table_phrases()


def missing(phrases: Dict[str, str]) -> List[str]:
    return sorted(phrase for phrase in english_phrases() if not phrases.get(phrase))


def main(argv: List[str]) -> int:

    have = dict(welsh().phrases)
    gaps = missing(have)
    if "--missing" in argv:
        print(yaml.safe_dump({phrase: "" for phrase in gaps}, allow_unicode=True, sort_keys=True, width=1000))
        return 0
    print(f"{len(english_phrases())} English phrases; {len(gaps)} without Welsh")
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
