"""Which helpline to offer first, and how to show it — pure, no Rasa import.

The rules follow FACTS.md section 3.1 ("Quick routing"): the nation's own 24/7
line comes first in Wales, Scotland and Northern Ireland; England (or an
unknown nation) goes by who the person is. Whenever the first line is not
open around the clock, a 24/7 line is added so nobody is left with only a
number that may not answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, List, Optional, Tuple

from harbour.language import say
from harbour.services import Directory, Service
from harbour.vocab import AUDIENCES, NATIONS

ROUTES: Tuple[str, ...] = AUDIENCES
"""Every audience a line can be chosen for (the route slot's values and the service-only ones)."""

# The nation's own 24/7 line, for everyone in that nation.
NATION_LINES = {
    "wales": "live_fear_free",
    "scotland": "scotland_helpline",
    "northern_ireland": "ni_helpline",
}

# Specialist lines per audience, best first (FACTS 3.1). None = nothing known about the person.
SPECIALISTS = {
    None: ("ndah",),
    "woman": ("ndah",),
    "someone_else": ("ndah",),
    "man": ("mens_advice_line", "mankind"),
    "lgbt": ("galop",),
    "young": ("childline",),
    "older": ("hourglass",),
    "honour": ("karma_nirvana", "forced_marriage_unit"),
    "own_behaviour": ("respect_phoneline",),
    "stalking": ("stalking_helpline",),
    "self_harm": ("samaritans",),
    "sexual_violence": ("ndah", "rape_crisis_support_line"),  # a 24-hour line first, then the specialist
    "fgm": ("nspcc_fgm",),
    "any_crime": ("victim_support",),
    "tech_abuse": ("ndah", "refuge_tech_safety"),  # a victim's line first, then the guides
}

# Which audience wins when a person fits several ("I'm 71 and gay", "a man being stalked"):
# lines that only make sense first (own behaviour, self-harm) lead, then the most specific.
PRIORITY: Tuple[str, ...] = (
    "own_behaviour",
    "self_harm",
    "honour",
    "fgm",
    "young",
    "older",
    "lgbt",
    "stalking",
    "sexual_violence",
    "man",
    "woman",
    "tech_abuse",
    "any_crime",
)
# At most this many audiences are combined, so an answer stays short enough to act on.
MAX_AUDIENCES = 2
# Audiences whose line goes before the nation's own line, wherever the person lives: Respect is
# the only line for someone worried about their own behaviour, Samaritans for self-harm.
_LEADS_EVERYWHERE = frozenset({"own_behaviour", "self_harm"})
# Audiences for which the nation's line alone is the answer (no specialist added).
_NATION_LINE_ONLY = frozenset({None, "woman", "someone_else"})


@dataclass(frozen=True)
class Routing:
    """The lines to offer: ``primary`` best first, plus a 24/7 line when needed."""

    route: Optional[str]
    nation: Optional[str]
    primary: Tuple[Service, ...]
    always_open: Optional[Service]
    audiences: Tuple[str, ...] = ()

    @property
    def services(self) -> Tuple[Service, ...]:
        """Every service to show, in order, the 24/7 line last."""
        return self.primary + ((self.always_open,) if self.always_open else ())


def _key(value: Any) -> Optional[str]:
    if not isinstance(value, str):
        return None
    key = re.sub(r"[\s\-]+", "_", value.strip().lower())
    return key or None


def normalise_route(value: Any) -> Optional[str]:
    """A known route key, or None for anything else (never raises)."""
    key = _key(value)
    return key if key in ROUTES else None


def normalise_nation(value: Any) -> Optional[str]:
    """A known nation key, or None for anything else (never raises)."""
    key = _key(value)
    return key if key in NATIONS else None


def audiences_for(
    route: Any = None, *, gender: Any = None, age_group: Any = None, identity: Any = None
) -> Tuple[str, ...]:
    """Every audience this person fits, best first, at most ``MAX_AUDIENCES``.

    ``route`` is what the topic or a button said (honour, stalking, own behaviour...); the others
    are who the person at risk is, from anything they typed ("I'm 15", "my 78 year old mum",
    "I'm non-binary", "my brother's wife hits him"). Unknown values count as nothing.
    """
    route = normalise_route(route)
    if route == "own_behaviour":
        return (route,)  # the person asking may harm someone: only Respect fits
    fits = {route} if route else set()
    if age_group in ("child", "young"):
        fits.add("young")
    elif age_group == "older":
        fits.add("older")
    if identity == "lgbt" or gender == "non_binary":
        fits.add("lgbt")
    if gender == "man" and age_group != "child":
        fits.add("man")  # (a boy under 16: Childline, not the men's line)
    elif gender == "woman" and not fits & {"young", "self_harm"}:
        # A woman with a specialist line of her own (older, honour, stalking, LGBT+) gets the women's line
        # too: "is there not just a general one for women", "ok so who do i ring, im a woman in leeds".
        fits.add("woman")
    if "young" in fits:
        fits.discard("older")
    chosen = tuple(audience for audience in PRIORITY if audience in fits)[:MAX_AUDIENCES]
    if not chosen and route in ("woman", "someone_else"):
        return (route,)
    return chosen


def _serves(service: Service, nation: Optional[str]) -> bool:
    return service.serves(nation or "england")


def _specialists(audiences: Tuple[str, ...], nation: Optional[str], directory: Directory) -> List[Service]:
    found: List[Service] = []
    for audience in audiences or (None,):
        for sid in SPECIALISTS[audience]:
            if sid == "ndah" and "man" in audiences:
                continue  # the National Domestic Abuse Helpline is run for women
            service = directory.service(sid)
            if service not in found and _serves(service, nation):
                found.append(service)
    return found


def _primary(audiences: Tuple[str, ...], nation: Optional[str], directory: Directory) -> Tuple[Service, ...]:
    specialists = _specialists(audiences, nation, directory)
    lead = audiences[0] if audiences else None
    if lead == "self_harm" and nation in NATION_LINES:
        # "im in glasgow", after Samaritans: theirs first, then the nation's own 24-hour line.
        return tuple(specialists) + (directory.service(NATION_LINES[nation]),)
    if lead in _LEADS_EVERYWHERE or nation not in NATION_LINES:
        return tuple(specialists)
    nation_line = directory.service(NATION_LINES[nation])
    if lead in _NATION_LINE_ONLY:
        return (nation_line,)
    return (nation_line,) + tuple(s for s in specialists if s is not nation_line)


def _fallback(
    audiences: Tuple[str, ...], nation: Optional[str], directory: Directory, taken: Tuple[Service, ...]
) -> Optional[Service]:
    lead = audiences[0] if audiences else None
    if lead == "own_behaviour":
        candidates: Tuple[str, ...] = ()  # victims' lines are not for someone worried they harm
    elif nation in NATION_LINES:
        candidates = (NATION_LINES[nation],)
    elif lead in _NATION_LINE_ONLY:
        candidates = ("ndah",)
    elif lead == "man":
        candidates = ("victim_support",)  # NDAH is run for women
    elif lead == "stalking" and "man" not in audiences:
        candidates = ("ndah",)  # stalked, by an ex or anyone: the 24-hour domestic abuse line, when the stalking line can't answer
    else:
        candidates = ()
    for sid in candidates + ("samaritans",):
        service = directory.service(sid)
        if service.hours.always_open and service not in taken and _serves(service, nation):
            return service
    return None


def choose(
    route: Any,
    nation: Any,
    directory: Directory,
    now: datetime,
    *,
    gender: Any = None,
    age_group: Any = None,
    identity: Any = None,
) -> Routing:
    """Pick the lines for this person; unknown values count as None.

    The nation's own 24/7 line comes first in Wales, Scotland and Northern Ireland (except for
    Respect and Samaritans, which lead everywhere: Samaritans are followed by the nation's line,
    Respect by none), then up to two specialists that fit who the person is and serve where they live.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("choose needs a timezone-aware datetime, got a naive one")
    route, nation = normalise_route(route), normalise_nation(nation)
    audiences = audiences_for(route, gender=gender, age_group=age_group, identity=identity)
    primary = _primary(audiences, nation, directory)
    if not primary:
        # Only reachable if the directory stops listing a line for this nation.
        fallback = _fallback(audiences, nation, directory, ())
        primary = (fallback,) if fallback else ()
    if not primary or primary[0].hours.always_open:
        return Routing(route, nation, primary, None, audiences)
    # The first line is not 24/7: its hours are unknown or it may be (or soon be)
    # closed, so always add a line that answers around the clock.
    return Routing(route, nation, primary, _fallback(audiences, nation, directory, primary), audiences)


def format_service(service: Service, now: datetime, language: Optional[str] = None) -> str:
    """A short plain-text block for one service: how to reach it and whether it is open, in the
    conversation's language (service names, numbers and addresses are never translated)."""
    lines = [service.name]
    if service.phone:
        lines.append(say(language, "Call {phone}").format(phone=service.phone) + (say(language, " (free)") if service.free else ""))
    lines.extend(f"{say(language, other.label)}: {other.phone}" for other in service.other_phones)
    if service.text:
        lines.append(say(language, "Text {number}").format(number=service.text))
    if service.website:
        label = say(language, "Web chat and website" if service.webchat else "Website")
        lines.append(f"{label}: {service.website}")
    elif service.webchat and service.email_available:
        lines.append(say(language, "They also offer web chat and email."))
    elif service.webchat:
        lines.append(say(language, "They also offer web chat."))
    if service.email:
        lines.append(say(language, "Email: {email}").format(email=service.email))
    lines.extend(say(language, tip) for tip in service.tips)
    lines.append(_status_line(service, now, language))
    return "\n".join(lines)


def _status_line(service: Service, now: datetime, language: Optional[str] = None) -> str:
    hours = service.hours
    summary = say(language, hours.summary)
    status = service.status_at(now)  # also rejects naive datetimes
    if service.kind == "website":
        return summary
    if status == "unknown":
        if service.website:
            return say(language, "I can't confirm their current hours — check their website before calling")
        return say(language, "I can't confirm their current hours, so they may not answer at every time")
    if status == "closed":
        return say(language, "Probably closed right now — hours: {hours}").format(hours=summary)
    if hours.always_open:
        return say(language, "Open now: {hours}").format(hours=summary)
    return say(language, "Open now. Usual hours: {hours}").format(hours=summary)
