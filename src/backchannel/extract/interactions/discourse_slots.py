"""A party an act leaves untold, taken from the act the discourse told just before it.

Why: news tells an answer or a conversation with one party and leaves the other to the sentence
or two before ("X proposed a plan to Y. Y rejected it."; "X resumed talks with Y. The talks were
told to ..."): the act then has an empty slot the reader fills from that antecedent. Only an
antecedent of a compatible kind fills it: an answer (agree, reject) takes the maker of a
proposal or demand (or of a mediation offered in its own sentence) addressed to the answerer or
to no one; a conversation takes the partner of the named party's nearest conversation. A guess
from the story's sides alone was tried and lowered read and across rows (s39, s40): the rule
needs an act of its own kind to point at. Filled fields are marked inferred and the
antecedent's trigger offsets are kept in the trace.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import SOURCE, TARGET, Record
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.story import affiliations
from backchannel.syntax.tree import is_passive, prep_objects

FILE = "discourse_slots.toml"
ANSWERED_MAKER = "interactions.slots.answered_maker"  # "X offered Y a deal. Y rejected it." -> reject Y -> X
DIALOGUE_PARTNER = "interactions.slots.dialogue_partner"  # "X met Y. Y told ...": the untold partner is X
LOOKBACK = 2  # sentences searched before the act (a news paragraph is one to three)
ANTECEDENT = "antecedent"  # trace key prefix: antecedent:<start>-<end>:<its rule> -> the filling rule


@dataclass(frozen=True)
class SlotWords:
    """The act types of the discourse pass (``data/discourse_slots.toml``)."""

    response_types: frozenset[str]
    answered_types: frozenset[str]
    same_sentence_answered_types: frozenset[str]
    dialogue_types: frozenset[str]
    answer_clause_verbs: frozenset[str]


# The pass's types, read once.
slot_words = loader(SlotWords, FILE)


def filled_slots(d: Doc_, recs: list[Record]) -> list[Record]:
    """Rules ANSWERED_MAKER and DIALOGUE_PARTNER over every record with exactly one party: the
    empty slot takes the antecedent's party (its own sentence or up to ``LOOKBACK`` sentences
    before, counted whether they tell an act or not, nearest first); a fill that would repeat an act its own trigger already tells is not made (the
    same act told again in another sentence is another telling, as the merge left it)."""
    w = slot_words()
    sent = {id(r): d.sent_index(r.trig) for r in recs}  # the window counts sentences, told acts or not
    by_sent: dict[int, list[Record]] = {}
    for r in recs:  # (the window is read per sentence: no pass over every record for each record)
        by_sent.setdefault(sent[id(r)], []).append(r)
    told = {(r.trig.i, r.type, r.source, r.target) for r in recs}
    go_betweens = {r.source for r in recs if r.type in w.same_sentence_answered_types} | {v for r in recs for v in r.via}
    for r in sorted(recs, key=lambda r: r.trig.i):
        if (r.source is None) == (r.target is None) or _own_subject(r):
            continue
        found = _antecedent(d, r, by_sent, sent[id(r)], w, go_betweens)
        if found is None:
            continue
        party, ante, rule = found
        src, tgt = (party, r.target) if r.source is None else (r.source, party)
        if (r.trig.i, r.type, src, tgt) in told:
            continue  # (the same trigger already tells that act)
        told.add((r.trig.i, r.type, src, tgt))
        slot = SOURCE if r.source is None else TARGET
        r.source, r.target = src, tgt
        r.inferred.append(slot)
        r.trace[slot] = rule
        end = ante.trig.idx + len(ante.trig.text)
        r.trace[f"{ANTECEDENT}:{ante.trig.idx}-{end}:{ante.rule}"] = rule
    return recs


def _antecedent(d: Doc_, r: Record, by_sent: dict[int, list[Record]], si: int, w: SlotWords,
                go_betweens: set[str | None]) -> tuple[str, Record, str] | None:
    """The party that fills ``r``'s empty slot, the act it comes from and the rule; nearest
    sentence first, then nearest trigger; in the act's own sentence an act told before it, or after
    it in its phrase ("Y rejected a French offer to mediate") or in a phrase of its clause ("Y
    agreed, given X's demands"), not one told after it in a clause coordinated with it ("Y agreed,
    and then X proposed" answers nothing). A go-between of the report (a mediator, a relay) is
    no party of the sides' own exchanges: it fills a slot only as the maker of a mediation
    offer its own sentence answers."""
    named = r.source or r.target
    own = _answer_owners(d, r) if r.target is None else (None, None)
    best: tuple[tuple[int, int], str, Record, str] | None = None
    window = [(back, a) for back in range(LOOKBACK + 1) for a in by_sent.get(si - back, [])]
    for back, a in window:
        if back == 0 and (a.trig.i == r.trig.i or a.trig.i > r.trig.i and _coordinated_after(a.trig, r.trig)):
            continue
        here = _same_side(d, named, a.source), _same_side(d, named, a.target)
        party, rule = _answered(d, r, a, (here, back), w, own) if r.target is None else (None, "")
        if party is None and not _own_object(r):
            party, rule = _partner(r, a, here, w)
        if party is None or _same_side(d, named, party) or party in r.via:
            continue
        if party in go_betweens and a.type not in w.same_sentence_answered_types:
            continue
        key = (back, abs(a.trig.i - r.trig.i))
        if best is None or key < best[0]:
            best = (key, party, a, rule)
    return (best[1], best[2], best[3]) if best else None


def _coordinated_after(t: Token, answer: Token) -> bool:
    """Is ``t`` (told after ``answer`` in its sentence) in a clause coordinated with the answer's
    own ("Y agreed, and then X proposed": a later event), rather than in its phrase or a phrase
    hanging from its clause ("rejected a French offer", "agreed, given X's demands")?"""
    up = {x.i for x in answer.ancestors} | {answer.i}
    while t.i not in up:
        if t.dep_ in ("conj", "parataxis") or t.head.i == t.i:
            return True
        t = t.head
    return False


def _same_side(d: Doc_, a: str | None, b: str | None) -> bool:
    """``a`` and ``b`` are one party, or one belongs to the other (a state and its minister)."""
    return a is not None and b is not None and (
        a == b or b in affiliations(d.ctx, a) or a in affiliations(d.ctx, b))


def _own_subject(r: Record) -> bool:
    """An empty source whose trigger has a subject (or passive agent) of its own that is no
    party: the sentence told who acted ("a stranger met Y"), so the discourse has nothing to
    fill (a pronoun subject still points back, as the fill does)."""
    t = r.trig
    return r.source is None and (any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in t.children)
                                 or (is_passive(t) and any(o.pos_ != "PRON" for o in prep_objects(t, "by"))))


def _own_object(r: Record) -> bool:
    """An empty target of a conversation whose trigger has an object or with-phrase of its own
    that is no party ("X told reporters", "X met a stranger"): the partner was told."""
    t = r.trig
    objs = [c for c in t.children if c.dep_ == "dobj"] + prep_objects(t, "with")
    return r.target is None and any(o.pos_ != "PRON" for o in objs)


def _answer_owners(d: Doc_, r: Record) -> tuple[list[str] | None, str | None]:
    """What an answer answers when its own words say it: the possessor's parties of its object
    (``[]`` when the possessor is no party: "Y rejected the stranger's plan"; ``None`` when the
    object is bare or a pronoun: "Y rejected it", "the plan"), and the verb of a clause of its own
    ("Y agreed to buy wheat": it answers only an act that asked for that; a clause that answers in
    turn, "Y refused to accept it", is read in its place)."""
    t = r.trig
    clause = next((c for c in t.children if c.dep_ == "xcomp"), None)
    if clause is not None and clause.lemma_.lower() not in slot_words().answer_clause_verbs:
        return None, clause.lemma_.lower()
    t = clause or t
    objs = [c for c in t.children if c.dep_ == "dobj"] + [o for p in t.children if p.dep_ == "prep"
                                                          for o in p.children if o.dep_ == "pobj"]
    poss = [p for o in objs for p in o.children if p.dep_ == "poss" and p.pos_ != "PRON"]
    return ([a for p in poss for a in d.actors(p)] if poss else None), None


def _answered(d: Doc_, r: Record, a: Record, at: tuple[tuple[bool, bool], int], w: SlotWords,
              own: tuple[list[str] | None, str | None]) -> tuple[str | None, str]:
    """Rule ANSWERED_MAKER: an answer with no target answers the maker of a proposal or demand
    addressed to the answerer's side or to no one ("X urged a ceasefire. Y agreed": agree Y -> X;
    "X offered Y a truce. Y's president refused": reject Y's president -> X); an answer whose
    own words name what it answers takes a maker only when they name that maker's."""
    here, back = at
    owners, clause = own
    if owners is not None and not any(_same_side(d, o, a.source) for o in owners):
        return None, ""
    if clause is not None and clause not in {x.lemma_.lower() for x in a.trig.subtree}:
        return None, ""  # ("X demanded that Y halt the broadcasts. Y agreed to halt them": it asked)
    answerable = a.type in w.answered_types or (back == 0 and a.type in w.same_sentence_answered_types)
    if r.type in w.response_types and answerable and (here[1] or a.target is None) and not here[0]:
        return a.source, ANSWERED_MAKER
    return None, ""


def _partner(r: Record, a: Record, here: tuple[bool, bool], w: SlotWords) -> tuple[str | None, str]:
    """Rule DIALOGUE_PARTNER: a conversation told with one party has the partner of that party's
    nearest conversation ("X held talks with Y on Monday. X told reporters ..." is no fill: the
    press is no party; "Y was informed" after "X met Y" -> inform X -> Y)."""
    if r.type not in w.dialogue_types or a.type not in w.dialogue_types or here[0] == here[1]:
        return None, ""
    return (a.target if here[0] else a.source), DIALOGUE_PARTNER
