"""Every number the deployer documents may contain, and where it comes from.

tests/test_docs_figures.py fails on any number in docs/dpia.md, docs/transparency-record.md,
docs/deploying.md, docs/accessibility-statement.md or the served accessibility statement that is
not listed here. Measured figures (recall, false alarms, pass rates, accuracy, latency, memory)
must never be listed: the documents name the artifact file and key instead (artifacts/
nlu_report.json and artifacts/conversations.json from `make test`, artifacts/bench.json from
`make bench`), because a measured figure changes with every release and a copied one goes stale.
"""
from __future__ import annotations

from typing import Dict

# Percentages: only zoom levels, never a measurement.
PERCENTAGES: Dict[str, str] = {
    "200%": "zoom level the accessibility tests use (WCAG 2.2 1.4.4 and 2.4.11 checks at 200% zoom)",
    "400%": "zoom level in GOV.UK's model accessibility statement (WCAG 2.2 1.4.10 Reflow)",
}

# Numbers that are settings, rules, phone numbers, versions, dates of laws or headings' numbering.
NUMBERS: Dict[str, str] = {
    "999": "emergency number (harbour/content/services.yml, emergency.immediate_danger)",
    "55": "the Silent Solution key press (services.yml, emergency.silent_solution)",
    "101": "police non-emergency number (services.yml; FACTS.md §4)",
    "2018": "the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018",
    "2.2": "WCAG version 2.2",
    "3.6": "Rasa Open Source 3.6 (requirements.lock)",
    "2.0": "Apache License 2.0 (Rasa's licence)",
    "1.2": "TLS 1.2, the minimum in docs/deploying.md",
    "2.4.11": "WCAG 2.2 success criterion 2.4.11 Focus Not Obscured (Minimum)",
    "2.5.8": "WCAG 2.2 success criterion 2.5.8 Target Size (Minimum)",
    "3.3.8": "WCAG 2.2 success criterion 3.3.8 Accessible Authentication (Minimum)",
    "24": "WCAG 2.5.8's 24 by 24 CSS pixel minimum target size",
    "320": "WCAG 1.4.10's 320 CSS pixel reflow width, which the tests use",
    "1280": "the wide viewport the widget's accessibility tests use (tests/e2e/test_widget_a11y.py)",
    "96": "the scroll-padding-bottom, in CSS pixels, that web/demo/demo.css sets and deployers copy",
    "30": "idle_minutes, the default minutes a conversation lives without a message (endpoints.yml)",
    "13": "retention_months, the statistics' default retention (harbour/stats/settings.py)",
    "48": "hours Telegram lets a bot delete messages in a private chat (README, Telegram)",
    "32": "minimum random characters for HARBOUR_STORE_SECRET and TELEGRAM_SECRET_TOKEN (README)",
    "12": "minimum staff password length (harbour/dashboard/accounts.py)",
    "0.0.0.0": "the wildcard address (HARBOUR_DASHBOARD_ALLOWED_HOSTS is required on it)",
}
# Small integers number steps, risks, sections and list items (the ICO template's steps 1-7,
# the DPIA's risks 1-11, ATRS sections 1-5), and k = 5 (counts under 5 hidden,
# harbour/stats/settings.py) and "press Shift 3 times" (GOV.UK's Exit this page).
NUMBERS.update({str(n): "numbering of steps, risks, sections and list items" for n in range(1, 14)})
NUMBERS.update({
    "5": "k, the small-count threshold (harbour/stats/settings.py); also numbering",
    "3": "Shift pressed 3 times (GOV.UK's Exit this page); also numbering",
})
# The ATRS tier 2 section numbers (1.1 Organisation ... 5.2 Risks and mitigations).
ATRS_SECTIONS = (
    "1.1 1.2 1.3 1.4 1.4.1 1.4.2 1.4.3 1.4.4 2.1 2.2 2.3 2.4 2.5 3.1 3.2 3.3 3.4 3.5 3.6 "
    "4.1.1 4.1.2 4.1.3 4.1.4 4.2 4.2.1 4.2.2 4.2.3 4.2.4 4.2.5 4.2.6 4.2.7 4.2.8 4.2.9 4.3 4.3.1 4.3.2 "
    "4.3.3 4.3.4 4.3.5 4.3.6 4.3.7 4.3.8 4.3.9 4.3.10 4.3.11 5.1 5.2"
).split()
NUMBERS.update({section: "an ATRS tier 2 section number" for section in ATRS_SECTIONS if section not in NUMBERS})
