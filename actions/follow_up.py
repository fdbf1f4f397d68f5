"""Typed answers to what the bot offered: "Glasgow", "for my sister", "yeah", "skip"."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.abuse_check import INTRO, QUESTIONS, ActionAbuseAnswer, ask, reflection_result
from actions.base import DANGER_LINE, HarbourAction, as_intent, language, previous_action, response_text
from harbour.language import say
from actions.clares_law import utter_guide
from actions.context import refuse_again
from actions.guidance import ActionGuidance, answer_again
from actions.guidance_points import answer_asked_points
from actions.helplines import ActionHelpline
from actions.follow_up_words import HOW_LONG
from actions.in_context import SAMARITANS, answer_in_context, answered_about
from harbour.nlu.asked_words import FOR_ME, FOR_THEM
from harbour.abuse_forms import forms_in
from harbour.vocab import GUIDANCE_TOPICS, NATIONS

ANSWERS = {"affirm": "yes", "deny": "no", "skip": "unsure"}
# Actions after which a yes, no or skip answers the bot (anything else: the person moved on).
ASKING_ACTIONS = frozenset({"action_abuse_answer", "action_follow_up"})
WORRIED_FRIEND = "utter_worried_about_someone"
# Nations with a 24-hour line of their own (all but England, whose line is the national one), named
# after the scheme when the person says they live there.
OWN_LINE_NATIONS = frozenset(NATIONS) - {"england"}
# A yes that asks on, just after Clare's Law: "ok sut?", "ok how", "iawn, pa mor hir?"
HOW = re.compile(r"\b(?:how|sut|shwd|shwt)\b")
# Afraid of them, said to the offer of three questions (the first asks just that).
AFRAID = re.compile(r"\b(?:scared|afraid|frightened|terrified|petrified|feart|walk(?:ing)? on eggshells|ofn|ofnus)\b(?! (?:for|about) (?:her|him|them|my (?:mate|friend|sister|brother|daughter|son)))")


class ActionFollowUp(HarbourAction):
    """Reads a short typed answer in the context of what the bot last offered, and answers it."""

    def name(self) -> Text:
        return "action_follow_up"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person's answer tailors the last answer; yes/no/skip move the reflection on."""
        refused = await refuse_again(dispatcher, tracker, domain, pressed_only=True)
        if refused is not None:
            return refused  # "jyst ie neu na plis, wna i ddim deud wrth neb", read as a yes or no: the refusal again
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        topic = tracker.get_slot("topic")
        if intent in ANSWERS and answered_about(tracker) == "self_harm":
            # "i dont know. maybe", just after Samaritans' answer: that answer again, never "what would you like to know?"
            dispatcher.utter_message(response="utter_self_harm")
            return [SlotSet("topic", SAMARITANS)]
        pointed = answer_asked_points(self, dispatcher, tracker)
        if pointed is not None:  # "its still going on yeah", after Police Scotland's online form: 101 for abuse still happening
            return pointed
        said = (tracker.latest_message.get("text") or "").lower()
        if FOR_ME.search(said) and FOR_THEM.search(said):
            answered = answer_in_context(self, dispatcher, tracker, understood=True)  # "can my mum ring someone for me", read as who
            if answered is not None:
                return answered
        if intent in ANSWERS:
            return await self.answer(dispatcher, tracker, domain, ANSWERS[intent], topic)
        if topic == "clares_law":
            events = utter_guide(dispatcher, tracker, None)
            said = {entity.get("entity") for entity in tracker.latest_message.get("entities") or []}
            if "nation" in said and tracker.get_slot("nation") in OWN_LINE_NATIONS:
                # "ok diolch. ma hi'n byw yng nghonwy": the scheme there, and the line there too.
                self._offer_a_person(dispatcher, tracker)
            return events
        if topic in GUIDANCE_TOPICS:
            return await answer_again(dispatcher, tracker, domain)
        # Who or where, said on its own: the helplines for that person.
        if tracker.get_slot("asker") == "someone_else" and tracker.get_slot("route") != "own_behaviour":
            dispatcher.utter_message(text=response_text(domain, WORRIED_FRIEND, tracker))
        return await ActionHelpline().run(dispatcher, tracker, domain)

    async def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
        answer: str,
        topic: Optional[str],
    ) -> List[Dict[Text, Any]]:
        """A yes, no or skip (``answer``) read against what the bot last offered (``topic``); the fallback
        uses it too, for fear typed in answer to the offer of three questions."""
        in_context = previous_action(tracker) in ASKING_ACTIONS and topic == "abuse_check"
        pending = tracker.get_slot("question") if in_context else None
        if in_context and pending in QUESTIONS:
            events: List[Dict[Text, Any]] = [SlotSet(pending, answer)]
            tracker.slots[pending] = answer
            later = QUESTIONS[QUESTIONS.index(pending) + 1:]
            if later:
                self._offer_a_person(dispatcher, tracker)  # a person stays one step away at every question
                return events + ask(dispatcher, later[0])
            dispatcher.utter_message(text=reflection_result(tracker))
            self.utter_helplines_then_999(dispatcher, tracker, "A specialist can talk it through with you:")
            return events + [SlotSet("question", None), SlotSet("topic", None)] + [
                SlotSet(slot, None) for slot in QUESTIONS
            ]
        said = (tracker.latest_message or {}).get("text") or ""
        if in_context and pending is None and answer == "yes" and forms_in(said):
            # "yeah kinda scared of him. he keeps my bank card", to the offer: what they describe, named
            # (the questions were only to help them think it through).
            return await ActionAbuseAnswer().run(dispatcher, as_intent(tracker, "ask_what_is_abuse"), domain) + [SlotSet("topic", None)]
        if in_context and pending is None and answer != "no" and AFRAID.search(said):
            # "kind of scared of her moods i guess", to the offer: the first question (afraid?) answered already.
            tracker.slots[QUESTIONS[0]] = "yes"
            dispatcher.utter_message(text=say(language(tracker), INTRO))
            self._offer_a_person(dispatcher, tracker)
            return [SlotSet(QUESTIONS[0], "yes")] + ask(dispatcher, QUESTIONS[1])
        if in_context and answer == "yes":
            dispatcher.utter_message(text=say(language(tracker), INTRO))
            self._offer_a_person(dispatcher, tracker)
            return ask(dispatcher, QUESTIONS[0])
        asked = ((tracker.latest_message or {}).get("text") or "").lower()
        if topic == "clares_law" and HOW_LONG.search(asked):
            # "ok. pa mor hir?", read as a yes: how long the scheme takes.
            return await ActionGuidance().run(dispatcher, as_intent(tracker, "clares_law_process"), domain)
        who = any(entity.get("entity") == "asker" for entity in (tracker.latest_message or {}).get("entities") or [])
        if topic == "clares_law" and (answer in ("no", "unsure") or HOW.search(asked) or who):  # (or "me obvs": who it is for)
            # "ok sut?", read as a yes: how to apply.
            # "rather not say", to where they live: the guide for England and Wales, with the other schemes named.
            return utter_guide(dispatcher, tracker, None)
        rest = re.sub(r"^\W*(?:(?:ok|okay|no|nah|just)\W+)?(?:skip|never ?mind|no thanks)(?: (?:that|it|this|them|the questions))?\b\W*", "", asked)
        if rest != asked and len(rest.split()) >= 3:
            answered = answer_in_context(self, dispatcher, tracker)  # "skip that. can he get done for it": what they ask next
            if answered is not None:
                return answered + [SlotSet("question", None)]
        # A yes, no or skip with nothing to answer: nothing more is asked, and a person is offered.
        dispatcher.utter_message(response="utter_anything_else")
        self._offer_a_person(dispatcher, tracker)
        return [SlotSet("question", None), SlotSet("topic", None)]

    def _offer_a_person(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """The best line for this person, in one sentence."""
        best = self.routing(tracker).primary[0]
        lang = language(tracker)
        dispatcher.utter_message(
            text=say(lang, "If you'd like to talk to someone: {name}, {contact}.").format(name=best.name, contact=best.phone or best.website)
            + " " + say(lang, DANGER_LINE)  # a person and 999 stay one step away at every question
        )
