"""Rasa NLU component: who and where from any message, and typed answers understood as answers.

Runs after the classifier (and FallbackClassifier and PlaceNormaliser), before the safety net:

* adds closed-category entities from :mod:`harbour.nlu.profile` (asker, gender, age group,
  identity, relationship, nation words the gazetteer leaves out, yes/no/unsure answers);
* a message that is only an answer ("yeah", "not really", "skip", "for my sister", "we're in
  Derry", "myself") becomes ``affirm`` / ``deny`` / ``skip`` / ``inform`` whatever the
  classifier guessed, and is marked so the safety net doesn't escalate it on the classifier's
  score alone (its danger and self-harm patterns still run on every message);
* someone describing being hurt is never given the own-behaviour intent unless they also say
  they harm someone, and a description of abuse by someone else is not turned into self-harm
  by the classifier alone.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache, partial
from typing import Collection, List, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from harbour.abuse_forms import forms_about_someone, forms_in
from harbour.nlu.language import asks_for_a_welsh_speaker, language_of, requested_language
from harbour.nlu.danger import DANGER, SELF_HARM, calm_despite_the_words, classify, only_about_the_past, speaks_of_now
from harbour.nlu.place_normaliser import PlaceNormaliser
from harbour.nlu.places import nation_last, of_her_or_them, shared_name_nations
from harbour.nlu.profile import extract, leftover_words
from harbour.nlu.asked_words import SCHEME_NAMED, OTHERS_KNOW, SAID_IT_NEXT, WHO_DECIDES, REPEAT_ASKED, EVIDENCE_ASKED, HELPLINE_TELLS, KEEP_IT, MUST_I_KEEP_IT, MY_DEVICE_WIPE, NO_POLICE, NOT_IN_TROUBLE, RIGHT_TO_KNOW, SPEECH_NOT_AN_EMERGENCY, TEEN_WORDS, THEY_TELL, TOLD_ON, HOW_TO_HELP, CHILD_TALKS, CHILD_AGED, MONITOR_WORDS, NEIGHBOUR_OR_KIN
from harbour.nlu.partner_words import HER_PARTNER_WATCHES, THREAT_TO_STAY
from harbour.nlu.refusals import CHECK, LOCATE, MONITOR, refused_request, wants_a_refuge
from harbour.nlu.scheme_words import APPLIED_WHAT_NOW, ORDER_COMPARED, first_reading, guess_instead, named_scheme_as, has_scheme_signs
from harbour.nlu.score_alone import crisis_by_score_alone
from harbour.vocab import SCHEME_INTENTS
from harbour.nlu.topic_words import (
    BOT_QUESTION, HUMAN_ASKED, CHECK_THEM_OUT, CHILDREN_ASKED, FORGET_ASKED, OWN_DEVICE, PAST_ASKED, THEIRS, asked_in_words, LIVES_IN, TOPIC_EVIDENCE, CONFIDENTIALITY_WORDS, DEFINITION_QUESTION, PRIVACY_WORDS, SELF_HARM_HINT, WORRIED_WORDS,
    FOR_SOMEONE, JUST_SAY, LINE_QUESTION, OWN_PARTNER, WHAT_HAPPENS_NEXT, WHAT_NOW, WHO_IS_TOLD, topic_intent)

logger = logging.getLogger(__name__)

ANSWER_INTENTS = {"yes": "affirm", "no": "deny", "unsure": "skip"}
INFORM = "inform"
CHANGE_LANGUAGE = "change_language"
# Entities that say nothing about who is at risk or where: a yes/no answer, the language written in.
NOT_WHO_OR_WHERE = frozenset({"answer", "language"})
OWN_BEHAVIOUR = "worried_own_behaviour"
# Marks read by the safety net (never stored: message data, not output).
ANSWER_MARK = "harbour_answer"
DESCRIPTION_MARK = "harbour_abuse_described"
# Intents an answer-like message keeps: they are answers of their own.
_KEEP = frozenset({"greet", "goodbye", "thank", "forget_conversation", "request_human", "bot_challenge"})
# A greeting in words, so a place the classifier took for one ("im in hull") is read as an answer.
GREETING = re.compile(
    r"\b(?:hi+|hiya|hello|helo|hey+|heya|hia|howdy|yo|morning|afternoon|evening|good (?:morning|afternoon|evening)|"
    r"alright|ey up|shwmae|s'mae|sut mae|sumae|bore da|prynhawn da|noswaith dda)\b"
)
# Words that may be left once the who/where words and filler are gone ("is there a Welsh helpline?"); any other asks more.
_ANSWER_LEFTOVER = frozenset({"helpline", "helplines", "line", "number", "service", "services", "help", "support", "btw", "there", "any", "one",
                             # "and im a guy if that changes anything", "shes 72 if it matters"
                             "if", "that", "it", "changes", "change", "anything", "matters", "matter", "helps", "tho", "though", "and", "makes", "make", "difference", "both", "over",
                             "am", "wn", "guess", "suppose", "byw", "yn", "ar", "ger", "yng", "ym", "on", "near", "os", "di", "ydi", "hynny", "hynny'n", "hynna", "hynna'n", "helpu",
                             # "dwi yn ninbych. mae'r plant efo fi a'r ci", after the refuge answer: where, and who comes too
                             "kids", "children", "child", "baby", "dog", "cat", "pets", "plant", "ci", "cath", "gath", "babi", "mae'r", "a'r"})  # "fi am wn i. byw yn port talbot", "i fi. dwi'n byw ar ynys mon"


SAFETY_INTENTS = (DANGER, SELF_HARM)
# Requests Harbour refuses: only their patterns choose them, never a second guess of the classifier's.
REFUSALS = (LOCATE, MONITOR, CHECK)
CLARES_LAW_INTENTS = SCHEME_INTENTS | {"ask_check_person"}  # (a record check is answered with the scheme)
# Intents a question for a line is better answered with the lines than with: guesses the
# classifier makes when the words "police", "partner" or "husband" are in a plea for a number.
_LINE_OVER = frozenset(
    {"nlu_fallback", "out_of_scope", "ask_clares_law", "clares_law_apply", "clares_law_someone_else",
     "clares_law_process", "clares_law_no_disclosure", "clares_law_confidentiality", "ask_privacy",
     "ask_capabilities", "ask_what_is_abuse", "ask_is_this_abuse", "male_victim"}
)
HELPLINE = "ask_helpline"
# Guesses the lines (text and BSL routes first) answer better for someone deaf or unable to phone.
_ACCESS_OVER = frozenset(
    {"nlu_fallback", "out_of_scope", "inform", "greet", "other_language", "ask_capabilities",
     "bot_challenge", "ask_privacy", "affirm", "deny", "skip"}
)
# Intents a scheme's name doesn't override: the safety answers and conversation control.
_NOT_ABOUT_A_SCHEME = frozenset({DANGER, SELF_HARM, "forget_conversation", "request_human", "goodbye", "thank"})
TOPIC_MARK = "harbour_topic_question"

# Intents topic words don't overrule: the safety answers, conversation control, refusals.
_NOT_A_TOPIC = frozenset(
    {DANGER, SELF_HARM, "forget_conversation", "request_human", "goodbye", "thank", "greet",
     "ask_locate_person", "ask_monitor_someone", "ask_check_person"}
)
# Guesses that leave a described form of abuse unnamed ("didn't understand", a bare list of lines).
_DESCRIBED = frozenset(
    {"describe_coercive_control", "describe_economic_abuse", "describe_emotional_abuse", "describe_physical_abuse",
     "describe_sexual_abuse", "describe_tech_abuse", "describe_stalking", "describe_honour_abuse",
     "describe_family_abuse", "describe_older_person_abuse", "describe_teen_abuse", "describe_lgbt_abuse",
     "male_victim", "ask_what_is_abuse", "ask_is_this_abuse"}
)
# Guesses a question about what counts as abuse is better answered as that question.
_DEFINITION_OVER = (_DESCRIBED - {"ask_is_this_abuse"}) | {
    "nlu_fallback", "out_of_scope", "ask_helpline", "inform", "worried_about_someone",
    "worried_own_behaviour",  # only where nothing says they harm someone (checked where it's used)
}
_FORMS_OVER = frozenset({"nlu_fallback", "out_of_scope", "ask_helpline", "inform", "ask_capabilities"})
_ME = re.compile(r"\b(?:me|my|fi|fy)\b")  # and Welsh "fi", "fy"
_HE_SHE = re.compile(r"\b(?:he|she|hes|shes|he'?s|she'?s)\b|\b(?:mae|ma|dio|nath|neith|wnaeth)(?:'n)? (?:o|fo|e|fe|hi)\b")  # "he booted the dog... thats wot happens to anything that tries to leave him"
_ASKING_ABOUT = re.compile(r"\b(?:ask|asking|find out|check|know) (?:about|if|whether)\b")
_RECORD = re.compile(
    r"\b(?:disclos\w*|convictions?|record|previous)\b|\bwhat the police (?:said|told|say)\b|"
    r"\b(?:be|beth) (?:ddeudodd|ddywedodd|ddwedodd|mae) (?:yr |'r )?heddlu\b|\b(?:datgeliad|datgelu|cofnod)\b|"
    r"\b(?:i|that i|i'?d|i had|mod i|fy mod i|bod fi)(?: have)? (?:asked|applied|wedi gofyn|di gofyn|wedi holi) (?:about|amdano|amdani|for)\b"
)


def _set_intent(message: Message, name: str) -> None:
    top = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [item for item in message.get(INTENT_RANKING_KEY) or [] if item.get(INTENT_NAME_KEY) != name]
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)


# A message of this many words is more than an answer to a question, and a guess this sure (the fallback threshold is 0.4) is
# what it asks for. Guesses that are no topic of their own are passed over ("inform" gives the lines anyway, and a friend's answer).
LONG_WORDS = 8
GUESS_CONFIDENCE = 0.25
_NOT_A_GUESS = frozenset({"nlu_fallback", INFORM, HELPLINE, DANGER, SELF_HARM, CHANGE_LANGUAGE, "out_of_scope", "affirm", "deny", "skip", "greet", "thank", "goodbye"})


def _next_best(message: Message, exclude: Collection[str], at_least: float = 0.05) -> Optional[str]:
    """The most likely intent in the ranking outside ``exclude``, if at least ``at_least`` sure."""
    for item in message.get(INTENT_RANKING_KEY) or []:
        name = item.get(INTENT_NAME_KEY)
        if name not in exclude and (item.get(PREDICTED_CONFIDENCE_KEY) or 0.0) >= at_least:
            return name
    return None


def _not_as_guessed(message: Message, guessed: str, lowered: str, profile) -> str:  # noqa: ANN001
    """For an own-behaviour (or men's) guess the words don't bear out: the lines if asked for, the topic
    named, the next sure guess (no friend's answer for someone hurt), the men's answer, the form named."""
    if CHECK_THEM_OUT.search(lowered) or LINE_QUESTION.search(lowered):  # ("can i check if me new partner has a past like": the scheme)
        return (asked_in_words("nlu_fallback", lowered, False) or "ask_clares_law") if CHECK_THEM_OUT.search(lowered) else HELPLINE
    exclude = {OWN_BEHAVIOUR, guessed, "nlu_fallback", *SAFETY_INTENTS, *REFUSALS} | ({"worried_about_someone"} if profile.victim_is_self else set()) | ({"male_victim"} if profile.gender == "woman" else set())
    return topic_intent(lowered) or _next_best(message, exclude, GUESS_CONFIDENCE) or (
        "male_victim" if profile.gender == "man" and guessed != "male_victim" else "ask_what_is_abuse" if forms_in(lowered) else HELPLINE)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class ProfileExtractor(PlaceNormaliser):
    """Closed-category who/where entities, and typed answers read as answers (see module doc).

    Built like the place normaliser (the same gazetteer, to tell a place from other words).
    """

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process(message)
        return messages

    def _process(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if not text or text.startswith("/"):
            return  # button payloads carry their own intent and entities
        profile = extract(text)
        profile.asker = profile.asker or ("self" if profile.victim_is_self and not profile.perpetrator and OWN_PARTNER.search(text.lower()) else None)  # "...my husband does the same to me"
        # The patterns' verdict, worked out at most once for this message (and dropped with it).
        patterns = lru_cache(maxsize=1)(partial(classify, text))
        entities = list(message.get(ENTITIES) or [])
        have = {entity.get("entity") for entity in entities}
        for name, value in profile.entities():
            if name in have:
                continue  # a place the gazetteer found wins over a nation word
            entities.append(
                {"entity": name, "value": value, "confidence_entity": 1.0, "extractor": "ProfileExtractor"}
            )
        language = language_of(text)
        if language:  # the conversation carries on in the language last written or chosen
            entities.append(
                {"entity": "language", "value": language, "confidence_entity": 1.0, "extractor": "ProfileExtractor"}
            )
        message.set(ENTITIES, nation_last(entities, profile.asker == "someone_else" or profile.asker is None and not profile.victim_is_self and of_her_or_them(text.lower())), add_to_output=True)

        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if requested_language(text) and not asks_for_a_welsh_speaker(text):  # "Cymraeg", "English please": switched
            _set_intent(message, CHANGE_LANGUAGE)
            return
        if intent == CHANGE_LANGUAGE:
            # The classifier alone heard a switch that the words don't ask for ("my ex is Welsh"): answered as its next best reading.
            _set_intent(message, _next_best(message, {CHANGE_LANGUAGE}) or "nlu_fallback")
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        lowered = text.lower()
        refused = refused_request(text)
        if refused:
            if crisis_by_score_alone(message, patterns(), text, lowered, language):
                message.set(TOPIC_MARK, True)  # "plis jyst enw'r dre": the refusal, not Samaritans
            _set_intent(message, refused)
            return
        if profile.answer and not JUST_SAY.search(lowered):  # not "jyst ie neu na plis": pressing, after a refusal
            _set_intent(message, ANSWER_INTENTS[profile.answer])
            message.set(ANSWER_MARK, True)
            return
        said_who_or_where = any(entity.get("entity") not in NOT_WHO_OR_WHERE for entity in entities)
        kept = intent in _KEEP and not (intent == "greet" and not GREETING.search(lowered))  # "im in hull" isn't "hi"
        if said_who_or_where and not kept and self._only_an_answer(text):
            if intent != INFORM:
                logger.info("Profile extractor read an answer as inform (classifier said %s).", intent)
            _set_intent(message, INFORM)
            message.set(ANSWER_MARK, True)
            return
        if intent not in SAFETY_INTENTS and (first := first_reading(intent, lowered)):
            return _set_intent(message, first)  # before any topic word: "...i think hes put something on my phone", "its for me. police have been round"
        if intent not in SAFETY_INTENTS and forms_in(lowered) and not profile.perpetrator and crisis_by_score_alone(message, patterns(), text, lowered, language):
            message.set(DESCRIPTION_MARK, True)  # "me husband took 3 loans out in my name and now...": not self-harm on the score alone
        if intent in ("thank", "goodbye") and patterns() is None and (said_who_or_where and "?" in lowered or WORRIED_WORDS.search(lowered)):
            # "Diolch. Rwyf yn 74 oed, ydi hynny'n berthnasol?": who they are, for the last answer; "Rwy'n poeni amdani, dyna'r cwbl"
            _set_intent(message, INFORM if said_who_or_where and "?" in lowered else "worried_about_someone")
            return
        private = PRIVACY_WORDS.search(lowered)  # "do you keep what i type?", "do I have to say where I live?"
        if intent == "ask_privacy" and not private and (OTHERS_KNOW.search(lowered) or SAID_IT_NEXT.search(lowered)):
            _set_intent(message, "nlu_fallback")  # "will he see my new address on it", after the orders: read in context
            return
        if intent in REFUSALS:
            # The classifier alone heard a request Harbour refuses, and no refusal pattern fired: a
            # question about what the person must share ("do I have to say where I live?"), a friend
            # wanting to confront the abuser, or a question about their own password is not one.
            instead = "ask_refuge" if wants_a_refuge(lowered) else "ask_privacy" if private else topic if (topic := topic_intent(lowered)) in ("ask_for_ani", "ask_cover_tracks") else HELPLINE if profile.access else "nlu_fallback" if re.search(r"\b(?:g|c)ofrestru\b|\bregister\b(?! (?:of|for) (?:sex|offenders))", lowered) or EVIDENCE_ASKED.search(lowered) and not refused_request(text) and re.search(r"\b(?:should|do|can|shall|must) (?:i|she|he|they|we)\b", lowered) else (
                OWN_BEHAVIOUR if profile.perpetrator and not profile.victim_is_self else  # "i check her phone every night, is that bad"
                "worried_about_someone" if (WORRIED_WORDS.search(lowered) or intent == MONITOR and (not MONITOR_WORDS.search(lowered) and NEIGHBOUR_OR_KIN.search(lowered) or profile.asker == "someone_else" and HER_PARTNER_WATCHES.search(lowered))) and not profile.victim_is_self else
                "describe_tech_abuse" if OWN_DEVICE.search(lowered) and not THEIRS.search(re.sub(r"\bwithout (?:him|her|them) \w+", " ", lowered)) else
                # "oes modd siarad yn Gymraeg? mae'r cariad yn bygwth fi": someone being hurt, never refused
                (HELPLINE if asks_for_a_welsh_speaker(text) or LINE_QUESTION.search(lowered) else "ask_what_is_abuse")
                if profile.victim_is_self and not profile.perpetrator else None)
            if instead:
                _set_intent(message, instead)
                return
        if intent == "forget_conversation" and re.search(r"\bwill (?:he|she|they) (?:know|notice|see|find out|be able to tell)\b|\b(?:look|looks) suspicious\b", lowered):
            _set_intent(message, "ask_cover_tracks")  # "if i just clear everything will he know": clearing can itself be noticed
            return
        if intent == "forget_conversation" and (EVIDENCE_ASKED.search(lowered) or MY_DEVICE_WIPE.search(lowered)):
            _set_intent(message, "nlu_fallback")  # "should i keep the messages or delete them", "wipe everything off my phone": in context
            return
        if intent == "forget_conversation" and not FORGET_ASKED.search(lowered):
            # "should i just wipe the phone or delete whatever it is": about their phone, not this chat.
            _set_intent(message, _next_best(message, {"forget_conversation", DANGER, SELF_HARM, *REFUSALS}, GUESS_CONFIDENCE) or "nlu_fallback")
            return
        if LIVES_IN.match(lowered) and intent not in SAFETY_INTENTS and not SCHEME_NAMED.search(lowered):  # not "dw i'n byw yn glasgow... oes na clare's law yma?"
            # "dwi'n byw yn Ystradgynlais": a place the gazetteer doesn't know, said as an answer.
            _set_intent(message, INFORM)
            message.set(ANSWER_MARK, True)
            return
        if intent == "forget_conversation" and private and "?" in text:
            # "if i close the app does the chat get deleted?" asks about keeping, it doesn't ask to forget.
            _set_intent(message, "ask_privacy")
            return
        if (intent in ("clares_law_confidentiality", "clares_law_someone_else", "clares_law_process", "clares_law_no_disclosure") or intent in ("worried_about_someone", "nlu_fallback") and THEY_TELL.search(lowered)) and WHO_IS_TOLD.search(lowered) and not WHO_DECIDES.search(lowered):
            # "if i apply for my mate will i be told what they find": who is told (usually the person at risk), in the someone-else
            # guide; "will they tell me what they find", with no one else named: who hears what (the action knows who asked).
            _set_intent(message, "clares_law_someone_else" if profile.asker == "someone_else" or FOR_SOMEONE.search(lowered) or re.search(r"\b(?:we|us)\b|\b(?:me or (?:her|him|them)|(?:her|him|them) or me|or (?:just|only) (?:her|him|them))\b", lowered) else "clares_law_confidentiality")  # ("will they tell me or her")
            return
        if intent not in SAFETY_INTENTS and BOT_QUESTION.search(lowered) or intent == "bot_challenge" and not re.search(r"\b(?:bot|robot|real|human|person|ai|computer|machine|automated|go iawn|peiriant|who|whos|pwy|you|u|ti|chi)\b", lowered):
            _set_intent(message, ("request_human" if HUMAN_ASKED.search(lowered) and not (re.search(r"\b(?:ta|neu|or) (?:a |an )?(?:bot|robot|peiriant|ai)\b", lowered) and not re.search(r"\b(?:want|need|wanna|isio|eisiau|moyn|ishe)\b", lowered)) or profile.access else "bot_challenge") if BOT_QUESTION.search(lowered) else "ask_privacy" if PRIVACY_WORDS.search(lowered) else "nlu_fallback")  # ("wot do i say exactly", after Ask for ANI: read in context; "ody hwn yn cadw beth wi'n teipio?": this chat)
            return
        said = asked_in_words(intent, lowered, (unnamed := intent in CLARES_LAW_INTENTS and not SCHEME_NAMED.search(lowered))) or guess_instead(intent, lowered, unnamed)
        if said:
            if REPEAT_ASKED.search(lowered) and crisis_by_score_alone(message, patterns(), text, lowered, language):
                message.set(TOPIC_MARK, True)  # "sori, pwy ddudist ti? dw i ym Mlaenau": the lines again, not the score alone's crisis
            _set_intent(message, said)  # "ddylwn i jyst dileu'r app?", "dwi jyst isio siarad efo rywun go iawn"
            return
        if intent not in SAFETY_INTENTS and HELPLINE_TELLS.search(lowered):
            # The lines for them, with what helplines keep confidential (not how to report to police).
            _set_intent(message, OWN_BEHAVIOUR if profile.perpetrator and not profile.victim_is_self else HELPLINE)
            return
        topic = None if intent in SAFETY_INTENTS else self._topic(message, intent, lowered, profile)
        if topic:
            if topic != intent:
                logger.info("Profile extractor answered %s by its words (classifier said %s).", topic, intent)
                message.set(TOPIC_MARK, crisis_by_score_alone(message, patterns(), text, lowered, language))  # "aye fair. im in glasgow, is there a scottish one": its words, not the score alone
                _set_intent(message, topic)
            return
        if SCHEME_NAMED.search(lowered) and intent not in CLARES_LAW_INTENTS | _NOT_ABOUT_A_SCHEME and not (intent == "ask_protective_order" and ORDER_COMPARED.search(lowered) or intent == "ask_report_police" and re.search(r"\breport\w* (?:\w+ )?(?:thru|through|via|under|using|with) (?:clare|claire|the disclosure|dvds|dsdas|dvads)", lowered)):
            # "clares law??", "my mates bf, the disclosure thing": the scheme, answered in full.
            about = named_scheme_as(lowered, profile) or ("clares_law_process" if APPLIED_WHAT_NOW.search(lowered) else "clares_law_someone_else" if profile.asker == "someone_else" else "ask_clares_law")
            logger.info("Profile extractor answered a named scheme (classifier said %s).", intent)
            _set_intent(message, about)
            return
        if LINE_QUESTION.search(lowered) and (intent in _LINE_OVER or intent == "ask_report_police" and NO_POLICE.search(lowered)) and not (intent == "male_victim" and profile.gender == "man"):
            # "I'm a woman and my partner hurts me. Who can I ring that isn't the police?": the lines for who and where they are.
            logger.info("Profile extractor answered a question for a line (classifier said %s).", intent)
            _set_intent(message, HELPLINE)
            return
        if asks_for_a_welsh_speaker(text) and intent not in {*SAFETY_INTENTS, OWN_BEHAVIOUR, "worried_about_someone"}:
            # "can i speak to someone yn gymraeg?": the lines, with the one whose staff speak Welsh.
            _set_intent(message, HELPLINE)
            return
        if profile.access and (intent in _ACCESS_OVER or intent == "ask_safety_plan" and not re.search(r"\b(?:plan\w*|bag|pack\w*|prepar\w*|cynllun\w*)\b", lowered) or intent == OWN_BEHAVIOUR and not profile.perpetrator or intent in CLARES_LAW_INTENTS and not SCHEME_NAMED.search(lowered)):
            # "I'm deaf, is there anyone I can text?": the lines, with text and BSL routes first.
            _set_intent(message, HELPLINE)
            return
        if intent == "nlu_fallback" and not CHECK_THEM_OUT.search(lowered) and (profile.victim_is_self or profile.perpetrator or profile.asker != "someone_else" and re.search(r"\b(?:he|hes|she|shes|they)\b.*\bi\b", lowered) and forms_in(lowered)):
            # Not understood, but someone is describing harm: what it is and the lines for them, not
            # "put it another way".
            harmed = "ask_privacy" if PRIVACY_WORDS.search(lowered) else HELPLINE if LINE_QUESTION.search(lowered) or not forms_in(lowered) else "ask_what_is_abuse"  # ("ody hwn yn cadw beth wi'n teipio? ma fe'n mynd drwy'r phone fi": this chat, first)
            _set_intent(message, OWN_BEHAVIOUR if profile.perpetrator and not profile.victim_is_self else harmed)
            return
        if (intent == OWN_BEHAVIOUR and not profile.perpetrator and not profile.victim_is_self and (language == "cy" or LINE_QUESTION.search(lowered) or message.get(INTENT)["confidence"] < 0.7 or NOT_IN_TROUBLE.search(lowered))
                or intent == "male_victim" and (profile.gender == "woman" or language == "cy" and profile.gender is None or re.search(r"\b(?:another|other) (?:woman|women|girl)\b|\b(?:lesbian|lezzer)\b|\b(?:my|ma|me) man'?s? (?:been|is|has|keeps|always|never|wont|reads|checks|hits|takes|tells)\b", lowered))):
            # Own behaviour guessed on Welsh or "who can i talk to about her"; men's answer to "im 23, female".
            _set_intent(message, _not_as_guessed(message, intent, lowered, profile))
            return
        past = intent == DANGER and only_about_the_past(text)
        words = topic_intent(lowered)
        worried = (WORRIED_WORDS.search(lowered) or profile.asker == "someone_else" and (forms_in(lowered) or profile.relationship) and not LINE_QUESTION.search(lowered)) and not profile.victim_is_self
        question = (TOPIC_EVIDENCE.search(lowered) or CHECK_THEM_OUT.search(lowered) or LINE_QUESTION.search(lowered) or HELPLINE_TELLS.search(lowered) or MUST_I_KEEP_IT.search(lowered) or words or worried or profile.access or private or DEFINITION_QUESTION.search(lowered)) and not speaks_of_now(text) or REPEAT_ASKED.search(lowered)
        if intent in SAFETY_INTENTS and patterns() is None and (past or question or calm_despite_the_words(text)) and not (intent == DANGER and profile.access and not past and not SPEECH_NOT_AN_EMERGENCY.search(lowered)):
            # The classifier alone says danger or self-harm, but the message asks about a service or
            # a scheme, tells only of the past ("last weekend"), says it is safe now or is a figure
            # of speech ("this heat is killing me"), and no danger or self-harm
            # pattern fires: answer what was said (every such answer ends with 999), and don't let
            # the score alone bring the safety answer back.
            guess = _next_best(message, {DANGER, SELF_HARM, "nlu_fallback", *REFUSALS} | (set() if profile.perpetrator else {OWN_BEHAVIOUR}))
            described = "ask_what_is_abuse" if past and forms_in(lowered) and not profile.perpetrator and not (guess or "").startswith("describe_") else None  # "years ago... hands round my neck": named
            scheme = ("clares_law_someone_else" if profile.asker == "someone_else" else "ask_clares_law") if SCHEME_NAMED.search(lowered) else None  # "...oes na clare's law yma?"
            scheme = scheme or (("clares_law_someone_else" if profile.asker == "someone_else" else "ask_clares_law") if CHECK_THEM_OUT.search(lowered) else None)  # "fedra i ofyn i'r heddlu amdano fo?"
            better = ("nlu_fallback" if REPEAT_ASKED.search(lowered) else None) or words or scheme or ("clares_law_confidentiality" if KEEP_IT.search(lowered) else None) or ("ask_privacy" if private else None) or ("worried_about_someone" if worried else None) or described or (HELPLINE if LINE_QUESTION.search(lowered) and not profile.perpetrator else None) or ("nlu_fallback" if WHAT_NOW.search(lowered) and not private else None) or guess
            logger.info("Profile extractor answered a topic question the classifier read as %s.", intent)
            _set_intent(message, better or "ask_helpline")
            message.set(TOPIC_MARK, True)
            return
        if profile.perpetrator and patterns() is None and (intent == SELF_HARM and not SELF_HARM_HINT.search(re.sub(THREAT_TO_STAY, " ", lowered)) or (intent in (DANGER, OWN_BEHAVIOUR, *REFUSALS) or intent in SCHEME_INTENTS and re.search(r"\b(?:want|wanna|need|trying) (?:to )?(?:change|get help|sort myself out|stop)\b", lowered)) and not profile.victim_is_self):
            # "when i've had a few i push the wife about", "a go mental at her", "...she's feart of me now. i need help to stop this": not self-harm or danger on the score alone.
            _set_intent(message, OWN_BEHAVIOUR)
            message.set(TOPIC_MARK, True)  # nor does its score, in the safety net
            return
        if intent == SELF_HARM and patterns() is None and not SELF_HARM_HINT.search(lowered) and re.search(r"\b(?:he|she|hes|shes|they)\b", lowered) and not re.search(r"\b(?:i|im|i'?m|me|my|myself|mine|dwi|fi)\b", lowered):
            # "wot if he starts again tonight", from a 14-year-old: what he may do, not self-harm (999 first; Samaritans are still named).
            _set_intent(message, DANGER)
            return
        if intent == SELF_HARM and profile.access and patterns() is None and not SELF_HARM_HINT.search(lowered):
            # "im deaf so phoning is no good, how would i get help if he kicks off": the lines they can
            # use (text and BSL routes first), not the classifier's self-harm guess.
            _set_intent(message, HELPLINE)
            message.set(TOPIC_MARK, True)  # the safety net doesn't bring the score's guess back
            return
        if intent in (SELF_HARM, DANGER, "nlu_fallback") and crisis_by_score_alone(message, patterns(), text, lowered, language):
            # "for me. near stoke", "ni'n byw yn y barri", "plis jyst ia neu na": the classifier's
            # danger or self-harm guess alone, with no word near either in the message, is more
            # often wrong than right, and the patterns (which run on every message) decide. What
            # else it read is answered; a misunderstood message still gets 999 and Samaritans.
            exclude = {SELF_HARM, DANGER, "nlu_fallback", *REFUSALS} | (set() if profile.perpetrator else {OWN_BEHAVIOUR})
            described = "ask_what_is_abuse" if forms_in(lowered) and not profile.perpetrator else OWN_BEHAVIOUR if profile.perpetrator and not profile.victim_is_self else None  # "...mae o'n deud be i wisgo": named
            best = topic_intent(lowered) or ("ask_privacy" if PRIVACY_WORDS.search(lowered) else None) or _next_best(message, exclude, GUESS_CONFIDENCE) or described or ("ask_clares_law" if SCHEME_NAMED.search(lowered) else INFORM if said_who_or_where else "nlu_fallback")
            _set_intent(message, asked_in_words(best, lowered, False) or best)  # "should i just factory reset it": read in context
            message.set(TOPIC_MARK, True)
            return
        if intent == "describe_teen_abuse" and (not TEEN_WORDS.search(lowered) or "honour" in forms_in(lowered)):
            # "...hes my boy" (her son, she's 79), "im 22 btw and a lad": no teenager; "teulu fi isio fi briodi rywun... dwi'n 17": forced marriage
            _set_intent(message, "describe_honour_abuse" if "honour" in forms_in(lowered) else "ask_what_is_abuse" if forms_in(lowered) else INFORM if said_who_or_where else _next_best(message, {intent, *SAFETY_INTENTS, *REFUSALS}, GUESS_CONFIDENCE) or "nlu_fallback")
            return
        if intent in (OWN_BEHAVIOUR, "describe_teen_abuse") and profile.asker == "someone_else" and not profile.perpetrator and (intent == OWN_BEHAVIOUR or re.search(r"\b(?:my|me|ma) (?:best |close )?(?:mate|friend|pal|bestie)\b", lowered)):
            # "worried about my mate, his boyfriend smashed his phone": the friend's answer, never Respect.
            _set_intent(message, "worried_about_someone")
            return
        if profile.victim_is_self and not profile.perpetrator:
            message.set(DESCRIPTION_MARK, True)
            if intent == OWN_BEHAVIOUR:  # "my partner controls everything, who do i ring", "ma boyfriend fi'n pwsho fi"
                _set_intent(message, _not_as_guessed(message, intent, lowered, profile))
            elif (intent == SELF_HARM and patterns() != SELF_HARM and not SELF_HARM_HINT.search(lowered)
                  or intent == DANGER and patterns() is None and not speaks_of_now(text) and forms_in(lowered)):
                # "hes been hidin my pill": a description isn't self-harm or danger now on the score alone.
                better = topic_intent(lowered) or _next_best(message, {*SAFETY_INTENTS, "nlu_fallback", OWN_BEHAVIOUR, *REFUSALS}, GUESS_CONFIDENCE)
                _set_intent(message, better or ("ask_what_is_abuse" if forms_in(lowered) else "ask_helpline"))
                message.set(TOPIC_MARK, True)
            elif intent == "ask_children" and topic_intent(lowered) != "ask_children" and forms_in(lowered) and not CHILDREN_ASKED.search(lowered):
                _set_intent(message, "ask_what_is_abuse")  # "hes been controlling everything since the baby"

    def _topic(self, message: Message, intent: Optional[str], lowered: str, profile) -> Optional[str]:  # noqa: ANN001
        """The intent a message's own words ask for, when they should overrule the classifier."""
        schemed = SCHEME_NAMED.search(lowered)
        if (CHECK_THEM_OUT.search(lowered) and not PRIVACY_WORDS.search(lowered) and intent in (CLARES_LAW_INTENTS - {"ask_check_person"}) | {"nlu_fallback"} or RIGHT_TO_KNOW.search(lowered) and intent not in _NOT_A_TOPIC):
            # "can i find out about his past"; "police knocked n told me stuff about my partners past, i never even asked" (the Right to Know)
            return "clares_law_someone_else" if profile.asker == "someone_else" or FOR_SOMEONE.search(lowered) else "ask_clares_law"
        if TOLD_ON.search(lowered) and intent not in _NOT_A_TOPIC:
            return "clares_law_confidentiality"  # "ga i ddeud wrth fy ffrind gora be ma nhw'n ddeud wrtha i?"
        if CONFIDENTIALITY_WORDS.search(lowered) and intent not in _NOT_A_TOPIC and not WHAT_HAPPENS_NEXT.search(lowered) and topic_intent(lowered) not in ("ask_protective_order", "ask_report_police") and (
            intent in CLARES_LAW_INTENTS or schemed or _RECORD.search(lowered) or any(item.get(INTENT_NAME_KEY) in CLARES_LAW_INTENTS and (item.get(PREDICTED_CONFIDENCE_KEY) or 0.0) >= 0.2 for item in message.get(INTENT_RANKING_KEY) or [])
        ):  # ("ga i'r info mewn ebost neu llythyr?": the classifier's second thought was the scheme)
            return "clares_law_confidentiality"  # "will he find out I asked?", "a letter?"
        if PRIVACY_WORDS.search(lowered) and topic_intent(lowered) != "ask_children" and not (topic_intent(lowered) == "ask_cover_tracks" and re.search(r"\b(?:history|hanes|browser|porwr)\b", lowered)):  # not "...take them off me", "ma fe'n mynd trw hanes y browser"
            if intent == "ask_privacy":
                return None  # "do you tell the police what i say?": about Harbour, not about reporting
            if (intent not in _NOT_A_TOPIC or intent == "thank") and not schemed:
                return "ask_privacy"  # (and "cheers. this stays between us yeah")  # "does this get passed on to social services?", "will you tell the police?"
        words = None if schemed or intent in _NOT_A_TOPIC else "ask_children" if CHILD_TALKS.search(lowered) and CHILD_AGED.search(lowered) else None if (found := topic_intent(lowered)) == "ask_children" and profile.age_group == "older" else found  # ("old lady next door... her son shouts at her": her, not children) "my eldest is 13 can she talk to someone herself"
        if words == "ask_report_police" and intent in CLARES_LAW_INTENTS and _ASKING_ABOUT.search(lowered):
            words = None  # "can i ring 101 to ask about him": Clare's Law's route, not a report
        if words in ("ask_children", "ask_what_is_abuse") and profile.perpetrator and not profile.victim_is_self:
            return OWN_BEHAVIOUR  # "how do i stop shouting at her in front of the kids": Respect, named
        if (words in ("ask_children", "ask_cover_tracks", "ask_what_is_abuse") or words == "ask_immigration" and intent == "describe_honour_abuse") and intent in _DESCRIBED and not (words == "ask_children" and CHILDREN_ASKED.search(lowered)):
            # "my partner hits me in front of the kids": the abuse answer says children count too;
            # "he reads my texts and checks my browser history": tech abuse, named.
            words = None
        if words:
            return "worried_about_someone" if words == "ask_immigration" and profile.asker == "someone_else" and HOW_TO_HELP.search(lowered) else words  # "...she is afraid they deport her. how i can help her"
        if intent == "ask_children" and forms_in(lowered) and not profile.perpetrator and not CHILDREN_ASKED.search(lowered):
            return "ask_what_is_abuse"  # "mae o'n mynnu secs... nath o daflu'n pill i... isio babi": what it is, named
        if schemed or intent in _NOT_A_TOPIC:
            return None
        if DEFINITION_QUESTION.search(lowered) and re.search(r"\b(?:own )?(?:son|daughter|brother|sister|mum|mam|dad|family|relative|grandson|granddaughter|uncle|aunt|auntie|cousin|in-?laws?|carer|teulu|brawd|frawd|mrawd|chwaer|mab|fab|tad|nhad|mam)\b", lowered) and not profile.perpetrator:
            return "ask_what_is_abuse"  # "does it count as domestic abuse when its her own son": relatives count (the definition)
        if (WORRIED_WORDS.search(lowered) or intent in CLARES_LAW_INTENTS and profile.asker == "someone_else" and HOW_TO_HELP.search(lowered) and not _RECORD.search(lowered)) and not profile.victim_is_self and intent != "worried_about_someone":
            return "worried_about_someone"  # "how do i bring it up?", "shall i tell her to leave him?"
        if DEFINITION_QUESTION.search(lowered) and intent in _DEFINITION_OVER and not profile.perpetrator:
            return "ask_is_this_abuse"  # "is it only abuse if they hit you?": what counts, named
        if profile.perpetrator and not profile.victim_is_self and (intent in ("ask_helpline", "nlu_fallback", "out_of_scope", "worried_about_someone") or intent in _DESCRIBED or intent in CLARES_LAW_INTENTS) and not LINE_QUESTION.search(lowered):
            return OWN_BEHAVIOUR  # "i go through my wife's phone... is that abuse": named, then Respect
        described = profile.victim_is_self or profile.relationship or profile.asker == "someone_else" or _ME.search(lowered) or re.search(r"\bdwi\b", lowered) or intent == "nlu_fallback" and _HE_SHE.search(lowered)
        if intent in CLARES_LAW_INTENTS and not schemed and not _RECORD.search(lowered) and not PAST_ASKED.search(lowered) and not profile.perpetrator and (
                re.search(r"\b(?:i|im|me|my|fi|fy|dwi)\b", lowered) and forms_in(lowered)
                or profile.victim_is_self and not re.search(r"\b(?:before|previous|record|past|history|last (?:girlfriend|boyfriend|partner|wife|husband)|o'?r blaen|hanes|gorffennol)\b", lowered)):
            return "ask_what_is_abuse"  # "hes not violent or owt, just checks everythin i do": a description, not the scheme
        if intent in _FORMS_OVER and described and not profile.perpetrator and not LINE_QUESTION.search(lowered) and (forms_in(lowered) or profile.asker == "someone_else" and forms_about_someone(lowered)):
            return "ask_what_is_abuse" if forms_in(lowered) else "worried_about_someone"  # a description the classifier didn't place: named ("my brothers wife... takes his phone off him")
        entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") not in NOT_WHO_OR_WHERE]
        if intent == "nlu_fallback" and entities and not LINE_QUESTION.search(lowered) and not profile.victim_is_self:
            # "shes 72 if that matters", "is there anyone who'd get the gay thing": who they are, for the last answer. A longer message
            # is more than that ("can i find out if hes got a past with his ex"): the classifier's own best guess, when it had one, answers it.
            not_teen = (set() if TEEN_WORDS.search(lowered) else {"describe_teen_abuse"}) | ({"male_victim"} if profile.gender == "woman" or profile.gender is None and language_of(lowered) == "cy" else set()) | (  # "...though hes my boy", from a mother of 79
                set(CLARES_LAW_INTENTS) if re.search(r"\bif (?:that|it) (?:matters|helps)\b|\bbtw\b|\bos (?:di|ydi|yw|ydy) (?:hynna|hyn)(?:'n| yn) (?:bwysig|helpu)\b", lowered) or not has_scheme_signs(lowered) else set())  # "im a woman in newcastle if that matters": who and where
            mine = ({"worried_about_someone"} if _ME.search(lowered) and profile.asker != "someone_else" else set()) | (set() if re.search(r"\?|\b(?:where|wheres|address|find|tell me|can (?:u|you)|could (?:u|you))\b", lowered) else {"ask_locate_person"})  # "she says no one would believe me"; "she lives in belfast actually" asks nothing
            guess = _next_best(message, _NOT_A_GUESS | not_teen | mine | (set() if profile.perpetrator else {OWN_BEHAVIOUR}), GUESS_CONFIDENCE) if len(lowered.split()) >= LONG_WORDS else None
            return HELPLINE if profile.access and guess else guess or INFORM  # "im deaf cant phone anyone... how do i get the police": the routes without a voice call
        return None

    def _only_an_answer(self, text: str) -> bool:
        spans = self._matcher.find(text)
        stripped = text
        for start, end, _ in sorted(spans, reverse=True):
            stripped = stripped[:start] + " " + stripped[end:]
        return {word for word in leftover_words(stripped) if not shared_name_nations(word)} <= _ANSWER_LEFTOVER  # "im a woman, in newcastle if that helps"

