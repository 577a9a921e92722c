"""Cue candidates: one pass over the tokens turning every reporting cue into a
candidate with its speaker phrase and its content clause.

Why one place: the order of the checks (according to, nominal cue, verb cue,
then quoted/outlet/nested exclusions) decides which reading wins, so it is
kept together and readable here.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from backchannel.extract.claims.appraisal import trace_appraisal
from backchannel.extract.claims.cue_lexicon import Cue, Lexicon
from backchannel.extract.claims.spans import clean, is_connective, without_connective
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.extract.claims.syntax import OCCASION_RULE, SHARED_INFINITIVE, occasion_controller, shares_infinitive, subject_of
from backchannel.syntax.tree import VERB_POS, noun_phrase
from backchannel.extract.claims.content import bounded, content_clause, continued_clause, split_around
from backchannel.extract.claims.asides import PAST_ASIDE_RULE, joint_antecedent, subject_past_aside
from backchannel.extract.claims.beside_cue import speaker_beside_cue
from backchannel.extract.claims.attribution import (according_participle, adjective_controller, described_before_cue, gerund_subject, dateline_speaker, coordinated_act_speaker, inverted_speaker, is_adverbial, mid_parenthetical, is_outlet, leading_speaker, reporting_participle_speaker,
                                                    reverse_clause, speaker_before_aside,
                                                    tail_attribution)
from backchannel.extract.claims.clarity import made_clear
from backchannel.extract.claims.evidential import thing_evidence
from backchannel.extract.claims.inverted_aside import parenthetical
from backchannel.extract.claims.fronted import RULE as FRONTED_RULE, fronted_phrase_speaker
from backchannel.extract.claims.gloss import RULE as GLOSS_RULE, without_gloss
from backchannel.extract.claims.inside_source import RULE as INSIDE_RULE, inside_pieces, per_cand, opinion_cand
from backchannel.extract.claims.nominal import according_to, finding_source, noun_cue, per_source, \
    participle_cue_after as _participle_after
from backchannel.extract.claims.polarity import negated_cue
from backchannel.extract.claims.estimates import clause_before_subject, estimate_cand
from backchannel.extract.claims.pleas import plea_cand
from backchannel.extract.claims.relay import OUTLET_RULE, cites_source_only, relay_pair, relayed_speaker
from backchannel.extract.claims.relative import (OBJECT_RELATIVE, OBJECT_RELATIVE_SUBJECT, object_relative,
                                                  object_relative_subject, relative_attribution)


def candidates(d: ClaimsDoc, lex: Lexicon) -> list[Cand]:
    """Every cue of the document with its speaker phrase and content, in text order."""
    out: list[Cand] = []
    according = lex.words.according[0]
    for sent in d.sents:
        for tok in d.sent_tokens(sent):
            pos = tok.pos_
            if tok.lower_ == according:
                cand = _according_cand(d, lex, tok, sent)
            elif tok.lower_ in lex.words.per_cues:
                cand = _per_cand(d, lex, tok, sent)
            elif tok.lower_ in lex.words.finding_preps:
                found = finding_source(tok, sent, d.text, lex)
                cand = opinion_cand(d, lex, tok, sent) if found is None else Cand(
                    tok, [tok.idx, tok.idx + len(tok.text)], tok.text, "neutral", noun_phrase(found[0]),
                    found[1], Kind.ACCORDING, sent, rule=found[2])
            elif pos == "NOUN" and tok.lemma_ in lex.nouns:
                cand = _noun_cand(d, lex, tok, sent)
            elif pos in VERB_POS or pos == "NOUN" and (tok.tag_ == "VBG" or _verb_tagged_noun(tok)):
                # a verb, a gerund tagged a noun, or a root cue with a subject ("“…,” X's statement read")
                cand = estimate_cand(d, lex, tok, sent) or plea_cand(d, lex, tok, sent) or _verb_cand(
                    d, lex, tok, sent) or made_clear(d, lex, tok, sent)  # "put the toll at 12"; "pleaded guilty"
            else:
                continue
            if cand is not None:
                out.append(cand)
                before = _object_before_quote(d, lex, tok, cand) if pos in VERB_POS else None
                if before is not None:
                    out.append(before)
                pair = relay_pair(d, cand, lex) if pos in VERB_POS else None
                if pair is not None:  # "X, citing Y, reported C": Y's claim beside X's, the outlet's first
                    out.insert(len(out) - 1 if pair.trace.get("nesting") == OUTLET_RULE else len(out), pair)
    return out


def _inside_modifier(tok: Token, span: Span) -> bool:
    """Whether ``tok`` hangs on a preposition inside ``span`` ("the talks *between* A and B"): a
    word of the speaker phrase's modifier, which a parse with no subject took for the speaker."""
    return tok.i != span.root.i and any(span.start <= a.i < span.end and a.dep_ == "prep" for a in tok.ancestors)


def _verb_tagged_noun(tok: Token) -> bool:
    """"“…,” Lee's statement read.": the tagger made the cue a noun, but the parse gave it a subject
    (or a noun right before it the parse took for a compound) and a clause, as only a verb has."""
    return tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" or c.dep_ == "compound" and c.i == tok.i - 1
                                      for c in tok.children) and any(c.dep_ == "ccomp" for c in tok.children)


def _object_before_quote(d: ClaimsDoc, lex: Lexicon, tok: Token, cand: Cand) -> Cand | None:
    """"X praised the mediators' efforts: “…”": the object before the colon is a claim of its own
    beside the quotation the parse hung on the cue as its complement (two claims, one cue)."""
    cue = lex.verbs.get(tok.lemma_)
    if cue is None or not cue.object or cue.weak or cand.kind != Kind.CLAUSE or cand.clause is None:
        return None
    colon = next((c for c in tok.children if c.dep_ == "punct" and c.text == ":" and c.i > tok.i), None)
    if colon is None or d.region_at(cand.clause[0]) is None or cand.clause[0] < colon.idx:
        return None
    parts = [c for c in tok.children if tok.i < c.i < colon.i and (
        c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ in cue.preps)]
    if not parts or parts[0].dep_ not in ("dobj", "obj"):
        return None
    span = clean(d.text, min(p.left_edge.idx for p in parts),
                 max(p.right_edge.idx + len(p.right_edge.text) for p in parts))
    if span is None or span[1] > colon.idx:
        return None
    # (the candidate has no content provenance yet: only its speaker's carries over)
    return replace(cand, clause=span, kind=Kind.OBJECT, rule="claims.content.object_before_quote",
                   trace=dict(cand.trace))


def _according_cand(d: ClaimsDoc, lex: Lexicon, tok: Token, sent: Span) -> Cand | None:
    """"according to X, …": X speaks the longer side of the sentence."""
    acc = according_to(tok, sent, d.text)
    if not acc:
        return None
    spk, clause, toks = acc
    c = clean(d.text, *clause) if clause else None
    if not c:
        return None
    words = lex.words.according
    cand = Cand(tok, [tok.idx, d.ctx.doc[toks[-1]].idx + 2], " ".join(words),
                lex.nouns.get(words[0], "neutral"), noun_phrase(spk), c, Kind.ACCORDING, sent,
                rule="claims.nominal.according_to")
    before = clean(d.text, sent.start_char, tok.idx) if tok.i > sent.start else None
    more = continued_clause(d, tok.head, spk.right_edge.i + 1) if before and tok.head.i < tok.i else None
    if before and more:  # "A, according to X, and B": both A and B are X's
        cand.clause, cand.split = (before[0], more[1]), [list(before), list(more)]
        cand.trace["content"] = "claims.nominal.according_continued"
    elif not _participle_after(spk) and (inside := inside_pieces(tok, spk.right_edge.i, sent, d.text, lex)):
        cand.clause = (inside[0][0], inside[-1][1])  # "A, according to X, had B": the clause X's phrase is in
        cand.split = [list(p) for p in inside] if len(inside) > 1 else None
        cand.trace["content"] = INSIDE_RULE
    return _connective(d, cand)


def _per_cand(d: ClaimsDoc, lex: Lexicon, tok: Token, sent: Span) -> Cand | None:
    """"…, per X": X speaks the longer side of the sentence, as with "according to"."""
    inside = per_cand(d, lex, tok, sent)  # "A, per X, had B"; "A, as per X, on Monday"; "As per X, A"
    if inside is not None:
        return _connective(d, inside)
    found = per_source(tok, sent, d.text, lex)
    c = clean(d.text, *found[1]) if found else None
    if not found or not c:
        return None
    return _connective(d, Cand(tok, [tok.idx, tok.idx + len(tok.text)], tok.text, "neutral", noun_phrase(found[0]),
                               c, Kind.ACCORDING, sent, rule="claims.nominal.per_source"))


def _around_cand(d: ClaimsDoc, tok: Token, cue: Cue, around: tuple[list[tuple[int, int]], Span], rule: str) -> Cand:
    """The candidate of a parenthetical cue: its content pieces on both sides, its speaker phrase."""
    pieces, spk = around
    prt = [c for c in tok.children if c.dep_ == "prt" and c.lower_ in cue.prt]
    ce = prt[-1].idx + len(prt[-1].text) if prt else tok.idx + len(tok.text)
    cand = Cand(tok, [tok.idx, ce], d.text[tok.idx:ce], cue.stance, noun_phrase(spk.root),
                (pieces[0][0], pieces[-1][1]), Kind.CLAUSE, sent=tok.sent, rule=rule)
    cand.split = [list(p) for p in pieces] if len(pieces) > 1 else None
    return _connective(d, cand)


def _gloss(d: ClaimsDoc, cand: Cand) -> None:
    """A content after its cue without the reporter's closing gloss (:mod:`.gloss`)."""
    if cand.clause is None or cand.split or cand.kind in (Kind.REVERSE, Kind.ACCORDING) \
            or cand.clause[0] < cand.cue_span[0]:
        return
    trimmed = without_gloss(d.ctx.doc, d.text, cand.clause)
    if trimmed is not None:
        cand.clause = trimmed
        cand.trace["content"] = GLOSS_RULE


def _connective(d: ClaimsDoc, cand: Cand) -> Cand:
    """A content before its cue loses a sentence-opening connective ("But A, X said": A; "Still,
    X said, A": A), in its first piece when the cue splits it."""
    if cand.clause is None or cand.kind not in (Kind.REVERSE, Kind.ACCORDING):
        return cand
    first = tuple(cand.split[0]) if cand.split else cand.clause
    trimmed = without_connective(d.text, (first[0], first[1]))
    if cand.split and len(cand.split) > 1 and is_connective(d.text, first):
        cand.split = cand.split[1:]  # the piece before the cue was only the connective
    elif trimmed != first and cand.split:
        cand.split[0] = list(trimmed)
    elif trimmed != first:
        cand.clause = trimmed
    else:
        return cand
    if cand.split:
        cand.clause = (cand.split[0][0], cand.split[-1][1])
    cand.trace["content"] = "claims.spans.leading_connective"
    return cand


def _noun_cand(d: ClaimsDoc, lex: Lexicon, tok: Token, sent: Span) -> Cand | None:
    """A nominal cue with a speaker and a clause ("the envoy's claim that …")."""
    nc = noun_cue(tok, d.text)
    if nc is None:
        return None
    spk, clause = nc
    cand = Cand(tok, [tok.idx, tok.idx + len(tok.text)], tok.text, lex.nouns[tok.lemma_],
                noun_phrase(spk), clause, Kind.CLAUSE, sent, rule="claims.nominal.noun_cue")
    if spk.pos_ == "PRON":  # "her claim that …": the possessive pronoun is resolved like "she said"
        cand.trace["speaker"] = "claims.nominal.pronoun_possessor"
    return cand


def _verb_cue_of(d: ClaimsDoc, lex: Lexicon, tok: Token) -> Cue | None:
    """The cue of a reporting verb (or gerund) that can make a claim here, else None."""
    cue = lex.verbs.get(tok.lemma_) or lex.verbs.get(tok.lower_) or _inflected(lex, tok)
    w = lex.words
    if cue is None or tok.pos_ == "AUX" and tok.lemma_ not in w.auxiliary_cues:
        return None
    if d.region_at(tok.idx) is not None and tok.lemma_ not in w.inner_speech_verbs:
        return None  # a cue inside quoted words belongs to the quoted speaker (but see nesting.quoted_inner)
    if negated_cue(tok, lex, d.region_at):
        return None  # "did not say how many …", "declined to confirm": nothing was said
    if tok.head.lower_ in w.speaker_object_preps and tok.head.head.lemma_ in lex.verbs \
            and lex.verbs[tok.head.head.lemma_].speaker_object:
        return None  # the "saying" of "cited X as saying": part of that cue
    if cites_source_only(d, tok, lex):
        return None  # ", citing two officials,": the source of the cue it hangs on
    if any(c.dep_ == "prep" and c.lower_ in w.outlet_preps and _outlet_channel(c, lex) for c in tok.children):
        return None  # "the Tribune reports via agency media": the outlet's own sourcing
    return cue


def _inflected(lex: Lexicon, tok: Token) -> Cue | None:
    """The cue of an inflected verb the lemmatizer got wrong ("hoped" -> "hop"): the form
    without its "-d"/"-s" ending, only for a finite verb tagged with that inflection (a
    participle of a mental state, ", hoping that …", stays narrative)."""
    low = tok.lower_
    forms = {"VBD": (low[:-1],), "VBZ": (low[:-1],)}.get(tok.tag_, ())  # finite forms only
    return next((lex.verbs[f] for f in forms if f in lex.verbs), None)


def _outlet_channel(prep: Token, lex: Lexicon) -> bool:
    """"reports via agency media": an outlet's own sourcing, when the channel is media
    (``outlet_channels``) and not possessed. "wrote via her own blog", "said via email",
    "via a spokesman" are the speaker's own medium, so the cue is the speaker's statement."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return any((p.lemma_.lower() in lex.words.outlet_channels or p.lower_ in lex.words.outlet_channels)
               and not any(g.dep_ == "poss" for g in p.children)
               for p in objs)


def _asked_aside(tok: Token) -> bool:
    """Whether cue ``tok`` is a passive participle set off by commas between a subject and its
    own speech verb ("Brandt, asked about the talks, said …"), misparsed as the main verb with
    the speech verb as an unmarked conjunct: the subject was asked, not asking."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBN") or tok.i == 0 or doc[tok.i - 1].text != ",":
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative") or c.dep_ == "nsubj" and c.i > tok.i for c in tok.children):
        return False
    return _aside_subject(tok) is not None and _aside_verb(tok) is not None


def _aside_subject(tok: Token) -> Token | None:
    """The subject before the comma that opens an "asked" aside (see :func:`_asked_aside`)."""
    return next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i - 1), None)


def _aside_verb(tok: Token) -> Token | None:
    """The speech verb after the comma that closes an "asked" aside, hung on it as an unmarked
    conjunct or a complement; None when an "and"/"but" joins them (two acts of one subject)."""
    if any(c.dep_ == "cc" for c in tok.children):
        return None
    doc = tok.doc
    return next((c for c in tok.children if c.dep_ in ("conj", "ccomp") and c.i > tok.i and c.pos_ == "VERB"
                 and doc[c.i - 1].text == "," and not any(g.dep_ == "nsubj" for g in c.children)), None)


def _aside_of(tok: Token) -> Token | None:
    """The passive participle set off by commas between a subject and the subjectless cue ``tok``
    ("Brandt, asked about the talks, told reporters that …"), which the parse made a complement of
    ``tok`` before it with the subject its own: the subject was asked, and speaks through ``tok``."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ in ("ccomp", "advcl", "conj") and c.tag_ in ("VBD", "VBN") and c.right_edge.i in (tok.i - 2, tok.i - 1) \
                and c.i > 0 and doc[c.i - 1].text == "," and _aside_subject(c) is not None \
                and not any(g.dep_ in ("aux", "auxpass", "dobj", "dative", "cc") for g in c.children):
            return c
    return None


def _verb_subject(d: ClaimsDoc, lex: Lexicon, tok: Token, cue: Cue, sent: Span) -> tuple[Token | None, str | None]:
    """The token naming the speaker of a verb cue, with fallbacks for misparses, and the id of
    the fallback that found it (None: the parse's subject)."""
    relayed = relayed_speaker(d, tok, lex)
    if relayed is not None:  # "reported an aide saying …", "…, citing two officials, said …"
        return relayed, "claims.relay.relayed_speaker"
    gerund = gerund_subject(tok, lex)
    if gerund is not None:  # "despite X saying that …": the preposition's object speaks
        return gerund
    if _asked_aside(tok):  # "X, asked about Y, said …" parsed with "asked" as the main verb
        return None, "claims.attribution.asked_aside"
    if tok.dep_ in ("conj", "ccomp") and _asked_aside(tok.head) and _aside_verb(tok.head) == tok:
        return _aside_subject(tok.head), "claims.attribution.asked_aside"  # X speaks after the aside
    if _aside_of(tok.head) == tok:  # "X, asked about Y, told Z that …" with "told" the root: no claim of X's
        return None, "claims.attribution.asked_aside"
    aside = _aside_of(tok)
    if aside is not None:  # … and X speaks through "told"
        return _aside_subject(aside), "claims.attribution.aside_before_cue"
    held = according_participle(d, tok, lex)
    if held is not None:  # "…, according to X, adding that …": X goes on
        return held, "claims.attribution.according_participle"
    subj, rule = joint_antecedent(tok, subject_of(tok, cue), lex.words.joint_adverbs), None
    if (beside := subject_past_aside(d, tok, subj)) is not None:  # "“…,” warned X, flanked by A: B and C"
        return beside, PAST_ASIDE_RULE
    if subj is not None and tok.dep_ == "acl" and subj.i == tok.head.i and (occ := occasion_controller(tok)):
        return occ, OCCASION_RULE  # "X took the opportunity to thank Y": X
    fronted = fronted_phrase_speaker(d, tok, subj, sent)
    if fronted is not None:  # "After talks with A and B, the envoy C said …": C, not A
        return fronted, FRONTED_RULE
    nearer = clause_before_subject(tok, subj, lex)
    if nearer is not None:  # "X was postponed when the groups withdrew, accusing …": the groups
        return nearer, "claims.attribution.clause_before_subject"
    outer = coordinated_act_speaker(tok, lex)
    if outer is not None and cue.speaker_object and subj is not None and subj.dep_ in ("dobj", "obj"):
        return subj, "claims.attribution.quoted_object"  # "X reported A but quoted Y as saying B": Y
    if outer is not None:  # "X said A but accused Y of …" with "accused" parsed inside A
        return outer, "claims.attribution.coordinated_act"
    if subj is None:
        subj = adjective_controller(tok, lex)  # "X was careful to reiterate that …"
        if subj is not None:
            return subj, "claims.attribution.adjective_control"
    if tok.dep_ == "conj" and not any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children):
        # a "conjunct" with no "and"/"but" before it is a misparse: "… after X, including Y, said …"
        aside = speaker_before_aside(d, tok, sent)
        if aside is not None:
            return aside, "claims.attribution.speaker_before_aside"
    outer = reporting_participle_speaker(tok, lex) if subj is not None else None
    if outer is not None and subj is not None and outer.i != subj.i:
        return outer, "claims.attribution.reporting_participle"
    if subj is None and tok.i == sent.start:
        subj = inverted_speaker(tok, sent)  # "Said Ellis: “…”"
        if subj is not None:
            return subj, "claims.attribution.inverted_speaker"
    if subj is None and tok.dep_ == "ROOT":
        subj = leading_speaker(d, tok, sent)  # "The TPLF's negotiator, Getachew W., said" misparsed
        rule = "claims.attribution.leading_speaker" if subj is not None else None
        if subj is None:
            subj = speaker_before_aside(d, tok, sent)  # "… after X, including Y, said …"
            rule = "claims.attribution.speaker_before_aside" if subj is not None else None
    before = described_before_cue(d, tok) if subj is not None and not cue.speaker_object \
        and d.region_at(tok.idx) is None else None  # "the ministry cited Wang as saying": Wang
    if before is not None and subj is not None and before.i != subj.i and (
            subj.i > tok.i or before.pos_ == "PROPN" and before.head.i != subj.i):
        return before, "claims.attribution.described_before_cue"  # "“…,” the head of X, Jo Lee, told Reuters"
    after = dateline_speaker(subj) if subj is not None else None
    if after is not None:  # "LUNDE, Norland — Norland's envoy said": not the dateline
        return after, "claims.attribution.after_dateline"
    if subj is not None and d.region_at(subj.idx) is not None and d.region_at(tok.idx) is None:
        subj = speaker_beside_cue(d, tok)  # the parse took a quoted word as the subject
        rule = "claims.attribution.speaker_beside_cue" if subj is not None else None
    return subj, rule


#: (clause, kind, extra cue tokens, speaker span, subject, rule id of the construction)
VerbContent = tuple[tuple[int, int] | None, Kind, list[int], Span | None, Token | None, str | None]


def _verb_content(d: ClaimsDoc, lex: Lexicon, tok: Token, cue: Cue, subj: Token | None,
                  sent: Span) -> VerbContent | None:
    """(clause, kind, extra cue tokens, speaker span, subject, rule id) of a verb cue; None: no claim."""
    text = d.text
    clause, kind, extra, rule = content_clause(tok, cue, lex, text)
    spk_span = None
    if clause is None and kind == Kind.BARE or kind == Kind.REVERSE:
        tail = tail_attribution(d, tok, sent, lex)
        if tail is not None:
            spk_span, clause = tail
            kind, rule = Kind.REVERSE, "claims.attribution.tail_said"
            if subj is not None and subj.i > tok.i and (cue.speaker_object or subj.dep_ == "nsubj" and subj.head.i == tok.i):
                # "A, the agency quoted X as saying": X, not the medium before the cue; "A, said local
                # sources": the subject the parse found after the cue, not the last comma segment of A
                spk_span = None
                rule = "claims.attribution.inverted_tail" if not cue.speaker_object else rule
            elif subj is None or not spk_span.start <= subj.i < spk_span.end or _inside_modifier(subj, spk_span) \
                    or subj.dep_ == "conj" and spk_span.start <= subj.head.i < subj.i:
                # "…, a source close to the talks between A and B told X": not B; "…, a diplomat and an
                # official said": the whole coordination (its first conjunct speaks), not the last one
                subj = spk_span.root
            else:
                spk_span = None
    if clause is None and kind == Kind.BARE:
        rc = reverse_clause(tok, sent, text)
        if rc is not None:
            clause, kind, rule = rc, Kind.REVERSE, "claims.attribution.reverse_clause"
    if clause is not None and subj is not None and subj.i < tok.i and clause[0] < subj.idx < clause[1] \
            and tok.idx >= clause[1]:
        clause = (clause[0], noun_phrase(subj).start_char)  # the parse took the speaker into the clause
    if clause is not None:
        clause = bounded(d, tok, clause, kind)
        if clause is None:
            return None
        clause = clean(text, *clause)
        if clause is None or kind == Kind.REVERSE and is_adverbial(d, clause):
            return None
    return clause, kind, extra, spk_span, subj, rule


def _verb_cand(d: ClaimsDoc, lex: Lexicon, tok: Token, sent: Span) -> Cand | None:
    """The candidate of a reporting verb, or None when it makes no claim here."""
    cue = _verb_cue_of(d, lex, tok)
    if cue is None:
        return None
    subj, speaker_rule = _verb_subject(d, lex, tok, cue, sent)
    if subj is not None and is_outlet(d, subj):
        return None
    if cue.document_object and subj is not None and subj.lemma_.lower() in lex.documents:
        cue = Cue(lemma=cue.lemma, stance=cue.stance, object=True)
    rel, rel_rule, named = relative_attribution(tok, lex, d.text), "claims.content.relative_attribution", None
    if rel is None:  # "…, which he denies": the words the relative pronoun stands for
        rel, rel_rule = object_relative(tok, lex, d.text), OBJECT_RELATIVE
        named = object_relative_subject(tok, d.ctx) if rel is not None else None  # "X is accused of Y, which he denies"
        subj = named or subj
    if rel is not None:  # "…, which she said were at his side": the relative clause only
        cand = Cand(tok, [tok.idx, tok.idx + len(tok.text)], tok.text, cue.stance,
                    noun_phrase(subj) if subj is not None else None, (rel[0][0], rel[-1][1]), Kind.CLAUSE, sent,
                    rule=rel_rule)
        cand.split = rel if len(rel) > 1 else None
        cand.trace.update({"speaker": OBJECT_RELATIVE_SUBJECT} if named is not None else {})
        return cand
    around, around_rule = parenthetical(d, tok, sent, lex)
    if around is not None:  # "A, as X pointed out, B", "A, said X, B"
        return _around_cand(d, tok, cue, around, around_rule)
    found = _verb_content(d, lex, tok, cue, subj, sent)
    if found is not None and found[0] is None and found[1] == Kind.BARE:
        mid = mid_parenthetical(d, tok, sent)  # "A, X said, B" with the cue misparsed
        if mid is not None:
            return _around_cand(d, tok, cue, mid, "claims.attribution.mid_parenthetical")
    if found is None:
        return None
    clause, kind, extra, spk_span, subj, rule = found
    if thing_evidence(d, lex, tok, subj):  # "the footage showed …": nobody speaks
        return None
    asked = tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and kind != Kind.ANAPHORA
    if subj is None and (kind == Kind.ANAPHORA or cue.weak) and not asked:  # "Asked about X, …": no speaker named
        return None  # "in saying …", "it goes without saying": nobody speaks
    if kind == Kind.ANAPHORA and cue.weak:
        kind, rule = Kind.BARE, None  # "as she put it, “…”": the object is not the previous sentence
    text, doc = d.text, d.ctx.doc
    toks = sorted([tok.i, *extra])
    cs, ce = doc[toks[0]].idx, doc[toks[-1]].idx + len(doc[toks[-1]].text)
    speaker = spk_span if spk_span is not None else noun_phrase(subj) if subj is not None else None
    if speaker is not None and speaker.start <= tok.i < speaker.end:  # "Said Ellis:": the name only
        speaker = doc[tok.i + 1: speaker.end] if tok.i + 1 < speaker.end else speaker
    cand = Cand(tok, [cs, ce], text[cs:ce], cue.stance, speaker, clause, kind, sent, rule=rule)
    if spk_span is None and speaker_rule is not None:
        cand.trace["speaker"] = speaker_rule
    if clause is not None and clause[0] < tok.idx < clause[1]:
        cand.split = split_around(tok, clause, text, kind)
        if cand.split is None:  # the parse put the cue inside its own clause: keep what precedes it
            cut = min(tok.idx, subj.left_edge.idx if subj is not None else tok.idx)
            cl = clean(text, clause[0], cut) if cut > clause[0] else None
            if cl is None:
                return None
            cand.clause = cl
    _continued(d, lex, cand)
    _connective(d, cand)
    _gloss(d, cand)
    trace_appraisal(d, cand)
    _shared_infinitive(d, lex, cand)
    relative = lex.words.relative_pronouns
    wh = next((k for k in tok.children if k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in relative
               and k.tag_ in ("WP", "WDT")), None)
    if wh is not None and tok.dep_ == "relcl" and subj is not None and subj.i != wh.i:
        cand.relative = [wh.idx, wh.idx + len(wh.text)]
        cand.trace["speaker"] = "claims.candidates.relative_pronoun"
    return cand


def _shared_infinitive(d: ClaimsDoc, lex: Lexicon, cand: Cand) -> None:
    """Trace a content that goes on over a strong cue sharing an infinitive's "to" ("… use raids to
    frighten villages and highlight …"), which the clause cut kept (:func:`.syntax.shares_infinitive`)."""
    if cand.clause is None or cand.cue_tok is None or "content" in cand.trace:
        return
    s, e = cand.clause
    span = d.ctx.doc.char_span(s, e, alignment_mode="expand")
    if span is not None and any(t.lemma_ in lex.verbs and not lex.verbs[t.lemma_].weak and shares_infinitive(t)
                                for t in span):
        cand.trace["content"] = SHARED_INFINITIVE


def _continued(d: ClaimsDoc, lex: Lexicon, cand: Cand) -> None:
    """"A, the ministry said in a report, and B": B goes on with what the speaker said (the
    conjunction hangs on the cue in the parse)."""
    tok = cand.cue_tok
    if tok is None or cand.kind != Kind.REVERSE or cand.split or cand.clause is None or cand.clause[1] > tok.idx:
        return
    cc = next((k for k in tok.children if k.dep_ == "cc" and k.lower_ in lex.words.continuations and k.i > tok.i), None)
    more = continued_clause(d, tok, cc.i - 1) if cc is not None else None
    if more is not None:
        cand.split = [list(cand.clause), list(more)]
        cand.clause = (cand.clause[0], more[1])
        cand.trace["content"] = "claims.attribution.continued_after_cue"
