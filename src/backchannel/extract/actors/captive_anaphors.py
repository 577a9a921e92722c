"""Singular descriptions of a captive that stand for the named captive: "a Belgian aid worker", "the freed detainee".

Why: release stories open with a description of the person freed ("Norland freed a Vesterlandic aid
worker", "the rebels handed back a Canadian teacher held since 2019") and name them a
sentence later, or name them first and go on with "the hostage" or "the freed detainee". Read as a new
unnamed person (or as nobody), the description splits the captive in two and leaves the release with no
one released. The role anaphors (``role_anaphors.py``) never pick a captive; this step is their
counterpart for captives, with the same agreement checks:
- the description is singular, has a determiner, is no "former"/"another" one, and says captivity: a
  captive head ("the hostage"), a word of captivity ("the freed detainee", "a kidnapped engineer"), a
  relative clause or participle of holding ("a citizen who was held for years"), or it is the one freed
  or held ("released a Belgian aid worker"); a person noun with none of these stands for a captive only
  when the captive's own description has that noun ("the aid worker" after "X, an aid worker");
- the candidate is a named person the report says is held, freed or swapped, and agrees with the
  description (nationality, side, gender, age: ``role_anaphors._agrees``);
- an indefinite description stands for the one such captive first named after it, within a few
  sentences; a definite one for the one named before it (or, if none, the one named just after);
  two captives that fit leave it unresolved;
- none is the captive when its own phrase makes it someone else (review, s30): an indefinite needs a word
  of captivity of its own (a shared trade is not enough) and is a victim when a killing tells of it; a
  definite one with a restrictive clause not about captivity is picked by that clause; a description on
  the other side of a swap phrase from the captive's mention is the other side of the trade.
The description becomes a mention and a descriptor of the captive (the gold writes descriptions as
descriptors). Word lists: ``data/captive_anaphors.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile

from spacy.tokens import Span, Token

from backchannel.data_loader import loader
from backchannel.extract.actors.parties import party_words
from backchannel.extract.actors.person_ages import age_in
from backchannel.extract.actors.role_anaphors import (
    Desc, _agrees, _apply, _bound, _chain, _roots, first_read_mentions, role_words,
)
from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.phrases import np_left
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import QUALIFYING_DEPS, coordination_head

FILE = "captive_anaphors.toml"
SAME_CAPTIVE = "actors.captive_anaphors.same_captive"
CAPTIVE_NAMED_AFTER = "actors.captive_anaphors.named_after"
ROLE = "captive"
OWN = "actors.captive_anaphors.unnamed_captive"


@dataclass(frozen=True)
class Words:
    """The lists of ``captive_anaphors.toml``."""

    heads: frozenset[str]
    persons: frozenset[str]
    other: frozenset[str]
    swaps: tuple[str, ...]
    harm: frozenset[str]
    captivity: frozenset[str]


@dataclass
class Found:
    """A captive description: the description, whether it says captivity, the nationalities it writes."""

    d: Desc
    marked: bool
    nations: frozenset[str]


words = loader(Words, FILE, "captive_anaphors")


def captive_anaphors(st: ActorState) -> None:
    """Resolve every singular captive description, in text order, to the one named captive it fits."""
    persons = [a for a in st.ctx.actors.values() if a.kind == "person" and a.named and a.mentions]
    held = {a.id for a in persons if _held(st, a)}
    made: dict[frozenset[str], list[str]] = {}  # unnamed captives made here, by the nationalities that name them
    for f in sorted(_from_unnamed(st) + _from_tokens(st), key=lambda x: x.d.tok.i):
        d = f.d
        if d.unnamed is not None and d.unnamed not in st.ctx.actors:
            continue
        named_in = [a for a in persons if a.id in st.ctx.actors and any(_names_it(d, r) for r in _roots(st, a))
                    and not _across_swap(st, d, a)]
        if f.marked and len(named_in) == 1:  # "the freed detainee, identified as X": X, held or not
            _apply(st, d, named_in[0], SAME_CAPTIVE)
            continue
        if _someone_else(st, f):
            continue
        fits = [a for a in persons if a.id in held and a.id in st.ctx.actors and a.id != d.unnamed
                and not _bound(st, a, d) and _agrees(st, d, a) and _same_nation(st, a, f.nations)
                and _same_trade(st, a, d.tok) and not _across_swap(st, d, a)
                and (f.marked or (d.definite and _described_so(st, a, d.tok)))]
        hit = _pick(st, d, fits)
        if hit is not None:
            _apply(st, d, *hit)
        elif d.unnamed is None and fits == [] and f.nations and not _may_be_named_later(st, f, persons):
            _own_captive(st, f, made)


def _someone_else(st: ActorState, f: Found) -> bool:
    """Does the description's own phrase make it another person than any captive named elsewhere? A definite
    one with a restrictive clause not about captivity picks its person by that clause ("the journalist who
    covered her case" is not "X, a journalist held for a year"); an indefinite one a killing or a death
    tells of is a victim ("A soldier was killed ... X, a soldier captured in 2023, was freed")."""
    d = f.d
    if not d.definite:
        return _harmed(st, d.tok)
    for c in d.tok.children:
        if c.dep_ not in ("relcl", "acl") or c.i < d.tok.i:
            continue
        edge = c.left_edge
        if edge.i > 0 and st.doc[edge.i - 1].text == ",":
            continue  # "the journalist, who spent a year in Lunde, ...": a non-restrictive clause adds, not picks
        if not _about_captivity(st, list(c.subtree)):
            return True
    return False


def _about_captivity(st: ActorState, toks: list[Token]) -> bool:
    """Do the words tell captivity: a verb of holding or freeing, a word of captivity, a captive head, a
    place of captivity ("who was held", "whom the rebels seized", "who spent a year in prison")?"""
    verbs = party_words().captive_verbs | st.lx.release_verbs | st.lx.hold_verbs
    w = words()
    return any(t.lemma_.lower() in verbs | w.heads | w.captivity or t.lower_ in role_words().captive for t in toks)


def _harmed(st: ActorState, tok: Token) -> bool:
    """Is the description the one killed, shot or dead: an argument of a verb of harm, the of-object of a
    noun of harm ("the killing of a soldier"), or the head of a clause of harm ("a soldier who was killed")?"""
    harm = words().harm
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.lemma_.lower() in harm:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == st.lx.words.of and tok.head.head.lemma_.lower() in harm:
        return True
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in harm for c in tok.children)


def _across_swap(st: ActorState, d: Desc, a: Actor) -> bool:
    """Is a mention of the captive in the description's sentence on the other side of a swap phrase
    ("released a businessman held since 2021 in exchange for X")? The two are the two sides of the trade."""
    sent = d.tok.sent
    roots = [r for r in _roots(st, a) if r.sent.start == sent.start]
    for side in _swap_sides(sent) if roots else []:
        if any((d.tok.i in side) != (r.i in side) for r in roots):
            return True
    return False


def _swap_sides(sent: Span) -> list[set[int]]:
    """The token indices of what each swap phrase of the sentence gives in return: the object of its last
    word ("for X, a journalist"), or, when the parser hung nothing on it, the words up to the next comma."""
    low = [t.lower_ for t in sent]
    out = []
    for p in words().swaps:
        n = len(p.split())
        for k in range(len(low) - n + 1):
            if " ".join(low[k:k + n]) != p:
                continue
            last = sent[k + n - 1]
            side = {t.i for t in last.subtree}
            if side == {last.i}:
                side |= {t.i for t in takewhile(lambda t: not t.is_punct, sent[k + n:])}
            out.append(side)
    return out


def _own_captive(st: ActorState, f: Found, made: dict[frozenset[str], list[str]]) -> None:
    """A captive no named person fits, described by nationality ("a Finnish pilot went free in the swap"):
    an unnamed person of its own (no side, as captives have none); a later description with the same
    nationality and head class ("the Russian citizen") is that person again, when it is the only such one."""
    d, same = f.d, made.get(f.nations, [])
    if len(same) == 1 and same[0] in st.ctx.actors:
        aid = same[0]
        st.add_alias(aid, _name(st, d), OWN)
    elif not same and f.marked and not d.definite:
        name = _name(st, d)
        aid = st.ctx.new_actor_id(name)
        st.ctx.add_actor(Actor(id=aid, name=name, kind="person", named=False), OWN)
        made[f.nations] = [aid]
    else:
        return
    st.add_mention(aid, d.words[0].idx, d.tok.idx + len(d.tok.text), d.tok, OWN)
    st.ctx.coref[d.tok.i] = aid
    for t in d.words:
        st.token_actor[t.i] = aid


def _may_be_named_later(st: ActorState, f: Found, persons: list[Actor]) -> bool:
    """Is a person first named after the description, with no government title and no other nationality, who
    may be the captive it introduces ("a Briton ... identified as X, saying he had been held")?"""
    return any(min(m.start for m in a.mentions) > f.d.tok.idx and _same_nation(st, a, f.nations)
               and not any(w in st.lx.gov_titles for x in a.descriptors for w in fold(x).split())
               for a in persons if a.id in st.ctx.actors)


def _name(st: ActorState, d: Desc) -> str:
    """The description as a name: its words after the determiner ("Russian national")."""
    words = [t for t in d.words if t.lower_ not in role_words().definite | role_words().indefinite]
    return clean(st.text[words[0].idx: d.tok.idx + len(d.tok.text)]) if words else d.tok.text


def _from_unnamed(st: ActorState) -> list[Found]:
    """The unnamed singular persons a step made of a captive description, read at their first determined mention."""
    out = []
    for aid, hit in first_read_mentions(st, _describe):
        hit.d.unnamed = aid
        out.append(hit)
    return out


def _from_tokens(st: ActorState) -> list[Found]:
    """Captive descriptions no step made an actor of ("released a Vesterlandic aid worker")."""
    out = []
    for tok in st.doc:
        if tok.pos_ != "NOUN" or tok.i in st.token_actor or tok.i in st.consumed or tok.dep_ in QUALIFYING_DEPS \
                or st.in_quote(tok):
            continue
        hit = _describe(st, tok)
        # (the apposition test after the description's: walking a head's children costs, most nouns are no captive)
        if hit is not None and not any(c.dep_ == "appos" and c.i in st.token_actor for c in tok.children):
            out.append(hit)  # ("the aid worker, X, ...": the apposition names it, a descriptor of X)
    return out


def _describe(st: ActorState, tok: Token) -> Found | None:
    """A singular captive description headed by ``tok``, whether it says captivity, its nationalities; or None."""
    w, rw = words(), role_words()
    lemma = tok.lemma_.lower()
    if lemma not in w.heads | w.persons or tok.tag_ in ("NNS", "NNPS") or \
            st.is_excluded(tok.idx, tok.idx + len(tok.text)):
        return None
    left = [t for t in np_left(tok) if t.i < tok.i]
    low = {t.lower_ for t in left}
    age = age_in(st.text[left[0].idx: tok.idx]) if left else None
    if low & (w.other | rw.past) or any(t.dep_ == "poss" for t in left) or (
            age is None and any(t.like_num for t in left)):
        return None  # "another hostage", "his son", "two soldiers"
    definite = bool(low & rw.definite)
    if not definite and not low & rw.indefinite:
        return None
    d = Desc(tok=tok, role=ROLE, definite=definite, words=left + [tok], age=age)
    nations: set[str] = set()
    for t in left:
        c = st.lx.demonym(t.text) or st.lx.country(t.text)
        aid = st.token_actor.get(t.i)
        actor = st.ctx.actors.get(aid) if aid else None
        if actor is not None and actor.kind == "state":
            d.states.add(actor.id)
            nations.add(c.name if c is not None else actor.name)
        elif c is not None:
            nations.add(c.name)  # "an American citizen": a nationality, a side only if the state is a party
            if c.name in st.state_ids:
                d.states.add(st.state_ids[c.name])
        elif t.text[:1].isupper() and t.dep_ != "det" and not t.is_sent_start:
            return None  # a side the report's parties do not tell, or a name: no guess
    marked = lemma in w.heads or bool(low & rw.captive) or _held_phrase(st, tok)
    return Found(d, marked, frozenset(nations))


def _held_phrase(st: ActorState, tok: Token) -> bool:
    """Is the phrase the one held or freed ("released a nurse", "a citizen who was held for years")?"""
    verbs = party_words().captive_verbs | st.lx.release_verbs | st.lx.hold_verbs
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in verbs:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == st.lx.words.of and \
            tok.head.head.lemma_.lower() in party_words().captive_nouns:
        return True
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in verbs and
               (c.tag_ == "VBN" or any(x.dep_ == "auxpass" for x in c.children)) for c in tok.children)


def _held(st: ActorState, a: Actor) -> bool:
    """Is the named person held, freed or swapped: a description of captivity that is no title ("hostage envoy"
    is an official), freed or held in a clause ("freed X", "X was taken", "the release of X", "X's release")?"""
    pw, verbs = party_words(), st.lx.release_verbs | st.lx.hold_verbs | party_words().captive_verbs
    if any(_says_held(st, set(fold(x).split())) for x in a.descriptors):
        return True
    for root in _roots(st, a):
        root = coordination_head(root)  # "freed A and B": B as A
        near = [root, *([root.head] if root.dep_ == "appos" else []), *[c for c in root.children if c.dep_ == "appos"]]
        if any(_says_held(st, {t.lower_ for t in np_left(n)}) for n in near):
            return True
        if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in verbs:
            return True
        if root.dep_ == "poss" and root.head.lemma_.lower() in pw.captive_nouns:
            return True
        if root.dep_ == "pobj" and root.head.lower_ == st.lx.words.of and root.head.head.lemma_.lower() in pw.captive_nouns:
            return True
    return False


def _says_held(st: ActorState, ws: set[str]) -> bool:
    """Do a description's words say captivity, with no title or role ("hostage envoy" is an official)?"""
    rw = role_words()
    return bool(ws & rw.captive) and not ws & (st.lx.gov_titles | set(rw.noun_class))


def _names_it(d: Desc, root: Token) -> bool:
    """Is the name inside the description's own phrase: apposed to it or in a participle that names it ("the
    freed detainee, identified as X")? Then the two are one person whatever their clause."""
    t = root
    while t.head.i != t.i and t.head.i != d.tok.i:
        t = t.head
    return t.head.i == d.tok.i and t.i != d.tok.i and (t.dep_ == "appos" or (t.dep_ == "acl" and t.tag_ == "VBN"))


def _said(st: ActorState, a: Actor) -> list[str]:
    """The person's descriptions: descriptors and the phrases apposed to a mention ("X, a Norwegian teacher")."""
    out = list(a.descriptors)
    for root in _roots(st, a):
        for n in [*([root.head] if root.dep_ == "appos" else []), *[c for c in root.children if c.dep_ == "appos"]]:
            out.append(" ".join(t.text for t in np_left(n)))
    return out + _written_appositions(st, a)


def _written_appositions(st: ActorState, a: Actor) -> list[str]:
    """The descriptions written apposed to a mention that the parser hung elsewhere ("released X, a journalist
    detained in Lunde" with "journalist" as a second object): ", a|the <noun>" right after the name."""
    out, dets = [], role_words().definite | role_words().indefinite
    for m in a.mentions:
        sp = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None or sp.end + 1 >= len(st.doc) or st.doc[sp.end].text != ",":
            continue
        det = st.doc[sp.end + 1]
        if det.lower_ in dets and det.dep_ == "det" and det.head.i > det.i and det.head.sent.start == det.sent.start:
            out.append(" ".join(t.text for t in np_left(det.head)))
    return out


def _same_nation(st: ActorState, a: Actor, nations: frozenset[str]) -> bool:
    """A nationality the description writes is one the captive's descriptions or side write, if they write any."""
    if not nations:
        return True
    said = set()
    for x in [*_said(st, a), *[st.ctx.actors[s].name for s in _chain(st, a)]]:
        for w in x.replace("’", "'").split():
            c = st.lx.demonym(w.removesuffix("'s").strip(",.()")) or st.lx.country_name(w.removesuffix("'s").strip(",.()"))
            if c is not None:
                said.add(c.name)
    return not said or bool(said & nations)


def _same_trade(st: ActorState, a: Actor, tok: Token) -> bool:
    """A person noun fits a captive unless the captive's descriptions give another trade ("the aid worker" is
    not "X, a diplomat"); a captive head ("the hostage") fits any."""
    if tok.lemma_.lower() in words().heads:
        return True
    trades = words().persons | st.lx.person_nouns
    said = {w for x in _said(st, a) for w in fold(x).split() if w in trades and w in x}  # lower case: "Amir" is a name
    return not said or tok.lemma_.lower() in said or tok.lower_ in said


def _described_so(st: ActorState, a: Actor, tok: Token) -> bool:
    """Does the captive's own description use the head ("the aid worker" after "X, an aid worker")?"""
    return any(tok.lemma_.lower() in fold(x).split() or tok.lower_ in fold(x).split() for x in _said(st, a))


def _pick(st: ActorState, d: Desc, fits: list[Actor]) -> tuple[Actor, str] | None:
    """The one captive the description stands for, with its rule; None when none or two fit."""
    first = {a.id: min(m.start for m in a.mentions) for a in fits}
    if d.definite:
        before = [a for a in fits if first[a.id] < d.tok.idx]
        if before:
            return (before[0], SAME_CAPTIVE) if len(before) == 1 else None
    sents = list(st.doc.sents)
    si = next(k for k, s in enumerate(sents) if s.start <= d.tok.i < s.end)
    end = sents[min(si + role_words().cataphora_sentences, len(sents) - 1)].end_char
    after = [a for a in fits if d.tok.idx < first[a.id] < end and not _other_freer(st, d, a)]
    return (after[0], CAPTIVE_NAMED_AFTER) if len(after) == 1 else None


def _freer(tok: Token) -> str | None:
    """Who the clause of ``tok`` says holds or frees it, when it is the verb's object or passive subject:
    the verb's doer (``syntax.roles.logical_subject``: "Y freed X", "X was freed by Y")."""
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    s = logical_subject(tok.head)
    return s.text.lower() if s is not None and s.i != tok.i else None


def _other_freer(st: ActorState, d: Desc, a: Actor) -> bool:
    """Is the captive named after the description freed or held by someone else than the one its
    own clause names ("Norland freed a citizen on Monday. X was freed by Vesterland on Friday":
    two captives, two releases)?"""
    mine = _freer(d.tok)
    return mine is not None and any((theirs := _freer(r)) is not None and theirs != mine for r in _roots(st, a))
