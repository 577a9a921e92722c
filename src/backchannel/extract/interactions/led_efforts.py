"""Who leads a mediation or a mediating effort: "a mediation led by X", "an effort spearheaded by X that
freed the prisoners" (s47-acts).

Why apart: the mediation frame reads its mediator from a possessor, a modifier or a by- or of-phrase on
the noun; a reduced participle of leading ("led by X", "spearheaded by X") hangs the mediator one step
lower, on the participle's agent, where no spec looked. The census of missed acts (s47) found such
mediations by leaders, with no act read, in the read clusters. An effort is a mediation only when it is
marked one (a modifier of mediation, or a verb of freeing or brokering that the effort did or aimed at:
data/led_efforts.toml); "the war effort led by X" is no mediation. The sides it stands between are the
frame's own (between-phrase or the story's pair). Review s47 (R7): a humanitarian effort (aid, food) is no
mediation, so "humanitarian" marks none; a leader who is one of the story's two sides mediates nothing
(expand.py drops the act: "a diplomatic effort led by A" between A and B is A's own effort); each
coordinated leader mediates ("a mediation led by X and Y").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import PAIR, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.tree import conjuncts, prep_objects

EFFORT_LEADER = "interactions.led_efforts.effort_leader"
FILE = "led_efforts.toml"


@dataclass(frozen=True)
class LedWords:
    """The words of data/led_efforts.toml."""

    led_participles: frozenset[str]
    mediation_nouns: frozenset[str]
    effort_nouns: frozenset[str]
    effort_markers: frozenset[str]
    effort_verbs: frozenset[str]


led_words = loader(LedWords, FILE)


def _marker(tok: Token) -> bool:
    """A modifier that marks the effort a mediation ("a diplomatic effort", "mediation efforts")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in led_words().effort_markers for c in tok.children)


def _marked_effort(tok: Token) -> bool:
    """An effort noun told as a mediation: a marker modifier, or a verb of freeing or brokering in a
    relative clause or an infinitive on it (or on its leading participle)."""
    w = led_words()
    if _marker(tok):
        return True
    heads = [tok] + [c for c in tok.children if c.dep_ == "acl"]
    return any(c.dep_ in ("relcl", "acl", "xcomp") and c.lemma_.lower() in w.effort_verbs
               for h in heads for c in h.children if c.i != tok.i)


def _between(tok: Token) -> list[Token]:
    """The objects of a between-phrase on the noun or on its participle of leading ("an effort led by X
    between A and B": the parser hangs it on either)."""
    led = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in led_words().led_participles]
    return [o for h in [tok] + led for o in prep_objects(h, "between")]


def effort_leader(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule EFFORT_LEADER: the agent of a participle of leading on a mediation noun, or on an effort noun
    marked a mediation ("a mediation led by X", "a diplomatic push spearheaded by X") -> X."""
    w = led_words()
    lemma = tok.lemma_.lower()
    if lemma not in w.mediation_nouns and not (lemma in w.effort_nouns and _marked_effort(tok)):
        return []
    if lemma not in w.mediation_nouns and not _marker(tok) and not _between(tok):
        return []  # marked only by what it freed: no sides of its own, and the story's may be wider
    out = [a for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in w.led_participles
           for g in c.children if g.dep_ == "agent" for x in g.children if x.dep_ == "pobj"
           for y in conjuncts(x) for a in d.actors(y)]  # "led by X and Y": both (review s47 R7)
    if out:
        raw.trace["source"] = EFFORT_LEADER
    return list(dict.fromkeys(out))


def led_sides(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """The sides an effort's leader stands between (only when rule EFFORT_LEADER gave the source): the
    noun's between-phrase, else the story's two sides (an effort marked only by what it freed, "an effort led
    by X that freed 250 prisoners", needs its between-phrase: it may be one of several releases of a wider
    story, census s47)."""
    if raw.trace.get("source") != EFFORT_LEADER:
        return []
    between = [a for o in _between(tok) for a in d.actors(o)]
    return list(dict.fromkeys(between)) or [PAIR]


LED_SPECS = {"effort_leader": effort_leader, "led_sides": led_sides}
