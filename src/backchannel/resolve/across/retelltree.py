"""A fact retold by n reports gets n - 1 corroborations, not one per pair (rule ``across.links.retell_tree``).

Why a tree: a corroboration says "this report carries what that one carries". When
five outlets quote one statement, the ten pairs of retellings say no more than four
links to one of them; the other six are the same agreement counted again, and a
reader (or a scorer that matches links one to one) sees six links nobody would draw.
Acts and statements already link their reports as a star (:func:`.links.star_pairs`);
retellings found by word weights alone (:func:`.links.similar_claims`) had none.

How: the passages are the nodes (an act's evidence sentence, the sentence that holds a
claim, a span; :func:`.retell.passage_of`). Every corroboration already made joins its
two passages first; then the retellings, most similar first (ties: the order they were
found), each kept only when its two passages are not yet joined: a maximum spanning
forest over the retellings. Nothing is merged or dropped but a retelling that a path of
stronger corroborations already says; contradictions are untouched.

Rule ``across.links.retell_disputed`` (s44): a retelling between two ends (claims) that a contradiction already joins
is dropped: words shared made "X mediated the exchange between Lorvia and Norland" and "the only countries that
negotiated were Lorvia and Norland" look retold, but the two cannot both be true, so one cannot carry the other.
"""

from __future__ import annotations

from collections.abc import Callable

from backchannel.resolve.across.retell import CORROBORATES

RULE = "across.links.retell_tree"


def retell_tree(made: list[dict], retold: list[tuple[float, dict]], passage: Callable[[dict], tuple]) -> list[dict]:
    """The retellings to keep, in order of similarity: those that join passages not yet joined."""
    parent: dict[tuple, tuple] = {}

    def find(x: tuple) -> tuple:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: dict, b: dict) -> bool:
        ra, rb = find(passage(a)), find(passage(b))
        if ra == rb:
            return False
        parent[ra] = rb
        return True

    disputed = set()
    for lk in made:
        if lk["kind"] == CORROBORATES:
            join(lk["a"], lk["b"])
        elif "claim" in lk["a"] and "claim" in lk["b"]:  # across.links.retell_disputed (retellings join claims)
            disputed.add(frozenset((_end(lk["a"]), _end(lk["b"]))))
    kept = []
    # rounded: a cosine summed over a set varies in its last bits with the hash seed
    order = sorted(range(len(retold)), key=lambda k: (-round(retold[k][0], 9), k))
    for k in order:
        lk = retold[k][1]
        if (not disputed or frozenset((_end(lk["a"]), _end(lk["b"]))) not in disputed) and join(lk["a"], lk["b"]):
            kept.append({**lk, "note": f"{lk['note']} [{RULE}]"})
    return kept


def _end(end: dict) -> tuple[str, str]:
    """A claim end as a key: its report and its claim (not its passage: a long sentence holds claims that agree and
    claims that do not)."""
    return (end.get("doc", ""), end.get("claim", ""))
