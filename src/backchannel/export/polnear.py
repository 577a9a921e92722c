"""PolNeAR-style PRED lines for the claims scorer (``shared/bench/score_claims.py``).

One JSON line per document: ``{id, claims: [{content_span, content_text,
speaker_span, speaker_text, speaker_mentions, cue_span, cue_text, direct}]}``.
PolNeAR's gold splits discontinuous content into one claim per contiguous
fragment, so every content piece becomes its own PRED claim. Two conventions
of that corpus differ from the dossier's and are applied here, not in the
extractor: a partial quote's content is its whole clause (``spans.clause``),
which then counts as indirect (PolNeAR's ``direct`` means every word is quoted),
and an indirect clause keeps its complementiser ("that …"), as does a quotation
introduced by one ('said that “…”', which then counts as indirect). A claim nested in
another's words (``trace["nesting"]``, :mod:`backchannel.extract.claims.nesting`) is left
out: no gold content of the converted dev split holds another gold claim's cue (0 of 2,515).
PolNeAR also annotates thoughts, beliefs and intentions and negated speech, which the dossier
keeps as :class:`~backchannel.model.Attribution` records, not claims: they are written too
(indirect, one piece each; :mod:`backchannel.extract.claims.attitudes`), as are the agentless
passive speech acts ("it was reported that …", kind ``unattributed``,
:mod:`backchannel.extract.claims.agentless`), which PolNeAR annotates without a source.
"""

from __future__ import annotations

import json
import re
from typing import TextIO

from backchannel.export import Format, register
from backchannel.model import Attribution, Dossier

_THAT = re.compile(r"\bthat,?\s+$", re.IGNORECASE)
_THAT_QUOTE = re.compile(r"\bthat,?\s+(?:''|[\"“])$", re.IGNORECASE)


_EDGE = " \t\n\r\u00a0,;:—–-"


def _around_cue(text: str, clause: list[int], cue: list[int] | None, spk: list[int] | None) -> list[list[int]]:
    """A clause split by its own cue ("A, he said, B") as PolNeAR's two fragments."""
    s, e = clause
    if not cue or not s < cue[0] < e:
        return [[s, e]]
    lo, hi = cue[0], cue[1]
    if spk and abs(spk[0] - cue[0]) < 80:
        lo, hi = min(lo, spk[0]), max(hi, spk[1])
    # the attribution runs from the comma (or dash) before it to the one after it
    left = max(text.rfind(ch, max(s, lo - 60), lo) for ch in ",—–")
    right = [i for i in (text.find(ch, hi, min(e, hi + 40)) for ch in ",—–") if i >= 0]
    lo = left if left > s else lo
    hi = min(right) + 1 if right else hi
    out = []
    for a, b in ((s, lo), (hi, e)):
        while a < b and text[a] in _EDGE:
            a += 1
        while b > a and text[b - 1] in _EDGE:
            b -= 1
        if b > a:
            out.append([a, b])
    return out or [[s, e]]


def pred_lines(d: Dossier):
    """Yield one PRED dict per document of the dossier."""
    actors = {a.id: a for a in d.actors}
    for doc in d.documents:
        text = doc.text
        claims = []
        clauses: set[tuple[int, ...]] = set()
        for c in d.claims:
            if c.spans.doc != doc.id or c.trace and "nesting" in c.trace:
                continue  # PolNeAR (as converted) nests no attribution in another's content
            direct = c.direct
            pieces = [list(p) for p in c.spans.content]
            spk = c.spans.speaker
            if c.spans.clause:
                if tuple(c.spans.clause) in clauses:
                    continue  # a second partial quote of the same clause: PolNeAR has the clause once
                clauses.add(tuple(c.spans.clause))
                pieces, direct = _around_cue(text, c.spans.clause, c.spans.cue, spk), False
            mentions = []
            if c.speaker and c.speaker in actors:
                mentions = [[m.start, m.end] for m in actors[c.speaker].mentions if m.doc == doc.id]
            for s, e in pieces:
                piece_direct = direct
                if direct and len(pieces) == 1:
                    # 'said that “…”': PolNeAR's content starts at "that" (and is then not all quoted)
                    m = _THAT_QUOTE.search(text, max(0, s - 14), s)
                    if m and m.end() == s:
                        s, piece_direct = m.start(), False
                if not direct:
                    m = _THAT.search(text, max(0, s - 12), s)
                    if m and m.end() == s:
                        s = m.start()
                claims.append({
                    "content_span": [s, e], "content_text": text[s:e],
                    "speaker_span": spk, "speaker_text": text[spk[0]:spk[1]] if spk else None,
                    "speaker_mentions": mentions,
                    "cue_span": c.spans.cue, "cue_text": text[c.spans.cue[0]:c.spans.cue[1]] if c.spans.cue else c.cue,
                    "direct": piece_direct,
                })
        claims += [piece for t in d.attributions if t.spans.doc == doc.id
                   for piece in _attribution(text, t, actors)]
        yield {"id": doc.id, "claims": claims}


def _attribution(text: str, t: Attribution, actors: dict) -> list[dict]:
    """A belief or negated speech act as PRED claims, one per content piece (a "seems" frame has
    two: the subject before the cue and the rest after it); indirect, "that …" kept as for claims."""
    spk, cue = t.spans.speaker, t.spans.cue
    mentions = ([[m.start, m.end] for m in actors[t.source].mentions if m.doc == t.spans.doc]
                if t.source in actors else [])
    pieces = []
    for s, e in t.spans.content:
        m = _THAT.search(text, max(0, s - 12), s)
        if m and m.end() == s:
            s = m.start()
        pieces.append({"content_span": [s, e], "content_text": text[s:e],
                       "speaker_span": spk, "speaker_text": text[spk[0]:spk[1]] if spk else None,
                       "speaker_mentions": mentions,
                       "cue_span": cue, "cue_text": text[cue[0]:cue[1]] if cue else t.cue, "direct": False,
                       "kind": t.kind, "rule": t.rule})
    return pieces


def _write(d: Dossier, out: TextIO) -> None:
    for line in pred_lines(d):
        out.write(json.dumps(line, ensure_ascii=False))
        out.write("\n")


register(Format("polnear", ".pred.jsonl", _write, streamable=True))
