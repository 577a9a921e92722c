"""A war told as a state its subject is in: "A and B have been at war since 2019", "A is locked in a
conflict with B" (s47-acts).

Why apart: the war frames read a war told as a thing waged ("X waged a war against Y", "the war between
A and B"), whose sides are its possessor, its support verb's subject or its between-phrase. News text just
as often puts the sides in the state of war: the war noun is the object of "at" or "in" on a verb of being
("is at war", "remained at war", "locked / embroiled / mired in a conflict"), and its sides are that verb's
subject and its with-phrase. The read golds record each side attacking the other (census s47: the missed
attacks of wars told this way). A fronted "at war" set off by commas ("A and B, at war since 2020,
signed ...") describes the clause's subject the same way. Only the state verbs of data/war_states.toml
count: "A was killed in the war", "B signed a deal in the conflict" tell another act set in the war.

Review s47 (R5, R6, R12): "conflict" under a plain verb of being ("A is in conflict with B over the dam",
"A remains in conflict with B") is a dispute, so plain being takes only "war" (`plain_verbs`, `plain_nouns`);
a feud with a body of civil life ("at war with the parliament / the central bank / the press",
`civil_bodies`) is no war; "no longer at war" tells a war that ended (negated, rule STATE_ENDED); each
conjunct of the with-phrase is a side ("at war with A and B").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.inherit import named_head
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import NOUN_POS, RELATIVE_PRONOUNS, VERB_POS, child, conjuncts, prep_objects

STATE_SIDES = "interactions.war_states.state_sides"
STATE_PARTNER = "interactions.war_states.state_partner"
STATE_ENDED = "interactions.war_states.state_ended"
FILE = "war_states.toml"


@dataclass(frozen=True)
class WarStateWords:
    """The words of data/war_states.toml."""

    at_preps: frozenset[str]
    at_nouns: frozenset[str]
    in_preps: frozenset[str]
    in_nouns: frozenset[str]
    state_verbs: frozenset[str]
    partner_preps: frozenset[str]
    plain_verbs: frozenset[str]
    plain_nouns: frozenset[str]
    civil_bodies: frozenset[str]
    ended_adverbs: frozenset[str]


war_state_words = loader(WarStateWords, FILE)


def _state_verb(tok: Token) -> tuple[Token, bool] | None:
    """(the verb that holds the subject in the state, whether it is a fronted parenthetical) for a war
    noun that is the object of a state preposition; None for any other use of the noun."""
    w = war_state_words()
    p = tok.head
    if tok.dep_ != "pobj" or p.dep_ != "prep":
        return None
    lemma, prep = tok.lemma_.lower(), p.lower_
    if not ((prep in w.at_preps and lemma in w.at_nouns) or (prep in w.in_preps and lemma in w.in_nouns)):
        return None
    v = p.head
    if v.lemma_.lower() in w.plain_verbs and lemma not in w.plain_nouns:
        return None  # "A is in conflict with B over the dam": a dispute, not a war (review s47 R5)
    if v.lemma_.lower() in w.state_verbs and (v.pos_ in VERB_POS or v.dep_ == "acomp"):
        return v, False
    before = p.doc[p.i - 1] if p.i > 0 else None
    if prep in w.at_preps and before is not None and before.is_punct and before.i != v.i and (
            v.pos_ in VERB_POS and before.i < v.i or v.pos_ in NOUN_POS and v.i < before.i):
        return v, True  # "A and B, at war since 2020, signed ...": said of the clause's subject (or the noun)
    return None


def _holder(v: Token) -> Token | None:
    """The subject in the state: the surface subject of the state verb (a passive "locked in" too), a
    relative pronoun's antecedent, or the subject a predicative participle shares ("remains embroiled")."""
    if v.pos_ in NOUN_POS:
        return v  # the fronted parenthetical hung on the subject noun itself
    s = child(v, "nsubj", "nsubjpass")
    if s is not None and s.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
        return named_head(v.head)
    return s if s is not None else logical_subject(v)


def state_sides(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule STATE_SIDES: the sides in the state of war ("A and B are at war" -> A, B; "A is locked in a
    conflict with B" -> A)."""
    found = _state_verb(tok)
    if found is None or _feud(tok, found):
        return []
    out = d.actors(_holder(found[0]))
    if len(out) < 2 and not _partners(d, tok, found):
        return []  # "Norland has been at war for decades": one side named, no attack on anyone
    if out:
        raw.trace["source"] = STATE_SIDES
        if not raw.negated and _ended(found[0]):
            raw.negated = True  # rule STATE_ENDED: "A and B are no longer at war"
            raw.trace["negated"] = STATE_ENDED
    return out


def _ended(v: Token) -> bool:
    """A state told as over: an adverb of continuing negated on the state verb ("no longer at war")."""
    return any(c.dep_ == "advmod" and c.lower_ in war_state_words().ended_adverbs
               and any(n.dep_ == "neg" for n in c.children) for c in v.children)


def _side_tokens(tok: Token, found: tuple[Token, bool]) -> list[Token]:
    """The head words of both sides: the holder and its conjuncts, and each with- or against-object."""
    holder = _holder(found[0])
    out = conjuncts(holder) if holder is not None else []
    if not found[1]:
        out += [c for h in (tok, found[0]) for p in sorted(war_state_words().partner_preps)
                for o in prep_objects(h, p) for c in conjuncts(o)]
    return out


def _feud(tok: Token, found: tuple[Token, bool]) -> bool:
    """A side that is a body of civil life ("at war with the parliament / the central bank / the press"):
    a political feud told as a war, no armed attack (review s47 R6)."""
    return any(t.lemma_.lower() in war_state_words().civil_bodies for t in _side_tokens(tok, found))


def _partners(d: Doc_, tok: Token, found: tuple[Token, bool]) -> list[str]:
    """The actors of a with- or against-phrase on the war noun or on its state verb (none for a fronted
    parenthetical, whose phrase belongs to the clause)."""
    if found[1]:
        return []
    preps = sorted(war_state_words().partner_preps)
    out = [a for h in (tok, found[0]) for p in preps for o in prep_objects(h, p) for c in conjuncts(o)
           for a in d.actors(c)]  # "at war with A and B": both (review s47 R12)
    return list(dict.fromkeys(out))


def state_partner(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule STATE_PARTNER: the other side, in a with- or against-phrase on the war noun or on the state
    verb ("at war with B": the parser hangs it on either)."""
    found = _state_verb(tok)
    out = _partners(d, tok, found) if found is not None and not _feud(tok, found) else []
    if out:
        raw.trace["target"] = STATE_PARTNER
    return out


WAR_STATE_SPECS = {"war_state_sides": state_sides, "war_state_partner": state_partner}
