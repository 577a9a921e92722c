"""Coordinated parties hidden inside one noun phrase.

Why: "Swiss, Kenyan and Omani diplomats brokered the talks" and "the efforts of Norwegian,
Malian, and Chilean mediation" name three parties that act, each on its own, though the
phrase is one noun (the actors stage keeps the diplomats as one group, and the parser often
hangs the head noun as a conjunct of the first adjective). A mediator role is held by each of
them: one mediation per state, each an intermediary of the talks.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.words import words
from backchannel.syntax.tree import NOUN_POS, governor, prep_objects

W = words()
COORDINATED_MODIFIERS = "interactions.coordination.coordinated_modifiers"
PREMODIFIER_DEPS = ("amod", "nmod", "compound", "conj")


def coordinated_modifiers(d: Doc_, head: Token) -> list[str]:
    """Actors of two or more coordinated premodifiers of ``head`` ("U.S., Egyptian and Qatari
    diplomats" -> the US, Egypt, Qatar), read linearly right to left from the head: the parser
    rarely gets such coordinations right. Fewer than two: none (one modifier is the `mod` spec's)."""
    doc = head.doc
    out: list[str] = []
    seen_cc = False
    j = head.i - 1
    while j >= head.sent.start and head.i - j < 12:
        t = doc[j]
        if t.lower_ in W.coordination_links or t.tag_ == "HYPH":
            seen_cc = seen_cc or t.pos_ == "CCONJ"
            j -= 1
            continue
        if not t.text[:1].isupper():
            break
        # a demonym first: the token may lie inside the whole group's own mention
        a = d.state_for(t.text.rstrip("-")) or d.actor_tok(t)
        if a is None or getattr(d.ctx.actors.get(a), "kind", None) not in ("state", "organization"):
            break
        if a not in out:
            out.insert(0, a)
        j -= 1
    return out if len(out) >= 2 and seen_cc else []


def mention_head(d: Doc_, actor: str, sent_start: int, sent_end: int) -> Token | None:
    """The head token of ``actor``'s first mention between the two offsets."""
    for s, e, a in d.ctx.mentions_in(sent_start, sent_end):
        if a == actor:
            span = d.ctx.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span):
                return span.root
    return None


def split_coordinated(d: Doc_, tok: Token, actors: list[str]) -> tuple[list[str], bool]:
    """Each actor in ``actors`` that is one of "A, B and C <noun>" (or the whole group) replaced by
    A, B and C (whether any was)."""
    sent = tok.sent
    out: list[str] = []
    changed = False
    for a in actors:
        parts: list[str] = []
        h = mention_head(d, a, sent.start_char, sent.end_char)
        if h is not None:
            parts = coordinated_modifiers(d, _modified_noun(h))
        if parts and (a in parts or not getattr(d.ctx.actors.get(a), "named", True)):
            changed = changed or parts != [a]
            out.extend(p for p in parts if p not in out)
        elif a not in out:
            out.append(a)
    return out, changed


def _modified_noun(t: Token) -> Token:
    """The noun a premodifier (or a conjunct of one) modifies; a noun itself otherwise."""
    cur = t
    for _ in range(6):
        if cur.dep_ in PREMODIFIER_DEPS and cur.head.i > cur.i:
            cur = cur.head
        else:
            break
    return cur


COMPANIONS = "interactions.coordination.role_companions"


def companions(d: Doc_, tok: Token, found: list[str]) -> list[str]:
    """Those who share a mediator's role "along with" it: "the talks are led by X, along with Y,
    and Z" -> Y and Z. The phrase hangs on the verb, on the agent, on the mediation noun or on
    the verb that governs it ("played a role in mediation, along with Y"); a
    noun the parser coordinated with the verb itself ("..., and Z") is one more of them."""
    out: list[str] = []
    heads = [tok] + [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    g = governor(tok) if tok.pos_ in NOUN_POS else None
    if g is not None:  # "X played a central role in the mediation, along with Y"
        heads.append(g)
    for h in heads:
        for o in _companion_objects(h):
            out.extend(a for a in d.actors(o) if a not in found and a not in out)
    for o in _cooperation_partners(tok):
        out.extend(a for a in d.actors(o) if a not in found and a not in out)
    if out:
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ in NOUN_POS:
                out.extend(a for a in d.actors(c) if a not in found and a not in out)
    return out


def _cooperation_partners(tok: Token) -> list[Token]:
    """ "X has been working with Y to broker a deal": the with-partner of a verb of working
    together whose purpose infinitive is the mediation shares the role (not "X met Y to mediate":
    a meeting's with-phrase names a party, interactions.modality.purpose_talks)."""
    h = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or h.i == tok.i or h.lemma_.lower() not in W.cooperation_verbs \
            or not any(c.dep_ == "aux" and c.lower_ == W.infinitive_to for c in tok.children):
        return []
    return [o for c in h.children if c.dep_ == "prep" and c.lower_ == W.with_prep
            for o in c.children if o.dep_ == "pobj"]


def _companion_objects(h: Token) -> list[Token]:
    """Objects of "along with", "together with"... under ``h``, however the parser chained the
    words ("together" an adverb under "with", or "with" a preposition under "along")."""
    out: list[Token] = []
    for p in W.companion_preps:
        first, *rest = p.split()
        for c in h.children:
            if c.lower_ == first and rest:
                out.extend(o for w in c.children if w.lower_ == rest[-1] for o in w.children if o.dep_ == "pobj")
            elif rest and c.lower_ == rest[-1] and any(w.lower_ == first for w in c.children):
                out.extend(o for o in c.children if o.dep_ == "pobj")
            elif not rest and c.lower_ == first:
                out.extend(o for o in c.children if o.dep_ == "pobj")
        out.extend(o for o in prep_objects(h, p) if o not in out)
    return list(dict.fromkeys(out))
