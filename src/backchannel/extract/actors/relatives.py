"""A captive's or a party's relatives, named only by their kinship: "his father", "their families".

Why: reports of releases and swaps give the freed people's relatives a voice and a role ("hugged his
father", "reunited with their families", "his mother told reporters"), and the golds make them actors
(a person in the singular, a group in the plural) with no side. The unnamed-actor step reads role
nouns ("official", "hostage"), not kin nouns. A kin noun is a relative of someone only with a
possessor ("his", "whose", "the pilot's"); in apposition to a named person ("his father, Jo Amsel")
it is that person's descriptor; after "as" or "for" it is no party ("as a father", "a relief for
his family"), nor as the goal of a verb of motion ("returned home to his family").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.parties import FILE
from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.predicates import moved_own_group
from backchannel.extract.actors.unnamed import motion_goal
from backchannel.extract.actors.spans import clean
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.tree import ARGUMENT_OR_CONJ_DEPS, coordination_head

RULE = "actors.relatives.possessed_kin"
BYSTANDER = "actors.relatives.bystander_kin"
NO_SIDE = "actors.relatives.no_side"
POSSESSIVE_SIDE = "actors.unnamed.possessive_pronoun"  # the unnamed step's side from "its", "their"


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = read(FILE)["relatives"]
    return (frozenset(word_list(FILE, "relatives.person", raw["person"])),
            frozenset(word_list(FILE, "relatives.group", raw["group"])),
            frozenset(word_list(FILE, "relatives.preps", raw["preps"])))


def relatives(st: ActorState) -> None:
    """Make an actor of each possessed kin noun in an argument slot (``actors.relatives.possessed_kin``):
    one person per kin word and possessor ("his father"), one group per plural kin word ("their families")."""
    person, group, preps = _words()
    for tok in st.doc:
        lemma = tok.lemma_.lower()
        plural = tok.tag_ in ("NNS", "NNPS") or lemma in group
        if lemma not in person and lemma not in group or tok.i in st.token_actor or tok.i in st.consumed:
            continue
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if not poss or not _argument(tok, preps) or _named_apposition(st, tok) or _destination(st, tok) \
                or st.is_excluded(tok.idx, tok.idx + 1):
            continue
        start = min(t.idx for t in poss[0].subtree)
        name = clean(st.text[start:tok.idx + len(tok.text)])
        key = fold(tok.text) if plural else fold(name)
        same = next((a for a in st.ctx.actors.values() if not a.named and a.kind == ("group" if plural else "person")
                     and (plural or a.rule == RULE) and _key(a, plural) == key), None)
        if same is None:
            aid = st.ctx.new_actor_id(name)
            st.ctx.add_actor(Actor(id=aid, name=name, kind="group" if plural else "person",  # type: ignore[arg-type]
                                   named=False, affiliation=None), RULE)
        else:
            aid = same.id
            st.add_alias(aid, name, RULE)
        st.add_mention(aid, start, tok.idx + len(tok.text), tok, RULE)
        st.ctx.coref[tok.i] = aid
    _no_sides(st, person | group)


def _no_sides(st: ActorState, kin: frozenset[str]) -> None:
    """Relatives have no side (``actors.relatives.no_side``): "their families" takes none from the
    owner of "their", unlike "its forces"."""
    for a in st.ctx.actors.values():
        words = a.name.split()
        if a.named or not words or a.affiliation is None or a.traced("affiliation") != POSSESSIVE_SIDE:
            continue
        head = fold(words[-1])
        if head in kin or head.rstrip("s") in kin:
            st.set_affiliation(a, None, NO_SIDE)


def drop_bystander_kin(st: ActorState) -> None:
    """Kin named only in passing are no party (``actors.relatives.bystander_kin``, a drop): an unnamed
    actor headed by a kin noun ("families", "his family", "relatives") whose every mention is either
    inside a quotation and not the subject of an active verb ("“… reunited with his family”", "“the
    suffering of the families”"), or the object of a preposition that never takes a party ("pray for
    their relatives", "as a father"). "Their families staged a sit-in", "reunited with their
    families" outside a quotation, "“Our families are waiting”" stay."""
    person, group, preps = _words()
    for a in list(st.ctx.actors.values()):
        words = a.name.split()
        if a.named or not words or not a.mentions or a.affiliation is not None or fold(words[-1]) not in (
                person | group) and fold(words[-1]).rstrip("s") not in person | group:
            continue
        roots = [_mention_root(st, m.start, m.end) for m in a.mentions]
        if all(r is not None and _bystander(st, r, preps) for r in roots) and not any(
                other.affiliation == a.id for other in st.ctx.actors.values()):
            st.ctx.remove_actor(a.id)
            st.retarget(a.id, "")


def _mention_root(st: ActorState, start: int, end: int) -> Token | None:
    span = st.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def _bystander(st: ActorState, tok: Token, preps: frozenset[str]) -> bool:
    """A kin mention in passing: quoted and not an active subject, or after a preposition of no contact."""
    t = coordination_head(tok)
    if t.dep_ == "pobj" and t.head.lower_ not in preps:
        return True
    agent = t.dep_ == "pobj" and t.head.lower_ in _agent_preps()
    return st.in_quote(tok) and t.dep_ != "nsubj" and not agent


@cache
def _agent_preps() -> frozenset[str]:
    return frozenset(word_list(FILE, "relatives.agent_preps", read(FILE)["relatives"]["agent_preps"]))


def _key(a: Actor, plural: bool) -> str:
    """What makes two mentions one relative: the plural kin word, or the singular's whole description."""
    return fold(a.name.split()[-1]) if plural else fold(a.name)


def _argument(tok: Token, preps: frozenset[str]) -> bool:
    """In a slot where a party stands: subject, object, or the object of a preposition of contact."""
    t = coordination_head(tok)
    if t.dep_ == "pobj":
        return t.head.lower_ in preps
    return t.dep_ in ARGUMENT_OR_CONJ_DEPS


def _destination(st: ActorState, tok: Token) -> bool:
    """ "returns home to his family": where someone goes (a verb of motion's goal), not a party;
    a kin noun asks that the motion word be a verb ("the return to his family" stays a party)."""
    return motion_goal(st, tok) and tok.head.head.pos_ == "VERB" or moved_own_group(tok)  # "join his family" (s38)


def _named_apposition(st: ActorState, tok: Token) -> bool:
    """ "his father, Jo Amsel": the kin noun describes a named person next to it."""
    near = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
    for t in near:
        aid = st.token_actor.get(t.i)
        if aid is not None and aid in st.ctx.actors and st.ctx.actors[aid].named:
            return True
    return False
