"""Acronyms that a story makes a party of, which the tagger missed: "kidnapped by <ABCD>".

Why (s48-parties census): a party named only by its acronym lost every act it took part in when the small
model tagged the acronym as nothing, or as a place ("<A>23", a code with a digit, read as a town). The
older rule (``actors.names.untagged_acronym``) reads only an acronym after "the". This rule asks the text
to say the acronym is a party: one of its uses is the subject, object or agent of an act or speech word
(``specific_groups.role_trigger``: "kidnapped by <ABCD>", "<ABCD> released two engineers", "talks with
<ABCD>") or stands before a body noun ("the <A>23 rebel movement"). Then every use of the same acronym
in the report is a mention of one organisation. Never a known state, bloc, demonym or title, never a word
the page's furniture holds, never a two-letter acronym without a digit (a unit, a title or a state's code).
Words: ``data/party_acronyms.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from backchannel.data_loader import loader
from backchannel.extract.actors.specific_groups import role_trigger
from backchannel.resolve.lexicon import fold
from backchannel.syntax.tree import coordination_head

if TYPE_CHECKING:
    from backchannel.extract.actors.state import ActorState, Named

FILE = "party_acronyms.toml"
RULE = "actors.names.party_acronym"
Found = tuple[int, int, str, Span, str]  # (start token, end token, label, span, rule id), as ner_spans


@dataclass(frozen=True)
class Words:
    """``party_acronyms.toml`` ``[party_acronyms]``."""

    loose_labels: frozenset[str]
    place_labels: frozenset[str]
    body_heads: frozenset[str]
    gloss_brackets: frozenset[str]
    lengths: dict[str, int]


words = loader(Words, FILE, "party_acronyms")


@dataclass(frozen=True)
class PluralWords:
    """``party_acronyms.toml`` ``[plural_names]``."""

    articles: frozenset[str]
    plural_endings: tuple[str, ...]


plural_words = loader(PluralWords, FILE, "plural_names")
PLURAL_RULE = "actors.names.plural_people_name"
KIND_ALIAS = "actors.aliases.party_kind_noun"


def _shape(text: str) -> bool:
    """Capitals and digits, a letter first, short; letters only need ``min_letters`` of them."""
    w = words()
    if not (text.isupper() and text.isalnum() and text[0].isalpha() and len(text) <= w.lengths["max_length"]):
        return False
    return any(c.isdigit() for c in text) or len(text) >= w.lengths["min_letters"]


def _candidate(st: ActorState, tok: Token) -> bool:
    """An acronym the tagger gave no party label, that no lexicon knows as something else."""
    lx, t, w = st.lx, tok.text, words()
    if tok.pos_ != "PROPN" or not _shape(t):
        return False
    label = tok.ent_type_
    if label not in w.loose_labels and not (label in w.place_labels and any(c.isdigit() for c in t)):
        return False
    if lx.country(t) or lx.bloc(t) or lx.demonym(t) or t.lower() in lx.gov_titles:
        return False
    return not st.is_excluded(tok.idx, tok.idx + len(t))


def _party_use(tok: Token) -> bool:
    """Does this use say the acronym is a party: an argument of an act or speech word, or a body noun's
    name ("the <A>23 rebel movement")?"""
    if tok.dep_ in ("compound", "nmod"):
        return tok.head.lemma_.lower() in words().body_heads or tok.head.lower_ in words().body_heads
    return role_trigger(coordination_head(tok)) is not None


def party_acronyms(st: ActorState, found: list[Found]) -> list[Found]:
    """``found`` with every use of a party's acronym as an organisation (a place span on it dropped)."""
    doc, w = st.doc, words()
    uses: dict[str, list[Token]] = {}
    for i in range(len(doc)):
        if st.toks.pos[i] == "PROPN" and st.toks.text[i].isupper() and _candidate(st, doc[i]):
            uses.setdefault(doc[i].text, []).append(doc[i])
    # (a glossed acronym, "<Full Name> (<ABC>)", is the named party's: the alias rules join its uses)
    parties = {t: toks for t, toks in uses.items() if any(_party_use(x) for x in toks) and not any(
        x.i > 0 and doc[x.i - 1].text in w.gloss_brackets for x in toks)}
    if not parties:
        return found
    mine = {x.i for toks in parties.values() for x in toks}
    # a place or loose span over the acronym alone goes ("<A>23" read as a town); a longer name stays
    kept = [f for f in found if not (f[1] - f[0] == 1 and f[0] in mine and f[2] in w.place_labels | w.loose_labels)]
    taken = {i for s, e, *_ in kept for i in range(s, e)}
    for toks in parties.values():
        kept.extend((x.i, x.i + 1, "ORG", doc[x.i: x.i + 1], RULE) for x in toks if x.i not in taken)
    return kept


def plural_people_names(st: ActorState, found: list[Found]) -> list[Found]:
    """``found`` with "the <Name>s" read as a group, not a person (rule ``actors.names.plural_people_name``).

    Why (s48-parties census): the tagger reads a movement or people named in the plural after "the" ("the
    <Name>s released prisoners") as a person; a person's name takes no article and no plural, and as a
    person the name was joined to a leader who bore it as a surname, so the movement and its acts were
    lost. One word, tagged as a person, right after the article, ending in the plural ending, capitalised,
    not a modifier of another noun ("the <Name>s' compound" keeps the possessive's reading).
    """
    w, doc = plural_words(), st.doc
    out: list[Found] = []
    for f in found:
        s, e, label = f[0], f[1], f[2]
        tok = doc[s]
        if label == "PERSON" and e - s == 1 and s > 0 and doc[s - 1].lower_ in w.articles and \
                tok.text[:1].isupper() and tok.text.endswith(w.plural_endings) and not tok.text.isupper() and \
                tok.dep_ not in ("compound", "nmod", "amod", "poss"):
            out.append((s, e, label, f[3], PLURAL_RULE))  # (the kind is the evidence's: a plural verb, "group")
            continue
        out.append(f)
    return out


def plural_group_name(st: ActorState, nm: Named) -> bool:
    """Is the one-word name ``nm`` (or its plural) written as a group's ("the <Name>s")? Then it is no
    short form of a person's name that ends in it ("<Given> al-<Name>"): the movement, not its leader
    (rule ``actors.names.plural_people_name``)."""
    if " " in nm.name:
        return False
    key = fold(nm.name)
    ends = plural_words().plural_endings
    forms = {key} | {key + e for e in ends}
    return any(fold(o.name) in forms and any(m[3] == PLURAL_RULE for m in o.mentions) for o in st.named)


def plural_group_of_person(st: ActorState, aid: str, target: str) -> bool:
    """Is ``aid`` a group written "the <Name>s" and ``target`` a person? Then the person's surname alias
    ("al-<Name>" -> "<Name>") does not make the movement the person (``actors.names.plural_people_name``)."""
    a, t = st.ctx.actors[aid], st.ctx.actors[target]
    return t.kind == "person" and any(m.rule == PLURAL_RULE for m in a.mentions)


def kind_noun_aliases(st: ActorState) -> None:
    """"the <Name> movement", "the <A>23 rebel movement": the name of a party these rules made, written once
    before its kind noun (``actors_words.toml`` ``name_kind_heads``, with kind words between), is an alias.

    Why: the tagger tags the name alone, so "<Name> movement", the name the golds write beside "the
    <Name>s", was never an alias (``actors.aliases.name_with_kind_noun`` needs a second actor of that name).
    Only the actors of ``actors.names.plural_people_name`` and ``actors.names.party_acronym``."""
    doc, lx = st.doc, st.lx
    heads, between = lx.words.name_kind_heads, lx.words.name_kind_modifiers
    mine = {aid for aid, a in st.ctx.actors.items() if any(m.rule in (PLURAL_RULE, RULE) for m in a.mentions)}
    for i, aid in list(st.token_actor.items()):
        if aid not in mine or aid not in st.ctx.actors or doc[i].dep_ not in ("compound", "nmod", "amod"):
            continue
        j = i + 1
        while j < len(doc) and doc[j].lower_ in between:
            j += 1
        if j < len(doc) and doc[j].lower_ in heads and doc[i].head.i == j and st.token_actor.get(j) in (None, aid):
            st.add_alias(aid, doc[i:j + 1].text, KIND_ALIAS)
