"""Run the typed-conversation suite against a Harbour REST channel and judge each reply.

The conversations (``dev/*.yml``, ``heldout/*.yml`` beside this file) were written blind, from
the topics and FACTS.md only, by writers who never saw ``data/``: turns typed the way people
write, each with the facts its reply must (``must``) and must not (``must_not``) carry.
``heldout`` is never tuned on; ``dev`` may be learnt from.

    python -m tests.conversations.runner --url http://127.0.0.1:5005 [--half heldout] [--show-failures]

Matching: case-insensitive substrings of the whole reply to one message (every bubble, button
title and handoff card joined); curly and straight apostrophes are the same; a phone number is
matched ignoring spaces. A ``danger: true`` turn must carry 999, a ``self_harm: true`` turn
116 123 — on top of its own checks.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence

import yaml

HERE = Path(__file__).resolve().parent
HALVES = ("dev", "heldout")
RESPECT = "0808 802 4040"
# How the two safety answers begin (domain.yml utter_danger, utter_self_harm): a reply that begins
# so on a turn the writer didn't mark as danger or self-harm is a false alarm.
DANGER_ANSWER = "If you're in danger now, call 999.\nIf you can't speak"
SELF_HARM_ANSWER = "I'm really glad you told me."
_PHONE = re.compile(r"^\+?[\d ]{3,}$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})

Reply = List[Dict[str, Any]]
Send = Callable[[str, str], Reply]


@dataclass(frozen=True)
class Turn:
    user: str
    must: Sequence[Sequence[str]]
    must_not: Sequence[str]
    danger: bool = False
    self_harm: bool = False


@dataclass(frozen=True)
class Conversation:
    id: str
    topic: str
    half: str
    turns: Sequence[Turn]

    @property
    def multi_turn(self) -> bool:
        return len(self.turns) > 1


@dataclass
class TurnResult:
    turn: Turn
    reply: str
    missing: List[Sequence[str]] = field(default_factory=list)
    forbidden: List[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.missing and not self.forbidden


@dataclass
class Result:
    conversation: Conversation
    turns: List[TurnResult]

    @property
    def passed(self) -> bool:
        return all(turn.passed for turn in self.turns)


def _alternatives(item: Any) -> List[str]:
    if isinstance(item, (list, tuple)):
        return [str(x) for x in item]
    return [str(item)]


def load(half: str, root: Path = HERE) -> List[Conversation]:
    """Every conversation of one half, in file order (ids are checked unique)."""
    conversations: List[Conversation] = []
    for path in sorted((root / half).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for raw in data.get("conversations") or []:
            turns = [
                Turn(
                    user=str(t["user"]),
                    must=[_alternatives(item) for item in t.get("must") or []],
                    must_not=[str(x) for x in t.get("must_not") or []],
                    danger=bool(t.get("danger")),
                    self_harm=bool(t.get("self_harm")),
                )
                for t in raw["turns"]
            ]
            conversations.append(Conversation(str(raw["id"]), str(raw.get("topic", "")), half, turns))
    seen = set()
    for conversation in conversations:
        if conversation.id in seen:
            raise ValueError(f"{half}: duplicate conversation id {conversation.id}")
        seen.add(conversation.id)
    return conversations


def reply_text(replies: Iterable[Mapping[str, Any]]) -> str:
    """Everything a person sees of one reply: texts, button titles and handoff cards."""
    parts: List[str] = []
    for reply in replies:
        if reply.get("text"):
            parts.append(str(reply["text"]))
        for button in reply.get("buttons") or []:
            parts.append(str(button.get("title", "")))
        custom = reply.get("custom")
        if isinstance(custom, dict) and isinstance(custom.get("service"), dict):
            service = custom["service"]
            parts.extend(str(service.get(key) or "") for key in ("name", "phone", "text", "website", "hours"))
    return "\n".join(parts)


def _norm(text: str) -> str:
    return " ".join(text.translate(_APOSTROPHES).lower().split())


def contains(reply: str, expected: str) -> bool:
    """Case-insensitive substring; phone numbers ignore spaces."""
    if _PHONE.match(expected.strip()):
        return re.sub(r"\s", "", expected) in re.sub(r"\s", "", reply)
    return _norm(expected) in _norm(reply)


def judge(turn: Turn, reply: str) -> TurnResult:
    must = list(turn.must)
    if turn.danger:
        must.append(["999"])
    if turn.self_harm:
        must.append(["116 123"])
    result = TurnResult(turn, reply)
    result.missing = [alts for alts in must if not any(contains(reply, alt) for alt in alts)]
    result.forbidden = [bad for bad in turn.must_not if contains(reply, bad)]
    return result


def run(conversations: Sequence[Conversation], send: Send) -> List[Result]:
    """Each conversation as a new person (a fresh sender id), turns in order."""
    results = []
    for conversation in conversations:
        sender = f"typed-{uuid.uuid4().hex}"
        turns = [judge(turn, reply_text(send(sender, turn.user))) for turn in conversation.turns]
        send(sender, "forget")  # leave nothing behind
        results.append(Result(conversation, turns))
    return results


def summary(results: Sequence[Result]) -> Dict[str, Any]:
    """The figures: conversation pass rate overall, per topic, multi-turn, danger and misroutes."""

    def rate(subset: Sequence[Result]) -> Dict[str, Any]:
        passed = sum(1 for r in subset if r.passed)
        return {"passed": passed, "total": len(subset), "rate": round(passed / len(subset), 4) if subset else None}

    topics = sorted({r.conversation.topic for r in results})
    turns = [t for r in results for t in r.turns]
    danger = [t for t in turns if t.turn.danger]
    self_harm = [t for t in turns if t.turn.self_harm]
    hurt = [t for t in turns if RESPECT in t.turn.must_not]

    def false_alarms(topic: Optional[str] = None) -> Dict[str, int]:
        calm = [t for r in results if topic in (None, r.conversation.topic) for t in r.turns if not t.turn.danger and not t.turn.self_harm]
        return {
            "calm_turns": len(calm),
            "danger_answer": sum(t.reply.startswith(DANGER_ANSWER) for t in calm),
            "self_harm_answer": sum(t.reply.startswith(SELF_HARM_ANSWER) for t in calm),
        }

    return {
        "conversations": rate(results),
        "multi_turn": rate([r for r in results if r.conversation.multi_turn]),
        "turns": {"passed": sum(t.passed for t in turns), "total": len(turns)},
        "by_topic": {topic: rate([r for r in results if r.conversation.topic == topic]) for topic in topics},
        "danger_turns": {"with_999": sum(contains(t.reply, "999") for t in danger), "total": len(danger)},
        "self_harm_turns": {"with_116_123": sum(contains(t.reply, "116 123") for t in self_harm), "total": len(self_harm)},
        "hurt_sent_to_respect": sum(contains(t.reply, RESPECT) for t in hurt),
        "false_alarms": false_alarms(),
        "false_alarms_by_topic": {topic: false_alarms(topic) for topic in topics},
    }


def failures(results: Sequence[Result]) -> List[Dict[str, Any]]:
    """Each failed turn: what was typed, what was missing or wrong, and the reply (test data only)."""
    out = []
    for result in results:
        for index, turn in enumerate(result.turns):
            if not turn.passed:
                out.append(
                    {
                        "id": result.conversation.id,
                        "turn": index + 1,
                        "user": turn.turn.user,
                        "missing": [list(m) for m in turn.missing],
                        "forbidden": turn.forbidden,
                        "reply": turn.reply,
                    }
                )
    return out


def rest_sender(url: str, timeout: float = 60) -> Send:
    """A ``send`` over Harbour's REST channel at ``url`` (the Rasa server's origin)."""

    def send(sender: str, message: str) -> Reply:
        request = urllib.request.Request(
            f"{url.rstrip('/')}/webhooks/rest/webhook",
            data=json.dumps({"sender": sender, "message": message}).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - loopback
            return json.loads(response.read())

    return send


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:5005")
    parser.add_argument("--half", action="append", help="a folder of conversation files under --root")
    parser.add_argument("--root", type=Path, default=HERE, help="where the halves are (e.g. a new blind set)")
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--json", type=Path, help="write figures and failures here")
    args = parser.parse_args(argv)
    report: Dict[str, Any] = {}
    for half in args.half or HALVES:
        if not (args.root / half).is_dir():
            parser.error(f"no folder {args.root / half}")
        results = run(load(half, args.root), rest_sender(args.url))
        report[half] = {"summary": summary(results), "failures": failures(results)}
        figures = report[half]["summary"]
        print(f"{half}: {figures['conversations']} multi-turn {figures['multi_turn']} "
              f"danger {figures['danger_turns']} self-harm {figures['self_harm_turns']} "
              f"hurt->Respect {figures['hurt_sent_to_respect']} false alarms {figures['false_alarms']}")
        for topic, rate in figures["by_topic"].items():
            print(f"  {topic:16} {rate['passed']}/{rate['total']}")
        if args.show_failures:
            for failure in report[half]["failures"]:
                print(json.dumps(failure, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
