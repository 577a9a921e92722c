"""Two more written forms of a state's government (helpers of ``government.py``).

Why: a qualifier before the state's word ("the Western-backed Kessel government") is no part of the name,
and a bare "the administration" is, in news English, one state's executive; both were read as written
or by salience alone, so the state lost the name or another state took it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold
from backchannel.syntax.phrases import span_text


CORE_RULE = "actors.government.state_government_core"


def core_alias(st: ActorState, state: str, words: list[Token], plain: bool) -> None:
    """ "the U.S.-backed Kessel government": also the phrase from the state's own word on ("Kessel
    government", ``actors.government.state_government_core``). Why: a qualifier before the state's name
    ("Western-backed", "internationally recognised") says what is said of the government, not its name;
    the golds write the name either way."""
    first = next((t for t in words if st.token_actor.get(t.i) == state), None)
    if plain and first is not None and first.i != words[0].i and first.i != words[-1].i:
        st.add_alias(state, span_text(st.doc, [t for t in words if t.i >= first.i]), CORE_RULE)


DEFAULT_RULE = "actors.government.bare_default_state"


def gov_word_owners(st: ActorState) -> dict[str, set[str]]:
    """Each government word ("administration", "government") with the states the report describes by it (an
    alias ending in the word), else its default state ("administration": the United States) when that state is
    an actor. Why one helper: a bare "the administration" and "an administration official" mean the same
    state, so both read it the same way."""
    acts = st.ctx.actors
    owners: dict[str, set[str]] = {}
    for aid, a in acts.items():
        if a.kind != "state":
            continue
        for alias in a.aliases:
            words = re.findall(r"\w+", fold(alias))
            if words and words[-1] in st.lx.gov_nouns:
                owners.setdefault(words[-1], set()).add(aid)
    for word, default in st.lx.gov_default.items():
        sid = _default_id(st, word)
        if word not in owners and sid in acts:
            owners[word] = {sid}
    return owners


def _default_id(st: ActorState, word: str) -> str | None:
    """The state id of a government word's default state (None when the report never names it)."""
    default = st.lx.gov_default.get(word)
    country = st.lx.country(default) if default else None
    return st.state_ids.get(country.name) if country is not None else None


def default_state(st: ActorState, tok: Token, salient: str | None) -> str | None:
    """A bare "the administration": the state whose word it is (``default_state``), when the report names that
    state, no other state's government by the word, no other state as the salient one (``salient``; unless
    that state is the subject over the noun, another participant), and no other state's head of government
    before it (``actors.government.bare_default_state``). Why: in news English
    the bare noun is the US executive whichever state the report last named ("North Korea rejected the
    administration's choice"), but after "<demonym> President X said he would ..." it is X's."""
    state = _default_id(st, tok.lower_)
    if state is None or gov_word_owners(st).get(tok.lower_) != {state}:
        return None
    if salient not in (None, state) and not _co_argument(st, tok, salient):
        return None
    return None if _other_executive(st, tok, state) else state


def _co_argument(st: ActorState, tok: Token, aid: str) -> bool:
    """Whether state ``aid`` is the subject of a verb over ``tok`` in its sentence ("North Korea rejected the
    administration's choice"): another participant, so no owner of the noun, however salient."""
    subjects = {t.i for a in tok.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree}
    sent = tok.sent
    return any(st.token_actor.get(i) == aid for i in subjects if sent.start <= i < sent.end)


def _other_executive(st: ActorState, tok: Token, state: str) -> bool:
    """Whether a person of another state (a side the report gives, not a guessed one) with a head-of-government
    title is named before ``tok``."""
    heads = st.lx.words.executive_titles
    for a in st.ctx.actors.values():
        if a.kind != "person" or a.affiliation in (None, state) or a.traced("affiliation") in GUESSED:
            continue
        if not any(m.start < tok.idx for m in a.mentions):
            continue
        if any(w in heads for d in a.descriptors for w in re.findall(r"\w+", fold(d))):
            return True
    return False
