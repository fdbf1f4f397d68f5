"""Environment numbers: a bad port or count stops start-up with a message naming the variable."""
import pytest

from harbour.envvars import port_number, whole_number


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
