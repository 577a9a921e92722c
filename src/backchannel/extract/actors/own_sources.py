"""The publisher named as the addressee of its own anonymous sources (s45-actors).

Why: reports vouch for a source they do not name by naming themselves as the one told ("two officials
familiar with the talks told <Outlet>", "a source revealed to <Outlet>"); a third party's anonymous source is
cited with "according to" or "reported" instead. The golds never keep the publishing outlet as an actor, and
the tagger made one of it in 4 of the 15 read stories the s45 census counted (docs/dev/actors-census-s45.md).
A named speaker telling an outlet ("the minister told <Outlet>") is left alone: another outlet's interview is a
party of the story (the dev gold keeps one). Language data: ``data/own_sources.toml``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Span, Token

from backchannel.data_loader import loader
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

LOG = logging.getLogger(__name__)
FILE = "own_sources.toml"
RULE = "actors.own_sources.anonymous_addressee"
SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class OwnSourceWords:
    """The word lists of ``own_sources.toml``."""

    object_verbs: frozenset[str]
    to_verbs: frozenset[str]
    to_prepositions: frozenset[str]
    source_nouns: frozenset[str]
    addressee_labels: frozenset[str]
    outlet_verbs: frozenset[str]


# The lists, read and checked key by key.
words = loader(OwnSourceWords, FILE, "own_sources")


def own_source_outlets(st: ActorState) -> None:
    """Remember the addressee of every anonymous telling as the outlet (never an actor, here or elsewhere)."""
    w = words()
    known = set(st.outlets)  # credited elsewhere: an outlet told by a source is the one the report rewrites
    for verb in st.doc:
        if verb.pos_ not in ("VERB", "AUX") or not _anonymous_subject(st, verb, w):
            continue
        for person in _addressees(verb, w):
            name = _name_of(person, w)
            if name is not None and not st.lx.country(name.text) and not st.lx.capital(name.text) \
                    and (not known or fold(_bare(name)) in known) \
                    and not _person_name(st, name) \
                    and not _object_elsewhere(name, w) \
                    and (_outlet_word(st, name) or not _acts_elsewhere(st, name, w)):
                st.outlets.add(fold(_bare(name)))
                LOG.debug("%s: %r", RULE, name.text)  # no item carries the id: the log shows where it fired


def _anonymous_subject(st: ActorState, verb: Token, w: OwnSourceWords) -> bool:
    """Whether the verb's subject and each of its conjuncts is a source noun with no name in its phrase, nor a
    party's or a state's name on it ("a <Side> negotiator told X" is a party telling a party, not the outlet's
    own unnamed source)."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN"):
        subj = verb.head  # "A source close to X revealed to Y that ...": the parser hung the verb on its subject
    elif subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subj = verb.head  # "an official who spoke to Y": the relative pronoun stands for the noun
    if subj is None or subj.i > verb.i or subj.i < _segment_start(verb):
        return _anonymous_tail(verb, w)
    heads = [subj, *subj.conjuncts]
    return all(h.pos_ == "NOUN" and h.lemma_.lower() in w.source_nouns and not _named(h) and not _sided(st, h)
               for h in heads)


def _sided(st: ActorState, head: Token) -> bool:
    """A state's or a named party's name on the source noun ("an Ostland source", "a Front official", "Kessel's
    envoy"): the source speaks for a side of the story, so the one it told is no publisher vouching for it. A
    nationality ("a Lebanese security source", "a European diplomat") is how outlets veil their own sources,
    and stays anonymous."""
    for c in head.children:
        if c.dep_ not in ("compound", "poss") or st.lx.demonym(c.text) or c.ent_type_ == "NORP":
            continue
        if st.lx.country(c.text) or st.lx.capital(c.text):
            return True
        if c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL") \
                and (c.ent_type_ or c.is_title):
            return True  # (untagged: "a Front official", a party's short name the tagger left bare)
    return False


def _segment_start(verb: Token) -> int:
    """The first token after the last comma or quotation mark before the verb in its sentence."""
    start = verb.sent.start
    for t in verb.sent:
        if t.i >= verb.i:
            break
        if t.text in (",", "\u201d", '"', ";"):
            start = t.i + 1
    return start


def _anonymous_tail(verb: Token, w: OwnSourceWords) -> bool:
    """ "..., one official and three people briefed on the process told <Outlet>." parsed with the content's noun
    as the subject: the words between the last comma and the verb are the speaker, read off the words (a source
    noun among them, no name, no pronoun)."""
    seg = verb.doc[_segment_start(verb):verb.i]
    if not seg or verb.i - seg.start > 12:
        return False
    if any(t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PRON" for t in seg):
        return False
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in w.source_nouns for t in seg)


def _named(head: Token) -> bool:
    """A proper name hung on the head ("Jo Lee, a senior official"; "an official, Jo Lee,"): not anonymous."""
    return head.ent_type_ == "PERSON" or any(
        c.dep_ in ("appos", "compound", "poss") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in head.children)


def _addressees(verb: Token, w: OwnSourceWords) -> list[Token]:
    """The addressee heads: the object of "tell", the object of "to" after the other verbs of telling."""
    lemma = verb.lemma_.lower()
    if lemma in w.object_verbs:
        return [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
    if lemma in w.to_verbs:
        return [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in w.to_prepositions
                for g in c.children if g.dep_ == "pobj"]
    return []


def _outlet_word(st: ActorState, name: Span) -> bool:
    """A word of outlets' names in the name ("<Place> Times", "<Place> Daily News")."""
    return any(t.lower_ in st.lx.words.outlet_name_words for t in name)


def _acts_elsewhere(st: ActorState, name: Span, w: OwnSourceWords) -> bool:
    """Whether a mention of the same name is the subject of a verb no outlet is the subject of ("the <Front>
    denied it"): then the name is a party the source spoke to, not the publisher."""
    key = fold(_bare(name))
    for ent in st.doc.ents:
        if fold(_bare(ent)) != key:
            continue
        root = ent.root
        if root.dep_ in SUBJECTS and root.head.lemma_.lower() not in w.outlet_verbs:
            return True
    return False


def _person_name(st: ActorState, name: Span) -> bool:
    """A person-tagged name that opens with a known first name and has no outlet word and is no wire agency
    ("told Anna Berg"): a person the source spoke to. The tagger also tags short outlet names as persons
    ("Kestrel Wire"), so the tag alone does not decide."""
    return name.label_ == "PERSON" and not _outlet_word(st, name) and _bare(name) not in st.lx.agencies \
        and st.lx.is_first_name(name[0].text)


def _object_elsewhere(name: Span, w: OwnSourceWords) -> bool:
    """Whether another mention of the name is the object of a verb other than one of telling ("Ostland urged
    the <Front>", "Ostland thanked <Name>") or a conjunct of a subject ("Ostland and the <Front> met"): a party
    of the story, never the publisher."""
    key = fold(_bare(name))
    for ent in name.doc.ents:
        if ent.start == name.start or fold(_bare(ent)) != key:
            continue
        root = ent.root
        if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() not in w.object_verbs \
                and root.head.lemma_.lower() not in w.outlet_verbs:
            return True
        if root.dep_ == "conj" and root.head.dep_ in SUBJECTS:
            return True
    return False


def _bare(name: Span) -> str:
    """The name without a leading article ("The <Place> Times" is the actor "<Place> Times")."""
    return name[1:].text if len(name) > 1 and name[0].pos_ == "DET" else name.text


def _name_of(tok: Token, w: OwnSourceWords) -> Span | None:
    """The entity of a proper-noun addressee ("The <Place> Times", "<Wire> Presse-Agentur"), if it has one."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in w.addressee_labels:
        return None
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
