"""Personal staff act for the person they serve: "Clinton spokesman X", "an aide to Y", "aides of Z".

Why: the golds give an aide, a spokesman, an assistant or a lawyer the person they work for as
affiliation ("<Name> aide Jo Ruiz" -> that name; "Special Assistant on Media to President X" -> X;
"two senior aides of President X" -> X), and without a rule such a person took the state named
nearest, often the other side. The employer is read from the staff title's own syntax: a person's
name as premodifier, a possessive, or an "of"/"to" phrase (``owner_preps``). A governmental office
held under a leader is the state's, not the leader's ("the President's national security adviser",
"an aide who is now a deputy foreign minister"): a title that ends in a sole office, or a staff
noun with a relative clause that gives a governmental title, is left to the title rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor

RULE = "actors.staff.staff_of_person"
SERVED_RULE = "actors.staff.served_person_side"


def staff_affiliations(st: ActorState) -> None:
    """A person or group with no side whose title or description is a personal-staff noun owned by a
    named person (premodifier, possessive, "of"/"to" phrase) takes that person as affiliation."""
    for actor in list(st.ctx.actors.values()):
        if actor.kind not in ("person", "group") or actor.affiliation is not None:
            continue
        for toks, head in _staff_heads(st, actor):
            boss = _employer(st, toks, head, actor.id)
            if boss is not None:
                st.set_affiliation(actor, boss, RULE)
                break


def served_person_sides(st: ActorState) -> None:
    """Late: a person whose side is another person takes that person's own side, when it has one ("an
    adviser to <demonym> President Y" -> Y's state). Why: the golds give a person a state, an organisation
    or a group, never another person (s41-affil census: none of 511 gold sides in the read reports), while a
    group of followers keeps its leader ("supporters of X")."""
    acts = st.ctx.actors
    for actor in list(acts.values()):
        boss = acts.get(actor.affiliation) if actor.kind == "person" and actor.affiliation else None
        if boss is not None and boss.kind == "person" and boss.affiliation not in (None, actor.id) \
                and boss.affiliation in acts:
            st.set_affiliation(actor, boss.affiliation, SERVED_RULE)


def _staff_heads(st: ActorState, actor: Actor) -> list[tuple[list[Token], Token]]:
    """The staff nouns that describe ``actor``, each with the words before it in its title: its titles
    (a named person) or its mentions' heads (an unnamed description such as "two senior aides of X")."""
    heads = [([t for t in toks if t.i < h.i], h) for toks, h in st.titles.get(actor.id, [])]
    for m in actor.mentions:
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if not actor.named:
            heads.append(([t for t in span if t.i < span.root.i], span.root))
        # a capitalised title in apposition that the descriptor rules skip ("X, Special Assistant to Y,")
        heads += [([t for t in c.lefts], c) for c in span.root.children if c.dep_ == "appos" and c.i > span.root.i]
    return [(toks, h) for toks, h in heads if _is_staff(st, toks, h)]


def _is_staff(st: ActorState, before: list[Token], head: Token) -> bool:
    """A personal-staff noun that is no governmental office ("national security adviser")."""
    lx = st.lx
    if head.lemma_.lower() not in lx.personal_staff and head.lower_ not in lx.personal_staff:
        return False
    if sole_office(st, before, head):
        return False
    # "an aide who is now a deputy foreign minister": the office speaks for the state
    return not any(c.dep_ == "relcl" and any(t.dep_ == "attr" and t.lemma_.lower() in lx.gov_titles
                                             for t in c.children) for c in head.children)


def sole_office(st: ActorState, before: list[Token], head: Token) -> bool:
    """Does the title (the words ``before`` its ``head``) end in a sole office ("national security
    adviser")? Such an office is the state's, whoever appointed its holder."""
    phrase = " ".join([t.lower_ for t in before if t.i < head.i] + [head.lower_])
    return any(phrase == o or phrase.endswith(" " + o) for o in st.lx.words.sole_offices)


def _employer(st: ActorState, before: list[Token], head: Token, own: str) -> str | None:
    """The named person a staff noun belongs to: a premodifier or possessive that is a person's name
    ("Clinton spokesman", "Brandt's lawyer"), or the object of its "of"/"to" phrase."""
    cands: list[Token] = [t for t in before if t.pos_ == "PROPN"]
    for c in head.children:
        if c.i < head.i and (c.dep_ in ("compound", "nmod") or c.dep_ == "poss" and c.tag_ != "PRP$"):
            cands.append(c)
        elif c.dep_ == "prep" and c.lower_ in st.lx.words.owner_preps:
            cands += [p for p in c.children if p.dep_ == "pobj"]
    if head.dep_ == "appos":
        # "X, Special Assistant on Media to Y,": the parser hangs the "to" phrase on the name
        cands += [p for c in head.head.children if c.dep_ == "prep" and c.i == head.right_edge.i + 1
                  and c.lower_ in st.lx.words.owner_preps for p in c.children if p.dep_ == "pobj"]
    for t in cands:
        aid = st.actor_of_token(t)
        if aid and aid != own and aid in st.ctx.actors and st.ctx.actors[aid].kind == "person":
            return aid
    return None
