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


def posting_title_before(st: ActorState, start: int) -> Token | None:
    """The posting title of "<title> to <State> <Name>" read off the words before a name starting at token
    ``start`` ("Ambassador to Iran X"), whatever the parse made of them: the parser may hang the name on the
    preposition or on nothing sensible, and the tagger may read the state as the name's first word
    (s38-affil). None unless the words right before the name are a state's name, a host preposition and a
    posting title, in that order."""
    doc = st.doc
    j = _state_before(st, start)
    if j is None:
        return None
    if j > 0 and doc[j - 1].pos_ == "DET":
        j -= 1
    if j < 2 or doc[j - 1].lower_ not in _words("host_preps"):
        return None
    title = doc[j - 2]
    if title.lemma_.lower() in _words("posting_titles") or title.lower_ in _words("posting_titles"):
        return title
    return None


def _state_before(st: ActorState, start: int) -> int | None:
    """The first token of a state's name that ends right before token ``start``: the words of a state
    actor, or up to three words the gazetteer knows as a country's name ("Qatar", "South Korea")."""
    aid = st.token_actor.get(start - 1) if start > 0 else None
    if aid is not None and aid in st.ctx.actors and st.ctx.actors[aid].kind == "state":
        j = start - 1
        while j > 0 and st.token_actor.get(j - 1) == aid:
            j -= 1  # the state's first word ("North" of "North Korea")
        return j
    for j in range(start - 1, max(start - 4, 0) - 1, -1):
        words = st.doc[j:start]
        if all(t.pos_ == "PROPN" for t in words) and st.lx.country_name(words.text) is not None:
            return j
    return None
