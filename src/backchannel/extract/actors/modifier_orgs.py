"""An organisation's name the model left untagged where it modifies a person's role noun: "Karl Vogt, a
<Free Hill Front> commander", "a <Red Lantern Society> volunteer said".

Why: the small model tags a movement's name as a party where it heads a phrase ("the Free Hill Front
said") but often not where it is a pre-modifier of the role its member holds; the person then gets no
side, or the side of a state named near by (another party's envoy). A run of plain capitalised words
ending in an organisation word, hung whole on a lower-case person noun, is such a name (rule
MODIFIER_ORG_NAME, s44-review).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState

MODIFIER_ORG_NAME = "actors.names.modifier_org_name"
MIN_WORDS = 2  # a name word before the organisation word ("Front" alone is the noun)


def modifier_org_names(st: ActorState, covered: set[int], plain: Callable[[ActorState, Token], bool]
                       ) -> list[tuple[int, int]]:
    """Token ranges ``[i, j)`` of such names: every word plain capitalised (``plain``: no entity other
    than an organisation's, no state, city or given name), a compound whose head lies in the run or is
    the role noun right after it, the last an organisation word, no word covered by a name found before,
    the word before the run no capitalised word of it (the run is whole), the name no state's body
    ("Foreign Ministry spokesman" stays a state's title)."""
    doc, lx = st.doc, st.lx
    out: list[tuple[int, int]] = []
    for noun in doc:
        if not _person_noun(st, noun) or noun.i < MIN_WORDS:
            continue
        j = noun.i
        i = j
        while i > 0 and (i - 1) not in covered and plain(st, doc[i - 1]) and doc[i - 1].dep_ == "compound" \
                and i - 1 < doc[i - 1].head.i <= j:
            i -= 1
        if j - i < MIN_WORDS or doc[j - 1].lower_ not in lx.org_words or doc[j - 1].head.i != j:
            continue
        if i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start:
            continue  # part of a longer capitalised run the tests above refused
        name = doc[i:j].text
        if lx.body(name) is not None or lx.bloc(name) is not None or any(lx.is_title(t.lower_) for t in doc[i:j]):
            continue
        out.append((i, j))
    return out


def _person_noun(st: ActorState, t: Token) -> bool:
    """A lower-case common noun of a person's role ("commander", "spokesman", "volunteer")."""
    lemma = t.lemma_.lower()
    return t.pos_ == "NOUN" and t.text.islower() and (lemma in st.lx.person_nouns or lemma in st.lx.unnamed_person)

