"""Person descriptions without a name that stand for a named person: "the <demonym> mediator", "its rebel leader".

Why: reports name a person once and otherwise call them by their role ("the veteran diplomat", "the
leader of the Front", "the envoy"), or open with the role and name them later ("A <bloc> envoy
arrived ... <Name>, a representative of ..."). Read as new unnamed people, such descriptions split one
party in two and give its acts to a person who is not there. One mechanism covers the class: a
description headed by a person-role noun (``data/role_anaphors.toml``: mediator, envoy, leader, ...)
is the one named person of the report who fits it:
- the role: a title of the same class ("special representative" for "the envoy", "President" for
  "the leader") or the role's act ("X mediated", "X, who leads the Front"): ``role_holder``;
  failing both, with a modifier that picks a side (a nationality, an organisation, "rebel"), the
  one named person with no title at all: ``sole_person``;
- the modifiers agree: a stated side, a nationality in the person's description, no government
  title for a "rebel" description;
- never a captive, never a "former" or "deputy" role; two persons that fit leave it unresolved.
An indefinite description ("a <bloc> envoy") may only name a person first mentioned after it, a few
sentences on, with the title or act (``named_after``). The description becomes a mention and a
descriptor of that person (the gold writes descriptions as descriptors, not aliases).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import cache
from typing import TypeVar

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.named_later import fold_description
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.parties import party_words
from backchannel.extract.actors.person_ages import age_head, age_in, ages
from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.phrases import np_left, span_text
from backchannel.syntax.tree import ARGUMENT_DEPS, QUALIFYING_DEPS, clause_verb

FILE = "role_anaphors.toml"
ROLE_HOLDER = "actors.role_anaphors.role_holder"
SOLE_PERSON = "actors.role_anaphors.sole_person"
NAMED_AFTER = "actors.role_anaphors.named_after"
SAME_AGE = "actors.role_anaphors.same_age"
PAST_HOLDER = "actors.role_anaphors.past_holder"
AGE = "age"  # the class of a description that is an age alone ("the 67-year-old")

T = TypeVar("T")


@dataclass(frozen=True)
class RoleWords:
    """The lists of ``role_anaphors.toml``."""

    noun_class: dict[str, str]  # a head lemma -> its class
    titles: dict[str, frozenset[str]]  # a class -> title phrases
    verbs: dict[str, frozenset[str]]  # a class -> act lemmas
    definite: frozenset[str]
    indefinite: frozenset[str]
    non_state: frozenset[str]
    past: frozenset[str]
    second: frozenset[str]
    captive: frozenset[str]
    owner_preps: frozenset[str]
    no_cataphora: frozenset[str]
    state_titles: frozenset[str]
    title_end: frozenset[str]
    cataphora_sentences: int
    age_heads: frozenset[str] = frozenset()


@cache
def role_words() -> RoleWords:
    raw = read(FILE)
    nouns: dict[str, str] = {}
    titles: dict[str, frozenset[str]] = {}
    verbs: dict[str, frozenset[str]] = {}
    for name, c in raw["classes"].items():
        for n in word_list(FILE, f"classes.{name}.nouns", c["nouns"]):
            nouns[n] = name
        titles[name] = frozenset(word_list(FILE, f"classes.{name}.titles", c["titles"]))
        verbs[name] = frozenset(word_list(FILE, f"classes.{name}.verbs", c["verbs"]))
    w = raw["words"]
    lists = {f.name: frozenset(word_list(FILE, f"words.{f.name}", w[f.name]))
             for f in fields(RoleWords) if f.type == "frozenset[str]" and f.name != "age_heads"}
    return RoleWords(noun_class=nouns, titles=titles, verbs=verbs, age_heads=frozenset(word_list(FILE, "age.heads", raw["age"]["heads"])),
                     cataphora_sentences=int(raw["limits"]["cataphora_sentences"]), **lists)


@dataclass
class Desc:
    """One person description: its head, class, modifiers and where it stands."""

    tok: Token
    role: str
    definite: bool
    words: list[Token]
    states: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    non_state: bool = False
    age: int | None = None
    unnamed: str | None = None  # the unnamed actor it made, when it made one
    past: bool = False  # "the former <demonym> leader": a role its holder left
    side_words: set[str] = field(default_factory=set)  # capitalised modifiers a past holder's title must have


def role_anaphors(st: ActorState) -> None:
    """Resolve every singular person-role description, in text order, to the one named person it fits."""
    descs = _from_unnamed(st) + _from_tokens(st)
    for d in sorted(descs, key=lambda x: x.tok.i):
        if d.unnamed is not None and d.unnamed not in st.ctx.actors:
            continue
        hit = _resolve(st, d)
        if hit is not None:
            _apply(st, d, *hit)


def first_read_mentions(st: ActorState, describe: Callable[[ActorState, Token], T | None]) -> list[tuple[str, T]]:
    """(actor id, reading) for each unnamed singular person actor: what ``describe`` reads at the
    earliest of its mentions where it reads anything; an actor with no such mention is left out."""
    out = []
    for a in [x for x in st.ctx.actors.values() if x.kind == "person" and not x.named and x.mentions]:
        for m in sorted(a.mentions, key=lambda m: m.start):
            span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
            d = describe(st, span.root) if span is not None else None
            if d is not None:
                out.append((a.id, d))
                break
    return out


def _from_unnamed(st: ActorState) -> list[Desc]:
    """The unnamed singular person actors headed by a role noun, read at their first determined mention."""
    out = []
    for aid, d in first_read_mentions(st, _describe):
        d.unnamed = aid
        out.append(d)
    return out


def _from_tokens(st: ActorState) -> list[Desc]:
    """Definite role descriptions no step made an actor of ("its rebel leader", "the veteran diplomat")."""
    out = []
    for tok in st.doc:
        if tok.i not in st.token_actor and tok.lower_ in role_words().age_heads and tok.dep_ in ARGUMENT_DEPS:
            d = _age_description(st, tok)
            out += [d] if d is not None else []
            continue
        if tok.pos_ != "NOUN" or tok.i in st.token_actor or tok.i in st.consumed or (
                tok.dep_ in QUALIFYING_DEPS and _misparsed_head(tok).i == tok.i):
            continue
        d = _describe(st, tok)
        if d is not None and d.definite and not st.in_quote(tok):
            out.append(d)
    return out


def _age_description(st: ActorState, tok: Token) -> Desc | None:
    """ "the 67-year-old" used as a noun: a definite description whose only evidence is the age."""
    age = age_head(tok)
    left = [t for t in np_left(tok) if t.i < tok.i]
    if age is None or not left or left[0].lower_ not in role_words().definite or st.in_quote(tok):
        return None
    return Desc(tok=tok, role=AGE, definite=True, words=left + [tok], age=age)


def _describe(st: ActorState, tok: Token) -> Desc | None:
    """A singular description headed by a role noun, with a determiner, not past or deputy; or None."""
    rw = role_words()
    role = rw.noun_class.get(tok.lemma_.lower())
    if role is None or tok.tag_ in ("NNS", "NNPS") or st.is_excluded(tok.idx, tok.idx + len(tok.text)):
        return None
    left = [t for t in np_left(_misparsed_head(tok)) if t.i < tok.i]
    low = {t.lower_ for t in left}
    age = age_in(st.text[left[0].idx: tok.idx]) if left else None
    if low & rw.second or (age is None and any(t.like_num for t in left)):
        return None  # "the deputy envoy", "two envoys"
    poss = any(t.dep_ == "poss" for t in left)
    definite = poss or bool(low & rw.definite)
    if not definite and not low & rw.indefinite or low & rw.past and (not definite or poss):
        return None
    d = Desc(tok=tok, role=role, definite=definite, words=left + [tok], non_state=bool(low & rw.non_state),
             age=age, past=bool(low & rw.past))
    objs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in rw.owner_preps for o in c.children
            if o.dep_ == "pobj"]
    for t in [t for t in left if t.dep_ == "poss"]:
        owner = _owner(st, t)
        if owner is None:
            return None  # "his envoy", "Weller's envoy": someone else's; "its" with no party before it
        objs.append(owner)
    for t in left + objs:
        c = st.lx.demonym(t.text) or st.lx.country(t.text)
        aid = st.token_actor.get(t.i)
        actor = st.ctx.actors.get(aid) if aid else None
        if actor is not None and actor.kind in ("organization", "group"):
            d.orgs.add(actor.id)
        elif actor is not None and actor.kind == "state":
            d.states.add(actor.id)
        elif c is not None and c.name in st.state_ids:
            d.states.add(st.state_ids[c.name])
        elif t in left and t.text[:1].isupper() and t.dep_ != "det" and not t.is_sent_start:
            if not d.past:
                return None  # "the Zemblan envoy": a side the report's parties do not tell; no guess
            d.side_words.add(fold(t.text))  # "the former Zemblan leader": the past title must say "Zemblan"
    return d


def _misparsed_head(tok: Token) -> Token:
    """The participle a role noun was parsed as a compound of ("the mediator brokering the deal" read as a
    noun "brokering"): its phrase is the noun's; otherwise the token itself."""
    h = tok.head
    return h if tok.dep_ == "compound" and h.i == tok.i + 1 and h.tag_ == "VBG" else tok


def _owner(st: ActorState, t: Token) -> Token | None:
    """The party token a possessor stands for: itself when it is a party's mention, the nearest party
    mentioned before it in its sentence for "its"/"their"; None for a person's or a personal pronoun."""
    words = st.lx.words
    if t.tag_ != "PRP$":
        aid = st.token_actor.get(t.i)
        return None if aid is None or st.ctx.actors[aid].kind == "person" else t
    if t.lower_ not in words.neuter_pronouns | words.plural_pronouns:
        return None
    for k in range(t.i - 1, t.sent.start - 1, -1):
        aid = st.token_actor.get(k)
        if aid is not None and aid in st.ctx.actors and st.ctx.actors[aid].kind != "person":
            return st.doc[k]
    return None


def _resolve(st: ActorState, d: Desc) -> tuple[Actor, str] | None:
    """The one named person the description fits, with the rule that found them."""
    rw = role_words()
    persons = [a for a in st.ctx.actors.values() if a.kind == "person" and a.named and a.mentions
               and a.id != d.unnamed and not _bound(st, a, d)]
    if d.role == AGE:  # "the 67-year-old": the one person of that age, a captive too
        same = [a for a in persons if d.age in ages(st, a, _roots(st, a))]
        return (same[0], SAME_AGE) if len(same) == 1 else None
    persons = [a for a in persons if not _captive(st, a, rw)]
    if d.past:
        return _past_holder(st, d, persons)
    if not d.definite:
        if d.role in rw.no_cataphora or _speaks(st, d.tok):
            return None  # "a <party> official said": an anonymous source, not a person named next
        sents = list(st.doc.sents)
        si = next(k for k, s in enumerate(sents) if s.start <= d.tok.i < s.end)
        end = sents[min(si + rw.cataphora_sentences, len(sents) - 1)].end_char
        persons = [a for a in persons if d.tok.idx < min(m.start for m in a.mentions) < end]
    fits = [a for a in persons if _agrees(st, d, a)]
    evident = [a for a in fits if _has_title(st, a, rw.titles[d.role]) or _acts_role(st, a, rw.verbs[d.role])
               or (d.age is not None and d.age in ages(st, a, _roots(st, a)))]
    if len(evident) == 1:
        return evident[0], ROLE_HOLDER if d.definite else NAMED_AFTER
    if evident or not d.definite or not (d.states or d.orgs or d.non_state):
        return None
    untitled = [a for a in fits if len(a.name.split()) > 1 and not any(_has_title(st, a, t) for t in rw.titles.values())
                and not any(w in st.lx.gov_titles for x in [a.name, *a.descriptors] for w in _title_part(x, rw))]
    return (untitled[0], SOLE_PERSON) if len(untitled) == 1 else None


def _past_holder(st: ActorState, d: Desc, persons: list[Actor]) -> tuple[Actor, str] | None:
    """ "The former <demonym> leader said": the one person whose own title is a past one of the same class
    ("former <demonym> President X") and says the description's side words.

    Why: a report names "former President X" once and then calls them "the former leader"; the past word
    that keeps "the former envoy" apart from the envoy in office is the very word that ties it to X.
    Read as a new unnamed person it splits X in two (read reports, s43: the description became an actor of
    its own). The side must be written in the title itself, not guessed."""
    rw = role_words()
    fits = []
    for a in persons:
        titles = [_title_part(x, rw) for x in a.descriptors]
        past = [w for w in titles if set(w) & rw.past and any(" ".join(w[-n:]) in rw.titles[d.role]
                                                               for n in (1, 2, 3) if len(w) >= n)]
        if past and all(any(s in w for w in past) for s in d.side_words) and _agrees(st, d, a):
            fits.append(a)
    return (fits[0], PAST_HOLDER) if len(fits) == 1 else None


def _speaks(st: ActorState, tok: Token) -> bool:
    """Is the description the subject of a verb of speaking ("a diplomat said")?"""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in st.lx.speech_verbs


def _captive(st: ActorState, a: Actor, rw: RoleWords) -> bool:
    """Is the person held, freed or swapped ("the captured engineer X", "freed X", "the release of X")?"""
    if any(w in rw.captive for x in a.descriptors for w in fold(x).split()):
        return True
    pw = party_words()
    for root in _roots(st, a):
        near = [root, *([root.head] if root.dep_ == "appos" else []), *[c for c in root.children if c.dep_ == "appos"]]
        if any(t.lower_ in rw.captive for n in near for t in np_left(n)):
            return True
        if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in pw.captive_verbs:
            return True
        if root.dep_ == "pobj" and root.head.lower_ == st.lx.words.of and root.head.head.lemma_.lower() in pw.captive_nouns:
            return True
    return False


def _roots(st: ActorState, a: Actor) -> list[Token]:
    """The root tokens of the person's mentions."""
    spans = [st.doc.char_span(m.start, m.end, alignment_mode="expand") for m in a.mentions]
    return [sp.root for sp in spans if sp is not None and len(sp)]


def _bound(st: ActorState, a: Actor, d: Desc) -> bool:
    """A description and a name of one clause are two people: one, as subject, says or does what the
    other is named in ("The mediator said X was well", "X said he had met the Chilean leader"), or they
    are co-arguments of one verb ("X met the envoy")."""
    verb = clause_verb(d.tok)
    if verb is None:
        return False
    for root in _roots(st, a):
        v = clause_verb(root)
        if v is not None and (v.i == verb.i or _governs(d.tok, verb, root) or _governs(root, v, d.tok)):
            return True
    return False


def _governs(subj: Token, verb: Token, other: Token) -> bool:
    """Is ``subj`` the subject of ``verb`` and ``other`` inside what that verb says or does?"""
    return subj.dep_ in ("nsubj", "nsubjpass") and subj.head.i == verb.i and verb.is_ancestor(other)



def _chain(st: ActorState, a: Actor) -> list[str]:
    """The person's side and the side of that side ("BND" -> "Germany")."""
    out: list[str] = []
    aff = a.affiliation
    while aff is not None and aff not in out and aff in st.ctx.actors:
        out.append(aff)
        aff = st.ctx.actors[aff].affiliation
    return out


def _desc_states(st: ActorState, a: Actor) -> set[str]:
    """The states a person's descriptions name ("Germany's intelligence service", "Ostlandic envoy")."""
    out = set()
    for x in a.descriptors:
        for w in x.replace("’", "'").split():
            w = w.removesuffix("'s").strip(",.()")
            c = st.lx.demonym(w) or st.lx.country_name(w)
            if c is not None and c.name in st.state_ids:
                out.add(st.state_ids[c.name])
    return out


def _agrees(st: ActorState, d: Desc, a: Actor) -> bool:
    """Do the description's side words fit the person (stated side, nationality, government title)?"""
    want, have = _gender(st, {t.lower_ for t in d.words}), _person_gender(st, a)
    if want is not None and have is not None and want != have:
        return False  # "the spokeswoman" is no "Mr X"
    known = ages(st, a, _roots(st, a)) if d.age is not None else set()
    if known and d.age not in known:
        return False  # "the 45-year-old envoy" is not X, 67
    chain = _chain(st, a)
    stated = a.affiliation is not None and a.traced("affiliation") not in GUESSED
    named = _desc_states(st, a)
    titled = any(w in role_words().state_titles for x in a.descriptors for w in _title_part(x, role_words()))
    if d.non_state and (titled or (stated and any(st.ctx.actors[s].kind == "state" for s in chain[:1]))):
        return False
    for s in d.states if not d.non_state else set():
        if s not in chain and s not in named and (chain or named):  # a guessed side of another state too
            return False
    for o in d.orgs:
        org = st.ctx.actors[o]
        said = any(fold(n) in fold(x) for x in a.descriptors for n in [org.name, *org.aliases])
        if o not in chain and not said and (stated or titled):
            return False
    return True


def _gender(st: ActorState, words: set[str]) -> str | None:
    """'f' or 'm' when the words say it ("spokeswoman", "chairman", "Mrs")."""
    female, male = bool(words & st.lx.words.female_words), bool(words & st.lx.words.male_words)
    return "f" if female and not male else "m" if male and not female else None


def _person_gender(st: ActorState, a: Actor) -> str | None:
    """A person's gender from their titles, name forms ("Mr X") and a female given name; None if unsaid.
    (Not ``coref.gender``: that one caches per document, and this step still changes descriptors.)"""
    words = {w.lower().strip(".") for x in [*a.descriptors, *a.aliases, a.name] for w in x.split()}
    spans = [st.doc.char_span(m.start, m.end, alignment_mode="expand") for m in a.mentions]
    words |= {st.doc[sp.start - 1].lower_.strip(".") for sp in spans if sp is not None and sp.start > 0}  # "Mr X"
    return _gender(st, words) or ("f" if st.lx.is_female_name(a.name.split()[0]) else None)


def _title_part(desc: str, rw: RoleWords) -> list[str]:
    """The words of a description up to its first of-phrase or clause ("representative" of "a representative of X")."""
    out = []
    for w in fold(desc).replace(",", " , ").split():
        if w in rw.title_end:
            break
        out.append(w)
    return out


def _has_title(st: ActorState, a: Actor, titles: frozenset[str]) -> bool:
    """Does one of the person's descriptions end its title part with a title of the class, held now?"""
    rw = role_words()
    for x in a.descriptors:
        words = _title_part(x, rw)
        if set(words) & (rw.past | rw.second):
            continue
        if any(" ".join(words[-n:]) in titles for n in (1, 2, 3) if len(words) >= n):
            return True
    return False


def _acts_role(st: ActorState, a: Actor, verbs: frozenset[str]) -> bool:
    """Is the person the subject of the role's act ("X mediated", "X, who leads the Front", "X, an aide who
    negotiated ...")?"""
    if not verbs:
        return False
    for root in _roots(st, a):
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in verbs:
            return True
        near = [root, *[c for c in root.children if c.dep_ == "appos"]]  # "X, a diplomat who mediated ..."
        if any(c.dep_ == "relcl" and c.lemma_.lower() in verbs for n in near for c in n.children):
            return True
    return False


def _apply(st: ActorState, d: Desc, p: Actor, rule: str) -> None:
    """Make the description a mention and a descriptor of ``p``; an organisation it names is p's side if p has none."""
    owner = {x.i for t in d.words if t.dep_ == "poss" for x in t.subtree}  # "the Front's", "its": not the role
    text = clean(span_text(st.doc, [t for t in d.words if t.dep_ != "det" and t.i not in owner]))
    if d.unnamed is not None:
        u = st.ctx.actors[d.unnamed]
        if rule == PAST_HOLDER:
            for m in u.mentions:  # the claims stage reads the rule: the description is this person's (anonymous.py)
                m.rule = rule
        fold_description(st, u, p, rule, max(text, u.name, key=len))  # the fuller of the name made and the words
    else:
        first = d.words[0]
        st.add_mention(p.id, first.idx, d.tok.idx + len(d.tok.text), d.tok, rule)
        st.ctx.coref[d.tok.i] = p.id
        st.consumed.update(t.i for t in d.words)
        if text and fold(text) not in {fold(x) for x in p.descriptors}:
            st.add_descriptor(p, text, rule)
    st.ctx.trace(p, f"anaphor:{fold(text) or d.tok.lower_}", rule)
    orgs = [o for o in d.orgs if o in st.ctx.actors]
    if len(orgs) == 1 and (p.affiliation is None or p.traced("affiliation") in GUESSED):
        st.set_affiliation(p, orgs[0], rule)
