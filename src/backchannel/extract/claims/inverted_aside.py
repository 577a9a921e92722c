"""An inverted parenthetical cue between a subject and its verb: "A, said X, B" ("The talks, said the
envoy, would resume in May"; "The exchange, said a senior official, was delayed").

Why: the parse makes the cue the root with two subjects, the content's subject before the comma and
the speaker after the cue, and hangs the rest of the content on the cue as its complement. The
complement reading kept only B (no subject) and found no speaker in the first subject, a thing. The
speaker is the phrase right after the cue; the content is A and B, the two sides of the aside (rule
``claims.attribution.inverted_aside``). The uninverted "A, X said, B" is
``claims.attribution.mid_parenthetical``; "A, as X said, B" is ``claims.attribution.as_parenthetical``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.claims.attribution import as_parenthetical
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.spans import clean
from backchannel.extract.claims.state import ClaimsDoc

RULE = "claims.attribution.inverted_aside"
AS_RULE = "claims.attribution.as_parenthetical"

#: subject relations of the speaker
SUBJECTS = ("nsubj", "nsubjpass")
#: parts of speech of a verb (none in the subject or the speaker's segment, one in B)
VERBS = ("VERB", "AUX")
#: parts of speech of a noun phrase's head
NOUNS = ("NOUN", "PROPN", "PRON", "NUM")

Around = tuple[list[tuple[int, int]], Span]


def parenthetical(d: ClaimsDoc, v: Token, sent: Span, lex: Lexicon) -> tuple[Around | None, str]:
    """The content pieces and speaker phrase of a parenthetical cue ("A, as X said, B" or "A, said X,
    B") with the rule id that read them, or (None, "") when cue ``v`` is neither."""
    around = as_parenthetical(d, v, sent, lex)
    if around is not None:
        return around, AS_RULE
    around = inverted_aside(d, v, sent)
    return (around, RULE) if around is not None else (None, "")


def inverted_aside(d: ClaimsDoc, v: Token, sent: Span) -> Around | None:
    """"A, said X, B": the sentence opens with a noun phrase (no verb), a comma, the cue, its speaker
    phrase right after it (the cue's only subject after it) with adjuncts but no verb, a comma, and a
    clause B with a verb to the sentence's end; the pieces (A, B) and X's phrase."""
    doc = v.doc
    if v.i - 1 <= sent.start or doc[v.i - 1].text != ",":
        return None
    after = [c for c in v.children if c.dep_ in SUBJECTS and c.i > v.i]
    if len(after) != 1 or after[0].left_edge.i != v.i + 1:
        return None
    spk = after[0]
    close = next((t.i for t in doc[spk.right_edge.i + 1: sent.end] if t.text == ","), None)
    if close is None or any(t.pos_ in VERBS for t in doc[v.i + 1: close]):
        return None
    head = list(doc[sent.start: v.i - 1])
    if not head or any(t.pos_ in VERBS or t.text == "," for t in head) or not any(t.pos_ in NOUNS for t in head):
        return None
    rest = [t for t in doc[close + 1: sent.end] if not t.is_punct]
    if not any(t.pos_ in VERBS for t in rest):
        return None
    if any(d.region_at(t.idx) is not None for t in doc[sent.start: sent.end]):
        return None
    pieces = [clean(d.text, head[0].idx, doc[v.i - 1].idx), clean(d.text, rest[0].idx, sent.end_char)]
    if pieces[0] is None or pieces[1] is None:
        return None
    return [pieces[0], pieces[1]], doc[spk.left_edge.i: spk.right_edge.i + 1]
