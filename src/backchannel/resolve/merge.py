"""Grouping of name mentions into actors: full names, surnames, given names, aliases.

Why a separate step: spaCy gives one entity per mention; an actor is the set of
mentions that name the same party. Within one news report, a one-word name that
equals the last (or, failing that, the first) word of exactly one multi-word
person name is that person ("Witkoff" -> "Steve Witkoff", "Anwar" -> "Anwar
Ibrahim"), and a shorter multi-word name whose first and last words match a
longer one is the same person ("Recep Erdogan" / "Recep Tayyip Erdogan").
"""

from __future__ import annotations

from backchannel.resolve.lexicon import fold


def name_tokens(name: str) -> list[str]:
    return [t for t in fold(name).replace("-", " ").split() if t]


def link_partial_names(full_names: list[str], name: str) -> str | None:
    """The unique full name that ``name`` abbreviates (surname, given name, or first+last)."""
    toks = name_tokens(name)
    if not toks:
        return None
    if len(toks) == 1:
        t = toks[0]
        last = [f for f in full_names if len(name_tokens(f)) > 1 and name_tokens(f)[-1] == t]
        if len(last) == 1:
            return last[0]
        if last:
            return None
        first = [f for f in full_names if len(name_tokens(f)) > 1 and name_tokens(f)[0] == t]
        return first[0] if len(first) == 1 else None
    cands = [f for f in full_names if len(name_tokens(f)) > len(toks)
             and name_tokens(f)[0] == toks[0] and name_tokens(f)[-1] == toks[-1]]
    return cands[0] if len(cands) == 1 else None
