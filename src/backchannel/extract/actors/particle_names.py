"""Names joined by hyphenated particles: "Tehrik-e-Taliban", "Jamiat Ulema-e-Islam", "Hizb-ut-Tahrir".

Why: Urdu, Persian and Arabic organisation names link their words with a particle between hyphens
("-e-", "-ul-", "-ut-"); the tagger stops at the hyphen and leaves two or three fragments ("Tehrik",
"Jamiat Ulema-e-" tagged as a person, "Islam" as a nationality), each a false actor, and the
organisation itself is lost.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from backchannel.extract.actors.spans import initials_match
from backchannel.extract.actors.state import ActorState

RULE = "actors.particle_names.particle_joined"


def join_particle_names(st: ActorState, ents: list[Span]) -> list[Span]:
    """Each entity extended over "-<particle>-<Word>" links (``name_link_particles``), swallowing the
    entities it runs into; labelled an organisation. A country's name after it belongs to it when a
    bracketed acronym right after spells the whole ("Tehrik-e-Taliban Pakistan (TTP)")."""
    doc, parts = st.doc, st.lx.words.name_link_particles
    out: list[Span] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue  # swallowed by the name before
        end = ent.end
        while True:
            if end + 2 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in parts \
                    and doc[end + 2].text == "-" and end + 3 < len(doc) and doc[end + 3].text[:1].isupper() \
                    and _joined(st, end, end + 3):
                end += 4  # "Tehrik" + "-e-Taliban"
            elif end - ent.start >= 2 and doc[end - 1].text == "-" and doc[end - 2].lower_ in parts \
                    and end < len(doc) and doc[end].text[:1].isupper() and _joined(st, end - 1, end):
                end += 1  # "Jamiat Ulema-e-" + "Islam"
            else:
                break
        if end == ent.end:
            out.append(ent)
            continue
        end = _country_in_acronym(st, ent.start, end)
        span = Span(doc, ent.start, end, label="ORG")
        st.state_hits = [h for h in st.state_hits if not span.start_char <= h.start < span.end_char]
        st.particle_names.add((span.start_char, span.end_char))
        out.append(span)
    return out


def _joined(st: ActorState, a: int, b: int) -> bool:
    """No space between tokens ``a`` .. ``b`` (a written compound, not "A - e - B")."""
    doc = st.doc
    return all(not doc[i].whitespace_ for i in range(a, b))


def _country_in_acronym(st: ActorState, start: int, end: int) -> int:
    """``end`` moved over a following country name when "(ACRONYM)" after it spells the whole name."""
    doc, text = st.doc, st.text
    if end >= len(doc) or not st.lx.country(doc[end].text):
        return end
    m = re.match(r"\s*\(([A-Z]{2,})\)", text[doc[end].idx + len(doc[end].text):])
    whole = text[doc[start].idx: doc[end].idx + len(doc[end].text)]
    return end + 1 if m and initials_match(m.group(1), whole) else end


def particle_name_parts(st: ActorState) -> None:
    """ "the Taliban" beside "Tehrik-e-Taliban Pakistan": a named organisation or group whose name is one
    word of exactly one particle-joined name (not a particle, not a state's name) is that organisation
    (actors.particle_names.name_part); reports shorten such names to their main word."""
    acts = st.ctx.actors
    parts = st.lx.words.name_link_particles
    joined = [a for a in acts.values() if a.traced("kind") == RULE or a.rule == RULE]
    for a in list(acts.values()):
        if a.id not in acts or a.rule == RULE or not a.named or a.kind not in ("organization", "group", "state") \
                or " " in a.name.strip() or st.lx.country(a.name):  # ("state": the model's guess, not a known one)
            continue
        key = a.name.strip().lower()
        fits = [j for j in joined if j.id in acts and key in
                {w.lower() for w in re.split(r"[\s-]+", j.name) if w.lower() not in parts}]
        if len(fits) == 1:
            st.merge(a.id, fits[0].id, PART_RULE)


PART_RULE = "actors.particle_names.name_part"
