"""Sub-national governments ("Lorvia State", "the state government") and the districts below them.

Why: reports about a federation speak of a federated unit's government as a party of its own ("the
Lorvia State Government denied hiring a negotiator"), name its head by office ("the Governor of
Lorvia State") and place events in districts ("Kessel Local Government Area"). The tagger reads the
unit's name as a place or as a leader's name ("the <Name> Government"), and a district as an
organisation. A unit is a state actor where the report makes it a party: its government, its office
holder, or a clause it is the subject of; anywhere else it is a place, never an actor
(``data/subnational.toml``). Its office holder is a person affiliated with the unit, the named one
when the report names the holder by the title.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.tree import coordination_head

FILE = "subnational.toml"
UNIT = "actors.subnational.unit_government"
UNIT_PLACE = "actors.subnational.unit_place"
DISTRICT = "actors.subnational.district_place"
STATE_GOVERNMENT = "actors.subnational.state_government"


@dataclass(frozen=True)
class UnitWords:
    heads: frozenset[str]
    government_nouns: frozenset[str]
    titles: frozenset[str]
    not_names: frozenset[str]
    name_labels: frozenset[str]
    holder_blocking_preps: frozenset[str]
    clause_breaks: frozenset[str]
    government_name: str
    name_stops: frozenset[str]
    stop_labels: frozenset[str]


@dataclass(frozen=True)
class PlaceWords:
    heads: tuple[str, ...]
    institution_nouns: frozenset[str]


@dataclass(frozen=True)
class SubnationalWords:
    """The word classes of ``data/subnational.toml``."""

    units: UnitWords
    places: PlaceWords


words = loader(SubnationalWords, FILE)


def subnational_units(st: ActorState) -> None:
    """Districts as places, federated units as state actors or places, and "the state government"."""
    _districts(st)
    for tok in st.doc:
        if tok.i in st.consumed:
            continue
        if tok.lower_ in words().units.heads or tok.lower_ in words().places.heads and _governed(st, tok.i + 1):
            _unit_with_head(st, tok)  # ("<Name> County Government": a district with a government of its own)
        elif tok.lower_ in words().units.titles:
            _unit_of_title(st, tok)
    _state_governments(st)
    st.excluded.sort()


def name_run(st: ActorState, end: int, any_label: bool = False) -> int | None:
    """The first token of the proper name that ends right before token ``end`` ("Lorvia" in "Lorvia
    State"), or None: one to three capitalised proper nouns with a place's label or none (any label
    with ``any_label``), not a country, a nationality or a word of ``not_names``."""
    w, doc, lx = words().units, st.doc, st.lx
    labels = w.name_labels
    i = end
    while i > 0 and end - i < 3:
        t = doc[i - 1]
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or not (any_label or t.ent_type_ in labels) \
                or t.lower_ in w.heads \
                or t.lower_ in w.not_names or t.lower_ in lx.gov_titles or t.i in st.consumed:
            break
        i -= 1
    if i == end or i > 0 and _cut_name(st, doc[i - 1]):
        return None  # ("Hong Kong Special Administrative Region": the name is longer than a unit's)
    text = doc[i:end].text
    if lx.country(text) or lx.demonym(text) or lx.bloc(text) or lx.country(doc[end - 1].text) \
            or st.is_excluded(doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)):
        return None
    return i


def _cut_name(st: ActorState, t: Token) -> bool:
    """Did the run stop inside a longer proper name? A capitalised proper noun (not a title such as
    "Governor") before it means the unit's name would be only the run's tail: better no unit."""
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in st.lx.gov_titles \
        and t.lower_ not in words().units.titles and not t.is_sent_start


def _institution_next(st: ActorState, end: int) -> bool:
    """Is token ``end`` an institution's noun ("Kessel District Court", "Kessel County Sheriff's
    Office")? Then the unit or district word opens that body's name."""
    return end < len(st.doc) and st.doc[end].lower_ in words().places.institution_nouns


def _districts(st: ActorState) -> None:
    """ "Kessel Local Government Area", "Kessel LGA", "Kessel County": a place wherever it stands."""
    doc = st.doc
    by_first = _district_heads()
    for tok in doc:
        for head in by_first.get(tok.lower_, ()):
            end = tok.i + len(head)
            if end > len(doc) or [t.lower_ for t in doc[tok.i:end]] != head:
                continue
            start = name_run(st, tok.i, any_label=True)  # ("Kessel Local Government": an ORG to the tagger)
            if start is None or len(head) == 1 and _governed(st, end) or _institution_next(st, end) \
                    or _subject(st, doc[end - 1]) and doc[end - 1].head.pos_ == "VERB":
                continue  # ("The Kessel Municipality said ...": a body that speaks, left to the names)
            s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            st.excluded.append((s, e))
            st.vetoed.append((s, e, DISTRICT))
            st.consumed.update(range(start, end))
            break


@cache
def _district_heads() -> dict[str, list[list[str]]]:
    """The district heads by their first word: one dictionary look-up a token instead of a list
    compared per head (the step once took a third of the actors stage)."""
    out: dict[str, list[list[str]]] = {}
    for h in words().places.heads:
        out.setdefault(h.split()[0], []).append(h.split())
    return out


def _governed(st: ActorState, i: int) -> bool:
    """Is token ``i`` a unit's government noun or title ("... County Government", "... County Governor")?"""
    w = words().units
    return i < len(st.doc) and (st.doc[i].lower_ in w.government_nouns or st.doc[i].lower_ in w.titles)


def _unit_with_head(st: ActorState, head: Token) -> None:
    """ "<Name> State": a unit of its own with its government, its title or as a subject; else a place."""
    w, doc = words().units, st.doc
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ == "POS" and head.dep_ == "poss":
        nxt = head.head  # "<Name> State's government", "<Name> Province's governor"
    gov = nxt is not None and nxt.lower_ in w.government_nouns
    title = nxt is not None and nxt.lower_ in w.titles
    # ("the <Name> State Government": an ORG to the tagger; with its government or title it is a unit)
    holder = _title_over(st, head)
    start = name_run(st, head.i, any_label=gov or title or holder is not None)
    if start is None:
        return
    if not head.text[:1].isupper() and not (gov or title or holder is not None):
        return  # "a Kessel state visit", "Lorvian state media" (not "the governor of Lorvia state")
    if nxt is not None and not (gov or title) and nxt.pos_ in ("PROPN", "NOUN"):
        return  # "the <Name> State House", "<Name> State officials": another body's name or a modifier
    name = f"{doc[start:head.i].text} {head.text[:1].upper()}{head.text[1:]}"
    s, e = doc[start].idx, head.idx + len(head.text)
    if gov and nxt is not None:
        aid = unit_actor(st, name, doc[start:head.i].text)
        st.add_mention(aid, s, nxt.idx + len(nxt.text), nxt, UNIT)
        st.add_alias(aid, st.text[s:nxt.idx + len(nxt.text)], UNIT)
        st.consumed.update(range(start, nxt.i + 1))
        st.excluded.append((s, nxt.idx + len(nxt.text)))
        return
    if not (title or holder is not None or _subject(st, head)):  # (not "X State was seized": a place)
        st.excluded.append((s, e))  # "in <Name> State", "the town of X in <Name> State": a place
        st.vetoed.append((s, e, UNIT_PLACE))
        st.consumed.update(range(start, head.i + 1))
        return
    aid = unit_actor(st, name, doc[start:head.i].text)
    st.add_mention(aid, s, e, head, UNIT)
    st.add_alias(aid, st.text[s:e], UNIT)
    st.consumed.update(range(start, head.i + 1))
    st.excluded.append((s, e))
    if title and nxt is not None:
        st.unit_titles.append((nxt.i, start, nxt.i, aid))
    elif holder is not None:
        st.unit_titles.append((holder.i, min([holder.i, *[t.i for t in holder.lefts]]), head.i, aid))


def _subject(st: ActorState, head: Token) -> bool:
    """Is the unit a clause's subject ("Lorvia State has denied ...", "Kessel State and Lorvia State have
    signed ...")? Not across a dateline's colon or a heading's dash ("Ostrava Province, Ostland: Gunmen
    abducted ..."): the parse hangs the fragment on the verb, but a dateline is page furniture."""
    subj = coordination_head(head)
    if subj.dep_ != "nsubj":
        return False
    verb = subj.head
    lo, hi = sorted((head.i, verb.i))
    return not any(t.text in words().units.clause_breaks for t in st.doc[lo:hi])


def _title_over(st: ActorState, tok: Token) -> Token | None:
    """The title whose "of" phrase ``tok`` heads ("the Governor of <Name> State"), or None."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ != st.lx.words.of:
        return None
    return prep.head if prep.head.lower_ in words().units.titles else _title_before_name(st, prep.head)


def _title_before_name(st: ActorState, name: Token) -> Token | None:
    """ "Governor Ola Brandt of <Name> State": the title right before the name (one to four capitalised
    proper nouns) that the "of" phrase hangs on; the name is the title holder's (unit_offices.py)."""
    doc, titles = st.doc, words().units.titles
    if name.pos_ != "PROPN" or name.i + 1 >= len(doc) or doc[name.i + 1].lower_ != st.lx.words.of:
        return None
    i = name.i
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ not in titles:
        i -= 1
    return doc[i - 1] if i > 0 and doc[i - 1].lower_ in titles and name.i - i < 4 else None


def _unit_of_title(st: ActorState, title: Token) -> None:
    """ "<Name> Governor X", "the Governor of <Name>": a unit named without a head word, by its title."""
    doc = st.doc
    start = name_run(st, title.i)
    if start is not None and doc[start].ent_type_:
        aid = unit_actor(st, doc[start:title.i].text, doc[start:title.i].text)
        s, e = doc[start].idx, doc[title.i - 1].idx + len(doc[title.i - 1].text)
    else:
        of = title.i + 1 < len(doc) and doc[title.i + 1].lower_ == st.lx.words.of
        end = title.i + 2
        while of and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in ("GPE", "LOC") \
                and doc[end].lower_ not in words().units.heads:
            end += 1
        first = name_run(st, end) if of and end > title.i + 2 else None
        if first != title.i + 2 or (end < len(doc) and doc[end].lower_ in words().units.heads) \
                or not _named_as_unit(st, first, end):
            return  # (with a head word: _unit_with_head; "the governor of <city>": no unit)
        s, e = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
        aid = unit_actor(st, st.text[s:e], st.text[s:e])
        start = title.i
        st.unit_titles.append((title.i, min([title.i, *[t.i for t in title.lefts]]), end - 1, aid))
        st.add_mention(aid, s, e, doc[end - 1], UNIT)
        st.consumed.update(range(first, end))
        st.excluded.append((s, e))
        return
    st.add_mention(aid, s, e, doc[title.i - 1], UNIT)
    st.consumed.update(range(start, title.i))
    st.excluded.append((s, e))
    st.unit_titles.append((title.i, start, title.i, aid))


def _named_as_unit(st: ActorState, first: int, end: int) -> bool:
    """Does the report call the name after "the Governor of" a unit elsewhere ("Lorvia State", "the
    Lorvia Government")? A city or a country's province has a governor too ("the governor of
    Kandahar"); without a head word the name is a unit only when the report writes it with one."""
    name = [t.lower_ for t in st.doc[first:end]]
    w, n = words().units, len(name)
    if fold(st.doc[first:end].text) in st.units:
        return True
    return any([t.lower_ for t in st.doc[i:i + n]] == name and i + n < len(st.doc)
               and (st.doc[i + n].lower_ in w.heads or st.doc[i + n].lower_ in w.government_nouns)
               for i in range(len(st.doc) - n) if i != first)


def unit_actor(st: ActorState, name: str, bare: str) -> str:
    """The unit's actor (one per bare name, "Lorvia" for "Lorvia State"), made on first use; a name with
    its head word ("Lorvia State") is preferred to the bare one."""
    key = fold(bare)
    aid = st.units.get(key)
    if aid is None:
        aid = st.ctx.new_actor_id(name)
        st.ctx.add_actor(Actor(id=aid, name=name, kind="state"), UNIT)
        st.units[key] = aid
        st.add_alias(aid, bare, UNIT)  # ("Lorvia" in another report's "Lorvia Governor X": the same unit)
        return aid
    actor = st.ctx.actors[aid]
    if fold(actor.name) == key and fold(name) != key:
        old = actor.name
        actor.name = name
        st.add_alias(aid, old, UNIT)
    return aid


def government_aliases(st: ActorState) -> None:
    """ "Lorvia State Government" for the unit "Lorvia State": the actor is the unit's government, and
    this full name is how another report (or a reader) names it, so it is kept beside the short one
    (``government_name``). Only for a name with its head word ("Lorvia State", not a bare "Lorvia"),
    and only once the stage's steps are done: a government word among the aliases would make the unit
    the side of every "government official" of the report (implied.py)."""
    for key, aid in st.units.items():
        actor = st.ctx.actors.get(aid)
        if actor is not None and fold(actor.name) != key:
            st.add_alias(aid, f"{actor.name} {words().units.government_name}", UNIT)


def _state_governments(st: ActorState) -> None:
    """ "the state government" after a unit: the nearest unit named before it (the only one if none)."""
    w = words().units
    if not st.units:
        return
    units = set(st.units.values())
    for tok in st.doc:
        if tok.lower_ not in w.government_nouns or tok.i in st.consumed or tok.i == 0:
            continue
        mod = st.doc[tok.i - 1]
        if mod.lower_ not in w.heads or mod.dep_ != "compound" or mod.i in st.consumed:
            continue
        if any(c.dep_ in ("poss", "amod") or c.pos_ == "PROPN" for c in tok.children if c.i < mod.i):
            continue
        last = {aid: max((m.start for m in st.ctx.actors[aid].mentions if m.start < tok.idx), default=-1)
                for aid in units}
        aid = max(last, key=lambda a: last[a])
        if last[aid] < 0 and len(units) > 1:
            continue
        s, e = mod.idx, tok.idx + len(tok.text)
        st.add_mention(aid, s, e, tok, STATE_GOVERNMENT)
        st.add_alias(aid, st.text[s:e], STATE_GOVERNMENT)
        st.consumed.update((mod.i, tok.i))
        st.excluded.append((s, e))
