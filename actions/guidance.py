"""Sourced guidance: somewhere safe to stay, the police, court orders, Ask for ANI, immigration,
children, and what happens to a Clare's Law disclosure.

Every sentence comes from services.yml ``guidance`` (each entry with its sources and the date it
was checked); this module only chooses which entries fit the question and where the person lives,
and in what order, then gives the person's own lines and 999.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import DANGER_LINE, PROFILE_SLOTS, HarbourAction, about_fgm, as_intent, directory, language, other_lines_text, probably_a_man, routed_by_form, with_slots
from actions.clares_law import AGE_ASKED, WHAT_IT_IS, ActionClaresLaw, asks_on_about_the_scheme, just_after_the_guide, utter_guide
from actions.guidance_points import guidance_messages
from actions.follow_up_words import HOW_LONG, PUSHBACK
from actions.in_context import WITH_A_SPECIALIST, answer_in_context, previous_intent, scheme_guess_elsewhere
from actions.law import sounds_like
from actions.refusing import refuse
from harbour.abuse_forms import forms_in
from harbour.language import say
from harbour.nlu.profile import extract
from harbour.nlu.scheme_words import ORDER_COMPARED
from harbour.nlu.asked_words import WHAT_HAPPENS_NEXT
from harbour.nlu.topic_words import CONFIDENTIALITY_WORDS, WHO_IS_TOLD
from harbour.routing import format_service
from harbour.vocab import GUIDANCE_TOPICS, NATION_NAMES, SERVICE_MARK, scheme_key

INTENT_TOPIC = {intent: topic for topic, intent in GUIDANCE_TOPICS.items()}
# Services the guidance names beside the person's own lines (none is anyone's usual line).
EXTRA_SERVICES: Dict[str, Tuple[Tuple[str, str], ...]] = {
    "ask_children": (
        ("Children and young people under 19 can talk to:", "childline"),
        ("Adults worried about a child can talk to:", "nspcc_helpline"),
    ),
    "ask_immigration": (("For migrant women, including with no recourse to public funds:", "southall_black_sisters"),),
    "ask_report_police": (("Victim Support helps victims of any crime, whether you report it or not:", "victim_support"),),
}

async def answer_again(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any], intro: Optional[str] = None
) -> List[Dict[Text, Any]]:
    """The last guidance answered again (for where the person now says they live, or a follow-up
    the classifier couldn't place), read as the question that guidance answers."""
    if intro:
        dispatcher.utter_message(text=intro)
    return await ActionGuidance().run(dispatcher, as_intent(tracker, GUIDANCE_TOPICS[tracker.get_slot("topic")]), domain)


WHERE_TO_APPLY = re.compile(r"\b(?:go to|go into|go down to|visit) (?:the |a )?(?:police )?(?:station|office)\b|\b(?:online|on (?:my|the|me) phone|on the website|from home|ar-?lein|ar y we)\b")
HOW_TO_APPLY = re.compile(
    r"\bhow (?:do|can|would|does) (?:i|you|u|we|one|someone) (?:apply|ask for it|ask about|request|make a request|go about|(?:actually |even )?do (?:it|that|this|one))\b|"
    r"\bsut (?:ma|mae|dwi'?n|dw i'?n|alla i|fedra i|ydw i'?n|i|ti'?n|chi'?n) (?:gofyn|neud cais|wneud cais|gwneud cais|apply|applio|mynd ati)\b|"
    # what the application asks for (the guide says it): "beth ma nhw'n gofyn amdano ar y ffurflen?"
    r"\b(?:what|wot) (?:do|will|would|does) (?:they|the police|police|the form) (?:ask|need|want)\b|\bon the form\b|"
    r"\b(?:be|beth) (?:ma|mae|maen|fyddan|neith|wnan) (?:nhw|'r heddlu|yr heddlu|'r ffurflen)(?:'n| yn)? (?:gofyn|ofyn|isio|moyn|angen)\b|\bar y ffurflen\b"
)

# Nothing disclosed, taken as safe: "and if they dont say anything then hes grand aye", "if nothing comes back is he ok"
TALK_IT_THROUGH = "If you're worried about what happens next, you can talk it through with {name}: {phone}."
NOTHING_SAID = re.compile(
    r"\b(?:don'?t|dont|do not|doesn'?t|doesnt|didn'?t|didnt|never|can'?t|cant) (?:say|tell|find|give|share|come back with|have) (?:me |her |him |us |them |you )?(?:anything|owt|nothing|much|a thing)\b.{0,40}\b(?:safe|grand|fine|ok|okay|alright|all right|clean|sound)\b|"
    r"\b(?:nothing|nowt|nothin) (?:comes? back|found|on (?:him|her|them)|there)\b.{0,40}\b(?:safe|grand|fine|ok|okay|alright|all right|clean|sound)\b|"
    r"\b(?:come|comes|came|coming) back (?:with|wi|wae|wiv|w) (?:nothing|nothin|nowt|naething|naethin|hee haw)\b.{0,40}\b(?:safe|grand|fine|ok|okay|alright|all right|clean|sound)\b|"
    r"\b(?:dim byd|dim|ddim byd) (?:i'?w (?:ddweud|ddeud|weud|rannu)|i (?:ddweud|ddeud|weud|rannu)|wedi (?:ei |cael ei )?(?:ddweud|ddeud|rannu|ffeindio|ffendio))\b.{0,60}\b(?:saff|diogel|iawn|ok|grêt|gret)\b"
)
NOT_THE_SAME = (
    "They're different things. Clare's Law (the Domestic Violence Disclosure Scheme) lets you ask the police about someone's past; "
    "a court order protects you from them. Here is how the orders work:"
)
# Asked how an answer would reach them: "will he get a letter", "will they write to me wi the answer".
IN_WRITING_ASKED = re.compile(
    r"\b(?:letters?|write|writes|writing|written|post|posted|e-?mail\w*|llythyr\w*|sgwennu|ysgrifen\w*|bost|ebost\w*)\b"
)
SCOTLAND_MEETING = (
    "Police Scotland's steps include a face-to-face meeting, where you show photo ID, before they decide. "
    "Ask them how they will give you their answer."
)


class ActionGuidance(HarbourAction):
    """Answers a question about somewhere safe, the police, orders, ANI, immigration or children."""

    def name(self) -> Text:
        return "action_guidance"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """The person gets the sourced answer for where they live, their own lines, and 999."""
        answered = answer_in_context(self, dispatcher, tracker, understood=True)
        if answered is not None:
            return answered  # "will he see it on the bill" just after Samaritans, read as the scheme's confidentiality
        elsewhere = scheme_guess_elsewhere(tracker)
        if elsewhere in GUIDANCE_TOPICS:
            return await answer_again(dispatcher, tracker, domain)  # "faint o amser mae'n gymryd?", after the refuge answer
        if elsewhere:
            self.utter_helplines_then_999(dispatcher, tracker, WITH_A_SPECIALIST)  # "be os ydyn nhw'n ffeindio allan?", after the lines
            return [SlotSet("topic", "helpline")]
        said = ((tracker.latest_message or {}).get("text") or "").lower()
        if PUSHBACK.search(said) and previous_intent(tracker) == "ask_check_person":
            # "plis, dwi'm isio mynd at yr heddlu. jyst deud wrtha i", after "I can't check anyone's record": that again
            return await ActionClaresLaw().run(dispatcher, as_intent(tracker, "ask_check_person"), domain)
        if PUSHBACK.search(said) and previous_intent(tracker) in ("ask_locate_person", "ask_monitor_someone"):
            # "so how am i meant to see my kids then", after "I can't help find where someone is": that again
            refuse(self, dispatcher, tracker, previous_intent(tracker) or "", said, language(tracker))
            return []
        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name") or ""
        text = message.get("text") or ""
        if intent in ("ask_refuge", "ask_report_police") and just_after_the_guide(tracker, text, 16) and re.search(r"\b(?:process|steps|what happens|go in|in person|meet)\b", text.lower()):
            intent = "clares_law_process"  # "aye but whats the process, do i have to go in somewhere", just after the guide: the steps
        if intent in ("ask_refuge", "ask_report_police") and asks_on_about_the_scheme(tracker):
            # "and where do i even go to do it, we're in hull", just after the guide: where to apply.
            return utter_guide(dispatcher, tracker, None)
        if intent == "clares_law_process" and HOW_TO_APPLY.search(text.lower()):
            # "ok ond sut ti'n neud cais go iawn": how to apply, not the steps after.
            return utter_guide(dispatcher, tracker, None)
        if intent == "clares_law_process" and AGE_ASKED.search(text.lower()):
            # "oes rhaid bod dros 18 i neud o?": who can ask (16 or over), with the scheme.
            return await ActionClaresLaw().run(dispatcher, as_intent(tracker, "ask_clares_law"), domain)
        if intent in ("clares_law_process", "clares_law_confidentiality") and NOTHING_SAID.search(text.lower()):
            intent = "clares_law_no_disclosure"  # "and if they dont say anything then hes grand aye": nothing said isn't safe
        if intent == "clares_law_process":
            # The steps and the timescale. (Through this action so that "dwi'n 17. ydyn nhw'n cael neud hyn?",
            # just after the forced-marriage answer, is read in its light first.)
            dispatcher.utter_message(response="utter_clares_law_process")
            here = tracker.get_slot("nation")
            if CONFIDENTIALITY_WORDS.search(text.lower()) and (not here or scheme_key(here) == "england_wales"):
                for block in guidance_messages("clares_law_confidentiality", text, here, language(tracker)):  # "...fydd o'n cael gwbod mai fi nath ofyn?": that too
                    dispatcher.utter_message(text=block)
            return [SlotSet("topic", "clares_law")]
        if intent == "clares_law_no_disclosure":
            # Nothing disclosed doesn't mean safe. (Through this action so that "the police say they can't
            # do anything", just after the stalking answer, is read in its light first.)
            dispatcher.utter_message(response="utter_clares_law_no_disclosure")
            timescale = directory().scheme(tracker.get_slot("nation") or "england").timescale
            if timescale and HOW_LONG.search(text.lower()):
                dispatcher.utter_message(text=say(language(tracker), timescale))  # "...and how long is it meant to take": that too
            return [SlotSet("topic", "clares_law")]
        nation = tracker.get_slot("nation")
        lang = language(tracker)
        if intent == "clares_law_confidentiality" and HOW_TO_APPLY.search(text.lower()):
            # "be di clares law a sut ma gofyn amdano fo": what it is and how to apply, not who is told.
            return await ActionClaresLaw().run(dispatcher, as_intent(tracker, "ask_clares_law"), domain)
        if intent == "clares_law_confidentiality" and tracker.get_slot("asker") == "someone_else" and WHO_IS_TOLD.search(text.lower()):
            # "do i get told what they find", asking for a granddaughter: who is told (usually the person at risk).
            return await ActionClaresLaw().run(dispatcher, as_intent(tracker, "clares_law_someone_else"), domain)
        if intent == "clares_law_confidentiality" and AGE_ASKED.search(text.lower()) and not (nation and scheme_key(nation) != "england_wales"):
            dispatcher.utter_message(text=say(lang, WHAT_IT_IS))  # "im 16 can i still use clares law... will he know i asked": who can ask, then who is told
        if intent == "clares_law_confidentiality" and nation and scheme_key(nation) != "england_wales":
            scheme = directory().scheme(nation)
            dispatcher.utter_message(
                text=say(
                    lang,
                    "In {nation} the scheme is the {name} ({short_name}). "
                    "I can't promise you whether the person will be told someone asked: ask "
                    "{police} about confidentiality when you apply. Please don't confront the person "
                    "with anything you learn: it can put you in more danger.",
                ).format(nation=say(lang, NATION_NAMES[nation]), name=scheme.name, short_name=scheme.short_name, police=scheme.police)
            )
            # Who is told, and (asked about a letter) how: Police Scotland meet you face to face first.
            dispatcher.utter_message(text=say(lang, scheme.who_receives))
            if scheme_key(nation) == "scotland" and IN_WRITING_ASKED.search(text.lower()):
                dispatcher.utter_message(text=say(lang, SCOTLAND_MEETING))
            if WHERE_TO_APPLY.search(text.lower()):
                # "do i have to go to the station or can i do it on my phone": the ways to apply there
                dispatcher.utter_message(text="\n".join([say(lang, "You can apply:"), *(f"- {say(lang, way)}" for way in scheme.how_to_apply)]))
            best = self.routing(tracker).primary[0]  # (as in England and Wales: a line to talk it through with, where they live)
            dispatcher.utter_message(text=say(lang, TALK_IT_THROUGH).format(name=best.name, phone=best.phone))
            dispatcher.utter_message(text=say(lang, DANGER_LINE))
            return [SlotSet("topic", "clares_law")]
        if intent == "ask_protective_order" and ORDER_COMPARED.search(text.lower()) and re.search(r"\b(?:clare'?s?|claire'?s?|disclosure|dvds|dsdas|dvads)\b", text.lower()):
            dispatcher.utter_message(text=say(lang, NOT_THE_SAME))  # "is an injunction the same thing as clares law?": no, then the orders
        honour: List[Dict[Text, Any]] = []
        fgm = about_fgm(tracker)
        if intent == "ask_protective_order" and (fgm or "honour" in forms_in(text)):
            # "her parents are taking her to pakistan to marry someone. can anyone legally stop this": the forced marriage (or FGM) order first
            dispatcher.utter_message(response="utter_fgm" if fgm else "utter_honour_abuse")
            honour = [] if fgm or tracker.get_slot("route") else [SlotSet("route", "honour")]  # kept: "shes only 17 tho is that even allowed here" next
        blocks = guidance_messages(intent, text, nation, lang)
        if intent == "clares_law_confidentiality" and blocks:
            blocks[0] = say(lang, "Under Clare's Law (the Domestic Violence Disclosure Scheme):") + "\n" + blocks[0]
        for text_block in blocks:
            dispatcher.utter_message(text=text_block)
        if intent == "clares_law_confidentiality":
            if WHAT_HAPPENS_NEXT.search(text.lower()):
                dispatcher.utter_message(response="utter_clares_law_process")  # "be sy'n digwydd ar ol i fi neud o? fydd o'n cael gwbod...": both
            elif HOW_LONG.search(text.lower()) and (timescale := directory().scheme(nation or "england").timescale):
                dispatcher.utter_message(text=say(lang, timescale))  # "how long does clares law take?... will they just send a letter": both
            best = self.routing(tracker).primary[0]
            dispatcher.utter_message(text=say(lang, TALK_IT_THROUGH).format(name=best.name, phone=best.phone))
            dispatcher.utter_message(text=say(lang, DANGER_LINE))
            return [SlotSet("topic", "clares_law")]
        now = self.clock()
        for intro, service_id in EXTRA_SERVICES.get(intent, ()):
            if service_id == "southall_black_sisters" and (tracker.get_slot("gender") == "man" or probably_a_man(tracker)):
                continue  # a line for migrant women, not for "im a man in newport"
            service = directory().service(service_id)
            dispatcher.utter_message(
                text=f"{say(lang, intro)}\n{format_service(service, now, lang)}", **{SERVICE_MARK: service_id}
            )
        who = extract(text)
        forms = forms_in(text) if intent in ("ask_report_police", "ask_protective_order", "ask_children") and not who.perpetrator and who.asker != "someone_else" else []
        if forms:
            # "wat if the police dont believe me, its all mind games n controlling stuff": what it is, named, and the law.
            dispatcher.utter_message(text=sounds_like(forms, nation, tracker.get_slot("age_group"), lang))
        # "my ex... keeps turning up at the gym. can i get an order on him": the stalking line with the answer (and honour's for a forced marriage)
        lines_for = with_slots(tracker, route="honour") if honour else routed_by_form(tracker, forms)
        men_asked = intent == "ask_refuge" and not tracker.get_slot("gender") and bool(re.search(r"\b(?:take|for|help|accept) (?:men|blokes|lads|guys|males?)\b|\b(?:men|mens|men'?s) refuges?\b", text.lower()))
        if men_asked:
            lines_for = with_slots(lines_for, gender="man")  # "do refuges even take men": the Men's Advice Line with the answer (and next, "stoke")
        self.utter_helplines(dispatcher, lines_for, "They can talk it through with you and help with this:")
        if forms and not any(lines_for.get_slot(slot) for slot in PROFILE_SLOTS):
            dispatcher.utter_message(text=other_lines_text(lang))  # "my wife screams at me in front of the kids": nothing known of them, every specialist line named
        dispatcher.utter_message(text=say(lang, DANGER_LINE))
        return [SlotSet("topic", INTENT_TOPIC.get(intent, "helpline")), *honour, *([SlotSet("gender", "man")] if men_asked else [])]
