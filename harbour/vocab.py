"""Harbour's closed vocabularies: the one place each list of allowed values lives.

Imports nothing (not even from Harbour), so every layer can use it: the domain's categorical
slots, the channels' button checks, the privacy store's redaction, the statistics, routing and
the services directory. ``tests/test_vocab.py`` checks ``domain.yml`` against it, so adding a
value is one edit here plus the data that uses it.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import FrozenSet, Mapping, Tuple

NATIONS: Tuple[str, ...] = ("england", "wales", "scotland", "northern_ireland")
NATION_NAMES: Mapping[str, str] = MappingProxyType(
    {"england": "England", "wales": "Wales", "scotland": "Scotland", "northern_ireland": "Northern Ireland"}
)
SCHEME_KEYS: Tuple[str, ...] = ("england_wales", "scotland", "northern_ireland")
"""Disclosure schemes: England and Wales share Clare's Law; Scotland and NI have their own."""

ASKERS: Tuple[str, ...] = ("self", "someone_else")
"""Who a question is for: the person typing, or someone they are worried about."""

ROUTES: Tuple[str, ...] = (
    "woman",
    "man",
    "lgbt",
    "young",
    "older",
    "honour",
    "own_behaviour",
    "stalking",
    "someone_else",
    "sexual_violence",
)
"""Values of the ``route`` slot: the kind of help a topic or a button points to."""

SERVICE_ONLY_AUDIENCES: Tuple[str, ...] = (
    "self_harm", "fgm", "any_crime", "tech_abuse", "child_welfare", "migrant"
)
"""Audiences a service in services.yml can serve that no person is routed to by the slot."""

AUDIENCES: Tuple[str, ...] = ROUTES + SERVICE_ONLY_AUDIENCES
"""Every ``audience`` key services.yml may use; routing can ask for any of them."""

# Who the person at risk is, from any message ("I'm 15", "my 78 year old mum", "my brother's
# wife is abusing him"): combined with route and nation into one routing decision.
GENDERS: Tuple[str, ...] = ("woman", "man", "non_binary")
AGE_GROUPS: Tuple[str, ...] = ("child", "young", "older")
"""child: under 16 (outside the adult definition); young: 16 to 18; older: 60 and over."""
IDENTITIES: Tuple[str, ...] = ("lgbt",)
RELATIONSHIPS: Tuple[str, ...] = (
    "partner",
    "ex_partner",
    "child",
    "parent",
    "sibling",
    "in_law",
    "grandparent",
    "other_family",
)
"""How the person harming is related to the person at risk."""

ABUSE_FORMS: Tuple[str, ...] = (
    "coercive_control",
    "economic",
    "emotional",
    "physical",
    "sexual",
    "tech",
    "stalking",
    "honour",
    "threats",
)
"""Forms of abuse a description can show (FACTS 1.1 and 1.4)."""

ANSWERS: Tuple[str, ...] = ("yes", "no", "unsure")
"""A typed answer to a yes/no question ("yeah", "not really", "skip")."""

GUIDANCE_TOPICS: Mapping[str, str] = MappingProxyType(
    {
        "refuge": "ask_refuge",
        "police": "ask_report_police",
        "orders": "ask_protective_order",
        "ani": "ask_for_ani",
        "immigration": "ask_immigration",
        "children": "ask_children",
    }
)
"""Topics of sourced guidance, and the question each answers: a follow-up ("how much does it cost?",
"we're in Derry") is answered from the same guidance."""
# "samaritans": the last answer was Samaritans' block, given in context (actions/in_context.py);
# "law": what the law says about abuse (actions/about_abuse.py), so "what about in scotland" is about the law.
TOPICS: Tuple[str, ...] = ("clares_law", "helpline", "abuse_check", *GUIDANCE_TOPICS, "samaritans", "law")
SCHEME_INTENTS: FrozenSet[str] = frozenset({
    "ask_clares_law", "clares_law_apply", "clares_law_someone_else", "clares_law_process",
    "clares_law_no_disclosure", "clares_law_confidentiality",
})
"""The intents that ask about Clare's Law (or Scotland's or Northern Ireland's scheme) itself."""
QUESTIONS: Tuple[str, ...] = ("check_afraid", "check_control", "check_hurt")
"""The optional reflection's three yes/no questions, in the order they are asked."""
"""What the bot last offered to tailor, so a bare "Glasgow" or "for my sister" is understood."""

GUIDANCE: Tuple[str, ...] = (
    "refuge",
    "housing",
    "police_report",
    "police_scotland",
    "court_orders",
    "police_orders",
    "dapo",
    "ask_for_ani",
    "immigration",
    "children",
    "text_access",
    "disclosure_detail",
    "law_scotland",
    "law_northern_ireland",
)
"""Sourced guidance on a topic (services.yml ``guidance``): somewhere safe, police, orders, ..."""

ACCESS: Tuple[str, ...] = ("text_only",)
"""How someone can reach help: text_only = deaf, hard of hearing or can't speak on the phone."""

ENGLISH = "en"
WELSH = "cy"
LANGUAGES: Tuple[str, ...] = (ENGLISH, WELSH)
"""The languages Harbour talks in (ISO 639-1): the ``language`` slot, set from the words a person
writes, a switch they ask for ("Cymraeg", "English"), the widget's data-lang or Telegram's
language_code. Words in Welsh live in harbour/content/cy.yml."""

ENTITY_VALUES: Mapping[str, Tuple[str, ...]] = MappingProxyType(
    {
        "nation": NATIONS,
        "asker": ASKERS,
        "route": ROUTES,
        "gender": GENDERS,
        "age_group": AGE_GROUPS,
        "identity": IDENTITIES,
        "relationship": RELATIONSHIPS,
        "answer": ANSWERS,
        "access": ACCESS,
        "language": LANGUAGES,
    }
)
"""Entities whose values are closed categories: the only entity values a button may carry and
the only ones the privacy store keeps (anything else a person types into an entity is dropped)."""

SLOT_VALUES: Mapping[str, Tuple[str, ...]] = MappingProxyType(
    {
        # Every closed entity fills the slot of its name, except a yes/no answer, which the
        # follow-up action files under the question it answers.
        **{name: values for name, values in ENTITY_VALUES.items() if name != "answer"},
        "topic": TOPICS,
        "question": QUESTIONS,
        **{question: ANSWERS for question in QUESTIONS},
    }
)
"""Categorical slots of domain.yml and their values (tests/test_vocab.py holds them equal)."""

SERVICE_MARK = "harbour_service"
"""Bot-message metadata naming the service a helpline block gave (kept by the statistics only)."""
SCHEME_MARK = "harbour_scheme"
"""Bot-message metadata naming the nation whose disclosure scheme a guide gave (ditto)."""


def scheme_key(nation: str) -> str:
    """The disclosure scheme of a nation: England and Wales share one."""
    return "england_wales" if nation in ("england", "wales") else nation
