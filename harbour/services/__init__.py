"""The directory of services: load, validate and query ``content/services.yml``.

Pure package: no Rasa import and no I/O at import time. ``load_directory`` reads the YAML,
checks every entry (:mod:`harbour.services.parse`) and returns frozen dataclasses
(:mod:`harbour.services.model`); any problem raises ``ValueError`` naming the entry and the
field, so a bad edit fails loudly at start-up instead of giving someone a wrong number.
"""
from harbour.services.model import (
    AUDIENCES,
    DAYS,
    EMERGENCY_KEYS,
    KINDS,
    Directory,
    Emergency,
    Guidance,
    Hours,
    Phone,
    Scheme,
    SchemeRoute,
    Service,
    Status,
    dialable,
    london,
)
from harbour.services.parse import DEFAULT_PATH, load_directory, parse_directory

__all__ = [
    "AUDIENCES",
    "DAYS",
    "DEFAULT_PATH",
    "EMERGENCY_KEYS",
    "KINDS",
    "Directory",
    "Emergency",
    "Guidance",
    "Hours",
    "Phone",
    "Scheme",
    "SchemeRoute",
    "Service",
    "Status",
    "dialable",
    "load_directory",
    "london",
    "parse_directory",
]
