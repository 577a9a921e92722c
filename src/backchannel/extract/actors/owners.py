"""Affiliation through the person whose title an actor holds: "Biden's envoy", "the representative of X".

Why: an envoy, negotiator or adviser acts for the person who sent them, and so for
that person's side. The side of "President Biden's lead negotiator, Brett McGurk" is
Biden's, which the text gives elsewhere ("the Biden administration"), not the state
named nearest to the sentence (often the other party). A title with an owner therefore
never takes a guessed side (``side.py`` skips it); it takes the owner's side once every
affiliation the text states is known.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

# affiliations that are guesses from proximity: an owner's side replaces them
CO_MENTIONED = "actors.side.co_mentioned_side"
GUESSED = frozenset({"actors.side.nearest_state", CO_MENTIONED, "actors.owners.guessed_owner_side"})


def title_owner(st: ActorState, noun: Token) -> str | None:
    """The person a title noun belongs to: "Biden's envoy", "the representative of X", "an adviser to X"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.tag_ != "PRP$":
            aid = st.actor_of_token(c)
        elif c.dep_ == "prep" and c.lower_ in st.lx.words.owner_preps:
            aid = next((st.actor_of_token(p) for p in c.children if p.dep_ == "pobj"), None)
        else:
            continue
        if aid and aid in st.ctx.actors and st.ctx.actors[aid].kind == "person":
            return aid
    return None


def note_owner(st: ActorState, actor: Actor, noun: Token) -> None:
    """Remember that ``actor`` holds the title ``noun`` of another person (the first owner found stays)."""
    if actor.kind != "person" or noun.lemma_.lower() in st.lx.words.kin_nouns:
        return  # "the father of X" is a relative, not someone acting for X
    owner = title_owner(st, noun)
    if owner and owner != actor.id:
        st.owners.setdefault(actor.id, owner)


def owner_affiliations(st: ActorState) -> None:
    """A titled person with no stated side takes the side of the person whose title it holds.

    Runs after every stated affiliation is known (``leader_of_government`` gives the
    President's). Personal staff keep the person as their affiliation ("X's spokeswoman").
    """
    for _ in range(2):  # an owner may hold someone's title too
        for aid, owner in st.owners.items():
            actor, boss = st.ctx.actors.get(aid), st.ctx.actors.get(owner)
            if actor is None or boss is None or boss.affiliation in (None, aid) or actor.affiliation == owner:
                continue
            guessed = boss.traced("affiliation") in GUESSED
            if guessed and boss.traced("affiliation") != CO_MENTIONED:
                continue  # (only the side of a co-mentioned ally is passed on, not a nearest state)
            if actor.affiliation is not None and (guessed or actor.traced("affiliation") not in GUESSED):
                continue  # (a guess replaces no other guess)
            if actor.affiliation != boss.affiliation:
                # "President-elect X's envoy": the envoy's side is X's, even where X's own side was only
                # inferred from the other person of X's sentence; the envoy's is then a guess too
                st.set_affiliation(actor, boss.affiliation,
                                   "actors.owners.guessed_owner_side" if guessed else "actors.owners.owner_side")


PARTY_IN_BRACKETS = re.compile(r"\s*\(([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)")


def parties_in_brackets(st: ActorState) -> None:
    """ "David Amsalem (Likud)": the party in brackets right after a person's name is their affiliation.

    Reports mark a politician's party this way; the bracket holds a capitalised name (not a
    code such as "(R-Texas)"), which is the party's actor (made here when the model tagged
    nothing there).
    """
    rule = "actors.owners.party_in_brackets"
    acts = st.ctx.actors
    for actor in list(acts.values()):
        if actor.kind != "person" or not actor.named or actor.affiliation is not None:
            continue
        for m in actor.mentions:
            bm = PARTY_IN_BRACKETS.match(st.text, m.end)
            if bm is None or st.is_excluded(bm.start(1), bm.end(1)) or st.lx.country(bm.group(1)) \
                    or fold(bm.group(1)) in {fold(n) for n in [actor.name, *actor.aliases]}:
                continue
            s, e = bm.start(1), bm.end(1)
            party = st.ctx.actor_at(s, e)
            if party is None:
                party = st.ctx.new_actor_id(bm.group(1))
                st.ctx.add_actor(Actor(id=party, name=bm.group(1), kind="organization"), rule)
                st.add_mention(party, s, e, rule=rule)
            if party != actor.id and acts[party].kind in ("organization", "group", "state"):
                st.set_affiliation(actor, party, rule)
                break


def led_by(st: ActorState) -> None:
    """ "Hamas's negotiators, led by a former lawmaker": whoever leads a side's group belongs to that side.

    The agent of "led by"/"headed by" on a group or organisation, or of the passive clause whose
    subject it is ("the delegation was headed by X"), takes the group's side (the organisation itself
    when it has none).
    """
    w = st.lx.words
    for tok in st.doc:
        if tok.lemma_.lower() not in w.leading_verbs or tok.tag_ != "VBN":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)  # "the delegation was headed by X"
        if tok.dep_ not in ("acl", "relcl") and subj is None:
            continue
        group = st.actor_of_token(tok.head if subj is None else subj)
        if group is None or group not in st.ctx.actors:
            continue
        g = st.ctx.actors[group]
        side = g.affiliation if g.kind == "group" or g.affiliation else group
        if side is None or g.kind == "person":
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                leader = st.actor_of_token(obj)
                a = st.ctx.actors.get(leader) if leader else None
                if a is not None and a.id not in (group, side) and (
                        a.affiliation is None or a.traced("affiliation") in GUESSED):
                    st.set_affiliation(a, side, "actors.owners.led_by")
