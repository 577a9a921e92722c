"""A state named only as the country of a group ("Yemen's Houthis") is not the party of the act.

Why: "a ceasefire deal between Lorvia's Karst Front and Ostrava" tells the Front's deal; a report
whose extraction put the state at the act's end tells another act than the reports that name the
Front, and the event of the deal splits in two across reports (the state and the group are two
named parties, never one event). The possessive of origin is one of the commonest ways news names
an armed group or a party ("Lebanon's Hezbollah", "Colombia's ELN").

Rule ``across.events.possessive_origin``: an end of an act that is a state whose every mention in
the act's sentence is a possessive ("'s", "’s") followed at once by a mention of one group or
organisation of the report reads as that group, unless the group is the act's other end.
"""

from __future__ import annotations

import re

from backchannel.model import Dossier

RULE = "across.events.possessive_origin"
POSSESSIVE = re.compile(r"['’]s\s+(?:the\s+)?")
GROUPS = frozenset({"organization", "group"})


def origin_ends(text: str, d: Dossier) -> dict[tuple[str, str], str]:
    """(interaction id, "source" | "target") -> the group actor id the state end reads as."""
    states = {a.id: a for a in d.actors if a.kind == "state"}
    if not states:
        return {}
    ends = [(i, fld, other) for i in d.interactions if "s " in i.evidence.text and POSSESSIVE.search(i.evidence.text)
            for fld, end, other in (("source", i.source, i.target), ("target", i.target, i.source)) if end in states]
    if not ends:
        return {}
    names = sorted(((n, a.id) for a in d.actors if a.kind in GROUPS for n in (a.name, *a.aliases) if len(n) > 2),
                   key=lambda x: -len(x[0]))
    out: dict[tuple[str, str], str] = {}
    for i, fld, other in ends if names else []:
        ev = i.evidence
        inside = [m.end for m in states[getattr(i, fld)].mentions if ev.start <= m.start and m.end <= ev.end]
        heads = {group_after(text, e, names) for e in inside}
        if len(heads) == 1 and (g := heads.pop()) is not None and g != other:
            out[(i.id, fld)] = g
    return out


def group_after(text: str, at: int, names: list[tuple[str, str]]) -> str | None:
    """The group whose name (or alias) is written right after a possessive at ``at`` ("Yemen| ’s Houthis"),
    or None: by its name, since the extractor may have kept no mention there."""
    m = POSSESSIVE.match(text, at)
    if not m:
        return None
    def whole(end: int) -> bool:  # the name ends there, or its plural does ("Houthi" / "Houthis")
        nxt = text[end:end + 2]
        return not nxt[:1].isalnum() or (nxt[:1] == "s" and not nxt[1:].isalnum())

    return next((aid for n, aid in names if text.startswith(n, m.end()) and whole(m.end() + len(n))), None)
