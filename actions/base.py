"""Behaviour shared by Harbour's actions: the services directory, the clock, helpline text."""
from __future__ import annotations

import abc
import copy
import re
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Optional, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from harbour.language import response_variants, say
from harbour.nlu.places import shared_name_nations
from harbour.nlu.profile import extract
from harbour.routing import Routing, choose, format_service
from harbour.services import Directory, Service, load_directory
from harbour.vocab import ENGLISH, SERVICE_MARK, WELSH


CONFIDENTIAL = (
    "Helplines are confidential, but like any service they may share information if someone's "
    "life, or a child, is at serious risk."
)
"""What "in confidence" means (FACTS 3.1 confidentiality note, 6.5): said wherever it is promised."""
DANGER_LINE = "If you're in danger now, call 999."

_DIRECTORY: Optional[Directory] = None


def directory() -> Directory:
    """The services directory, read on first use and then shared by every action."""
    global _DIRECTORY
    if _DIRECTORY is None:
        _DIRECTORY = load_directory()
    return _DIRECTORY


def language(tracker: Tracker) -> Optional[str]:
    """The conversation's language slot ("cy" for Welsh; English otherwise)."""
    return tracker.get_slot("language")


def police_numbers() -> Dict[str, str]:
    """The emergency and non-emergency numbers (services.yml), to fill {emergency} and {non_emergency}."""
    emergency = directory().emergency
    return {"emergency": emergency["immediate_danger"].phone, "non_emergency": emergency["non_emergency"].phone}


def spoken_list(items: List[str], lang: Optional[str] = None) -> str:
    """'a', 'a and b', 'a, b and c' in the conversation's language."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + say(lang, " and ") + items[-1]


def text_access_text(lang: Optional[str] = None) -> str:
    """Routes to help without a voice call (deaf, hard of hearing, can't speak on the phone)."""
    found = directory()
    return "\n".join(
        say(lang, line)
        for line in [
            "You can get help without a voice call:",
            found.emergency["emergency_sms"].summary,
            found.emergency["textphone"].summary,
            *found.guidance["text_access"].points,
            "If you can make a call but can't speak: on a mobile, call 999, stay silent and press 55 when asked.",
        ]
    )


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def card(service: Service, now: datetime, lang: Optional[str] = None) -> Dict[str, Any]:
    """A machine-readable handoff card for channels that draw one (widget, Telegram)."""
    return {
        "type": "handoff",
        "language": lang or ENGLISH,  # which words the channel draws the card with
        "service": {
            "id": service.id,
            "name": service.name,
            "phone": service.phone,
            "tel": service.tel,
            "text": service.text,
            "website": service.website,
            "webchat": service.webchat,
            "hours": say(lang, service.hours.summary),
            "status": service.status_at(now),
        },
    }


def response_text(domain: Dict[str, Any], name: str, tracker: Tracker) -> str:
    """The first (unconditional) text of a response in the conversation's language, so actions
    reuse the domain's words (Welsh ones from harbour/content/cy.yml)."""
    for variation in response_variants(language(tracker), name, domain.get("responses") or {}):
        if not variation.get("condition"):
            return variation.get("text") or ""
    raise KeyError(f"domain has no unconditional response {name!r}")


def response_for(domain: Dict[str, Any], name: str, tracker: Tracker) -> str:
    """The response's text as Rasa would choose it: a variation whose slot conditions all hold
    (e.g. the person's nation), else the unconditional one; in the conversation's language."""
    for variation in response_variants(language(tracker), name, domain.get("responses") or {}):
        conditions = variation.get("condition") or []
        if conditions and all(tracker.get_slot(c.get("name")) == c.get("value") for c in conditions):
            return variation.get("text") or ""
    return response_text(domain, name, tracker)


def as_intent(tracker: Tracker, intent: str) -> Tracker:
    """A copy of the tracker whose latest message is read as ``intent`` (the answer's actions read
    the intent from it), everything else unchanged."""
    answering = copy.copy(tracker)
    answering.latest_message = {**(tracker.latest_message or {}), "intent": {"name": intent, "confidence": 1.0}}
    return answering


def earlier_intents(tracker: Tracker) -> List[Optional[str]]:
    """The intents the person's messages before the latest one were answered as, newest first (their
    words are not kept: privacy)."""
    found = [((event.get("parse_data") or {}).get("intent") or {}).get("name") for event in reversed(tracker.events) if event.get("event") == "user"]
    return found[1:]


def described_earlier(tracker: Tracker, within: int) -> bool:
    """Whether one of the person's last ``within`` messages before this one was answered as a description of abuse."""
    return any((earlier or "").startswith("describe_") for earlier in earlier_intents(tracker)[:within])


def previous_action(tracker: Tracker) -> Optional[str]:
    """The last action the bot ran before the person's latest message (None at the start)."""
    seen_user = False
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            if seen_user:
                continue
            seen_user = True
        elif kind == "action" and seen_user:
            name = event.get("name")
            if name not in ("action_listen", "action_extract_slots", None):
                return name
    return None


# Forms of abuse with a line of their own: where the person hasn't been routed yet, what they
# describe chooses it ("he follows me to work and leaves flowers on the car": the stalking line).
ROUTE_BY_FORM = {"stalking": "stalking", "honour": "honour"}


def with_slots(tracker: Tracker, **slots: Any) -> Tracker:
    """A copy of the tracker with some slots set otherwise (the original is untouched)."""
    changed = copy.copy(tracker)
    changed.slots = {**tracker.slots, **slots}
    return changed


def routed_by_form(tracker: Tracker, forms: List[str]) -> Tracker:
    """A copy of the tracker routed by the first described form with a line of its own, if not routed yet
    (or routed only as someone asking for someone else)."""
    route = next((ROUTE_BY_FORM[form] for form in forms if form in ROUTE_BY_FORM), None)
    if route is None or tracker.get_slot("route") not in (None, "someone_else") and not (route == "honour" and tracker.get_slot("route") not in ("own_behaviour", "fgm")):
        return tracker  # (a worried friend's route is only who asked: what they describe can choose the line; a forced marriage always can)
    return with_slots(tracker, route=route)


def _their_nation(tracker: Tracker) -> Optional[str]:
    """Where the latest message names two nations, the one of the person at risk: theirs for someone
    asking about someone else ("shes in belfast and im in london"), the writer's own otherwise."""
    wanted = "theirs" if tracker.get_slot("asker") == "someone_else" else "mine"
    for entity in (tracker.latest_message or {}).get("entities") or []:
        if entity.get("entity") == "nation" and entity.get("whose") == wanted:
            return entity.get("value")
    return None


# "ok but its my boyfriend not a girlfriend", from a man who said so earlier: one message alone doesn't show it.
_PARTNER_OF = {"man": re.compile(r"\bmy (?:ex[- ]?)?(?:boyfriend|bf|husband|hubby|fella)\b"), "woman": re.compile(r"\bmy (?:ex[- ]?)?(?:girlfriend|gf|wife|missus)\b|\b(?:fy )?ngwraig\b|\b(?:y |'r )?wraig (?:fi|i)\b|\bgwraig (?:fi|i)\b|\b(?:wife|girlfriend|gf|missus) (?:fi|i)\b")}


def _same_sex_partner(tracker: Tracker) -> Optional[str]:
    """"lgbt" where the latest message names a partner of the gender the person said they are, else None."""
    said = _PARTNER_OF.get(tracker.get_slot("gender") or "")
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    return "lgbt" if said and tracker.get_slot("asker") != "someone_else" and said.search(text) else None


def probably_a_man(tracker: Tracker) -> bool:
    """Someone who hasn't said their gender, writing of their own wife or girlfriend and not harming
    anyone: "my wife says she will ring the home office and get me sent back"."""
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    if tracker.get_slot("gender") is not None or tracker.get_slot("asker") == "someone_else" or not _PARTNER_OF["woman"].search(text):
        return False
    found = extract(text)
    return not found.perpetrator and found.asker != "someone_else"


def being_hurt(text: Optional[str], for_themselves: bool = False) -> bool:
    """The message is from someone being hurt, with nothing saying they harm someone
    (``for_themselves``: and not about someone else at risk)."""
    found = extract(text)
    return found.victim_is_self and not found.perpetrator and not (for_themselves and found.asker == "someone_else")


def hurt_after_a_harmers_route(tracker: Tracker) -> bool:
    """The route says own behaviour (a refusal to read a husband's WhatsApp named Respect), but the
    latest message is from someone being hurt ("ond ma fe di bygwth fi... fi'n ofn e"): never Respect's line."""
    return tracker.get_slot("route") == "own_behaviour" and being_hurt((tracker.latest_message or {}).get("text"))


def _wrote_welsh(tracker: Tracker) -> bool:
    """The conversation was in Welsh before ("sori, can i text them instead", after Live Fear Free's line in Welsh)."""
    return any(event.get("event") == "slot" and event.get("name") == "language" and event.get("value") == WELSH for event in tracker.events)


def about_fgm(tracker: Tracker) -> bool:
    """The latest message is about FGM ("wants to take our 8yr old back home to get her cut"): its facts come first."""
    return extract((tracker.latest_message or {}).get("text")).route == "fgm"


def unless_hurt(tracker: Tracker) -> Tracker:
    """The tracker, with the own-behaviour route dropped for someone being hurt (see above)."""
    return with_slots(tracker, route=None) if hurt_after_a_harmers_route(tracker) else tracker


# Lines for some people, named with their numbers in the first answer when nothing is known
# about the person yet, so nobody has to answer a question to get their line (FACTS 3.1).
OTHER_LINES = (
    ("men", "mens_advice_line"),
    ("LGBT+ people", "galop"),
    ("children and young people under 19", "childline"),
    ("older people", "hourglass"),
    ("honour-based abuse or forced marriage", "karma_nirvana"),
)
PROFILE_SLOTS = ("route", "gender", "age_group", "identity")


def other_lines_text(lang: Optional[str] = None) -> str:
    """One line per specialist service: who it is for, its name and number."""
    lines = [say(lang, "There are also lines just for some people:")]
    for who, service_id in OTHER_LINES:
        service = directory().service(service_id)
        lines.append(f"- {say(lang, who)}: {service.name}, {service.phone}")
    return "\n".join(lines)


class HarbourAction(Action, abc.ABC):
    """Base for Harbour's actions; rasa-sdk never registers abstract classes."""

    # Tests replace this with a fixed clock.
    clock: Callable[[], datetime] = staticmethod(utc_now)

    @abc.abstractmethod
    def name(self) -> str:
        """The action's name in the domain (abstract, so rasa-sdk skips this base class)."""

    def routing(self, tracker: Tracker) -> Routing:
        """The helplines for what this person has told us (route and nation slots). Someone writing
        in Welsh who hasn't said where they live is most likely in Wales: Wales's line first, and
        the helplines answer says to tell us otherwise (``WELSH_BUT_WHERE``)."""
        tracker = unless_hurt(tracker)
        nation = _their_nation(tracker) or tracker.get_slot("nation") or ("wales" if language(tracker) == WELSH or _wrote_welsh(tracker) else None)
        shared = () if nation else shared_name_nations((tracker.latest_message or {}).get("text"))
        each = [
            choose(tracker.get_slot("route"), where, directory(), self.clock(), gender=tracker.get_slot("gender"),
                   age_group=tracker.get_slot("age_group"), identity=tracker.get_slot("identity") or _same_sex_partner(tracker))
            for where in (shared or (nation,))
        ]
        chosen = each[0]
        if "young" in (tracker.get_slot("route"), tracker.get_slot("age_group")) and tracker.get_slot("age_group") in (None, "young"):
            # A teenager's answer read from "my girlfriend goes through my phone", no age said, or someone of 16 to 18 (an adult
            # under the 2021 Act, "im 18 hes 25"): Childline, and the line for an adult.
            adult = choose(None, nation, directory(), self.clock(), gender=tracker.get_slot("gender"), identity=tracker.get_slot("identity"))
            chosen = replace(chosen, primary=tuple(dict.fromkeys(chosen.primary + adult.primary)))
        if shared:
            # "were in newport": Wales or England, so both nations' lines (each says who it's for),
            # and the answer still asks where they live.
            merged = tuple(dict.fromkeys(service for routing in each for service in routing.primary))
            chosen = replace(chosen, nation=None, primary=merged)
        mens = directory().service("mens_advice_line")
        if mens not in chosen.services and not chosen.audiences and probably_a_man(tracker):
            # the men's line as well as the usual one (which still serves a woman hurt by her wife)
            chosen = replace(chosen, primary=chosen.primary + (mens,))
        ndah = directory().service("ndah")
        if (tracker.get_slot("asker") == "someone_else" and chosen.nation in (None, "england") and ndah not in chosen.services
                and "own_behaviour" not in chosen.audiences):
            # Someone worried about a friend or relative in England: the 24-hour line that also helps
            # friends and family (FACTS 3.1), for them, besides the lines for the person at risk.
            return replace(chosen, primary=chosen.primary + (ndah,))
        return chosen

    def helpline_blocks(self, tracker: Tracker, intro: str) -> List[Tuple[str, Optional[str]]]:
        """(text, service id) blocks: an intro, each service, a 24/7 line if the first may be closed."""
        now = self.clock()
        lang = language(tracker)
        chosen = self.routing(tracker)
        blocks: List[Tuple[str, Optional[str]]] = []
        if tracker.get_slot("access") == "text_only":
            blocks.append((text_access_text(lang), None))  # text and BSL routes first (FACTS 3.1)
        blocks.append((say(lang, intro) if intro else intro, None))
        blocks.extend((format_service(service, now, lang), service.id) for service in chosen.primary)
        if chosen.always_open is not None:
            blocks.append(
                (
                    say(lang, "If they can't answer, this line is open day and night:") + "\n"
                    + format_service(chosen.always_open, now, lang),
                    chosen.always_open.id,
                )
            )
        return blocks

    def helpline_messages(self, tracker: Tracker, intro: str) -> List[str]:
        """Text blocks: an intro, each service, and a 24/7 line when the first may be closed."""
        return [text for text, _ in self.helpline_blocks(tracker, intro)]

    def utter_helplines(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, intro: Optional[str]
    ) -> None:
        """Sends the helpline blocks (no intro when ``intro`` is None).

        Each service's block carries its id as ``harbour_service`` metadata: channels ignore
        it, and it is the only part of the message the statistics may keep (a closed list).
        """
        for text, service_id in self.helpline_blocks(tracker, intro or ""):
            if not text:
                continue
            marks = {SERVICE_MARK: service_id} if service_id else {}
            dispatcher.utter_message(text=text, **marks)

    def utter_helplines_then_999(self, dispatcher: CollectingDispatcher, tracker: Tracker, intro: str) -> None:
        """The lines for this person (with any 24/7 line), then the danger line."""
        self.utter_helplines(dispatcher, tracker, intro)
        dispatcher.utter_message(text=say(language(tracker), DANGER_LINE))
