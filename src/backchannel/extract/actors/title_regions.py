"""A title's region fused with the holder's name: "special envoy to West Asia Ola Brandt".

Why: "<title> to/for <region> <Name>" is a common way to name an envoy; the tagger reads the region
and the name as one place or one person ("West Asia Ola Brandt"), so the envoy is lost, or named
with the region.
"""

from __future__ import annotations

from spacy.tokens import Span

from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

RULE = "actors.title_regions.region_then_name"


def split_region_names(st: ActorState, ents: list[Span]) -> list[Span]:
    """Each entity right after a title's "to"/"for" (articles skipped) that starts with a known region,
    state or city and goes on with two or more capitalised words is cut there: the place, then a
    person; where no place is known, a known first name inside it starts the person."""
    out: list[Span] = []
    for ent in ents:
        cut = _cut(st, ent) if len(ent) >= 3 and _after_title_preposition(st, ent) else None
        if cut is None:
            out.append(ent)
            continue
        out.append(Span(st.doc, ent.start, cut, label="LOC"))
        person = Span(st.doc, cut, ent.end, label="PERSON")
        st.region_cut_names.add((person.start_char, person.end_char))
        out.append(person)
    return out


def _after_title_preposition(st: ActorState, ent: Span) -> bool:
    """ "envoy to (the) <ent>", "representative for <ent>": a title noun, "to"/"for", the entity."""
    doc, i = st.doc, ent.start - 1
    while i >= 0 and doc[i].lower_ == st.lx.words.definite_article:
        i -= 1
    if i < 1 or doc[i].lower_ not in st.lx.words.title_region_preps:
        return False
    return doc[i - 1].lower_ in st.lx.person_nouns or doc[i - 1].lemma_.lower() in st.lx.gov_titles


def _cut(st: ActorState, ent: Span) -> int | None:
    """The token where the person's name starts (two capitalised words or more after it), or None: after
    the longest known place at the entity's start, else at the first known first name."""
    doc = st.doc
    names_from = [k for k in range(ent.start + 1, ent.end - 1)
                  if all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in doc[k:ent.end])]
    place_cuts = [k for k in names_from if known_place(st, doc[ent.start:k].text)]
    if place_cuts:
        return max(place_cuts)  # the longest known place ("Middle East", not "Middle")
    first = [k for k in names_from if st.lx.is_first_name(doc[k].text)]
    return first[0] if first else None


def known_place(st: ActorState, place: str) -> bool:
    """A region, state or city the gazetteer knows ("West Asia", "the Middle East", "Vesterland" if listed)."""
    lx = st.lx
    return fold(place) in lx.regions or fold("the " + place) in lx.regions or lx.country(place) is not None \
        or fold(place) in lx.cities


def region_title_holders(st: ActorState) -> None:
    """ "the Norwegian envoy to West Asia Ola Brandt": the unnamed title read before the region is the
    named person right after it, cut by the rule above or tagged apart by the model
    (actors.title_regions.title_of_region_holder): merged into that person, its
    description a descriptor and its side the person's. Only across "to/for <region>" with no
    punctuation between."""
    acts, text = st.ctx.actors, st.text
    for a in [x for x in acts.values() if x.named and x.kind == "person"]:
        starts = [m.start for m in a.mentions]
        for b in list(acts.values()):
            if b.id == a.id or b.named or b.kind != "person" or a.id not in acts:
                continue
            if any(_bridges(st, text[m.end:s]) for m in b.mentions for s in starts if m.end <= s):
                if b.name not in a.descriptors:
                    a.descriptors.append(b.name)
                st.merge(b.id, a.id, HOLDER_RULE)
                break


def _bridges(st: ActorState, between: str) -> bool:
    """ " to West Asia ", " for the Middle East ": a title's preposition and a known place, nothing else."""
    words = between.split()
    if not words or words[0].lower() not in st.lx.words.title_region_preps:
        return False
    return known_place(st, " ".join(words[1:]))


HOLDER_RULE = "actors.title_regions.title_of_region_holder"
