"""Whole numbers and ports read from environment variables, with messages that say what to fix."""


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
