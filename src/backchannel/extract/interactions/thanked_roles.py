"""Mediation told as thanks for a role in a negotiated act: "expressed its thanks to X for its
sustained efforts to secure the release of ...", "grateful to X for its role in the prisoner swap
with Y", "gratitude to X and Z for their efforts in the talks between A and B".

Why: a role noun ("efforts", "role") on an act that is no mediation verb (a release, a swap,
talks) has no frame of its own, so the one thanked for it was lost. Being thanked for one's part in
the act between two sides is standing between them (gold convention: ``mediate``, one record per
party). Only the noun and adjective shapes of thanks ("expressed its thanks / gratitude to X for",
"grateful to X for", "X's thanks to Y for"): the verb shapes ("thanked X for its role in brokering",
"praised X for") and any act whose verb has its own role-holder frame ("its efforts in mediating")
are interactions.role_nouns.credited_holder's, and no act is made twice (s37 mend of the reverted
s36 version). Words: ``thanks_heads``, ``thanked_acts``, ``thanked_side_preps``, ``thanks_to_prep``
in interactions_words.toml.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import credited_one, logical_subject
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child, prep_objects

W = words()
THANKED_HOLDER = "interactions.thanked_roles.thanked_holder"  # "thanks to X for its role in the swap": X
CREDITED_POSSESSOR = "interactions.specs.credited_possessor"  # "grateful to X for its mediation": X
THANKED_SIDES = "interactions.thanked_roles.thanked_sides"  # the act's sides, or the thanker and the other side
ROLE_HOLDER_SPEC = "role_holder"  # the frame spec of interactions.role_nouns.role_holder / credited_holder
# how the thanks word hangs on the verb of the for-phrase: "is grateful", "expressed gratitude", "our
# gratitude goes to X", "gratitude was expressed to X" (the last two: s37-review)
THANKS_DEPS = ("acomp", "dobj", "nsubj", "nsubjpass")


def _is_thanks(t: Token) -> bool:
    """A noun or adjective of thanks ("thanks", "gratitude", "grateful"), not the verb "thank"."""
    return t.pos_ not in VERB_POS and (t.lemma_.lower() in W.thanks_heads or t.lower_ in W.thanks_heads)


def _thanks_word(n: Token) -> Token | None:
    """The noun or adjective of thanks the role noun's for-phrase belongs to: "grateful to X for",
    "expressed its thanks / gratitude to X for", "X's thanks to Y for". None for a verb of thanks or
    praise ("thanked X for its role", "praised X for"): that shape is interactions.role_nouns.
    credited_holder's, and "blamed X for its role" is no thanks."""
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ != W.purpose_prep:
        return None
    g = n.head.head
    if g.pos_ in VERB_POS:
        return next((c for c in g.children if c.dep_ in THANKS_DEPS and _is_thanks(c)), None)
    return g if _is_thanks(g) else None


def _thanked(n: Token, th: Token) -> Token | None:
    """Who the thanks go to: the to-phrase of the thanks word ("X's thanks to Y for", "grateful to
    Y for", "thankful to Y for") or of the verb that takes it ("expressed gratitude to Y for"), else
    the one ``credited_one`` reads."""
    g = n.head.head
    tos = prep_objects(th, W.thanks_to_prep) + ([] if g.i == th.i else prep_objects(g, W.thanks_to_prep))
    return next(iter(tos), None) or credited_one(n)


def _thanker(th: Token) -> Token | None:
    """Who gives the thanks: the thanks noun's possessor ("Norland's thanks"), else the logical
    subject of the verb the thanks word hangs on ("Norland is grateful", "Norland expressed thanks")."""
    p = child(th, "poss")
    if p is not None and p.tag_ != "PRP$":
        return p
    h = th.head if th.head.pos_ in VERB_POS else None
    return logical_subject(h) if h is not None else None


def _own_frame(d: Doc_, v: Token) -> bool:
    """Is ``v`` a verb whose frame reads the role noun's holder itself ("its efforts in mediating",
    "its role in helping broker"): a frame with the ``role_holder`` spec, interactions.role_nouns.
    credited_holder's shape. The thanks for it then make no second act."""
    if v.lemma_.lower() in W.helping_verbs:
        v = next((c for c in v.children if c.dep_ == "xcomp"), v)
    return any(ROLE_HOLDER_SPEC in f.source for f in d.lex.frames.get(v.lemma_.lower(), ()))


def _conditional(th: Token, n: Token) -> bool:
    """Is the thanks conditional ("would be grateful to X for any role in the talks"): thanks for a part
    not yet taken, so nobody has mediated (s37-review). Read on the verb the thanks word hangs on, and
    only for a role nobody holds yet (no possessor: "said it would always be grateful to X for its role"
    is a past "will", thanks for a part taken)."""
    v = th.head if th.head.pos_ in VERB_POS else th
    return child(n, "poss") is None and any(c.dep_ == "aux" and c.lower_ in W.conditional_aux for c in v.children)


def _act(d: Doc_, n: Token) -> Token | None:
    """The negotiated act the role noun is a part in: "role in the swap", "efforts in the talks",
    "efforts to secure the release", "role in freeing them"; None when it names no such act, or
    when its act is a verb whose own frame reads the holder (``_own_frame``)."""
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in W.thanked_act_preps:
            c = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), c)
        elif not (c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ in VERB_POS):
            continue
        if _own_frame(d, c) or c.lemma_.lower() in W.thanked_act_blockers:
            return None  # "its role in blocking the deal": no part in the act (s37-review)
        if c.lemma_.lower() in W.thanked_acts:
            return c
        objs = [o for o in [child(c, "dobj")] if o is not None]
        if c.pos_ in VERB_POS:  # "efforts that led to the release", "efforts which resulted in the swap"
            objs += [o for p in W.thanked_act_preps for o in prep_objects(c, p)]
        o = next((o for o in objs if o.lemma_.lower() in W.thanked_acts), None)
        if o is not None:
            return o
    return None


def _content(d: Doc_, n: Token) -> tuple[Token, Token, Token] | None:
    """The role noun's act, the thanks word and the one thanked, when the role is thanked for in a
    noun or adjective of thanks and is a part in a negotiated act (all hold)."""
    th = _thanks_word(n)
    if th is not None and _conditional(th, n):
        return None
    if th is None or (act := _act(d, n)) is None or (c := _thanked(n, th)) is None:
        return None
    return act, th, c


def thanked_holder(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``thanked_holder`` (rule THANKED_HOLDER): the one thanked for a role noun
    whose content is a negotiated act (``thanked_acts``) mediates it."""
    if (found := _content(d, tok)) is None:
        return []
    out = d.actors(found[2])
    if out:
        raw.trace[SOURCE] = THANKED_HOLDER
    return out


def thanked_sides(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``thanked_sides`` (rule THANKED_SIDES): the sides of the act thanked for: the
    actors its between-, with-, by- or from-phrases name ("the talks between A and B", "the swap
    with Y", "captives held by Y"); when fewer than two, the thanker is the other side ("we are
    grateful to X for its efforts to free our citizens held by Y": we and Y). Never the one thanked."""
    if (found := _content(d, tok)) is None:
        return []
    act, th, c = found
    mediators = set(d.actors(c))
    sides: list[str] = []
    for t in act.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in W.thanked_side_preps:
            sides.extend(a for a in d.actors(t) if a not in mediators and a not in sides)
    if len(sides) < 2:
        thanker = [a for a in d.actors(_thanker(th)) if a not in mediators and a not in sides]
        sides = thanker + sides
    if sides:
        raw.trace[TARGET] = THANKED_SIDES
    return sides


def credited_possessor(d: Doc_, p: Token | None, tok: Token, raw: Candidate, slot: str) -> list[str]:
    """Rule CREDITED_POSSESSOR: a possessive pronoun on a noun in the for-phrase of thanks or credit
    is the one thanked ("grateful to X for its mediation", "gratitude to X for its mediation"): X,
    not the thanker the pronoun's nearest antecedent may be. Nothing for any other possessor."""
    if p is None or p.tag_ != "PRP$" or (c := credited_one(tok)) is None or not (out := d.actors(c)):
        return []
    raw.trace[slot] = CREDITED_POSSESSOR
    return out


THANKED_SPECS = {"thanked_holder": thanked_holder, "thanked_sides": thanked_sides}
