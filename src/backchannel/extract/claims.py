"""Claims stage: who said what. Baseline: reporting verbs with a clausal complement,
and quotations attributed to the subject of the nearest reporting verb.
"""

from __future__ import annotations

import re

from backchannel.extract.context import Context, stage
from backchannel.model import Claim, ClaimSpans

SPEECH = {"say", "tell", "claim", "announce", "report", "admit", "deny", "warn", "state", "confirm", "add", "accuse"}
QUOTE = re.compile(r"[“\"]([^”\"]+)[”\"]")


@stage("claims")
def extract_claims(ctx: Context) -> None:
    doc, text = ctx.doc, ctx.document.text
    for sent in doc.sents:
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_ not in SPEECH:
                continue
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            quotes = [m for m in QUOTE.finditer(text, sent.start_char, sent.end_char)]
            if comp is not None and not quotes:
                toks = [t for t in comp.subtree if t.dep_ != "mark" or t.i != comp.left_edge.i]
                s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                direct, pieces = False, [[s, e]]
            elif quotes:
                direct, pieces = True, [[m.start(1), m.end(1)] for m in quotes]
            else:
                continue
            speaker = ctx.actor_for_span(doc[subj.left_edge.i: subj.right_edge.i + 1]) if subj is not None else None
            content = " ".join(text[s:e] for s, e in pieces)
            ctx.claims.append(Claim(
                id=f"c{len(ctx.claims) + 1}", speaker=speaker, cue=tok.text, direct=direct, content=content,
                spans=ClaimSpans(doc=ctx.document.id, content=pieces, cue=[tok.idx, tok.idx + len(tok.text)],
                                 speaker=[subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)] if subj is not None else None),
                evidence=ctx.sentence_evidence(sent)))
            break
