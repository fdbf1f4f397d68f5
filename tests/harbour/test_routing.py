"""Helpline routing (FACTS.md 3.1) and the plain-text service blocks."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from harbour.routing import ROUTES, Routing, choose, format_service
from harbour.services import load_directory

LONDON = ZoneInfo("Europe/London")
SATURDAY_LATE = datetime(2026, 11, 21, 23, 30, tzinfo=LONDON)  # GMT
TUESDAY_11 = datetime(2026, 11, 24, 11, 0, tzinfo=LONDON)  # GMT
BST_WEEKDAY = datetime(2026, 7, 7, 8, 30, tzinfo=timezone.utc)  # Tue 09:30 BST
DST_MONDAY = datetime(2026, 3, 30, 16, 30, tzinfo=timezone.utc)  # Mon 17:30 BST, first day
CLOCKS = [SATURDAY_LATE, TUESDAY_11, BST_WEEKDAY, DST_MONDAY]

DIRECTORY = load_directory()
NATIONS = ["england", "wales", "scotland", "northern_ireland", None]

# England (or unknown nation): route -> (primary ids, 24/7 fallback id or None)
ENGLAND = {
    None: (["ndah"], None),
    "woman": (["ndah"], None),
    "someone_else": (["ndah"], None),
    "man": (["mens_advice_line", "mankind"], "victim_support"),
    "lgbt": (["galop"], "samaritans"),
    "young": (["childline"], "samaritans"),
    "older": (["hourglass"], None),
    "honour": (["karma_nirvana", "forced_marriage_unit"], "samaritans"),
    "own_behaviour": (["respect_phoneline"], "samaritans"),
    "stalking": (["stalking_helpline"], "ndah"),  # the 24-hour domestic abuse line when the stalking line cannot answer
    "self_harm": (["samaritans"], None),
    "sexual_violence": (["ndah", "rape_crisis_support_line"], None),
    "fgm": (["nspcc_fgm"], None),
    "any_crime": (["victim_support"], None),
    "tech_abuse": (["ndah", "refuge_tech_safety"], None),
    # Named only by the guidance that needs them (children, immigration), never as someone's line.
    "child_welfare": (["ndah"], None),
    "migrant": (["ndah"], None),
}

# Specialist lines added after the nation's own 24/7 line, per nation.
NATION_EXTRAS = {
    "wales": {
        "man": ["mens_advice_line", "mankind"],
        "lgbt": ["galop"],
        "young": ["childline"],
        "older": ["hourglass"],
        "honour": ["karma_nirvana", "forced_marriage_unit"],
        "stalking": ["stalking_helpline"],
        "sexual_violence": ["rape_crisis_support_line"],
        "fgm": ["nspcc_fgm"],
        "any_crime": ["victim_support"],
        "tech_abuse": ["refuge_tech_safety"],
    },
    # Men's Advice Line, Rape Crisis E&W and Victim Support are listed for
    # England and Wales only, so they drop out in Scotland and Northern Ireland.
    "scotland": {
        "man": ["mankind"],
        "lgbt": ["galop"],
        "young": ["childline"],
        "older": ["hourglass"],
        "honour": ["karma_nirvana", "forced_marriage_unit"],
        "stalking": ["stalking_helpline"],
        "fgm": ["nspcc_fgm"],
        "tech_abuse": ["refuge_tech_safety"],
    },
}
NATION_EXTRAS["northern_ireland"] = NATION_EXTRAS["scotland"]
NATION_LINE = {
    "wales": "live_fear_free",
    "scotland": "scotland_helpline",
    "northern_ireland": "ni_helpline",
}


def expected(route, nation):
    if nation in (None, "england"):
        return ENGLAND[route]
    if route == "self_harm":
        # Samaritans first wherever the person lives, then that nation's own 24-hour line.
        return ["samaritans", NATION_LINE[nation]], None
    if route == "own_behaviour":
        # Respect first wherever the person lives; victims' lines are not the fallback.
        return ["respect_phoneline"], "samaritans"
    return [NATION_LINE[nation], *NATION_EXTRAS[nation].get(route, [])], None


def ids(services):
    return [service.id for service in services]


@pytest.mark.parametrize("nation", NATIONS)
@pytest.mark.parametrize("route", [None, *ROUTES])
def test_routing_table(route, nation):
    routing = choose(route, nation, DIRECTORY, SATURDAY_LATE)
    primary, fallback = expected(route, nation)
    assert ids(routing.primary) == primary
    assert (routing.always_open.id if routing.always_open else None) == fallback


@pytest.mark.parametrize("nation", NATIONS)
@pytest.mark.parametrize("route", [None, *ROUTES])
def test_routing_never_leaves_only_lines_that_may_not_answer(route, nation):
    for now in CLOCKS:
        routing = choose(route, nation, DIRECTORY, now)
        assert routing.primary
        first = routing.primary[0]
        statuses = [service.status_at(now) for service in routing.primary]
        if first.hours.always_open:
            assert routing.always_open is None
        else:
            assert routing.always_open is not None
        if any(status != "open" for status in statuses):
            assert first.hours.always_open or routing.always_open is not None
        if routing.always_open is not None:
            assert routing.always_open.hours.always_open
            assert routing.always_open.status_at(now) == "open"
            assert routing.always_open not in routing.primary
        if nation not in (None, "england"):
            for service in routing.services:
                assert service.serves(nation), (service.id, nation)


def test_nation_lines_come_first_and_are_24_7():
    for nation, line in NATION_LINE.items():
        for route in ["woman", "man", "lgbt", "young", "older", "honour", "stalking"]:
            routing = choose(route, nation, DIRECTORY, TUESDAY_11)
            assert routing.primary[0].id == line
            assert routing.primary[0].hours.always_open


def test_self_harm_always_gets_samaritans_first():
    for nation in NATIONS:
        routing = choose("self_harm", nation, DIRECTORY, SATURDAY_LATE)
        assert routing.primary[0].id == "samaritans"
        assert routing.primary[0].phone == "116 123"


def test_man_in_england_is_never_sent_to_the_womens_helpline():
    for now in CLOCKS:
        routing = choose("man", "england", DIRECTORY, now)
        assert "ndah" not in ids(routing.services)


@pytest.mark.parametrize(
    "route, nation",
    [
        ("banana", "england"),
        ("", None),
        ("   ", "   "),
        (123, 4.5),
        (None, "atlantis"),
        (["man"], {"nation": "wales"}),
    ],
)
def test_unknown_values_are_treated_as_none(route, nation):
    routing = choose(route, nation, DIRECTORY, TUESDAY_11)
    assert isinstance(routing, Routing)
    assert routing.route is None
    assert ids(routing.primary) == ["ndah"]


def test_values_are_normalised():
    routing = choose(" Own Behaviour ", "Northern Ireland", DIRECTORY, TUESDAY_11)
    assert routing.route == "own_behaviour" and routing.nation == "northern_ireland"
    assert ids(routing.primary) == ["respect_phoneline"]  # Respect first, wherever they live
    assert choose("MAN", "Wales", DIRECTORY, TUESDAY_11).primary[0].id == "live_fear_free"


def test_choose_rejects_naive_datetimes():
    with pytest.raises(ValueError, match="naive"):
        choose("woman", "england", DIRECTORY, datetime(2026, 11, 24, 11, 0))


# --- format_service -------------------------------------------------------

MARKDOWN = ("**", "__", "[", "](", "`", "# ", "\n- ", "\n* ")


def test_format_open_24_7_service():
    text = format_service(DIRECTORY.service("ndah"), SATURDAY_LATE)
    assert text.splitlines()[0] == "National Domestic Abuse Helpline"
    assert "Call 0808 2000 247 (free)" in text
    assert text.endswith("Open now: 24 hours a day, every day")


def test_format_closed_service_gives_hours_and_out_of_hours_line():
    text = format_service(DIRECTORY.service("forced_marriage_unit"), SATURDAY_LATE)
    assert "Call 020 7008 0151" in text
    assert "Out of hours (FCDO Global Response Centre): 020 7008 1500" in text
    assert text.endswith("Probably closed right now — hours: Monday to Friday, 9am to 5pm")


def test_format_open_weekday_service():
    text = format_service(DIRECTORY.service("forced_marriage_unit"), TUESDAY_11)
    assert text.endswith("Open now. Usual hours: Monday to Friday, 9am to 5pm")
    bst = format_service(DIRECTORY.service("forced_marriage_unit"), BST_WEEKDAY)
    assert "Open now" in bst
    assert "Probably closed" in format_service(
        DIRECTORY.service("forced_marriage_unit"), DST_MONDAY
    )


@pytest.mark.parametrize("service_id", ["mens_advice_line", "galop", "childline",
                                        "karma_nirvana", "respect_phoneline",
                                        "stalking_helpline"])
def test_format_unknown_hours_says_so_plainly(service_id):
    for now in CLOCKS:
        service = DIRECTORY.service(service_id)
        text = format_service(service, now)
        if service.website:
            assert text.endswith("I can't confirm their current hours — check their website before calling")
        else:
            # Issue 13: never "check their website" for a service the directory lists none for.
            assert text.endswith("I can't confirm their current hours, so they may not answer at every time")
            assert "website" not in text.lower()
        assert "Open now" not in text and "closed" not in text


def test_format_text_and_webchat_and_no_phone():
    lff = format_service(DIRECTORY.service("live_fear_free"), TUESDAY_11)
    assert "Call 0808 80 10 800" in lff and "Text 07860 077333" in lff
    assert "Web chat and website: https://www.gov.wales/live-fear-free" in lff
    rape_crisis = format_service(DIRECTORY.service("rape_crisis_support_line"), TUESDAY_11)
    assert "Call" not in rape_crisis
    assert "https://247sexualabusesupport.org.uk" in rape_crisis
    assert "0808 500 2222" not in rape_crisis


def test_format_every_service_is_plain_text():
    for service in DIRECTORY.services:
        for now in CLOCKS:
            text = format_service(service, now)
            assert text.startswith(service.name)
            assert not any(mark in text for mark in MARKDOWN), service.id
            if service.phone:
                assert service.phone in text


def test_format_service_rejects_naive_datetimes():
    with pytest.raises(ValueError):
        format_service(DIRECTORY.service("ndah"), datetime(2026, 11, 24, 11, 0))
    with pytest.raises(ValueError):
        format_service(DIRECTORY.service("refuge_tech_safety"), datetime(2026, 11, 24, 11, 0))


@pytest.mark.parametrize(
    "profile, nation, first_ids",
    [
        # Who the person at risk is, combined: up to two specialists, the nation's line first.
        ({"gender": "man"}, "england", ["mens_advice_line", "mankind"]),
        ({"gender": "man", "age_group": "older"}, "england", ["hourglass", "mens_advice_line", "mankind"]),
        ({"gender": "non_binary"}, None, ["galop"]),
        ({"identity": "lgbt", "gender": "man"}, "england", ["galop", "mens_advice_line", "mankind"]),
        ({"age_group": "child"}, "england", ["childline"]),
        ({"age_group": "young", "gender": "woman"}, "england", ["childline"]),
        ({"age_group": "older"}, "scotland", ["scotland_helpline", "hourglass"]),
        ({"gender": "man"}, "scotland", ["scotland_helpline", "mankind"]),
        ({"gender": "woman"}, "wales", ["live_fear_free"]),
        ({"route": "honour", "gender": "woman", "age_group": "young"}, "england",
         ["karma_nirvana", "forced_marriage_unit", "childline"]),
        # Own behaviour: Respect, whoever and wherever they are.
        ({"route": "own_behaviour", "gender": "man"}, "wales", ["respect_phoneline"]),
    ],
)
def test_attributes_combine_into_one_decision(profile, nation, first_ids):
    profile = dict(profile)
    route = profile.pop("route", None)
    routing = choose(route, nation, DIRECTORY, TUESDAY_11, **profile)
    assert ids(routing.primary) == first_ids


def test_unknown_attribute_values_count_as_nothing():
    routing = choose(None, None, DIRECTORY, TUESDAY_11, gender="robot", age_group=12, identity=["lgbt"])
    assert ids(routing.primary) == ["ndah"]


def test_an_older_woman_gets_hourglass_and_the_womens_line():
    # "is there not just a general one for women, im in doncaster", from a 71-year-old: both fit.
    routing = choose(None, "england", DIRECTORY, SATURDAY_LATE, gender="woman", age_group="older")
    assert ids(routing.primary) == ["hourglass", "ndah"]
    assert ids(choose(None, "england", DIRECTORY, SATURDAY_LATE, age_group="older").primary) == ["hourglass"]
    assert ids(choose(None, "england", DIRECTORY, SATURDAY_LATE, gender="man", age_group="older").primary) == ["hourglass", "mens_advice_line", "mankind"]


def test_a_woman_with_a_specialist_line_gets_the_womens_line_too():
    honour = choose("honour", "england", DIRECTORY, SATURDAY_LATE, gender="woman")
    assert ids(honour.primary) == ["karma_nirvana", "forced_marriage_unit", "ndah"]
    assert ids(choose(None, "england", DIRECTORY, SATURDAY_LATE, gender="woman").primary) == ["ndah"]
    assert ids(choose(None, "england", DIRECTORY, SATURDAY_LATE, gender="woman", age_group="young").primary) == ["childline"]
    assert ids(choose("self_harm", "england", DIRECTORY, SATURDAY_LATE, gender="woman").primary) == ["samaritans"]
