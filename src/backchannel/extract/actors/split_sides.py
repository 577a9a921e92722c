"""One group per state for a plural role noun whose premodifiers are coordinated states.

Why: "<demonym A> and <demonym B> officials", "talks between <A> and <B> negotiators" name two
groups, each of its own state; the golds keep them apart ("A officials", side A; "B officials",
side B). Read as one description, the phrase is a mixed crowd of no side, and ``unnamed.py``
drops it, so both groups were lost. The rule only reads the parse: the states are premodifiers of
the head, the second (third ...) a conjunct of the first, joined by a coordinator of
``[split_sides] joiners`` (``data/unnamed_spans.toml``; "or" names no group). A head with its own
prepositional phrase ("officials from A and B") is not split (``unnamed.py`` keeps it whole), nor a
description that also names an organisation ("<demonym> and <Bloc> mediators": one joint team), nor
a statement's source, a speech verb's subject or "according to" its object ("<A> and <B> officials
said": one joint speaker, as the golds of joint
statements have it, ``claims.joint.joint_speakers``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from backchannel.context import Context
from backchannel.data_loader import read, word_list
from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

FILE = "unnamed_spans.toml"
RULE = "actors.unnamed.split_state_modifiers"
BODY_RULE = "actors.unnamed.split_party_bodies"
PARTY_KINDS = ("state", "organization")


@cache
def _joiners() -> frozenset[str]:
    """Coordinators that add one more group ("and", "&")."""
    return frozenset(word_list(FILE, "split_sides.joiners", read(FILE)["split_sides"]["joiners"]))


@cache
def _never_heads() -> frozenset[str]:
    """Head lemmas of one attribution whatever the nationalities ("<A> and <B> sources")."""
    return frozenset(word_list(FILE, "split_sides.never_heads", read(FILE)["split_sides"]["never_heads"]))


def split_group(ctx: Context, aid: str) -> bool:
    """Whether ``aid`` is one of the groups this rule made of one coordination ("<A> officials" of
    "<A> and <B> officials"). Why: a later bare plural ("the officials") points back at the whole
    phrase, so at all its groups; it must not join the last one alone (it named B's side only)."""
    a = ctx.actors.get(aid)
    return a is not None and any(m.rule == RULE for m in a.mentions)


def _state_of(st: ActorState, tok: Token) -> str | None:
    aid = st.token_actor.get(tok.i)
    return aid if aid is not None and aid in st.ctx.actors and st.ctx.actors[aid].kind == "state" else None


def _party_of(st: ActorState, tok: Token) -> str | None:
    """A named state or organisation (no person, no unnamed group): a side a body can be sent by."""
    aid = st.token_actor.get(tok.i)
    a = st.ctx.actors.get(aid) if aid is not None else None
    return aid if a is not None and a.named and a.kind in PARTY_KINDS else None


def _is_body(st: ActorState, head: Token) -> bool:
    """A plural of a collective body noun ("delegations", "teams"): each one is one side's, whoever the
    sides are (s48-parties: "<A> and <Group> delegations" are A's delegation and the group's), unlike a
    plural of people ("<A> and <Bloc> mediators": one joint team)."""
    lemma = head.lemma_.lower()
    return lemma in st.lx.unnamed_group and head.tag_ == "NNS" and lemma != head.lower_


def _speaks(st: ActorState, head: Token) -> bool:
    """The head is a statement's source: a speech verb's subject or "according to" its object."""
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in st.lx.speech_verbs:
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.i > 0 and st.doc[prep.i - 1].lower_ == st.lx.words.according


def _name_words(st: ActorState, tok: Token) -> list[Token]:
    """The words of the name ``tok`` ends ("Free Hill Front"): its left words of the same actor."""
    aid = st.token_actor.get(tok.i)
    return [x for x in tok.subtree if x.i <= tok.i and aid is not None and st.token_actor.get(x.i) == aid]


def _flat_conjunct(st: ActorState, head: Token, first: Token, side_of: Callable[[ActorState, Token], str | None]
                   ) -> list[Token]:
    """"the <A> and North <B-demonym> officials": the parser hangs a demonym of two words on the head, not
    on the first state, and leaves the coordinator alone on the first; the next side word after the
    coordinator on the same head is the second conjunct (s48-parties)."""
    cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ in _joiners()), None)
    if cc is None:
        return []
    nxt = next((t for t in head.lefts if t.i > cc.i and t.dep_ in ("amod", "compound", "nmod") and side_of(st, t)), None)
    return [nxt] if nxt is not None else []


def coordinated_states(st: ActorState, head: Token, mods: list[Token]) -> list[Token]:
    """The state premodifiers of ``head`` coordinated with one another, first to last; [] when the
    modifiers are not one coordination of states (two states side by side, an "or", another party)."""
    side_of = _party_of if _is_body(st, head) else _state_of
    first = next((t for t in mods if t.head.i == head.i and t.dep_ in ("amod", "compound", "nmod")
                  and side_of(st, t)), None)
    if first is None:
        return []
    conj = [t for t in first.subtree if t.dep_ == "conj"] or _flat_conjunct(st, head, first, side_of)
    chain = [first] + conj
    if len(chain) < 2 or not all(side_of(st, t) for t in chain) or \
            any(t.i >= head.i for t in chain):
        return []
    if not any(c.dep_ == "cc" and c.lower_ in _joiners() for c in first.subtree):
        return []
    inside = {x.i for x in first.subtree}
    named = {x.i for s in chain for x in _name_words(st, s)}
    sides = {st.token_actor.get(s.i) for s in chain}
    for t in mods:  # no other party among the modifiers, and nothing else inside the coordination
        if t.i in inside and t not in chain and t.dep_ not in ("cc", "punct", "det") and t.i not in named:
            return []
        if t.i not in inside and t.i in st.token_actor and st.token_actor[t.i] not in sides:
            return []  # (a determiner the tagger ran into a chain's name, "The <Front>", is the name's)
    if len({side_of(st, t) for t in chain}) != len(chain):
        return []
    return chain


def split_state_groups(st: ActorState, head: Token, mods: list[Token],
                       recent: list[tuple[str, str, bool, str | None]], media: bool) -> bool:
    """Make (or join) one group per coordinated state before ``head``; False when the phrase is no
    such coordination. A media noun's groups are the countries' press, of no state's side."""
    if head.lemma_.lower() in _never_heads() or _speaks(st, head):
        return False  # (a joint speaker, "<A> and <B> officials said", is one group: claims.joint.joint_speakers)
    chain = coordinated_states(st, head, mods)
    if not chain:
        return False
    inside = {x.i for x in chain[0].subtree}
    before = [t for t in mods if t.i < chain[0].i and t.dep_ not in ("det", "predet", "nummod")
              and not t.like_num and t.tag_ not in ("PRP$", "WP$") and t.i not in st.token_actor]
    after = [t for t in mods if t.i > chain[-1].i and t.i not in inside]
    lemma = head.lemma_.lower()
    # one body per state ("<A> and <B> delegations": A's delegation, B's delegation), named in the singular
    body = _is_body(st, head)
    rule = BODY_RULE if any(_state_of(st, s) is None for s in chain) else RULE
    for k, s in enumerate(chain):
        own = _name_words(st, s) or [s]
        name = clean(" ".join(t.text for t in before + own + after) + " " + (head.lemma_ if body else head.text))
        side = None if media else (_state_of(st, s) or _party_of(st, s))
        aid = next((a.id for a in st.ctx.actors.values() if not a.named and a.kind == "group"
                    and fold(a.name) == fold(name)), None)
        if aid is None:
            aid = st.ctx.new_actor_id(name)
            actor = st.ctx.add_actor(Actor(id=aid, name=name, kind="group", named=False), rule)
            if side is not None:
                st.set_affiliation(actor, side, rule)
        start = (before[0] if before and k == 0 else own[0]).idx
        st.add_mention(aid, start, head.idx + len(head.text), head if k == 0 else None, rule)
        recent.append((aid, lemma, not body, side))
    st.consumed.update(t.i for t in mods + [head])
    return True
