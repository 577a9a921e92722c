"""Specific unnamed collectives: "the rebels", "<State>'s insurgents", "the protesters" as parties of an act.

Why: the golds count every group a report makes a party of ("gunmen", "mediators", "hostages"), named or
not; a plural of an armed or crowd noun with no named movement to stand for ("met the rebels", "talks with
the insurgents", "the protesters rejected the offer") made no actor, so its act was lost too ("met the
rebels" gave no meet). Earlier attempts that made every armed plural a party added false actors on unseen
text (s40, argument_heads.left_to_others), so this rule asks for three kinds of evidence at once:

1. the head: a plural person noun of a group (``[specific_collectives] heads``, the armed person nouns of
   argument_heads.toml [armed_parties] and its person heads; no captive noun, left to the captives stage);
2. specificity: a definite, demonstrative or possessive determiner ("the rebels", "these guerrillas",
   "<State>'s rebels"); a bare plural is a kind here ("Insurgents later attacked": in the full suite a bare
   subject joined a named front); no quantifier ("some rebels"), no habit ("the rebels often kidnap ..."),
   no kind ("rebels in general"), never a modifier ("rebel-held");
3. a role: the noun (or the first conjunct it is listed with) is the subject or object of a trigger of
   data/frames.toml with a frame whose particle and preposition, if it asks for them, are there ("came
   into contact with tear gas" is no "come to"), or of a speech verb, or the object of a party
   preposition ("with", "between", "by", ...) hung on such a trigger (verb or event noun), or of
   "according to"; not inside the subject phrase of a speech verb ("those helping us in talks with the
   rebels said": the speaker is someone else), nor with a clause hung on it by the parse ("accused the
   rebels of laying mines": the verb's complement).

The description itself (its name, side and later mentions) is made by :mod:`.unnamed`; this module only
says yes where the old lists said no (a head they did not know, `never`, or `needs_modifier`).
Words: ``data/specific_groups.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.armed_parties import generic_use, words as armed_words
from backchannel.extract.interactions.lexicon import lexicon as frame_lexicon
from backchannel.resolve.lexicon import lexicon
from backchannel.syntax.phrases import np_left
from backchannel.syntax.tree import (
    MODIFIER_DEPS, NSUBJ_DEPS, PLURAL_TAGS, QUALIFYING_DEPS, SUBJ_DEPS, VERB_POS, coordination_head,
)

if TYPE_CHECKING:
    from backchannel.extract.actors.state import ActorState

FILE = "specific_groups.toml"
RULE = "actors.unnamed.specific_collective"
ALLEGIANCE = "actors.unnamed.allegiance_side"
OBJECTS = ("dobj", "dative")


@dataclass(frozen=True)
class Words:
    """``specific_groups.toml`` ``[specific_collectives]``."""

    heads: frozenset[str]
    determiners: frozenset[str]
    role_preps: frozenset[str]
    according: frozenset[str]
    habitual: frozenset[str]


@dataclass(frozen=True)
class Allegiance:
    """``specific_groups.toml`` ``[allegiance]``."""

    adjectives: frozenset[str]
    preps: frozenset[str]


# The rule's word lists, read and checked key by key.
words = loader(Words, FILE, "specific_collectives")


# The allegiance adjectives and their prepositions.
allegiance_words = loader(Allegiance, FILE, "allegiance")


@cache
def heads() -> frozenset[str]:
    """Every head the rule accepts: its own list and the armed person nouns (argument_heads.toml's person
    heads are parties in every argument slot already, and the claims stage keeps its people nouns); never
    a captive noun ("the hostages": the captives stage makes them, with no side) nor a role the unnamed
    step keeps for a description with a modifier ("the leaders", "the members": the named parties again)."""
    lx = lexicon()
    return (words().heads | armed_words().person) - lx.captive_nouns - lx.captive_bare


def is_trigger(word: Token) -> bool:
    """Is ``word`` a speech verb, or an act of data/frames.toml with a frame whose particle and
    preposition, if it asks for them, are there ("came into contact" is no "come to")?"""
    if _lemma(word) in lexicon().speech_verbs:
        return True
    kids = {c.lower_ for c in word.children if c.dep_ in ("prep", "prt", "agent")}
    return any((f.prep is None or f.prep in kids) and (f.prt is None or f.prt in kids)
               for f in frame_lexicon().frames.get(_lemma(word), []))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def specific_collective(st: ActorState, tok: Token) -> bool:
    """Is the plural ``tok`` a specific group that is a party of an act or a speaker (see the module)?"""
    if tok.tag_ not in PLURAL_TAGS or tok.pos_ != "NOUN" or not ({_lemma(tok), tok.lower_} & heads()):
        return False
    if tok.dep_ in MODIFIER_DEPS or tok.dep_ in QUALIFYING_DEPS or generic_use(tok):
        return False
    if tok.i in st.consumed or tok.i in st.token_actor or st.is_excluded(tok.idx, tok.idx + len(tok.text)):
        return False
    mods = [t for t in np_left(tok) if t.i != tok.i]
    if any(t.lower_ in st.lx.generic or t.lower_ in st.lx.inert for t in mods):
        return False  # "some rebels", "all protesters", "the dead militants"
    if any(t.dep_ != "poss" and (t.i in st.token_actor or t.pos_ == "PROPN") for t in mods):
        return False  # "the <Name> rebels": the name's (actors.names, the interactions' fallbacks)
    first = coordination_head(tok)
    trigger = role_trigger(first)
    if trigger is None or habitual(trigger) or in_speaker_phrase(first) or any(
            c.dep_ == "prep" and any(x.dep_ == "pcomp" for x in c.children) for c in tok.children):
        return False
    return determined(tok, mods)


def in_speaker_phrase(arg: Token) -> bool:
    """Is ``arg`` inside (not the head of) the subject phrase of a speech verb, or before a speech verb the
    parse left with no subject ("those helping us in talks with the rebels said", read as a clause of
    "said": the claims stage would take the nearest actor before it as the speaker)?"""
    speech = lexicon().speech_verbs
    if any(a.dep_ == "nsubj" and _lemma(a.head) in speech for a in arg.ancestors):
        return True
    nxt = next((t for t in arg.doc[arg.i + 1:arg.sent.end] if t.pos_ == "VERB" and _lemma(t) in speech), None)
    return nxt is not None and nxt.is_ancestor(arg) and not any(
        c.dep_ in NSUBJ_DEPS for c in nxt.children)


def determined(tok: Token, mods: list[Token]) -> bool:
    """A definite, demonstrative or possessive description ("the rebels", "their captors", "<State>'s
    rebels")."""
    w = words()
    return any(t.lower_ in w.determiners and t.dep_ == "det" or t.tag_ == "PRP$" or t.dep_ == "poss" for t in mods)


def role_trigger(arg: Token) -> Token | None:
    """The act or speech word ``arg`` is a party of: the verb it is subject or object of (or a verb that
    verb controls: "the rebels agreed to free ...", "wanted to meet the rebels"), the trigger a party
    preposition hangs on ("talks with the rebels", "freed by the insurgents"), or "according to"."""
    w = words()
    if arg.dep_ in NSUBJ_DEPS or arg.dep_ in OBJECTS:
        v = arg.head
        if arg.dep_ in OBJECTS and told_subject(arg, v):
            return None
        if is_trigger(v) or any(c.dep_ == "xcomp" and is_trigger(c) for c in v.children):
            return v
        return None
    if arg.dep_ == "pobj":
        prep = arg.head
        if f"{prep.head.lower_} {prep.lower_}" in w.according:
            return prep.head
        if prep.dep_ in ("prep", "agent") and prep.lower_ in w.role_preps and is_trigger(prep.head):
            return prep.head
    return None


def told_subject(arg: Token, verb: Token) -> bool:
    """Is the object of a speech verb the subject of the clause it tells, misread as the addressee ("Anna
    Berg warned the rebels would attack": the rebels are told of, not told)? A clause after the object
    with no subject of its own. Not an infinitive ("warned the rebels to leave": the rebels are told)."""
    return _lemma(verb) in lexicon().speech_verbs and any(
        c.dep_ == "ccomp" and c.i > arg.i and not any(x.dep_ in SUBJ_DEPS for x in c.children)
        for c in verb.children)


def habitual(trigger: Token) -> bool:
    """Does an adverb make the trigger's clause a habit ("rebels often kidnap ...")?"""
    verb = trigger if trigger.pos_ in VERB_POS else trigger.head
    return any(c.dep_ == "advmod" and c.lower_ in words().habitual for c in verb.children)


def allegiance_side(st: ActorState, tok: Token) -> str | None:
    """The actor a group is loyal to ("rebels loyal to <Name>", "militias allied with <State>"): the
    object of an allegiance adjective's preposition right on the head (a group keeps a person it serves
    as its side, as ``actors.staff.served_person_side`` does for "supporters of X")."""
    w = allegiance_words()
    for adj in tok.children:
        if adj.dep_ != "amod" or adj.i < tok.i or adj.lower_ not in w.adjectives:
            continue
        for prep in adj.children:
            if prep.dep_ != "prep" or prep.lower_ not in w.preps:
                continue
            for obj in prep.children:
                aid = st.token_actor.get(obj.i) if obj.dep_ == "pobj" else None
                if aid is not None:
                    return aid
    return None
