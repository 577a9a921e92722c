"""Captives: plural descriptions of people freed, swapped or held.

Why: in exchange and release stories the people handed over ("Six South Korean
fishermen", "Two British aid workers detained by X") are parties of the
interaction even though no one names them and they belong to no side.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.captive_joins import JOINED_RULE, joined_to_freed, part_words
from backchannel.extract.actors.captive_shapes import counted_national, freed_in_shape
from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.phrases import np_left


def captives(st: ActorState) -> None:
    """Plural descriptions of people freed, swapped or held: unnamed groups with no side.

    "Six South Korean fishermen were handed back", "Two British aid workers detained by
    X", "freed all foreign nationals". A later "the fishermen" is the same group. A bare
    captive noun ("free 40 hostages", "the detainees were released") is a group too: in a
    release story the captives are the target of the release even with no other word. (The
    captives of a release noun, "the release of ten hostages", were tried and left out: often a
    term of a proposed deal, and on the gaza cluster they cost the across-report links.)
    """
    lx, doc = st.lx, st.doc
    by_head: dict[str, str] = {}
    pos = st.toks.pos
    for i in range(len(doc)):
        if pos[i] not in ("NOUN", "PROPN"):
            continue
        tok = doc[i]
        if tok.tag_ not in ("NNS", "NNPS") or tok.pos_ not in ("NOUN", "PROPN") or tok.i in st.token_actor \
                or tok.i in st.consumed:
            continue
        lemma = tok.lemma_.lower()
        national = counted_national(lx, tok)  # "two Lorvian citizens": counted and national (captive_shapes)
        if not national and (lemma in lx.never or tok.lower_ in lx.never) or \
                st.is_excluded(tok.idx, tok.idx + len(tok.text)):
            continue
        people = tok.tag_ == "NNPS" and (lx.demonym(tok.text) is not None or tok.text.endswith("s") and
                                         lx.demonym(tok.text[:-1]) is not None)  # "Three Americans held in X"
        if not (people or national or lemma in lx.captive_nouns or tok.lower_ in lx.captive_nouns):
            continue
        q = tok.head.head if tok.dep_ == "pobj" and tok.head.head.lower_ in lx.captive_quantities else tok
        head = q.head  # "release dozens of hostages": the verb governs the quantity
        hl = head.lemma_.lower()
        held = any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lx.hold_verbs for c in tok.children) \
            or (q.dep_ == "nsubj" and head.tag_ == "VBN" and hl in lx.hold_verbs)  # a misparsed reduced relative
        freed = (q.dep_ == "dobj" and hl in lx.release_verbs) or (
            q.dep_ == "nsubjpass" and (hl in lx.release_verbs or hl in lx.hold_verbs))
        shaped = not (held or freed) and freed_in_shape(lx, tok, q)
        joined = not (held or freed or shaped) and joined_to_freed(lx, q)  # "along with four others" (captive_joins)
        left = [t for t in np_left(tok) if t.i != tok.i]
        if joined:
            _new_group(st, tok, _joined_keep(tok, left), JOINED_RULE, by_head)
            continue
        if (shaped or national) and lemma in by_head and (held or freed or shaped):
            _join_earlier(st, tok, left, by_head[lemma])  # "Five Lorvians freed ..." then "five innocent Lorvians who"
            continue
        freed = freed or shaped
        definite_again = lemma in by_head and any(t.lower_ == st.lx.words.definite_article for t in left)
        if not (held or freed or definite_again):
            continue
        if definite_again:
            aid = by_head[lemma]
            st.add_mention(aid, tok.idx, tok.idx + len(tok.text), tok, "actors.captives.definite_again")
            st.ctx.coref[tok.i] = aid
            continue
        if any(t.dep_ == "conj" and lx.demonym(t.text) for t in left):
            continue  # "both Lorvian and Zemblan political prisoners": a mixed crowd, no one group
        core = [t for t in left if t.dep_ in ("amod", "compound") and not t.like_num and
                t.lower_ not in lx.captive_drop and t.tag_ not in ("VBG", "VBN", "JJS", "JJR")]
        # contiguous modifiers just before the head
        keep: list[Token] = []
        for t in reversed(core):
            if t.i == (keep[0].i - 1 if keep else tok.i - 1):
                keep.insert(0, t)
        if not keep and not people:
            if lemma in lx.captive_bare:
                _bare_group(st, tok, left, by_head)
                continue
            if lemma in lx.needs_modifier or lemma in lx.unnamed_person:
                continue  # "ten soldiers were freed": too generic to be a party
        _new_group(st, tok, keep, "actors.captives.held" if held else "actors.captives.freed", by_head)
    armed_captives(st)


def _joined_keep(tok: Token, left: list[Token]) -> list[Token]:
    """The words kept before the head of a joined group: its contiguous modifiers, a part modifier
    ("other") included, numbers left out ("four other Lorvians" -> "other Lorvians")."""
    parts = {t.i for t in part_words(tok)}
    keep: list[Token] = []
    for t in reversed([t for t in left if t.dep_ in ("amod", "compound") and not t.like_num]):
        if t.i == (keep[0].i - 1 if keep else tok.i - 1) or (t.i in parts and not keep):
            keep.insert(0, t)
    return keep


def _new_group(st: ActorState, tok: Token, keep: list[Token], rule: str, by_head: dict[str, str]) -> None:
    """A new captive group named by its head and the modifiers kept before it."""
    span_toks = keep + [tok]
    s0, e0 = span_toks[0].idx, tok.idx + len(tok.text)
    name = clean(st.text[s0:e0])
    if not name:
        return
    aid = st.ctx.new_actor_id(name)
    st.ctx.add_actor(Actor(id=aid, name=name, kind="group", named=False), rule)
    st.add_mention(aid, s0, e0, tok, rule)
    for t in span_toks:
        st.token_actor[t.i] = aid
    by_head.setdefault(tok.lemma_.lower(), aid)


def _join_earlier(st: ActorState, tok: Token, left: list[Token], aid: str) -> None:
    """A counted captive phrase in a new shape ("five innocent Lorvians who were imprisoned") after a
    group with the same head: the same group, its words an alias (``actors.captives.same_head_shape``).
    Why: a swap report counts the same people again with other adjectives; a part ("four other
    Lorvians", "the remaining Lorvians") is no alias and no new group here."""
    if aid not in st.ctx.actors or any(t.lower_ in st.lx.captive_drop for t in left):
        return
    s0 = min([t.idx for t in left] + [tok.idx])
    e0 = tok.idx + len(tok.text)
    name = clean(st.text[s0:e0])
    if name:
        st.add_alias(aid, name, "actors.captives.same_head_shape")
    st.add_mention(aid, s0, e0, tok, "actors.captives.same_head_shape")
    st.token_actor[tok.i] = aid
    st.ctx.coref[tok.i] = aid


def _bare_group(st: ActorState, tok: Token, left: list[Token], by_head: dict[str, str]) -> None:
    """ "free 33 hostages", "dozens of hostages were freed": a bare captive noun released or held.

    Why: in a release story the captives are the release's target even with no other word. Only a
    counted or definite plural is a group ("33 hostages", "the detainees"); a bare or quantified
    plural is the kind ("exchanged prisoners", "all detainees"). It is the captive group named
    before with a head of its class ("Israeli captives" ... "33 hostages"), unless that group is a
    part picked by a modifier ("the remaining captives").
    """
    lx = st.lx
    words = {t.lower_ for t in left}
    counted = any(t.like_num or t.dep_ == "nummod" for t in left) or \
        tok.dep_ == "pobj" and tok.head.head.lower_ in lx.captive_quantities
    definite = bool(words & lx.words.definite_determiners)
    if words & lx.generic or not (counted or definite):
        return
    earlier = _earlier_group(st, tok)
    if earlier is not None:
        st.add_alias(earlier, tok.text, "actors.captives.bare_group")
        st.add_mention(earlier, tok.idx, tok.idx + len(tok.text), tok, "actors.captives.bare_group")
        st.token_actor[tok.i] = earlier
        st.ctx.coref[tok.i] = earlier
        return
    _new_group(st, tok, [], "actors.captives.bare_group", by_head)


def _earlier_group(st: ActorState, tok: Token) -> str | None:
    """The whole captive group named before ``tok`` whose head is of the same class, if any."""
    lemma = tok.lemma_.lower()
    classes = [set(c.split()) for c in st.lx.words.same_heads]
    same = {lemma} | {w for c in classes if lemma in c for w in c}
    for s, _e, aid in st.ctx.mentions_in(0, tok.idx):
        a = st.ctx.actors.get(aid)
        if a is None or a.named or a.kind != "group" or s >= tok.idx:
            continue
        words = a.name.lower().split()
        head = words[-1].rstrip("s") if words else ""
        if head in same and not set(words) & st.lx.words.subgroup_modifiers:
            return aid
    return None


def armed_captives(st: ActorState) -> None:
    """ "insurgent prisoners" beside "Taliban prisoners": captives described by the kind of movement
    that holds or fights for them are the captives named after the one movement of that kind
    (``actors.captives.armed_modifier_group``), whichever the report writes first.

    Why: a report varies "the <Group> detainees" with "rebel detainees" or "the militant prisoners";
    two groups then split one party. Only a description whose modifiers are all words of armed or rebel
    movements (``definite_org_modifiers``), and only when the text puts the name of exactly one non-state
    organisation before a captive noun of the same head class.
    """
    lx, acts = st.lx, st.ctx.actors
    classes = [set(c.split()) for c in lx.words.same_heads]

    def head(a: Actor) -> str:
        return a.name.lower().split()[-1].rstrip("s")

    for g in [a for a in acts.values() if not a.named and a.kind == "group" and len(a.name.split()) >= 2]:
        words = g.name.lower().split()
        if g.id not in acts or not all(w in lx.definite_org_modifiers for w in words[:-1]) or \
                not (words[-1] in lx.captive_nouns or head(g) in lx.captive_nouns):
            continue
        same = {head(g)} | {w for c in classes if head(g) in c for w in c}
        movements = _movements_before(st, same)
        if len(movements) != 1:
            continue
        name = fold(acts[movements.pop()].name)
        named = [b for b in acts.values() if b.id != g.id and not b.named and b.kind in ("group", "person")
                 and len(b.name.split()) == 2 and head(b) in same and fold(b.name.split()[0]) == name]
        if len(named) == 1:
            st.merge(g.id, named[0].id, "actors.captives.armed_modifier_group")


def _movements_before(st: ActorState, heads: set[str]) -> set[str]:
    """The non-state organisations whose name the text writes right before a noun of ``heads``."""
    out: set[str] = set()
    for t in st.doc[:-1]:
        aid = st.token_actor.get(t.i)
        o = st.ctx.actors.get(aid) if aid else None
        nxt = st.doc[t.i + 1]
        if o is None or not o.named or o.kind not in ("organization", "group") or \
                nxt.lemma_.lower() not in heads and nxt.lower_.rstrip("s") not in heads:
            continue
        aff = st.ctx.actors.get(o.affiliation) if o.affiliation else None
        if aff is None or aff.kind != "state":
            out.add(o.id)
    return out
