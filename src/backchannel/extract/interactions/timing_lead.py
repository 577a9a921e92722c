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
the lead (the sentence holding the report's first time expression, closing its paragraph) to
the next paragraph's first sentence (for a speaker: the words that open it); only a day.
lead_run: only a lead that tells a deed (a simple past, not a plan and not a saying: "X said on
Monday ..." dates words, and the next paragraph is usually background), and only an act told in
the simple past whose own source is the active subject of its clause and a doer of the lead
(its active subject or passive agent; a passive subject is the one the deed was done to, so
"Anna Berg was freed on Monday. / Berg was seized while ..." keeps her capture undated, and a
present perfect there tells history). lead_statement_day: only what the speaker tells as just
done (a present perfect, or a simple past of one deed not set in a clause of its own time nor
repeated over a bare plural: "they kidnapped our citizens" is a history of grievances).
(Narrowed after review1 of s47: R1, R2, R3, R10, R11.)
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


def lead_day(d: Doc_, tok: Token, claim: str | None, sources: list[str]) -> Time | None:
    """The lead's day for an undated done act told in the first sentence of the paragraph after the lead."""
    first = min((span.start for _, span, _ in d.timexes), default=None)
    si = d.sent_index(tok)
    if first is None or not _told_as_done(d, tok):
        return None
    li = d.sent_index(d.ctx.doc[first])
    if d.para_of_sent[si] != d.para_of_sent[li] + 1 or d.para_of_sent[li] == d.para_of_sent[li + 1]:
        return None  # the lead closes its paragraph and the act is told in the next one
    lead = d.sents[li]
    if claim is None or tc.sourced(d, claim):
        # the run: the act opens the next paragraph, a simple past by the lead's doer (a perfect there is background)
        t = _main_clause_day(d, lead) if si == li + 1 and _simple_past(_clause_verb(tok)) and _lead_deed(d, lead) \
            and _by_lead_doer(d, lead, tok, sources) else None
        rule = LEAD_RUN
    else:
        t = _saying_day(d, lead, claim, tok) if _opens_paragraph(d, claim, li + 1) and _just_done(tok) else None
        rule = LEAD_STATEMENT_DAY
    if t is not None:
        tc.mark(d, tok, rule)
    return t


def _told_as_done(d: Doc_, tok: Token) -> bool:
    """Is the act told as done in the simple past (active or passive) or present perfect, with no negation or vague
    time of its own ("had freed" tells a time before the story's; "recently" no day)?"""
    verb = _clause_verb(tok)
    if verb is None or tc.vague_own_time(tok) or any(c.dep_ == "neg" for c in verb.children):
        return False
    return _done_tense(verb)


def _simple_past(verb: Token | None) -> bool:
    """Is the verb a simple past, active or passive ("met", "was freed"), not a perfect, a plan or a present?"""
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and [(a.dep_, a.tag_) for a in aux] == [("auxpass", "VBD")]


def _done_tense(verb: Token) -> bool:
    """Simple past or present perfect (the perfect is news told as just done, "have reached")."""
    if _simple_past(verb):
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
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


def _opens_paragraph(d: Doc_, claim: str, si: int) -> bool:
    """Do the speaker's words open the paragraph after the lead (their first sentence is the paragraph's first, so a
    quotation of two sentences counts whole), rather than come after a background sentence of their own?"""
    c = d.claims.get(claim)
    if c is None or not c.spans.content:
        return False
    sent = d.sents[si]
    return sent.start_char <= min(a for a, _ in c.spans.content) < sent.end_char


def _just_done(tok: Token) -> bool:
    """Does the speaker tell the act as just done: a present perfect ("we have reached a deal"), or a simple past of one
    deed ("I spoke with their negotiator"), not one set in a clause of its own time ("When I met them for the first
    time, he refused": the meeting, and the refusal at it, are earlier) nor one repeated over a bare plural ("they
    kidnapped our citizens and killed our soldiers" tells a history of grievances, not the day's news)?"""
    verb = _clause_verb(tok)
    if verb is None or verb.dep_ == "advcl" or any(c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children)
                                                   for c in verb.children):
        return False
    if not _simple_past(verb):
        return True  # a present perfect (told as done: lead_day checked it)
    objs = [c for c in tok.children if c.dep_ == "dobj"] + [p for c in tok.children if c.dep_ == "prep"
                                                           for p in c.children if p.dep_ == "pobj"]
    return not any(o.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "nummod") for c in o.children)
                   for o in objs)


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


def _lead_deed(d: Doc_, lead: Span) -> bool:
    """Does the lead tell a deed done on its day (its main verb a simple past, not a plan like "will travel on
    Monday", nor a saying: "X said on Monday ..." dates the words, and the next paragraph is often background)?"""
    root = lead.root
    return _simple_past(root) and root.lemma_ not in d.lex.settings.speech_verbs


def _by_lead_doer(d: Doc_, lead: Span, tok: Token, sources: list[str]) -> bool:
    """Is the act's own source the active subject of its clause and a doer of the lead (the lead's active subject or
    its passive's "by" agent)? A name in the subject counts ("Former envoy and mediator Anna Berg": the parser's head
    is the title), by its actor or by the same proper name ("Ms. Berg" after "Anna Berg"), but not an owner
    ("Westmark's envoy" is no Westmark) or a description ("Ivan Holm, a Westmark citizen"). A passive subject is
    the one the deed was done to: "Anna Berg was freed on Monday. / Berg was seized while ..." tells her capture
    long before, and an act of another party in the sentence ("after an attack on its troops") is no lead's deed."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    lead_subj, subj = _doer_tokens(lead.root, True), _doer_tokens(verb, False)
    src = {a for t in subj for a in d.actors(t, False)} & set(sources)
    if not src:
        return False
    names = {t.text for t in lead_subj if t.pos_ == "PROPN" and t.dep_ != "compound"}
    own = {t.text for t in subj if t.pos_ == "PROPN" and t.dep_ != "compound" and d.ctx.actor_for_token(t) in src}
    return bool(src & {a for t in lead_subj for a in d.actors(t, False)}) or bool(names & own)


def _doer_tokens(verb: Token, agent: bool) -> list[Token]:
    """The tokens of a verb's doer: its active subject (or, with ``agent``, the "by" agent of its passive), without
    owners and descriptions."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"] + [p for c in verb.children if agent and c.dep_ == "agent"
                                                               for p in c.children if p.dep_ == "pobj"]
    owners = {t.i for h in heads for p in h.subtree if p.dep_ in ("poss", "appos") for t in p.subtree}
    return [t for h in heads for t in h.subtree if t.i not in owners]
