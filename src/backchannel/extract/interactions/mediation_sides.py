"""Who a mediation stands between, read off its own sentence and the report's releases.

Why a module of its own: the story step (expand.py) fills a mediation's unnamed parties with the
story's two sides; these rules correct that where the mediation's own sentence names two other
parties acting together, and where a freed captive was taken for a party.
"""

from __future__ import annotations

from dataclasses import replace

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import PAIR, SOURCE, TARGET, VIA, Candidate, Flag, Inferred, Record
from backchannel.extract.interactions.coordination import mention_head
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.mediation_roles import ROLE_MENTION, TITLE_HOLDER
from backchannel.extract.interactions.own_party import own_party
from backchannel.extract.interactions.story import affiliations, first_mention, level, sentence_sides, side_of
from backchannel.syntax.roles import logical_subject
from spacy.tokens import Token

from backchannel.syntax.tree import RELATIVE_PRONOUNS, VERB_POS, child, coordination_head, governor
from backchannel.extract.interactions.words import words

W = words()

SENTENCE_SIDES = "interactions.expand.mediation_sentence_sides"  # a mediation's sides: its sentence's two


def mediation_sentence_sides(d: Doc_, r: Candidate, tgts: list[str], pair: list[str], mediators: list[str],
                             inferred: Inferred) -> list[str]:
    """Rule SENTENCE_SIDES: "after talks mediated by X, A and B agreed": a mediation with no party
    named at it stands between the two parties its own sentence names acting together (an act
    between them, or coordinated), before the story's sides; the targets unchanged otherwise."""
    members = {a for t in listed_members(r.trig) for a in d.actors(t, deep=False)}
    own = [a for a in sentence_sides(d, r, mediators) if a not in members  # "the mediators, A and B": no sides
           and not any(own_party(d, m, a) for m in mediators)]  # nor the mediator's own state (OWN_BODY_TARGET)
    together = _deal_parties if Flag.UNTOLD_SIDES in r.pending else _acted_together
    two = next(([x, y] for i, x in enumerate(own) for y in own[i + 1:] if together(d, r, [x, y])), [])
    if not two or set(two) == set(pair) and Flag.UNTOLD_SIDES not in r.pending:
        return tgts
    inferred.add(TARGET, SENTENCE_SIDES)
    return [t for t in tgts if t != PAIR] + two


def listed_members(tok: Token) -> list[Token]:
    """The tokens of an apposition that lists who a role noun is ("the three mediators, A, B and
    C"): hung on the noun, or (a usual misparse) on a word before it, starting right after it."""
    nxt = tok.right_edge.i + 1
    while nxt < len(tok.doc) and tok.doc[nxt].is_punct:
        nxt += 1
    return [t for a in tok.sent if a.dep_ == "appos" and (a.head.i == tok.i or a.left_edge.i == nxt)
            for t in a.subtree]


def _deal_parties(d: Doc_, r: Candidate, sides: list[str]) -> bool:
    """Are the two ``sides`` the parties of the agreement noun the mediation verb describes ("A and
    B signed a deal brokered by X": an agreement at the noun or at the verb governing it)? Only
    those, for a deal not told as the story's sides' (``told_sides``): "A and B praised a jet deal
    brokered by X" names its praisers, not its parties."""
    noun = r.trig.head
    at = {noun.i} | ({g.i} if (g := governor(noun)) is not None else set())
    return any(o.type == "agree" and o.trig.i in at and set(sides) <= {level(d.ctx, a) for a in o.sources + o.targets}
               for o in d.built)


def _acted_together(d: Doc_, r: Candidate, sides: list[str]) -> bool:
    """Do the two ``sides`` act with each other in ``r``'s sentence (talks, a deal, a meeting, or
    a message or offer from one to the other that the mediator itself carries)?"""
    si = d.sent_index(r.trig)
    if any(o.type in ("negotiate", "agree", "meet") and d.sent_index(o.trig) == si
           and set(sides) <= {level(d.ctx, a) for a in o.sources + o.targets} for o in d.built):
        return True
    if any(o.type in ("message", "propose") and d.sent_index(o.trig) == si and (
            set(o.via) & set(r.sources) or (Flag.RELAY in o.pending and not o.via))
           and set(sides) <= {level(d.ctx, a) for a in o.sources[:1] + o.targets[:1]} for o in d.built):
        return True  # "the mediator delivered A's reply to B" (a relay of no other carrier): A and B
    sent = d.sents[si]  # "a ceasefire between A and B", "A and B have agreed": named together
    a, b = (mention_head(d, x, sent.start_char, sent.end_char) for x in sides)
    if a is None or b is None or b not in a.conjuncts:
        return False
    first = min((a, b), key=lambda t: t.i)  # (not "X thanked A and B": the mediator acted on them)
    doer = logical_subject(first.head) if first.head.pos_ in VERB_POS and first.dep_ != "agent" else None
    return doer is None or not set(d.actors(doer)) & set(r.sources)



NO_CAPTIVE_SIDE = "interactions.expand.no_captive_side"
CALLED_MEDIATOR = "interactions.expand.called_mediator"  # "the Peruvian mediators": mediators, not Peru's


def drop_own_negotiators(ctx: Context, flat: list[Candidate], recs: list[Record], mediators: list[str],
                         pair: list[str]) -> tuple[list[Record], list[str]]:
    """"Talks led by X" where X belongs to one of the two sides: X is that side's own negotiator,
    no mediator (its mediations dropped, and it is no intermediary of the talks). Rule
    CALLED_MEDIATOR: but one the text calls a mediator by a role noun ("three Peruvian mediators",
    "the Norwegian facilitator Ola Brandt") stands between the sides whatever its nationality,
    unless it is one of the sides itself or the role noun says whose it is ("intermediaries of
    X", "X's mediator")."""
    called = {m for r in flat if r.type == "mediate" and r.trace.get(SOURCE) in (ROLE_MENTION, TITLE_HOLDER)
              and not any(c.dep_ in ("poss", "prep") for c in r.trig.children) for m in r.sources if m not in pair}

    def own(m: str | None) -> bool:
        return m is not None and m not in called and side_of(ctx, m, pair) is not None

    kept = [rec for rec in recs if not (rec.type == "mediate" and own(rec.source))]
    for rec in kept:
        if rec.type == "mediate" and rec.source in called and side_of(ctx, rec.source, pair):
            rec.trace[SOURCE] = CALLED_MEDIATOR
    return kept, [m for m in mediators if not own(m)]


def no_captive_sides(ctx: Context, recs: list[Record]) -> list[Record]:
    """Rule NO_CAPTIVE_SIDE: a mediator stands between the sides that hold and free captives, never
    between a side and the captives ("Y freed 40 prisoners after mediation by X": X mediated with Y,
    not with the prisoners). A person or group freed in a release of the report is no mediation's
    party (a state or organisation freed as a whole would be: never dropped)."""
    freed = {rec.target for rec in recs if rec.type == "release" and rec.target}
    return [rec for rec in recs if not (rec.type == "mediate" and rec.target in freed and getattr(
        ctx.actors.get(rec.target), "kind", None) not in ("state", "organization"))]


NOT_PERSUADER = "interactions.expand.not_persuader"  # "X persuaded Y to agree": X is not Y's counterpart


def persuaders(d: Doc_, r: Candidate) -> set[str]:
    """Rule NOT_PERSUADER: who brought the party of a symmetric act to it ("X persuaded Y to agree",
    "asked X to help convince Y to agree"): the subject of a verb of inducement (a persuade,
    pressure or demand frame) that governs the act; such a party, or its side, is never filled
    in as the act's other side: it moved one side, it did not deal with it."""
    out: set[str] = set()
    t = r.trig
    while t.dep_ in ("pobj", "prep", "dobj") and t.head.i != t.i:  # "agree to a truce": from "agree"
        t = t.head
    for _ in range(4):
        if t.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or t.head.i == t.i:
            break
        t = t.head
        if any(f.type in W.inducing_types for f in d.lex.frames.get(t.lemma_.lower(), [])):
            s = _cleft_focus(t) or logical_subject(t)
            out |= {x for a in (d.actors(s) if s is not None else []) for x in (a, level(d.ctx, a))}
    return out


def moved_by(d: Doc_, r: Candidate, a: str) -> bool:
    """Is ``a`` (or its side) one of the persuaders of ``r`` (NOT_PERSUADER)?"""
    p = persuaders(d, r)
    return bool(p) and (a in p or level(d.ctx, a) in p or bool(set(affiliations(d.ctx, a)) & p))


def _cleft_focus(v: Token) -> Token | None:
    """"It was Norland that persuaded Y": the focus of the cleft is the doer."""
    v = coordination_head(v)
    subj = child(v, "nsubj")
    if v.dep_ != "ccomp" or subj is None or subj.lower_ not in RELATIVE_PRONOUNS or v.head.pos_ != "AUX":
        return None
    return child(v.head, "attr")


VIA_OTHER_SIDE = "interactions.expand.via_other_side"  # "X sent a map via Y": to the side X is not


def addressed_across(ctx: Context, recs: list[Record], pair: list[str]) -> list[Record]:
    """Rule VIA_OTHER_SIDE: a message or offer a side sends through a go-between and to nobody
    named ("the map sent by Norland via mediator Ola Brandt", "Peru sent a proposal via Norway")
    goes to the story's other side: a go-between carries across, not back to its sender. Not
    when the sender is no side, nor when the other side is the go-between itself."""
    for rec in recs:
        if rec.type not in ("message", "propose") or rec.target is not None or not rec.via or not rec.source \
                or len(pair) != 2 or rec.negated:
            continue
        side = side_of(ctx, rec.source, pair)
        other = [p for p in pair if p != side and p not in rec.via and side_of(ctx, rec.via[0], [p]) is None]
        if side is not None and len(other) == 1:
            rec.target = other[0]
            rec.trace[TARGET] = VIA_OTHER_SIDE
    return recs


TALKS_GO_BETWEEN = "interactions.expand.talks_go_between"  # "talks via X": X mediates for each side


def _named_go_between(d: Doc_, rec: Record) -> bool:
    """The talks' first `via` is named in a "via"/"through" phrase of their own sentence (not a host
    read off a venue or a journey, which the hosting rules handle)."""
    return any(t.dep_ == "pobj" and t.head.lower_ in W.via_preps and rec.via[0] in d.actors(t, deep=False)
               for t in rec.trig.sent)


def talks_go_betweens(d: Doc_, recs: list[Record]) -> list[Record]:
    """Rule TALKS_GO_BETWEEN: "A and B held indirect talks via X", "negotiated through X": the
    go-between of talks (their `via`) stands between their two sides, so it mediates for each
    (gold: one mediate per party; a host or broker is also in `via`), unless a mediation of it
    already names them."""
    have = {(rec.source, rec.target) for rec in recs if rec.type == "mediate"}
    out = list(recs)
    for rec in recs:
        if rec.type != "negotiate" or rec.negated or not rec.via or not _named_go_between(d, rec):
            continue
        for side in (rec.source, rec.target):
            if side is None or (rec.via[0], side) in have:
                continue
            have.add((rec.via[0], side))
            out.append(replace(rec, type="mediate", source=rec.via[0], target=side, via=[], topic=None,
                               count=None, means=None, rule=TALKS_GO_BETWEEN, absorbed=[]))
    return out


THIRD_PARTY_AT_TALKS = "interactions.expand.third_party_at_talks"
ONE_SIDED = "interactions.expand.one_sided"  # (expand.py's: the one party named is no side)


def third_party_at_talks(d: Doc_, recs: list[Record], pair: list[str]) -> list[Record]:
    """Rule THIRD_PARTY_AT_TALKS: talks whose one named party is neither side of the story ("X, who
    took part in the talks", "agreed to have X participate in talks", "X is working to bring both
    sides into negotiations", "talks involving X") are the sides' talks, and X is present at them
    between the sides: the talks run from one side to the other through X. Before, the record
    was a negotiation of X with nobody, which no gold has; only when the story has two sides and
    X is none of them (nor one of their people). Not where X is the by-agent of a passive talk verb
    ("the deal was negotiated by X"): there X did the negotiating, and no shape of the sides' own
    talks is told."""
    if len(pair) != 2:
        return recs
    ctx = d.ctx
    a, b = sorted(pair, key=lambda x: first_mention(ctx, x))
    for rec in recs:
        if rec.type != "negotiate" or rec.negated or rec.target is not None or rec.source is None \
                or rec.trace.get(TARGET) != ONE_SIDED or rec.source in pair or side_of(ctx, rec.source, pair) \
                or any(c.dep_ == "agent" for c in rec.trig.children):
            continue
        rec.via = [rec.source] + [v for v in rec.via if v not in (rec.source, a, b)]
        rec.source, rec.target = a, b
        rec.inferred = list(dict.fromkeys(rec.inferred + [SOURCE, TARGET]))
        rec.trace[SOURCE] = rec.trace[TARGET] = rec.trace[VIA] = THIRD_PARTY_AT_TALKS
    return recs


DEMAND_TO_OTHER_SIDE = "interactions.expand.demand_to_other_side"
MEDIATOR_DEMAND_TO_SIDES = "interactions.expand.mediator_demand_to_sides"


def demand_addressees(d: Doc_, recs: list[Record], pair: list[str]) -> list[Record]:
    """Rules DEMAND_TO_OTHER_SIDE and MEDIATOR_DEMAND_TO_SIDES: a demand told with no addressee
    ("the opposition demanded a wider international presence", "X demanded the cessation of the
    blockade", "the mediator's request that they keep silent") is made, in a story of two sides,
    by one side of the other (told by a verb: "X's new demand" names a demand, and the golds leave
    it unaddressed), or by a mediator of the story (one who mediates in a record of the report) of
    each side. A demand of neither a side nor a mediator keeps no addressee."""
    if len(pair) != 2:
        return recs
    ctx = d.ctx
    mediators = {rec.source for rec in recs if rec.type == "mediate" and rec.source}
    out: list[Record] = []
    for rec in recs:
        out.append(rec)
        if rec.type != "demand" or rec.target is not None or rec.source is None:
            continue
        side = rec.source if rec.source in pair else side_of(ctx, rec.source, pair)
        if side is not None and rec.trig.pos_ in VERB_POS:  # (not "X's new demand": a demand named, no act told)
            rec.target = next(p for p in pair if p != side)
            rec.trace[TARGET] = DEMAND_TO_OTHER_SIDE
            rec.inferred = list(dict.fromkeys(rec.inferred + [TARGET]))
        elif rec.source in mediators:
            rec.target = pair[0]
            rec.trace[TARGET] = MEDIATOR_DEMAND_TO_SIDES
            rec.inferred = list(dict.fromkeys(rec.inferred + [TARGET]))
            out.append(replace(rec, target=pair[1], trace=dict(rec.trace), inferred=list(rec.inferred), absorbed=[]))
    return out


def story_side_defaults(d: Doc_, recs: list[Record], pair: list[str]) -> list[Record]:
    """The story's sides where an act leaves them out: talks of a third party alone
    (:func:`third_party_at_talks`), demands with no addressee (:func:`demand_addressees`)."""
    return demand_addressees(d, third_party_at_talks(d, recs, pair), pair)
