"""Checking a class named in endpoints.yml before Rasa loads it.

Rasa imports a tracker store, lock store or event broker by module path and, when that
fails or names the wrong kind of class, quietly falls back to a default that keeps
everything. The start-up checks (:mod:`harbour.startup.preload`) use :func:`plugin_class` to refuse instead.
"""

from typing import Callable, Text, Type, TypeVar

import rasa.shared.utils.common
from rasa.shared.exceptions import RasaException

T = TypeVar("T")


def plugin_class(
    section: Text,
    path: Text,
    base: Type[T],
    use: Text,
    error: Callable[[Text], Exception],
    if_unimportable: Text = "",
) -> Type[T]:
    """The class ``path`` names, if it imports and is ``base`` or a subclass of it.

    Args:
        section: the endpoints.yml section, for the message (``"tracker_store"``).
        path: the module path the section's ``type`` gives.
        base: the class it must be or extend.
        use: the module path to recommend (``"harbour.privacy.PrivacyTrackerStore"``).
        error: makes the exception to raise from a message.
        if_unimportable: what Rasa would do instead, said when the import fails.

    Raises:
        The exception ``error`` makes, when the class can't be imported or is not a ``base``.
    """
    try:
        found = rasa.shared.utils.common.class_from_module_path(path)
    except (ImportError, AttributeError, RasaException) as cause:
        raise error(
            f"{section} type {path!r} cannot be imported{if_unimportable}. Use type: {use}."
        ) from cause
    if not isinstance(found, type) or not issubclass(found, base):
        raise error(f"{section} type {path!r} is not a {use}. Use type: {use}.")
    return found
