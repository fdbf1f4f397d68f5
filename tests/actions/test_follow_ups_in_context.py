"""Follow-ups read against the answer just given (actions/in_context.py), each from a blind typed set's
miss in the ninth session: what if he finds out I rang, is that even illegal, the bill for the line
just named, somewhere for the sexual side, meeting a stalker "just once", the police say they can't do
anything, wiping the chat, clearing history, the number again after a pressed refusal."""
from typing import Dict, List

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.abuse_check import ActionAbuseAnswer
from actions.clares_law import ActionClaresLaw
from actions.fallback import ActionNotUnderstood
from actions.guidance import ActionGuidance
from actions.helplines import ActionHelpline
from tests.actions.conftest import DOMAIN


def answered_as(*intents: str) -> List[Dict]:
    """Events of a conversation whose earlier messages were answered as ``intents`` (oldest first);
    their words are not kept, as on a real tracker."""
    events: List[Dict] = []
    for intent in intents:
        events += [
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "", "parse_data": {"intent": {"name": intent, "confidence": 0.9}}},
            {"event": "action", "name": "action_helpline"},
        ]
    return events + [{"event": "action", "name": "action_listen"}]


def tracker(text: str, intent: str, earlier: List[Dict], **slots) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    user = {"event": "user", "text": text, "parse_data": latest}
    return Tracker("t", dict(slots), latest, [*earlier, user], False, None, {}, None)


async def reply(action, tracker_: Tracker) -> str:
    """Every text, and the name of every response, the action sends."""
    dispatcher = CollectingDispatcher()
    await action().run(dispatcher, tracker_, DOMAIN)
    return "\n".join(m.get("text") or m.get("response") or "" for m in dispatcher.messages)


@pytest.mark.asyncio
async def test_what_if_he_finds_out_i_rang_them_after_the_lines():
    said = await reply(ActionGuidance, tracker("what if he finds out i rang them", "clares_law_confidentiality",
                                               answered_as("ask_helpline"), topic="helpline", nation="northern_ireland"))
    assert "confidential" in said and "0808 802 1414" in said and "Clare's Law" not in said and "DVADS" not in said
    # After the Clare's Law guide the same words are the scheme's confidentiality, as before.
    scheme = await reply(ActionGuidance, tracker("what if he finds out", "clares_law_confidentiality",
                                                 answered_as("ask_clares_law"), topic="clares_law"))
    assert "Clare's Law" in scheme


@pytest.mark.asyncio
async def test_is_that_illegal_after_a_description_says_what_is_a_crime():
    said = await reply(ActionNotUnderstood, tracker("is that actually illegal or is he just being tight", "nlu_fallback",
                                                    answered_as("describe_economic_abuse")))
    assert "controlling or coercive behaviour" in said and "offence" in said and "0808 2000 247" in said
    # The same words after a helpline's answer are not taken as one about a crime.
    other = await reply(ActionNotUnderstood, tracker("is that actually illegal", "nlu_fallback", answered_as("ask_helpline")))
    assert "offence" not in other


@pytest.mark.asyncio
async def test_the_bill_for_the_line_just_named_is_that_line():
    said = await reply(ActionHelpline, tracker("wil it show up on the phone bill? mum checks it and he sees it every single month",
                                               "clares_law_confidentiality", answered_as("ask_helpline"), topic="helpline", age_group="child"))
    assert "0800 1111" in said and "phone bill" in said and "Clare's Law" not in said
    named = await reply(ActionHelpline, tracker("fydd o ar bil ffon mam os dwi'n ffonio childline?", "ask_helpline",
                                                answered_as("ask_helpline"), topic="helpline", age_group="child", language="cy"))
    assert "0800 1111" in named and ("bil" in named or "bill" in named)


@pytest.mark.asyncio
async def test_somewhere_for_the_sexual_side_gets_the_sexual_violence_lines():
    said = await reply(ActionNotUnderstood, tracker("is there somewhere just for the sex side of it", "nlu_fallback",
                                                    answered_as("describe_sexual_abuse")))
    assert "247sexualabusesupport.org.uk" in said


@pytest.mark.asyncio
async def test_meeting_a_stalker_just_once_gets_a_no_and_a_log():
    said = await reply(ActionNotUnderstood, tracker("ddylwn i gyfarfod efo fo jyst unwaith i sortio fo allan?", "nlu_fallback",
                                                    answered_as("describe_stalking"), route="stalking"))
    assert "0808 802 0300" in said and ("log" in said or "cofnod" in said)


@pytest.mark.asyncio
async def test_the_police_say_they_cant_do_anything_after_stalking_gets_the_stalking_answer_not_the_scheme():
    said = await reply(ActionGuidance, tracker("the police say they cant do anything cos he hasnt threatened me", "clares_law_no_disclosure",
                                               answered_as("describe_stalking"), route="stalking"))
    assert "utter_stalking" in said and "0808 802 0300" in said and "utter_clares_law_no_disclosure" not in said
    # "nothing to disclose" is still the scheme's answer.
    scheme = await reply(ActionGuidance, tracker("police said theres nothing to disclose about him", "clares_law_no_disclosure",
                                                 answered_as("describe_stalking"), route="stalking"))
    assert "utter_clares_law_no_disclosure" in scheme


@pytest.mark.asyncio
async def test_wiping_the_chat_and_clearing_history_read_in_context():
    wipe = await reply(ActionNotUnderstood, tracker("how do i wipe it then", "nlu_fallback", answered_as("ask_privacy")))
    assert '"forget"' in wipe
    history = await reply(ActionNotUnderstood, tracker("os dwi'n clirio'r history i gyd ydi hynna'n iawn?", "nlu_fallback",
                                                       answered_as("ask_cover_tracks"), language="cy"))
    assert "utter_cover_tracks" in history


@pytest.mark.asyncio
async def test_the_number_again_after_a_pressed_refusal_is_respects():
    said = await reply(ActionHelpline, tracker("ok be di'r rhif na eto", "ask_helpline",
                                               answered_as("ask_locate_person", "worried_about_someone"), language="cy"))
    assert "0808 802 4040" in said


@pytest.mark.asyncio
async def test_pressing_after_a_record_refusal_gets_the_refusal_again():
    for pressed in ("go on u must be able to check", "just yes or no pls"):
        said = await reply(ActionClaresLaw, tracker(pressed, "clares_law_apply", answered_as("ask_check_person")))
        assert "can't check" in said, pressed


@pytest.mark.asyncio
async def test_just_worried_about_her_after_respects_answer_is_still_respect():
    earlier = [*answered_as("worried_own_behaviour")[:-1], {"event": "slot", "name": "route", "value": "own_behaviour"},
               {"event": "action", "name": "action_listen"}]
    said = await reply(ActionAbuseAnswer, tracker("dwi jyst yn poeni amdani, dyna i gyd", "worried_about_someone", earlier,
                                                  route="someone_else", language="cy"))
    assert "0808 802 4040" in said


@pytest.mark.asyncio
async def test_who_is_told_asking_for_someone_else_comes_first_and_once():
    said = await reply(ActionGuidance, tracker("will they tell me what they find?", "clares_law_confidentiality",
                                               answered_as("clares_law_someone_else"), asker="someone_else", topic="clares_law"))
    first = said.splitlines()[0]
    assert first.startswith("Police tell the person at risk") and said.count("Police tell the person at risk") == 1


@pytest.mark.asyncio
async def test_a_refuge_address_asked_for_by_someone_leaving_gets_a_helpline_and_never_respect():
    from actions.refusals import ActionRefuse

    said = await reply(ActionRefuse, tracker("dwi angen cyfeiriad y lloches yn wrecsam. dwi isio gadael fory pan mae o yn gwaith, efo'r plant",
                                             "ask_locate_person", answered_as(), language="cy"))
    assert "0808 80 10 800" in said and "0808 802 4040" not in said
    # Someone looking for a partner who left still gets Respect's line.
    partner = await reply(ActionRefuse, tracker("which refuge is my wife in", "ask_locate_person", answered_as()))
    assert "0808 802 4040" in partner


@pytest.mark.asyncio
async def test_a_friend_or_relative_in_england_is_also_given_the_national_line():
    said = await reply(ActionHelpline, tracker("is there someone i can ring for advice", "ask_helpline", answered_as("worried_about_someone"),
                                               asker="someone_else", age_group="child", nation="england"))
    assert "0800 1111" in said and "0808 2000 247" in said
    wales = await reply(ActionHelpline, tracker("is there someone i can ring for advice", "ask_helpline", answered_as("worried_about_someone"),
                                                asker="someone_else", age_group="child", nation="wales"))
    assert "0808 2000 247" not in wales and "0808 80 10 800" in wales


@pytest.mark.asyncio
async def test_still_there_and_the_honour_law_after_a_longer_question():
    still = await reply(ActionNotUnderstood, tracker("ok ma fe di mynd allan eto. ti dal yna?", "nlu_fallback",
                                                     answered_as("danger_now"), language="cy", nation="wales"))
    assert "0808 80 10 800" in still
    trouble = await reply(ActionNotUnderstood, tracker("os dwi'n deud wrth rywun fydd mam a dad mewn trwbl? dwi ddim isio hynna, dwi jest ddim isio priodi",
                                                       "nlu_fallback", answered_as("describe_honour_abuse"), route="honour", language="cy"))
    assert "utter_honour_abuse" in trouble and "0800 5999 247" in trouble


@pytest.mark.asyncio
async def test_seeing_the_children_the_legal_way_after_two_refusals_gets_legal_advice():
    said = await reply(ActionNotUnderstood, tracker("fine. how do i see them the legal way then", "nlu_fallback",
                                                    answered_as("ask_locate_person", "nlu_fallback")))
    assert "solicitor" in said and "can't help find" in said


@pytest.mark.asyncio
async def test_texting_them_instead_after_the_stalking_line_is_about_the_line():
    said = await reply(ActionNotUnderstood, tracker("can i text them instead", "nlu_fallback", answered_as("describe_stalking"), route="stalking"))
    assert "0808 802 0300" in said and "safer not to meet" not in said


@pytest.mark.asyncio
async def test_keeping_the_messages_is_evidence_and_once_can_be_enough():
    keep = await reply(ActionNotUnderstood, tracker("ddylwn i gadw'r negeseuon ta'u dileu nhw?", "nlu_fallback",
                                                    answered_as("describe_tech_abuse", "inform"), nation="wales", language="cy"))
    assert "dystiolaeth" in keep and "0808 80 10 800" in keep
    once = await reply(ActionAbuseAnswer, tracker("he only did it the once tho, shoved me into the wardrobe door", "describe_physical_abuse",
                                                  answered_as("ask_is_this_abuse")))
    assert "single incident" in once and "0808 2000 247" in once
    # a description that mentions screenshots isn't a question about keeping them
    told = await reply(ActionAbuseAnswer, tracker("he keeps screenshots of all my messages", "describe_tech_abuse", answered_as()))
    assert "dated note" not in told


@pytest.mark.asyncio
async def test_not_wanting_to_tell_mum_gets_the_lines_and_the_first_number_is_the_first():
    teen = await reply(ActionNotUnderstood, tracker("dwi ddim isio deud wrth mam, sa hi'n flipio", "nlu_fallback",
                                                    answered_as("describe_teen_abuse"), age_group="young", nation="wales", language="cy"))
    assert "0800 1111" in teen
    first = await reply(ActionHelpline, tracker("sorry whats the first number again", "ask_helpline",
                                                answered_as("ask_helpline", "self_harm"), route="self_harm", gender="woman", nation="england"))
    assert "0808 2000 247" in first


@pytest.mark.asyncio
async def test_a_crime_after_the_danger_answer_and_the_law_asked_again_after_forced_marriage():
    crime = await reply(ActionNotUnderstood, tracker("mae o di mynd i gysgu. ydi be nath o'n drosedd ta?", "nlu_fallback",
                                                     answered_as("danger_now"), language="cy"))
    assert "drosedd" in crime
    law = await reply(ActionClaresLaw, tracker("dwi'n 17. ydyn nhw'n cael neud hyn?", "clares_law_process",
                                               answered_as("describe_honour_abuse"), route="honour", language="cy"))
    assert "utter_honour_abuse" in law and "0800 5999 247" in law


@pytest.mark.asyncio
async def test_the_number_to_apply_after_a_refusal_is_not_respects():
    said = await reply(ActionHelpline, tracker("sorry wot was the number to apply again", "ask_helpline",
                                               answered_as("clares_law_someone_else", "ask_locate_person")))
    assert "0808 802 4040" not in said.split("\n")[0]


@pytest.mark.asyncio
async def test_a_shared_town_name_gets_both_nations_lines():
    said = await reply(ActionHelpline, tracker("were in newport", "inform", answered_as("describe_physical_abuse"), gender="woman"))
    assert "0808 80 10 800" in said and "0808 2000 247" in said
    bangor = await reply(ActionHelpline, tracker("they live in bangor", "inform", answered_as("worried_about_someone"), asker="someone_else"))
    assert "0808 80 10 800" in bangor and "0808 802 1414" in bangor


@pytest.mark.asyncio
async def test_a_man_who_names_his_boyfriend_later_gets_galop():
    said = await reply(ActionHelpline, tracker("ok but its my boyfriend not a girlfriend if that matters", "inform",
                                               answered_as("worried_about_someone"), gender="man", asker="self"))
    assert "0800 999 5428" in said


@pytest.mark.asyncio
async def test_scotland_or_england_in_one_question_names_every_scheme():
    latest_nations = [{"entity": "nation", "value": "scotland"}, {"entity": "nation", "value": "england"}]
    t = tracker("is there a clares law in scotland or is that just england", "ask_clares_law", answered_as(), nation="england")
    t.latest_message["entities"] = latest_nations
    said = await reply(ActionClaresLaw, t)
    assert "DSDAS" in said and "DVADS" in said


@pytest.mark.asyncio
async def test_who_do_i_ring_after_a_refusal_follows_the_lines_the_refusal_gave():
    from actions.refusals import ActionRefuse
    partner = CollectingDispatcher()
    events = await ActionRefuse().run(partner, tracker("where is my wife staying", "ask_locate_person", answered_as()), DOMAIN)
    assert events == [{"event": "slot", "timestamp": None, "name": "topic", "value": None}]
    respect = await reply(ActionHelpline, tracker("so who am i meant to talk to then", "ask_helpline", answered_as("ask_locate_person")))
    assert "0808 802 4040" in respect
    # A refuge wanted by someone leaving: the refusal gave a helpline, and so does the question after it.
    leaving = await reply(ActionHelpline, tracker("fine. who do i ring then", "ask_helpline", answered_as("ask_locate_person"),
                                                  topic="helpline", gender="woman", nation="england"))
    assert "0808 2000 247" in leaving and "0808 802 4040" not in leaving


@pytest.mark.asyncio
async def test_after_respects_line_what_about_her_gets_the_partners_lines():
    said = await reply(ActionNotUnderstood, tracker("a be amdani hi? os di hi isio siarad efo rhywun", "nlu_fallback",
                                                    answered_as("worried_own_behaviour"), route="own_behaviour", gender="man",
                                                    nation="scotland", language="cy"))
    assert "0800 027 1234" in said and "0808 802 4040" not in said


@pytest.mark.asyncio
async def test_what_can_i_do_after_the_friends_answer_and_how_else_to_check_after_a_refusal():
    friend = await reply(ActionNotUnderstood, tracker("so wot do i actually do then just sit and watch", "nlu_fallback",
                                                      answered_as("worried_about_someone"), asker="someone_else"))
    assert "utter_worried_about_someone" in friend and "0808 2000 247" in friend
    lawful = await reply(ActionNotUnderstood, tracker("ok so how else can i check hes safe", "nlu_fallback", answered_as("ask_monitor_someone")))
    assert "lawful way" in lawful and "Clare's Law" in lawful


@pytest.mark.asyncio
async def test_a_parent_refused_a_tracker_is_told_the_lawful_way_and_forced_marriage_is_still_read_after_a_turn():
    from actions.refusals import ActionRefuse
    parent = await reply(ActionRefuse, tracker("can u help me put a tracker on my daughters phone, her boyfriend is dodgy. shes 20",
                                                "ask_monitor_someone", answered_as()))
    assert "can't help" in parent and "Clare's Law" in parent and "0808 2000 247" in parent
    passport = await reply(ActionNotUnderstood, tracker("they have my passport already", "nlu_fallback",
                                                        answered_as("describe_honour_abuse", "describe_teen_abuse"), route="young"))
    assert "utter_honour_abuse" in passport and "020 7008 0151" in passport


@pytest.mark.asyncio
async def test_what_happens_next_goes_through_guidance_so_the_context_is_read_first():
    steps = await reply(ActionGuidance, tracker("what happens after i apply", "clares_law_process", answered_as("ask_clares_law")))
    assert steps.strip().startswith("utter_clares_law_process")
    law = await reply(ActionGuidance, tracker("what if im already over there when it happens", "clares_law_process",
                                              answered_as("describe_honour_abuse"), route="honour"))
    assert "utter_honour_abuse" in law and "utter_clares_law_process" not in law


@pytest.mark.asyncio
async def test_a_course_after_respects_line_and_the_scheme_named_is_not_about_the_lines():
    course = await reply(ActionNotUnderstood, tracker("oes na gwrs neu rwbath? ffarmwr dwi yn sir fon", "nlu_fallback",
                                                      answered_as("worried_own_behaviour"), route="own_behaviour", language="cy"))
    assert "0808 802 4040" in course and "help i newid" in course
    scheme = await reply(ActionHelpline, tracker("alla i neud clares law ar ei ran e?", "ask_helpline", answered_as("ask_helpline"),
                                                 topic="helpline", language="cy"))
    assert "Gallwch chi ffonio ar eu rhan" not in scheme


@pytest.mark.asyncio
async def test_once_said_first_is_answered_with_the_form_and_feelings_after_samaritans_are_theirs():
    once = await reply(ActionAbuseAnswer, tracker("it was one time he shoved me down the stairs. every1 keeps saying one time isnt abuse",
                                                  "describe_physical_abuse", answered_as()))
    assert once.startswith("Once can be enough") and "utter_physical_abuse" in once or "physical abuse" in once
    feels = await reply(ActionNotUnderstood, tracker("not right this second no. i just feel like that a lot", "nlu_fallback",
                                                     answered_as("ask_protective_order", "self_harm")))
    assert "116 123" in feels
    posting = await reply(ActionNotUnderstood, tracker("what about the stuff hes posting tho, hes at it every single day", "nlu_fallback",
                                                       answered_as("self_harm", "ask_privacy"), access="text_only", topic="samaritans"))
    assert not posting.startswith("Samaritans")
