"""Contents that say nothing: a bare topic and an embedded question.

Why: "Molnar announced the agreement", "the breakthrough was announced by the envoy" name what
the text has already told (the agreement, the breakthrough); nothing the speaker said is in the
object, whose content, if any, is reported elsewhere. The object of such a cue is a claim only
when it carries more than a definite noun: a clause ("confirmed reports that …"), a frame, a
quotation or modifiers ("announced the release of its citizens"), and so is a confirmation ("confirmed the exchange": that
it happened). Likewise "Asked if the talks
had stalled, Varga said …" and "asked whether the captives were moved" report a question, not a
statement: the clause is what nobody has said yet; a question the report puts to someone (no
speaker: "Asked whether …, X said") is no claim, one a named party asks stays one.

Such a candidate is found like a claim (so the quotations, nesting and speakers around it read
as before) and then kept apart: an :class:`~backchannel.model.Attribution` of kind ``topic``
(rule ``claims.content.topic_object``) or ``question`` (rule ``claims.content.question``), with
the speaker as source, beside the claims; attribution corpora annotate both (PolNeAR exports
them), the dossier's claims do not hold them. A bare topic that opens its sentence as the subject
of a passive cue with an agent ("A and B agreed a truce. The breakthrough was announced by X.")
points back at the sentence before: that sentence is X's claim (``claims.content.topic_anaphora``,
read like "… X told CNN about this", ``claims.content.anaphora``).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import Cue, Lexicon
from backchannel.extract.claims.speakers import speaker_span
from backchannel.extract.claims.state import Cand, ClaimsDoc
from backchannel.extract.context import Context
from backchannel.model import Attribution, AttributionKind, ClaimSpans
from backchannel.quotes import QUOTE_CHARS

TOPIC_RULE = "claims.content.topic_object"
QUESTION_RULE = "claims.content.question"
#: "A and B agreed a truce. The breakthrough was announced by X.": a topic that opens its sentence
#: as the passive subject is the sentence before, which is X's statement (as "told CNN about this")
TOPIC_ANAPHORA_RULE = "claims.content.topic_anaphora"
#: the attribution kind each rule's candidates are kept as
KINDS: dict[str, AttributionKind] = {TOPIC_RULE: "topic", QUESTION_RULE: "question"}

#: dependents a bare topic noun may have: its article and words that only qualify it
TOPIC_DEPS = frozenset({"det", "poss", "amod", "compound"})
#: tags of a wh-word that opens an embedded question ("what", "which", "how", "when", "who")
WH_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})


def topic_only(head: Token, cue: Cue, lex: Lexicon, end: int | None = None) -> bool:
    """Whether ``head`` (the object or passive subject of cue ``cue``) is a bare definite noun that
    names only the topic: "the agreement", "the prisoner exchange"; not a name, a quotation, an
    indefinite ("a ceasefire"), a possessed noun ("her release": whose is news) or a noun with a
    phrase or clause of its own. ``end``:
    where the content ends, when a closing phrase of the occasion was cut ("announced the
    exchange *in twin statements*": the cut phrase is no part of the object)."""
    if not cue.topic or head.pos_ != "NOUN" or head.ent_type_:
        return False
    w = lex.words
    definite = False
    for k in head.children:
        if end is not None and k.idx >= end:
            continue
        if k.dep_ not in TOPIC_DEPS or k.i > head.i or any(g.i != k.i for g in k.subtree):
            return False
        if k.text in QUOTE_CHARS or k.ent_type_:
            return False
        if k.dep_ == "poss" or k.tag_ == "PRP$":
            return False  # "announced her release": whose release is news
        definite = definite or k.dep_ == "det" and k.lower_ in w.definite_determiners
    return definite


def question_clause(v: Token, clause: Token, lex: Lexicon) -> bool:
    """Whether the content clause ``clause`` of cue ``v`` is an embedded question: opened by
    "whether", or, after a verb of asking, by "if" or a wh-word ("asked what he expected")."""
    w = lex.words
    marks = [g for g in clause.children if g.dep_ == "mark" and g.i < clause.i]
    if any(g.lower_ in w.question_marks for g in marks):
        return True
    if v.lemma_.lower() not in w.question_verbs:
        return False
    if any(g.lower_ in w.conditional_marks for g in marks):
        return True
    first = clause.left_edge
    return first.tag_ in WH_TAGS and first.i > v.i


def split_unclaimed(done: list[Cand]) -> tuple[list[Cand], list[Cand]]:
    """The resolved candidates without, and then only, the topics and questions (:data:`KINDS`);
    a direct one (its clause all quotation) stays a claim: quoted words were said. A question is
    kept apart only when it has no speaker or its cue is passive ("Asked whether the talks would
    resume, X said …", "X was asked whether …": X was asked, the reporter asked); "Ola Brandt asked
    whether Vesterland was serious" stays Brandt's claim."""
    out = [c.rule in KINDS and not c.direct and c.parent is None
           and (c.rule != QUESTION_RULE or c.speaker_actor is None or _asked(c.cue_tok)) for c in done]
    return [c for c, o in zip(done, out) if not o], [c for c, o in zip(done, out) if o]


def add_unclaimed(ctx: Context, d: ClaimsDoc, cands: list[Cand]) -> None:
    """Record each topic or question candidate as an attribution of its kind, its speaker the source."""
    for c in cands:
        pieces = [p for p in c.pieces if p[1] > p[0]]
        if not pieces or c.rule is None:
            continue
        lo, hi = min(pieces[0][0], c.cue_span[0]), max(pieces[-1][1], c.cue_span[1])
        a, b = d.sents[d.sent_index(lo)], d.sents[d.sent_index(max(hi - 1, lo))]
        ctx.attributions.append(Attribution(
            id=f"a{len(ctx.attributions) + 1}", kind=KINDS[c.rule], source=c.speaker_actor, cue=c.cue_text,
            content=" ".join(d.text[s:e] for s, e in pieces),
            spans=ClaimSpans(doc=ctx.document.id, content=pieces, cue=c.cue_span, speaker=speaker_span(ctx, c)),
            evidence=ctx.evidence(a.start_char, b.end_char), rule=c.rule))


def _asked(v: Token | None) -> bool:
    """A cue with no subject of its own ("Asked whether …, X said", "X was asked if …": a passive
    subject at most): who is named beside it was asked, and did not ask; not "X asked", "X has
    asked whether …", "X, who asked whether …"."""
    return v is not None and not any(k.dep_ == "nsubj" for k in v.children)
