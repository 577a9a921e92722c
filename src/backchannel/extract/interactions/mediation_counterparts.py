"""A mediator's parties read off the mediator's own dealings in its sentence.

Rule ``interactions.mediation_counterparts.talked_with``: when a mediation names no party, the story
step fills it with the story's two sides (``expand.story_sides``). That guess is wrong where the
sentence itself says whom the mediator dealt with: "the statement followed talks between A and the
regional mediators" (the mediators' talks were with A), "X said he had brokered a deal with the rebel
leader A" (X stood between A and the other side). The counterpart then takes the place of the side it
belongs to (A for A's group), and the other side stays; a counterpart on no side replaces the guess.

Why a module of its own: expand.py fills every act's parties; this reads one act's sentence for the
acts and phrases around its mediator, with its words in data/mediation_counterparts.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import TARGET, Candidate, Inferred, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import lexicon
from backchannel.extract.interactions.story import affiliations, side_of
from backchannel.syntax.roles import logical_object
from backchannel.syntax.tree import VERB_POS, clause_verb, prep_objects

TALKED_WITH = "interactions.mediation_counterparts.talked_with"
FILE = "mediation_counterparts.toml"


@dataclass(frozen=True)
class CounterpartWords:
    """The words of data/mediation_counterparts.toml."""

    talk_types: frozenset[str]
    meeting_types: frozenset[str]
    with_preps: frozenset[str]


counterpart_words = loader(CounterpartWords, FILE)


def _is_mediator(d: Doc_, a: str, ms: list[str]) -> bool:
    """``a`` is one of the mediators or belongs to one (a mediator state's envoy)."""
    return a in ms or bool(set(affiliations(d.ctx, a)) & set(ms)) or any(a in affiliations(d.ctx, m) for m in ms)


def _with_parties(d: Doc_, trig: Token) -> list[Token]:
    """The with-phrase of the deal or talks a mediation verb governs ("brokered a deal with A"), on the
    noun or (as the parser often hangs it) on the verb itself."""
    if trig.pos_ not in VERB_POS:
        return []
    obj = logical_object(trig)
    s = lexicon().settings
    if obj is None or obj.lemma_.lower() not in s.talk_nouns | s.agreement_nouns:
        return []
    return [t for p in counterpart_words().with_preps for h in (obj, trig) for x in prep_objects(h, p)
            for t in [x, *x.conjuncts]]


def counterparts(d: Doc_, r: Candidate, ms: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The parties the mediators ``ms`` deal with in ``r``'s sentence: the other end of talks one
    of them holds and the with-phrase of the deal the mediation verb governs; then, apart, the other
    end of a meeting one of them holds (a counterpart only when on a side); last, those of the first
    told in the mediation's own clause (talks in a relative or adverbial clause are other dealings:
    "X, which held talks with A on trade, mediated")."""
    si = d.sent_index(r.trig)
    w = counterpart_words()
    talks: list[str] = []
    met: list[str] = []
    tied: list[str] = []
    own = clause_verb(r.trig)
    for o in d.built:
        if o is r or o.type not in w.talk_types | w.meeting_types or d.sent_index(o.trig) != si:
            continue
        ends = [e for e in o.sources + o.targets if not _is_marker_or_mediator(d, e, ms)]
        if any(e in ms for e in o.sources + o.targets):
            (talks if o.type in w.talk_types else met).extend(ends)
            tied += ends if o.type in w.talk_types and clause_verb(o.trig) == own else []
    for t in _with_parties(d, r.trig):
        found = [a for a in d.actors(t, deep=False) if not _is_mediator(d, a, ms)]
        talks += found
        tied += found
    return list(dict.fromkeys(talks)), [a for a in dict.fromkeys(met) if a not in talks], list(dict.fromkeys(tied))


def _is_marker_or_mediator(d: Doc_, e: str, ms: list[str]) -> bool:
    return is_marker(e) or _is_mediator(d, e, ms)


def talked_with(d: Doc_, r: Candidate, ms: list[str], parties: list[str], inferred: Inferred) -> list[str]:
    """Rule TALKED_WITH: the story's sides guessed for a mediation, corrected by the parties its
    sentence says the mediator dealt with (each in place of the side it belongs to; all those it
    talked with in the mediation's own clause when none belongs to a side). Only for sides the story
    step guessed; never a mediator."""
    talks, met, tied = counterparts(d, r, ms)
    if not (talks or met) or not parties:
        return parties
    out = list(parties)
    placed = False
    for c in talks + met:
        side = side_of(d.ctx, c, parties)
        if side is None and not any(side_of(d.ctx, p, [c]) for p in parties):
            continue
        placed = True
        if side is not None and side != c:
            out = [c if p == side else p for p in out]
    new = list(dict.fromkeys(out if placed or not tied else tied))
    if new != parties:
        inferred.rules[TARGET] = TALKED_WITH
    return new
