"""The claims stage's reading of the parse: the speaker of a cue whose object speaks, and
the span of a cue's content clause.

Why separate: these read only the parse, never the quotation regions, and are reused by
the cue, attribution and nominal steps. The general constructions (a speech cue's
subject, where a clause stops) are :mod:`backchannel.syntax.speech`; what stays here
depends on the cue lexicon (which cues make their object the speaker, which verbs end a
clause, which words are trimmed from content).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Token

from backchannel.extract.claims.appraisal import before_appraisal
from backchannel.data_loader import read
from backchannel.extract.claims.cue_lexicon import Cue, lexicon, words
from backchannel.extract.claims.relative import attributed_relative
from backchannel.extract.claims.state import ClaimsDoc
from backchannel.resolve.lexicon import lexicon as actor_lexicon
from backchannel.syntax import speech
from backchannel.syntax.speech import speech_subject
from backchannel.syntax.tree import is_passive, span_of

#: closing marks a content keeps ("… a “wake-up call”")
QUOTE_END = ("\"", "”", "’", "'")


def subject_of(v: Token, cue: Cue | None) -> Token | None:
    """The token naming who speaks through verb ``v``: the object of a cue whose object
    speaks ("quoted X as saying", "X was quoted"), else :func:`speech_subject`."""
    w = words()
    passive = is_passive(v)
    says_as = any(c.dep_ == "prep" and c.lower_ in w.speaker_object_preps
                  and any(g.lemma_ in w.saying_verbs for g in c.children) for c in v.children)
    if cue is not None and cue.speaker_object and (says_as or passive):
        for c in v.children:
            if c.dep_ in ("dobj", "obj"):
                return c
            if passive and c.dep_ == "nsubjpass":
                return c
    subj = speech_subject(v)
    if subj is not None and v.dep_ == "relcl" and subj.i == v.head.i:
        return animate_antecedent(v) or subj
    return subj


OCCASION_RULE = "claims.syntax.occasion_controller"


@cache
def _occasion_nouns() -> frozenset[str]:
    return frozenset(read("controlled_cues.toml")["occasion_controller"]["nouns"])


def occasion_controller(v: Token) -> Token | None:
    """Rule ``claims.syntax.occasion_controller``: "X took the opportunity to thank Y", "X spared no
    opportunity to praise Y", "X used the occasion to urge Y": a to-infinitive cue on an occasion noun
    (``controlled_cues.toml``) that is the object of a verb is the act of that verb's subject, who
    takes the occasion (the one given it, for "gave Y the chance to …"); the parse hangs the cue on the
    noun, which cannot speak. None for any other
    noun ("the decision to free", "a call to release": no controller read here), or no subject."""
    noun = v.head
    if noun.lemma_.lower() not in _occasion_nouns() or not any(k.dep_ == "aux" and k.tag_ == "TO" for k in v.children):
        return None
    verb = noun.head if noun.dep_ in ("dobj", "obj") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    given = next((k for k in verb.children if k.dep_ == "dative"), None)  # "gave Y a chance to urge": Y
    return given or next((k for k in verb.children if k.dep_ == "nsubj"), None)


def animate_antecedent(v: Token) -> Token | None:
    """"Oman-mediated talks with the Front, who said …": the name right before the comma of a
    "who" clause the parse hung on a thing ("talks"), inside that thing's phrase, is who speaks;
    None when the clause hangs on a noun of people ("the envoy of Norland, who said": the envoy)."""
    lex = lexicon()
    wh = next((c for c in v.children if c.dep_ == "nsubj" and c.lower_ in lex.words.animate_relatives), None)
    head = v.head
    if wh is None or head.pos_ != "NOUN" or any(head.lemma_.lower() in nouns or head.lower_ in nouns for nouns in (
            lex.person_nouns, lex.group_nouns, lex.org_nouns)):
        return None
    j = wh.i - 1
    while j > head.i and v.doc[j].is_punct:
        j -= 1
    near = v.doc[j]
    inside = near.i > head.i and any(a.i == head.i for a in near.ancestors)
    return near if inside and near.pos_ == "PROPN" else None


def _continues_act(c: Token) -> bool:
    """A coordinated verb that is a reporting act of its own ("… and denied X"; "… would
    reopen and warned X", :func:`tense_break`)."""
    cue = lexicon().verbs.get(c.lemma_)
    if cue is None:
        return modal_break(c)
    return (not cue.weak and not cue.infinitive or tense_break(c)) and not shares_infinitive(c)


def modal_break(c: Token) -> bool:
    """Any past-tense verb coordinated, without a subject or auxiliary of its own, with the head of
    a reported clause that has a modal ("X said the talks would go on but gave no date"):
    a finite past cannot hang on "would", and a reported clause goes on in the modal, so the verb
    is the reporting subject's next act (no claim) and the content stops before it."""
    h = c.head
    return (c.dep_ == "conj" and c.tag_ == "VBD" and h.dep_ == "ccomp" and h.head.lemma_ in lexicon().verbs
            and any(k.dep_ == "aux" and k.tag_ == "MD" for k in h.children)
            and not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for k in c.children))


def tense_break(c: Token) -> bool:
    """A past-tense verb coordinated, without a subject of its own, with a verb that has an
    auxiliary it cannot share ("the port would reopen and warned …", "was reading the text
    but accused …"): a finite verb cannot hang on "would"/"was", so it goes on the clause
    above (the reporting verb's), not the reported one. After a perfect ("had met and
    agreed") the tagger's past tense may be a participle sharing "had": no break."""
    h = c.head
    return (c.dep_ == "conj" and c.tag_ == "VBD" and h.tag_ in ("VB", "VBG")
            and any(k.dep_ == "aux" and k.tag_ in ("MD", "VBD", "VBZ", "VBP") for k in h.children)
            and not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for k in c.children))


def _new_act(c: Token) -> bool:
    """A coordinated verb deeper in the clause that is a (strong) cue: a new speaker's act,
    unless it shares an infinitive's "to" (:func:`shares_infinitive`)."""
    cue = lexicon().verbs.get(c.lemma_)
    return cue is not None and not cue.weak and not shares_infinitive(c)


#: the rule id of a content kept whole over a verb sharing an infinitive's "to"
SHARED_INFINITIVE = "claims.content.shared_infinitive"


def shares_infinitive(c: Token) -> bool:
    """A bare verb coordinated, without a subject or auxiliary of its own, with an infinitive
    ("use raids to frighten villagers and highlight …", "hopes to meet X and stress …"): it
    hangs on the same "to", so it is part of the reported clause, never the speaker's next act
    (rule ``claims.content.shared_infinitive``)."""
    h = c.head
    return (c.dep_ == "conj" and c.tag_ == "VB" and h.tag_ == "VB"
            and any(k.dep_ == "aux" and k.tag_ == "TO" for k in h.children)
            and not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for k in c.children))


def clause_cut(t: Token, subtree: list[Token] | None = None) -> int | None:
    """Token index where the clause of ``t`` stops (:func:`backchannel.syntax.speech.clause_cut`
    with the cue lexicon's concessive words and reporting verbs)."""
    return speech.clause_cut(t, lexicon().words.concessive, _continues_act, _new_act, subtree, _reporting)


def _reporting(c: Token) -> bool:
    """A ", citing …"/", adding …" participle is the speaker's next act and ends the content;
    ", allowing people to …" continues it."""
    return c.lemma_ in lexicon().verbs


def content_span(t: Token, skip_mark: bool = True) -> tuple[int, int]:
    """Character span of the content clause of ``t`` (its subtree up to :func:`clause_cut`,
    without trailing punctuation and trailing words), without a leading "that" when
    ``skip_mark``. Unlike :func:`backchannel.syntax.tree.subtree_span` it cuts the clause
    before coordinated reporting acts and keeps "whether"/"if"."""
    toks = list(t.subtree)
    cut = clause_cut(t, toks)
    if cut is not None:
        toks = [x for x in toks if x.i < cut]
    # a conjunction left dangling at the end ("… would be more intense — and", when the parse
    # hung the next speaker's clause elsewhere) is not the speaker's
    trailing = words().trailing_words
    while len(toks) > 1 and (toks[-1].is_punct and toks[-1].text not in QUOTE_END or toks[-1].lower_ in trailing) \
            and (cut is not None or toks[-1].lower_ in trailing or toks[-2].lower_ in trailing):
        toks.pop()
    toks = before_appraisal(_before_attributed_relative(toks))  # not "…, a move that could …"
    toks = _after_leading_citation(t, toks)
    if skip_mark:
        marks = words().content_marks  # "that …" loses its mark; "whether …", "if …" keep theirs
        # a complementizer the parse misread as an object ("said on condition of anonymity that …")
        while toks and (toks[0].dep_ == "mark" or toks[0].tag_ == "IN") and toks[0].lower_ in marks:
            toks = toks[1:]
    if not toks:
        return t.idx, t.idx + len(t.text)
    return span_of(toks)


def leading_citation(t: Token) -> Token | None:
    """"reported, citing two officials, that …" parsed with "citing" on the reported clause's verb
    ``t``: that participle, when it comes before the clause's own words (its subject or mark)."""
    start = min((k.i for k in t.children if k.dep_ in ("mark", "nsubj", "nsubjpass")), default=t.i)
    return next((k for k in t.children if k.dep_ == "advcl" and k.tag_ == "VBG" and k.i < start
                 and k.lemma_ in words().citing_verbs), None)


def _after_leading_citation(t: Token, toks: list[Token]) -> list[Token]:
    """The content without a leading ", citing X," the parse hung on it (:func:`leading_citation`):
    the citation names the outlet's source, it is no part of what was reported."""
    cite = leading_citation(t)
    if cite is None:
        return toks
    end = cite.right_edge.i
    rest = [x for x in toks if x.i > end]
    while rest and rest[0].is_punct:
        rest = rest[1:]
    return rest or toks


def _before_attributed_relative(toks: list[Token]) -> list[Token]:
    """The content without a closing relative clause that has a speaker of its own ("… in his
    hands, which she said were at his side": hers, not the outer speaker's;
    :mod:`.relative`)."""
    lex = lexicon()
    last = toks[-1].i if toks else -1
    for t in toks:
        if t.right_edge.i >= last - 1 and t.i > toks[0].i and attributed_relative(t, lex):
            kept = [x for x in toks if x.i < t.left_edge.i]
            while kept and (kept[-1].is_punct or kept[-1].lower_ in words().trailing_words):
                kept.pop()
            return kept or toks
    return toks


def titled_head(seg: Sequence[Token]) -> bool:
    """Whether a comma segment is headed by a title noun of the actors' lexicon (``actors.toml [titles]``: "head of information at the
    ministry", "chief of the delegation"), so that in "…, Ola Brandt, head of information at the
    Norland ministry, told reporters" the name before it speaks, not the body the title names
    (read by ``claims.attribution.tail_said``)."""
    ids = {t.i for t in seg}
    heads = [t for t in seg if t.head.i not in ids or t.head.i == t.i]
    return len(heads) == 1 and heads[0].pos_ == "NOUN" and actor_lexicon().is_title(heads[0].lemma_)


#: named-entity labels of places (spaCy's scheme)
PLACE_ENTS = ("GPE", "LOC", "FAC")


def place_after_place(d: ClaimsDoc, before: list[Token], seg: list[Token]) -> bool:
    """"… at a base in Kerrin, Veskaria, a Norpress witness said": a place name set off after
    another place ends a "City, Country" pair of the content, not a name apposed to the speaker."""

    def place(t: Token) -> bool:
        a = d.ctx.actors.get(d.ctx.actor_for_token(t) or "")
        return t.ent_type_ in PLACE_ENTS or a is not None and a.kind == "state"

    names = [t for t in seg if t.pos_ == "PROPN"]
    if not before or not names or before[-1].pos_ != "PROPN" or not place(before[-1]):
        return False
    ids = {t.i for t in seg}
    root = next((t for t in seg if t.head.i not in ids), seg[0])  # the parse's "Kerrin, Veskaria" apposition
    apposed = root.dep_ == "appos" and root.head.i == before[-1].i and not any(t.ent_type_ == "PERSON" for t in names)
    return apposed or all(place(t) for t in names)
