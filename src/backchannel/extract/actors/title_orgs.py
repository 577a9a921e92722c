"""A person's title the tagger took for an organisation.

Why: "the Minister of Information, Ola Brandt," and "Ola Brandt, the National Security Adviser," give a
person's office, not a body; the tagger often labels such a capitalised title ORG. The person is the
actor (the title is his); a later bare "the Minister of Information" is the same person again, so
every mention of a title seen once in apposition with a person goes (`names._name_of`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

APPOSITION_REACH = 10  # tokens between a title's comma and the person's name ("Operation X, Maj.-Gen.")


def _person_follows(span: Span) -> bool:
    """ "TITLE, [capitalised words and commas,] PERSON": the person named right after the title."""
    doc = span.doc
    j = span.end
    if j >= len(doc) or doc[j].text != ",":
        return False
    for t in doc[j + 1: min(len(doc), j + 1 + APPOSITION_REACH)]:
        if t.ent_type_ == "PERSON":
            return not fronted_object(span.root, t)
        if not (t.is_punct or t.text[:1].isupper()):
            return False
    return False


def fronted_object(title: Token, name: Token) -> bool:
    """ "In a letter to the Minister of Information, Ola Brandt said", "After meeting the Minister, Kari Lund
    told": the title is the object of a fronted phrase and the name after the comma is the clause's subject,
    not the title's apposition (review s32). The name's own head is climbed from compounds first."""
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    if title.dep_ not in ("pobj", "dobj") or name.dep_ == "appos" and name.head.i <= title.i:
        return False
    return name.dep_ in ("nsubj", "nsubjpass") and title.i < name.i and \
        any(a.i == name.head.i for a in title.ancestors) and name not in list(title.ancestors)


def _person_precedes(st: ActorState, span: Span) -> bool:
    """ "PERSON, [the] TITLE": the title in apposition after the person's name."""
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].lower_ == st.lx.words.definite_article:
        k -= 1
    return k >= 1 and doc[k].text == "," and doc[k - 1].ent_type_ == "PERSON"


def titled_head(st: ActorState, span: Span) -> bool:
    """Whether the span's head noun is a person's title ("Minister" of "Minister of Information")."""
    return span.root.lemma_.lower() in st.lx.gov_titles or span.root.lower_ in st.lx.gov_titles


def person_titles(st: ActorState) -> set[str]:
    """Folded names of ORG spans headed by a person's title that stand in apposition with a person
    anywhere in the report."""
    if st.person_titles is None:
        st.person_titles = {fold(st.lx.words.name_article.sub("", e.text)) for e in st.doc.ents if e.label_ == "ORG" and titled_head(st, e)
                            and (_person_follows(e) or _person_precedes(st, e))}
    return st.person_titles


def is_person_title(st: ActorState, name: str, span: Span) -> bool:
    """An ORG span that is a person's title (see the module docstring)."""
    return titled_head(st, span) and fold(name) in person_titles(st)


def opens_title(st: ActorState, span: Span) -> bool:
    """An ORG span that is the first words of the capitalised title right after it ("Defence" of "Defence
    Minister"; s36-affil: "<State> National Security" of "... Adviser", where a state's short name is no
    acronym of a body), not a body the title names: an acronym ("<ACRONYM> Spokesman") or (s36-affil) a
    name of two words or more ending in an organisation word that holds no state ("Cabinet" of "Deputy
    Cabinet Secretary" is the office's name; "<Bloc> Council President X": the council
    is an actor, and the holder's side, ``body_titles``; "<State> Army Chief X" stays the state's)."""
    doc, lx, end = st.doc, st.lx, span.end
    if len(span) >= 2 and span[-1].lemma_.lower() in lx.gov_titles and end < len(doc) and \
            doc[end].ent_type_ == "PERSON" and not any(t.lower_ in lx.org_words for t in span) and \
            not any(t.text.isupper() and not lx.country(t.text) for t in span):
        return True  # "<State> National Security Adviser" + "<Name>": the whole title tagged as a body
    j = end  # (the tagger may stop inside the title: "<State> National" + "Security Adviser")
    while j < min(len(doc), end + 2) and doc[j].text[:1].isupper() and not doc[j].ent_type_ and \
            doc[j].lemma_.lower() not in lx.gov_titles and doc[j].lower_ not in lx.org_words:
        j += 1
    if j < len(doc) and doc[j].text.isupper():
        return False  # (s48 review) "<Name> FM <Person>": a title written as its initials is whole, opened by nothing
    cabinet = j < len(doc) and doc[j].lower_ in lx.words.cabinet_heads
    if j >= len(doc) or doc[j].lemma_.lower() not in lx.gov_titles or not doc[j].text[:1].isupper() or \
            not _premodifies(span, end, cabinet) or \
            j > end and len(span) < 2:
        return False
    if any(t.text.isupper() and not lx.country(t.text) for t in span):
        return False
    rest = span[seat_length(st, span):]  # (s39-affil) "White House" + "National Security" Adviser
    last = span[-1].lower_
    if last in lx.org_words and len(rest) >= 2 and not any(
            lx.country(t.text) or lx.demonym(t.text) for t in span):
        return False
    return j == end and len(span) <= 2 or j - span.start <= 4 and not any(t.lower_ in lx.org_words for t in rest)


def opens_cabinet_title(st: ActorState, span: Span) -> bool:
    """An ORG span that opens a cabinet title ("<demonym> Foreign Affairs" of "... Minister X"): its demonym
    is the minister's state (s39-affil, ``states.find_states``); not other titles ("<demonym> Red Cross
    President X": the demonym is the society's, no state's)."""
    doc, heads = st.doc, st.lx.words.cabinet_heads
    after = doc[span.end: min(len(doc), span.end + 3)]
    return opens_title(st, span) and any(t.lower_ in heads and t.text[:1].isupper() for t in after)


def _premodifies(span: Span, end: int, cabinet: bool) -> bool:
    """The span's root is a compound of the words after it ("<State> National Security" of "... Adviser").
    Before a cabinet title only (``cabinet``: "Minister"; "<demonym> Red Cross President X" names a body), two
    parses of a title's first words that hang them elsewhere: (s39-affil) every word with a head outside the
    span modifies words after it, one as a compound, the others as adjectives ("<demonym> Foreign Affairs" of
    "... Minister"); (s39-precision) the last word is a compound or conjunct on a later word or on the root, while
    the root is the demonym or first conjunct hung as amod or nmod ("Communication and Information" + "Minister")."""
    if span.root.dep_ == "compound":
        return True
    if not cabinet:
        return False
    outs = [t for t in span if not span.start <= t.head.i < span.end]
    if any(t.dep_ == "compound" for t in outs) and all(
            t.dep_ in ("compound", "amod") and t.head.i >= span.end for t in outs):
        return True
    last = span[-1]
    return span.root.dep_ in ("amod", "nmod") and last.dep_ in ("compound", "conj") and (
        last.head.i >= end or last.head.i == span.root.i)


def seat_length(st: ActorState, span: Span) -> int:
    """How many words at the span's start name a state's seat of executive ("White House"), whose body
    word is the state's, not a body of the title's (s39-affil)."""
    for n in range(min(3, len(span) - 1), 0, -1):
        if st.lx.body(span[:n].text) is not None:
            return n
    return 0
