"""Behaviour shared by Harbour's actions: the services directory, the clock, helpline text."""
from __future__ import annotations

import abc
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Optional

from rasa_sdk import Action, Tracker

from harbour.routing import Routing, choose, format_service
from harbour.services import Directory, Service, load_directory

NATION_NAMES = {
    "england": "England",
    "wales": "Wales",
    "scotland": "Scotland",
    "northern_ireland": "Northern Ireland",
}

_DIRECTORY: Optional[Directory] = None


def directory() -> Directory:
    """The services directory, read on first use and then shared by every action."""
    global _DIRECTORY
    if _DIRECTORY is None:
        _DIRECTORY = load_directory()
    return _DIRECTORY


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def card(service: Service, now: datetime) -> Dict[str, Any]:
    """A machine-readable handoff card for channels that draw one (widget, Telegram)."""
    return {
        "type": "handoff",
        "service": {
            "id": service.id,
            "name": service.name,
            "phone": service.phone,
            "tel": service.tel,
            "text": service.text,
            "website": service.website,
            "webchat": service.webchat,
            "hours": service.hours.summary,
            "status": service.status_at(now),
        },
    }


class HarbourAction(Action, abc.ABC):
    """Base for Harbour's actions; rasa-sdk never registers abstract classes."""

    # Tests replace this with a fixed clock.
    clock: Callable[[], datetime] = staticmethod(utc_now)

    @abc.abstractmethod
    def name(self) -> str:
        """The action's name in the domain (abstract, so rasa-sdk skips this base class)."""

    def routing(self, tracker: Tracker) -> Routing:
        """The helplines for what this person has told us (route and nation slots)."""
        return choose(
            tracker.get_slot("route"), tracker.get_slot("nation"), directory(), self.clock()
        )

    def helpline_messages(self, tracker: Tracker, intro: str) -> List[str]:
        """Text blocks: an intro, each service, and a 24/7 line when the first may be closed."""
        now = self.clock()
        chosen = self.routing(tracker)
        blocks = [intro]
        blocks.extend(format_service(service, now) for service in chosen.primary)
        if chosen.always_open is not None:
            blocks.append(
                "If they can't answer, this line is open day and night:\n"
                + format_service(chosen.always_open, now)
            )
        return blocks
