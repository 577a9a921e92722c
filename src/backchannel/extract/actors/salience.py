"""The most salient body a definite description continues with: the subject of the recent sentences.

Why: a report that names two bodies and then says "the group" or "the movement" continues with the one
it is talking about, which news text puts in the subject ("The Front met the Red Lantern Society in
the capital. The group said ..."): the Front, not the Society named last. The older rule took the
nearest compatible body; this one takes, among the bodies the caller finds compatible (kind, outlet,
state body, bloc checks stay the caller's), the one that is the subject of the description's own
sentence before it or of one of the sentences just before (``data/salience.toml``: ``sentences_back``),
the latest such sentence first, and keeps the nearest one when no compatible body is a subject there.
Only within that short window (beyond it the older nearest-body choice stands), never a subject of the
description's own clause (a co-argument: "the Front accused the group"), and a sentence whose subject
is two compatible bodies ("the Front and the Society said") decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import read
from backchannel.extract.actors.state import ActorState
from backchannel.syntax.tree import NOUN_POS

FILE = "salience.toml"
SALIENT_ANTECEDENT = "actors.definite.salient_antecedent"
OUTLET_NAMED = "actors.definite.outlet_named"


@cache
def _data() -> tuple[frozenset[str], frozenset[str], int]:
    """The subject labels, the name-joining labels and the window length (``data/salience.toml``)."""
    t = read(FILE)["antecedent"]
    return frozenset(t["subject_deps"]), frozenset(t["name_deps"]), int(t["sentences_back"])


def _window(tok: Token, back: int) -> list[Span]:
    """The description's sentence and up to ``back`` sentences before it, latest first. A paragraph
    break does not end it: news paragraphs are mostly one sentence, so a break shows no change of topic."""
    doc, sents = tok.doc, [tok.sent]
    while len(sents) <= back and sents[-1].start > 0:
        sents.append(doc[sents[-1].start - 1].sent)
    return sents


def _subject_clause(t: Token, subj: frozenset[str], names: frozenset[str]) -> Token | None:
    """The verb of which the mention at ``t`` is the subject (climbing a name's words to its head, and a
    conjunct to the first one: "<State> and the <Name> group had agreed"), else None."""
    while t.dep_ in names and t.head.i != t.i:
        t = t.head
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.head if t.dep_ in subj else None


def _argument_of(tok: Token) -> Token | None:
    """The verb the description at ``tok`` is a direct argument of (subject, object, or the object of a
    preposition on the verb), else None: a possessor ("the group's captives") is no argument of the verb."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return head if tok.dep_ != "poss" and head.pos_ in ("VERB", "AUX") and head.i != tok.i else None


def co_argument(st: ActorState, tok: Token, pos: int) -> bool:
    """Is the body mentioned at ``pos`` the subject of the verb the description at ``tok`` is an argument of
    ("The Union accused the group": the group is not the Union)? A description of a party is never its own
    clause's subject; a reflexive would have said so."""
    subj, names, _ = _data()
    verb = _argument_of(tok)
    clause = _subject_clause(st.doc[pos], subj, names) if verb is not None else None
    return clause is not None and verb is not None and clause.i == verb.i or _modifies_described(tok, st.doc[pos])


def _modifies_described(tok: Token, cand: Token) -> bool:
    """Does the mention ``cand`` modify the noun that the clause holding the description ``tok`` hangs on
    ("two <Name> soldiers held by the group": the group is not <Name>)? The noun a clause describes is
    told apart from the party in it; its own modifier (a compound, an adjective, a possessor) is part of
    that noun, never the party of the clause."""
    _, names, _ = _data()
    t = cand
    while t.dep_ in names and t.head.dep_ in names and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("compound", "amod", "poss", "nmod"):
        return False
    noun, c = t.head, tok
    while c.head.i != c.i and c.dep_ not in ("acl", "relcl"):
        c = c.head
    return c.dep_ in ("acl", "relcl") and c.head.i == noun.i


@cache
def _outlet_heads() -> frozenset[str]:
    """Nouns that introduce an outlet's name ("TV station", "the newspaper"; ``described_speaker``
    ``outlet_heads`` of ``data/salience.toml``, shared with the claims stage)."""
    return frozenset(str(w) for w in read(FILE)["described_speaker"]["outlet_heads"])


def outlet_named(st: ActorState, pos: int) -> bool:
    """Rule OUTLET_NAMED: is the body mentioned at ``pos`` introduced by an outlet noun right before its
    name ("a TV station <Name> reported", "the broadcaster <Name>", "news outlet <Name>")? Why: an outlet
    the outlet lists do not know is still no party a later "the group" or "the militants" stands for."""
    doc, aid = st.doc, st.token_actor.get(pos)
    start = pos
    while start > 0 and st.token_actor.get(start - 1) == aid:
        start -= 1
    return start > 0 and doc[start - 1].lower_ in _outlet_heads() and doc[start - 1].pos_ in NOUN_POS


def salient(st: ActorState, tok: Token, nearest: str, order: Sequence[tuple[int, str]],
            fits: Callable[[int, str], bool]) -> str:
    """The antecedent of the description at ``tok``: the subject body of its recent sentences that
    ``fits`` accepts, else ``nearest`` (the older rule's choice). A changed choice is traced
    (:data:`SALIENT_ANTECEDENT`) in ``st.salient_picks`` for the caller's mention."""
    subj, names, back = _data()
    for sent in _window(tok, back):
        found: list[str] = []
        for pos, aid in order:
            if not sent.start <= pos < min(sent.end, tok.i) or aid in found:
                continue
            if _subject_clause(st.doc[pos], subj, names) is None or co_argument(st, tok, pos) \
                    or not fits(pos, aid):
                continue
            found.append(aid)
        if len(found) == 1:
            return found[0]
        if found:
            return nearest
    return nearest
