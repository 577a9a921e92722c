"""An organisation described in apposition as a state's organ takes that state: "the <Name> Bureau,
<State>'s intelligence agency", "<Name>, the <demonym> state broadcaster".

Why: ``descriptors._state_owner`` reads a state written before an organisation's name, and
``part_of_possessor`` an apposition before it ("<State>'s spy agency, the <Name> Bureau"); an apposition
after the name ("the <Name> Bureau, <State>'s intelligence agency") said the same and gave no side.
Only heads that make an organ of a state count (agency, ministry, army, broadcaster: data), never
a group or party, which a state may host without owning ("<State>'s main rebel group").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.coalitions import FILE
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.syntax.tree import MODIFIER_OR_POSS_DEPS

RULE = "actors.organs.state_organ_apposition"
TITLE_RULE = "actors.organs.state_organ_title"
#: words of a title written before a name: "the Iranian news agency X", "<demonym> state-run broadcaster X"
TITLE_POS = frozenset({"ADJ", "NOUN", "PROPN", "PART", "VERB", "PUNCT"})
#: how many words after a name's comma an apposition's head may sit ("the <demonym> state news agency")
APPOS_REACH = 8
#: what the parser makes of such an apposition hung on another word: never a subject
HUNG_DEPS = frozenset({"appos", "dobj", "pobj", "conj", "npadvmod", "attr"})


@cache
def _organ_nouns() -> frozenset[str]:
    return frozenset(word_list(FILE, "organs.organ_nouns", read(FILE)["organs"]["organ_nouns"]))


@cache
def _organs(key: str) -> frozenset[str]:
    return frozenset(word_list(FILE, f"organs.{key}", read(FILE)["organs"][key]))


def organ_appositions(st: ActorState) -> None:
    """Organisations with no (or a guessed) side whose apposition is "<state>'s <organ noun>" take the state."""
    nouns = _organ_nouns()
    for aid in dict.fromkeys(st.token_actor.values()):
        org = st.ctx.actors.get(aid)
        if org is None or org.kind != "organization" or not (
                org.affiliation is None or org.traced("affiliation") in GUESSED):
            continue
        for m in org.mentions:
            span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            aps = [c for c in span.root.children if c.i > span.root.i and _apposed(st, span.root, c)]
            for ap in aps or _hung_elsewhere(st, span.end):
                side = _state_of(st, ap, aid) if ap.lemma_.lower() in nouns else None
                if side is not None:
                    st.set_affiliation(org, side, RULE)
                    break
            if org.affiliation is not None and org.traced("affiliation") == RULE:
                break
            side = _title_state(st, span.start, aid, nouns)
            if side is not None:
                st.set_affiliation(org, side, TITLE_RULE)
                break


def _title_state(st: ActorState, start: int, own: str, nouns: frozenset[str]) -> str | None:
    """The one state in an organ's title written right before the name, whatever the parse made of it:
    "the Iranian official news agency X", "<demonym> state-affiliated news agency X" (s30-affil). The word
    right before the name must be an organ noun; the run stops at a determiner, a verb, a comma or a
    preposition; none when the run has a word of armed or rebel movements or two states, or does not say
    the organ is the state's (``_says_state``)."""
    doc = st.doc
    if start == 0 or doc[start - 1].lemma_.lower() not in nouns:
        return None
    run: list[Token] = []
    j = start - 1
    while j >= 0 and doc[j].pos_ in TITLE_POS and (doc[j].pos_ != "PUNCT" or doc[j].tag_ == "HYPH") and \
            (doc[j].pos_ != "VERB" or doc[j].tag_ == "VBN" and doc[j].dep_ in MODIFIER_OR_POSS_DEPS) \
            and j not in st.token_actor \
            or j >= 0 and (aid := st.token_actor.get(j)) and aid != own and st.ctx.actors[aid].kind == "state":
        run.insert(0, doc[j])
        j -= 1
    if any(t.lower_ in st.lx.definite_org_modifiers for t in run) or not says_state(
            [t for t in run if t.i not in st.token_actor]):  # (not a name's own word: "United States")
        return None
    states = {a for t in run if (a := st.actor_of_token(t)) and a != own and st.ctx.actors[a].kind == "state"}
    return states.pop() if len(states) == 1 else None


def says_state(run: list[Token]) -> bool:
    """Does an organ's title say the organ is the state's? A country's news agency, streaming service or
    private broadcaster is not ("the <demonym> news agency X", "the <demonym> private broadcaster X"): the
    title needs a word of state ownership ("state-run", "official") or of a function only a state has
    ("intelligence"), and no word of private ownership (s30-fixaff)."""
    words = {t.lower_ for t in run} | {t.lemma_.lower() for t in run}
    if words & _organs("private_words"):
        return False
    return bool(words & (_organs("state_words") | _organs("state_function_words") | _organs("national_agency_nouns")))


def _hung_elsewhere(st: ActorState, end: int) -> list[Token]:
    """The apposition right after a name and a comma that the parser hung on another word ("..., according
    to X, the <demonym> state news agency." made an apposition or an object of the main verb; s41-affil): a
    noun phrase that starts right after the comma, ends the clause, and whose head is no actor's word."""
    doc = st.doc
    if end >= len(doc) - 1 or doc[end].text != ",":
        return []
    return [t for t in doc[end + 1:min(len(doc), end + 1 + APPOS_REACH)] if t.dep_ in HUNG_DEPS and
            t.left_edge.i in (end, end + 1) and t.head.i < end and t.i not in st.token_actor and _phrase_ends(t)]


def _phrase_ends(t: Token) -> bool:
    """The phrase closes at a comma or the sentence's end: no clause goes on with it as its subject
    ("according to X, the <demonym> army attacked" is no apposition), and it lists nothing."""
    if any(c.dep_ in ("cc", "conj") for c in t.children):
        return False  # a list: "the <Name> Front, <State>'s army and <State2>'s police"
    after = t.right_edge.i + 1
    return after >= len(t.doc) or after == t.sent.end or t.doc[after].text in (",", ";", ".")


def _apposed(st: ActorState, root: Token, c: Token) -> bool:
    """An apposition, or what the parser made a conjunct with no "and" before it ("X, <State>'s agency,")."""
    if c.dep_ == "appos":
        return True
    return c.dep_ == "conj" and c.i not in st.token_actor and not any(  # (no list: "X, <State>'s army and Y")
        t.dep_ == "cc" for t in [*root.children, *c.children]) and not any(t.dep_ == "conj" for t in c.children)


def _state_of(st: ActorState, noun: Token, own: str) -> str | None:
    """The one state among the apposition's own modifiers ("North Korea's", "the Ostlandic"); none when a
    modifier is one of armed or rebel movements ("<State>'s largest rebel army")."""
    if any(t.lower_ in st.lx.definite_org_modifiers for t in noun.subtree if t.i < noun.i):
        return None
    states = {a for t in noun.subtree if t.i < noun.i
              and (t.dep_ in MODIFIER_OR_POSS_DEPS or t.head.dep_ in MODIFIER_OR_POSS_DEPS)
              and (a := st.actor_of_token(t)) and a != own and st.ctx.actors[a].kind == "state"}
    return states.pop() if len(states) == 1 else None
