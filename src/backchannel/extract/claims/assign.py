"""Quotes meet cues: decide direct, partial or indirect for each candidate and
attach the quotations no clause took (to a nearby cue or to the previous
quote claim they continue).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from backchannel.extract.claims.cue_lexicon import Lexicon, words
from backchannel.quotes import QUOTE_CHARS, Region
from backchannel.extract.claims.spans import SENT_END, clean, no_abbrev
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind


#: the most words a quotation may have to be one of several quoted words inside a paraphrase
SCARE_WORDS = 2


def drop_introductions(claims: list[Cand]) -> list[Cand]:
    """"X hailed the outcome on social media:" before the quotation or post it introduces is not
    a claim of its own: the quotation that follows is."""
    out = []
    for i, c in enumerate(claims):
        if c.kind in (Kind.OBJECT, Kind.FRAME) and not c.direct and c.sent is not None \
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
            outside += sum(map(str.isalnum, d.text[pos:r.start]))
        pos = max(pos, r.end)
    if pos < e:
        outside += sum(map(str.isalnum, d.text[pos:e]))
    return regs, outside


#: the most tokens after a closing quotation that still belong to its clause ("“…” workers")
QUOTE_TAIL_TOKENS = 10


def with_adjacent_quote(d: ClaimsDoc, clause: tuple[int, int]) -> tuple[int, int]:
    """A clause that the parse stopped at a quotation: it runs on through a quotation that opens
    right where it ends ("to blame for focusing on “he said this”"), and through the words that
    close the sentence after a quotation it ends with ("a true “wake-up call” to his supporters",
    "“thousands of $12-an-hour” workers") when they hold no verb of their own
    (``claims.assign.quote_in_clause``)."""
    s, e = clause
    text = d.text
    nxt = d.regions_in(e, e + 3)
    if nxt and not nxt[0].used and not text[e:nxt[0].start].strip() and \
            d.sent_index(nxt[0].start) == d.sent_index(max(s, e - 1)):
        e = nxt[0].end
    last = d.region_at(max(e - 1, s))
    if last is None or abs(last.end - e) > 1:
        return (s, e)
    sent = d.sents[d.sent_index(max(s, e - 1))]
    tail = d.ctx.doc.char_span(last.end, sent.end_char, alignment_mode="contract")
    words = [t for t in tail if not (t.is_punct or t.is_space)] if tail is not None else []
    if not words or len(words) > QUOTE_TAIL_TOKENS or text[last.end:words[0].idx].strip() or \
            any(t.pos_ in ("VERB", "AUX") for t in words) or d.regions_in(last.end, sent.end_char):
        return (s, e)
    return (s, words[-1].idx + len(words[-1].text))


def assign_quotes(d: ClaimsDoc, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Decide direct / partial / indirect for clause candidates; attach free quotations."""
    claims: list[Cand] = []
    for c in cands:
        if c.kind not in (Kind.ANAPHORA, Kind.BARE) and _place_clause(d, c, lex):
            claims.append(c)
            claims += _one_claim_per_partial_quote(d, c)
    # anaphora: the previous sentence ("… Marek told the radio about this.")
    for c in cands:
        if c.kind == Kind.ANAPHORA and _anaphora_content(d, c, claims):
            claims.append(c)
    # free quotations: a cue in the sentence that closes or opens them, or the previous claim
    by_cue: dict[tuple[int, ...] | None, list[Cand]] = {}  # equal candidates share a cue span:
    for x in claims:  # compare within one cue span, not with every claim (quadratic on long texts)
        by_cue.setdefault(tuple(x.cue_span) if x.cue_span else None, []).append(x)
    bare = [c for c in cands if c.kind in (Kind.BARE, Kind.REVERSE, Kind.OBJECT_QUOTE)
            and c not in by_cue.get(tuple(c.cue_span) if c.cue_span else None, ()) and c.speaker is not None]
    for r in d.regions:
        if not r.used and not names_a_title(d.text, r):
            _free_quotation(d, r, claims, bare)
    return claims


def _place_clause(d: ClaimsDoc, c: Cand, lex: Lexicon) -> bool:
    """Set the content pieces of a clause candidate from the quotations in its clause;
    False: the candidate makes no claim."""
    assert c.clause is not None, "only clause candidates are placed (ANAPHORA and BARE are not)"
    if "nesting" in c.trace:  # a speech act inside another's words: its clause, never their quotation
        c.pieces = c.split or [[*c.clause]]
        return True
    if not c.split and c.kind != Kind.ACCORDING and c.cue_span[1] <= c.clause[0]:
        wider = with_adjacent_quote(d, c.clause)
        if wider != c.clause:
            c.clause, c.trace["clause"] = wider, "claims.assign.quote_in_clause"
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
    if regs and outside <= 3 and (c.kind != Kind.ACCORDING or according_quote(c, regs[0])):
        # the clause is the quotation (possibly running past the sentence)
        c.pieces = [p for r in regs for p in r.pieces]
        c.direct = True
        c.trace["content"] = c.trace["direct"] = "claims.assign.whole_quotation" if c.kind != Kind.ACCORDING \
            else "claims.assign.according_quote"
        for r in regs:
            r.used = True
    elif regs and c.kind != Kind.ACCORDING:
        inside = [r for r in regs if r.start >= s - 1 and r.start < e]
        if len(inside) >= 2 and all(len(d.text[r.start:r.end].split()) <= SCARE_WORDS for r in inside):
            # 'said the forces had "compelled" X to "unilaterally" cease fire': words the speaker
            # used, quoted inside one paraphrase: one claim, the clause (not one-word claims)
            c.pieces = c.split or [[s, e]]
            c.trace["content"] = "claims.assign.quoted_words_in_clause"
            for r in inside:
                r.used = True
        elif inside and c.kind in (Kind.OBJECT, Kind.OBJECT_QUOTE, Kind.CLAUSE, Kind.INFINITIVE, Kind.FRAME, Kind.REVERSE):
            c.pieces = [p for r in inside for p in r.pieces]
            c.direct = c.partial = True
            c.trace["content"] = c.trace["direct"] = "claims.assign.partial_quote"
            c.clause = (s, max(e, inside[-1].end))
            if c.split:  # "A, he said, B “…”": the clause is both sides of the cue
                c.clause = (c.split[0][0], max(c.split[-1][1], inside[-1].end))
            for r in inside:
                r.used = True
        else:
            c.pieces = c.split or [[s, e]]
    else:
        if c.kind == Kind.OBJECT_QUOTE:
            return False
        cue = lex.verbs.get(c.cue_tok.lemma_) if c.cue_tok is not None else None
        if cue is not None and cue.weak and c.kind not in (Kind.CLAUSE, Kind.REVERSE, Kind.INFINITIVE, Kind.FRAME) and not (
                cue.document_object and c.speaker is not None and c.speaker.root.lemma_.lower() in lex.documents):
            return False
        c.pieces = c.split or [[s, e]]
    return bool(c.pieces)


def according_quote(c: Cand, first: Region) -> bool:
    """"According to X, “A. B.”": the phrase introduces a quotation that opens its clause, so the
    quotation is X's words, whole and direct (``claims.assign.according_quote``). Why only then:
    "“A,” according to X" or "according to X, the “deal” …" have the phrase after the words or
    quoted words inside a paraphrase."""
    assert c.clause is not None
    return c.cue_span[1] <= c.clause[0] and abs(first.start - c.clause[0]) <= 2


def _one_claim_per_partial_quote(d: ClaimsDoc, c: Cand) -> list[Cand]:
    """Several partial quotes in one clause ("made “after examining …” aspects, with the
    understanding that the pact “protects …,” the bureau said") are several claims, one per
    quotation: each quotes different words of the speaker. ``c`` keeps the first; the
    others are returned (same cue, speaker and clause)."""
    if not c.partial:
        return []
    groups: list[list[list[int]]] = []
    last = None
    for p in c.pieces:
        r = d.region_at(p[0])
        if r is None or r is not last or not groups:
            groups.append([])
        groups[-1].append(p)
        last = r
    if len(groups) < 2:
        return []
    c.pieces = groups[0]
    out = []
    for g in groups[1:]:
        extra = replace(c, pieces=g, trace=dict(c.trace), inferred=list(c.inferred))
        extra.trace["content"] = "claims.assign.partial_quote_each"
        out.append(extra)
    return out


def _anaphora_content(d: ClaimsDoc, c: Cand, claims: list[Cand]) -> bool:
    """An anaphoric cue ("told CNN about this") takes the previous sentence of its paragraph; not
    when that sentence holds a claim of its own ("X maintains that A. X repeated this as …": the
    same statement, already attributed, s33)."""
    assert c.cue_tok is not None and c.sent is not None, "an anaphoric cue is a verb of a sentence"
    if any(k.dep_ == "neg" for k in c.cue_tok.children):
        return False
    i = d.sent_index(c.sent.start_char)
    if i == 0:
        return False
    prev = d.sents[i - 1]
    if d.para_index(c.sent.start_char) - d.para_index(prev.start_char) > 1:
        return False
    cl = clean(d.text, prev.start_char, prev.end_char)
    if cl is None:
        return False
    regs, outside = quote_share(d, *cl)
    if any(r.used for r in regs) or any(x.pieces and cl[0] <= x.pieces[0][0] < cl[1] for x in claims):
        return False
    c.pieces = [list(cl)]
    c.clause = cl
    c.direct = bool(regs) and outside <= 3
    for r in regs:
        r.used = True
    return True


def _free_quotation(d: ClaimsDoc, r: Region, claims: list[Cand], bare: list[Cand]) -> None:
    """Attribute a quotation no clause took: as the first piece of the claim whose cue follows,
    to a cue without content around it, or as a continuation of the previous quote claim."""
    text = d.text
    words = len(text[r.pieces[0][0]:r.pieces[-1][1]].split())
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
            lead_of.trace["content"] = "claims.assign.lead_piece"
            r.used = True
            return
    best = _bare_cue_for(d, r, bare, starts_sentence)
    if best is not None:
        best.pieces = [list(p) for p in r.pieces]
        best.direct = True
        # the cue after the quotation ("“…,” he said") or before it ("he said: “…”")
        best.rule = "claims.assign.quote_then_cue" if best.cue_span[0] >= r.end else "claims.assign.cue_then_quote"
        r.used = True
        claims.append(best)
        return
    # an unclosed mark may be stray, but one reopened at each of several paragraphs quotes them
    prev = previous_quote_claim(d, claims, r) if r.closed or len(r.pieces) > 1 else None
    if prev is not None and words >= 3:
        _continue_claim(d, r, prev, claims)


def _bare_cue_for(d: ClaimsDoc, r: Region, bare: list[Cand], starts_sentence: bool) -> Cand | None:
    """The contentless cue a quotation belongs to: the first after it in its sentence
    ("“…,” he said"), else the last before it in the same or the previous sentence."""
    text = d.text
    best = None
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
    return best


def _continue_claim(d: ClaimsDoc, r: Region, prev: Cand, claims: list[Cand]) -> None:
    """A quotation after a quote claim: a second piece after "he said,", else a new claim
    of the same speaker."""
    text = d.text
    att_end = max(prev.cue_span[1] if prev.cue_span else 0,
                  prev.speaker.end_char if prev.speaker is not None else 0)
    between = text[att_end:r.start] if att_end > prev.pieces[-1][1] else text[prev.pieces[-1][1]:r.start]
    r.used = True
    if prev.direct and att_end > prev.pieces[-1][1] and not re.search(r"[.!?;:]", no_abbrev(between)) \
            and len(between) < 80:
        prev.pieces.extend(list(p) for p in r.pieces)  # “…,” he said, “…”
        prev.trace["content"] = "claims.assign.second_piece"
    else:
        claims.append(Cand(prev.cue_tok, prev.cue_span, prev.cue_text, prev.stance, prev.speaker,
                           None, Kind.CONTINUED, None, speaker_actor=prev.speaker_actor,
                           pieces=[list(p) for p in r.pieces], direct=True,
                           inferred=list(prev.inferred), parent=prev,
                           rule="claims.assign.paragraph_after_report" if prev.kind == Kind.CLAUSE and not prev.direct
                           else "claims.assign.continued_quote"))


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
    return bool(word) and (word.lower() in words().title_before or word.endswith(("'s", "’s")))


def previous_quote_claim(d: ClaimsDoc, claims: list[Cand], r: Region) -> Cand | None:
    """The direct claim just before quotation ``r`` in the same or the previous paragraph; or an
    indirect report ending the paragraph right before the one ``r`` opens ("X said that A.¶“B.”":
    ``claims.assign.paragraph_after_report``), when it comes after that direct claim."""
    found = _latest_before(claims, r, lambda c: c.direct or c.kind == Kind.REVERSE and not c.split)
    report = _latest_before(claims, r, lambda c: c.kind == Kind.CLAUSE and not c.direct and not c.split)
    if report is not None and (found is None or report[0] > found[0]) \
            and d.para_index(r.start) == d.para_index(report[1].pieces[-1][1] - 1) + 1:
        found = report
    if found is None:
        return None
    end, c = found
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


def _latest_before(claims: list[Cand], r: Region, keep: Callable[[Cand], bool]) -> tuple[int, Cand] | None:
    """The claim for which ``keep`` holds that ends last before quotation ``r``, with its end."""
    best = None
    for c in claims:
        if not c.pieces or not keep(c):
            continue  # a quotation may go on after "…, Schiff said." as after "“…,” he said."
        end = max(c.pieces[-1][1], c.cue_span[1] if c.cue_span else 0)
        if end <= r.start and (best is None or end > best[0]):
            best = (end, c)
    return best
