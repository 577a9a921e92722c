"""A multinomial linear model over sparse string features, stored as JSON.

Why not pickle or a framework: the weights must ship inside the package, load
on any Python without the library that trained them, and stay readable (a
reviewer can see which features carry weight). Features are strings
("lemma=meet", "path=nsubj^>prep>pobj"); a feature absent from the weights
counts zero.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable


@dataclass(slots=True)
class LinearModel:
    """Labels, one bias per label, and per feature one weight per label."""

    labels: list[str]
    bias: list[float]
    weights: dict[str, list[float]]
    meta: dict[str, Any] = field(default_factory=dict)

    def scores(self, features: Iterable[str]) -> list[float]:
        """The raw score of every label (bias plus the weights of the features present)."""
        out = list(self.bias)
        for f in set(features):
            w = self.weights.get(f)
            if w is not None:
                for k, v in enumerate(w):
                    out[k] += v
        return out

    def proba(self, features: Iterable[str]) -> dict[str, float]:
        """Softmax of :meth:`scores`, keyed by label."""
        s = self.scores(features)
        top = max(s)
        ex = [math.exp(v - top) for v in s]
        total = sum(ex)
        return {label: e / total for label, e in zip(self.labels, ex)}

    def best(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable label and its probability."""
        p = self.proba(features)
        label = max(p, key=lambda k: p[k])
        return label, p[label]

    def to_json(self, digits: int = 4, floor: float = 1e-3) -> str:
        """JSON with weights rounded and near-zero features dropped (keeps the file small)."""
        kept = {f: [round(v, digits) for v in w] for f, w in sorted(self.weights.items())
                if max(abs(v) for v in w) >= floor}
        return json.dumps({"labels": self.labels, "bias": [round(b, digits) for b in self.bias],
                           "weights": kept, "meta": self.meta}, indent=0, sort_keys=False)

    def save(self, path: Path) -> None:
        path.write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearModel:
        return cls(labels=list(data["labels"]), bias=list(data["bias"]),
                   weights={k: list(v) for k, v in data["weights"].items()}, meta=dict(data.get("meta", {})))

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))


@cache
def packaged(name: str) -> LinearModel | None:
    """The model ``data/learned/<name>.json`` shipped with the package (None when absent)."""
    ref = resources.files("backchannel") / "data" / "learned" / f"{name}.json"
    if not ref.is_file():
        return None
    return LinearModel.from_dict(json.loads(ref.read_text(encoding="utf-8")))
