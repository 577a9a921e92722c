"""Quotes meet cues: decide direct, partial or indirect for each candidate and
attach the quotations no clause took (to a nearby cue or to the previous
quote claim they continue).
"""

from __future__ import annotations

import re

from backchannel.extract.claims.lexicon import Lexicon
from backchannel.extract.claims.quotes import QUOTE_CHARS, Region
from backchannel.extract.claims.spans import SENT_END, clean, no_abbrev
from backchannel.extract.claims.state import Cand, ClaimsDoc
from backchannel.extract.claims.candidates import candidates


def drop_introductions(claims: list[Cand]) -> list[Cand]:
    """"X hailed the outcome on social media:" before the quotation or post it introduces is not
    a claim of its own: the quotation that follows is."""
    out = []
    for i, c in enumerate(claims):
        if c.kind in ("object", "frame") and not c.direct and c.sent is not None \
                and c.sent.text.rstrip().endswith(":"):
            nxt = claims[i + 1] if i + 1 < len(claims) else None
            if nxt is not None and nxt.direct and 0 <= nxt.pieces[0][0] - c.sent.end_char < 300:
                continue
        out.append(c)
    return out


def quote_share(d: ClaimsDoc, s: int, e: int) -> tuple[list[Region], int]:
    """Regions inside [s, e) and the number of word characters of [s, e) outside them."""
    regs = d.regions_in(s, e)
    outside = 0
    pos = s
    for r in regs:
        if r.start > pos:
            outside += sum(ch.isalnum() for ch in d.text[pos:r.start])
        pos = max(pos, r.end)
    if pos < e:
        outside += sum(ch.isalnum() for ch in d.text[pos:e])
    return regs, outside


def assign_quotes(d: ClaimsDoc, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Decide direct / partial / indirect for clause candidates; attach free quotations."""
    text = d.text
    claims: list[Cand] = []
    for c in cands:
        if c.kind in ("anaphora", "bare"):
            continue
        s, e = c.clause
        if c.split:
            regs, outside = [], 0
            for ps, pe in c.split:
                rr, o = quote_share(d, ps, pe)
                regs += [r for r in rr if r not in regs]
                outside += o
        else:
            regs, outside = quote_share(d, s, e)
        regs = [r for r in regs if not r.used]
        if regs and outside <= 3 and c.kind != "according":
            # the clause is the quotation (possibly running past the sentence)
            c.pieces = [p for r in regs for p in r.pieces]
            c.direct = True
            for r in regs:
                r.used = True
        elif regs and c.kind != "according":
            inside = [r for r in regs if r.start >= s - 1 and r.start < e]
            if inside and c.kind in ("object", "object-quote", "clause", "infinitive", "frame", "reverse"):
                c.pieces = [p for r in inside for p in r.pieces]
                c.direct = c.partial = True
                c.clause = (s, max(e, inside[-1].end))
                if c.split:  # "A, he said, B “…”": the clause is both sides of the cue
                    c.clause = (c.split[0][0], max(c.split[-1][1], inside[-1].end))
                for r in inside:
                    r.used = True
            else:
                c.pieces = c.split or [[s, e]]
        else:
            if c.kind == "object-quote":
                continue
            cue = lex.verbs.get(c.cue_tok.lemma_) if c.cue_tok is not None else None
            if cue is not None and cue.weak and c.kind not in ("clause", "reverse", "infinitive", "frame") and not (
                    cue.document_object and c.speaker is not None and c.speaker.root.lemma_.lower() in lex.documents):
                continue
            c.pieces = c.split or [[s, e]]
        if c.pieces:
            claims.append(c)
    # anaphora: the previous sentence ("… Kalin told CNN Türk about this.")
    for c in cands:
        if c.kind != "anaphora" or any(k.dep_ == "neg" for k in c.cue_tok.children):
            continue
        i = d.sent_index(c.sent.start_char)
        if i == 0:
            continue
        prev = d.sents[i - 1]
        if d.para_index(c.sent.start_char) - d.para_index(prev.start_char) > 1:
            continue
        cl = clean(text, prev.start_char, prev.end_char)
        if cl is None:
            continue
        regs, outside = quote_share(d, *cl)
        if any(r.used for r in regs):
            continue
        c.pieces = [list(cl)]
        c.clause = cl
        c.direct = bool(regs) and outside <= 3
        for r in regs:
            r.used = True
        claims.append(c)
    # free quotations: a cue in the sentence that closes or opens them, or the previous claim
    bare = [c for c in cands if c.kind in ("bare", "reverse", "object-quote") and c not in claims
            and c.speaker is not None]
    for r in d.regions:
        if r.used or names_a_title(text, r):
            continue
        words = len(text[r.pieces[0][0]:r.pieces[-1][1]].split())
        best = None
        lead = text[d.sents[d.sent_index(r.start)].start_char:r.start].rstrip()
        starts_sentence = not lead or lead[-1] in ":,—–-(" or d.para_index(r.start) != d.para_index(r.start - len(lead) - 1)
        if starts_sentence and text[r.pieces[-1][1] - 1:r.end].rstrip(QUOTE_CHARS + " ").endswith(","):
            # “A,” he said, referring to X, “B.”: the cue took B; A is its first piece
            lead_of = next((c for c in claims if c.direct and c.pieces and c.cue_span
                            and r.end <= c.cue_span[0] < c.pieces[0][0] and c.cue_span[0] - r.end < 80
                            and not SENT_END.search(no_abbrev(text[r.end:c.cue_span[0]]))
                            and d.para_index(r.end - 1) == d.para_index(c.cue_span[0])), None)
            if lead_of is not None:
                lead_of.pieces[:0] = [list(p) for p in r.pieces]
                r.used = True
                continue
        for c in bare:
            if starts_sentence and c.cue_span[0] >= r.end and not c.pieces and c.cue_span[0] - r.end < 150:
                between = text[r.end:c.cue_span[0]]
                if SENT_END.search(no_abbrev(between)) or d.para_index(r.end - 1) != d.para_index(c.cue_span[0]):
                    continue
                if best is None or c.cue_span[0] < best.cue_span[0]:
                    best = c
        if best is None:
            so = d.sent_index(r.start)
            for c in bare:
                if c.cue_span[1] <= r.start and d.sent_index(c.cue_span[0]) in (so, so - 1) and not c.pieces:
                    between = text[c.cue_span[1]:r.start]
                    if len(between) > 120 or SENT_END.search(no_abbrev(between)):
                        continue
                    if best is None or c.cue_span[0] > best.cue_span[0]:
                        best = c
        if best is not None:
            best.pieces = [list(p) for p in r.pieces]
            best.direct = True
            r.used = True
            claims.append(best)
            continue
        prev = previous_quote_claim(d, claims, r) if r.closed else None
        if prev is not None and words >= 3:
            att_end = max(prev.cue_span[1] if prev.cue_span else 0,
                          prev.speaker.end_char if prev.speaker is not None else 0)
            between = text[att_end:r.start] if att_end > prev.pieces[-1][1] else text[prev.pieces[-1][1]:r.start]
            r.used = True
            if prev.direct and att_end > prev.pieces[-1][1] and not re.search(r"[.!?;:]", no_abbrev(between)) \
                    and len(between) < 80:
                prev.pieces.extend(list(p) for p in r.pieces)  # “…,” he said, “…”
            else:
                claims.append(Cand(prev.cue_tok, prev.cue_span, prev.cue_text, prev.stance, prev.speaker,
                                   None, "continued", None, speaker_actor=prev.speaker_actor,
                                   pieces=[list(p) for p in r.pieces], direct=True,
                                   inferred=list(prev.inferred), parent=prev))
    return claims


TITLE_BEFORE = {"on", "of", "in", "at", "to", "for", "from", "with", "by", "about", "the", "a", "an",
                "called", "titled", "entitled", "named", "dubbed", "as", "his", "her", "their", "its"}


def names_a_title(text: str, r: Region) -> bool:
    """A quotation that names something ("on CNN's “State of the Union”", "and “wounded
    families”") rather than quoting speech: the word before it is a preposition,
    an article, a conjunction or a possessive."""
    j = r.start
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'’"):
        k -= 1
    word = text[k:j]
    return bool(word) and (word.lower() in TITLE_BEFORE or word.endswith(("'s", "’s")))


def previous_quote_claim(d: ClaimsDoc, claims: list[Cand], r: Region) -> Cand | None:
    """The direct claim just before quotation ``r`` in the same or the previous paragraph."""
    best = None
    for c in claims:
        if not c.pieces or not (c.direct or c.kind == "reverse" and not c.split):
            continue  # a quotation may go on after "…, Schiff said." as after "“…,” he said."
        end = max(c.pieces[-1][1], c.cue_span[1] if c.cue_span else 0)
        if end <= r.start and (best is None or end > best[0]):
            best = (end, c)
    if best is None:
        return None
    end, c = best
    if c.cue_span is not None and c.cue_span[1] <= r.start:
        end = max(end, min(d.sents[d.sent_index(c.cue_span[0])].end_char, r.start))
    pr, pc = d.para_index(r.start), d.para_index(end)
    if pr - pc > 1:
        return None
    # nothing but the attribution between them
    gap = d.text[end:r.start]
    if pr != pc:
        # the new paragraph must open with the quotation
        if d.text[d.breaks[pr - 1]:r.start].strip():
            return None
        gap = d.text[end:d.breaks[pr - 1]]
    if sum(ch.isalnum() for ch in gap) > 60:
        return None
    return c
