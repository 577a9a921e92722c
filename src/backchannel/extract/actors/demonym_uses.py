"""Nationality words that name no state acting (rule ``actors.states.no_state_demonym``).

Why: a demonym on a noun usually makes its state a party ("an Israeli airstrike"), but some uses name a
language, a birthplace, an ethnicity or a past ruler: "the French-speaking majority", "a Pakistani-born
activist", "ethnic Albanian leaders", "the former British colony", "French Cameroon". Such a use alone makes no
state actor (read reports: 9 of 14 spurious states from a demonym, s39-precision census); where the state acts
elsewhere it stays an actor and the mention stays with it.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState, How, Role, StateHit
from backchannel.extract.actors.state_outlets import ownership_words

PERSON_DEMONYM = "actors.states.person_demonym"
PLACE_NAME_DEMONYM = "actors.states.place_name_demonym"


def no_state_demonym(st: ActorState, h: StateHit) -> bool:
    """True when the demonym hit ``h`` names a language, birthplace, ethnicity or past ruler, not a state."""
    if h.how != How.DEMONYM or h.role not in (Role.MODIFIER, Role.INSIDE_NAME):
        return False
    tok = h.tok
    return _hyphened_descriptor(st, tok) or _after_ethnic_marker(st, tok) or _past_rule_or_place(st, h) \
        or _private_compound_head(st, tok) or person_or_place_demonym(st, h) is not None


def person_or_place_demonym(st: ActorState, h: StateHit) -> str | None:
    """The rule id when the demonym hit ``h`` tells a person's nationality or past office, or begins a place's
    name, else None.

    Why: "former <demonym> President X", "the former <demonym> leader" name an office its holder left: the state
    does not act through them now; "X, an <demonym>," and "a crew of three <demonym>s" tell where private people
    come from; "the <demonym> Ocean" is a place's name. Read as the state, each made a state actor the report
    never has act (read reports, s43 census: 6 of 13 spurious states from a demonym, in 5 stories). In a
    sentence that tells an exchange the captives' states stay sides (as for the private heads)."""
    if h.how != How.DEMONYM or h.role not in (Role.MODIFIER, Role.INSIDE_NAME):
        return None
    tok = h.tok
    if _starts_place_name(tok):
        return PLACE_NAME_DEMONYM
    if any(_exchange_act(st, t) for t in tok.sent):
        return None
    if _after_past_word(st, h) or _nationality_of_person(tok) or _counted_nationals(tok):
        return PERSON_DEMONYM
    return None


def _exchange_act(st: ActorState, t: Token) -> bool:
    """An exchange word that tells the act ("were exchanged", "the prisoner swap", "a swap deal"), not one that
    names a person's office ("the <demonym> trade minister", "an exchange official"): only the act makes the
    captives' states sides."""
    if t.lemma_.lower() not in st.lx.words.exchange_lemmas or t.pos_ not in ("VERB", "NOUN"):
        return False
    return not (t.pos_ == "NOUN" and t.dep_ in ("compound", "amod", "nmod") and t.head.i != t.i
                and t.head.lemma_.lower() in st.lx.person_nouns)


def _after_past_word(st: ActorState, h: StateHit) -> bool:
    """ "former <demonym> President X", "the ex-<demonym> minister": a past-title word right before the demonym
    (before its first word when it has two: "former South <demonym> ...") on a title.

    Why the title: a past word tells an office left only on an office ("former <demonym> troops" are still the
    state's). Why "then" only hyphened: bare "then" is mostly the adverb ("and then <demonym> troops moved
    in", "since then"), only "then-<demonym> President" is the past office."""
    tok = h.tok
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].idx >= h.start:
        k -= 1
    hyphened = k >= 0 and doc[k].text == "-" and not doc[k].whitespace_
    if hyphened:
        k -= 1  # "ex-<demonym>"
    if k < 0 or doc[k].lower_ not in st.lx.words.past_title_words:
        return False
    if doc[k].lower_ in st.lx.words.adverb_past_words and not (hyphened and not doc[k].whitespace_):
        return False
    return _on_title(st, tok)


def _on_title(st: ActorState, tok: Token) -> bool:
    """True when a singular government title follows the demonym inside its noun phrase ("<demonym> President
    X", "the <demonym> prime minister"), not a group noun ("<demonym> troops", "<demonym> mediators",
    "<demonym> officials": a group the state may still act through)."""
    doc = tok.doc
    for t in doc[tok.i + 1:min(len(doc), tok.i + 5)]:
        if t.lemma_.lower() in st.lx.gov_titles or t.lower_ in st.lx.gov_titles:
            return t.tag_ in ("NN", "NNP")  # one office's holder, not "former <demonym> officials"
        if t.pos_ not in ("PROPN", "NOUN", "ADJ") or t.ent_type_ == "PERSON":
            return False
    return False


def _nationality_of_person(tok: Token) -> bool:
    """ "X, an <demonym>, was freed": the demonym as a noun in apposition to a person's name."""
    head = tok.head
    return tok.dep_ == "appos" and head.i != tok.i and head.ent_type_ == "PERSON" and not any(
        c.dep_ in ("compound", "amod", "prep") for c in tok.children)


def _counted_nationals(tok: Token) -> bool:
    """ "a crew of two <demonym>s and three <demonym>s": a plural demonym counted by a number is people, not the
    state."""
    return tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" and c.like_num for c in tok.children)


def _starts_place_name(tok: Token) -> bool:
    """ "the <demonym> Ocean": the demonym inside a location or facility name that goes on after it."""
    doc = tok.doc
    return tok.ent_type_ in ("LOC", "FAC") and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I" \
        and doc[tok.i + 1].ent_type_ == tok.ent_type_


def _hyphened_descriptor(st: ActorState, tok: Token) -> bool:
    """ "the French-speaking majority", "a Pakistani-born activist": the demonym, a hyphen and a word of
    language or origin written as one word."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or tok.whitespace_ or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_:
        return False
    return doc[tok.i + 2].lower_ in st.lx.words.nonstate_hyphen_parts


def _after_ethnic_marker(st: ActorState, tok: Token) -> bool:
    """ "ethnic Albanian leaders": a marker of ethnicity right before the demonym."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in st.lx.words.ethnic_markers


def _past_rule_or_place(st: ActorState, h: StateHit) -> bool:
    """ "the former British colony", "French Cameroon": the demonym on a noun of past rule, or on the name of
    another state heading its phrase (the territory that state once ruled), not the state acting. A state
    name itself compounded on a noun ("the Saudi Yemen offensive", the Saudi offensive in Yemen) is no
    territory: the demonym stays the acting state's."""
    tok = h.tok
    head = tok.head
    if head.i == tok.i or tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    if head.lemma_.lower() in st.lx.words.past_rule_heads:
        return True
    if head.dep_ in ("compound", "amod", "nmod"):
        return False
    other = st.lx.country_name(head.text) if head.pos_ == "PROPN" and head.i > tok.i else None
    return other is not None and other.name != h.country.name


def _private_compound_head(st: ActorState, tok: Token) -> bool:
    """ "the French AFP news agency": the demonym on a two-word private head ("news agency"), the head noun and
    the common noun compounded on it, which the one-word check of the private heads cannot see."""
    head = tok.head
    for _ in range(3):  # across the outlet's own name ("the French Lundpress news agency")
        if head.pos_ != "PROPN" or head.dep_ not in ("compound", "amod", "nmod") or head.head.i <= head.i:
            break
        head = head.head
    if head.i == tok.i or head.pos_ != "NOUN":
        return False
    if any(t.lower_ in ownership_words() for t in tok.doc[tok.i + 1:head.i]):
        return False  # "the <demonym> state-run news agency X": the state's organ (actors.organs.state_organ_title)
    words = st.lx.words.private_heads
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and f"{c.lower_} {head.lemma_.lower()}" in words
               for c in head.children)
