"""A group named in a person's title: "militant spokesman X" speaks for "the separatist militants".

Why: a title premodified by the noun of a non-state group ("separatist", "rebel", "militant")
says whom its holder serves; when the report makes that group an actor ("talks with the
separatist militants"), the holder's side is the group, not a state guessed from the neighbourhood.
An unnamed actor described by such a word ("rebel negotiators") belongs to the movement named.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import lexicon as resolve_lexicon

RULE = "actors.side_groups.group_in_title"


def groups_in_titles(st: ActorState) -> None:
    """Named persons whose title holds the head noun of one unnamed group actor take that group's side."""
    lx = st.lx
    heads = lx.definite_org_modifiers | lx.definite_org_heads
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


ARMED = "actors.side_groups.armed_modifier_side"
FILE = "affiliations.toml"


SEVERAL = "actors.side_groups.several_movements"


@cache
def _several() -> frozenset[str]:
    """Organisation nouns whose plural names several organisations (``side_groups.several_org_heads``)."""
    return frozenset(word_list(FILE, "side_groups.several_org_heads", read(FILE)["side_groups"]["several_org_heads"]))


def several_movements(span: Span) -> bool:
    """Rule SEVERAL_MOVEMENTS: "three armed groups", "an alliance of armed ethnic groups": a plural
    organisation noun that is counted or that makes up a collective is several movements, none of
    them a member of the one named last, so it takes no side from it (a bare plural, "talks with
    'terrorist groups'", may be a label for that one movement)."""
    root = span.root
    if root.tag_ not in ("NNS", "NNPS") or root.lemma_.lower() not in _several() or root.lower_ == root.lemma_.lower():
        return False
    counted = any(c.dep_ == "nummod" for c in root.children)
    part_of = root.dep_ == "pobj" and root.head.lower_ == resolve_lexicon().words.of and root.head.head.pos_ in ("NOUN", "PROPN")
    return counted or part_of


@cache
def _unarmed() -> frozenset[str]:
    """Modifiers of ``definite_org_modifiers`` that name no armed movement ("regional", "opposition")."""
    return frozenset(word_list(FILE, "side_groups.unarmed_modifiers", read(FILE)["side_groups"]["unarmed_modifiers"]))


def armed_modifier_sides(st: ActorState) -> None:
    """ "rebel negotiators", "armed, uniformed fighters": an unnamed actor with no side whose
    description carries a word of armed, rebel or separatist movements (``definite_org_modifiers``)
    belongs to the non-state organisation named last before it (a state's body, a bloc or an
    outlet is none)."""
    lx, acts = st.lx, st.ctx.actors
    for a in list(acts.values()):
        if a.named or a.affiliation is not None or a.kind not in ("person", "group") or not a.mentions:
            continue
        first = min(m.start for m in a.mentions)
        m0 = min(a.mentions, key=lambda m: m.start)
        span = st.doc.char_span(m0.start, m0.end, alignment_mode="expand")
        if span is None or span.root.lemma_.lower() in lx.captive_bare or not any(
                t.lower_ in lx.definite_org_modifiers and t.lower_ not in _unarmed() for t in span if t.i < span.root.i):
            continue  # (captives have no side; "captives held by the armed faction": not a premodifier)
        if several_movements(span):
            st.ctx.trace(a, "affiliation", SEVERAL)  # (no side: the rule that left it so)
            continue
        org = _last_movement_before(st, first)
        if org is not None:
            st.set_affiliation(a, org, ARMED)


def _last_movement_before(st: ActorState, at: int) -> str | None:
    """The named non-state organisation whose latest mention before ``at`` is nearest; else (a lede that
    describes the movement before naming it) the one named first after ``at``."""
    lx, acts = st.lx, st.ctx.actors
    best, best_at = None, -1
    after, after_at = None, len(st.text) + 1
    for o in acts.values():
        if not o.named or o.kind != "organization" or lx.bloc(o.name) is not None or lx.body(o.name) is not None \
                or st.is_outlet(o.name) or o.name in lx.agencies:
            continue
        aff = acts.get(o.affiliation) if o.affiliation else None
        if aff is not None and aff.kind == "state":
            continue
        last = max((m.start for m in o.mentions if m.start < at), default=-1)
        if last > best_at:
            best, best_at = o.id, last
        nxt = min((m.start for m in o.mentions if m.start > at), default=after_at)
        if nxt < after_at:
            after, after_at = o.id, nxt
    return best or after
