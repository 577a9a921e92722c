"""Training of :class:`~backchannel.learn.linear.LinearModel` (softmax regression, AdaGrad, L2).

Why hand-written: the data are a few thousand examples with tens of sparse
string features each; forty lines of numpy train them in seconds, and the
package needs no training library at run time or install time.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Sequence

import numpy as np

from backchannel.learn.linear import LinearModel

Example = tuple[Sequence[str], str]  # (features, label)


def fit(examples: Sequence[Example], labels: Sequence[str] | None = None, epochs: int = 12,
        rate: float = 0.3, l2: float = 1e-4, min_count: int = 2, seed: int = 13,
        class_weight: dict[str, float] | None = None) -> LinearModel:
    """Softmax regression over binary features seen at least ``min_count`` times.

    ``class_weight`` scales the loss of a label's examples (e.g. below 1 for a
    dominant "none" label). Deterministic for a given ``seed``.
    """
    labels = list(labels or sorted({y for _, y in examples}))
    index = {y: k for k, y in enumerate(labels)}
    counts = Counter(f for xs, _ in examples for f in set(xs))
    feats = sorted(f for f, n in counts.items() if n >= min_count)
    fidx = {f: k for k, f in enumerate(feats)}
    rows = [(np.array(sorted({fidx[f] for f in xs if f in fidx}), dtype=np.int64), index[y]) for xs, y in examples]
    cw = np.array([(class_weight or {}).get(y, 1.0) for y in labels])
    w = np.zeros((len(feats), len(labels)))
    b = np.zeros(len(labels))
    gw = np.full_like(w, 1e-8)
    gb = np.full_like(b, 1e-8)
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            x, y = rows[i]
            s = b + (w[x].sum(axis=0) if len(x) else 0.0)
            p = np.exp(s - s.max())
            p /= p.sum()
            g = p.copy()
            g[y] -= 1.0
            g *= cw[y]
            if len(x):
                gx = g[None, :] + l2 * w[x]
                gw[x] += gx * gx
                w[x] -= rate * gx / np.sqrt(gw[x])
            gb += g * g
            b -= rate * g / np.sqrt(gb)
    return LinearModel(labels=labels, bias=b.tolist(), weights={f: w[k].tolist() for f, k in fidx.items()},
                       meta={"examples": len(rows), "features": len(feats), "epochs": epochs, "l2": l2,
                             "min_count": min_count, "class_weight": class_weight or {}})
