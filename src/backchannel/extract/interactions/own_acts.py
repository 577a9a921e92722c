"""An agreement to an act of one's own: "X agreed to release the hostages".

Why: the agree frames fall back to the story's sides for a missing partner ("X agreed" -> X with the
other side), which is right for a deal but not when one party agrees to do something itself: the
golds record "X agreed to free the captives" with no partner (target null), and the other side read
in is a false act. A coordinated subject ("X and Y agreed to free ...") or a with-phrase keeps its
partner (the frame's earlier specs); the one the act is done for ("agreed to release him to Y") or
whose goods it hands back ("agreed to unfreeze Iranian funds") is the partner. Words in data/own_acts.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import PAIR, Candidate, Record
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import RELATIVE_PRONOUNS, VERB_POS, child, prep_objects

OWN_ACT = "interactions.own_acts.own_act_no_party"
FILE = "own_acts.toml"


@dataclass(frozen=True)
class OwnActWords:
    """The words of data/own_acts.toml."""

    own_act_verbs: frozenset[str]
    recipient_preps: frozenset[str]
    owner_kinds: frozenset[str]


own_act_words = loader(OwnActWords, FILE)


def _own_act(tok: Token) -> Token | None:
    """The infinitive of an act of one's own the verb takes ("agreed to release")."""
    w = own_act_words()
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in w.own_act_verbs
                 and child(c, "aux") is not None), None)


def pair_unless_own_act(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule OWN_ACT: the story's sides as the partner, unless one party agrees to an act of its own
    ("X agreed to release the hostages": no partner, or the one the act is for, "to Y")."""
    act = _own_act(tok) if tok.pos_ in VERB_POS else None
    s = logical_subject(tok) if act is not None else None
    if act is None or s is None or any(c.dep_ == "conj" for c in s.children) or len(d.actors(s)) != 1:
        return [PAIR]
    if _owner(d, tok, act, d.actors(s)[0]):
        return [PAIR]  # another party's goods handed back: an agreement with the other side, as before
    raw.trace["target"] = OWN_ACT
    return [a for p in own_act_words().recipient_preps for o in prep_objects(act, p) for a in d.actors(o)][:1]


def _owner(d: Doc_, tok: Token, act: Token, subject: str) -> list[str]:
    """The party whose goods the act hands back ("agreed to unfreeze Iranian assets", "the funds of
    X that Y agreed to release"): a state or body named in the object, not captives (people or groups
    are the ones freed, and their state is no partner of the agreement)."""
    o = child(act, "dobj")
    if tok.dep_ == "relcl" and (o is None or o.lower_ in RELATIVE_PRONOUNS):
        o = tok.head  # "the funds that X agreed to release"
    if o is None or d.actors(o, deep=False):
        return []
    kinds = own_act_words().owner_kinds
    mods = [x for x in o.subtree if x.dep_ in ("amod", "compound", "poss", "nmod", "pobj")]
    found = [a for x in mods for a in [d.state_for(x.text), *d.actors(x, deep=False)] if a]
    return [a for a in found if a != subject and getattr(d.ctx.actors.get(a), "kind", None) in kinds][:1]


def retold_own_acts(recs: list[Record]) -> list[Record]:
    """An agreement to one's own act told again after a joint one ("X and Y agreed to free the
    prisoners. Y later confirmed it had agreed to release them") is that agreement: the retelling
    (rule OWN_ACT, no partner) goes into the earlier record of the two, which keeps its parties."""
    out: list[Record] = []
    for r in recs:
        prev = None
        if r.trace.get("target") == OWN_ACT and r.target is None and _own_act(r.trig) is not None:
            prev = next((p for p in out if p.type == r.type and p.negated == r.negated and p.source and p.target
                         and r.source in (p.source, p.target) and _own_act(p.trig) is not None), None)
        if prev is None:
            out.append(r)
        else:
            prev.absorbed.append(r)
    return out
