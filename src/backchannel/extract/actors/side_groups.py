"""A group named in a person's title: "<demonym> separatist spokesman X" speaks for the separatists.

Why: a title premodified by the noun of a non-state group ("separatist", "rebel", "guerrilla")
says whom its holder serves; when the report makes that group an actor ("talks with the
separatists"), the holder's side is the group, not a state guessed from the neighbourhood.
"""

from __future__ import annotations

import re

from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState

RULE = "actors.side_groups.group_in_title"


def groups_in_titles(st: ActorState) -> None:
    """Named persons whose title holds the head noun of one unnamed group actor take that group's side."""
    lx = st.lx
    heads = lx.words.argument_only_heads | lx.definite_org_modifiers
    groups: dict[str, list[str]] = {}
    for a in st.ctx.actors.values():
        if a.kind == "group" and not a.named and a.name.split():
            stem = _stem(a.name.split()[-1], lx.words.regular_plural_suffix)
            if stem in heads:
                groups.setdefault(stem, []).append(a.id)
    if not groups:
        return
    for a in st.ctx.actors.values():
        if a.kind != "person" or not a.named or not (a.affiliation is None or a.traced("affiliation") in GUESSED):
            continue
        found = {g for d in a.descriptors for w in re.findall(r"[\w-]+", d.lower())
                 for g in groups.get(_stem(w, lx.words.regular_plural_suffix), [])}
        if len(found) == 1:
            st.set_affiliation(a, found.pop(), RULE)


def _stem(word: str, suffix: str) -> str:
    """The singular of a regular plural ("separatists" -> "separatist")."""
    w = word.lower()
    return w[: -len(suffix)] if w.endswith(suffix) and len(w) > len(suffix) + 2 else w
