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
