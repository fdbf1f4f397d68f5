"""Which counts each redacted event adds: intents by channel, named outcomes, services, nations."""
from harbour.stats.outcomes import Conversation, channel_label, count_event, is_finished


def user(intent, channel="rest"):
    return {"event": "user", "input_channel": channel, "parse_data": {"intent": {"name": intent}}}


def action(name):
    return {"event": "action", "name": name}


def run(events, conversation=Conversation()):
    counted = []
    for event in events:
        found, conversation = count_event(event, conversation)
        counted.extend((conversation.channel, kind, name) for kind, name in found)
    return counted, conversation


def test_a_message_counts_its_intent_on_its_channel():
    counted, conversation = run([user("ask_clares_law", "telegram")])
    assert counted == [("telegram", "intent", "ask_clares_law")]
    assert conversation.channel == "telegram"


def test_safety_responses_fallback_and_new_conversations_are_named_outcomes():
    counted, _ = run(
        [
            action("action_session_start"),
            user("danger_now", "socketio"),
            action("utter_danger"),
            user("self_harm", "socketio"),
            action("utter_self_harm"),
            user("nlu_fallback", "socketio"),
            action("action_not_understood"),
            action("action_listen"),
        ]
    )
    outcomes = [c for c in counted if c[1] == "outcome"]
    assert outcomes == [
        ("socketio", "outcome", "conversation_started"),  # with the first message, on its channel
        ("socketio", "outcome", "danger_response"),
        ("socketio", "outcome", "self_harm_response"),
        ("socketio", "outcome", "not_understood"),
    ]


def test_a_new_session_counts_once_with_its_first_message():
    counted, _ = run([action("action_session_start"), action("action_listen"), user("greet", "telegram"),
                      action("utter_greet"), user("greet", "telegram")])
    assert counted == [("telegram", "intent", "greet"), ("telegram", "outcome", "conversation_started"),
                       ("telegram", "intent", "greet")]


def guide(nation):
    return {"event": "bot", "metadata": {"harbour_scheme": nation}}


def test_clares_law_guide_counts_the_nation_its_message_names():
    counted, _ = run([user("clares_law_apply"), action("action_clares_law"), guide("scotland")])
    assert [c for c in counted if c[1] == "clares_law"] == [("rest", "clares_law", "scotland")]


def test_the_guide_counts_the_same_without_the_turns_before_it():
    """On another replica the nation slot set turns earlier was never seen: the message still says."""
    counted, _ = run([user("inform", "telegram"), action("action_clares_law"), guide("wales")])
    assert ("telegram", "clares_law", "wales") in counted
    counted, _ = run([{"event": "slot", "name": "nation", "value": "scotland"}, user("clares_law_apply"),
                      action("action_clares_law")])
    assert [c for c in counted if c[1] == "clares_law"] == []  # no guide message, no guide counted


def test_an_unknown_nation_value_is_never_counted_as_a_nation():
    for value in ("__other__", "Glasgow", None, ["scotland"], {"nation": "wales"}):
        counted, _ = run([user("clares_law_apply"), guide(value)])
        assert [c for c in counted if c[1] == "clares_law"] == [], value


def test_handoff_cards_and_marked_helpline_blocks_count_by_service():
    counted, _ = run(
        [
            user("request_human"),
            {"event": "bot", "data": {"custom": {"type": "handoff", "service": {"id": "ndah"}}}},
            {"event": "bot", "metadata": {"harbour_service": "respect_phoneline"}},
            {"event": "bot"},  # an ordinary redacted message: nothing
        ]
    )
    assert counted[1:] == [("rest", "handoff", "ndah"), ("rest", "helpline", "respect_phoneline")]


def test_labels_that_look_like_text_are_never_counted():
    counted, _ = run(
        [
            {"event": "user", "input_channel": "rest", "parse_data": {"intent": {"name": "he's here <b>"}}},
            {"event": "bot", "metadata": {"harbour_service": "call 0808 2000 247"}},
            {"event": "user", "input_channel": "rest", "parse_data": {}},
        ]
    )
    assert counted == [("rest", "intent", "unknown"), ("rest", "intent", "unknown")]


def test_channel_labels():
    assert channel_label("rest") == "rest"
    assert channel_label(None) == "unknown"
    assert channel_label("a channel with spaces") == "other"


def test_a_conversation_asking_to_be_forgotten_is_dropped_after_the_reply():
    counted, conversation = run([user("forget_conversation"), action("utter_forgotten")])
    assert ("rest", "intent", "forget_conversation") in counted
    assert not is_finished(action("utter_forgotten"), conversation)
    assert is_finished(action("action_listen"), conversation)


def welsh_user(intent, language=None, channel="rest"):
    event = user(intent, channel)
    if language:
        event["parse_data"]["entities"] = [{"entity": "language", "value": language}]
    return event


def test_messages_in_a_welsh_conversation_are_counted_as_welsh_until_it_switches_back():
    counted, conversation = run(
        [
            welsh_user("greet"),  # English until told otherwise: nothing extra counted
            welsh_user("ask_helpline", "cy"),
            welsh_user("inform"),  # "Caerdydd": still Welsh
            welsh_user("change_language", "en"),
            welsh_user("ask_clares_law"),
        ]
    )
    assert [item for item in counted if item[1] == "language"] == [("rest", "language", "cy")] * 2
    assert conversation.language == "en"


def test_a_language_value_outside_the_closed_list_is_never_counted():
    counted, conversation = run([welsh_user("greet", "fr"), welsh_user("greet", "<script>")])
    assert not [item for item in counted if item[1] == "language"] and conversation.language == "en"
