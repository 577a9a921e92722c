"""The two releases a captive swap told by a noun names (rule ``interactions.swap_nouns.side_release``).

Why: a swap is often told only as a noun whose phrase names its two sides ("a prisoner swap
between A and B came through", "the A-B hostage exchange", "A's prisoner swap with B"); the verb
frames of a swap ("A and B swapped 90 prisoners") never see it, and the agreement frames read it
only under a verb of agreeing or brokering. Each side of a captive swap frees the captives it held:
A frees the other side's captives and B frees A's. The captives are the report's one unnamed
captive group that belongs to the other side ("five American prisoners" for the side that is not
the United States), else they stay open. Only a swap of captives counts: the noun carries a
captive noun as modifier or "of" phrase ("prisoner swap", "an exchange of detainees"), never a
swap of land, letters or fire.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.nominal_specs import nominal_words
from backchannel.extract.interactions.specs import resolve_spec
from backchannel.extract.interactions.timing_constructions import timing_words
from backchannel.syntax.tree import NOMINAL_MODIFIER_DEPS, NOUN_POS, prep_objects

SIDE_RELEASE = "interactions.swap_nouns.side_release"
# how the noun names its two sides, in order: "between A and B", "an A-B swap", "a swap
# reached between A and B", "A and B carried out a swap" (a support verb's subject); else one
# side by possessor or premodifier and the other by "with"
_PAIR_SPECS = ("prep:between", "hyphen_pair", "passive_between", "support_subj")
_ONE_SIDE_SPECS = ("poss", "mod_with")
_OTHER_SIDE_SPEC = "prep:with"


def _captive_word(t: Token) -> bool:
    words = nominal_words().hostage_nouns
    return any(p in words or p.rstrip("s") in words for p in t.lower_.replace("-", " ").split()) or \
        t.lemma_.lower() in words


def captive_swap(tok: Token) -> bool:
    """Is the noun a swap of captives: a captive noun as its premodifier ("prisoner swap",
    "hostage-exchange"), or as the object of its "of" phrase ("an exchange of detainees")."""
    if tok.pos_ not in NOUN_POS:
        return False
    if any(c.dep_ in NOMINAL_MODIFIER_DEPS and c.i < tok.i and _captive_word(c) for c in tok.children):
        return True
    if _captive_word(tok):  # "prisoner-swap" kept as one token
        return True
    return any(_captive_word(o) for o in prep_objects(tok, "of"))


def swap_sides(d: Doc_, tok: Token, raw: Candidate) -> list[str]:
    """The two sides the swap noun names (none unless exactly two, both named actors)."""
    for spec in _PAIR_SPECS:
        found = [a for a in resolve_spec(d, spec, tok, raw.frame, raw) if not is_marker(a)]
        if found:
            return list(dict.fromkeys(found)) if len(set(found)) == 2 else []
    # "the exchange of detainees between A and B": the parser hangs "between" on the captives
    found = [a for o in prep_objects(tok, "of") for x in prep_objects(o, "between") for a in d.actors(x)]
    if found:
        return list(dict.fromkeys(found)) if len(set(found)) == 2 else []
    one = next((f for sp in _ONE_SIDE_SPECS
                for f in [[a for a in resolve_spec(d, sp, tok, raw.frame, raw) if not is_marker(a)]] if f), [])
    other = [a for a in resolve_spec(d, _OTHER_SIDE_SPEC, tok, raw.frame, raw) if not is_marker(a) and a not in one]
    return [one[0], other[0]] if len(one) == 1 and len(other) == 1 else []


def captives_of(d: Doc_, side: str) -> list[str]:
    """The report's one unnamed captive group that belongs to ``side`` ("American prisoners"),
    or nothing when there is none or more than one."""
    words = nominal_words().hostage_nouns
    found = [aid for aid, a in d.ctx.actors.items()
             if not a.named and a.affiliation == side and a.name.split()
             and (a.name.casefold().split()[-1] in words or a.name.casefold().split()[-1].rstrip("s") in words)]
    return found if len(found) == 1 else []


def comparison_span(tok: Token, raw: Candidate) -> None:
    """"Their largest prisoner swap since May 2022", and a later "the exchange" that retells it: a
    "since" date read for a swap noun is the span of a comparison, never the date of the one swap
    (a point, not a state that runs from it); the swap stays undated (rule SIDE_RELEASE)."""
    t = raw.time
    if t is not None and t.text.split() and t.text.split()[0].lower() in timing_words().since_leads:
        raw.time = None
        raw.trace.pop("time", None)


def side_releases(d: Doc_, raw: Candidate, tok: Token) -> Candidate | None:
    """Rule SIDE_RELEASE: the candidate of the first side's release, with the second side's as its
    ``extra``; None when the noun is no captive swap or names no two sides."""
    if not captive_swap(tok):
        return None
    sides = swap_sides(d, tok, raw)
    if len(sides) != 2:
        return None
    a, b = sides
    for name in (SOURCE, TARGET):  # the noun class's default readings, now overridden
        raw.trace.pop(name, None)
    raw.sources, raw.targets = [a], captives_of(d, b)
    raw.rule = SIDE_RELEASE
    raw.trace[SOURCE] = SIDE_RELEASE
    if raw.targets:
        raw.trace[TARGET] = SIDE_RELEASE
    other = Candidate(type=raw.type, trig=tok, frame=raw.frame, sources=[b], targets=captives_of(d, a),
                      modality=raw.modality, negated=raw.negated, claim=raw.claim, time=raw.time,
                      topic=raw.topic, rule=SIDE_RELEASE, trace=dict(raw.trace))
    if not other.targets:
        other.trace.pop(TARGET, None)
    raw.extra = other
    return raw
