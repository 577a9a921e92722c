"""A leader's government as the report writes it: the state's alias in the report's own words.

Why: news English names a state's government after its leader in several shapes ("the government of
<demonym> President X", "the administration of President X", "President X's government", "the X
regime"), and the golds keep the phrase as written among the state's names. The earlier government
step reads these before every leader's side is known (a title's state is often found later, by
``context_affiliations``), and keeps only the words from the leader's name on. This step runs once
sides are known and adds the written phrase; the leader's own words stay the person's mention.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.syntax.phrases import np_left

#: "the government of (Venezuelan) President X": the noun with its whole "of" phrase up to the leader's name
OF_RULE = "actors.government.leader_phrase_of"
#: "President X's government", "the President X government": the phrase with the leader's title run
TITLED_RULE = "actors.government.titled_leader_government"


def leader_government_phrases(st: ActorState) -> None:
    """Every government noun whose "of" phrase or pre-modifier is a person of a known state: the written
    phrase becomes an alias of that state (and the noun its mention, if nobody else holds it)."""
    for tok in st.doc:
        if tok.pos_ not in ("NOUN", "PROPN") or not _gov_noun(st, tok):
            continue
        holder = st.token_actor.get(tok.i)
        if holder is not None and st.ctx.actors.get(holder) is not None and st.ctx.actors[holder].kind != "state":
            continue  # "the Maduro government envoy": the noun is part of another actor's name
        if not _of_leader(st, tok, holder):
            _left_leader(st, tok, holder)


FILE = "leader_phrases.toml"


@cache
def _not_leader_nouns() -> frozenset[str]:
    """The government nouns that after a leader's name say something else (data/leader_phrases.toml)."""
    return frozenset(word_list(FILE, "not_after_leader", read(FILE)["not_after_leader"]))


@cache
def _led_prep() -> str:
    """The preposition after "led"/"headed" that introduces the leader ("by")."""
    return str(read(FILE)["led_prep"])


@cache
def _led_verbs() -> frozenset[str]:
    """The participles that name a government's leader after the noun ("led by", "headed by")."""
    return frozenset(word_list(FILE, "led_verbs", read(FILE)["led_verbs"]))


def _gov_noun(st: ActorState, tok: Token) -> bool:
    """Whether the word is a noun for a whole executive ("government", "administration", "regime"): a
    government noun of the lexicon (actors.toml [government]) but one that after a leader says something else."""
    words = st.lx.gov_nouns - _not_leader_nouns()
    return tok.lower_ in words or tok.lemma_.lower() in words


def _leader_state(st: ActorState, person: str | None) -> str | None:
    """The state a person acts for, when that side is a state actor the report gives (not a guessed one).

    Why not a guessed side: a side guessed from the nearest state ("Ostland accused Westmark ... President X
    denied it") is often the other party; naming a government after it would hand that state the leader's
    government and its acts (as ``leaders_of_named_governments`` treats guessed sides)."""
    a = st.ctx.actors.get(person or "")
    if a is None or a.kind != "person" or not a.affiliation or a.traced("affiliation") in GUESSED:
        return None
    aff = st.ctx.actors.get(a.affiliation)
    return aff.id if aff is not None and aff.kind == "state" else None


def _of_leader(st: ActorState, tok: Token, holder: str | None) -> bool:
    """ "the government of <demonym> President X", "the government led by President X": the phrase from the
    noun to the leader's last name word."""
    pobj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == st.lx.words.of
                 for g in c.children if g.dep_ == "pobj"), None)
    if pobj is None or _leader_state(st, st.token_actor.get(pobj.i)) is None:
        pobj = _surface_of(st, tok)
    if pobj is None:
        return False
    person = st.token_actor.get(pobj.i)
    state = _leader_state(st, person)
    if state is None or holder not in (None, state):
        return False
    if any(t.is_punct for t in st.doc[tok.i:pobj.i]):
        return False
    last = pobj
    while last.i + 1 < len(st.doc) and st.token_actor.get(last.i + 1) == person:
        last = st.doc[last.i + 1]
    st.add_alias(state, st.text[tok.idx:last.idx + len(last.text)], OF_RULE)
    if holder is None:
        st.add_alias(state, tok.text, OF_RULE)
        st.add_mention(state, tok.idx, tok.idx + len(tok.text), tok, OF_RULE)
    return True


def _surface_of(st: ActorState, tok: Token) -> Token | None:
    """The leader's first name word right after "<noun> of" or "<noun> led by", over title and nationality
    words only, when the parse hung the phrase elsewhere ("The administration of US President X relaxed ...":
    the parser read "of" on the verb's object). Why: the words, not the tree, make the phrase a name."""
    doc, j = st.doc, tok.i + 2
    if j < len(doc) and doc[tok.i + 1].tag_ == "VBN" and doc[tok.i + 1].lemma_.lower() in _led_verbs() \
            and doc[j].lower_ == _led_prep():
        j += 1  # "the government led by Prime Minister X" (the parser may make the noun the verb's subject)
    elif j >= len(doc) or doc[tok.i + 1].lower_ != st.lx.words.of:
        return None
    start = j
    while j < len(doc) and j < start + 4:
        aid = st.token_actor.get(j)
        if aid is not None and st.ctx.actors.get(aid) is not None and st.ctx.actors[aid].kind == "person":
            return doc[j]
        if doc[j].pos_ not in ("PROPN", "ADJ") or aid is not None and st.ctx.actors[aid].kind != "state":
            return None
        j += 1
    return None


def _left_leader(st: ActorState, tok: Token, holder: str | None) -> None:
    """ "President X's government", "the X regime": the leader's name (and the title run right before it)
    with the noun; the shorter phrase from the name on as well, as the golds write either."""
    left = [t for t in np_left(tok) if t.i < tok.i]
    people = [t for t in left if _leader_state(st, st.token_actor.get(t.i)) is not None]
    if not people or any(t.is_punct and t.text != "'s" for t in left if t.i > people[0].i):
        return
    person = st.token_actor[people[0].i]
    state = _leader_state(st, person)
    if state is None or holder not in (None, state):
        return
    if any(st.token_actor.get(t.i) not in (None, person, state) for t in left if t.i > people[0].i):
        return  # another actor's words between the leader and the noun
    first = people[0]
    while first.i > 0 and st.doc[first.i - 1].dep_ == "compound" and st.lx.is_title(st.doc[first.i - 1].lemma_.lower()) \
            and st.token_actor.get(first.i - 1) in (None, person):
        first = st.doc[first.i - 1]
    end = tok.idx + len(tok.text)
    st.add_alias(state, st.text[people[0].idx:end], TITLED_RULE)
    if first.i != people[0].i:
        st.add_alias(state, st.text[first.idx:end], TITLED_RULE)
    if holder is None:
        st.add_mention(state, tok.idx, end, tok, TITLED_RULE)
