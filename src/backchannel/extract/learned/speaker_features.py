"""Candidates and features for re-ranking the speaker of a claim (:mod:`.speaker`).

Why a module of its own: the training tool (``benchmarks/learn_speaker.py``)
and the stage must build exactly the same candidates and features, from what
both have: the parse and the rules' actors and claims (a :class:`Context`).

A claim's candidates are the rules' speaker, every actor with a mention in the
sentence of the cue or the two before it, and "none". Each candidate's
features describe how its mentions stand to the cue in the parse (subject of
the cue, "by"-agent, object of "according to"/"per", possessor of a
statement noun, apposition, inside the content), how far they are, what kind
of actor it is, whether a pronoun subject of the cue agrees with it, and which
rule chose the speaker. No feature names an actor: lemmas only of common
nouns, prepositions and cues, never of proper names.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from backchannel.context import Context
from backchannel.docindex import DocIndex
from backchannel.data_loader import read
from backchannel.extract.claims.cue_lexicon import words
from backchannel.model import Actor, Claim
from backchannel.resolve.coref import gender

#: sentences before the cue's sentence whose mentions are candidates
FEATURE_WORDS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in read("learned_features.toml")["speaker"].items()}
WINDOW = 2



@dataclass(slots=True)
class Candidate:
    """One possible speaker of a claim: an actor (None: no speaker), the mention to point at, features."""

    actor: str | None
    mention: tuple[int, int] | None
    features: list[str] = field(default_factory=list)


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 3, 5, 8, 13, 21)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


class DocView:
    """Every actor mention of one document, for quick window look-ups; sentences come from the document's
    shared index (:class:`backchannel.docindex.DocIndex`), built once for all stages."""

    def __init__(self, index: DocIndex, actors: dict[str, Actor]) -> None:
        self.doc = index.doc
        self.sents = index.sents
        self.starts = index.sent_starts
        self.sent_index = index.sent_index
        self.mentions: list[tuple[int, int, str]] = sorted(
            (m.start, m.end, a.id) for a in actors.values() for m in a.mentions)
        self.total = {a.id: len(a.mentions) for a in actors.values()}

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")


def _path(a: Token, b: Token, limit: int = 3) -> str:
    """Dependency labels from ``a`` up to the lowest common ancestor, then down to ``b`` ('far' past ``limit``)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            j = ids_b[t.i]
            if k > limit or j > limit:
                return "far"
            ups = "^".join(x.dep_ for x in up_a[:k])
            downs = ">".join(x.dep_ for x in reversed(up_b[:j]))
            return f"{ups}|{downs}"
    return "none"


def _common(tok: Token) -> bool:
    """A common noun written in lower case, outside any entity: never a name. The tagger tags some names
    NOUN ("Farc", "Frerichs"), and no feature may name an actor."""
    return tok.text.islower() and not tok.ent_type_


def _mention_features(v: DocView, head: Token, cue: Token | None, claim: Claim) -> list[str]:
    """How one mention (its head token) stands to the claim's cue and content."""
    out = [f"dep={head.dep_}", f"pos={head.pos_}"]
    if head.pos_ == "NOUN" and _common(head):
        out.append(f"noun={head.lemma_.lower()}")
    if head.pos_ == "PRON":
        out.append(f"pron={head.lower_}")
    if head.dep_ == "pobj":
        out.append(f"prep={head.head.lower_}")
        if f"{head.head.head.lower_} {head.head.lower_}" in FEATURE_WORDS["according"]:
            out.append("according")
    if head.dep_ == "poss" and head.head.pos_ == "NOUN" and _common(head.head):
        out.append(f"poss_of={head.head.lemma_.lower()}")
    if head.dep_ == "appos" or any(c.dep_ == "appos" for c in head.children):
        out.append("appos")
    if cue is not None:
        p = _path(head, cue)
        out.append(f"path={p}")
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == cue.i:
            out.append("subj_of_cue")
        if head.dep_ == "pobj" and head.head.lower_ in FEATURE_WORDS["agent_preps"] and head.head.head.i == cue.i:
            out.append("agent_of_cue")
        side = "before" if head.i < cue.i else "after"
        out.append(f"side={side}")
        out.append(f"tokdist={side}{_bucket(abs(head.i - cue.i))}")
    inside = any(s <= head.idx < e for s, e in claim.spans.content)
    out.append(f"in_content={inside}")
    return out


def _kind(actor: Actor, media: frozenset[str]) -> list[str]:
    out = [f"kind={actor.kind}", f"named={actor.named}", f"kind_named={actor.kind}_{actor.named}"]
    text = " ".join([actor.name, *actor.descriptors, *actor.aliases]).lower().split()
    if media & set(text):
        out.append("outlet")
    return out


def _cue(v: DocView, c: Claim) -> Token | None:
    if c.spans.cue:
        sp = v.span(c.spans.cue[0], c.spans.cue[1])
        if sp is not None and len(sp):
            return sp.root
    return None


def _subject_pronoun(cue: Token | None) -> str | None:
    if cue is None:
        return None
    for t in cue.children:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON":
            return t.lower_
    return None


def _window(v: DocView, c: Claim, cue: Token | None) -> tuple[int, int, int]:
    """(first char, last char, sentence index of the cue) of the candidates' window."""
    anchor = cue.idx if cue is not None else (c.spans.speaker[0] if c.spans.speaker else c.evidence.start)
    si = v.sent_index(anchor)
    return v.starts[max(0, si - WINDOW)], max(v.sents[si].end_char, c.evidence.end), si


def _agreement(ctx: Context, actor: Actor, pron: str | None) -> list[str]:
    if pron is None:
        return []
    w = words()
    number = "pl" if pron in w.plural_pronouns else "sg"
    sex = "f" if pron in w.female_pronouns else "m" if pron in w.male_pronouns else "x"
    g = gender(ctx, actor.id) if actor.kind == "person" else None
    return [f"subjpron={number}{sex}&kind={actor.kind}", f"subjpron={number}{sex}&gender={g}",
            f"subjpron_agree={sex == g}" if g and sex != "x" else "subjpron_agree=unknown"]


def _actor_candidate(ctx: Context, v: DocView, c: Claim, aid: str, found: list[tuple[int, int]],
                     cue: Token | None, si: int, rules_mention: tuple[int, int] | None) -> Candidate:
    """One actor's candidate: its nearest mentions' relations to the cue, its kind and its standing."""
    actor = ctx.actors[aid]
    feats = _kind(actor, words().media_words)
    anchor = cue.i if cue is not None else -1
    scored = []
    for s, e in found:
        sp = v.span(s, e)
        if sp is None or not len(sp):
            continue
        inside = any(a <= s < b for a, b in c.spans.content)
        scored.append(((si - v.sent_index(s), inside, abs(sp.root.i - anchor) if anchor >= 0 else 0), (s, e), sp.root))
    # nearest first: outside the quote before inside it, then by sentences either side, then by tokens
    scored.sort(key=lambda t: (t[0][1], abs(t[0][0]), t[0][2]))
    for key, _, head in scored[:4]:
        feats.append(f"sentdist={key[0]}")
        feats.extend(f"m:{f}" for f in _mention_features(v, head, cue, c))
    if scored:
        feats.extend(f"best:{f}" for f in _mention_features(v, scored[0][2], cue, c))
        feats.append(f"best_sentdist={scored[0][0][0]}")
    else:
        feats.append("no_window_mention")
    mention = rules_mention if rules_mention is not None else (scored[0][1] if scored else None)
    if mention is None and actor.mentions:
        mention = (actor.mentions[0].start, actor.mentions[0].end)
    feats.append(f"salience={_bucket(v.total.get(aid, 0))}")
    return Candidate(aid, mention, feats)


def claim_candidates(ctx: Context, v: DocView, c: Claim, previous: str | None) -> list[Candidate]:
    """The candidates of one claim (the rules' speaker first, "none" last), each with its features."""
    cue = _cue(v, c)
    lo, hi, si = _window(v, c, cue)
    by_actor: dict[str, list[tuple[int, int]]] = {}
    for s, e, aid in v.mentions[bisect_right(v.mentions, (lo, -1, "")):]:
        if s >= hi:
            break
        if aid in ctx.actors:
            by_actor.setdefault(aid, []).append((s, e))
    rules = c.speaker if c.speaker in ctx.actors else None
    order = ([rules] if rules else []) + [a for a in by_actor if a != rules]
    rule = c.traced("speaker") or "none"
    lemma = cue.lemma_.lower() if cue is not None else "nocue"
    pron = _subject_pronoun(cue)
    common = [f"cue={lemma}", f"direct={c.direct}", f"ncand={_bucket(len(order))}"]
    out = []
    for aid in order:
        rm = tuple(c.spans.speaker) if aid == rules and c.spans.speaker else None
        cand = _actor_candidate(ctx, v, c, aid, by_actor.get(aid, []), cue, si, rm)  # type: ignore[arg-type]
        own = ["is_rules" if aid == rules else "not_rules", rule_feature(rule, aid == rules),
               f"prev_speaker={aid == previous}", *_agreement(ctx, ctx.actors[aid], pron)]
        cand.features = ["actor", *own, *cand.features, *(f"{f}&kind={ctx.actors[aid].kind}" for f in common)]
        out.append(cand)
    out.append(Candidate(None, None, ["none", f"none&rule={rule}", f"none&rules_none={rules is None}",
                                      f"none&pron={pron}", *(f"none&{f}" for f in common)]))
    return out


def rule_feature(rule: str | None, is_rules: bool) -> str:
    """The feature naming the rule that chose the speaker and whether this candidate is its choice: one
    function, so the learned stage's guard on kept rules reads the very string the features hold."""
    return f"rule={rule}&{is_rules}"


def document_candidates(ctx: Context) -> list[tuple[Claim, list[Candidate]]]:
    """Every claim of the context with its candidates, in text order (the previous speaker is a feature)."""
    v = DocView(ctx.index, ctx.actors)
    out = []
    previous: str | None = None
    for c in sorted(ctx.claims, key=lambda c: (c.evidence.start, c.spans.cue[0] if c.spans.cue else 0)):
        out.append((c, claim_candidates(ctx, v, c, previous)))
        previous = c.speaker
    return out
