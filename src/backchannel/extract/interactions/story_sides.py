"""The story's two sides where no explicit talks name them: read from its captives.

Why: a release story often names no talks between two parties at all ("the White House secured
the release of X, an American arrested in Norland"; "a Norlandic national was released in
exchange for Vesterlander Y"); its one-sided acts ("the president, his envoy and his advisers
negotiated an exchange", "a deal with Norland") then have an implicit counterpart that only the
story tells. The sides come from the captives: who holds them and whose they are (rule
CUSTODY_SIDES), or the two states whose captives are freed (rule CAPTIVE_STATES). An explicit
"pair" whose two parties are one side (an envoy and the president who sent him) is no pair of
sides (rule ONE_SIDE_PAIR), and is replaced by the captives' sides when they are known.
"""

from __future__ import annotations


from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import (
    HOLDER_OF, OTHER, PAIR, SOURCE, TARGET, Candidate, Flag, Record, is_marker,
)
from backchannel.extract.interactions.member_captives import SIDE_MEMBER_HELD, holder_told, member_side
from backchannel.extract.interactions.custody import captive_state, custody_pair
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.story import PairSource, affiliations, first_mention, side_of
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import NOUN_POS, VERB_POS, prep_objects
from backchannel.extract.interactions.lexicon import Frame, FramePos

CUSTODY_SIDES = "interactions.story_sides.custody_sides"
CAPTIVE_STATES = "interactions.story_sides.captive_states"
COUNTERPART_SIDES = "interactions.story_sides.counterpart_sides"
COUNTERPART_OF_ONE_SIDE = "interactions.story_sides.counterpart_of_one_side"
OWN_BROKER = "interactions.story_sides.own_broker"
ONE_SIDE_PAIR = "interactions.story_sides.one_side_pair"
ONE_SIDE_PARTIES = "interactions.story_sides.one_side_parties"
CAPTIVE_HOLDER = "interactions.expand.captive_holder"  # (the rule of expand's captives of a nationality)


def _state_of(ctx: Context, a: str) -> str | None:
    """The state an actor belongs to (itself when it is one)."""
    if getattr(ctx.actors.get(a), "kind", None) == "state":
        return a
    return next((f for f in affiliations(ctx, a) if getattr(ctx.actors.get(f), "kind", None) == "state"), None)


def _sent_by(d: Doc_, a: str, b: str) -> bool:
    """Is ``a`` described as ``b``'s own person: a descriptor "b's special envoy", or an
    apposition whose possessor is ``b`` ("X, President Y's envoy", "Y's adviser, X"), the title
    one of ``own_person_nouns`` ("her counterpart X" is the other side's)?"""
    ctx = d.ctx
    act, other = ctx.actors.get(a), ctx.actors.get(b)
    own = d.lex.settings.own_person_nouns
    if act is None or other is None:
        return False
    names = {n.casefold() for n in [other.name, *other.aliases] if n}
    for x in act.descriptors:
        x = x.casefold().replace("’", "'").replace("‘", "'")
        if any(f"{n}'s" in x for n in names) and set(x.replace("'s", " ").split()) & own:
            return True
    for m in act.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        titles = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        if any(t.lemma_.lower() in own and b in d.actors(p, deep=False)
               for t in titles for p in t.children if p.dep_ == "poss"):
            return True
    return False


def one_side(d: Doc_, a: str, b: str) -> bool:
    """Are ``a`` and ``b`` parties of one side: one belongs to the other, both to one state, or
    one is the other's own envoy or aide?"""
    ctx = d.ctx
    if a in affiliations(ctx, b) or b in affiliations(ctx, a):
        return True
    sa, sb = _state_of(ctx, a), _state_of(ctx, b)
    if sa is not None and sb is not None:
        return sa == sb
    return _sent_by(d, a, b) or _sent_by(d, b, a)


def _captive_states(d: Doc_, raws: list[Candidate]) -> list[str]:
    """Rule CAPTIVE_STATES: the states whose captives the report's releases free ("a Norlandic
    national was released", "the release of Vesterlander X"): two of them are the two sides, each
    holding the other's."""
    states = [s for s in _released_states(d, raws) if s in d.ctx.actors]
    return sorted(states, key=lambda a: first_mention(d.ctx, a)) if len(states) == 2 else []


def _released_states(d: Doc_, raws: list[Candidate]) -> list[str]:
    """The states whose captives the report's releases free, in order, once each: a holder-of
    marker's state that is an actor ("a Norlandic national was released"), and each captive's own
    state ("the release of Vesterlander X"). Shared by CAPTIVE_STATES and COUNTERPART_SIDES."""
    out: list[str] = []
    for r in raws:
        if r.type != "release":
            continue
        found = [a[len(HOLDER_OF):] for a in r.sources
                 if a.startswith(HOLDER_OF) and a[len(HOLDER_OF):] in d.ctx.actors]
        found += [s for t in r.targets if not is_marker(t) and (s := captive_state(d, t))]
        out.extend(s for s in found if s not in out)
    return out


def one_side_parties(d: Doc_, flat: list[Candidate]) -> None:
    """Rule ONE_SIDE_PARTIES: a negotiation or deal verb whose coordinated subject (or passive
    agent) names only parties of one side ("the president, his envoy and his advisers negotiated
    an exchange", "the deal was negotiated by the minister and her deputy") is each party's act
    with the other side (filled from the story: "@other"), not an act between them. Parties with
    no side of their own are carried along when two of the others are one side."""
    for r in flat:
        if r.type not in d.lex.settings.one_side_group_types or r.trig.pos_ not in VERB_POS:
            continue
        parties = [a for a in r.sources + r.targets if not is_marker(a)]
        if len(parties) < 2 or len(parties) != len(r.sources + r.targets):
            continue
        s = logical_subject(r.trig)
        if s is None or not set(parties) <= set(d.actors(s)):
            continue  # (not a subject and a "with" object: "X negotiated with Y")
        states = {x for a in parties if (x := _state_of(d.ctx, a)) is not None}
        if len(states) > 1 or not any(one_side(d, a, b) for a in parties for b in parties if a < b):
            continue
        r.sources, r.targets = parties, [OTHER]
        r.pending.add(Flag.EACH_SUBJECT)
        r.trace[SOURCE] = ONE_SIDE_PARTIES


def nationals_held(d: Doc_, recs: list[Record], pair: list[str]) -> None:
    """Rule CAPTIVE_HOLDER, for a captive named by name: a release with no releaser whose captive
    the report gives a state that is one of the story's two sides ("the release of X" with "X, a
    Norlandic teacher" told elsewhere) is by the other side (marked inferred)."""
    if len(pair) != 2:
        return
    for r in recs:
        if r.type != "release" or r.source is not None or r.target is None \
                or getattr(d.ctx.actors.get(r.target), "kind", None) not in ("person", "group"):
            continue  # (a state as the "target": a destination the parser took for the captive)
        own = captive_state(d, r.target)
        rule = CAPTIVE_HOLDER
        if own is None and not holder_told(d, r.trig, r.target):  # "four jailed Front commanders were freed"
            own, rule = member_side(d, r.target, pair), SIDE_MEMBER_HELD
        holder = captive_holder_side(d.ctx, own, pair, [r.target]) if own else None
        if holder is not None and holder != r.target:
            r.source = holder
            r.inferred.append(SOURCE)
            r.trace[SOURCE] = rule


def _counterpart_sides(d: Doc_, raws: list[Candidate]) -> list[str]:
    """Rule COUNTERPART_SIDES: the one state whose captives the report frees, and the one state
    or body its one-sided talks or deals are "with" ("three Norlandic sailors were freed after
    talks with Vesterland"): the two sides. Talks with two different counterparts, or captives
    of two states, give none."""
    captives = set(_released_states(d, raws))
    withs = {t for r in raws if r.type in d.lex.settings.one_side_group_types
             and not [a for a in r.sources if not is_marker(a)] for t in r.targets if not is_marker(t)
             and getattr(d.ctx.actors.get(t), "kind", None) in ("state", "organization")}
    if len(captives) != 1 or len(withs) != 1 or captives == withs:
        return []
    return sorted(captives | withs, key=lambda a: first_mention(d.ctx, a))


def counterpart_of_one_side(d: Doc_, flat: list[Candidate], pair: list[str]) -> None:
    """Rule COUNTERPART_OF_ONE_SIDE: talks or a deal "with" one of the story's sides that name no
    other party ("after secret talks with Vesterland", "negotiating with Vesterland") are the other
    side's: the source becomes the other-side marker the story step fills."""
    if len(pair) != 2:
        return
    for r in flat:
        named = [t for t in r.targets if not is_marker(t)]
        if r.type not in d.lex.settings.one_side_group_types or r.sources or len(named) != 1 \
                or len(r.targets) != 1 or side_of(d.ctx, named[0], pair) is None:
            continue
        r.sources = [OTHER]
        r.trace[SOURCE] = COUNTERPART_OF_ONE_SIDE


SIDES_LEADERS = "interactions.document.sides_leaders"


def leaders_of_sides(d: Doc_, flat: list[Candidate], pair: list[str]) -> list[str]:
    """Rule SIDES_LEADERS: "the two countries' leaders exchanged messages", "a meeting between both
    sides' leaders": the story's two sides stand there for their own leaders, the person of each
    side named last before the act. Either side without a named person: the sides stay. Returns
    the sides unchanged."""
    if len(pair) != 2:
        return pair
    for r in flat:
        if Flag.SIDES_LEADERS not in r.pending or PAIR not in r.sources + r.targets:
            continue
        leaders = [_last_leader(d, r, side, pair) for side in pair]
        if None in leaders or leaders[0] == leaders[1]:
            continue
        two = sorted((a for a in leaders if a is not None), key=lambda a: first_mention(d.ctx, a))
        rest = [a for a in r.sources + r.targets if a not in (PAIR, *two)]
        r.sources, r.targets = two[:1], two[1:] + rest
        r.trace[SOURCE] = r.trace[TARGET] = SIDES_LEADERS
    return pair


def _last_leader(d: Doc_, r: Candidate, side: str, pair: list[str]) -> str | None:
    """The named person of ``side`` mentioned last before the act's trigger (not a person's own
    aide: "X's spokesman Y" speaks for X, he does not lead the side)."""
    for _, _, a in reversed(d.ctx.mentions_in(0, r.trig.idx)):
        act = d.ctx.actors.get(a)
        if act is not None and act.kind == "person" and act.named and side_of(d.ctx, a, pair) == side \
                and getattr(d.ctx.actors.get(act.affiliation or ""), "kind", None) != "person":
            return a
    return None


def own_brokers(d: Doc_, flat: list[Candidate], pair: list[str]) -> list[Candidate]:
    """Rule OWN_BROKER: a deal "brokered / negotiated by" a person of one of the story's sides ("in a
    deal brokered by Norland's special envoy") is no mediation: that person negotiated it with the
    other side. Returns the negotiations to add (the other side a marker the story step fills);
    the mediation the broker verb reads is dropped by the story step (a side's own person)."""
    out: list[Candidate] = []
    if len(pair) != 2:
        return out
    for n in d.ctx.doc:
        if n.pos_ not in NOUN_POS or n.lemma_.lower() not in d.lex.settings.agreement_nouns:
            continue
        for c in n.children:
            if c.dep_ != "acl" or c.lemma_.lower() not in d.lex.settings.deal_making_verbs:
                continue
            for a in [a for x in prep_objects(c, "by") for a in d.actors(x)
                      if getattr(d.ctx.actors.get(a), "kind", None) == "person" and _side_in(d, a, pair)]:
                fr = Frame(lemma=c.lemma_.lower(), type="negotiate", pos=FramePos.VERB, symmetric=True)
                out.append(Candidate(type="negotiate", trig=c, frame=fr, sources=[a], targets=[OTHER],
                                     claim=d.claim_at(c.idx),
                                     rule=OWN_BROKER, trace={SOURCE: OWN_BROKER}))
    return out


def _side_in(d: Doc_, a: str, pair: list[str]) -> str | None:
    """The side of the pair ``a`` belongs to: by affiliation, or as one side's own person."""
    return side_of(d.ctx, a, pair) or next((p for p in pair if one_side(d, a, p)), None)


def inferred_sides(d: Doc_, raws: list[Candidate], pair: list[str], how: PairSource,
                   mediators: list[str]) -> tuple[list[str], PairSource, str | None]:
    """The story's sides, with the captives' sides where the explicit acts name none (or only
    one side twice); and the rule that found them (None: the pair as it came)."""
    rule = None
    if how == PairSource.EXPLICIT and len(pair) == 2 and one_side(d, pair[0], pair[1]):
        pair, how, rule = [], PairSource.NONE, ONE_SIDE_PAIR
    if how not in (PairSource.NONE, PairSource.FREQUENCY):
        return pair, how, rule
    found = custody_pair(d)
    if found and all(_side_in(d, m, found) for m in mediators):
        return found, PairSource.CUSTODY, CUSTODY_SIDES  # (a side's own "broker" is no mediator)
    if mediators:
        return pair, how, rule
    found = _captive_states(d, raws)
    if found:
        return found, PairSource.CUSTODY, CAPTIVE_STATES
    found = _counterpart_sides(d, raws)
    if found:
        return found, PairSource.CUSTODY, COUNTERPART_SIDES
    return pair, how, rule


def captive_holder_side(ctx: Context, nat: str, pair: list[str], other: list[str]) -> str | None:
    """Who holds captives of state ``nat`` ("" when their state is no actor): the side they do not
    belong to; captives of neither side (Palestinian prisoners in an Israel-Hamas story) are held
    by the one side that is a state, which runs the prisons."""
    if len(pair) < 2:
        return None
    known = side_of(ctx, nat, pair) if nat else None
    # a side that belongs to the captives' state ("American hostages" in a Front-Brenner story)
    known = known or next((p for p in pair if nat and side_of(ctx, p, [nat])), None)
    if known:
        rest = [p for p in pair if p != known and p not in other]
        return rest[0] if rest else None
    states = [p for p in pair if getattr(ctx.actors.get(p), "kind", None) == "state" and p != nat and p not in other]
    return states[0] if len(states) == 1 else None
