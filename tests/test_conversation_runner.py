"""The conversation suite's own checks: a wrong reply fails, a right one passes."""
from tests.conversations.runner import Turn, contains, judge, reply_text


def test_phone_numbers_match_whatever_the_spacing():
    assert contains("Call 0808 2000 247 now", "0808 2000 247")
    assert contains("Call 08082000247", "0808 2000 247")
    assert not contains("Call 0808 2000 248", "0808 2000 247")


def test_apostrophes_and_case_do_not_matter():
    assert contains("Clare’s Law", "clare's law")


def test_a_danger_turn_without_999_fails_even_if_its_own_checks_pass():
    turn = Turn(user="hes here", must=[["help"]], must_not=[], danger=True)
    assert not judge(turn, "I can help").passed
    assert judge(turn, "I can help. Call 999").passed


def test_any_one_alternative_is_enough_and_must_not_fails():
    turn = Turn(user="x", must=[["DSDAS", "Disclosure Scheme for Domestic Abuse Scotland"]], must_not=["didn't understand"])
    assert judge(turn, "It's DSDAS").passed
    result = judge(turn, "Sorry, I didn't understand. DSDAS")
    assert not result.passed and result.forbidden == ["didn't understand"]


def test_cards_and_buttons_are_part_of_the_reply():
    text = reply_text([
        {"text": "hello", "buttons": [{"title": "I live in Scotland", "payload": "/x"}]},
        {"custom": {"type": "handoff", "service": {"name": "Galop", "phone": "0800 999 5428"}}},
    ])
    assert "I live in Scotland" in text and "0800 999 5428" in text
