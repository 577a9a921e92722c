"""Rules interactions.timing.lead_run and lead_statement_day (s47): the day a report's lead
gives dates the undated done acts that the first sentence of the next paragraph tells.

Why: wire copy puts one sentence in a paragraph. The lead says what the subject did and when
("Anna Berg opened talks in Lund on Monday, meeting both sides."), and the next paragraph tells
the same visit in detail with no day of its own ("Berg met the Free Hill Front's envoys at a
hotel before meeting the Westmark delegation."): lead_run. Or the lead reports a speaker's
news with the day of the saying ("Westmark's envoy said on Monday that the two sides had
agreed ...") and the next paragraph quotes the same speaker telling it ("“I spoke with their
negotiator and we have reached a deal,” Berg said."): lead_statement_day, the day of the
saying, as the gold conventions date words spoken "today". The previous-sentence rule of
:mod:`.timing` stops at the paragraph break, because a new paragraph often turns to
background, so the carry is narrow: a last resort for an act no other rule dated; only from
the lead (the sentence holding the report's first time expression) to the next paragraph's
first sentence; only a day; only an act told as done (simple past or present perfect), not
planned, negated or vaguely timed; and only for the lead's doer (a name in the lead's subject)
or the lead's speaker.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.document import Doc_
from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS

LEAD_RUN = "interactions.timing.lead_run"
LEAD_STATEMENT_DAY = "interactions.timing.lead_statement_day"
SUBJECTS = ("nsubj", "nsubjpass")
_TENSED = ("VBD", "VBZ", "VBP", "MD")


def lead_day(d: Doc_, tok: Token, claim: str | None) -> Time | None:
    """The lead's day for an undated done act told in the paragraph after the lead."""
    first = min((span.start for _, span, _ in d.timexes), default=None)
    si = d.sent_index(tok)
    if first is None or not _told_as_done(d, tok):
        return None
    li = d.sent_index(d.ctx.doc[first])
    if d.para_of_sent[si] != d.para_of_sent[li] + 1:
        return None
    lead, sent = d.sents[li], d.sents[si]
    if claim is None or tc.sourced(d, claim):
        # the run: the lead closes its paragraph and the act opens the next one
        t = _main_clause_day(d, lead) if si == li + 1 and _same_doer(d, lead, sent) else None
        rule = LEAD_RUN
    else:
        t, rule = _saying_day(d, lead, claim, tok), LEAD_STATEMENT_DAY
    if t is not None:
        tc.mark(d, tok, rule)
    return t


def _told_as_done(d: Doc_, tok: Token) -> bool:
    """Is the act told as done in the simple past (active or passive) or present perfect, with no negation or vague
    time of its own ("had freed" tells a time before the story's; "recently" no day)?"""
    verb = _clause_verb(tok)
    if verb is None or tc.vague_own_time(tok) or any(c.dep_ == "neg" for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and [(a.dep_, a.tag_) for a in aux] == [("auxpass", "VBD")]:
        return True  # "met", "was freed"
    perfect = tc.timing_words().perfect_aux
    return verb.tag_ == "VBN" and any(a.lemma_.lower() in perfect and a.tag_ in ("VBZ", "VBP") for a in aux) \
        and not any(a.tag_ == "MD" for a in aux)


def _clause_verb(tok: Token) -> Token | None:
    """The verb the act is told by: its own tensed verb or participle, or the tensed verb its
    phrase hangs on ("held a meeting before meeting X": held)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in VERB_POS and (cur.tag_ in _TENSED or any(c.dep_ in ("aux", "auxpass") for c in cur.children)):
            return cur
        if cur.dep_ in ("relcl", "ccomp", "parataxis", "xcomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _main_clause_day(d: Doc_, lead: Span) -> Time | None:
    """The day hung on the lead's main verb or a phrase or participle of it."""
    t = tc.resolved(d, ((tx, span) for tx, span, att in d.timexes if att is not None and lead.start <= span.start
                        and span.end <= lead.end and _on_main_clause(att, lead.root)), False)
    return t if t is not None and t.value is not None and len(t.value) == 10 else None


def _saying_day(d: Doc_, lead: Span, claim: str, tok: Token) -> Time | None:
    """The day of the lead's saying by the speaker of the act's claim (the cue of the speaker's
    claim in the lead, or a verb of speech there whose subject names the speaker), when the act's own cue has none
    ("X said on Monday that ... [next paragraph] “We have met them,” X said")."""
    c = d.claims.get(claim)
    if c is None or c.speaker is None or not c.spans.cue or not any(a <= tok.idx < b for a, b in c.spans.content):
        return None
    own = d.ctx.doc.char_span(c.spans.cue[0], c.spans.cue[1], alignment_mode="expand")
    if own is None or any(d.timex_at.get(x.i) for x in own):
        return None
    speech = d.lex.settings.speech_verbs
    cues = [cue.root for o in d.claims.values() if o.speaker == c.speaker and o.spans.cue
            and lead.start_char <= o.spans.cue[0] < lead.end_char
            and (cue := d.ctx.doc.char_span(o.spans.cue[0], o.spans.cue[1], alignment_mode="expand")) is not None]
    said = [v for v in lead if v.lemma_ in speech and any(c.speaker in d.actors(t, False) for s in v.children
                                                          if s.dep_ in SUBJECTS for t in s.subtree)]
    for v in cues + said:
        t = tc.resolved(d, d.timex_at.get(v.i, []), False)
        if t is not None and t.value is not None and len(t.value) == 10:
            return t
    return None


def _on_main_clause(att: Token, root: Token) -> bool:
    """Is the time hung on the lead's main verb, or on a phrase or participle of it (not on a
    relative clause or another speaker's words)?"""
    cur = att
    for _ in range(8):
        if cur.i == root.i:
            return True
        if cur.dep_ in ("relcl", "ccomp", "parataxis", "acl"):
            return False
        cur = cur.head
    return False


def _same_doer(d: Doc_, lead: Span, sent: Span) -> bool:
    """Does the sentence's main subject name a doer of the lead's main verb? Any name in the
    subject counts ("Former envoy and mediator Anna Berg": the parser's head is the title), by its
    actor or by the same proper name ("Ms. Berg" after "Anna Berg"), but not an owner
    ("Westmark's envoy" is no Westmark) or a description ("Ivan Holm, a Westmark citizen")."""
    def subject(root: Token) -> list[Token]:  # not an owner, nor a description ("X, a Westmark citizen")
        owners = {t.i for c in root.children if c.dep_ in SUBJECTS for p in c.subtree if p.dep_ in ("poss", "appos")
                  for t in p.subtree}
        return [t for c in root.children if c.dep_ in SUBJECTS for t in c.subtree if t.i not in owners]

    def doers(root: Token) -> set[str]:
        return {a for t in subject(root) for a in d.actors(t, False)}

    def names(root: Token) -> set[str]:
        return {t.text for t in subject(root) if t.pos_ == "PROPN" and t.dep_ != "compound"}

    return bool(doers(lead.root) & doers(sent.root) or names(lead.root) & names(sent.root))
