"""Clare's Law: the answer first (what it is, how to apply), then tailored to where and for whom."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import DANGER_LINE, HarbourAction, directory, language, previous_action
from actions.follow_up_words import PUSHBACK
from actions.law import about_them, sounds_like
from actions.in_context import REFUSED, WITH_A_SPECIALIST, answer_in_context, previous_intent, scheme_guess_elsewhere
from actions.refusing import refuse
from harbour.abuse_forms import forms_about_someone, forms_in
from harbour.nlu.profile import extract
from harbour.language import say, say_buttons
from harbour.nlu.asked_words import DISCLOSED_TO_ME, RIGHT_TO_KNOW, SHE_CAN_TOO
from harbour.nlu.places import shared_name_nations
from harbour.nlu.topic_words import WHO_IS_TOLD
from harbour.vocab import NATION_NAMES, SCHEME_MARK, scheme_key

WHAT_IT_IS = (
    "Clare's Law (the Domestic Violence Disclosure Scheme) lets you ask the police whether a partner "
    "or ex-partner has a history of violent or abusive behaviour, including controlling behaviour. With the "
    '"Right to Ask", you or someone worried about you asks the police; with the "Right to Know", the '
    "police decide to tell you, to keep you safe. It's for anyone aged 16 or over, in any kind of relationship."
)
FOR_SOMEONE_ELSE = (
    "Yes, you can ask for someone else: a parent, friend, neighbour or relative can ask about "
    "someone's partner."
)
CANT_CHECK = (
    "I can't check anyone's record or tell you whether someone is safe: I have no access to police "
    "records, and I never look people up. The police can, through a disclosure scheme."
)
UNDER_16 = (
    "If you're under 16, this scheme isn't for you yet, but you still deserve help: Childline is free "
    "and you can talk to them about anything, on {phone}."
)
IN_PERSON = (
    "If the police tell you something, it's in person (often at a meeting with a specialist officer), never "
    "in writing, and only what's needed to protect you."
)
AFTER_A_DISCLOSURE = (
    "That's a lot to take in, and none of it is your fault. What the police told you is to help you keep yourself (and any "
    "children) safe: keep it to yourself unless they agree otherwise, and don't confront the person with it, because that can "
    "put you in more danger. A specialist can help you think about what to do next and make a safety plan."
)
AGE_ASKED = re.compile(r"\b(?:i'?m|im|i am|shes|she'?s|hes|he'?s) (?:only |just )?1[5-7]\b.{0,12}\b(?:can|could|am i|is she|is he) (?:i |she |he )?(?:still |even )?(?:use|do|apply|ask|allowed)\b|\b(?:over|under|dros|dan) 1[5-9]\b|" + SHE_CAN_TOO.pattern + r"|\b(?:bod|fod|be) (?:yn )?1[5-9]\b|\bhow old\b|\b(?:what|wot|wat|which) age\b|\bage (?:do|does|must|should|has)\b|\bold enough\b|\b(?:only|just|ond|dim ond) 1[0-7]\b.{0,30}\b(?:rule|count|allowed|matter|still|apply|ok)|\btoo young\b|\b(?:age limit|minimum age)\b|\bpa (?:mor hen|oed)\b|\bdigon hen\b")
NO_GUARANTEE = "If nothing is disclosed, that doesn't mean the person is safe: the police can only check what's on record."

# "can my mate find out if her ex has been violent before": his past, asked about (not a description to name)
_PAST_ASKED = re.compile(r"\b(?:if|whether|whither) (?:he|she|they|him|her|his \w+|her \w+|(?:my|her|his) (?:\w+ )?(?:ex|partner|boyfriend|girlfriend|husband|wife|bf|gf))(?: has| had| have|'s|s)? (?:ever )?(?:been )?(?:violent|abusive|hit|hurt|beat|attacked|done (?:this|that|it))\b[^.?!]*")


def scheme_title(nation: str, lang: Optional[str] = None) -> str:
    """The scheme's names, e.g. "Clare's Law (DVDS), the Domestic Violence Disclosure Scheme"."""
    scheme = directory().scheme(nation)
    return say(lang, "{short_name}, the {name}").format(short_name=scheme.short_name, name=scheme.name)


def other_schemes_line(lang: Optional[str] = None) -> str:
    """One line naming Scotland's and Northern Ireland's own schemes."""
    scotland, ni = directory().scheme("scotland"), directory().scheme("northern_ireland")
    return say(
        lang,
        "Scotland has its own scheme ({scotland}, {scotland_short}), and so does Northern "
        "Ireland ({ni}, {ni_short}). Tell me if you live there.",
    ).format(scotland=scotland.name, scotland_short=scotland.short_name, ni=ni.name, ni_short=ni.short_name)


def guide_text(nation: Optional[str], asker: Optional[str], age_group: Optional[str] = None, lang: Optional[str] = None, said_first: Optional[str] = None) -> str:
    """How to apply where the person lives (England and Wales when not known), for them or someone else."""
    key = nation or "england"
    scheme = directory().scheme(key)
    where = say(lang, "England and Wales" if scheme_key(key) == "england_wales" else NATION_NAMES[key])

    def described(route) -> str:  # noqa: ANN001
        words = say(lang, route.description)
        return say(lang, "the {name} ({description})").format(
            name=say(lang, route.name), description=words[0].lower() + words[1:].rstrip(".")
        )

    routes = say(lang, " and ").join(described(route) for route in scheme.routes)
    lines = [
        say(lang, "In {where} it's {scheme}. It has two routes: {routes}.").format(
            where=where, scheme=scheme_title(key, lang), routes=routes
        ),
        say(lang, "You can apply:"),
    ]
    lines.extend(f"- {say(lang, way)}" for way in scheme.how_to_apply)
    lines.append(say(lang, "Who can ask: {who}").format(who=say(lang, scheme.who_can_ask)))
    if asker == "someone_else" and say(lang, scheme.who_receives) != said_first:
        lines.append(say(lang, scheme.who_receives))
    if scheme.timescale:
        lines.append(say(lang, scheme.timescale))
    lines.append(
        say(
            lang,
            "The police will ask for your name, address and date of birth, what worried you, and a safe way and "
            "time to contact you; about the person, give what you know, like their name and address.",
        )
    )
    if scheme_key(key) == "england_wales":
        lines.append(say(lang, IN_PERSON))
    lines.append(say(lang, NO_GUARANTEE))
    if age_group == "child" and asker != "someone_else":
        lines.append(say(lang, UNDER_16).format(phone=directory().service("childline").phone))
    if nation is None:
        lines.append(other_schemes_line(lang))
    return "\n".join(lines)


def buttons(nation: Optional[str], asker: Optional[str], lang: Optional[str] = None) -> List[Dict[str, str]]:
    """Ways to tailor the answer: none of them needed to use it."""
    offered = [{"title": "What happens next?", "payload": "/clares_law_process"}]
    if asker != "someone_else":
        offered.append({"title": "Asking for someone else", "payload": "/clares_law_someone_else"})
    if nation is None:
        offered.append({"title": "I live in Scotland", "payload": '/inform{"nation": "scotland"}'})
        offered.append({"title": "I live in Northern Ireland", "payload": '/inform{"nation": "northern_ireland"}'})
    return say_buttons(lang, offered)


def utter_guide(dispatcher: CollectingDispatcher, tracker: Tracker, intro: Optional[str]) -> List[Dict[Text, Any]]:
    """Sends an intro (if any), the guide for this person and the danger line; remembers the topic."""
    nation, asker = tracker.get_slot("nation"), tracker.get_slot("asker")
    found = [e for e in (tracker.latest_message or {}).get("entities") or [] if e.get("entity") == "nation"]
    named = {e.get("value") for e in found if not e.get("whose")}
    if len(named) > 1:
        nation = None  # "is there a clares law in scotland or is that just england": the general guide names every scheme
    # "my daughter moved up to edinburgh with a new man... im in kent": the scheme where the person at risk lives
    theirs = next((e.get("value") for e in found if e.get("whose") == "theirs"), None)
    nation = theirs or nation
    if nation is None and set(shared_name_nations((tracker.latest_message or {}).get("text"))) == {"england", "wales"}:
        nation = "england"  # "shes in newport btw": Wales or England, one scheme either way

    lang = language(tracker)
    if intro:
        dispatcher.utter_message(text=say(lang, intro))
    # The nation rides along as metadata (channels ignore it): the statistics count the guide
    # by it, on whichever replica shows it, without remembering the conversation's nation.
    dispatcher.utter_message(
        text=guide_text(nation, asker, tracker.get_slot("age_group"), lang, said_first=intro and say(lang, intro)),
        buttons=buttons(nation, asker, lang),
        **{SCHEME_MARK: nation or "england"},
    )
    dispatcher.utter_message(text=say(lang, DANGER_LINE))
    return [SlotSet("topic", "clares_law")] + ([SlotSet("nation", theirs)] if theirs else [])


# Straight after the guide, a short message is read in its light: "and whats the number to start
# it" wants 101, not the helplines; "could i do it for her instead" is the scheme for someone else
# (actions/abuse_check.py).
SHORT_FOLLOW_UP = 10
_ABOUT_APPLYING = re.compile(r"\b(?:it|that|this|apply|applying|application|request|start|scheme|form|called|101|say|tell them|ddeud|ddweud|scottish|scotland|irish|ireland|cais|ffurflen|neud o|gwneud o|wneud o|station|stesion|orsaf|gorsaf|number|rhif)\b")
ABOUT_A_LINE = re.compile(r"\b(?:helplines?|help ?line|llinell gymorth|llinell|linell|someone to talk to|talk to someone|(?:ring|call|phone|speak to|talk to|text) (?:someone|somebody|a person|a human|a real person)|counsell\w*|support)\b|\bwho (?:can|do|could|should) i (?:talk|speak|ring|call)\b|\bpwy (?:alla|ga|fedra) i\b")


def just_after_the_guide(tracker: Tracker, text: Optional[str], words: int = SHORT_FOLLOW_UP) -> bool:
    """True for a message of at most ``words`` words straight after the Clare's Law guide."""
    return (
        tracker.get_slot("topic") == "clares_law"
        and previous_action(tracker) in ("action_clares_law", "action_follow_up", "action_abuse_answer", "action_guidance", "action_helpline")
        and len((text or "").split()) <= words
    )


def asks_on_about_the_scheme(tracker: Tracker) -> bool:
    """True for a short follow-up about applying, just after the Clare's Law guide."""
    text = ((tracker.latest_message or {}).get("text") or "").lower()
    return just_after_the_guide(tracker, text) and bool(_ABOUT_APPLYING.search(text)) and not ABOUT_A_LINE.search(text)


# A record asked about after all: "has he got a record", "check his past".
_RECORD_ASKED = re.compile(r"\b(?:record|records|past|history|criminal|convict\w*|clare'?s?|claire'?s?|violent before|been done for|cofnod|hanes|gorffennol)\b")


class ActionClaresLaw(HarbourAction):
    """Clare's Law answered at once: what it is, how to apply where the person lives, who is told."""

    def name(self) -> Text:
        return "action_clares_law"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets the scheme by name and how to apply, for their nation if they said it."""
        answered = answer_in_context(self, dispatcher, tracker, understood=True)
        if answered is not None:
            return answered  # "will he see it on the bill" just after Samaritans, read as the scheme's confidentiality
        if scheme_guess_elsewhere(tracker) == "helpline":
            self.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)  # "alla i neud o ar-lein?", after the lines
            return [SlotSet("topic", "helpline")]
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        said = ((tracker.latest_message or {}).get("text") or "").lower()
        if DISCLOSED_TO_ME.search(said) and not RIGHT_TO_KNOW.search(said):  # (told unasked: the Right to Know is named)
            # "police told me under clares law that my partner has a history of violence": what now, not how to apply.
            dispatcher.utter_message(text=say(language(tracker), AFTER_A_DISCLOSURE))
            self.utter_helplines_then_999(dispatcher, tracker, "You can talk it through with a specialist:")
            return [SlotSet("topic", "helpline")]
        pressed = PUSHBACK.search(said)
        if intent == "ask_check_person" and previous_intent(tracker) in ("ask_locate_person", "ask_monitor_someone") and not _RECORD_ASKED.search(said):
            # "cant you just tell me if its in leeds or not", after "I can't help find where someone is": that again
            refuse(self, dispatcher, tracker, previous_intent(tracker) or "", said, language(tracker))
            return []
        if pressed and intent != "ask_check_person" and previous_intent(tracker) in REFUSED:
            if previous_intent(tracker) != "ask_check_person":
                # pressing after "I can't help find where someone is": that again
                refuse(self, dispatcher, tracker, previous_intent(tracker) or "", said, language(tracker))
                return []
            intent = "ask_check_person"  # "jyst deud ia neu na plis", after "I can't check anyone's record": that again
        lang = language(tracker)
        events: List[Dict[Text, Any]] = []
        if intent == "ask_check_person":
            intro: Optional[str] = say(lang, CANT_CHECK)
        elif intent == "clares_law_someone_else" or tracker.get_slot("asker") == "someone_else":
            intro = say(lang, WHAT_IT_IS) if AGE_ASKED.search(said) else say(lang, FOR_SOMEONE_ELSE) if intent == "clares_law_someone_else" else None  # ("does she have to be 18": 16 or over)
            if WHO_IS_TOLD.search(said):
                # "fyddan nhw'n deud wrtha fi be ma nhw'n ffeindio?", asking for a sister: who is told, first.
                intro = say(lang, directory().scheme(tracker.get_slot("nation") or "england").who_receives)
            if intent == "clares_law_someone_else" and tracker.get_slot("asker") != "someone_else":
                events.append(SlotSet("asker", "someone_else"))
                tracker.slots["asker"] = "someone_else"
        elif intent == "ask_clares_law" or AGE_ASKED.search(said):
            intro = say(lang, WHAT_IT_IS)  # "oes rhaid bod dros 18 i neud o?": it's for anyone 16 or over
        else:
            intro = None
        told = _PAST_ASKED.sub(" ", said.lower())  # what the scheme is asked about isn't what they tell of
        forms = forms_about_someone(told) if tracker.get_slot("asker") == "someone_else" else []
        if forms:
            # "its for my mam... hes already telling her who she can see": what it is, named, the scheme, and who helps them
            dispatcher.utter_message(text=about_them(forms, tracker.get_slot("nation"), lang, said, tracker.get_slot("gender")))
        described = extract(said) if not forms and intent != "ask_check_person" else None
        own = forms_in(told) if described and (described.victim_is_self or re.search(r"\b(?:he|she|they)\b.{0,40}\b(?:me|my)\b", said.lower())) and not described.perpetrator and tracker.get_slot("route") != "own_behaviour" else []
        if own:
            # "would clares law cover money stuff like that... he took out 2 loans in my name": what it is, named, then the scheme
            dispatcher.utter_message(text=sounds_like(own, tracker.get_slot("nation"), tracker.get_slot("age_group"), lang))
        events += utter_guide(dispatcher, tracker, intro)
        if forms or own:
            self.utter_helplines(dispatcher, tracker, "They, and you, can talk it through with a specialist:" if forms else WITH_A_SPECIALIST)
        return events
