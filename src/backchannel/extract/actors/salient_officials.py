"""An office-holder whose state no sentence near the title gives: the state the report is about there.

Why: a report about one government names its president or ministers by a bare title ("President
X", "Interior Minister Y") long after, or long before, it names the country; the rules that read a
state off the title's sentence (``side.nearest_state``) or off a report of one state
(``colleagues.sole_state_official``) then leave the holder with no side. A bare governmental title
is read like a bare "the government": the state the report has made salient by that point (named
at least twice and last, ``government.salient_state``), as a reader would. A holder who goes to
that state or deals with it (the subject of a verb over it) is a visitor, and none is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from backchannel.data_loader import loader
from backchannel.extract.actors.colleagues import _acts_toward, _state_office
from backchannel.extract.actors.government import salient_state
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor

RULE = "actors.colleagues.salient_state_official"


@dataclass(frozen=True)
class SalientWords:
    """``[salient]`` of salient_officials.toml: lemmas of travel and of an ended tenure."""
    travel: frozenset[str]
    tenure: frozenset[str]


words = loader(SalientWords, "salient_officials.toml", "salient")


def salient_state_officials(st: ActorState) -> None:
    """A named person with a current governmental office among its descriptors and no side at the end
    of the stage takes the report's salient state at its first mention; nothing when no state is
    salient there, or when the person acts toward that state."""
    acts = st.ctx.actors
    for a in list(acts.values()):
        if a.kind != "person" or not a.named or a.affiliation is not None or a.id in st.owners \
                or not a.mentions or not _state_office(st, a) or _past_described(st, a):
            continue
        m = min(a.mentions, key=lambda x: x.start)
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or _visitor_or_past(span):
            continue
        state = salient_state(st, span.root)
        if state is None or state not in acts or acts[state].kind != "state" \
                or _acts_toward(st, a.id, acts[state]):
            continue
        st.set_affiliation(a, state, RULE)


def _past_described(st: ActorState, a: Actor) -> bool:
    """A descriptor of the person is a past one ("former <Force> Marine held since ..."): the report tells
    who a private person was, and a one-word office beside it is as likely a given name the tagger cut off
    ("Amir") as a title held now; such a person gets no guessed state."""
    return any(set(d.lower().split()) & st.lx.words.past_title_words for d in a.descriptors)


def _visitor_or_past(span: Span) -> bool:
    """The clause on the name, or the clause the name is the subject of, tells of travel ("X, who flew in
    from Washington, praised ...", "X, on his first visit to the region, praised ...") or of a tenure that
    ended ("X, who served until 2020, ..."): a visitor's state is not the host's, and a past holder holds
    no office of the salient state now."""
    root, w = span.root, words()
    near = [t for c in root.children if c.dep_ in ("relcl", "acl", "appos", "prep", "advcl") for t in c.subtree]
    if any(t.lemma_.lower() in w.tenure and t.pos_ in ("VERB", "AUX", "SCONJ", "ADP") for t in near):
        return True
    gov = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    if gov is not None:
        near += [t for c in gov.children if c.dep_ in ("prep", "advcl", "npadvmod")
                 for t in c.subtree]
    return any(_travel(t) for t in near)


def _travel(t: Token) -> bool:
    """A travel word: a verb or noun of travel ("flew in", "visit")."""
    return t.lemma_.lower() in words().travel and t.pos_ in ("VERB", "NOUN")
