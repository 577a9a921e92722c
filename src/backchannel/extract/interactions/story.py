"""The story's two sides and how actors relate to them.

Why: acts whose parties the text leaves implicit ("the two sides", "discussions were
underway") take the sides the story's explicit talks, deals or clashes name.
"""

from __future__ import annotations

from enum import Enum

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate, Flag, Inferred, is_marker
from backchannel.extract.interactions.document import QUOTED_SELF, Doc_
from backchannel.extract.interactions.lexicon import FramePos, lexicon
from backchannel.extract.interactions.words import words
from backchannel.resolve.lexicon import lexicon as resolve_lexicon
from backchannel.syntax.tree import participle_agent

W = words()


class PairSource(Enum):
    """How the story's two sides were found."""

    EXPLICIT = "explicit"  # the parties of explicit talks, deals, clashes
    SWAP = "swap"  # the sides that freed captives
    CUSTODY = "custody"  # the captives' holder and their own state (story_sides)
    FREQUENCY = "frequency"  # the most frequent named parties of two-party acts
    NONE = ""  # no sides


MEDIATOR_NOT_SIDE = "interactions.sides.mediator_not_side"
PERSON_SIDE = "interactions.sides.person_side"  # a person's talks with a state: the person's state is the side


def story_pair(ctx: Context, raws: list[Candidate], mediators: list[str] | None = None
               ) -> tuple[list[str], PairSource]:
    """The two sides of the story: parties of explicit talks, deals, clashes or swaps. Rule
    MEDIATOR_NOT_SIDE: talks a mediator (or one of its people) holds with one side ("the rebels
    and the AU mediators went into talks") do not make the mediator a side of the story."""
    held = set(mediators or [])  # (not the mediators' own states: a side's negotiator may lead talks)
    # a mediator "between A and B" and messages relayed "between A and B" name the sides as
    # plainly as talks do; clashes and meetings of their envoys come after them
    prio = {"negotiate": 0, "mediate": 0.5, "agree": 1, "message": 1.5, "attack": 2, "release": 3, "meet": 4}
    best: tuple[float, int, list[str]] | None = None
    for n, r in enumerate(raws):
        if r.type not in prio or r.frame.background or Flag.PAIR_NAMED_LAST in r.pending:
            continue  # (a war named in passing, "the war between A and B", is not what the story tells;
            # nor do "the two leaders" a meeting is sought between name the sides)
        ps = [a for a in r.sources[:1 if Flag.EACH_SUBJECT in r.pending else None] + r.targets if not is_marker(a)]
        if r.type == "release":
            continue
        if r.type in ("mediate", "message"):
            # only the two parties a mediator or relay stands between (or the two ends of a relay)
            ps = [a for a in r.targets if not is_marker(a)] if not r.sources or r.type == "mediate" else (
                [a for a in r.sources[:1] + r.targets[:1] if not is_marker(a)] if r.via else [])
            if r.type == "message" and Flag.RELAY not in r.pending:
                ps = []
        elif not (r.frame.symmetric or r.frame.mutual):
            continue
        if r.type != "mediate" and any(a in held or set(affiliations(ctx, a)) & held for a in ps[:2]):
            continue
        if r.type == "mediate" and any(level(ctx, a) in held for a in ps[:2]):
            continue  # a party that stands, at its level, for a mediator is no side
        if len(set(ps)) == 2:  # rule TWO_PARTY: an act of three parties names no two sides (review, s35)
            key = (prio[r.type], n, list(dict.fromkeys(ps)))
            if best is None or key[:2] < best[:2]:
                best = key
    if best:
        # rule PERSON_SIDE: "X's leader held talks with Y": the story's side is the leader's state (side_for)
        two = [side_for(ctx, a, [o for o in best[2] if o != a]) for a in best[2]]
        return lift_pair(ctx, two if len(set(two)) == 2 else best[2]), PairSource.EXPLICIT
    # swaps: the sides that freed captives
    # ("X freed A in exchange for B held by Y" is a swap too)
    swaps = [r for r in raws if r.type == "release" and (r.frame.swap or r.extra is not None)]
    sides = [s for r in swaps for s in r.sources]
    extra = [s for r in swaps if r.extra is not None for s in r.extra.sources]
    sides = [a for a in dict.fromkeys(sides + extra) if not is_marker(a)]
    if len(sides) == 2:
        return sides, PairSource.SWAP
    # most frequent named parties of explicit two-party acts
    freq: dict[str, int] = {}
    for r in raws:
        for a in r.sources + r.targets:
            if not is_marker(a) and r.type not in ("mediate", "release"):
                a = level(ctx, a)
                freq[a] = freq.get(a, 0) + 1
    ranked = sorted(freq, key=lambda a: (-freq[a], first_mention(ctx, a)))
    ranked = [a for a in ranked if ctx.actors.get(a) and ctx.actors[a].kind in ("state", "organization")]
    return (ranked[:2], PairSource.FREQUENCY) if len(ranked) >= 2 and freq[ranked[1]] >= 2 else ([], PairSource.NONE)


def side_for(ctx: Context, a: str, other: list[str]) -> str:
    """A person answering a state's or body's proposal answers for their own state or body."""
    act = ctx.actors.get(a)
    kinds = {getattr(ctx.actors.get(o), "kind", None) for o in other}
    if act is not None and act.kind == "person" and kinds & {"state", "organization"}:
        aff = ctx.actors.get(act.affiliation) if act.affiliation else None
        if aff is not None and aff.kind in ("state", "organization"):
            return aff.id
    return a


def level(ctx: Context, a: str) -> str:
    """An unnamed member stands for its side: "a Hamas official" -> Hamas."""
    act = ctx.actors.get(a)
    if act is not None and not act.named and act.affiliation and act.affiliation in ctx.actors:
        return act.affiliation
    return a


def lift_pair(ctx: Context, ps: list[str]) -> list[str]:
    return [level(ctx, a) for a in ps]


def first_mention(ctx: Context, a: str) -> int:
    act = ctx.actors.get(a)
    if act is None or not act.mentions:
        return 1 << 30
    return min(m.start for m in act.mentions)


def symmetric_order(ctx: Context, ps: list[str], trig: Token, named_here: bool = True) -> list[str]:
    """Parties of a symmetric act in order of first mention in the act's own sentence (a deal
    "between A and B" is A's with B, however often B was named before). Where a party is not
    named in that sentence, or the parties were filled in from the story ("both negotiating
    parties", ``named_here`` false), in order of first mention in the document. A pronoun resolved to a party ("it entered a truce with B"; a quoted
    "we" or "I", the speaker's: "'We met B,' said A", s43) counts as a mention,
    a place named as a venue ("citizens jailed in B") does not.
    """
    sent = trig.sent
    speakers = _speaker_tokens(trig)
    pos: dict[str, tuple[bool, int]] = {}
    for a in ps:
        act = ctx.actors.get(a)
        inside = [m.start for m in act.mentions
                  if sent.start_char <= m.start < sent.end_char and not _venue(sent, m.start, m.end)] if act else []
        inside += [sent.doc[i].idx for i, b in ctx.coref.items() if b == a and sent.start <= i < sent.end]
        quoted: dict[int, str] = ctx.notes.get(QUOTED_SELF, {})  # type: ignore[assignment]
        inside += [sent.doc[i].idx for i, b in quoted.items() if b == a and sent.start <= i < sent.end]
        turns = [(_with_partner(sent, trig, c), c) for c in inside if not _in_tokens(sent, c, speakers)]
        if turns:
            pos[a] = min(turns, key=lambda t: t[1])
    by_doc = sorted(ps, key=lambda a: first_mention(ctx, a))
    if len(ps) >= 2 and named_here and len(pos) == len(ps):
        here = sorted(ps, key=lambda a: pos[a][1])
        # the counterpart of the act's own "with" named before the other party is the order of
        # the sentence's clauses, not of the act: the document's order decides
        return by_doc if pos[here[0]][0] else here
    return by_doc


NAMED_FIRST = "interactions.sides.named_first"


def named_first(ctx: Context, rtype: str, ps: list[str], srcs: list[str], tgts: list[str], inferred: Inferred
                ) -> tuple[list[str], Inferred]:
    """Rule NAMED_FIRST: a symmetric act with one party named at it by name and the other filled in
    from the story's sides ("X was involved in the talks", "X met with the warring parties"): the
    named party comes first, as the act tells it, whatever the document's order. Returns the
    parties and the fields' rules (a copy traced to this rule where it moved them)."""
    filled_src, filled_tgt = SOURCE in inferred.fields, TARGET in inferred.fields
    named = srcs[:1] if filled_tgt and not filled_src else tgts[:1] if filled_src and not filled_tgt else []
    if not named or named[0] not in ps or ps[0] == named[0] or is_marker(named[0]) or rtype not in \
            lexicon().settings.named_first_types \
            or not getattr(ctx.actors.get(named[0]), "named", False):
        return ps, inferred  # (an unnamed group, "the officials", may be a misread side: the document's order)
    out = Inferred(list(inferred.fields), {**inferred.rules, SOURCE: NAMED_FIRST, TARGET: NAMED_FIRST})
    return named + [p for p in ps if p != named[0]], out


def _speaker_tokens(trig: Token) -> set[int]:
    """Token indices of the subjects of the verbs whose clausal complement holds the act ("the
    X presidency said [talks between A and B] ..."). Rule SENTENCE_ORDER: a speaker's mention
    is no party's turn in the act's order, since it sits outside the act's own clause."""
    out: set[int] = set()
    child = trig
    for v in trig.ancestors:
        if child.dep_ in ("ccomp", "parataxis") and child.head.i == v.i:
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    out.update(t.i for t in c.subtree)
        child = v
    return out


def _in_tokens(sent: Span, start: int, toks: set[int]) -> bool:
    """Does the token starting at character ``start`` lie in ``toks``?"""
    span = sent.doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.root.i in toks


def _with_partner(sent: Span, trig: Token, start: int) -> bool:
    """Is the mention at ``start`` the object of the act's own "with" ("ahead of a meeting with
    B, A said")? Rule SENTENCE_ORDER: where the sentence names that counterpart first, the
    sentence's order is its clauses' and not the act's, so the document's order decides."""
    span = sent.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("compound", "appos", "conj", "amod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == W.with_prep and prep.head.i == trig.i


def _venue(sent: Span, start: int, end: int) -> bool:
    """Is the mention at ``start:end`` a place the act's sentence names as a venue ("jailed in
    B")? Such a mention is no party's turn in the order of the parties."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    p, lx = span.root.head.lower_, resolve_lexicon()
    return span.root.dep_ == "pobj" and p in lx.venue_preps and p not in lx.words.not_venue_preps


def side_state(ctx: Context, a: str) -> str:
    """An unnamed group's state ("a Turkish delegation" -> Turkey), else the actor itself."""
    act = ctx.actors.get(a)
    if act is not None and not act.named and act.affiliation in ctx.actors \
            and ctx.actors[act.affiliation].kind == "state":
        return act.affiliation
    return a


def side_of(ctx: Context, a: str, pair: list[str]) -> str | None:
    if a in pair:
        return a
    act = ctx.actors.get(a)
    seen = set()
    while act is not None and act.affiliation and act.id not in seen:
        seen.add(act.id)
        if act.affiliation in pair:
            return act.affiliation
        act = ctx.actors.get(act.affiliation)
    return None


def affiliations(ctx: Context, a: str | None) -> list[str]:
    """The chain of actors ``a`` belongs to (its ministry, its state...)."""
    out: list[str] = []
    act = ctx.actors.get(a) if a else None
    while act is not None and act.affiliation and act.affiliation not in out and act.affiliation != a:
        out.append(act.affiliation)
        act = ctx.actors.get(act.affiliation)
    return out


def window_parties(d: Doc_, r: Candidate, mediators: list[str]) -> list[str]:
    """The parties around a mediator: actors of its sentence and the one before, at the level
    of their side ("a Hamas official" -> Hamas), mediators and their members left out; the
    mediator's own sentence alone when it names two (the one before may be another story's)."""
    si = d.sent_index(r.trig)
    sides = sentence_sides(d, r, mediators)
    if len(sides) >= 2:
        return sides  # "X and Y agreed to name Z as guarantor": the sides the mediator's sentence names
    return _parties_in(d, d.sents[max(si - 1, 0)].start_char, d.sents[si].end_char, mediators)


def sentence_sides(d: Doc_, r: Candidate, mediators: list[str]) -> list[str]:
    """The parties the mediator's own sentence names, mediators and members of a named party
    left out (Hamas's negotiator is Hamas)."""
    si = d.sent_index(r.trig)
    own = _parties_in(d, d.sents[si].start_char, d.sents[si].end_char, mediators)
    return [x for x in own if not set(affiliations(d.ctx, x)) & set(own)]


CAPTIVE_RULES = "actors.captives."  # the rule ids of captive groups (extract/actors/captives.py)


def _captive_group(ctx: Context, a: str) -> bool:
    """A group the captive rules made ("two Lorvian citizens" freed): the people handed over are never
    a side the mediator stands between (s36-quant: the group stood in for its state there)."""
    act = ctx.actors.get(a)
    return act is not None and act.kind == "group" and (act.rule or "").startswith(CAPTIVE_RULES)


def _parties_in(d: Doc_, lo: int, hi: int, mediators: list[str]) -> list[str]:
    """Parties named in ``[lo, hi)``; where a state is one of them, a person of another state
    stands for that state ("four Norlanders jailed in Vesterland ... Halvorsen thanked X for helping":
    Vesterland and Norland, not Vesterland and Halvorsen)."""
    out: list[str] = []
    for s, e, a in d.ctx.mentions_in(lo, hi):
        x = level(d.ctx, a)
        if x not in out and not is_mediator_side(d, a, s, e, mediators) and not is_modifier_agent(d, s, e) \
                and not _captive_group(d.ctx, x):
            out.append(x)
    states = {x for x in out if getattr(d.ctx.actors.get(x), "kind", None) == "state"}
    if states:
        lifted = [_own_state(d.ctx, x) or x for x in out]
        out = [x for x in dict.fromkeys(lifted) if x not in mediators]
    return out


def _own_state(ctx: Context, a: str) -> str | None:
    act = ctx.actors.get(a)
    if act is None or act.kind != "person" or not act.affiliation:
        return None
    aff = ctx.actors.get(act.affiliation)
    return aff.id if aff is not None and aff.kind == "state" else None


def is_mediator_side(d: Doc_, a: str, start: int, end: int, mediators: list[str]) -> bool:
    """Is this mention no party a mediator stands between: a mediator, its member or its own
    state ("Sheikh Mohammed ... Qatar"), a mediator's role noun, "the warring parties" (the sides
    themselves, not one of them), or the press?"""
    ctx = d.ctx
    theirs = set(mediators) | {f for m in mediators for f in affiliations(ctx, m)}
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return (level(ctx, a) in theirs or a in theirs or bool(set(affiliations(ctx, a)) & theirs)
            or is_mediator_role(d, start, end) or is_press(ctx, a)
            or (span is not None and len(span) > 0 and d.is_pair_phrase(span.root)))


def frequent_parties(d: Doc_, mediators: list[str]) -> list[str]:
    """The two states or organisations the text names most often, mediators and the press left
    out: the sides of a story whose acts never name both (the second named at least twice)."""
    freq: dict[str, int] = {}
    for s, e, a in d.ctx.mentions_in(0, len(d.text)):
        x = level(d.ctx, a)
        act = d.ctx.actors.get(x)
        if act is None or act.kind not in ("state", "organization") or is_mediator_side(d, a, s, e, mediators) \
                or is_modifier_agent(d, s, e):
            continue
        freq[x] = freq.get(x, 0) + 1
    ranked = sorted(freq, key=lambda a: (-freq[a], first_mention(d.ctx, a)))
    return ranked[:2] if len(ranked) >= 2 and freq[ranked[1]] >= 2 else []


MODIFIER_AGENT = "interactions.sides.modifier_agent"


def is_modifier_agent(d: Doc_, start: int, end: int) -> bool:
    """Is this mention the agent inside a hyphenated participle modifier ("the Zorvan-backed
    rebels", "a Marvia-brokered truce", "the Kestia-led coalition")? Rule MODIFIER_AGENT: such a backer, broker or leader qualifies another actor
    or act; it is not one of the two sides a mediator stands between or a story is about."""
    span = d.ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return participle_agent(span.root)


def is_mediator_role(d: Doc_, start: int, end: int) -> bool:
    """A mention headed by a mediator's role noun ("the mediators"): a mediator, never the party
    a mediator stands between."""
    span = d.ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return any(f.type == "mediate" and f.pos == FramePos.NOUN for f in d.lex.frames.get(span.root.lemma_.lower(), []))


def is_press(ctx: Context, actor_id: str | None) -> bool:
    """Is the actor the press ("reporters", "Israeli media")? Telling them is a claim, and they are
    never a party to the talks they report."""
    act = ctx.actors.get(actor_id) if actor_id else None
    if act is None:
        return False
    if act.name in resolve_lexicon().agencies:
        return True  # a wire agency by its name ("told Agence France-Presse (AFP)"); not by an alias: a
        # party's acronym may spell an agency's ("the Alliance Party (AP)")
    words = lexicon().settings.press_words
    name = act.name.casefold()
    return any(t in words for t in name.replace("-", " ").split()) or name in words


NOT_OWN_BROKER = "interactions.sides.not_own_broker"


def pair_without_brokers(ctx: Context, pair: list[str], via: list[str], mediators: list[str]) -> list[str]:
    """The story's sides an act may be filled or ordered with. Rule NOT_OWN_BROKER: a side that is
    the act's own intermediary or that intermediary's state ("X's prime minister secured the
    truce": not a deal of X's) or one of its people, or a mediator of the report or one of its people (the notion of
    MEDIATOR_NOT_SIDE), is no party of the act: the remaining side alone is filled in."""
    barred = {v for v in via if not is_marker(v)}
    barred |= {f for v in list(barred) for f in affiliations(ctx, v)}
    held = set(mediators)
    return [p for p in pair if p not in barred | held and not set(affiliations(ctx, p)) & (barred | held)]
