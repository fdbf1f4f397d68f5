"""Name, find and train Harbour's model: one model per fingerprint of everything it is trained on.

    python scripts/model.py path     # prints models/harbour-<fingerprint>.tar.gz
    python scripts/model.py ensure   # trains only if that file doesn't exist yet

A trained model is also kept in ~/.cache/harbour/models (HARBOUR_MODEL_CACHE), so a fresh clone
of the same data on the same machine reuses it instead of training again.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "models"
CACHE = Path(os.environ.get("HARBOUR_MODEL_CACHE", Path.home() / ".cache" / "harbour" / "models"))
# Everything that changes what training produces.
INPUTS = [
    "config.yml",
    "domain.yml",
    "data",
    "harbour/nlu",
    "scripts/build_spacy.py",
    "scripts/build_encoder.py",
]
# harbour/content/places.yml is not an input: the place gazetteer is read when a model is loaded
# (PlaceNormaliser and ProfileExtractor, both after the classifier), so a town added to it takes
# effect on the next start, with no retrain.
# Read at prediction time only, never stored in the model: the safety net's patterns and the
# rules of the untrained components after the classifier (who/where, typed answers, refusals).
# Changing them must not cost a retrain (they are fixed more often than anything else).
INFERENCE_ONLY = {
    ROOT / "harbour" / "nlu" / name
    for name in (
        "danger.py", "danger_patterns.py", "danger_near_patterns.py", "danger_more_patterns.py", "self_harm_patterns.py",
        "profile.py", "profile_extractor.py", "refusals.py", "safety_net.py", "topic_words.py",
        "welsh_patterns.py", "language.py", "welsh_profile.py", "places.py", "place_normaliser.py", "asked_words.py", "score_alone.py", "access_words.py",
        "partner_words.py", "scheme_words.py",
    )
}
# Pinned packages whose version changes what training produces (not the whole lock file, so adding
# a test or dashboard dependency doesn't force a retrain).
TRAINING_PACKAGES = re.compile(
    r"^(rasa|rasa-sdk|spacy|spacy-lookups-data|thinc|tensorflow[a-z-]*|keras|numpy|scipy|scikit-learn"
    r"|tensorflow-addons|sklearn-crfsuite)==\S+",
    re.IGNORECASE | re.MULTILINE,
)


def _files() -> list[Path]:
    found: list[Path] = []
    for name in INPUTS:
        path = ROOT / name
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and "__pycache__" not in p.parts and p not in INFERENCE_ONLY
            )
        elif path.is_file():
            found.append(path)
    return found


def fingerprint() -> str:
    digest = hashlib.sha256()
    for path in _files():
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    lock = ROOT / "requirements.lock"
    pins = sorted(m.group(0).lower() for m in TRAINING_PACKAGES.finditer(lock.read_text()))
    digest.update("\n".join(pins).encode())
    return digest.hexdigest()[:16]


def model_path() -> Path:
    return MODELS / f"harbour-{fingerprint()}.tar.gz"


def ensure() -> Path:
    target = model_path()
    if target.is_file():
        print(f"Model up to date: {target.relative_to(ROOT)}")
        return target
    cached = CACHE / target.name
    MODELS.mkdir(exist_ok=True)
    if cached.is_file():
        shutil.copy2(cached, target)
        print(f"Model reused from {cached}")
        return target
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    command = [
        sys.executable, "-m", "rasa", "train", "--config", "config.yml", "--domain", "domain.yml",
        "--data", "data", "--out", str(MODELS), "--fixed-model-name", target.name[: -len(".tar.gz")],
    ]
    print("Training Harbour's model (a few minutes on 2 cores)...", flush=True)
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    print(f"Trained {target.relative_to(ROOT)} in {time.monotonic() - started:.0f} s", flush=True)
    for old in MODELS.glob("harbour-*.tar.gz"):
        if old != target:
            old.unlink()
    try:
        CACHE.mkdir(parents=True, exist_ok=True)
        shutil.copy2(target, cached)
    except OSError as error:  # a read-only home must not fail the build
        print(f"(Could not cache the model in {CACHE}: {error})")
    return target


def main(argv: list[str]) -> int:
    if argv[1:] == ["path"]:
        print(model_path().relative_to(ROOT))
        return 0
    if argv[1:] == ["ensure"]:
        ensure()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
