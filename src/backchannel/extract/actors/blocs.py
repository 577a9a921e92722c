"""A known bloc written out inside a title: "United Nations Secretary-General X", "European Union envoy".

Why: the statistical model often tags the whole title-and-name run as one person, or
nothing, so the organisation a title belongs to is neither an actor nor anyone's side;
the reader of the dossier needs both ("the UN" as a party, and its Secretary-General's
affiliation). Only names the lexicon knows as blocs qualify (``countries.toml``,
``kind = "organization"``), and only right before a title or role noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

RULE = "actors.blocs.bloc_in_title"
MAX_WORDS = 6  # the longest bloc name looked for ("Organisation of Islamic Cooperation" and the like)


def blocs_in_titles(st: ActorState) -> None:
    """Make the bloc a title names into an actor (or a mention of it), so the title's holder can take it."""
    doc = st.doc
    by_name = {a.name: aid for aid, a in st.ctx.actors.items()}
    i = 0
    while i < len(doc):
        found = _bloc_at(st, i) if doc[i].pos_ == "PROPN" and i not in st.token_actor else None
        if found is None:
            i += 1
            continue
        j, (name, kind) = found
        aid = by_name.get(name)
        if aid is None:
            aid = st.ctx.new_actor_id(name)
            st.ctx.add_actor(Actor(id=aid, name=name, kind=kind), RULE)  # type: ignore[arg-type]
            by_name[name] = aid
        last = doc[j - 1]
        st.add_mention(aid, doc[i].idx, last.idx + len(last.text), last, RULE)
        st.add_alias(aid, doc[i:j].text, RULE)
        i = j


def _bloc_at(st: ActorState, i: int) -> tuple[int, tuple[str, str]] | None:
    """The longest known bloc name starting at token ``i`` and followed by a title noun."""
    doc = st.doc
    for j in range(min(len(doc) - 1, i + MAX_WORDS), i, -1):
        if any(k in st.token_actor or doc[k].pos_ != "PROPN" for k in range(i, j)):
            continue
        bloc = st.lx.bloc(doc[i:j].text)
        if bloc is not None and _title(st, doc[j]) and not st.is_excluded(doc[i].idx, doc[j].idx):
            return j, bloc
    return None


def _title(st: ActorState, tok: Token) -> bool:
    """A title a person holds ("Secretary-General", "envoy", "chief") right after the name; not the
    next word of a longer name ("West Bank", "European Union Naval Force")."""
    lemma = tok.lemma_.lower()
    return fold(tok.text) in st.lx.gov_titles or lemma in st.lx.gov_titles or lemma in st.lx.person_nouns
