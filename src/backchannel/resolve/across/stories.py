"""Stories: the documents of a set grouped by what they tell, before their descriptions are compared.

Why: "the driver", "the host" or "the woman" in two reports of one incident are
usually one person, in reports of two incidents never. A set of documents on one
topic often holds several incidents (two earthquakes in one region, two hosts of
one ceremony in different years); grouping the documents by the words they share
(tf-idf cosine, average linkage, stopped at a threshold) tells which descriptions
may meet. Names are not limited by stories: "Barack Obama" is one person in any
story.

Cost: average linkage over all pairs of documents, cubic in their number; meant
for the documents of one topic (tens), not for a whole corpus.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from backchannel.resolve.across.words import words

STORY_THRESHOLD = 0.05  # mean cosine under which two groups of documents tell different stories
_WORD = re.compile(r"[^\W\d_]{3,}")


def vectors(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """Unit tf-idf vectors (log term frequency, smoothed idf) over content words."""
    stop = words().statement_stop | words().stop
    tf = {d: Counter(w for w in _WORD.findall(t.lower()) if w not in stop) for d, t in texts.items()}
    df: Counter[str] = Counter()
    for c in tf.values():
        df.update(c.keys())
    n = len(texts)
    out = {}
    for d, c in tf.items():
        v = {w: (1 + math.log(k)) * math.log((n + 1) / (df[w] + 1)) for w, k in c.items()}
        z = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out[d] = {w: x / z for w, x in v.items() if x}
    return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def story_groups(texts: dict[str, str], threshold: float = STORY_THRESHOLD) -> dict[str, str]:
    """Document id -> story id (the first document id of its group, in sorted order).

    Average linkage: the two groups with the highest mean pairwise cosine merge
    until no two groups reach ``threshold``.
    """
    vec = vectors(texts)
    ids = sorted(texts)
    groups: dict[int, list[str]] = {i: [d] for i, d in enumerate(ids)}
    sim = {(i, j): cosine(vec[ids[i]], vec[ids[j]]) for i in groups for j in groups if i < j}
    while sim:
        (i, j), best = max(sim.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
        if best < threshold:
            break
        ni, nj = len(groups[i]), len(groups[j])
        groups[i] += groups.pop(j)
        for k in groups:
            if k in (i, j) or k == i:
                continue
            a = sim.pop((min(i, k), max(i, k)))
            b = sim.pop((min(j, k), max(j, k)))
            sim[(min(i, k), max(i, k))] = (a * ni + b * nj) / (ni + nj)
        sim.pop((i, j))
    return {d: min(g) for g in groups.values() for d in g}


def story_role_keys(head_words: list[str], story: str | None) -> set[str]:
    """``story|head`` keys: the head words of a person's descriptors, or of a description, within one story.

    Why heads and not whole descriptors: "a British climber" and "climber Petra
    Lind" share the head only; within one story a head held by one named person
    alone is strong evidence ("the host" of one ceremony), across stories none.
    """
    if story is None:
        return set()
    return {f"{story}|{h}" for h in head_words if h and h not in words().pronouns}
