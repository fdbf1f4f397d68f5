"""Environment numbers: a bad port or count stops start-up with a message naming the variable."""
import pytest

from harbour.envvars import config_number, config_whole, port_number, whole_number


@pytest.mark.parametrize("raw, expected", [("1", 1), ("5005", 5005), ("65535", 65535), (" 80 ", 80)])
def test_ports_in_range_are_read(raw, expected):
    assert port_number("HARBOUR_RASA_PORT", raw) == expected


@pytest.mark.parametrize(
    "raw, message",
    [("0", "between 1 and 65535, not 0"), ("65536", "not 65536"), ("-5", "not -5"),
     ("http", "whole number, not 'http'"), ("", "whole number"), ("50.5", "whole number")],
)
def test_bad_ports_name_the_variable_and_the_value(raw, message):
    with pytest.raises(ValueError, match="HARBOUR_WEB_PORT must be") as raised:
        port_number("HARBOUR_WEB_PORT", raw)
    assert message in str(raised.value)


def test_whole_numbers_keep_their_own_range():
    assert whole_number("HARBOUR_REPLICAS", "32", 1, 32) == 32
    with pytest.raises(ValueError, match="HARBOUR_REPLICAS must be between 1 and 32, not 33"):
        whole_number("HARBOUR_REPLICAS", "33", 1, 32)


@pytest.mark.parametrize(
    "value, limits, message",
    [
        (True, {}, "x must be a number."),
        ("soon", {"unit": "seconds"}, "x must be a number of seconds."),
        (0, {"above": 0}, "x must be more than 0."),
        (float("nan"), {"above": 0}, "x must be more than 0."),
        (0.01, {"low": 0.1, "unit": "seconds"}, "x must be at least 0.1 seconds."),
        (1, {"low": 2, "high": 1000}, "x must be between 2 and 1000."),
    ],
)
def test_settings_numbers_say_what_to_fix(value, limits, message):
    with pytest.raises(KeyError) as raised:
        config_number(value, "x", error=KeyError, **limits)
    assert raised.value.args[0] == message


def test_settings_whole_numbers_accept_floats_that_are_whole():
    assert config_whole("30", "k", low=2, high=1000) == 30
    assert config_whole(30.0, "k", above=0) == 30
    with pytest.raises(ValueError, match="k must be a whole number"):
        config_whole(30.5, "k", above=0)
