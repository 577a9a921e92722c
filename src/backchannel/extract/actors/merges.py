"""Final clean-up: merges across steps, dropped places, dangling affiliations, pronouns.

Why: some decisions need every actor known first (an unnamed "senior envoy" who
does what a named person does is that person; a one-word "organisation" seen only
as an origin is a place), and pronouns are resolved once the actors are final.
"""

from __future__ import annotations

from backchannel.extract.actors.state import ActorState
from backchannel.resolve import coref
from backchannel.syntax.tree import NSUBJ_DEPS


def same_event_persons(st: ActorState) -> None:
    """An unnamed person who does what a named person does to the same party is that person.

    News leads summarise before they name: "A senior envoy has met the prime minister
    of X ... On Friday, Y met X's Prime Minister Z". Same verb, same object, one
    unnamed singular subject and one named subject: the same person.
    """
    def acts(aid: str) -> set[tuple[str, str]]:
        out = set()
        for m in st.ctx.actors[aid].mentions:
            span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.dep_ not in NSUBJ_DEPS:
                continue
            verb = span.root.head
            for c in verb.children:
                if c.dep_ == "dobj":
                    obj = st.token_actor.get(c.i) or st.ctx.coref.get(c.i)
                    if obj:
                        out.add((verb.lemma_, obj))
        return out

    named = [a.id for a in st.ctx.actors.values() if a.named and a.kind == "person"]
    named_acts = {aid: acts(aid) for aid in named}
    for a in list(st.ctx.actors.values()):
        if a.named or a.kind != "person" or len(a.mentions) != 1:
            continue
        mine = acts(a.id)
        if not mine:
            continue
        hits = [n for n in named if named_acts[n] & mine]
        if len(hits) != 1:
            continue
        target = st.ctx.actors[hits[0]]
        rule = "actors.merges.same_event_person"
        if a.name not in target.descriptors:
            st.add_descriptor(target, a.name, rule, first=True)
        if target.affiliation is None and a.affiliation is not None:
            # the side comes from the rule that inferred it for the unnamed description
            st.set_affiliation(target, a.affiliation, a.traced("affiliation") or rule)
        m = a.mentions[0]
        st.ctx.remove_actor(a.id)
        st.ctx.trace(target, f"merged:{a.id}", rule)
        st.ctx.add_mention(target.id, m.start, m.end, m.rule)
        st.retarget(a.id, target.id)


def drop_places_inside_descriptions(st: ActorState) -> None:
    # narrow: written for one phrase of one article ("commanders from Azovstal",
    # shared/corpus/02-azovstal-commanders-kalin.txt), with spans.np_right's misattached "from" phrase
    """A one-word organisation seen only as the origin in a description is a place:
    "commanders from Azovstal"."""
    for a in list(st.ctx.actors.values()):
        if a.kind != "organization" or not a.named or len(a.mentions) != 1 or a.affiliation:
            continue
        m = a.mentions[0]
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) != 1 or span[0].text.isupper():
            continue
        tok = span[0]
        if tok.i in st.desc_internal and tok.i > 0 and st.doc[tok.i - 1].lower_ in st.lx.words.place_preps:
            st.ctx.remove_actor(a.id)


def drop_dangling_affiliations(st: ActorState) -> None:
    """No affiliation may point at an actor a merge or a drop removed, nor at the actor itself."""
    for actor in st.ctx.actors.values():
        if actor.affiliation is not None and (actor.affiliation not in st.ctx.actors or actor.affiliation == actor.id):
            st.set_affiliation(actor, None, "actors.merges.dangling_affiliation")


def resolve_pronouns(st: ActorState) -> None:
    """Pronouns and relatives to actors (``resolve/coref.py``), once every actor is known."""
    coref.resolve_all(st.ctx)
