"""The widget's source keeps its promises: its built-in numbers match the directory, and it uses
no API that could inject HTML, run strings as code or leave a trace in the browser."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from harbour.services import load_directory

ROOT = Path(__file__).resolve().parents[2]
WIDGET = ROOT / "web" / "widget" / "harbour-widget.js"
DEMO = ROOT / "web" / "demo" / "index.html"


def source() -> str:
    return WIDGET.read_text(encoding="utf-8")


def built_in() -> dict:
    block = re.search(r"const EMERGENCY = \{(.*?)\};", source(), re.DOTALL)
    assert block, "the widget's built-in emergency text is missing"
    return dict(re.findall(r'(\w+): "([^"]*)"', block.group(1)))


def test_built_in_emergency_text_matches_the_services_directory():
    directory = load_directory()
    danger = directory.emergency["immediate_danger"]
    silent = directory.emergency["silent_solution"]
    helpline = next(service for service in directory.services if service.id == "ndah")
    numbers = built_in()
    assert numbers["danger"] == danger.phone == silent.phone
    assert f"press {numbers['silentKeys']}" in silent.mobile
    assert numbers["helplineName"] == helpline.name
    assert numbers["helplinePhone"] == helpline.phone and numbers["helplineTel"] == helpline.tel
    assert helpline.hours.always_open and "24 hours" in numbers["helplineHours"]
    assert ("free" in numbers["helplineHours"]) == helpline.free


def test_the_comment_points_to_the_directory_entries_it_mirrors():
    text = source()
    for entry in ("harbour/content/services.yml", "immediate_danger", "silent_solution", "id: ndah"):
        assert entry in text


def test_the_demo_page_states_only_directory_numbers():
    directory = load_directory()
    known = {e.phone for e in directory.emergency.values() if e.phone} | {"55"}
    stated = set(re.findall(r"\b\d{2,}(?: \d{3,4})*\b", DEMO.read_text(encoding="utf-8")))
    assert stated and stated <= known, stated - known


@pytest.mark.parametrize(
    "forbidden",
    [
        r"\.innerHTML", r"\.outerHTML", r"insertAdjacentHTML", r"document\.write", r"\beval\(",
        r"new Function", r"setTimeout\(\s*['\"`]", r"localStorage", r"sessionStorage", r"indexedDB",
        r"document\.cookie", r"serviceWorker", r"caches\.", r"\bfetch\(",
        r"XMLHttpRequest", r"createContextualFragment", r"DOMParser", r"srcdoc", r"console\.log",
    ],
)
def test_the_widget_never_uses(forbidden):
    assert not re.search(forbidden, source()), forbidden


def test_its_only_beacon_is_the_forget_request():
    beacons = re.findall(r"sendBeacon\(([^;]*)\);", source(), re.DOTALL)
    assert len(beacons) == 1 and "settings.forgetPath" in beacons[0] and "forgetBody()" in beacons[0]
    assert '"/webhooks/socketio/forget"' in source()  # the default forget path: the channel's route
    # Never built from the socket.io path (a moved socket path broke forget).
    assert not re.search(r"socketPath[^;\n]*webhooks", source())


def test_links_it_builds_are_only_tel_sms_and_http():
    schemes = set(re.findall(r'"(\w+):" \+', source()))
    assert schemes == {"tel", "sms"}


# ---- Welsh (README, "Welsh"): the widget's own words in Welsh, key for key ----------------------

WELSH_DEMO = ROOT / "web" / "demo" / "cy.html"
# Names, the same in both languages.
SAME_IN_WELSH = {"title", "bot"}


def table(name: str) -> str:
    """The body of ``const <name> = { ... };`` in the widget."""
    block = re.search(rf"const {name} = \{{\n(.*?)\n  \}};", source(), re.DOTALL)
    assert block, f"the widget's {name} table is missing"
    return block.group(1)


def entries(name: str) -> dict:
    """Each top-level key of a table with its source (a string, a function or the status object)."""
    parts = re.split(r"^    (\w+):", table(name), flags=re.MULTILINE)
    keys = parts[1::2]
    assert len(keys) == len(set(keys)), f"a key appears twice in {name}"
    return dict(zip(keys, parts[2::2]))


def status_keys(entry: str) -> list:
    return re.findall(r"(\w+): \"", entry)


def arguments(entry: str):  # noqa: ANN201 - the argument's name, or None for a plain string
    function = re.match(r"\s*\((\w*)\) =>", entry)
    return function.group(1) if function else None


def test_the_welsh_table_has_exactly_the_english_keys():
    english, welsh = entries("TEXT"), entries("TEXT_CY")
    assert list(welsh) == list(english)
    assert status_keys(welsh["status"]) == status_keys(english["status"]) == ["open", "closed", "unknown"]
    # A function in English (shiftLeft, retrying, danger, helpline) is one in Welsh, with the same argument.
    assert {key: arguments(welsh.get(key, "")) for key in english} == {key: arguments(english[key]) for key in english}


def test_every_number_in_an_english_string_is_in_its_welsh_one():
    english, welsh = entries("TEXT"), entries("TEXT_CY")
    missing = {
        key: sorted(set(re.findall(r"\d+", english[key])) - set(re.findall(r"\d+", welsh.get(key, ""))))
        for key in english
    }
    assert {key: numbers for key, numbers in missing.items() if numbers} == {}


def test_every_welsh_string_is_written_in_welsh_not_copied():
    english, welsh = entries("TEXT"), entries("TEXT_CY")
    copied = {key for key in english if key not in SAME_IN_WELSH and english[key].strip() == welsh.get(key, "").strip()}
    assert copied == set()


def test_the_welsh_emergency_text_has_999_and_55_and_the_same_helpline():
    block = re.search(r"const EMERGENCY_CY = \{(.*?)\};", source(), re.DOTALL)
    assert block, "the widget's built-in Welsh emergency text is missing"
    welsh, english = dict(re.findall(r'(\w+): "([^"]*)"', block.group(1))), built_in()
    assert welsh.keys() == english.keys()
    assert welsh["danger"] == "999" and welsh["silentKeys"] == "55"
    for same in ("helplineName", "helplinePhone", "helplineTel"):  # a service keeps its English name
        assert welsh[same] == english[same]
    assert "24" in welsh["helplineHours"]
    sentences = entries("TEXT_CY")
    assert "${e.danger}" in sentences["danger"] and "${e.silentKeys}" in sentences["danger"]
    assert "${e.helplineName}" in sentences["helpline"] and "${e.helplinePhone}" in sentences["helpline"]


def test_a_fluent_welsh_speaker_must_check_the_welsh_before_launch():
    comment = source().split("const TEXT_CY = {", 1)[0].rsplit("};", 1)[-1]
    assert "fluent Welsh speaker" in comment and 'README, "Welsh"' in comment


def test_the_welsh_demo_page_states_only_directory_numbers_and_asks_for_welsh():
    directory = load_directory()
    known = {e.phone for e in directory.emergency.values() if e.phone} | {"55"}
    page = WELSH_DEMO.read_text(encoding="utf-8")
    stated = set(re.findall(r"\b\d{2,}(?: \d{3,4})*\b", page))
    assert stated and stated <= known, stated - known
    assert '<html lang="cy">' in page and 'data-lang="cy"' in page


def test_the_demo_pages_link_to_each_other():
    english, welsh = DEMO.read_text(encoding="utf-8"), WELSH_DEMO.read_text(encoding="utf-8")
    assert '<a href="/cy" lang="cy" hreflang="cy">Cymraeg</a>' in english
    assert '<a href="/" lang="en" hreflang="en">English</a>' in welsh
