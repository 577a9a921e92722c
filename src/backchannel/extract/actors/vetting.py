"""Vetting of named-entity spans: what a span names when the tagger's label is wrong.

Why: the small statistical tagger labels documents ("UN Resolution 1701"), events ("the
Six-Day War"), diseases, regions ("northern Kessel State"), settlements ("the town of Lunde")
and the leader's name of a group ("the Brandt group") as persons or organisations. None of these
is a party. Each rejection here is explained by a construction (the span's syntactic head,
its preposition and verb, its modifier) and a word class of ``data/vetting.toml``, never by
the name itself; a name the text also uses as a party elsewhere keeps that mention, because
only the vetted mention is dropped. Rejections are kept in ``st.vetoed`` with their rule id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from backchannel.data_loader import loader
from backchannel.extract.actors.queries import org_like
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

FILE = "vetting.toml"
Found = tuple[int, int, str, Span, str]  # (start token, end token, label, span, rule id): as ner_spans.Found

DOCUMENT = "actors.vetting.document_head"
EVENT = "actors.vetting.event_head"
DISEASE = "actors.vetting.disease"
COMMUNITY = "actors.vetting.community_modifier"
DIVISION = "actors.vetting.division_place"
COMPASS = "actors.vetting.compass_place"
PLACE_OF = "actors.vetting.place_of"
FEATURE = "actors.vetting.feature_name"
VENUE_BUILDING = "actors.vetting.venue_building"
BUILDING_VENUE = "actors.vetting.building_as_venue"
GROUP_NAME = "actors.vetting.group_named_after"
ORIGIN_GROUP = "actors.vetting.origin_group"
DOCUMENT_OWNER = "actors.vetting.document_owner"
ORIGIN_DESCRIPTION = "actors.vetting.origin_group_description"


@dataclass(frozen=True)
class VettingWords:
    """The word classes of ``data/vetting.toml`` (one field per key; tables only group them)."""

    document_heads: frozenset[str]
    event_heads: frozenset[str]
    disease_names: frozenset[str]
    disease_heads: frozenset[str]
    community_names: frozenset[str]
    division_heads: frozenset[str]
    feature_heads: frozenset[str]
    compass_adjectives: frozenset[str]
    place_of_heads: frozenset[str]
    venue_buildings: frozenset[str]
    group_heads: frozenset[str]
    origin_heads: frozenset[str]


vetting_words = loader(VettingWords, FILE, grouped=True)


def community_word(text: str) -> bool:
    """A religious or ethnic community's word ("Haredi", "Druze"): it says which people a noun means,
    as a nationality does (read by unnamed.py)."""
    return fold(text) in vetting_words().community_names


def vet_spans(st: ActorState, found: list[Found]) -> list[Found]:
    """The candidate name spans less those a construction shows name no party; a name that only
    modifies a group noun is widened to the group ("the Brandt group", "the Lunde villagers")."""
    out: list[Found] = []
    for start, end, label, span, rule in found:
        grown = _named_group(st, span, label)
        if grown is not None:
            out.append(grown)
            continue
        why = vet_reason(st, span, label)
        if why is None:
            out.append((start, end, label, span, rule))
            continue
        st.vetoed.append((span.start_char, span.end_char, why))
        if why in (DOCUMENT, EVENT):
            out.extend(_owner_of_thing(st, span))
    return out


def vet_reason(st: ActorState, span: Span, label: str) -> str | None:
    """The rule id of the construction that shows ``span`` names no party, or None."""
    if label not in ("PERSON", "PERSON?", "ORG", "GPE", "FAC", "LOC", "NORP"):
        return None
    w, lx = vetting_words(), st.lx
    root = span.root
    name = span.text
    if lx.country(name) or lx.bloc(name):
        return None  # states and blocs have their own roles (states.py)
    head = root.lemma_.lower()
    if root.pos_ in ("PROPN", "NOUN") and len(span) > 1 and (head in w.document_heads or root.lower_ in w.document_heads):
        return DOCUMENT  # "UN Resolution 1701", "the Kessel Accords"
    if root.pos_ in ("PROPN", "NOUN") and len(span) > 1 and (head in w.event_heads or root.lower_ in w.event_heads):
        return EVENT  # "the Ostland-Norland war of 2006"
    if fold(name) in w.disease_names or root.dep_ == "compound" and root.head.lemma_.lower() in w.disease_heads:
        return DISEASE
    if community_word(name) and root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN":
        return COMMUNITY  # "Haredi members of the cabinet": the kind of the members
    return _place_reason(st, span)


def _place_reason(st: ActorState, span: Span) -> str | None:
    """A region or a settlement: the constructions that make a span a place. (A name only ever used
    as a venue or a destination is dropped later, with all its mentions: merges.drop_place_names.)"""
    w, lx = vetting_words(), st.lx
    root = span.root
    if any(c.dep_ == "amod" and c.lower_ in w.compass_adjectives and c.text.islower() and c.i < span.start
           for c in root.children):
        return COMPASS  # "in northern Kessel"
    last = span[-1]
    if len(span) > 1 and last.lower_ in w.feature_heads and last.text[:1].isupper():
        return FEATURE  # "the Vesta Strait", "Lunde International Airport": a place by its own name's head
    prep = root.head if root.dep_ == "pobj" else None
    if len(span) > 1 and last.lower_ in w.division_heads and last.text[:1].isupper() and (
            prep is not None and prep.lower_ in lx.venue_preps
            or root.dep_ == "compound" and root.head.lemma_.lower() in lx.place_nouns):
        return DIVISION  # "in Kessel State", "the Ostland Province border"
    if prep is not None and prep.lower_ == lx.words.of and prep.head.lemma_.lower() in w.place_of_heads \
            and prep.head.pos_ == "NOUN":
        return PLACE_OF  # "the town of Lunde"
    building = root.head if root.dep_ == "compound" else None
    if building is not None and building.lower_ in w.venue_buildings and building.dep_ == "pobj" \
            and building.head.lower_ in lx.venue_preps:
        return VENUE_BUILDING  # "talks started in a guarded Red Crescent office"
    return None


def building_as_venue(st: ActorState, tok: Token) -> bool:
    """ "talks started in a heavily guarded <X> office", "the negotiators left the prime minister's office":
    a building noun after a verb's venue preposition or as the object of a verb of travel is where
    something happens, not the institution acting (which speaks: "the prime minister's office said"). Read by
    institutions.py before it makes an office an actor; recorded in ``st.vetoed``."""
    lx = st.lx
    if tok.lower_ not in vetting_words().venue_buildings:
        return False
    # (the preposition on a verb: "a source in X's office" belongs to the office, it is no venue)
    venue = tok.dep_ == "pobj" and tok.head.lower_ in lx.venue_preps and tok.head.head.pos_ in ("VERB", "AUX") \
        or tok.dep_ == "dobj" and (
        tok.head.lemma_.lower() in lx.words.travel_verbs or tok.head.lemma_.lower() in lx.words.arrival_verbs)
    if venue:
        st.vetoed.append((tok.idx, tok.idx + len(tok.text), BUILDING_VENUE))
    return venue


def _named_group(st: ActorState, span: Span, label: str) -> Found | None:
    """ "the Brandt group", "the Lunde schoolgirls": a name whose root modifies a group noun right
    after it, and that the text never uses without such a noun, names the group, not a party of
    its own. Group nouns make an organisation ("UNIT": its name is the name and the noun, the
    bare name an alias); nouns of people named by their origin make a group of people."""
    if label not in ("PERSON", "PERSON?", "ORG", "GPE", "FAC", "LOC") or span.end >= len(span.doc):
        return None
    w, lx = vetting_words(), st.lx
    root, nxt = span.root, span.doc[span.end]
    if root.dep_ != "compound" or root.head.i != nxt.i or nxt.pos_ != "NOUN" or not nxt.text.islower():
        return None
    if lx.country(span.text) or lx.bloc(span.text) or lx.demonym(span.text):
        return None
    heads = w.group_heads if nxt.lower_ in w.group_heads else w.origin_heads if nxt.lower_ in w.origin_heads else None
    if heads is None or heads is w.origin_heads and org_like(st, span.text) or _used_alone(st, span, heads):
        return None
    grown = span.doc[span.start: span.end + 1]
    if heads is w.group_heads:
        return span.start, span.end + 1, "UNIT", grown, GROUP_NAME
    return span.start, span.end + 1, "GROUP", grown, ORIGIN_GROUP


def untagged_origin_groups(st: ActorState, found: list[Found]) -> list[Found]:
    """ "200 Lunde schoolgirls": a run of capitalised proper nouns the tagger left untagged before
    a noun of people named by their origin, and never written alone, makes that group
    (``actors.vetting.origin_group``), as a tagged one does (:func:`_named_group`)."""
    w, lx, doc = vetting_words(), st.lx, st.doc
    covered = {i for s, e, *_ in found for i in range(s, e)}
    out: list[Found] = []
    for tok in doc:
        if tok.lower_ not in w.origin_heads or tok.pos_ != "NOUN" or tok.i == 0:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and \
                doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_ and start - 1 not in covered:
            start -= 1
        if start == tok.i or doc[start].is_sent_start:
            continue
        name = doc[start: tok.i]
        if lx.country(name.text) or lx.demonym(name.text) or lx.bloc(name.text) or org_like(st, name.text) \
                or _used_alone(st, name, w.origin_heads):
            continue
        out.append((start, tok.i + 1, "GROUP", doc[start: tok.i + 1], ORIGIN_GROUP))
    return out


def _used_alone(st: ActorState, span: Span, heads: frozenset[str]) -> bool:
    """Whether the text writes the name anywhere without one of ``heads`` right after it."""
    name = span.text
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", st.text):
        nxt = re.match(r"\s*([\w-]+)", st.text[m.end():])
        if nxt is None or nxt.group(1).lower() not in heads:
            return True
    return False


def _owner_of_thing(st: ActorState, span: Span) -> list[Found]:
    """ "UN Resolution 1701": the known bloc or acronym that opens a document's or an event's
    name is a party of its own, kept when the rest of the span is dropped."""
    toks: list[Token] = []
    for t in span:
        if t.i >= span.root.i or t.pos_ != "PROPN":
            break
        toks.append(t)
    if not toks:
        return []
    lead = span.doc[toks[0].i: toks[-1].i + 1]
    if st.lx.country(lead.text):
        return []  # a state: the gazetteer has its mention already (states.py)
    if st.lx.bloc(lead.text) is None and not (len(toks) == 1 and toks[0].text.isupper() and toks[0].is_alpha
                                              and 2 <= len(toks[0].text) <= 6):
        return []
    return [(lead.start, lead.end, "ORG", lead, DOCUMENT_OWNER)]


def origin_group_descriptions(st: ActorState) -> None:
    """ "21 Lunde schoolgirls were freed ... the schoolgirls said": a later "the" + the same noun of
    people, with no other modifier, is a mention of the group named by its origin before (the
    nearest one with that noun); it becomes a mention and, as written, an alias."""
    groups: list[tuple[int, str, str]] = []  # (first token, actor id, head noun)
    for a in st.ctx.actors.values():
        if a.rule == ORIGIN_GROUP and a.mentions:
            span = st.doc.char_span(a.mentions[0].start, a.mentions[0].end, alignment_mode="expand")
            if span is not None:
                groups.append((span.start, a.id, a.name.split()[-1].lower()))
    if not groups:
        return
    for tok in st.doc:
        if tok.i in st.token_actor or tok.i in st.consumed or tok.pos_ != "NOUN":
            continue
        kids = [c for c in tok.children if c.i < tok.i]
        if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != st.lx.words.definite_article:
            continue
        earlier = [(i, aid) for i, aid, head in groups if head == tok.lower_ and i < tok.i]
        if not earlier:
            continue
        aid = max(earlier)[1]
        st.add_mention(aid, kids[0].idx, tok.idx + len(tok.text), tok, ORIGIN_DESCRIPTION)
        st.ctx.coref[tok.i] = aid
        st.add_alias(aid, st.text[kids[0].idx: tok.idx + len(tok.text)], ORIGIN_DESCRIPTION)
