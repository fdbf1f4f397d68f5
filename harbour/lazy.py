"""Lazy package exports (PEP 562), so a package's light modules load without Rasa."""

import importlib
from typing import Any, Callable, Dict, MutableMapping


def lazy_exports(
    package: str, exports: Dict[str, str], namespace: MutableMapping[str, Any]
) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``exports[name]`` from its module on first use.

    The value is cached in ``namespace`` (the package's ``globals()``), so later lookups
    never reach ``__getattr__`` again.
    """

    def __getattr__(name: str) -> Any:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(exports[name]), name)
        namespace[name] = value
        return value

    return __getattr__
