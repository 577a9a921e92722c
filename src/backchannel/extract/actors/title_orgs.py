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
