"""Definite descriptions of a named organisation: "the rebels", "the bloc".

Why: after naming a group once, reports go on with "the group" or "the
paramilitary force"; these are mentions of that group, not new unnamed actors.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Token

from backchannel.extract.actors.salience import OUTLET_NAMED, SALIENT_ANTECEDENT, co_argument, outlet_named, salient
from backchannel.extract.actors.state import ActorState
from backchannel.org_kinds import kinds_agree
from backchannel.resolve.lexicon import fold
from backchannel.syntax.phrases import np_left


def definite_descriptions(st: ActorState) -> None:
    """ "the rebels", "the paramilitary group", "the bloc": an organisation named before.

    The description resolves to the nearest preceding named organisation or group of
    the right sort (a non-state party for armed/movement words, a known bloc for
    "the bloc"); it becomes a mention (and ``ctx.coref`` entry) of that actor and, as
    written, one of its aliases.
    """
    lx, doc, acts = st.lx, st.doc, st.ctx.actors
    heads = lx.definite_org_heads | lx.definite_bloc_heads
    if not heads:
        return
    order = sorted(st.token_actor.items())
    idx = [i for i, _ in order]
    lower = st.toks.lower
    for i in range(len(doc)):
        if lower[i] not in heads:
            continue
        tok = doc[i]
        low = tok.lower_
        # "the Movement": a capitalised head the model took for a name is still the description
        own = st.token_actor.get(tok.i)
        if own is not None and (own not in acts or fold(acts[own].name) != low):
            continue
        if low not in heads or tok.pos_ not in ("NOUN", "PROPN", "ADJ") \
                or tok.i in st.consumed or tok.dep_ in ("compound",):
            continue
        nxt = st.token_actor.get(tok.i + 1)
        if nxt is not None and nxt != own and nxt in acts and acts[nxt].named:
            continue  # "the paramilitary Rapid Support Forces": it describes the name right after it
        left = [t for t in np_left(tok) if t.i != tok.i]
        if not left or left[0].lower_ != lx.words.definite_article or any(
                t.lower_ not in lx.definite_org_modifiers and t.lower_ != lx.words.definite_article
                and lx.demonym(t.text) is None for t in left):
            continue  # only "the (Palestinian) (armed) group": a modifier of another kind makes a new description
        if any(c.dep_ in ("prep", "acl", "relcl") for c in tok.rights):
            continue  # "the group of mediators", "the group that ..."
        if st.is_excluded(tok.idx, tok.idx + len(tok.text)):
            continue
        bloc_word = low in lx.definite_bloc_heads
        mods = {t.lower_ for t in left}
        armed = bool(mods & lx.words.armed_modifiers) or low not in lx.words.plain_org_heads
        why: list[str] = []
        target = armed_antecedent(st, tok, own, order, idx, why) if armed and not bloc_word else None
        rule = ARMED_DESCRIPTION if target is not None else (
            "actors.definite.bloc_description" if bloc_word else "actors.definite.group_description")
        target = target or antecedent(st, tok, own, bloc_word, order, idx, why)
        rule = why[-1] if why else rule
        if target is None:
            continue
        s0 = left[1].idx if len(left) > 1 else tok.idx
        e0 = tok.idx + len(tok.text)
        if own is not None:
            st.merge(own, target, "actors.definite.name_is_description")
            idx, order = [i for i, _ in sorted(st.token_actor.items())], sorted(st.token_actor.items())
        st.add_mention(target, s0, e0, tok, rule)
        st.ctx.coref[tok.i] = target
        st.consumed.update(t.i for t in left)
        st.consumed.add(tok.i)
        st.add_alias(target, st.text[s0:e0], rule)


ARMED_DESCRIPTION = "actors.definite.armed_description"
CO_ARGUMENT = "actors.definite.co_argument"  # (a veto, recorded in ``st.vetoed``)
KIND_AGREEMENT = "actors.definite.kind_agreement"  # (a veto, recorded in ``st.vetoed``)


def _armed_name(st: ActorState, aid: str) -> bool:
    """Does the report call the named organisation or group armed: an armed word (``armed_modifiers`` or an
    armed head of ``definite_org_heads``) in its name, aliases or descriptors ("Revolutionary Armed Forces",
    "the rebel Front")?"""
    a = st.ctx.actors.get(aid)
    if a is None or not a.named or a.kind not in ("organization", "group"):
        return False
    armed = st.lx.armed_words
    if any(fold(w) in armed for n in [a.name, *a.aliases, *a.descriptors] for w in n.split()):
        return True
    return any(b.affiliation == aid and not b.named and any(fold(w) in armed for w in b.name.split())
               for b in st.ctx.actors.values())  # "rebel fighters of the Front"


def _armed_modifier(st: ActorState, pos: int) -> bool:
    """Is the mention at token ``pos`` led by an armed word that modifies it ("the armed Red Hand", "the
    rebel Front")?"""
    doc, armed = st.doc, st.lx.armed_words
    for j in range(pos - 1, max(doc[pos].sent.start, pos - 4) - 1, -1):
        w = doc[j]
        if w.lower_ in armed and w.head.i >= pos:
            return True
        if w.pos_ not in ("ADJ", "NOUN", "PROPN") or w.head.i < pos:
            return False
    return False


def _state_force(st: ActorState, aid: str) -> bool:
    """A state's own armed force: affiliated to a state whose name, capital or demonym its name holds ("the
    Norlandic Armed Forces", "the Norland Army"), with no word of a non-state armed party in it
    (``non_state_armed_words``: "Revolutionary Armed Forces of Norland" stays a rebel group). Why: "the rebel
    group" or "the militants" is never the state's army, however near its name stands."""
    a = st.ctx.actors.get(aid)
    state = st.ctx.actors.get(a.affiliation) if a is not None and a.affiliation else None
    if a is None or state is None or state.kind != "state":
        return False
    names = a.name.split()
    if any(fold(w) in st.lx.words.non_state_armed_words for w in names):
        return False
    home = st.lx.country(state.name)
    return fold(state.name) in fold(a.name) or home is not None and any(st.lx.country(w) == home for w in names)


def armed_antecedent(st: ActorState, tok: Token, own: str | None, order: list[tuple[int, str]],
                     idx: list[int], why: list[str] | None = None) -> str | None:
    """Rule ARMED_DESCRIPTION: "the rebel group", "the militants": the nearest named organisation before
    it that the report calls armed (:func:`_armed_name`), passing unarmed ones named in between ("FARC rebels
    handed the captives to the Red Cross ... the rebel group freed them": the rebels, not the Red Cross).
    Why: an armed description fits only an armed party; a humanitarian body or an outlet named last is no
    antecedent of it, and an armed movement keeps its description even when the report ties it to its
    country ("Colombian rebels"), which the state-body test of :func:`antecedent` would take for a state's
    organ. None when no armed party is named before (the plain antecedent is tried then)."""
    k = bisect.bisect_left(idx, tok.i) - 1
    partners = {c.i for c in tok.conjuncts}
    window = order[max(0, k - 400):k + 1]
    led = {aid for p, aid in window if _armed_modifier(st, p)}  # "the armed Red Hand"

    def fits(pos: int, aid: str) -> bool:
        a = st.ctx.actors.get(aid)
        if a is None or aid == own or not a.named or a.kind not in ("organization", "group") \
                or st.is_outlet(a.name) or not (aid in led or _armed_name(st, aid)) or _state_force(st, aid):
            return False
        return not (partners and {pos, st.doc[pos].head.i} & partners) and not _co_argument(st, tok, pos) \
            and not _outlet(st, tok, pos)

    for pos, aid in reversed(window):
        if fits(pos, aid):
            return _salient_or(st, tok, pos, aid, window, fits, why)
    return None


def _co_argument(st: ActorState, tok: Token, pos: int) -> bool:
    """Rule CO_ARGUMENT (:func:`backchannel.extract.actors.salience.co_argument`), recorded as a veto."""
    if not co_argument(st, tok, pos):
        return False
    veto = (tok.idx, tok.idx + len(tok.text), CO_ARGUMENT)
    if veto not in st.vetoed:
        st.vetoed.append(veto)
    return True


def _outlet(st: ActorState, tok: Token, pos: int) -> bool:
    """Rule OUTLET_NAMED (:func:`backchannel.extract.actors.salience.outlet_named`), recorded as a veto."""
    if not outlet_named(st, pos):
        return False
    veto = (tok.idx, tok.idx + len(tok.text), OUTLET_NAMED)
    if veto not in st.vetoed:
        st.vetoed.append(veto)
    return True


def _salient_or(st: ActorState, tok: Token, pos: int, aid: str, window: list[tuple[int, str]],
                fits: Callable[[int, str], bool], why: list[str] | None) -> str | None:
    """The salient body (:func:`backchannel.extract.actors.salience.salient`) in place of the nearest
    ``aid`` at ``pos``, traced in ``why``; None when a new body of the description's head was introduced
    indefinitely after the chosen one (:func:`new_same_head`)."""
    pick = salient(st, tok, aid, window, fits)
    last = pos if pick == aid else max(p for p, a in window if a == pick and p < tok.i)
    if new_same_head(st, tok, last) is not None:
        return None
    if pick != aid and why is not None:
        why.append(SALIENT_ANTECEDENT)
    return pick


def antecedent(st: ActorState, tok: Token, own: str | None, bloc_word: bool,
               order: list[tuple[int, str]] | None = None, idx: list[int] | None = None,
               why: list[str] | None = None) -> str | None:
    """The nearest preceding named organisation or group of the right sort that "the group" at ``tok``
    stands for (a known bloc for "the bloc"; never an outlet or a state's body). Rule KIND_AGREEMENT: nor
    an organisation of another kind than the description's (:func:`backchannel.org_kinds.kinds_agree`:
    "the militant group" after "the Red Lantern Society delivered food" is not the Society)."""
    lx, acts = st.lx, st.ctx.actors
    if order is None or idx is None:
        order = sorted(st.token_actor.items())
        idx = [i for i, _ in order]
    k = bisect.bisect_left(idx, tok.i) - 1
    partners = {c.i for c in tok.conjuncts}
    described, vetoed = [t.text for t in np_left(tok)], []

    def fits(pos: int, aid: str) -> bool:
        a = acts.get(aid)
        if a is None or not a.named or a.kind not in ("organization", "group") or aid == own:
            return False
        if partners and {pos, st.doc[pos].head.i} & partners or _co_argument(st, tok, pos):
            return False  # (s42-groups, s48 co_argument) "<Name> and the rebels agreed": a conjunct is never its partner
        if st.is_outlet(a.name) or set(fold(a.name).split()) & lx.words.outlet_name_words \
                or _outlet(st, tok, pos):
            return False  # "a source told NBC News ... the group": an outlet is no group of the story
        if bloc_word != (lx.bloc(a.name) is not None):
            return False
        if not kinds_agree(described, [a.name, *a.aliases, *a.descriptors]):
            vetoed.append(aid)  # (rule KIND_AGREEMENT: "the militant group" is no aid body named before it)
            return False
        if not bloc_word:
            aff = acts.get(a.affiliation) if a.affiliation else None
            if lx.body(a.name) is not None or (aff is not None and aff.kind == "state"):
                return False  # a state's body is not "the group"
        return True

    window = order[max(0, k - 399):k + 1]
    nearest = next(((pos, aid) for pos, aid in reversed(window) if fits(pos, aid)), None)
    if vetoed:  # a body of another kind passed before the nearest fitting one
        st.vetoed.append((tok.idx, tok.idx + len(tok.text), KIND_AGREEMENT))
    return None if nearest is None else _salient_or(st, tok, *nearest, window, fits, why)


def new_same_head(st: ActorState, tok: Token, start: int) -> Token | None:
    """The nearest noun with ``tok``'s head introduced indefinitely between token ``start`` and ``tok``
    ("The Front ... A Swedish aid group ... the group's director": the aid group, not the Front; s34-fixside). Not an
    apposition on the party at ``start`` ("the Front, a rebel group"): that describes it."""
    lemma = tok.lemma_.lower()
    own = st.token_actor.get(start)
    for t in reversed(st.doc[start + 1:tok.i]):
        if t.dep_ == "appos" and own is not None and st.token_actor.get(t.head.i) == own:
            continue  # "the Front, a rebel group, ...": its own description, no new group
        if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and t.dep_ not in ("compound", "poss") and any(
                c.dep_ == "det" and c.lower_ in st.lx.words.indefinite_articles for c in t.children):
            return t
    return None
