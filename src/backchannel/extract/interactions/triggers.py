"""Triggers: tokens whose lemma has a frame that fires, minus those inside another frame's
content (a proposal's terms, an accusation's charge), plus the proposals a rejection or a
conditional act implies.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.quotes import QUOTE_CHARS
from backchannel.syntax.roles import logical_object
from backchannel.extract.interactions.build import build
from backchannel.extract.interactions.candidate import Candidate, Flag, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, FramePos, Lexicon, Nesting, lexicon
from backchannel.extract.interactions.matching import PARTICLE_ON_NUMBER, gerund_stem, matches, particle_on_number
from backchannel.extract.interactions.responses import responders
from backchannel.extract.interactions.story import side_for
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child, governor, phrase, subtree_span
from backchannel.extract.interactions.text_specs import text_spec
from backchannel.extract.interactions.timing_act import planned_redate
from backchannel.extract.interactions.words import words

W = words()
TO_REJECTER = "interactions.triggers.proposal_to_rejecter"  # its target (and time) from the rejection
UNBUILT_REJECTED = "interactions.triggers.rejected_proposal"  # a proposal no frame built, told by its rejection


def find_raw(d: Doc_) -> list[Candidate]:
    """Candidates of the document in text order, with the proposals other acts imply."""
    hits = find_hits(d)
    raws, unbuilt, suppressed = _build_all(d, hits)
    _conditional_offers(d, raws)
    _proposals_to_rejecters(d, raws, unbuilt, suppressed)
    responders(d, raws)
    return raws


def verb_lemmas(lex: Lexicon) -> frozenset[str]:
    """The lemmas with a verb frame (cached on the lexicon object's identity)."""
    if _VERBS and _VERBS[0][0] is lex:
        return _VERBS[0][1]
    out = frozenset(k for k, fs in lex.frames.items() if any(f.pos == FramePos.VERB for f in fs))
    _VERBS[:] = [(lex, out)]
    return out


_VERBS: list[tuple[Lexicon, frozenset[str]]] = []


def find_hits(d: Doc_) -> list[tuple[Frame, Token]]:
    """Every token with a frame that fires (the first that fires, in lexicon order)."""
    lex = d.lex
    hits: list[tuple[Frame, Token]] = []
    for tok in d.ctx.doc:
        frames = lex.frames.get(tok.lemma_.lower())
        if frames is None:
            frames = lex.frames.get(tok.lower_)
        if frames is None and (stem := gerund_stem(tok, verb_lemmas(lex))) is not None:
            frames = [f for f in lex.frames[stem] if f.pos == FramePos.VERB]  # "for mediating" tagged NN
        if not frames:
            continue
        if tok.pos_ in NOUN_POS and d.inside_name(tok):
            continue  # "people familiar with the talks", "the ceasefire commission": a name, no act
        if tok.tag_ == "VBG" and tok.lower_ != tok.lemma_.lower() and tok.lower_ in lex.frames:
            # "the start of fighting between A and B": a gerund used as a noun has the noun's frames
            frames = lex.frames[tok.lower_] + frames
        fired = next((fr for fr in frames if matches(d, fr, tok)), None)
        if fired is not None:
            hits.append((fired, tok))
    return hits


Hit = tuple[Frame, Token]


def _build_all(d: Doc_, hits: list[Hit]) -> tuple[list[Candidate], dict[int, Hit], dict[int, Hit]]:
    """Candidates of the hits outside other frames' content; the hits that built nothing and
    those suppressed as content, by token index."""
    regions = nested_regions(hits)
    raws: list[Candidate] = []
    unbuilt: dict[int, Hit] = {}
    suppressed: dict[int, Hit] = {}
    held: list[tuple[Candidate, set[int]]] = []
    for fr, tok in hits:
        mode = region_mode(regions, tok)
        if mode == Nesting.SUPPRESS and fr.type == "attack" and _charged(regions, hits, tok):
            # "accused Russia of shelling Ukraine": the charged attack, when it names a target
            raw = build(d, fr, tok)
            # a state, group or body under fire; a charge against one person ("of targeting the
            # hostage") is an intent the accuser ascribes, not a reported strike
            hit_ = [t for t in raw.targets if not is_marker(t) and t in d.ctx.actors
                    and d.ctx.actors[t].kind != "person"] if raw is not None else []
            if raw is not None and raw.sources and hit_ and not set(raw.sources) & set(raw.targets):
                raws.append(raw)
                d.built = raws
                continue
        if mode == Nesting.SUPPRESS:
            suppressed[tok.i] = (fr, tok)
            continue
        raw = build(d, fr, tok)
        if raw is None:
            unbuilt[tok.i] = (fr, tok)
            continue
        if particle_on_number(fr, tok):
            raw.trace["type"] = PARTICLE_ON_NUMBER  # "hand over three soldiers", read "over three"
        if mode == Nesting.PLANNED and raw.negated:
            # "agreed not to seize more towns", "agreed to refrain from strikes": a commitment, no act
            held.append((raw, _planning_owners(regions, tok)))
            continue
        if mode == Nesting.PLANNED and raw.modality == "asserted" and not _agreed_deal(d, fr, tok):
            raw.modality = "planned"
            raw.trace["modality"] = "interactions.triggers.planned_complement"
            planned_redate(d, tok, raw)
        raws.append(raw)
        d.built = raws
    # a plan whose every planning frame built no act ("Ghana decided to halt its strikes": one party
    # deciding agrees with no one, agree.decide needs two) is no commitment: the ceasing stands as an act
    raws += [raw for raw, owners in held if owners and owners <= unbuilt.keys()]
    d.built = raws
    return raws, unbuilt, suppressed


def _planning_owners(regions: list[tuple[int, int, str, int]], tok: Token) -> set[int]:
    """The trigger indices of the planned regions ("agreed to ...") that hold ``tok``."""
    return {ti for lo, hi, m, ti in regions if m == Nesting.PLANNED and ti != tok.i and lo <= tok.i <= hi}


def _agreed_deal(d: Doc_, fr: Frame, tok: Token) -> bool:
    """"agreed to a ceasefire", "agreed on a deal": the deal noun is the agreement itself, not a
    plan the agreement makes."""
    g = governor(tok)
    return fr.type == "agree" and tok.pos_ in NOUN_POS and g is not None and any(
        f.type == "agree" for f in d.lex.frames.get(g.lemma_.lower(), []))


def _conditional_offers(d: Doc_, raws: list[Candidate]) -> None:
    """"X would release Y if Z eased the curbs": a conditional act is an offer to Z."""
    for r in list(raws):
        if r.modality != "hypothetical" or not r.sources or r.type in ("propose", "demand") or r.negated:
            continue
        cond = next((c for c in r.trig.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in W.conditional_marks for m in c.children)), None)
        if cond is None or not any(c.dep_ == "aux" and c.lower_ in W.offer_aux for c in r.trig.children):
            continue
        to = [a for a in d.actors(child(cond, "nsubj", "nsubjpass")) if a not in r.sources]
        if to:
            fr = Frame(lemma=r.frame.lemma, type="propose", pos=r.frame.pos)
            p = Candidate(type="propose", trig=r.trig, frame=fr, sources=r.sources[:1], targets=to[:1], claim=r.claim,
                    time=None, inferred=["type"], rule="interactions.triggers.conditional_offer")
            p.topic = subtree_span(r.trig).text
            raws.insert(raws.index(r), p)


def _proposals_to_rejecters(d: Doc_, raws: list[Candidate], unbuilt: dict[int, Hit],
                            suppressed: dict[int, Hit]) -> None:
    """"After a proposal ... fell through, X announced": the proposal was made to the party that
    let it fall (its proposer stays unknown)."""
    # Likewise a proposal rejected or accepted by X ("Baku rejected a French offer", "a proposal
    # was rejected by X") was made to X, by whoever its modifier names.
    by_trig = {r.trig.i: r for r in raws}
    for r in list(raws):
        if r.type not in ("reject", "agree") or not r.sources or r.frame.symmetric:
            continue
        subj = child(r.trig, "nsubj", "nsubjpass")
        if r.frame.lemma not in W.fall_through_lemmas:
            subj = logical_object(r.trig) if r.trig.pos_ in VERB_POS else None
        if subj is None:  # "After a proposal ... fell through": the parser made it the preposition's object
            subj = next((o for c in r.trig.children if c.dep_ == "prep" and c.i < r.trig.i
                         for o in c.children if o.dep_ == "pobj" and o.i in unbuilt), None)
        if subj is None:
            continue
        made = by_trig.get(subj.i)
        if made is not None and made.type in ("propose", "demand"):
            if not [t for t in made.targets if not is_marker(t)]:
                made.targets = [side_for(d.ctx, a, made.sources) for a in r.sources if a not in made.sources]
                made.infer("target", TO_REJECTER)
                made.pending.add(Flag.TO_REJECTER)
                if made.time is None and r.time is not None:
                    made.time = r.time
                    made.trace["time"] = TO_REJECTER
            continue
        hit = unbuilt.get(subj.i) or suppressed.get(subj.i)
        if hit is not None and hit[0].type in ("propose", "demand"):
            fr, tok = hit
            p = build(d, fr, tok) if subj.i in suppressed else None
            if p is None:
                p = Candidate(type=fr.type, trig=tok, frame=fr, modality=r.modality, negated=False, claim=r.claim,
                              rule=UNBUILT_REJECTED)
                p.topic = text_spec(d, "acl_to", tok)
            p.targets = [a for a in r.sources if a not in p.sources]
            p.infer("target", TO_REJECTER)
            p.pending.add(Flag.TO_REJECTER)
            for name, old, new in (("modality", p.modality, r.modality), ("negated", p.negated, False),
                                   ("time", p.time, p.time or r.time)):
                if old != new:
                    p.trace[name] = TO_REJECTER
            p.modality, p.negated, p.time = r.modality, False, p.time or r.time
            if not p.sources and r.frame.lemma not in W.fall_through_lemmas and r.type == "reject":
                continue  # a proposal of nobody's, rejected: the rejection says it all
            raws.insert(raws.index(r), p)
            if r.topic is None:
                r.topic = phrase(tok).text


VERB_CONTENT_DEPS = {"dobj", "dative", "xcomp", "ccomp", "prep", "acomp", "oprd", "attr", "pcomp"}


NOUN_CONTENT_DEPS = {"prep", "acl"}


def nested_regions(hits: list[tuple[Frame, Token]]) -> list[tuple[int, int, str, int]]:
    """Token ranges of the complements of frames whose content is not an event: a proposal's
    terms, an accusation's charge ("suppress"), or an agreement's plan ("planned")."""
    regions = []
    names = lexicon().settings.event_nouns
    for fr, t in hits:
        if fr.type == "message" and t.pos_ in VERB_POS:
            # "carried three written requests": what is carried is the message, not a new act
            for c in t.children:
                if c.dep_ == "dobj":
                    regions.append((c.left_edge.i, c.right_edge.i, "suppress", t.i))
        if fr.type in ("inform", "learn"):
            # "was not told about the talks": the talks are what was (not) told, not a new act
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in W.told_about_preps:
                    regions.append((c.left_edge.i, c.right_edge.i, "suppress", t.i))
        if not fr.nested:
            continue
        deps = NOUN_CONTENT_DEPS if t.pos_ in NOUN_POS else VERB_CONTENT_DEPS
        for c in t.children:
            if c.dep_ in ("ccomp", "parataxis") and c.i < t.i and t.pos_ in VERB_POS:
                continue  # a clause before the verb is not what it rejects or offers (a misparse)
            if quote_attribution(t, c):
                continue  # rule QUOTE_ATTRIBUTION
            if c.dep_ == "prep" and c.lower_ in W.talk_preps and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in lexicon().settings.talk_nouns for o in c.children):
                continue  # "an agreement during talks hosted by X": the talks are its setting, not its terms
            if c.dep_ in deps or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in W.conditional_marks
                                                               for m in c.children)) or (fr.type in W.inducing_types and _object_infinitive(t, c)):
                lo, hi = c.left_edge.i, c.right_edge.i
                # "accused X of arming Y, a charge X rejected": an apposition that names the act
                # itself is a reaction to it, not part of its content
                cut = [a for a in t.doc[lo:hi + 1] if a.dep_ == "appos" and a.lemma_.lower() in names]
                if cut:
                    regions.append((lo, cut[0].left_edge.i - 1, fr.nested, t.i))
                    if cut[0].right_edge.i < hi:
                        regions.append((cut[0].right_edge.i + 1, hi, fr.nested, t.i))
                else:
                    regions.append((lo, hi, fr.nested, t.i))
    return regions


QUOTE_ATTRIBUTION = "interactions.triggers.quote_attribution"  # documents the region rule below


def quote_attribution(t: Token, c: Token) -> bool:
    """Rule QUOTE_ATTRIBUTION: '"A and B have agreed to a truce," X announced in Lund, where the
    talks opened on 3 May': the parser hangs the speaker's verb after a closing quote mark on
    the quoted verb as its complement. That clause says who spoke; it is no part of what was agreed
    or offered, so nothing in it (the talks that "began") is read as planned."""
    if c.dep_ not in ("ccomp", "parataxis") or c.i <= t.i or t.pos_ not in VERB_POS \
            or c.lemma_ not in lexicon().settings.speech_verbs or child(c, "nsubj") is None:
        return False
    return any(x.text in QUOTE_CHARS for x in t.doc[t.i + 1:c.left_edge.i])


OBJECT_INFINITIVE = "interactions.triggers.object_infinitive"  # documents the region rule below


def _object_infinitive(t: Token, c: Token) -> bool:
    """Rule OBJECT_INFINITIVE: "X pressed Y to free Z", which the parser reads
    as a purpose clause (advcl) after the object: for a frame of pressing, asking or persuading
    (words.inducing_types) whose complement is content, a to-infinitive after the verb's object
    is that content (what Y is pressed to do); not for offers ("offered X safe passage to attend
    the talks": X does attend)."""
    o = child(t, "dobj")
    return c.dep_ == "advcl" and t.pos_ in VERB_POS and o is not None and c.i > o.i \
        and any(a.dep_ == "aux" and a.lower_ == W.infinitive_to for a in c.children)


def _charged(regions: list[tuple[int, int, str, int]], hits: list[tuple[Frame, Token]], tok: Token) -> bool:
    """Is the token only inside accusations' charges ("accused X of striking Y")?"""
    types = {t.i: f.type for f, t in hits}
    inside = [types.get(ti) for lo, hi, m, ti in regions if m == Nesting.SUPPRESS and ti != tok.i and lo <= tok.i <= hi]
    return bool(inside) and all(ty == "accuse" for ty in inside)


def region_mode(regions: list[tuple[int, int, str, int]], tok: Token) -> str | None:
    mode = None
    for lo, hi, m, ti in regions:
        if ti != tok.i and lo <= tok.i <= hi:
            if m == Nesting.SUPPRESS:
                return m
            mode = m
    return mode
