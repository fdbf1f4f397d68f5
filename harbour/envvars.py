"""The project's number parsers: environment variables and settings files, with messages that say what to fix.

`whole_number` and `port_number` read environment variables (``HARBOUR_RASA_PORT=5005``);
`config_number` and `config_whole` read a setting from endpoints.yml (``idle_minutes: 30``), where
YAML may give an int, a float or a string, and a bool is refused (``k: yes`` is not a number).
Each caller passes the exception its own callers expect (never `ImportError`: Rasa would swallow it).
"""
import math
from typing import Any, Callable, Optional

Error = Callable[[str], Exception]


def whole_number(name: str, raw: str, low: int, high: int) -> int:
    """``raw`` as an int in ``[low, high]``.

    Raises:
        ValueError: naming the variable, the range and the value it was given.
    """
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}, not {value}")
    return value


def port_number(name: str, raw: str) -> int:
    """``raw`` as a TCP port (1-65535); raises ValueError otherwise."""
    return whole_number(name, raw, 1, 65535)


def config_number(
    value: Any,
    name: str,
    *,
    low: float = -math.inf,
    high: float = math.inf,
    above: Optional[float] = None,
    unit: str = "",
    error: Error = ValueError,
) -> float:
    """``value`` as a finite float in ``[low, high]`` (and over ``above``, if given).

    Args:
        name: how the setting is named in messages (``"tracker_store idle_minutes"``).
        unit: said in messages (``"seconds"``: "must be a number of seconds").
        error: makes the exception to raise from a message.
    """
    kind = f"a number of {unit}" if unit else "a number"
    if isinstance(value, bool):
        raise error(f"{name} must be {kind}.")
    try:
        number = float(value)
    except (TypeError, ValueError) as cause:
        raise error(f"{name} must be {kind}.") from cause
    if not math.isfinite(number) or (above is not None and number <= above) or not low <= number <= high:
        suffix = f" {unit}" if unit else ""
        if above is not None:
            expected = f"more than {above:g}{suffix}"
        elif high == math.inf:
            expected = f"at least {low:g}{suffix}"
        else:
            expected = f"between {low:g} and {high:g}{suffix}"
        raise error(f"{name} must be {expected}.")
    return number


def config_whole(value: Any, name: str, *, error: Error = ValueError, **limits: Any) -> int:
    """`config_number` that must also be a whole number (``30`` or ``30.0``, not ``30.5``)."""
    number = config_number(value, name, error=error, **limits)
    if number != int(number):
        raise error(f"{name} must be a whole number.")
    return int(number)
