"""The dashboard in English or Welsh (issue 15): which a request gets, and ``t`` for templates.

A person picks a language with the link in the header, or ``?lang=cy`` / ``?lang=en`` on any
page. The choice is kept in a browser-session cookie that holds only "en" or "cy" (HttpOnly,
SameSite=Strict, Secure like the session cookie), so it survives signing in, signing out and
an expired session, and the login page follows it. Anything but those two values is ignored.

Every word goes through :func:`harbour.language.say`, keyed by its English, so a sentence with
no Welsh yet is shown in English, never left blank. ``scripts/welsh.py`` collects the keys:
literal ``t("...")`` calls in templates/ and ``say(...)`` calls and label tables in the code.
"""
from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from typing import Any, Callable, Optional

from markupsafe import Markup, escape

from harbour.language import say
from harbour.vocab import ENGLISH, LANGUAGES, WELSH

PARAMETER = "lang"
HTML_LANG = {ENGLISH: "en-GB", WELSH: "cy"}
"""``<html lang>`` and the switch link's ``lang``, by language."""
SWITCH_LABELS = {ENGLISH: "English", WELSH: "Cymraeg"}
"""Each language's name in itself (never translated: a reader looks for their own language's name)."""
KEPT_ARGUMENTS = ("start", "end", "sort", "order")
"""Query arguments the switch link keeps, so the same view is shown in the other language."""
MAX_ARGUMENT = 512


def cookie_name(secure: bool) -> str:
    """The language cookie; ``__Host-`` when Secure, like the session cookie (`security.cookie_name`)."""
    return "__Host-harbour_lang" if secure else "harbour_lang"


def valid(value: Any) -> Optional[str]:
    """``value`` if it is one of `harbour.vocab.LANGUAGES`, else None."""
    return value if isinstance(value, str) and value in LANGUAGES else None


def choose(asked: Any, kept: Any) -> str:
    """The language for a request: ``?lang=`` if valid, else the cookie's if valid, else English."""
    return valid(asked) or valid(kept) or ENGLISH


def translator(language: str) -> Callable[..., Markup]:
    """``t(english, **values)`` for templates: the words in ``language``, escaped, then filled in.

    The values are escaped as they go in unless they are `Markup` already (a ``<code>`` block
    written in the template), so a template can place markup inside a translated sentence.
    """

    def t(english: str, **values: Any) -> Markup:
        words = escape(say(language, english))
        return words.format(**values) if values else words

    return t


@dataclass(frozen=True)
class Switch:
    """The header link to the other language."""

    href: str
    label: str
    lang: str


def switch_link(path: str, method: str, args: Any, language: str, next_page: Optional[str] = None) -> Switch:
    """A link to this view in the other language (the login page for a form's answer)."""
    other = ENGLISH if language == WELSH else WELSH
    query = []
    if method not in ("GET", "HEAD"):
        path = "/login"
    else:
        for name in KEPT_ARGUMENTS:
            value = args.get(name)
            if value and len(value) <= MAX_ARGUMENT:
                query.append((name, value))
    if next_page and next_page != "/":
        query.append(("next", next_page))
    query.append((PARAMETER, other))
    return Switch(f"{path}?{urllib.parse.urlencode(query)}", SWITCH_LABELS[other], HTML_LANG[other])
