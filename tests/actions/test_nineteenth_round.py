"""Answers from the nineteenth session's blind sets: the refuge address asked for after the refuge answer, and a
refuge sought for oneself, never answered with Respect's line; a locate refusal pressed with "tell me if its in leeds"
refused again (not as a record check); proof asked for before ringing a line; Scotland's scheme asked about a letter;
a self-harm guess the classifier alone made mid-conversation followed by the lines; "can my mum ring someone for me"
after the scheme; the partner's wish not to involve the police; Clare's Law for a relative with a described form named;
after the danger answer, "what happens after this" and "what about the debt stuff" answered, not the scheme."""
import pytest

from actions.abuse_check import ActionAbuseAnswer
from actions.after_safety import ActionAfterSafety
from actions.clares_law import ActionClaresLaw
from actions.fallback import ActionNotUnderstood
from actions.follow_up import ActionFollowUp
from actions.guidance import ActionGuidance
from actions.refusals import ActionRefuse
from actions.small_talk import ActionSmallTalk
from tests.actions.test_follow_ups_in_context import reply
from tests.actions.test_orders_follow_ups import after, tracker

RESPECT = "0808 802 4040"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "action, intent, text, slots",
    [
        # the address, just after the refuge answer: kept secret, and who finds a space
        (ActionSmallTalk, "out_of_scope", "just tell me the address ill get a taxi", {"topic": "refuge", "nation": "wales"}),
        # the nearest refuge, in Welsh: refused all the same, with the person's own lines
        (ActionRefuse, "ask_locate_person", "alli di weud wrtha i ble ma'r lloches agosa i gaerfyrddin? jyst enw'r stryd",
         {"topic": "refuge", "nation": "wales", "language": "cy"}),
    ],
)
async def test_a_refuge_sought_for_oneself_gets_the_lines_not_respect(action, intent, text, slots):
    body = await reply(action, tracker(text, intent, after("ask_refuge", "action_guidance"), **slots))
    assert "0808 80 10 800" in body and RESPECT not in body


@pytest.mark.asyncio
async def test_a_partner_who_left_for_a_refuge_is_not_looked_for():
    body = await reply(ActionRefuse, tracker("im her husband i have a right to know where my own wife is", "ask_locate_person",
                                             after("ask_locate_person", "action_refuse"), asker="self"))
    assert RESPECT in body


@pytest.mark.asyncio
async def test_pressing_a_locate_refusal_is_not_a_record_check():
    body = await reply(ActionClaresLaw, tracker("cant you just tell me if its in leeds or not", "ask_check_person",
                                                after("ask_locate_person", "action_refuse")))
    assert "where someone is" in body and "record" not in body


@pytest.mark.asyncio
@pytest.mark.parametrize("earlier", [after("describe_economic_abuse", "action_abuse_answer"), after("ask_immigration", "action_guidance")])
async def test_proof_is_not_needed_before_ringing_a_line(earlier):
    body = await reply(ActionClaresLaw, tracker("do i need proof of what hes done before they help", "clares_law_process", earlier, gender="man"))
    assert "don't have to report" in body and "0808 801 0327" in body and "Right to Ask" not in body


@pytest.mark.asyncio
async def test_a_letter_from_police_scotland():
    latest = tracker("i asked police scotland about ma boyfriend. will they write to me wi the answer. falkirk",
                     "clares_law_confidentiality", [], nation="scotland")
    body = await reply(ActionGuidance, latest)
    assert "face-to-face meeting" in body and "person at risk" in body


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, earlier, slots, said",
    [
        # a self-harm guess the classifier alone made mid-conversation: Samaritans, then the lines
        ("i feel sick, i didnt know any of this", after("ask_clares_law", "action_clares_law"), {"topic": "helpline"}, "0808 2000 247"),
        # a disclosure had: what now, and who can help
        ("had my disclosure meeting yesterday. i cant stop shaking, i didnt know any of it", [], {}, "0808 2000 247"),
        # a written copy asked for, after the scheme: never in writing
        ("could i get it wrote down tho to show my mum, she wont believe me otherwise", after("ask_clares_law", "action_clares_law"), {"topic": "clares_law"},
         "never in writing"),
    ],
)
async def test_after_a_self_harm_guess_the_classifier_alone_made(text, earlier, slots, said):
    body = await reply(ActionAfterSafety, tracker(text, "self_harm", earlier, **slots))
    assert said in body  # (Samaritans come first, from the rule's own response)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "action, intent, earlier, text, slots, said, not_said",
    [
        (ActionClaresLaw, "clares_law_apply", after("ask_clares_law", "action_clares_law"), "can my mum ring someone for me",
         {"topic": "clares_law"}, ["call for you", "0808 2000 247"], ["Right to Ask"]),
        (ActionClaresLaw, "clares_law_someone_else", after("describe_older_person_abuse", "action_abuse_answer"),
         "she doesnt want police involved its family", {"topic": "helpline", "asker": "someone_else", "age_group": "older"},
         ["0808 808 8141"], ["Right to Ask"]),
        # after the danger answer: who helps now, not the scheme's steps
        (ActionGuidance, "clares_law_process", after("danger_now", "action_after_safety"), "i rang, police are here now. what happens after this",
         {"route": "honour"}, ["0800 5999 247"], ["utter_clares_law_process"]),
        (ActionNotUnderstood, "nlu_fallback", after("danger_now", "action_after_safety"), "police came n took him. what do i do about the debt stuff now",
         {}, ["economic abuse"], ["understand"]),
        # the text routes, then the lines' own text numbers
        (ActionNotUnderstood, "nlu_fallback", after("ask_helpline", "action_helpline"), "can i text them instead", {"access": "text_only", "nation": "wales"},
         ["text 999", "07860 077333"], []),
        # who is told, after the scheme for a cousin
        (ActionNotUnderstood, "nlu_fallback", after("clares_law_someone_else", "action_clares_law"), "would they tell me or her",
         {"topic": "clares_law", "asker": "someone_else"}, ["person at risk"], []),
        # a doubt that stays, after the scheme
        (ActionGuidance, "clares_law_process", after("ask_clares_law", "action_clares_law"), "i still feel funny about him if im honest",
         {"topic": "clares_law"}, ["0808 2000 247"], ["utter_clares_law_process"]),
        # "me obvs", after the guide: the guide for them
        (ActionFollowUp, "affirm", after("clares_law_someone_else", "action_clares_law"), "me obvs", {"topic": "clares_law", "asker": "self"},
         ["Right to Ask"], ["utter_anything_else"]),
        # Welsh: what to say when someone answers; would my family find out
        (ActionNotUnderstood, "nlu_fallback", after("ask_helpline", "action_helpline"), "beth fi fod i weud pan ma rywun yn ateb? sa i moyn swnio'n stupid",
         {"topic": "helpline", "language": "cy", "nation": "wales"}, ["0808 80 10 800"], ["deall"]),
        (ActionClaresLaw, "clares_law_confidentiality", after("describe_honour_abuse", "action_abuse_answer"), "fydd teulu fi'n ffeindio allan os dwi'n ffonio nhw?",
         {"route": "honour", "language": "cy"}, ["0800 5999 247"], ["Right to Ask"]),
        # a teenager who won't tell her mum: the lines, in confidence (not the scheme for someone else)
        (ActionClaresLaw, "clares_law_someone_else", after("ask_children", "action_guidance"), "dwi'm isho deud wrth mam",
         {"topic": "children", "language": "cy", "age_group": "young"}, ["0800 1111"], ["Right to Ask"]),
        # a sister told, after the scheme's confidentiality
        (ActionAbuseAnswer, "worried_about_someone", after("clares_law_confidentiality", "action_guidance"), "a deud wrth fy chwaer?",
         {"topic": "clares_law", "language": "cy"}, ["gyfrinachol"], []),
        # "i fi", to the scheme: the scheme for them
        (ActionAbuseAnswer, "describe_teen_abuse", after("ask_clares_law", "action_clares_law"), "i fi. da ni efo'n gilydd ers 3 mis a ma'i ex o di deud petha",
         {"topic": "clares_law", "language": "cy"}, ["101"], []),
        # nothing said, taken as safe
        (ActionGuidance, "clares_law_process", after("clares_law_someone_else", "action_clares_law"), "and if they dont say anything then hes grand aye",
         {"topic": "clares_law", "nation": "northern_ireland"}, ["utter_clares_law_no_disclosure"], ["utter_clares_law_process"]),
        # stalking reported, in Welsh
        (ActionNotUnderstood, "nlu_fallback", after("describe_stalking", "action_abuse_answer"), "be dwi fod i ddeud wrth yr heddlu? dydi o ddim di bygwth fi na dim",
         {"route": "stalking", "language": "cy"}, ["101"], []),
        # just after the danger answer: 999 and the silent call again, never "didn't understand"
        (ActionNotUnderstood, "nlu_fallback", after("danger_now", "action_after_safety"), "mobile sgen i", {"language": "cy"}, ["55", "999"], ["deall"]),
        (ActionGuidance, "clares_law_process", after("danger_now", "action_after_safety"), "police r coming. what do i do til then", {}, ["999"], ["utter_clares_law_process"]),
        # an order compared with the scheme
        (ActionGuidance, "ask_protective_order", [], "is an injunction the same thing as clares law? plymouth", {}, ["different things", "non-molestation"], []),
        # still their own behaviour, in their 70s
        (ActionAbuseAnswer, "describe_older_person_abuse", after("worried_own_behaviour", "action_helpline"), "were both in our 70s does that change anything",
         {"route": "own_behaviour"}, [RESPECT], []),
        # the laws of the other nations, one after another
        (ActionNotUnderstood, "nlu_fallback", after("ask_what_is_abuse", "action_abuse_answer"), "a gogledd iwerddon?", {"topic": "law", "language": "cy"}, ["2021"], []),
        (ActionNotUnderstood, "nlu_fallback", after("ask_what_is_abuse", "action_abuse_answer"), "a yng nghymru?", {"topic": "law", "language": "cy"}, ["2021"], []),
        # a house in both their names, after the orders
        (ActionSmallTalk, "ask_privacy", after("ask_protective_order", "action_guidance"), "ma'r ty yn enw ni'n dau", {"topic": "orders", "language": "cy"},
         ["occupation order"], ["Harbour"]),
        # a helpline asked about by name, in Welsh
        (ActionSmallTalk, "ask_privacy", [], "os fi'n ffonio un o'r llinellau help, oes rhaid fi roi enw fi? fi yn port talbot",
         {"nation": "wales", "language": "cy"}, ["0808 80 10 800"], []),
    ],
)
async def test_follow_ups(action, intent, earlier, text, slots, said, not_said):
    latest = tracker(text, intent, earlier, **slots)
    if text == "me obvs":
        latest.latest_message["entities"] = [{"entity": "asker", "value": "self"}]
    body = await reply(action, latest)
    assert all(words in body for words in said), body
    assert not any(words in body for words in not_said), body


@pytest.mark.asyncio
async def test_clares_law_for_a_relative_names_what_was_described():
    body = await reply(ActionClaresLaw, tracker("its for my mam shes 58, new boyfriend moved in quick and hes already telling her who she can see",
                                                "clares_law_someone_else", after("ask_clares_law", "action_clares_law"), asker="someone_else"))
    assert "controlling" in body and "Right to Ask" in body and "0808 2000 247" in body


@pytest.mark.asyncio
async def test_a_brother_not_a_partner_under_scotlands_act():
    body = await reply(ActionNotUnderstood, tracker("wit if its ma brother daein it no a partner. glasgow", "nlu_fallback",
                                                    after("ask_what_is_abuse", "action_abuse_answer"), topic="law", nation="scotland"))
    assert "partner or ex-partner" in body and "0800 027 1234" in body


@pytest.mark.asyncio
async def test_scotlands_law_after_a_welsh_description():
    body = await reply(ActionNotUnderstood, tracker("a be os dan ni'n byw yn yr alban? mae o'n dod o inverness", "nlu_fallback",
                                                    after("describe_economic_abuse", "action_abuse_answer"), topic="abuse_check", language="cy"))
    assert "2018" in body


@pytest.mark.asyncio
async def test_own_behaviour_asking_about_his_name_gets_respect_again():
    body = await reply(ActionSmallTalk, tracker("alla i neud e heb roi enw fi?", "ask_privacy", after("worried_own_behaviour", "action_helpline"),
                                                route="own_behaviour", language="cy"))
    assert RESPECT in body


@pytest.mark.asyncio
async def test_the_process_asked_just_after_the_guide():
    body = await reply(ActionGuidance, tracker("aye but whats the process, do i have to go in somewhere", "ask_refuge",
                                               after("ask_clares_law", "action_clares_law"), topic="clares_law", nation="scotland"))
    assert "utter_clares_law_process" in body and "refuge" not in body.lower()


@pytest.mark.asyncio
async def test_pressing_with_yes_or_no_after_a_refusal_is_refused_again():
    body = await reply(ActionSmallTalk, tracker("fedri di jyst deud ia neu na?", "ask_capabilities", after("ask_check_person", "action_clares_law"), language="cy"))
    assert "Galla i eich helpu" not in body and ("cofnod" in body or "record" in body)
