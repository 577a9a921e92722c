"""Host states of posting titles: "the special envoy to <State>", "<demonym> ambassador to <State> X".

Why: a state in the phrase of a posting title names where its holder is sent, not whom the holder
serves; the side rules read states near or inside a governmental title as the holder's side and gave an
envoy the state he was posted to (s34-affil). The titles and prepositions are data (affiliations.toml
``[hosts]``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.state import ActorState

FILE = "affiliations.toml"
#: how far back from the preposition a posting title may stand ("chargé d'affaires in <State>")
TITLE_REACH = 4


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(word_list(FILE, f"hosts.{key}", read(FILE)["hosts"][key]))


def posted_to(st: ActorState, tok: Token) -> bool:
    """Is ``tok`` (a word of a state's name) the host of a posting title: the object of "to"/"in" right
    after "envoy", "ambassador" ...? Read off the words, whatever the parse made of the phrase."""
    aid = st.token_actor.get(tok.i)
    doc = tok.doc
    j = tok.i
    while j > 0 and aid is not None and st.token_actor.get(j - 1) == aid:
        j -= 1  # the state's first word ("North" of "North Korea")
    if j > 0 and doc[j - 1].pos_ == "DET":
        j -= 1
    if j == 0 or doc[j - 1].lower_ not in _words("host_preps"):
        return False
    titles = _words("posting_titles")
    return any(doc[k].lemma_.lower() in titles or doc[k].lower_ in titles
               for k in range(max(0, j - 1 - TITLE_REACH), j - 1))
