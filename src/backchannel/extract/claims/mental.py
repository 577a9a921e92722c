"""States of mind: a cue that names a thought or a hope is no statement on its own.

Why: "the chancellor thought an accord was within reach", "the mediators hoped both camps would
settle soon" and "an effort the capital hopes could ease tensions" tell what someone had in mind, as the
reporter sees it; nobody is reported to have said it. Reports quote such words as claims only when
a speech act carries them: a quotation ("hoped “the truce will hold”") or a speech verb that
reports the thought ("adding he hoped …", kept as the outer speaker's claim by the nesting step).
A candidate whose cue is one of ``mental_cues`` (claims_words.toml), with no quoted words, no
speech verb above it and no occasion of speaking ("in a statement", "speaking to reporters"), is
therefore dropped from the claims; the attitudes step then records it as
a ``belief`` attribution, which attribution corpora (PolNeAR) annotate. The rule id
``claims.mental.state_of_mind`` names the construction (it produces no claim).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.attitudes import attitudes
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.polarity import _speech
from backchannel.extract.claims.state import Cand, Kind
from backchannel.syntax.tree import SUBJ_DEPS

RULE = "claims.mental.state_of_mind"


def _reported(v: Token, lex: Lexicon) -> bool:
    """Whether a speech verb governs ``v`` ("said he hoped …", "adding that she thought …"); a verb
    it is only coordinated with does not ("said A, and hoped B": two acts, the second a thought), nor
    one reached through its subject ("the envoy, who feels P, said Q": the relative clause describes
    the speaker, Q is what was said; s37-review)."""
    mental = lex.words.mental_cues
    t = v
    while t.head.i != t.i:
        a, coordinated = t.head, t.dep_ == "conj"
        lemma = attitudes().lemma(a)
        if not coordinated and a.pos_ in ("VERB", "AUX") and lemma not in mental and _speech(lemma, lex):
            return t.dep_ not in SUBJ_DEPS  # a speech verb reached through its subject does not report the thought
        t = a
    return False


def _spoken_occasion(v: Token, lex: Lexicon) -> bool:
    """Is the thought told on an occasion of speaking ("In a statement, the ministry hoped …", "At a news
    conference, the envoy thought …", "Speaking to reporters, she hoped …")? The words were then said:
    a claim, as reports and the golds read it (s37-review). Read on the cue and the verbs it is
    coordinated with ("In a post, he wished them well and hoped …")."""
    w = lex.words
    t = v
    while True:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in w.occasion_preps and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in w.occasion_nouns for o in c.children):
                return True
            if c.dep_ == "advcl" and c.tag_ == "VBG" and (
                    (lemma := attitudes().lemma(c)) in w.occasion_verbs or _speech(lemma, lex)):
                return True
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head


def state_of_mind(c: Cand, lex: Lexicon) -> bool:
    """Whether candidate ``c`` only reports a state of mind: its cue is a mental cue, it quotes
    nothing, continues no quotation and no speech verb reports it."""
    v = c.cue_tok
    if v is None or c.direct or c.partial or c.parent is not None or c.kind == Kind.CONTINUED:
        return False
    if attitudes().lemma(v) not in lex.words.mental_cues:
        return False
    return not _reported(v, lex) and not _spoken_occasion(v, lex)


def drop_states_of_mind(cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """The candidates without those that only report a state of mind (:func:`state_of_mind`)."""
    return [c for c in cands if not state_of_mind(c, lex)]
