"""A plea of innocence or guilt: "X has maintained his innocence", "she protested her innocence",
"Y pleaded not guilty to charges of fraud".

Why: the verbs are no reporting verbs with such objects alone ("maintained contacts", "protested
the verdict" is another cue's object), so the weak-cue rule dropped the object ("his innocence") and
"plead" was no cue at all; but a detainee's stated innocence or plea is a claim the golds record (the
captive stories of a swap are full of them). An object headed by a plea noun (``plea_nouns``:
innocence) of a verb of ``plea_verbs`` is the content; so is the plea adjective (``plea_adjectives``:
guilty, innocent, with its "not" and its "to charges of …" phrase) of a verb of ``plea_adjective_verbs``
(plead). The speaker is the verb's subject (rule ``claims.content.plea``), one person: a group's plea
("the fishermen proclaimed their innocence") is left alone, as the across plea passages leave it
(``across.links.case_plea``: the case rule would give it to the accused named last before it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.spans import clean
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.extract.claims.syntax import subject_of
from backchannel.syntax.tree import noun_phrase

RULE = "claims.content.plea"

#: dependency labels of the plea adjective on "plead" ("pleaded guilty": acomp; some parses: oprd, xcomp)
ADJECTIVE_DEPS = ("acomp", "oprd", "xcomp", "advmod", "dobj")


def plea_cand(d: ClaimsDoc, lex: Lexicon, tok: Token, sent: Span) -> Cand | None:
    """The claim of ``tok`` when it states a plea ("maintained her innocence", "pleaded not guilty"),
    else None."""
    w = lex.words
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or d.region_at(tok.idx) is not None:
        return None
    part: Token | None = None
    if lemma in w.plea_verbs:
        part = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in w.plea_nouns), None)
    elif lemma in w.plea_adjective_verbs:
        part = next((c for c in tok.children if c.dep_ in ADJECTIVE_DEPS and c.lower_ in w.plea_adjectives), None)
    if part is None or any(c.dep_ == "neg" for c in tok.children):
        return None  # "did not plead guilty": no plea was made
    subj = subject_of(tok, None)
    if subj is None or "Plur" in subj.morph.get("Number", []):
        return None  # a group's plea ("the fishermen proclaimed their innocence") clears no one accused
    neg = [c for c in tok.children if c.dep_ == "neg" and c.i < part.i] + [
        c for c in part.children if c.dep_ == "neg"]
    start = min([part.left_edge, *neg], key=lambda t: t.i)
    clause = clean(d.text, start.idx, part.right_edge.idx + len(part.right_edge.text))
    if clause is None:
        return None
    return Cand(tok, [tok.idx, tok.idx + len(tok.text)], tok.text, "distancing", noun_phrase(subj), clause,
                Kind.FRAME, sent, rule=RULE)  # a frame: never dropped as a weak cue's bare object
