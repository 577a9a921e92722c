"""Arguments of coordinated act nouns (rule id ``interactions.noun_coordination.shared_argument``).

Why: when act nouns are coordinated, the parser hangs their shared dependents on one conjunct
only: the possessor and premodifiers on the first ("Peru's negotiations and talks with Chile":
"Peru's" on "negotiations"), the prepositional phrases on the last ("with Chile" on "talks";
"attacks and killings of farmers by the Front": "of" and "by" on "killings"). Each conjunct then
loses half its parties. A phrase-internal spec of the frame (possessor, premodifier, a
preposition's object) that finds nothing on the noun itself is read on the coordinated act nouns:
left-hand specs on the conjuncts before it, prepositional phrases on any conjunct when the
phrase stands after it (the parser may hang it on the first: "offers and demands to Y"). A
repeated preposition ("talks with Y and with Z") is left alone: the parser loses its object.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.extract.interactions.nominal_specs import noun_class
from backchannel.extract.interactions.specs import resolve_spec
from backchannel.syntax.tree import NOUN_POS, coordination_head, prep_objects

SHARED_ARGUMENT = "interactions.noun_coordination.shared_argument"
PREP = "prep:"
# specs read off the noun's own phrase to its left (possessor, premodifiers)
_LEFT_SPECS = ("poss", "poss_if_of", "poss_no_of", "poss_no_by", "poss_if_by", "mod", "hyphen_pair")


def _named(actors: list[str]) -> bool:
    return any(not is_marker(a) for a in actors)


def _siblings(d: Doc_, tok: Token) -> list[Token]:
    """The act nouns coordinated with ``tok`` (each with a frame of the lexicon), in text order."""
    root = coordination_head(tok, NOUN_POS)
    group = [root] + [c for c in root.conjuncts if c.pos_ in NOUN_POS]
    return sorted((t for t in group if t.i != tok.i and t.lemma_.lower() in d.lex.frames), key=lambda t: t.i)


def _owned(t: Token) -> bool:
    return any(c.dep_ == "poss" for c in t.children)


def _shared(d: Doc_, specs: tuple[str, ...], tok: Token, fr: Frame, raw: Candidate, taken: list[str]) -> list[str]:
    """The first phrase-internal spec that names an actor on a coordinated act noun: a possessor or
    premodifier of a conjunct before the noun, or a prepositional phrase, on any conjunct, that
    stands after the noun ("offers and demands to Y": "to Y" hangs on "offers")."""
    sibs = _siblings(d, tok)
    if not sibs:
        return []
    for sp in specs:
        found: list[str] = []
        if sp in _LEFT_SPECS:
            found = [a for s in sibs if s.i < tok.i for a in resolve_spec(d, sp, s, fr, raw)]
        elif sp.startswith(PREP):  # not the phrase of a conjunct with a possessor of its own when
            # the noun has one ("X's war and Y's talks with Z": "with Z" is Y's talks')
            found = [a for s in sibs if not (_owned(s) and _owned(tok))
                     for o in prep_objects(s, sp[len(PREP):]) if o.i > tok.i for a in d.actors(o)]
        found = [a for a in dict.fromkeys(found) if not is_marker(a) and a not in taken]
        if found:
            return found
    return []


def coordinated_arguments(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> None:
    """Rule SHARED_ARGUMENT: fill an empty slot of a noun trigger from its coordinated act nouns,
    by the frame's specs, then by its noun class's (``data/nominal.toml``)."""
    if fr.pos != FramePos.NOUN or tok.pos_ not in NOUN_POS:
        return
    cls = noun_class(tok.lemma_.lower(), fr.type)
    if not _named(raw.sources):
        found = _shared(d, tuple(dict.fromkeys(fr.source + (cls.agent if cls else ()))), tok, fr, raw, raw.targets)
        if found:
            raw.sources = found
            raw.trace[SOURCE] = SHARED_ARGUMENT
    if not _named(raw.targets):
        found = _shared(d, tuple(dict.fromkeys(fr.target + (cls.patient if cls else ()))), tok, fr, raw, raw.sources)
        if found:
            raw.targets = found
            raw.trace[TARGET] = SHARED_ARGUMENT
