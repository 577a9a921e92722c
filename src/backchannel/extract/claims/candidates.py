"""Cue candidates: one pass over the tokens turning every reporting cue into a
candidate with its speaker phrase and its content clause.

Why one place: the order of the checks (according to, nominal cue, verb cue,
then quoted/outlet/nested exclusions) decides which reading wins, so it is
kept together and readable here.
"""

from __future__ import annotations

from backchannel.extract.claims.lexicon import Cue, Lexicon
from backchannel.extract.claims.spans import clean
from backchannel.extract.claims.state import Cand, ClaimsDoc
from backchannel.extract.claims.syntax import WH, noun_phrase, subject_of
from backchannel.extract.claims.content import bounded, content_clause, split_around
from backchannel.extract.claims.attribution import is_adverbial, is_outlet, leading_speaker, reverse_clause, speaker_beside_cue, tail_attribution
from backchannel.extract.claims.nominal import according_to, noun_cue


def candidates(d: ClaimsDoc, lex: Lexicon) -> list[Cand]:
    text = d.text
    out: list[Cand] = []
    for sent in d.sents:
        for tok in sent:
            if tok.lower_ == "according":
                acc = according_to(tok)
                if acc:
                    spk, clause, toks = acc
                    c = clean(text, *clause) if clause else None
                    if c:
                        out.append(Cand(tok, [tok.idx, d.ctx.doc[toks[-1]].idx + 2], "according to",
                                        lex.nouns.get("according", "neutral"), noun_phrase(spk), c, "according", sent))
                continue
            if tok.pos_ == "NOUN" and tok.lemma_ in lex.nouns:
                nc = noun_cue(tok, text)
                if nc is not None:
                    spk, clause = nc
                    out.append(Cand(tok, [tok.idx, tok.idx + len(tok.text)], tok.text, lex.nouns[tok.lemma_],
                                    noun_phrase(spk), clause, "clause", sent))
                continue
            if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_ == "VBG"):
                continue
            cue = lex.verbs.get(tok.lemma_) or lex.verbs.get(tok.lower_)
            if cue is None or tok.pos_ == "AUX" and tok.lemma_ != "say":
                continue
            if d.region_at(tok.idx) is not None:
                continue  # a cue inside quoted words belongs to the quoted speaker
            if tok.head.lower_ == "as" and tok.head.head.lemma_ in lex.verbs \
                    and lex.verbs[tok.head.head.lemma_].speaker_object:
                continue  # the "saying" of "cited X as saying": part of that cue
            if any(c.dep_ == "prep" and c.lower_ == "via" for c in tok.children):
                continue  # "Caliber.Az reports via foreign media": the outlet's own sourcing
            subj = subject_of(tok, cue)
            if subj is None and tok.dep_ == "ROOT":
                subj = leading_speaker(d, tok, sent)  # "The TPLF's negotiator, Getachew W., said" misparsed
            if subj is not None and d.region_at(subj.idx) is not None:
                subj = speaker_beside_cue(d, tok)  # the parse took a quoted word as the subject
            if subj is not None and is_outlet(d, subj):
                continue
            if cue.document_object and subj is not None and subj.lemma_.lower() in lex.documents:
                cue = Cue(lemma=cue.lemma, stance=cue.stance, object=True)
            clause, kind, extra = content_clause(tok, cue, lex, text)
            spk_span = None
            if clause is None and kind == "bare" or kind == "reverse":
                tail = tail_attribution(d, tok, sent, lex)
                if tail is not None:
                    spk_span, clause = tail
                    kind = "reverse"
                    if subj is None or not spk_span.start <= subj.i < spk_span.end:
                        subj = spk_span.root
                    else:
                        spk_span = None
            if clause is None and kind == "bare":
                rc = reverse_clause(tok, sent, text)
                if rc is not None:
                    clause, kind = rc, "reverse"
            if clause is not None and subj is not None and subj.i < tok.i and clause[0] < subj.idx < clause[1] \
                    and tok.idx >= clause[1]:
                clause = (clause[0], noun_phrase(subj).start_char)  # the parse took the speaker into the clause
            if clause is not None:
                clause = bounded(d, tok, clause, kind)
                if clause is None:
                    continue
                clause = clean(text, *clause)
                if clause is None or kind == "reverse" and is_adverbial(d, clause):
                    continue
            asked = tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and kind != "anaphora"
            if subj is None and (kind == "anaphora" or cue.weak) and not asked:  # "Asked about X, …": no speaker named
                continue  # "in saying …", "it goes without saying": nobody speaks
            if kind == "anaphora" and cue.weak:
                kind = "bare"  # "as she put it, “…”": the object is not the previous sentence
            toks = sorted([tok.i, *extra])
            cs, ce = d.ctx.doc[toks[0]].idx, d.ctx.doc[toks[-1]].idx + len(d.ctx.doc[toks[-1]].text)
            cand = Cand(tok, [cs, ce], text[cs:ce], cue.stance,
                        spk_span if spk_span is not None else noun_phrase(subj) if subj is not None else None,
                        clause, kind, sent)
            if clause is not None and clause[0] < tok.idx < clause[1]:
                cand.split = split_around(tok, clause, text, kind)
                if cand.split is None:  # the parse put the cue inside its own clause: keep what precedes it
                    cut = min(tok.idx, subj.left_edge.idx if subj is not None else tok.idx)
                    cl = clean(text, clause[0], cut) if cut > clause[0] else None
                    if cl is None:
                        continue
                    cand.clause = cl
            wh = next((k for k in tok.children if k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in WH
                       and k.tag_ in ("WP", "WDT")), None)
            if wh is not None and tok.dep_ == "relcl" and subj is not None and subj.i != wh.i:
                cand.relative = [wh.idx, wh.idx + len(wh.text)]
            out.append(cand)
    return out
