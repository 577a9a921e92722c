"""Two parties of one coordinated subject that are no pair: a distributive or "or" subject, or one side.

Why (review s41 #5, #6): a joint act read off a coordinated subject ("X and Y discussed the border",
rule interactions.joint_subject.coordinated_subject; "X and Y jointly decided to ...", a needs_two verb
frame) makes the conjuncts partners. The needs_two verb frames skipped the coordination rule's guards
("X and Y separately decided", "X or Y will decide": each one's own act), and neither asked whether the two
are one side: a state's president and its prime minister deciding on taxes, a leader and "her deputy"
discussing the budget, a state and "its army". An act between two of one side is none of the story's.
One side: one is the other's affiliation (a shared affiliation is not enough: affiliations are often wrong);
the second conjunct's head has a possessive pronoun ("her deputy", "its army"; not "his counterpart"); both
have the same side word ("Pell President A and Pell Prime Minister B"); or the first conjunct's modifier
names its side ("Norland President A") and the second has only a title ("and Prime Minister B"), which the
modifier governs too. Word lists: ``data/joint_subject.toml`` ``[joint_sides]``, government titles from the actor lexicon.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read
from backchannel.extract.interactions.candidate import TARGET, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.joint_subject import JOINT_SUBJECT, FILE, separate_subject
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.resolve.lexicon import lexicon
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import MODIFIER_DEPS, NOUN_POS, VERB_POS, conjuncts

NOT_A_PAIR = "interactions.joint_sides.not_a_pair"  # no item: the act is dropped


@cache
def other_side_heads() -> frozenset[str]:
    """Heads that name the other side even with a possessive ("his counterpart")."""
    return frozenset(read(FILE)["joint_sides"]["other_side_heads"])


@cache
def title_modifiers() -> frozenset[str]:
    """Words that belong to a title before its title word ("Prime" Minister, "Foreign" Minister)."""
    return frozenset(read(FILE)["joint_sides"]["title_modifiers"])


def not_a_pair(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> bool:
    """Rule NOT_A_PAIR: is this joint act, read off a coordinated subject of the verb ``tok`` (a needs_two
    verb frame, or the coordination rule), no act between two parties: a distributive or "or" subject, or
    two conjuncts of one side?"""
    joint = raw.trace.get(TARGET) == JOINT_SUBJECT
    if not (joint or fr.needs_two and fr.pos == FramePos.VERB) or tok.pos_ not in VERB_POS:
        return False
    s = logical_subject(tok)
    if s is None or s.pos_ not in NOUN_POS and s.pos_ != "PRON":
        return False
    conj = conjuncts(s)
    if len(conj) < 2:
        return False
    if separate_subject(tok, s):
        return True
    return _one_side(d, conj[0], conj[1])


def _one_side(d: Doc_, first: Token, second: Token) -> bool:
    """Are the parties of two conjuncts one side (see the module's doc)?"""
    a, b = d.actors(first, deep=False)[:1], d.actors(second, deep=False)[:1]
    if a and b:
        fa, fb = _affiliation(d, a[0]), _affiliation(d, b[0])
        if fa == b[0] or fb == a[0]:
            return True  # (not a shared affiliation: a wrong one, "Chechen" read as Russia's, would split a real pair)
    words = [second] + _pre_name(d, second)
    if any(t.lemma_.lower() in other_side_heads() for t in words):
        return False  # "A and his counterpart B"
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for t in words for c in t.children):
        return True  # "A and her deputy B", "X and its army"
    sa, sb = _side_words(d, first), _side_words(d, second)
    return bool(sa & sb) or bool(sa) and not sb and _titled(second)


OWN_SIDE_TARGET = "interactions.joint_sides.own_side_target"  # no item: the act is dropped


def own_side_target(d: Doc_, fr: Frame, raw: Candidate) -> bool:
    """Rule OWN_SIDE_TARGET (review s41 #10): a frame of an act against another side (``other_side``:
    ousting, toppling) whose target is the source's own member or body, or its affiliation ("the party
    ousted its leader B", B affiliated to the party): an internal change, no act between sides."""
    if not fr.other_side:
        return False
    return any(_affiliation(d, t) == s or _affiliation(d, s) == t for s in raw.sources for t in raw.targets)


def gov_titles() -> frozenset[str]:
    """Words of a government title written before a name (``actors.toml`` ``[titles] government``, as the
    actor lexicon reads them)."""
    return lexicon().gov_titles


def _affiliation(d: Doc_, aid: str) -> str | None:
    act = d.ctx.actors.get(aid)
    return act.affiliation if act is not None else None


def _pre_name(d: Doc_, head: Token) -> list[Token]:
    """The modifiers before the head that are not words of its name (title words and their
    modifiers, a state or body's name): "Norland President" in "Norland President Ana Varga"."""
    out = []
    stack = [c for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i]
    while stack:
        t = stack.pop()
        stack.extend(c for c in t.children if c.dep_ in MODIFIER_DEPS)
        if not d.inside_name(t):
            out.append(t)
    return out


def _title_words(mods: list[Token]) -> set[int]:
    """The title words among the modifiers, with the words of a title before them ("Prime" Minister)."""
    return {t.i for t in mods if t.lemma_.lower() in gov_titles() or t.lower_ in gov_titles() or t.lower_ in title_modifiers()}


def _side_words(d: Doc_, head: Token) -> set[str]:
    """The proper nouns and adjectives before the name, not of its title, that name a side ("Norland" in
    "Norland President A"), lower-cased."""
    mods = _pre_name(d, head)
    title = _title_words(mods)
    return {t.lower_ for t in mods if t.i not in title and t.pos_ in ("PROPN", "ADJ")}


def _titled(head: Token) -> bool:
    """Does a government title stand before the name ("Prime Minister B")?"""
    return any(t.lemma_.lower() in gov_titles() or t.lower_ in gov_titles() for t in head.subtree if t.i < head.i)
