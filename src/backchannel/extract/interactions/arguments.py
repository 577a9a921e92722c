"""Argument structure of acts told by a noun, a passive or a support verb.

Why: a verb's arguments sit in its subject and object, but most acts in news reports are told
by a noun ("an attack on a base", "talks with Y"), a passive ("a deal had been reached between
A and B") or a verb that lends its subject to a noun ("X launched strikes", "X and Y were
engaged in talks with Z", "X set a date for talks with Y"). The frame specs of :mod:`.specs`
read the noun's own dependents; the specs here read the structure around it, each as one
construction over the parse with its words in ``data/arguments.toml``:

- ``support_subj`` (:data:`SUPPORT_SUBJECT`): the subject of a support verb whose object is the
  act noun, or the agent of a support participle on it ("strikes carried out by X");
- ``participant`` (:data:`STATIVE_PARTICIPANT`): the subject of a participle of taking part
  ("X and Y were engaged in talks with Z": each of X and Y);
- ``scheduler`` (:data:`SCHEDULED_ACT`): the subject of the verb whose object schedules the act
  ("X set a date for a round of talks with Y");
- ``hyphen_pair`` (:data:`HYPHEN_PAIR`): both parties of a hyphenated premodifier ("A-B talks");
- ``involving`` (:data:`INVOLVING_PARTIES`): the object of a participle or relative verb of
  including on the act noun ("negotiations involving A and B", "talks that included A and B");
- ``setting_subj`` (:data:`SETTING_SUBJECT`): the subject of the active clause whose setting
  the talks with a named party are ("X halted its strikes after talks with Y");
- ``passive_between`` (:data:`PASSIVE_BETWEEN`): the "between" phrase of the passive verb the
  act noun is the subject of ("a deal was reached between A and B");
- ``owner:P`` / ``obj_owner`` (:data:`PLACE_OWNER`): the party a place belongs to, when an act's
  target must be a party and the text names a place ("a strike on an A base", "strikes on sites
  in B", "bombed B's airfields"): its possessor or party premodifier, else, for a place noun that
  belongs to the state it lies in, the state of its "in" phrase.

Each spec records its rule id in the candidate's trace for the field it filled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import OTHER, Candidate
from backchannel.extract.interactions.captors import CAPTOR_SPECS
from backchannel.extract.interactions.conflict_sides import CONFLICT_SPECS
from backchannel.extract.interactions.war_states import WAR_STATE_SPECS
from backchannel.extract.interactions.led_efforts import LED_SPECS
from backchannel.extract.interactions.wanted_acts import WANTED_SPECS
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.mediator_names import MEDIATOR_NAME_SPECS
from backchannel.extract.interactions.nominal_specs import NOMINAL_SPECS, named_actor
from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.syntax.tree import (
    NOMINAL_MODIFIER_DEPS, NOUN_POS, RELATIVE_PRONOUNS, VERB_POS, child, conjuncts, is_passive, measured, prep_objects,
)

FILE = "arguments.toml"

SUPPORT_SUBJECT = "interactions.arguments.support_subject"
STATIVE_PARTICIPANT = "interactions.arguments.stative_participant"
SCHEDULED_ACT = "interactions.arguments.scheduled_act"
HYPHEN_PAIR = "interactions.arguments.hyphen_pair"
PASSIVE_BETWEEN = "interactions.arguments.passive_between"
INVOLVING_PARTIES = "interactions.arguments.involving_parties"
PLACE_OWNER = "interactions.arguments.place_owner"
PARTICIPLE_OBJECT = "interactions.arguments.participle_object"
CALL_RECEIVER = "interactions.arguments.call_receiver"
RELATIVE_GAP = "interactions.arguments.relative_gap"
REQUEST_ADJUNCT = "interactions.arguments.request_adjunct"
SETTING_SUBJECT = "interactions.arguments.setting_subject"
SETTING_SPAN = "interactions.arguments.setting_span"
REQUEST_ADDRESSEE = "interactions.arguments.request_addressee"


@dataclass(frozen=True)
class ArgumentWords:
    support_verbs: frozenset[str]
    ceasing_verbs: frozenset[str]
    stative_participles: frozenset[str]
    stative_preps: frozenset[str]
    schedule_nouns: frozenset[str]
    schedule_preps: frozenset[str]
    located_owner_nouns: frozenset[str]
    located_preps: frozenset[str]
    owner_kinds: frozenset[str]
    pair_joiners: tuple[str, ...]
    object_pronouns: frozenset[str]
    adjunct_preps: frozenset[str]
    party_preps: tuple[str, ...]
    involving_verbs: frozenset[str]
    setting_preps: frozenset[str]
    span_nouns: frozenset[str]
    span_preps: frozenset[str]
    addressee_preps: tuple[str, ...]
    asking_verbs: frozenset[str]
    other_words: frozenset[str]


argument_words = loader(ArgumentWords, FILE)


def _note(raw: Candidate, spec: str, frame: Frame, rule: str) -> None:
    raw.trace["source" if spec in frame.source else "target"] = rule


def _verb_lemma(v: Token) -> str:
    """The lemma of a verb with its particle ("carry out")."""
    prt = child(v, "prt")
    return f"{v.lemma_.lower()} {prt.lower_}" if prt is not None else v.lemma_.lower()


def _outside(s: Token | None, tok: Token) -> Token | None:
    """``s``, unless it lies inside the act noun's own phrase (the noun is its own subject)."""
    return None if s is None or tok.left_edge.i <= s.i <= tok.right_edge.i else s


def _supports(w: ArgumentWords, head: Token) -> bool:
    """Does the verb lend its subject to the act noun it takes: a support verb ("launched
    strikes"), or a verb of ceasing outside a purpose clause ("halted its strikes", not "acted to
    stop attacks")?"""
    if is_passive(head):
        return False
    lemma = _verb_lemma(head)
    return lemma in w.support_verbs or (lemma in w.ceasing_verbs and head.dep_ not in ("advcl", "acl"))


def support_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule SUPPORT_SUBJECT: "X launched an attack on Y" -> X; "strikes carried out by X" -> X."""
    w = argument_words()
    out: list[str] = []
    if tok.dep_ in ("dobj", "conj") and tok.pos_ in NOUN_POS:
        head = tok.head if tok.dep_ == "dobj" else next((c.head for c in conjuncts(tok) if c.dep_ == "dobj"), None)
        if head is not None and head.pos_ in VERB_POS and _supports(w, head):
            out = d.actors(_outside(logical_subject(head), tok))
    for c in tok.children:
        if not out and c.dep_ == "acl" and c.tag_ == "VBN" and _verb_lemma(c) in w.support_verbs:
            out = [a for x in prep_objects(c, "by") for a in d.actors(x)]
    if out:
        _note(raw, spec, frame, SUPPORT_SUBJECT)
    return out


def participant(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule STATIVE_PARTICIPANT: "X and Y were engaged in talks with Z" -> X, Y (each)."""
    w = argument_words()
    p = tok.head
    if tok.dep_ != "pobj" or p.lower_ not in w.stative_preps:
        return []
    v = p.head
    if v.lemma_.lower() not in w.stative_participles or v.tag_ != "VBN" or prep_objects(v, "by"):
        return []
    s = child(v, "nsubjpass") or (v.head if v.dep_ == "acl" else None)
    out = d.actors(_outside(s, tok))
    if out:
        _note(raw, spec, frame, STATIVE_PARTICIPANT)
    return out


def involving(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule INVOLVING_PARTIES: "months of negotiations involving A and B", "talks that included A,
    B and C": the object of an active participle or relative verb of including on the act noun
    names its parties (each of them). A passive ("talks involved in the deal") or a relative
    clause with a subject of its own ("the talks X included Y in") is left alone."""
    w = argument_words()
    for c in tok.children:
        if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in w.involving_verbs or is_passive(c):
            continue
        s = child(c, "nsubj")
        if c.dep_ == "relcl" and s is not None and s.lower_ not in RELATIVE_PRONOUNS:
            continue
        o = child(c, "dobj")
        if o is None:
            continue
        # "involving X's envoy A and B officials": the parser may hang the first conjunct on the
        # last one's head as a modifier; each named piece counts, in text order
        # (that modifier's own name only: its appositions' conjuncts are the head's)
        mods = [a for m in o.children if m.dep_ == "nmod" and m.pos_ in NOUN_POS
                for a in [d.actor_tok(m) or next((d.actor_tok(x) for x in m.children if x.dep_ == "appos"), None)]
                if a is not None]
        out = list(dict.fromkeys(mods + d.actors(o)))
        if out:
            _note(raw, spec, frame, INVOLVING_PARTIES)
            return out
    return []


def scheduler(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule SCHEDULED_ACT: "X set a date for (a round of) talks with Y" -> X."""
    w = argument_words()
    t = tok
    if t.dep_ == "pobj" and t.head.head.pos_ in NOUN_POS and (m := measured(t.head.head)) is not None and m.i == t.i:
        t = t.head.head  # "a fifth round of talks": the round stands for the talks
    if t.dep_ != "pobj" or t.head.lower_ not in w.schedule_preps:
        return []
    n = t.head.head
    if n.lemma_.lower() not in w.schedule_nouns or n.dep_ != "dobj" or n.head.pos_ not in VERB_POS:
        return []
    out = d.actors(_outside(logical_subject(n.head), tok))
    if out:
        _note(raw, spec, frame, SCHEDULED_ACT)
    return out


def hyphen_pair(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule HYPHEN_PAIR: "indirect A-B talks" -> A and B (every part a party, or none). The
    premodifiers are read one by one, then as one run up to the noun: the parser may hang the two
    halves of "A–B talks" on the noun apart, each a compound of its own."""
    w = argument_words()
    mods = [c for c in tok.children if c.dep_ in NOMINAL_MODIFIER_DEPS and c.i < tok.i]
    spans = [tok.doc[c.left_edge.i:c.i + 1] for c in mods]
    if mods:
        spans.append(tok.doc[min(c.left_edge.i for c in mods):tok.i])
    for span in spans:
        text = span.text
        for joiner in w.pair_joiners:
            text = text.replace(f" {joiner} ", joiner)
        for word in text.split():
            parts = _split(word, w.pair_joiners)
            if len(parts) < 2:
                continue
            found = [named_actor(d, p) for p in parts]
            if all(found) and len(set(found)) == len(found):
                _note(raw, spec, frame, HYPHEN_PAIR)
                return [a for a in found if a]
    return []


def _split(word: str, joiners: tuple[str, ...]) -> list[str]:
    """The parts of a hyphenated word ("A-B" -> A, B); none for a word with no inner joiner."""
    for j in joiners[1:]:
        word = word.replace(j, joiners[0])
    return [p for p in word.strip(joiners[0]).split(joiners[0]) if p]


def passive_between(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule PASSIVE_BETWEEN: "a deal had been reached between A and B", "the agreement reached
    between A and B" -> A and B."""
    verbs = [tok.head] if tok.dep_ == "nsubjpass" and tok.head.pos_ in VERB_POS else []
    verbs += [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    out: list[str] = []
    for x in [x for v in verbs for x in prep_objects(v, "between")]:
        out.extend(a for a in d.actors(x) if a not in out)
    if len(out) >= 2:
        _note(raw, spec, frame, PASSIVE_BETWEEN)
        return out
    return []


def receiver(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule CALL_RECEIVER: "Y received a call from X": the governing verb's subject is the one
    called, when the noun names its caller with "from" (else that subject is the caller)."""
    g = tok.head
    if not prep_objects(tok, "from") or tok.dep_ != "dobj" or g.pos_ not in VERB_POS:
        return []
    out = d.actors(_outside(logical_subject(g), tok))
    if out:
        _note(raw, spec, frame, CALL_RECEIVER)
    return out


def gap_clause(tok: Token, lemmas: frozenset[str] | None = None, reduced: bool = True) -> Token | None:
    """The relative clause whose object gap the act noun fills ("the agreement he concluded with
    M": concluded; reduced, "the deal signed by A and B"), optionally only with a verb of ``lemmas``."""
    return next((c for c in tok.children if (c.dep_ == "relcl" or reduced and c.dep_ == "acl" and c.tag_ == "VBN")
                 and c.pos_ in VERB_POS
                 and child(c, "dobj") is None and (lemmas is None or c.lemma_.lower() in lemmas)), None)


def governing_clause(d: Doc_, tok: Token, frame: Frame) -> Token | None:
    """The clause on the act noun that satisfies its frame's ``gov`` verbs: a relative clause ("the
    agreement he concluded"), or a reduced passive that names the parties by "between" or "by"
    ("the agreement reached between A and B"); never a mediator's verb ("the swap brokered by X":
    X is no party)."""
    if frame.gov is None:
        return None
    v = gap_clause(tok, frame.gov, reduced=False)
    if v is not None:
        return v
    v = gap_clause(tok, frame.gov)
    if v is None or any(f.type == "mediate" for f in d.lex.frames.get(v.lemma_.lower(), [])):
        return None
    named = [a for p in argument_words().party_preps for x in prep_objects(v, p) for a in d.actors(x)]
    return v if named else None


def _support_gap(d: Doc_, tok: Token, frame: Frame) -> Token | None:
    """The relative clause of the act noun whose verb is one the noun takes as its support verb:
    the frame's ``gov`` verbs, else the verbs of taking part in talks ("the talks it held"), never
    any verb ("the ceasefire X announced" does not make X a party)."""
    verbs = frame.gov if frame.gov is not None and "*" not in frame.gov else d.lex.settings.participation_verbs
    v = gap_clause(tok, frozenset(verbs))
    s = child(v, "nsubj") if v is not None else None
    return None if s is not None and s.lower_ in RELATIVE_PRONOUNS else v


def relcl_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule RELATIVE_GAP: "the agreement he concluded with M" -> he (the relative clause's subject);
    "the deal signed by A and B" -> A, B (the reduced passive's agent)."""
    v = _support_gap(d, tok, frame)
    if v is None:
        return []
    out = [a for x in prep_objects(v, "by") for a in d.actors(x)] if v.dep_ == "acl" else d.actors(child(v, "nsubj"))
    if out:
        _note(raw, spec, frame, RELATIVE_GAP)
    return out


def relcl_with(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule RELATIVE_GAP: "the agreement he concluded with M" -> M."""
    v = _support_gap(d, tok, frame)
    out = [a for x in prep_objects(v, "with") for a in d.actors(x)] if v is not None else []
    if out:
        _note(raw, spec, frame, RELATIVE_GAP)
    return out


def adjunct_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule REQUEST_ADJUNCT: "At the request of X, Y facilitated contacts": the request was made
    to Y, the subject of the verb the adjunct modifies."""
    p = tok.head
    if tok.dep_ != "pobj" or p.lower_ not in argument_words().adjunct_preps or p.head.pos_ not in VERB_POS:
        return []
    out = d.actors(_outside(logical_subject(p.head), tok))
    if out:
        _note(raw, spec, frame, REQUEST_ADJUNCT)
    return out


def setting_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule SETTING_SUBJECT: "X halted its strikes after talks with Y", "X spoke during talks with
    Y", "X was interested in talks with Y": talks with a named counterpart, told as the setting of
    an active clause (or the object of an adjective), are the clause subject's. Only when the
    "with" party is named (the talks' other end), and never the subject of a passive ("A was
    freed after talks with Y": A is no party)."""
    span = _setting_span(tok)
    p = (span or tok).head
    if (span or tok).dep_ != "pobj" or p.lower_ not in argument_words().setting_preps or not prep_objects(tok, "with"):
        return []
    v = p.head
    if v.pos_ == "ADJ" and v.dep_ == "acomp":
        v = v.head
    if v.pos_ not in VERB_POS or is_passive(v):
        return []
    out = d.actors(_outside(logical_subject(v), tok))
    if out:
        _note(raw, spec, frame, SETTING_SPAN if span is not None else SETTING_SUBJECT)
    return out


def _setting_span(tok: Token) -> Token | None:
    """Rule SETTING_SPAN (s47-acts): the span noun of "after four hours of talks with Y", "following
    weeks of negotiations with Y" (``span_nouns``: a length of time or a count of rounds whose "of" object
    is the talk noun), which stands where the talks stand as the clause's setting; None otherwise."""
    p = tok.head
    w = argument_words()
    if tok.dep_ != "pobj" or p.lower_ not in w.span_preps or p.head.lemma_.lower() not in w.span_nouns:
        return None
    return p.head


def _asked(d: Doc_, tok: Token) -> tuple[Token, Token] | None:
    """(the verb, the one asked) of "X had a request of Y": the noun is the object of a verb with a
    subject, and its "of" phrase names whom it asks."""
    v = tok.head
    objs = [o for p in argument_words().addressee_preps for o in prep_objects(tok, p)]
    if tok.dep_ != "dobj" or v.pos_ not in VERB_POS or is_passive(v) or not objs or logical_subject(v) is None:
        return None
    if v.lemma_.lower() not in argument_words().asking_verbs:
        return None  # "accepted / met / ignored the demands of X": X's demands, read by ``prep:of``
    return v, objs[0]


def asker(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule REQUEST_ADDRESSEE: "X had a firm request of Y", "X made demands of Y" -> X (the subject
    asks; "the request of X" with no such verb is X's own, read by ``prep:of``)."""
    found = _asked(d, tok)
    out = d.actors(_outside(logical_subject(found[0]), tok)) if found else []
    if out:
        _note(raw, spec, frame, REQUEST_ADDRESSEE)
    return out


def asked_of(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule REQUEST_ADDRESSEE: "X had a firm request of Y" -> Y; "each side had a request of the
    other" -> the other side."""
    found = _asked(d, tok)
    if found is None:
        return []
    o = found[1]
    out = d.actors(o) or ([OTHER] if o.lemma_.lower() in argument_words().other_words else [])
    if out:
        _note(raw, spec, frame, REQUEST_ADDRESSEE)
    return out


def owner(d: Doc_, place: Token) -> list[str]:
    """The parties a place (no actor itself) belongs to: its possessor or party premodifier ("an
    A base", "B's airfields"), else the state of its "in" phrase when the place noun belongs to
    the state it lies in ("military sites in B"). Every conjunct."""
    w = argument_words()
    out: list[str] = []
    for t in conjuncts(place):
        if t.pos_ not in NOUN_POS or d.actors(t, deep=False):
            continue
        found = [a for c in t.children if (c.dep_ == "poss" or c.dep_ in NOMINAL_MODIFIER_DEPS and c.i < t.i)
                 for a in [d.actor_tok(c)] if a and _kind(d, a) in w.owner_kinds]
        if not found and t.lemma_.lower() in w.located_owner_nouns:
            found = [a for p in w.located_preps for x in prep_objects(t, p) for a in d.actors(x, deep=False)
                     if _kind(d, a) == "state"]
        out.extend(a for a in found[:1] if a not in out)
    return out


def _kind(d: Doc_, a: str) -> str | None:
    return getattr(d.ctx.actors.get(a), "kind", None)


def prep_owner(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule PLACE_OWNER on the object of a preposition ("owner:on": "a strike on an A base" -> A)."""
    prep = spec.split(":", 1)[1]
    w = argument_words()
    heads = [tok] + [c for c in tok.children if c.dep_ == "acl" and _verb_lemma(c) in w.support_verbs]
    out: list[str] = []
    for x in [x for h in heads for x in prep_objects(h, prep)]:  # "strikes carried out on X"
        out.extend(a for a in owner(d, x) if a not in out)
    if out:
        _note(raw, spec, frame, PLACE_OWNER)
    return out


def obj_owner(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule PLACE_OWNER on a verb's object ("X bombed military sites in B" -> B)."""
    o = logical_object(tok)
    out = owner(d, o) if o is not None else []
    if out:
        _note(raw, spec, frame, PLACE_OWNER)
    return out


def participle_object(d: Doc_, tok: Token, raw: Candidate) -> None:
    """Rule PARTICIPLE_OBJECT: "A and B reached out to C, urging him to help": the object pronoun of
    an adverbial participle controlled by the main clause's subject is not that subject nor one
    of its conjuncts (whom coreference may have picked); it is the main clause's object, C."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or child(tok, "nsubj") is not None:
        return
    o = child(tok, "dobj")
    main = tok.head
    if o is None or o.lower_ not in argument_words().object_pronouns or main.pos_ not in VERB_POS:
        return
    controllers = set(d.actors(logical_subject(main)))
    if not controllers or not set(raw.targets) & controllers:
        return
    objs = [x for x in [child(main, "dobj")] if x is not None] + [
        x for p in main.children if p.dep_ == "prep" for x in p.children if x.dep_ == "pobj"]
    found = [a for x in objs for a in d.actors(x) if a not in controllers]
    if found:
        raw.targets = found[:1]
        raw.trace["target"] = PARTICIPLE_OBJECT


ArgSpec = Callable[[Doc_, str, Token, Frame, Candidate], list[str]]
ARGUMENT_SPECS: dict[str, ArgSpec] = {
    "support_subj": support_subj,
    "participant": participant,
    "scheduler": scheduler,
    "involving": involving,
    "hyphen_pair": hyphen_pair,
    "passive_between": passive_between,
    "obj_owner": obj_owner,
    "receiver": receiver,
    "relcl_subj": relcl_subj,
    "relcl_with": relcl_with,
    "adjunct_subj": adjunct_subj,
    "setting_subj": setting_subj,
    "asker": asker,
    "asked_of": asked_of,
    **NOMINAL_SPECS,  # the readings only the noun classes use (nominal_specs.py)
    **CAPTOR_SPECS,  # the document's captor (captors.py)
    **CONFLICT_SPECS,  # the sides a conflict noun pits against each other (conflict_sides.py)
    **WAR_STATE_SPECS,  # the sides in a state of war (war_states.py)
    **LED_SPECS,  # who leads a mediation or a mediating effort (led_efforts.py)
    **WANTED_SPECS,  # the one a party wants to act (wanted_acts.py)
    **MEDIATOR_NAME_SPECS,  # mediators named by a role word with no between-phrase (mediator_names.py)
}
ARGUMENT_PREFIX_SPECS: list[tuple[str, ArgSpec]] = [("owner:", prep_owner)]
