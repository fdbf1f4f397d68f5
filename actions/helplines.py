"""Which helpline fits this person, and handing off to a human service."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import CONFIDENTIAL, DANGER_LINE, PROFILE_SLOTS, HarbourAction, other_lines_text, about_fgm, as_intent, being_hurt, card, directory, language, previous_action, routed_by_form, spoken_list, unless_hurt, with_slots
from harbour.abuse_forms import FORM_NAMES, forms_in
from harbour.language import say, say_buttons
from harbour.nlu.language import asks_for_a_welsh_speaker
from harbour.nlu.asked_words import MAKE_ME_REPORT, PARTNER_LINE, THIS_CHAT_KEPT, named_services
from harbour.nlu.partner_words import harms_their_partner
from harbour.nlu.profile import extract
from harbour.nlu.scheme_words import COURT_FEAR
from harbour.nlu.topic_words import LINE_QUESTION, PRIVACY_WORDS
from harbour.routing import format_service
from harbour.vocab import SERVICE_MARK, WELSH
from actions.clares_law import ABOUT_A_LINE, asks_on_about_the_scheme, just_after_the_guide, utter_guide
from actions.guidance import ActionGuidance
from actions.context import refuse_again
from actions.in_context import OWN_CRIME, THEY_CAN_CHANGE, answer_in_context
from actions.law import IMAGE_THREAT, IMAGES_CRIME, sounds_like

WHO_IS_IT_FOR = [
    {"title": "I'm a man", "payload": '/inform{"gender": "man"}'},
    {"title": "LGBT+", "payload": '/inform{"identity": "lgbt"}'},
    {"title": "I'm under 18", "payload": '/inform{"age_group": "young"}'},
    {"title": "An older person", "payload": '/inform{"age_group": "older"}'},
    {"title": "Honour-based abuse", "payload": '/inform{"route": "honour"}'},
    {"title": "My own behaviour", "payload": '/inform{"route": "own_behaviour"}'},
]
OWN_BEHAVIOUR = "worried_own_behaviour"
# (FACTS backs that no one has to report to get support, and helplines' confidentiality with its exceptions, said after this)
NO_REPORT_NEEDED = "No. You don't have to report to the police to get support, and whether you do is up to you."
PARTNER_LINES = "For them, these lines help people being abused:"
# "is there someone my mum can ring as well", from a child (Childline given): the lines for the parent, an adult.
PARENT_LINE = re.compile(r"\b(?:someone|somebody|somewhere|anyone|anybody|a line|a number|a helpline|help|support|anything|owt) (?:for )?(?:my|me) (?P<parent>mum|mam|mom|mummy|mammy|ma|dad|da|daddy)\b"
                         r"(?: (?:can|could|to|should|would) (?:ring|call|phone|talk|speak|contact|get|go|text))?|\bwho (?:can|could|should) (?:my|me) (?P<parent2>mum|mam|mom|dad|da) (?:ring|call|phone|talk to|contact)\b")
OWN_FORMS = "What you describe sounds like {named}, which the law counts as domestic abuse too."


def utter_they_can_change(dispatcher: CollectingDispatcher, now: datetime, lang: Optional[str]) -> None:
    """Respect's line for a relative or friend who harms their partner, told of by someone else: theirs to ring (the
    same words as the follow-up "is there someone who can help him change")."""
    dispatcher.utter_message(text=say(lang, THEY_CAN_CHANGE))
    dispatcher.utter_message(text=format_service(directory().service("respect_phoneline"), now, lang), **{SERVICE_MARK: "respect_phoneline"})


NOT_FOR_THE_HURT = "The Respect Phoneline is for people worried about their own behaviour, not for someone who has been hurt. These lines are for you:"
# "is that an actual crime tho or just bein a bad husband" (FACTS 1: the offences abuse is prosecuted under).
CRIME_ASKED = re.compile(
    r"\b(?:crime|criminal|illegal|against the law|offence|offense|arrested|nicked|prison|jail)\b|"
    r"\b(?:drosedd|trosedd|anghyfreithlon|yn erbyn y gyfraith|arestio|carchar)\b"
)
# Said (in Welsh) where Wales's line was chosen because the person writes Welsh (actions/base.py routing).
WELSH_BUT_WHERE = "If you don't live in Wales, tell me where you are: England, Scotland and Northern Ireland have their own lines."
# The forms worth naming to someone describing what they do (controlling behaviour is already named).
NAMED_FOR_OWN_BEHAVIOUR = ("economic", "emotional", "physical", "sexual", "tech", "stalking")
SAMARITANS_NAMED = re.compile(r"\bsamari\w*|\bsamaritans?\b")


# How the police answer: "cant they just email it me", "a letter?", "drwy ebost?"
IN_WRITING = re.compile(r"\b(?:e-?mail\w*|letter|in writing|post it|text it|send it|written|ebost\w*|llythyr|yn ysgrifenedig|mewn sgwennu|ar bapur|ysgrifen\w*)\b")


class ActionHelpline(HarbourAction):
    """Gives the helpline(s) that fit who is asking and where they live, with opening status."""

    def name(self) -> Text:
        return "action_helpline"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets numbers, hours, whether each line is open now, and a 24/7 option."""
        said = ((tracker.latest_message or {}).get("text") or "").lower()
        told = {entity.get("entity") for entity in (tracker.latest_message or {}).get("entities") or []}
        if asks_on_about_the_scheme(tracker) or told & {"asker", "nation"} and just_after_the_guide(tracker, said, 24 if said.startswith(("for me", "its for me", "it's for me", "me.", "me,", "myself")) else 16) and not LINE_QUESTION.search(said) and not ABOUT_A_LINE.search(said):
            # "and whats the number to start it": 101, the form; "i fi, am y boi newydd dwi'n weld": the scheme, for them;
            # "a be os dwi'n byw yn yr alban?": the scheme there
            return utter_guide(dispatcher, tracker, None)
        if tracker.get_slot("route") == "own_behaviour" and IMAGE_THREAT.search(said):
            dispatcher.utter_message(text=say(language(tracker), IMAGES_CRIME))  # "i threatened to put pics of my ex online"
        after_the_scheme = just_after_the_guide(tracker, said) or tracker.get_slot("topic") == "clares_law" and previous_action(tracker) == "action_guidance"
        if after_the_scheme and IN_WRITING.search(said):
            # "cant they just email it me", straight after Clare's Law: how they tell you (in person).
            return await ActionGuidance().run(dispatcher, as_intent(tracker, "clares_law_confidentiality"), domain)
        if tracker.get_slot("route") == "own_behaviour" and PARTNER_LINE.search(said):
            # "is there somewhere she can ring too", after Respect's answer: the lines for the person they hurt.
            man = re.search(r"\b(?:he|him|husband|boyfriend|bf|iddo)\b", said)
            self.utter_helplines_then_999(dispatcher, with_slots(tracker, route=None, gender="man" if man else None, age_group=None, identity=None, asker=None), PARTNER_LINES)
            return [SlotSet("topic", "helpline")]
        parent = PARENT_LINE.search(said)
        if parent and tracker.get_slot("age_group") in ("child", "young"):
            dad = (parent.group("parent") or parent.group("parent2")) in ("dad", "da", "daddy")
            self.utter_helplines_then_999(dispatcher, with_slots(tracker, route=None, gender="man" if dad else "woman", age_group=None, identity=None, asker=None), PARTNER_LINES)
            return [SlotSet("topic", "helpline")]
        if MAKE_ME_REPORT.search(said) and len(said.split()) <= 20 and tracker.get_slot("route") != "own_behaviour":
            # "so if i ring that number will they make me report him": no, the lines help either way (their confidentiality said too).
            dispatcher.utter_message(text=say(language(tracker), NO_REPORT_NEEDED) + "\n" + say(language(tracker), CONFIDENTIAL))
            self.utter_helplines_then_999(dispatcher, tracker, "These people can help:")
            return [SlotSet("topic", "helpline")]
        answered = answer_in_context(self, dispatcher, tracker, understood=True)
        if answered is not None:
            return answered or [SlotSet("topic", "helpline")]  # "is that number free?" after Samaritans: that number
        refused = await refuse_again(dispatcher, tracker, domain, pressed_only=True)
        if refused is not None:
            return refused  # "please, im not gonna do anything, i just want to talk to her": the refusal stands
        lang = language(tracker)
        text = (tracker.latest_message or {}).get("text") or ""
        forms = forms_in(text)
        if (tracker.latest_message.get("intent") or {}).get("name") == OWN_BEHAVIOUR:
            # "i took my girlfriends bank card off her", "i call her names when we row": what they
            # described, named, after the answer's general words about controlling behaviour.
            named = [say(lang, FORM_NAMES[form]) for form in forms if form in NAMED_FOR_OWN_BEHAVIOUR]
            if named:
                dispatcher.utter_message(text=say(lang, OWN_FORMS).format(named=spoken_list(named, lang)))
            if CRIME_ASKED.search(text.lower()):
                dispatcher.utter_message(text=say(lang, OWN_CRIME))  # "is that an actual crime tho"
        elif forms and (being_hurt(text, for_themselves=True) or tracker.get_slot("route") != "own_behaviour" and not (who := extract(text)).perpetrator and who.asker != "someone_else"):
            # "my fella slaps me about when hes steamin. who do i even ring": what it is, and that it isn't their fault, then the lines.
            dispatcher.utter_message(text=sounds_like(forms, tracker.get_slot("nation"), tracker.get_slot("age_group"), lang))
        # "my ex wont stop messagin me from diff accounts, is there a helpline": the stalking line.
        routed = routed_by_form(unless_hurt(tracker), forms)  # (someone hurt: the own-behaviour route dropped for good)
        kept = [SlotSet("route", routed.get_slot("route"))] if routed is not tracker else []
        tracker = routed
        routing = self.routing(tracker)
        chosen = {service.id for service in routing.primary}
        hurt = (who := extract(text)).victim_is_self and not who.perpetrator
        for service_id in (sid for sid in named_services(text.lower()) if sid not in chosen):
            if service_id == "respect_phoneline" and hurt:
                # "the officer told me to ring the respect line?? im the one who got hurt": not theirs, and not given
                dispatcher.utter_message(text=say(lang, NOT_FOR_THE_HURT))
                continue
            # "ydi galop yn siarad efo merched hefyd?": the line they named, with who it is for.
            dispatcher.utter_message(text=format_service(directory().service(service_id), self.clock(), lang), **{SERVICE_MARK: service_id})
        if about_fgm(tracker):
            dispatcher.utter_message(response="utter_fgm")  # illegal, child abuse, a protection order, the NSPCC's line
        self.utter_helplines(dispatcher, tracker, "These people can help:")
        if COURT_FEAR.search(text.lower()) and tracker.get_slot("nation") in (None, "england", "wales"):
            # "got to give evidence at crown court next week against my ex and im terrified" (FACTS 3.1: any crime, reported or not)
            dispatcher.utter_message(text=say(lang, "Victim Support helps victims of any crime, whether you report it or not:"))
            dispatcher.utter_message(text=format_service(directory().service("victim_support"), self.clock(), lang), **{SERVICE_MARK: "victim_support"})
        if tracker.get_slot("asker") == "someone_else" and harms_their_partner(text.lower()):
            utter_they_can_change(dispatcher, self.clock(), lang)  # "my son is violent to his girlfriend and wants to change, where can he get help": her lines, and his
        welsh_speaker = asks_for_a_welsh_speaker(text)
        if welsh_speaker and routing.nation != "wales":
            # "can i speak to someone yn gymraeg?": the line whose staff speak Welsh (FACTS 3.2).
            welsh_line = directory().service("live_fear_free")
            dispatcher.utter_message(
                text=say(lang, "For anyone in Wales, Live Fear Free's staff speak Welsh:") + "\n"
                + format_service(welsh_line, self.clock(), lang),
                **{SERVICE_MARK: welsh_line.id},
            )
        if welsh_speaker and SAMARITANS_NAMED.search(text.lower()) and "samaritans" not in named_services(text.lower()):
            # "oes na rywun sy'n siarad cymraeg ar y samariaid?": their Welsh Language Line (FACTS 3.2).
            samaritans = directory().service("samaritans")
            dispatcher.utter_message(
                text=format_service(samaritans, self.clock(), lang), **{SERVICE_MARK: samaritans.id}
            )
        hints = []
        known = any(tracker.get_slot(slot) for slot in PROFILE_SLOTS)
        if tracker.get_slot("nation") is None:
            hints.append(say(lang, WELSH_BUT_WHERE if lang == WELSH else "If you live in Wales, Scotland or Northern Ireland, tell me: each has its own 24-hour line."))
        if not known:
            hints.append(other_lines_text(lang))
        hints.append(say(lang, CONFIDENTIAL))
        dispatcher.utter_message(text="\n".join(hints), buttons=[] if known else say_buttons(lang, WHO_IS_IT_FOR))
        dispatcher.utter_message(text=say(lang, DANGER_LINE))
        return [SlotSet("topic", "helpline"), *kept]


class ActionHandoff(HarbourAction):
    """Hands the person to the best human service for them, as a card they can act on."""

    def name(self) -> Text:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets a handoff card (call, text or web chat, hours, open now)."""
        answered = answer_in_context(self, dispatcher, tracker, understood=True)
        if answered is not None:
            return answered  # "can i email them instead i cant talk out loud" just after Samaritans: their email
        now = self.clock()
        lang = language(tracker)
        chosen = self.routing(tracker)
        dispatcher.utter_message(
            text=say(lang, "I'm an automated helper, so I can't put you through myself. "
                     "These trained people can talk it through with you:")
        )
        for service in chosen.services:
            dispatcher.utter_message(json_message=card(service, now, lang))
        self.utter_helplines(dispatcher, tracker, None)
        dispatcher.utter_message(text=say(lang, CONFIDENTIAL))
        said = ((tracker.latest_message or {}).get("text") or "").lower()
        if THIS_CHAT_KEPT.search(said) or PRIVACY_WORDS.search(said):
            dispatcher.utter_message(response="utter_privacy")  # "...is this a bot? does this get saved anywhere": Harbour keeps nothing too
        dispatcher.utter_message(text=say(lang, DANGER_LINE))
        return [SlotSet("topic", "helpline")]
