"""Unnamed parties headed by a general noun of people or bodies that takes part in a clause.

Why: the role heads of ``actors.toml`` [unnamed] (official, source, mediator, delegation) are the words of
negotiation reports; a story's other parties are written with everyday English nouns ("armed groups
proliferated", "talks between employers and workers", "freed by local elders", "an international
verification commission"). The census of s40 found these the largest class of missed actors (62 of 164
over 43 read reports, every set). Such a noun is a party only where it is an argument of a clause
(subject, object, agent or a preposition's object), not a modifier, an attribute or a title; a head that
alone points back at a named body ("the group", "its wing") needs a word that says which. Word lists:
``data/argument_heads.toml``. The description itself (its span, side and later mentions) is made by
:mod:`.unnamed` like any other role head.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import loader, read, word_list
from backchannel.resolve.lexicon import lexicon
from backchannel.syntax.tree import PLURAL_TAGS, coordination_head

FILE = "argument_heads.toml"
CLAIMS_FILE = "claims_words.toml"
RULE = "actors.unnamed.argument_noun"
OF = "of"  # the preposition of a partitive
OWNER_ENTS = ("ORG", "GPE", "NORP")  # named owners of a body ("the Front's wing"); not a person ("Khazali's followers")


@dataclass(frozen=True)
class Words:
    """``argument_heads.toml`` ``[argument_heads]``."""

    person: frozenset[str]
    group: frozenset[str]
    anaphoric: frozenset[str]
    plural_only: frozenset[str]
    argument_deps: frozenset[str]
    quantity_heads: frozenset[str]
    specifying_preps: frozenset[str]
    content_deps: frozenset[str]


@cache
def people_heads() -> frozenset[str]:
    """The people nouns the claims stage makes speakers of (``claims_words.toml`` [people_heads])."""
    return frozenset(word_list(CLAIMS_FILE, "people_heads.words", read(CLAIMS_FILE)["people_heads"]["words"]))


# The module's word lists, read and checked key by key.
words = loader(Words, FILE, "argument_heads")


def argument_kind(tok: Token) -> str | None:
    """"person" or "group" when ``tok`` heads an unnamed party under this rule, else None.

    A person noun counts in the plural only ("separatists declared", not "a farmer said"); a body noun in
    either number (one of ``plural_only`` in the plural: "armed groups", not "the militant group"), but one of ``anaphoric`` ("the group", "its wing") only with a word that says which
    ("armed groups", "the verification commission") or a prepositional phrase of its own.
    """
    w = words()
    lemma, low = tok.lemma_.lower(), tok.lower_
    if lemma in w.person or low in w.person:
        kind = "person" if tok.tag_ in PLURAL_TAGS else None
    elif lemma in w.group or low in w.group:
        kind = "group" if tok.tag_ in PLURAL_TAGS or not (lemma in w.plural_only or low in w.plural_only) else None
    else:
        return None
    if kind is None or not is_argument(tok) or left_to_others(tok):
        return None
    if (lemma in w.anaphoric or low in w.anaphoric) and not specified(tok):
        return None
    return kind


def is_argument(tok: Token) -> bool:
    """Is ``tok`` (or the first conjunct it is coordinated with) an argument of a clause, and not one the
    claims stage names? Not a people noun of the claims stage (claims_words.toml [people_heads]) that is
    the subject of a speech verb ("two farmers from the valley said": that stage makes the speaker, keeping
    its count; "UN staff said" stays here), nor the object of a partitive subject ("a host of rebel groups
    withdrew, accusing ...": the claims stage names the whole phrase; "handed over a number of X's followers"
    stays here, as the golds name such a group "X's followers")."""
    w = words()
    t = coordination_head(tok)
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in lexicon().speech_verbs and tok.lemma_.lower() in people_heads():
        return False
    q = t.head.head
    if t.dep_ == "pobj" and t.head.lower_ == OF and q.lemma_.lower() in w.quantity_heads and q.dep_ == "nsubj":
        return False
    return t.dep_ in w.argument_deps


def specified(tok: Token) -> bool:
    """Does a word of its own say which body ``tok`` is ("armed groups", "a group of elders"; not a place,
    "a newspaper in <city>")?"""
    w = words()
    return any(c.dep_ in w.content_deps or c.dep_ == "prep" and c.lower_ in w.specifying_preps for c in tok.children)


def listed_with_party(tok: Token) -> bool:
    """Is the conjunct ``tok`` listed with a party rather than in a generic list ("governments and
    intermediaries")? Its first conjunct heads a party under this rule ("employers and workers") or is an
    institution ("the government and armed groups", "the government and top <demonym> leaders")."""
    head = tok.head
    return argument_kind(head) is not None or head.lemma_.lower() in lexicon().institutions



def left_to_others(tok: Token) -> bool:
    """Is ``tok`` a noun other stages read? A captive noun ("aid workers", "sailors": the captives stage makes
    the group when it is held or freed), a person noun of armed groups (``definite_org_heads``: "the
    guerrillas" is a named movement again, actors.definite; its body nouns, "armed groups", stay here), an
    outlet's noun after its name ("The <Name> newspaper said"), or a body owned by a named party ("the
    Front's armed wing", "the Front's negotiating committee": a part of it, whose members are on its side,
    actors.members). (s40: making the armed person nouns here too, "talks with terrorists", gained three
    read actors and lowered held-aside rows: dropped.)"""
    lx = lexicon()
    lemma, low = tok.lemma_.lower(), tok.lower_
    if {lemma, low} & (lx.captive_nouns | (lx.definite_org_heads - words().group)):
        return True
    if {lemma, low} & lx.words.media_lemmas and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return True  # "The <Name> newspaper said": the named outlet's noun (actors.names)
    return any(c.dep_ == "poss" and (c.ent_type_ in OWNER_ENTS) for c in tok.children)


def cut_listed_modifier(left: list[Token]) -> list[Token]:
    """The words of a description after a party coordinated before it as a modifier: the parser reads
    "the government and NHS unions", "the cabinet and opposition lawmakers" as one noun with two premodifiers;
    the first is an institution or a role noun of its own, so the description is "NHS unions". The head
    itself is never cut ("army" heads "Chilean army and police" as its own description; review s40
    finding 5)."""
    lx = lexicon()
    for t in left[:-1]:
        lemma = t.lemma_.lower()
        if t.dep_ in ("nmod", "compound") and any(c.dep_ == "cc" for c in t.children) and (
                lemma in lx.institutions or lemma in lx.unnamed_person or lemma in lx.unnamed_group):
            cc = max(c.i for c in t.children if c.dep_ == "cc")
            return [x for x in left if x.i > cc]
    return left


def shared_demonyms(whole: list[Token], cut: list[Token]) -> list[Token]:
    """The demonyms ``cut_listed_modifier`` cut off with the listed party: they modify both conjuncts
    ("Chilean army and police chiefs": Chilean police chiefs, of Chile's side) and stay the
    description's modifiers, though no word of its name (review s40 finding 5)."""
    if not cut or len(cut) == len(whole):
        return []
    lx = lexicon()
    return [x for x in whole if x.i < cut[0].i and x.dep_ == "amod"
            and (x.ent_type_ == "NORP" or lx.demonym(x.text) is not None)]
