"""`rasa data validate`, failing on every warning except the ones Rasa 3.6 gets wrong.

Rasa's validator warns that a response "is not used in any story or rule" when the response is
sent by something it doesn't read: a form asking for its slot (``utter_ask_<slot>``) or Harbour's
channels (empty, oversized and unknown-button messages, the no-reply fallback). Those, and only
those, are allowed here; a name that is no longer sent by anything is still an error.
"""
from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasa.shared.importers.importer import TrainingDataImporter  # noqa: E402
from rasa.utils.common import EXPECTED_WARNINGS  # noqa: E402
from rasa.validator import Validator  # noqa: E402

from harbour.channels import inputs as guard  # noqa: E402

CHANNEL_RESPONSES = {guard.EMPTY, guard.TOO_LONG, guard.UNKNOWN_BUTTON, guard.NO_REPLY}
# Responses Harbour's custom actions send or read by name (response="utter_...", or their text
# through actions.base.response_text): sent, though no story or rule names them.
_BY_NAME = re.compile(r"[\"'](utter_[a-z_]+)[\"']")
ACTION_RESPONSES = {
    name for path in sorted((ROOT / "actions").glob("*.py")) for name in _BY_NAME.findall(path.read_text())
} | {f"utter_ask_{q}" for q in ("check_afraid", "check_control", "check_hurt")}  # actions/abuse_check.ask
UNUSED = re.compile(r"The utterance '(?P<name>[^']+)' is not used in any story or rule\.")


def allowed(message: str, form_asks: set) -> bool:
    # Warnings Rasa itself always emits and filters from its own CLI output.
    if any(re.match(pattern, message) for _, pattern in EXPECTED_WARNINGS):
        return True
    match = UNUSED.search(message)
    return bool(match) and match.group("name") in (CHANNEL_RESPONSES | ACTION_RESPONSES | form_asks)


def main() -> int:
    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")]
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        validator = Validator.from_importer(importer)
        form_asks = {
            f"utter_ask_{slot}"
            for form in validator.domain.forms.values()
            for slot in form.get("required_slots", [])
        }
        checks = {
            # The same checks as `rasa data validate` (rasa/cli/utils.py validate_files).
            "domain": validator.verify_domain_validity(),
            "actions": validator.verify_actions_in_stories_rules(),
            "forms": validator.verify_forms_in_stories_rules(),
            "form slots": validator.verify_form_slots(),
            "slot mappings": validator.verify_slot_mappings(),
            "nlu": validator.verify_nlu(ignore_warnings=True),
            "story structure": validator.verify_story_structure(ignore_warnings=False),
        }
        validator.warn_if_config_mandatory_keys_are_not_set()
    problems = [
        str(w.message) for w in caught
        if issubclass(w.category, UserWarning) and not allowed(str(w.message), form_asks)
        and "rasa" in (w.filename or "")
    ]
    failed = [name for name, ok in checks.items() if not ok]
    for problem in problems:
        print(f"validate: {problem}", file=sys.stderr)
    if failed or problems:
        print(f"validate: FAILED ({', '.join(failed) or 'warnings'})", file=sys.stderr)
        return 1
    print(f"validate: domain, data and config are valid ({len(form_asks)} form questions and "
          f"{len(CHANNEL_RESPONSES)} channel responses are sent outside stories, as expected)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
