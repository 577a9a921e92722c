"""Two more written forms of a state's government (helpers of ``government.py``).

Why: a qualifier before the state's word ("the Western-backed Kessel government") is no part of the name,
and a bare "the administration" is, in news English, one state's executive; both were read as written
or by salience alone, so the state lost the name or another state took it.
"""

from __future__ import annotations

from spacy.tokens import Token

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


def default_state(st: ActorState, tok: Token) -> str | None:
    """A bare "the administration": the state whose word it is (``default_state``), when the report names that
    state and no other state's government by the word (``actors.government.bare_default_state``). Why: in news
    English the bare noun is the US executive whichever state the report last named ("North Korea rejected the
    administration's choice")."""
    default = st.lx.gov_default.get(tok.lower_)
    country = st.lx.country(default) if default else None
    state = st.state_ids.get(country.name) if country is not None else None
    if state is None or any(aid != state and a.kind == "state" and any(
            fold(al).split()[-1:] == [tok.lower_] for al in a.aliases) for aid, a in st.ctx.actors.items()):
        return None
    return state
