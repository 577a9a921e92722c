"""A state's government named as a modifier of another noun: "<demonym> government negotiator" (s45-actors).

Why: the golds keep "<demonym> government" as an alias of the state wherever the report writes it, also
inside a larger phrase ("the <demonym> government's crisis team", "chief <demonym> government negotiator X");
`actors.government.state_government` reads the government word as the head of its own phrase, and the parser
often hangs the demonym on the outer head ("<demonym>" amod of "negotiator"), so those uses gave no alias (s45
census: 2 stories). Only an alias of a state the report already has: the phrase makes no state actor alone.
Language data: ``data/government_modifiers.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.records import Country

FILE = "government_modifiers.toml"
RULE = "actors.government.modifier_government"
LONGEST_STATE = 3  # tokens of the longest state's word before the government word ("South Korean", "Sri Lankan")


@dataclass(frozen=True)
class ModifierWords:
    """The lists of ``government_modifiers.toml``."""

    nouns: frozenset[str]
    deps: frozenset[str]


# The lists, read and checked key by key.
words = loader(ModifierWords, FILE, "modifier_government")


def modifier_governments(st: ActorState) -> None:
    """Alias "<demonym> government" to its state where the government word modifies another noun."""
    w = words()
    for tok in st.doc:
        if tok.lower_ not in w.nouns or tok.dep_ not in w.deps or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        found = _state_before(st, tok, LONGEST_STATE)
        if found is None:
            continue
        country, start = found
        aid = st.state_ids.get(country.name)
        if aid is None or aid not in st.ctx.actors:
            continue  # no state actor of its own from this phrase alone
        text = st.doc[start:tok.i + 1].text
        if st.is_excluded(st.doc[start].idx, tok.idx + len(tok.text)):
            continue
        st.add_alias(aid, text, RULE)


def _state_before(st: ActorState, tok: Token, longest: int) -> tuple[Country, int] | None:
    """The state whose demonym or name is written right before the government word, and where it starts; the
    longest match first ("South Korean" before "Korean"). The words must modify the government word or the
    noun it modifies (not a possessor of something else: "Kenya's"). """
    for n in range(longest, 0, -1):
        start = tok.i - n
        if start < tok.sent.start:
            continue
        words = st.doc[start:tok.i]
        if any(t.dep_ == "case" or t.pos_ not in ("ADJ", "PROPN", "NOUN") for t in words):
            continue
        if words[-1].head.i not in (tok.i, tok.head.i):
            continue
        country = st.lx.demonym(words.text) or st.lx.country_name(words.text)
        if country is not None:
            return country, start
    return None
