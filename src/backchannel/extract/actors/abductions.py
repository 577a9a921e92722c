"""Abduction parties: the unnamed takers and the people taken in a kidnapping or hostage story.

Why: reports of mass abductions name neither side: "pupils abducted by bandits", "armed bandits
stormed the school and kidnapped 80 pupils and teachers", "released by their abductors", "her
captors released a video". The golds list the takers and the people taken as group actors (the
captives with no side), and every later "the kidnappers" or "the abducted schoolchildren" of the same
story as an alias of the same group. The construction decides, not the noun alone: a taker noun
("bandits", "gunmen") is a party only as the subject or agent of a taking verb, a noun that names
the takers by the act ("captors", "kidnappers") also when it is definite or possessive in an
argument role, and a people noun ("pupils", "children") only as what a taking verb took. Generic
plurals ("many kidnappers", "hostages have fled from their captors") make nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.named_takers import RULE as NAMED_TAKER, named_taker
from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.syntax.phrases import np_left
from backchannel.syntax.tree import NOMINAL_MODIFIER_DEPS, PLURAL_TAGS, is_passive, prep_objects

FILE = "affiliations.toml"
TAKEN = "actors.abductions.taken_group"
TAKEN_AGAIN = "actors.abductions.taken_again"
CAPTIVES_AGAIN = "actors.abductions.captives_again"
TAKER = "actors.abductions.taker_group"
TAKER_AGAIN = "actors.abductions.taker_again"
KNOWN_AS = "actors.abductions.known_as"
KIN = "actors.abductions.kin_of_taken"


@dataclass(frozen=True)
class Words:
    taking_verbs: frozenset[str]
    taking_participles: frozenset[str]
    taking_nouns: frozenset[str]
    of_prep: str
    agent_prep: str
    weak_taking_verbs: frozenset[str]
    captor_nouns: frozenset[str]
    taker_nouns: frozenset[str]
    taken_nouns: frozenset[str]
    rejoin_nouns: frozenset[str]
    kin_nouns: frozenset[str]
    taken_partners: frozenset[str]
    role_preps: frozenset[str]
    naming_participles: frozenset[str]
    naming_prep: str
    member_preps: frozenset[str]


# The rule's words (``data/affiliations.toml`` [abductions]), checked key by key.
words = loader(Words, FILE, "abductions")


@dataclass
class Story:
    """The groups made so far: the people taken and the takers, each in text order."""

    taken: list[str] = field(default_factory=list)
    takers: list[str] = field(default_factory=list)
    heads: dict[str, str] = field(default_factory=dict)  # head lemma -> group


def abduction_parties(st: ActorState) -> None:
    """The people taken, then their takers (whose joining reads which captives they took)."""
    w, story = words(), Story()
    for tok in st.doc:
        if _lemma(tok) in w.taken_nouns and _adopted(st, story.taken, story, tok, _taken_verb(w, tok)):
            continue
        if _free(st, tok) and _lemma(tok) in w.taken_nouns:
            _taken(st, w, story, tok)
        elif story.taken and _free(st, tok) and _lemma(tok) in st.lx.captive_bare:
            _captives_again(st, story, tok)
        elif len(story.taken) == 1 and _lemma(tok) in w.rejoin_nouns and _free(st, tok) and \
                tok.tag_ in PLURAL_TAGS and _determined(st, tok) and not _generic(st, tok):
            _join(st, story.taken[0], _name_tokens(st, w, tok, keep_participle=True), tok, TAKEN_AGAIN)
    kin: dict[str, str] = {}  # group taken -> its kin's group
    for tok in st.doc:
        if story.taken and _lemma(tok) in w.kin_nouns and _free(st, tok):
            _kin(st, kin, story, tok)
    for tok in st.doc:
        if _lemma(tok) in w.taker_nouns and _adopted(st, story.takers, story, tok, _taker_role(st, w, tok)):
            continue
        if _free(st, tok) and (_lemma(tok) in w.taker_nouns or _strong_agent(st, w, tok)):
            _taker(st, w, story, tok)


def _strong_agent(st: ActorState, w: Words, tok: Token) -> bool:
    """Any people noun as the "by" agent of a strong taking verb names takers ("abducted by outlaws",
    "kidnapped by army commandos"); role nouns the unnamed step reads are left to it."""
    lemma = _lemma(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ == w.agent_prep and _lemma(tok.head.head) in w.taking_verbs | w.taking_nouns and \
        lemma not in st.lx.unnamed_person | st.lx.unnamed_group | st.lx.never and lemma not in st.lx.institutions


def _adopted(st: ActorState, groups: list[str], story: Story, tok: Token, role: Token | None) -> bool:
    """A group an earlier step made of the same words ("21 Lunde schoolgirls"), in the role of the
    taken or the takers: the story's group, which later descriptions join."""
    aid = st.token_actor.get(tok.i)
    a = st.ctx.actors.get(aid) if aid is not None else None
    if aid is None or a is None or a.kind != "group" or role is None or tok.pos_ != "NOUN":
        return False
    if aid not in groups:
        groups.append(aid)
        story.heads.setdefault(_lemma(tok), aid)
    return True


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _free(st: ActorState, tok: Token) -> bool:
    """A common noun (the tagger reads a quoted one as a name) no earlier step made part of an actor,
    outside the page furniture."""
    common = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()  # ('by "outlaws"')
    return common and tok.i not in st.token_actor and tok.i not in st.consumed and \
        not st.is_excluded(tok.idx, tok.idx + len(tok.text))


def _generic(st: ActorState, tok: Token) -> bool:
    """"many kidnappers", "some pupils": a quantified plural is the kind, not the story's group."""
    return any(t.lower_ in st.lx.generic for t in np_left(tok) if t.i != tok.i)


def _taking(w: Words, v: Token) -> bool:
    """A verb of taking people: a strong one, or a weak one with a taker noun or actor as its agent."""
    lemma = _lemma(v)
    if lemma in w.taking_verbs:
        return True
    if lemma not in w.weak_taking_verbs:
        return False
    agent = _agent(w, v)
    return agent is not None and (_lemma(agent) in w.taker_nouns or agent.ent_type_ in ("ORG", "NORP"))


def _agent(w: Words, v: Token) -> Token | None:
    """Who took: the "by" object of a passive or participle, else the subject (shared over "and")."""
    if v.tag_ == "VBN" and (is_passive(v) or v.dep_ in ("acl", "amod", "relcl")):
        return next(iter(prep_objects(v, w.agent_prep)), None)
    for u in (v, v.head if v.dep_ == "conj" else None):
        s = next((c for c in u.children if c.dep_ == "nsubj"), None) if u is not None else None
        if s is not None:
            return s
    return None


def _taken_verb(w: Words, tok: Token) -> Token | None:
    """The taking verb that took ``tok`` (or a conjunct of it): its object or passive subject, or the
    noun a participle or passive relative hangs on ("pupils abducted by X", "the kidnapped children",
    "students who had been abducted")."""
    for n in [tok, *tok.conjuncts]:
        if n.dep_ in ("dobj", "nsubjpass") and _taking(w, n.head):
            return n.head
        if n.dep_ == "pobj" and n.head.lower_ == w.of_prep and _lemma(n.head.head) in w.taking_nouns and \
                any(t.i != n.i for t in np_left(n)):
            return n.head.head  # "the abduction of 30 pupils by bandits" (not "the abduction of children")
        owner = n.head.head if n.dep_ == "pobj" and n.head.lower_ == w.of_prep else None
        kids = list(n.children) + [c for c in (owner.children if owner is not None else []) if c.i > n.i]
        for c in kids:  # (and "the release of pupils abducted by X", the participle hung on "release")
            strong = _lemma(c) in w.taking_verbs or c.lower_ in w.taking_participles
            if c.dep_ == "acl" and c.tag_ == "VBN" and _taking(w, c) or \
                    c.dep_ == "amod" and c.i < n.i and strong or \
                    c.dep_ == "relcl" and _taking(w, c) and any(x.dep_ == "nsubjpass" for x in c.children):
                return c
    return None


def _partitive(tok: Token) -> bool:
    """"one of the teachers taken": one member, not the group."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and (tok.head.head.like_num or tok.head.head.pos_ == "NUM")


def _name_tokens(st: ActorState, w: Words, tok: Token, keep_participle: bool, keep_poss: bool = False) -> list[Token]:
    """The description's words: the modifiers just before the head ("primary school pupils",
    "Kidnap gangs", "the kidnapped children" with ``keep_participle``, "her captors" with
    ``keep_poss``), and a partner conjunct that
    shares the determiner ("pupils and teachers"; not "the children and the school's principal")."""
    keep: list[Token] = []
    for t in reversed([t for t in np_left(tok) if t.i != tok.i]):
        nxt = keep[0].i if keep else tok.i
        ok = t.dep_ in NOMINAL_MODIFIER_DEPS and not t.like_num and t.lower_ not in st.lx.captive_drop and \
            (keep_participle or t.tag_ != "VBN") or keep_poss and t.dep_ == "poss" and t.tag_ == "PRP$"
        if t.i != nxt - 1 or not ok:
            break
        keep.insert(0, t)
    out = keep + [tok]
    partner = next((c for c in tok.children if c.dep_ == "conj" and _lemma(c) in w.taken_partners and
                    not any(x.dep_ in ("det", "poss") for x in c.children)), None)
    if partner is not None:
        out += [t for t in tok.doc[tok.i + 1: partner.i + 1]]
    return out


def _text(st: ActorState, toks: list[Token]) -> str:
    return clean(st.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)])


def _taken(st: ActorState, w: Words, story: Story, tok: Token) -> None:
    """Rules TAKEN (a new group of people taken) and TAKEN_AGAIN (the story's taken group again)."""
    if tok.tag_ not in PLURAL_TAGS or _partitive(tok) or _generic(st, tok):
        return
    earlier = story.heads.get(_lemma(tok)) or (story.taken[0] if len(story.taken) == 1 else None)
    if _taken_verb(w, tok) is None and (earlier is None or not _determined(st, tok)):
        return  # (a definite "the students" after the story's group of people taken is that group)
    toks = _name_tokens(st, w, tok, keep_participle=bool(story.taken))
    if earlier is not None:
        _join(st, earlier, toks, tok, TAKEN_AGAIN)
        return
    aid = _new(st, toks, tok, TAKEN)
    story.taken.append(aid)
    story.heads.setdefault(_lemma(tok), aid)
    bare = [t for t in toks if t.i >= tok.i]
    if len(bare) < len(toks):
        st.add_alias(aid, _text(st, bare), TAKEN)  # "Nigerian students and staff" is "students and staff"


def _captives_again(st: ActorState, story: Story, tok: Token) -> None:
    """Rule CAPTIVES_AGAIN: "137 hostages were freed", "the hostages" after the story's one group of
    people taken is that group (a bare plural is the kind: "hostages have fled before")."""
    left = [t for t in np_left(tok) if t.i != tok.i]
    counted = any(t.like_num or t.dep_ == "nummod" for t in left)
    definite = any(t.lower_ in st.lx.words.definite_determiners for t in left)
    if tok.tag_ not in PLURAL_TAGS or len(story.taken) != 1:
        return
    if not left and tok.dep_ in ("nsubj", "nsubjpass"):
        st.consumed.add(tok.i)  # "hostages have fled from their captors before": the kind, no party
        return
    if _generic(st, tok) or not (counted or definite):
        return
    _join(st, story.taken[0], [tok], tok, CAPTIVES_AGAIN)


def _taker_role(st: ActorState, w: Words, tok: Token) -> Token | None:
    """The verb through which ``tok`` names the takers (None: no such role). The subject of a taking
    verb or of a verb joined to one, a relative's, or the "by" agent; a noun of ``captor_nouns`` also as
    a definite or possessive argument of any verb ("her captors released a video", "talk to the
    kidnappers")."""
    v = tok.head
    if tok.dep_ == "nsubj":
        for u in [v, *[c for c in v.children if c.dep_ == "conj" and not any(x.dep_ == "nsubj" for x in c.children)]]:
            if _taking(w, u) and _took_people(st, w, u):
                return u
    for c in tok.children:
        if c.dep_ == "relcl" and _taking(w, c) and any(x.dep_ == "nsubj" and x.tag_ in ("WP", "WDT") for x in c.children):
            return c
    if tok.dep_ == "pobj" and v.lower_ == w.agent_prep and (_taking(w, v.head) or _lemma(v.head) in w.taking_nouns):
        return v.head
    if _lemma(tok) in w.captor_nouns and _determined(st, tok) and (
            tok.dep_ in ("nsubj", "nsubjpass", "dobj") or tok.dep_ == "pobj" and v.lower_ in w.role_preps):
        return v
    return None


def _took_people(st: ActorState, w: Words, v: Token) -> bool:
    """A strong taking verb takes people; a weak one only with people as its object ("seized
    thousands of people", "took 30 pupils"; not "seized weapons")."""
    if _lemma(v) in w.taking_verbs:
        return True
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    of = [p for c in obj.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(_lemma(o) in w.taken_nouns | st.lx.captive_bare | st.lx.never or o.i in st.token_actor
               for o in [obj, *of])


def _named_again(st: ActorState, w: Words, story: Story, tok: Token) -> bool:
    """Join a captor noun to the one party named before as the taker (``named_takers``); False when none."""
    named = named_taker(st, w, tok, _agent, story.taken)
    if named is None:
        return False
    toks = _name_tokens(st, w, tok, keep_participle=False, keep_poss=True)
    _join(st, named, toks, tok, NAMED_TAKER)
    bare = [t for t in toks if t.tag_ != "PRP$"]
    if len(bare) < len(toks):
        st.add_alias(named, _text(st, bare), NAMED_TAKER)  # "her captors" is "captors"
    story.takers.append(named)
    story.heads.setdefault(_lemma(tok), named)
    return True


def _determined(st: ActorState, tok: Token) -> bool:
    """A definite or possessive description: "the kidnappers", "her captors"."""
    return any(t.lower_ in st.lx.words.definite_determiners or t.tag_ == "PRP$" for t in np_left(tok) if t.i != tok.i)


def _taker(st: ActorState, w: Words, story: Story, tok: Token) -> None:
    """Rules TAKER (a new group of takers) and TAKER_AGAIN: the same head, or a definite description
    or one that took the story's captives, after the story's first takers."""
    if tok.tag_ not in PLURAL_TAGS or _generic(st, tok):
        return
    v = _taker_role(st, w, tok)
    if v is None and not story.takers and _determined(st, tok) and _named_again(st, w, story, tok):
        return  # ("word came back from the hostage takers": the named takers, in any argument role)
    if v is None or any(c.dep_ == "prep" and c.lower_ in w.member_preps and any(
            p.i in st.token_actor for p in c.children) for c in tok.children):
        return  # ("gunmen from the <Front>": members of a named party, not a group of their own)
    toks = _name_tokens(st, w, tok, keep_participle=False, keep_poss=True)
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    took_ours = obj is not None and st.token_actor.get(obj.i) in story.taken
    earlier = story.heads.get(_lemma(tok))
    if earlier is None and story.takers and (_determined(st, tok) or took_ours):
        earlier = story.takers[0]
    if earlier is None and _determined(st, tok) and _named_again(st, w, story, tok):
        return  # "kidnapped by <Group> ... the kidnappers": that group (s48-parties)
    if earlier is not None:
        aid = earlier
        _join(st, aid, toks, tok, TAKER_AGAIN)
    else:
        aid = _new(st, toks, tok, TAKER)
        side = _demonym_side(st, toks)
        if side is not None:  # "Norlandic army commandos": Norland's
            st.set_affiliation(st.ctx.actors[aid], side, TAKER)
        story.takers.append(aid)
        story.heads.setdefault(_lemma(tok), aid)
    bare = [t for t in toks if t.tag_ != "PRP$"]
    if len(bare) < len(toks):
        st.add_alias(aid, _text(st, bare), TAKER)  # "her captors" is "captors"
    rel = next((c for c in tok.children if c.dep_ == "relcl" and c.i == v.i), None)
    if rel is not None:  # "the criminals who abducted them"
        st.add_alias(aid, _text(st, [t for t in toks if t.tag_ != "PRP$"] + [rel.doc[rel.right_edge.i]]), TAKER)
    _known_as(st, w, aid, tok)


def _kin(st: ActorState, kin: dict[str, str], story: Story, tok: Token) -> None:
    """Rule KIN: "the families of the abducted villagers still held", "the relatives of the bus victims":
    the kin of the story's group taken, under either description, are one group."""
    of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == st.lx.words.of for p in c.children
          if p.dep_ == "pobj" and st.token_actor.get(p.i) in story.taken]
    if not of or _generic(st, tok):
        return
    left = [t for t in np_left(tok) if t.i != tok.i and t.dep_ not in ("det", "predet") and not t.like_num]
    toks = [t for t in st.doc[(left[0].i if left else tok.i): of[0].right_edge.i + 1]]
    taken = st.token_actor[of[0].i]
    if taken in kin:
        st.add_alias(kin[taken], _text(st, toks), KIN)
        st.add_mention(kin[taken], toks[0].idx, tok.idx + len(tok.text), tok, KIN)
    else:
        name = _text(st, toks)
        kin[taken] = aid = st.ctx.new_actor_id(name)
        st.ctx.add_actor(Actor(id=aid, name=name, kind="group", named=False), KIN)
        st.add_mention(aid, toks[0].idx, tok.idx + len(tok.text), tok, KIN)
    st.token_actor[tok.i] = kin[taken]
    st.consumed.update(t.i for t in toks)


def _demonym_side(st: ActorState, toks: list[Token]) -> str | None:
    """The one state a modifier of the takers' description names by its demonym, if any."""
    sides = {st.state_ids.get(c.name) for t in toks[:-1] if (c := st.lx.demonym(t.text)) is not None}
    sides.discard(None)
    return next(iter(sides)) if len(sides) == 1 else None


def _known_as(st: ActorState, w: Words, aid: str, tok: Token) -> None:
    """Rule KNOWN_AS: "Kidnap gangs, known as bandits": the name the takers go by is an alias."""
    for c in tok.children:
        if c.dep_ == "acl" and _lemma(c) in w.naming_participles:
            for o in prep_objects(c, w.naming_prep):
                st.add_alias(aid, o.text, KNOWN_AS)
                st.add_mention(aid, o.idx, o.idx + len(o.text), o, KNOWN_AS)
                st.consumed.add(o.i)


def _new(st: ActorState, toks: list[Token], tok: Token, rule: str) -> str:
    name = _text(st, toks)
    aid = st.ctx.new_actor_id(name)
    st.ctx.add_actor(Actor(id=aid, name=name, kind="group", named=False), rule)
    _mark(st, aid, toks, tok, rule)
    return aid


def _join(st: ActorState, aid: str, toks: list[Token], tok: Token, rule: str) -> None:
    st.add_alias(aid, _text(st, toks), rule)
    _mark(st, aid, toks, tok, rule)
    st.ctx.coref[tok.i] = aid


def _mark(st: ActorState, aid: str, toks: list[Token], tok: Token, rule: str) -> None:
    st.add_mention(aid, toks[0].idx, toks[-1].idx + len(toks[-1].text), tok, rule)
    for t in toks:
        st.token_actor[t.i] = aid
        st.consumed.add(t.i)
