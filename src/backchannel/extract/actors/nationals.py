"""A private person named by nationality and a noun: "a Vesterland man", "their Norland driver".

Why: reports name people they do not name otherwise by where they are from and what they are ("a
Lorvian engineer and a Norland man were freed", "the Vesterland woman who filmed the handover", "a
Norland national was swapped for two prisoners"). Such a person is an actor of the
story (freed, exchanged, a witness), and no agent of the state the nationality names: the person
takes no side, and the demonym alone makes no state actor (``private_heads`` of
data/actors_words.toml). The nouns are those of ``data/nationals.toml``; a state's agents ("a Norland
official") are left to the unnamed rules, and a phrase another rule took stays theirs.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.resolve.records import Country
from backchannel.syntax.tree import coordination_head

RULE = "actors.nationals.national_person"
FILE = "nationals.toml"


@dataclass(frozen=True)
class NationalWords:
    person_nouns: frozenset[str]
    generic_nouns: frozenset[str]
    partitives: frozenset[str]
    act_nouns: frozenset[str]
    agent_prep: str
    determiners: frozenset[str]
    male_nouns: frozenset[str]
    female_nouns: frozenset[str]
    new_determiners: frozenset[str]
    hyphens: frozenset[str]


# The words of ``data/nationals.toml``.
words = loader(NationalWords, FILE)


def national_persons(st: ActorState) -> None:
    """One unnamed person per nationality: a "<demonym> <noun>" phrase (a singular noun of
    ``person_nouns`` right after a one-word demonym, the phrase opened by an article or a possessive),
    named by its first two words; a later phrase of the same nationality with the same noun, or where
    either noun is generic ("the Lorvian citizen" after "a Lorvian national"), is the same person, its
    words an alias; "an Iranian engineer and an Iranian assassin" are two, and so are "a Lorvian man" and
    "a Lorvian woman", or "another Lorvian man" after one. "The Lorvian engineer" after the report's one
    named person, with no such phrase before, is that person (``_the_named``)."""
    made: dict[str, list[tuple[str, str]]] = {}  # the demonym's country -> its persons and their nouns
    for tok in st.doc:
        dem = _demonym_before(st, tok)
        if dem is None or _describes_another(st, tok):
            continue
        name = f"{dem.text} {tok.text}"
        country = st.lx.demonym(dem.text)
        key = country.name if country is not None else fold(dem.text)
        noun = tok.lemma_.lower()
        det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
        fresh = det is not None and det.lower_ in words().new_determiners
        aid = None if fresh else next((a for a, n in made.get(key, []) if _same_person_nouns(n, noun)), None)
        if aid is None and not fresh and not made.get(key) and det is not None \
                and det.lower_ == st.lx.words.definite_article and _the_named(st, dem, tok):
            continue
        if aid is None and not _party_slot(st, tok):
            continue  # (a new person only where they act or undergo; a later mention anywhere)
        if aid is None:
            aid = st.ctx.new_actor_id(name)
            st.ctx.add_actor(Actor(id=aid, name=name, kind="person", named=False), RULE)
            made.setdefault(key, []).append((aid, noun))
        else:
            st.add_alias(aid, name, RULE)
        _take_phrase(st, aid, dem, tok)
    _citizens_of(st, _national_persons(st))


def _take_phrase(st: ActorState, aid: str, dem: Token, tok: Token) -> None:
    """The "<demonym> <noun>" phrase as a mention of ``aid``: its head stands for the actor (for the acts
    and for coreference) and neither word is read again by a later rule."""
    st.add_mention(aid, dem.idx, tok.idx + len(tok.text), tok, RULE)
    st.token_actor[tok.i] = aid
    st.ctx.coref[tok.i] = aid
    st.consumed.update((dem.i, tok.i))


def _same_person_nouns(a: str, b: str) -> bool:
    """May two nouns of one nationality name one person: the same noun, or a generic one with a noun
    of the same gender or of none ("national" and "woman"; not "man" and "woman")?"""
    w = words()
    if a == b:
        return True
    if not {a, b} & w.generic_nouns:
        return False
    return not ({a, b} & w.male_nouns and {a, b} & w.female_nouns)


def _the_named(st: ActorState, dem: Token, tok: Token) -> bool:
    """ "Ola Brandt was freed ... The Lorvian engineer thanked X": the definite phrase is the report's
    one named person mentioned before it (of no other side), who takes the phrase as a mention."""
    persons = [a for a in st.ctx.actors.values() if a.kind == "person" and a.named and a.mentions
               and min(m.start for m in a.mentions) < dem.idx]
    if len(persons) != 1 or persons[0].affiliation is not None:
        return False
    _take_phrase(st, persons[0].id, dem, tok)
    return True


def _national_persons(st: ActorState) -> dict[str, str]:
    """The one unnamed "<demonym> <noun>" person of each country (this rule's or a captive rule's)."""
    found: dict[str, set[str]] = {}
    for a in st.ctx.actors.values():
        parts = a.name.split()
        country = st.lx.demonym(parts[0]) if a.kind == "person" and not a.named and len(parts) == 2 else None
        if country is not None and parts[1].lower() in words().person_nouns:
            found.setdefault(country.name, set()).add(a.id)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _citizens_of(st: ActorState, persons: dict[str, str]) -> None:
    """ "one of Lorvia's citizens", "one of the citizens of Lorvia", "this citizen of Lorvia": the
    report's one national person of that country ("a Lorvian national"), never a new one."""
    doc, gen = st.doc, words().generic_nouns
    for tok in doc:
        if tok.lemma_.lower() not in gen or tok.i in st.token_actor or tok.i in st.consumed:
            continue
        country = _country_of(st, tok)
        aid = persons.get(country.name) if country is not None else None
        if aid is None:
            continue
        one = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == st.lx.words.of else None
        partitive = one is not None and one.lower_ in words().partitives and tok.tag_ == "NNS"
        if not partitive and tok.tag_ != "NN":
            continue
        start = one.i if partitive and one is not None else tok.i
        end = max([tok.i, *[t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == st.lx.words.of
                            for t in c.subtree]])  # (not a relative clause after it)
        s, e = doc[start].idx, doc[end].idx + len(doc[end].text)
        st.add_alias(aid, st.text[s:e], RULE)
        st.add_mention(aid, s, e, tok, RULE)
        st.token_actor[tok.i] = aid
        st.consumed.add(tok.i)


def _country_of(st: ActorState, tok: Token) -> Country | None:
    """The country a citizen noun belongs to: its possessor ("Lorvia's citizens") or its "of" object
    ("citizens of the Lorvian Republic"), read as a whole entity where the tagger made one."""
    for c in tok.children:
        if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == st.lx.words.of:
            target = c if c.dep_ == "poss" else next((g for g in c.children if g.dep_ == "pobj"), None)
            if target is None:
                continue
            ent = next((e for e in st.doc.ents if e.start <= target.i < e.end), None)
            country = st.lx.country(ent.text) if ent is not None else None
            return country or st.lx.country(target.text)
    return None


def _party_slot(st: ActorState, tok: Token) -> bool:
    """Does the person do or undergo something: a verb's subject or object (or conjoined with one), the
    agent after "by", or the object of an act noun ("the release of a Lorvian national")? Named only in
    another noun's complement ("a request for a Lorvian engineer") the person is background."""
    tok = coordination_head(tok)
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
        return True
    if tok.dep_ != "pobj":
        return False
    prep, owner = tok.head, tok.head.head
    return prep.lower_ == words().agent_prep or prep.lower_ == st.lx.words.of \
        and owner.lemma_.lower() in words().act_nouns


def _describes_another(st: ActorState, tok: Token) -> bool:
    """Is the phrase said of someone else: apposed ("X, an Israeli academic"), a predicate ("her sister
    is an American citizen", "as a Norland national"), or a hyphened nationality ("a Russian-Israeli
    researcher": a description, never a person of its own)?"""
    doc = st.doc
    dem = doc[tok.i - 1]
    if dem.i > 0 and (doc[dem.i - 1].text in words().hyphens or st.lx.demonym(doc[dem.i - 1].text)) \
            or tok.dep_ in ("appos", "attr", "oprd"):
        return True
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper():
        return True  # "the Israeli researcher Ola Brandt": a title before a name
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].ent_type_ == "PERSON":
        return True  # "The Lorvian engineer, Ola Brandt, was freed": the name after it is the person
    if tok.dep_ == "pobj" and tok.head.lower_ == st.lx.words.as_:
        return True
    first = min([tok.i, *[c.i for c in tok.children if c.i < tok.i]])
    return first >= 2 and doc[first - 1].text == "," and doc[first - 2].i in st.token_actor \
        and doc[first - 2].ent_type_ == "PERSON"


def _demonym_before(st: ActorState, tok: Token) -> Token | None:
    """The demonym right before ``tok`` when the phrase is a private person's ("a Vesterland man")."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in words().person_nouns or tok.i == 0 \
            or tok.i in st.token_actor or tok.i in st.consumed:
        return None
    dem = st.doc[tok.i - 1]
    if dem.head.i != tok.i or dem.i in st.token_actor and st.ctx.actors.get(st.token_actor[dem.i]) is not None \
            and st.ctx.actors[st.token_actor[dem.i]].kind != "state" or st.lx.demonym(dem.text) is None:
        return None
    opener = [c for c in tok.children if c.i < dem.i and c.dep_ in ("det", "poss")]
    if not opener or opener[0].lower_ not in words().determiners and opener[0].tag_ != "PRP$":
        return None
    return dem
