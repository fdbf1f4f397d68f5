"""all-MiniLM-L6-v2 in NumPy: a sentence encoder with no PyTorch (scripts/build_encoder.py fetches it).

BERT's uncased WordPiece tokenizer, six transformer layers and mean pooling, as sentence-transformers
runs the model, normalised to unit length. Checked against the model card's output for "This is an
example sentence" (tests/nlu/test_sentence_encoder.py). About 7 ms a message on one core here.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Dict, List

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf

DEFAULT_DIR = Path(__file__).resolve().parents[2] / ".harbour" / "encoder" / "all-MiniLM-L6-v2"
MAX_TOKENS = 128
_PUNCTUATION = re.compile(r"([^\w])")


class SentenceEncoder:
    """Turns a text into a 384-number unit vector."""

    def __init__(self, directory: Path = DEFAULT_DIR) -> None:
        if not (directory / "model.safetensors").is_file():
            raise FileNotFoundError(f"No sentence encoder in {directory}: run `make setup` (scripts/build_encoder.py).")
        self._weights: Dict[str, np.ndarray] = load_file(str(directory / "model.safetensors"))
        with (directory / "vocab.txt").open(encoding="utf-8") as handle:
            self._vocab = {token.rstrip("\n"): index for index, token in enumerate(handle)}
        config = json.loads((directory / "config.json").read_text())
        self._layers = config["num_hidden_layers"]
        self._heads = config["num_attention_heads"]
        self.size = config["hidden_size"]

    def tokens(self, text: str) -> List[int]:
        """WordPiece ids as BERT's uncased tokenizer gives them, with [CLS] and [SEP]."""
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(char for char in text if unicodedata.category(char) != "Mn")
        ids = [self._vocab["[CLS]"]]
        for word in (piece for chunk in text.split() for piece in _PUNCTUATION.split(chunk) if piece):
            start, pieces = 0, []
            while start < len(word):
                end, found = len(word), None
                while start < end:
                    candidate = word[start:end] if start == 0 else "##" + word[start:end]
                    if candidate in self._vocab:
                        found = self._vocab[candidate]
                        break
                    end -= 1
                if found is None:
                    pieces = [self._vocab["[UNK]"]]
                    break
                pieces.append(found)
                start = end
            ids.extend(pieces)
        return ids[: MAX_TOKENS - 1] + [self._vocab["[SEP]"]]

    def _w(self, name: str) -> np.ndarray:
        return self._weights[name]

    @staticmethod
    def _norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * gain + bias

    def encode(self, text: str) -> np.ndarray:
        """The mean of the last layer's token vectors, scaled to length 1."""
        ids = self.tokens(text or "")
        n = len(ids)
        w = self._w
        x = w("embeddings.word_embeddings.weight")[ids] + w("embeddings.position_embeddings.weight")[:n] + w("embeddings.token_type_embeddings.weight")[0]
        x = self._norm(x, w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias"))
        heads = self._heads
        size = x.shape[1] // heads
        for layer in range(self._layers):
            p = f"encoder.layer.{layer}."

            def linear(h: np.ndarray, name: str, p: str = p) -> np.ndarray:
                return h @ w(p + name + ".weight").T + w(p + name + ".bias")

            q, k, v = (linear(x, f"attention.self.{part}").reshape(n, heads, size).transpose(1, 0, 2) for part in ("query", "key", "value"))
            scores = q @ k.transpose(0, 2, 1) / np.sqrt(size)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, -1)
            x = self._norm(x + linear(context, "attention.output.dense"), w(p + "attention.output.LayerNorm.weight"), w(p + "attention.output.LayerNorm.bias"))
            hidden = linear(x, "intermediate.dense")
            hidden = 0.5 * hidden * (1.0 + erf(hidden / np.sqrt(2.0)))
            x = self._norm(x + linear(hidden, "output.dense"), w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias"))
        pooled = x.mean(0)
        return pooled / np.linalg.norm(pooled)
