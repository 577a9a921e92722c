"""A bare given name shared by several full names is the one written last before it.

Why: a report may name two people with one given name ("President <Given> <A>" and "<Given> <B>") and
then the one it is about by the given name alone, in a quoted post or a later sentence ("<Given> will be
rejoining his family"). ``link_partial_names`` finds no unique full name and the bare name became a
third person. The nearest full name before every mention of the bare name is the reader's antecedent
(``actors.names.nearest_given_name``); nothing when the mentions point to different full names, when a
full name ends in the word (a surname: ``surname_not_kin`` decides those), or when no full name
precedes.
"""

from __future__ import annotations

from backchannel.extract.actors.state import Named
from backchannel.resolve.merge import name_tokens

RULE = "actors.names.nearest_given_name"


def nearest_given_name(nm: Named, persons: list[Named]) -> Named | None:
    """The full name ``nm`` (one word) abbreviates as its given name, by nearness; None if unsure."""
    toks = name_tokens(nm.name)
    if len(toks) != 1 or not nm.mentions:
        return None
    t = toks[0]
    if any(len(name_tokens(p.name)) > 1 and name_tokens(p.name)[-1] == t for p in persons):
        return None
    cands = [p for p in persons if p is not nm and len(name_tokens(p.name)) > 1 and name_tokens(p.name)[0] == t]
    if len(cands) < 2:
        return None
    chosen: set[int] = set()
    for start, _, _, _ in nm.mentions:
        best = max(((m[0], k) for k, p in enumerate(cands) for m in p.mentions if m[0] < start), default=None)
        if best is None:
            return None
        chosen.add(best[1])
    return cands[chosen.pop()] if len(chosen) == 1 else None
