"""A person's side is the organisation written as theirs: "X's <Front>", "the <Army> of X".

Why: reports name a faction by its leader ("talks between A's <Government of ...> and the <... Army>
of B"); the golds give the leader that organisation as affiliation, and nothing else in such a
sentence says it (no title, no apposition). The possessive or "of" phrase is read off the parse:
a named person as possessor ("poss") or "of" object of a token that belongs to a named organisation
or group (``actors.owned_bodies.leader_of_body``). A state's body written so ("X's Foreign
Ministry") stays the state's matter (``leaders_governments``), and a person's relative, staff or
captors are no named organisation, so they never fire.

The small model often runs the organisation's entity over "of X" ("the Free Highland Army of Ola
Dahl" as one name); ``split_person_of`` cuts such an entity where "of" is followed by a given name
(``first_names.toml``) of a name of two to four singular proper nouns ("the Council of Maria Elders"
names a council of elders) and the part before it ends in an organisation word
(``actors.names.leader_cut_from_body``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

RULE = "actors.owned_bodies.leader_of_body"
CUT_RULE = "actors.names.leader_cut_from_body"


def split_person_of(st: ActorState, ents: list[Span]) -> list[Span]:
    """ "the Free Highland Army of Ola Dahl" tagged as one organisation: the organisation and the
    person (recorded in ``st.leader_cut_names`` for the rule id)."""
    lx, out = st.lx, []
    for ent in ents:
        cut = next((t.i for t in ent if t.lower_ == lx.words.of and t.i > ent.start), None)
        if ent.label_ != "ORG" or cut is None or not 2 <= ent.end - cut - 1 <= 4:
            out.append(ent)
            continue
        name = ent.doc[cut + 1: ent.end]
        if ent.doc[cut - 1].lower_ not in lx.org_words or not lx.is_first_name(name[0].text) or \
                not all(t.tag_ == "NNP" and t.lower_ not in lx.org_words for t in name) or lx.country(name.text):
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, cut, label="ORG"))
        out.append(Span(ent.doc, cut + 1, ent.end, label="PERSON"))
        st.leader_cut_names.add((name.start_char, name.end_char))
    return out


def _owned(st: ActorState, tok: Token) -> tuple[str, str] | None:
    """(person, organisation) when ``tok`` is a named person's possessive on, or "of" object of, a
    token of a named organisation or group."""
    if tok.dep_ == "poss" and tok.tag_ != "PRP$":
        body_tok = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == st.lx.words.of and tok.head.dep_ == "prep":
        body_tok = tok.head.head
    else:
        return None
    acts = st.ctx.actors
    person, body = st.token_actor.get(tok.i), st.token_actor.get(body_tok.i)
    if person is None or body is None or person == body or person not in acts or body not in acts:
        return None
    p, b = acts[person], acts[body]
    if p.kind != "person" or not p.named or b.kind not in ("organization", "group") or not b.named:
        return None
    if any(m.start <= tok.idx < m.end for m in b.mentions) or fold(tok.text) in {
            fold(w) for n in [b.name, *b.aliases] for w in n.split()}:
        return None  # "<Leader>'s office": the person's own staff, named after them (not a body they lead)
    return person, body


def owned_bodies(st: ActorState) -> None:
    """A named person with no side, or a guessed one, takes the named organisation written as theirs."""
    for tok in st.doc:
        if tok.pos_ != "PROPN":
            continue
        found = _owned(st, tok)
        if found is None:
            continue
        person = st.ctx.actors[found[0]]
        if person.affiliation is None or person.traced("affiliation") in GUESSED:
            st.set_affiliation(person, found[1], RULE)
