"""Respective titles: a list of parties and a list of named holders of one plural title, paired in order.

Why: news English writes the officials of several sides in one phrase, "the <A> and <B> envoys X and Y",
"<demonym A> and <demonym B> foreign ministers, X and Y", "the Foreign Ministers of <A>, <B> and <C> X, Y
and Z": the i-th name holds the title for the i-th party. No title rule reads a plural title over a list
of names, so each name kept no side or took the state named nearest (the other party's). Read off the
words, whatever the parse (the tagger often glues the last party to the first name: "<C> X"): the two
lists must be equally long (two or more), joined only by commas and "and", and the title's head must be a
plural governmental title. A guessed side (``side.nearest_state``, ``side.co_mentioned_side``) gives way.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from backchannel.data_loader import loader
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState

FILE = "respective_titles.toml"
RULE = "actors.descriptors.respective_titles"

Unit = tuple[int, int, str]  # first token, token after the last, actor id (GLUED + name: a state glued to a name)
GLUED = "@"


@dataclass(frozen=True)
class RespectiveWords:
    """``[respective]`` of respective_titles.toml: list joiners, the title's prepositions, party kinds."""
    joiners: frozenset[str]
    preps: frozenset[str]
    party_kinds: frozenset[str]


words = loader(RespectiveWords, FILE, "respective")


def respective_titles(st: ActorState) -> None:
    """Pair each list of two or more named persons after a plural title with the list of parties the
    title is held for, in order, when both lists are equally long."""
    acts = st.ctx.actors
    for sent in st.doc.sents:
        units = _units(st, sent)
        for i, u in enumerate(units):
            if _kind(st, u[2]) != "person" or (i and _joined(st, units, i - 1)
                                               and _kind(st, units[i - 1][2]) == "person"):
                continue
            people = _list_from(st, units, i, "person")
            if len(people) < 2:
                continue
            parties = _parties_before(st, units, i) or _parties_after(st, units, i + len(people) - 1)
            if len(parties) != len(people) or len({p[2] for p in parties}) != len(parties) \
                    or len({p[2] for p in people}) != len(people):
                continue
            for person, party in zip(people, parties):
                st.title_parties.update(range(party[0], party[1]))  # no state guess for anyone else
                a = acts[person[2]]
                if a.affiliation is None or a.traced("affiliation") in GUESSED:
                    st.set_affiliation(a, _actor_id(st, party[2]), RULE)


def _kind(st: ActorState, aid: str) -> str:
    """The kind of a unit's actor (a state glued to a name is a state)."""
    return "state" if aid.startswith(GLUED) else st.ctx.actors[aid].kind


def _actor_id(st: ActorState, aid: str) -> str:
    """The actor of a unit; a state glued to a name is made (or found) only when it is paired."""
    country = st.lx.country_name(aid[len(GLUED):]) if aid.startswith(GLUED) else None
    return st.state_actor(country, RULE) if country is not None else aid


def _units(st: ActorState, sent: Span) -> list[Unit]:
    """The sentence's runs of tokens of one actor, a party name glued before a person's name split off
    ("<State> Ola Brandt" tagged as one person); a person's title words are no part of the name."""
    out: list[Unit] = []
    i = sent.start
    while i < sent.end:
        aid = _actor_at(st, i)
        if aid is None:
            i += 1
            continue
        j = i
        while j < sent.end and _actor_at(st, j) == aid:
            j += 1
        glued = st.lx.country_name(st.doc[i].text) if st.ctx.actors[aid].kind == "person" and j - i >= 3 else None
        if glued is not None:
            out.append((i, i + 1, GLUED + glued.name))
            i += 1
        out.append((i, j, aid))
        i = j
    return out


def _actor_at(st: ActorState, i: int) -> str | None:
    """The actor token ``i`` names: none for the title words of a person's mention ("Malian and Chadian
    foreign ministers, X and Y" made a mention of X), which are read as the title."""
    aid = st.token_actor.get(i)
    if aid is None or aid not in st.ctx.actors:
        return None
    tok = st.doc[i]
    if st.ctx.actors[aid].kind == "person" and (tok.pos_ != "PROPN" or st.lx.is_title(tok.lemma_)
                                                 or _plural_title(st, tok)):
        return None
    return aid


def _joined(st: ActorState, units: list[Unit], k: int) -> bool:
    """Do only list joiners (a comma, "and", both) stand between unit ``k`` and the next one?"""
    if k + 1 >= len(units):
        return False
    between = st.doc[units[k][1]:units[k + 1][0]]
    return 0 < len(between) <= 2 and all(t.lower_ in words().joiners for t in between)


def _list_from(st: ActorState, units: list[Unit], i: int, kind: str) -> list[Unit]:
    """The list of actors of ``kind`` that starts at unit ``i`` and goes on while joiners link them."""
    out = [units[i]]
    k = i
    while _joined(st, units, k) and _kind(st, units[k + 1][2]) == kind:
        k += 1
        out.append(units[k])
    return out


def _parties_before(st: ActorState, units: list[Unit], i: int) -> list[Unit]:
    """The list of parties a plural title before unit ``i`` is held for: before the title ("<A> and
    <B> envoys X and Y") or after it, behind a preposition ("ministers of <A> and <B> X and Y")."""
    doc, w = st.doc, words()
    k = units[i][0] - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if i and units[i - 1][1] == k + 1 and _kind(st, units[i - 1][2]) in w.party_kinds:
        parties = _list_back(st, units, i - 1)
        before = units[i - 1 - len(parties) + 1][0] - 1
        if before >= 1 and doc[before].lower_ in w.preps and _plural_title(st, doc[before - 1]):
            return parties
        return []
    if k < 0 or not _plural_title(st, doc[k]):
        return []
    k -= 1
    while k >= 0 and _actor_at(st, k) is None and doc[k].pos_ in ("NOUN", "PROPN", "ADJ"):
        k -= 1  # the other words of the title ("foreign", "National Security")
    j = next((x for x in range(len(units)) if units[x][1] == k + 1), None)
    if j is None or _kind(st, units[j][2]) not in w.party_kinds:
        return []
    return _list_back(st, units, j)


def _parties_after(st: ActorState, units: list[Unit], k: int) -> list[Unit]:
    """The list of parties in a preposition right after the last name ``k`` of a list that a plural title
    opens ("Advisers X and Y of <A> and <B>")."""
    doc, w = st.doc, words()
    first = k
    while first and _joined(st, units, first - 1) and _kind(st, units[first - 1][2]) == "person":
        first -= 1
    opener = units[first][0] - 1
    if opener >= 0 and doc[opener].text == ",":
        opener -= 1
    after = units[k][1]
    if opener < 0 or not _plural_title(st, doc[opener]) or k + 1 >= len(units) \
            or after + 1 != units[k + 1][0] or doc[after].lower_ not in w.preps:
        return []
    return _list_from(st, units, k + 1, "state") if _kind(st, units[k + 1][2]) == "state" else []


def _list_back(st: ActorState, units: list[Unit], j: int) -> list[Unit]:
    """The list of parties that ends at unit ``j``, read back while joiners link them."""
    kinds = words().party_kinds
    out = [units[j]]
    while j and _joined(st, units, j - 1) and _kind(st, units[j - 1][2]) in kinds:
        j -= 1
        out.insert(0, units[j])
    return out


def _plural_title(st: ActorState, tok: Token) -> bool:
    """Is ``tok`` a governmental title in the plural ("envoys", "Ministers", "Advisers")?"""
    low = tok.lower_
    return low.endswith("s") and (st.lx.is_title(tok.lemma_) or st.lx.is_title(low[:-1]))
