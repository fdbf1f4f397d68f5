"""The services directory: every fact traceable to FACTS.md, hours and validation."""

import copy
import re
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest
import yaml

from harbour.services import DEFAULT_PATH, dialable, load_directory
from tests.facts import FACTS, sourced_text

LONDON = ZoneInfo("Europe/London")
SERVICES_TEXT = DEFAULT_PATH.read_text(encoding="utf-8")
RAW = yaml.safe_load(SERVICES_TEXT)

REQUIRED_IDS = {
    "ndah", "mens_advice_line", "mankind", "respect_phoneline", "galop",
    "karma_nirvana", "forced_marriage_unit", "nspcc_fgm", "hourglass", "childline",
    "stalking_helpline", "rape_crisis_support_line", "live_fear_free",
    "scotland_helpline", "ni_helpline", "samaritans", "victim_support",
    "refuge_tech_safety",
}
# Hours FACTS.md marks UNVERIFIED or DISCREPANCY.
UNVERIFIED_HOURS = {
    "mens_advice_line", "respect_phoneline", "galop", "karma_nirvana",
    "childline", "stalking_helpline",
}
# Numbers and addresses FACTS.md marks UNVERIFIED, outdated or a likely typo.
FORBIDDEN = [
    "0808 500 2222", "08085002222", "+448085002222",  # Rape Crisis: UNVERIFIED
    "0808 802 9999",  # old Rape Crisis freephone: outdated
    "0808 168 9276",  # Victim Support local listing: not confirmed
    "020 7007 1500",  # FCDO GRC misprint
    "fmu@fcdo.gov.uk",  # FMU email: UNVERIFIED
]


def facts_text():
    if not FACTS.is_file():
        pytest.skip(f"shared FACTS.md not found at {FACTS}; cannot cross-check the directory")
    return sourced_text()


def all_numbers(directory):
    """Every (where, display number) pair the directory could show a person."""
    for key, item in directory.emergency.items():
        if item.phone:
            yield f"emergency {key}", item.phone
    for service in directory.services:
        for number in (service.phone, service.text):
            if number:
                yield service.id, number
        for other in service.other_phones:
            yield service.id, other.phone


def all_strings(node):
    """Every string in the YAML except the derived tel fields."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if not str(key).endswith("tel"):
                yield from all_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from all_strings(value)


def write(tmp_path, data):
    path = tmp_path / "services.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_directory_loads_with_every_required_service():
    directory = load_directory()
    assert REQUIRED_IDS <= {service.id for service in directory.services}
    assert directory.checked == date(2026, 11, 21)


def test_every_entry_has_a_web_source_and_a_checked_date():
    directory = load_directory()
    entries = [*directory.services, *directory.schemes.values(), *directory.emergency.values()]
    for entry in entries:
        assert entry.sources, entry
        assert all(re.match(r"^https?://", url) for url in entry.sources), entry
        assert isinstance(entry.checked, date), entry


def test_every_source_url_is_cited_in_facts():
    facts = facts_text()
    directory = load_directory()
    entries = [*directory.services, *directory.schemes.values(), *directory.emergency.values()]
    missing = [(e, url) for e in entries for url in e.sources if url not in facts]
    assert not missing


def test_every_phone_number_appears_verbatim_in_facts():
    facts = facts_text()
    missing = [(where, n) for where, n in all_numbers(load_directory()) if n not in facts]
    assert not missing


def test_no_phone_like_text_anywhere_in_the_file_is_missing_from_facts():
    facts = facts_text()
    pattern = re.compile(r"(?:\+44 ?|\b0)\d[\d ]{6,}\d|\b116 123\b|\b18001 101\b")
    found = {m.group(0).strip() for s in all_strings(RAW) for m in pattern.finditer(s)}
    assert found  # the scan itself works
    assert not [number for number in found if number not in facts]


@pytest.mark.parametrize("text", FORBIDDEN)
def test_unverified_or_outdated_contacts_are_absent(text):
    assert text not in SERVICES_TEXT


def test_rape_crisis_line_is_given_by_website_only():
    service = load_directory().service("rape_crisis_support_line")
    assert service.phone is None and service.tel is None
    assert service.website == "https://247sexualabusesupport.org.uk"
    assert service.hours.always_open and service.hours.verified


def test_every_tel_is_the_dialable_form_of_its_phone():
    for where, number in all_numbers(load_directory()):
        assert re.fullmatch(r"\+44\d{7,10}|\d{3,6}", dialable(number)), where
    ndah = load_directory().service("ndah")
    assert ndah.tel == "+448082000247"
    assert load_directory().service("samaritans").tel == "116123"
    assert load_directory().service("victim_support").tel == "+448081689111"


def test_websites_are_on_domains_cited_in_facts():
    facts = facts_text()
    for service in load_directory().services:
        if service.website:
            assert service.website.split("://", 1)[1] in facts, service.id


def test_emails_appear_in_facts():
    facts = facts_text()
    for service in load_directory().services:
        if service.email:
            assert service.email in facts, service.id


@pytest.mark.parametrize("service_id", sorted(UNVERIFIED_HOURS))
def test_unverified_hours_are_not_stated(service_id):
    hours = load_directory().service(service_id).hours
    assert not hours.verified and not hours.always_open and hours.weekly is None
    assert not re.search(r"\d", hours.summary), "unverified hours must not quote times"
    assert "not confirmed" in hours.summary
    assert hours.note


def test_verified_entries_match_facts():
    directory = load_directory()
    for sid in ("ndah", "nspcc_fgm", "hourglass", "live_fear_free", "scotland_helpline",
                "ni_helpline", "samaritans", "victim_support", "rape_crisis_support_line"):
        hours = directory.service(sid).hours
        assert hours.always_open and hours.verified, sid
    fmu = directory.service("forced_marriage_unit")
    assert [p.phone for p in fmu.other_phones][0] == "020 7008 1500"
    assert any("re-check" in note.lower() for note in directory.service("hourglass").notes)


def test_nations_and_free_flags():
    directory = load_directory()
    assert directory.service("ndah").nations == ("england",)
    assert directory.service("live_fear_free").nations == ("wales",)
    assert directory.service("scotland_helpline").nations == ("scotland",)
    assert directory.service("ni_helpline").nations == ("northern_ireland",)
    assert set(directory.service("rape_crisis_support_line").nations) == {"england", "wales"}
    # "free" only where FACTS says so
    assert not directory.service("stalking_helpline").free
    assert not directory.service("mens_advice_line").free
    assert directory.service("samaritans").free


def test_emergency_entries():
    emergency = load_directory().emergency
    assert emergency["immediate_danger"].phone == "999"
    silent = emergency["silent_solution"]
    assert "55" in silent.mobile and "999" in silent.mobile
    assert "don't need to press" in silent.landline
    assert emergency["non_emergency"].phone == "101"
    assert emergency["textphone"].phone == "18000"
    assert "register" in emergency["emergency_sms"].summary


def test_schemes_by_nation():
    directory = load_directory()
    assert directory.scheme("england") is directory.scheme("wales")
    ew = directory.scheme("england")
    assert ew.short_name == "Clare's Law (DVDS)"
    assert "28 days" in ew.timescale
    assert [r.name for r in ew.routes] == ["Right to Ask", "Right to Know"]
    assert "usually won't be told" in ew.who_receives
    scotland = directory.scheme("scotland")
    assert scotland.short_name == "DSDAS" and scotland.police == "Police Scotland"
    assert "45 days" in scotland.timescale and "secondary" in scotland.timescale_note
    ni = directory.scheme("northern_ireland")
    assert ni.short_name == "DVADS" and ni.police == "PSNI"
    assert ni.timescale is None
    with pytest.raises(KeyError):
        directory.scheme("france")


def test_service_lookup_unknown_id():
    with pytest.raises(KeyError):
        load_directory().service("nope")


# --- opening hours ---------------------------------------------------------

SATURDAY_LATE = datetime(2026, 11, 21, 23, 30, tzinfo=LONDON)
TUESDAY_11 = datetime(2026, 11, 24, 11, 0, tzinfo=LONDON)


def test_status_at_always_open_and_unknown():
    directory = load_directory()
    for now in (SATURDAY_LATE, TUESDAY_11):
        assert directory.service("ndah").status_at(now) == "open"
        assert directory.service("galop").status_at(now) == "unknown"
        assert directory.service("mens_advice_line").status_at(now) == "unknown"


def test_status_at_weekly_hours():
    fmu = load_directory().service("forced_marriage_unit")
    mankind = load_directory().service("mankind")
    assert fmu.status_at(TUESDAY_11) == "open"
    assert fmu.status_at(SATURDAY_LATE) == "closed"
    assert mankind.status_at(TUESDAY_11) == "open"
    assert mankind.status_at(TUESDAY_11.replace(hour=16)) == "closed"  # end is exclusive
    assert mankind.status_at(TUESDAY_11.replace(hour=9, minute=59)) == "closed"
    assert mankind.status_at(TUESDAY_11.replace(hour=10, minute=0)) == "open"


def test_status_at_converts_to_london_time_bst_and_gmt():
    fmu = load_directory().service("forced_marriage_unit")
    # 08:30 UTC is 09:30 BST in July (open) but 08:30 GMT in January (closed).
    assert fmu.status_at(datetime(2026, 7, 7, 8, 30, tzinfo=timezone.utc)) == "open"
    assert fmu.status_at(datetime(2026, 1, 13, 8, 30, tzinfo=timezone.utc)) == "closed"
    # Another zone: 04:30 in New York on a July Tuesday is 09:30 in London.
    new_york = ZoneInfo("America/New_York")
    assert fmu.status_at(datetime(2026, 7, 7, 4, 30, tzinfo=new_york)) == "open"


def test_status_at_across_the_dst_boundaries():
    fmu = load_directory().service("forced_marriage_unit")
    utc = timezone.utc
    # Clocks go forward on Sunday 29 March 2026.
    assert fmu.status_at(datetime(2026, 3, 27, 16, 30, tzinfo=utc)) == "open"    # Fri 16:30 GMT
    assert fmu.status_at(datetime(2026, 3, 30, 16, 30, tzinfo=utc)) == "closed"  # Mon 17:30 BST
    assert fmu.status_at(datetime(2026, 3, 30, 8, 30, tzinfo=utc)) == "open"     # Mon 09:30 BST
    # Clocks go back on Sunday 25 October 2026.
    assert fmu.status_at(datetime(2026, 10, 23, 8, 30, tzinfo=utc)) == "open"    # Fri 09:30 BST
    assert fmu.status_at(datetime(2026, 10, 26, 8, 30, tzinfo=utc)) == "closed"  # Mon 08:30 GMT
    # The same wall-clock time either side of the change.
    assert fmu.status_at(datetime(2026, 10, 26, 9, 0, tzinfo=LONDON)) == "open"


def test_status_at_rejects_naive_datetimes():
    directory = load_directory()
    for sid in ("ndah", "galop", "forced_marriage_unit"):
        with pytest.raises(ValueError, match="naive"):
            directory.service(sid).status_at(datetime(2026, 11, 24, 11, 0))


# --- validation ------------------------------------------------------------


def service_entry(data, service_id):
    return next(s for s in data["services"] if s["id"] == service_id)


def drop_sources(data):
    del service_entry(data, "galop")["sources"]


def bad_source(data):
    service_entry(data, "galop")["sources"] = ["galop.org.uk"]


def drop_checked(data):
    del service_entry(data, "galop")["checked"]


def bad_tel(data):
    service_entry(data, "galop")["tel"] = "+448009995429"


def tel_not_e164(data):
    service_entry(data, "galop")["tel"] = "08009995428"


def weekly_unverified(data):
    service_entry(data, "galop")["hours"]["weekly"] = {"mon": [["10:00", "17:00"]]}


def unknown_audience(data):
    service_entry(data, "galop")["audience"] = ["lgbt", "aliens"]


def unknown_nation(data):
    service_entry(data, "galop")["nations"] = ["england", "cornwall"]


def unknown_field(data):
    service_entry(data, "galop")["phnoe"] = "0800 999 5428"


def duplicate_id(data):
    service_entry(data, "mankind")["id"] = "galop"


def backwards_hours(data):
    service_entry(data, "forced_marriage_unit")["hours"]["weekly"]["mon"] = [["17:00", "09:00"]]


def always_open_unverified(data):
    hours = service_entry(data, "galop")["hours"]
    hours["always_open"] = True


def scheme_without_sources(data):
    del data["schemes"]["scotland"]["sources"]


def missing_scheme(data):
    del data["schemes"]["northern_ireland"]


def emergency_bad_tel(data):
    data["emergency"]["immediate_danger"]["tel"] = "+44999"


BROKEN = [
    (drop_sources, r"'galop'.*'sources'"),
    (bad_source, r"'galop'.*'sources'.*URL"),
    (drop_checked, r"'galop'.*'checked'"),
    (bad_tel, r"'galop'.*'tel'.*does not match"),
    (tel_not_e164, r"'galop'.*'tel'"),
    (weekly_unverified, r"'galop'.*'weekly'.*verified is false"),
    (unknown_audience, r"'galop'.*'audience'.*'aliens'"),
    (unknown_nation, r"'galop'.*'nations'.*'cornwall'"),
    (unknown_field, r"'galop'.*'phnoe'"),
    (duplicate_id, r"'galop'.*'id'.*duplicate"),
    (backwards_hours, r"'forced_marriage_unit'.*'weekly'"),
    (always_open_unverified, r"'galop'.*'always_open'"),
    (scheme_without_sources, r"scheme 'scotland'.*'sources'"),
    (missing_scheme, r"'schemes'.*'northern_ireland'"),
    (emergency_bad_tel, r"'immediate_danger'.*'tel'"),
]


@pytest.mark.parametrize("breaker, message", BROKEN, ids=[b.__name__ for b, _ in BROKEN])
def test_broken_yaml_raises_value_error_naming_entry_and_field(tmp_path, breaker, message):
    data = copy.deepcopy(RAW)
    breaker(data)
    with pytest.raises(ValueError, match=message):
        load_directory(write(tmp_path, data))


def test_invalid_yaml_syntax_raises_value_error(tmp_path):
    path = tmp_path / "services.yml"
    path.write_text("services: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid YAML"):
        load_directory(path)


def test_unchanged_copy_loads(tmp_path):
    directory = load_directory(write(tmp_path, copy.deepcopy(RAW)))
    assert directory == load_directory()
