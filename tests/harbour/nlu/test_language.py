"""Which language a message is in, and a request to switch (harbour.nlu.language)."""
import pytest

from harbour.nlu.language import language_of, requested_language


@pytest.mark.parametrize(
    "text",
    [
        "mae o'n darllen fy negeseuon i gyd",
        "dw i'n byw yn Wrecsam",
        "wi'n scared, ma fe'n gweiddi trwy'r amser",
        "mae fy boyfriend yn checkio fy phone i",  # English words inside Welsh grammar
        "be ydi cam-drin domestig?",
        "diolch",
        "ydych chi'n gallu helpu fi",
    ],
)
def test_welsh_is_welsh(text):
    assert language_of(text) == "cy"


@pytest.mark.parametrize(
    "text",
    [
        "he's outside with a knife",
        "my husband checks my phone and takes my money",
        "what is clare's law",
        "thanks",
    ],
)
def test_english_is_english(text):
    assert language_of(text) == "en"


@pytest.mark.parametrize("text", ["Caerdydd", "999", "ok", "hi", "help", "Swansea", "😢", "15"])
def test_names_numbers_and_shared_words_leave_the_language_as_it_was(text):
    assert language_of(text) is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("Cymraeg", "cy"),
        ("yn Gymraeg plis", "cy"),
        ("can we speak welsh?", "cy"),
        ("Is this available in Welsh?", "cy"),
        ("ydych chi'n siarad Cymraeg?", "cy"),
        ("English", "en"),
        ("English please", "en"),
        ("Saesneg plis", "en"),
        ("can we do this in english", "en"),
    ],
)
def test_a_request_to_switch_is_read_as_one(text, language):
    assert requested_language(text) == language == language_of(text)


@pytest.mark.parametrize(
    "text", ["my ex is Welsh", "dw i'n siarad Cymraeg ond mae o'n siarad Saesneg efo'r plant", "English teacher"]
)
def test_mentioning_a_language_is_not_a_request_to_switch(text):
    assert requested_language(text) is None


@pytest.mark.parametrize(
    "text, language",
    [("ga i siarad yn Gymraeg plis", "cy"), ("oes modd cael hwn yn Gymraeg", "cy"), ("ga i siarad Saesneg", "en")],
)
def test_asking_to_talk_in_a_language_is_a_switch(text, language):
    assert requested_language(text) == language


def test_asking_for_something_in_welsh_is_answered_in_welsh_not_just_switched():
    # "Can I talk to a real person? In Welsh if possible": a person, in Welsh.
    text = "ga i siarad efo person go iawn? yn Gymraeg os yn bosib"
    assert requested_language(text) is None and language_of(text) == "cy"


@pytest.mark.parametrize(
    "text, asks",
    [
        ("can i speak to someone yn gymraeg?", True),
        ("is there anyone who speaks welsh", True),
        ("oes na siaradwr cymraeg?", True),
        ("is there a helpline in Welsh", True),
        ("dw i'n siarad cymraeg", False),  # saying what they speak, not asking for someone
        ("who can i ring", False),
    ],
)
def test_asking_for_a_welsh_speaker(text, asks):
    from harbour.nlu.language import asks_for_a_welsh_speaker

    assert asks_for_a_welsh_speaker(text) is asks
