"""Datelines and publisher credits in the first lines of a report that ``furniture.py``'s patterns miss.

Why: the places of a dateline and the outlet of a credit are page furniture, never actors; reports open
with more shapes than the older patterns read: places joined by a slash ("Kessel/Ostrava, May 3, 2001 –"),
the outlet between bars ("Kessel, Ostland | THE HARBOUR POST |"), a capitalised place and its country with
no dash ("KESSEL, Ostland The talks ..."), the outlet alone after the dash ("KESSEL – Harbour Daily News"),
and "... reports <Outlet>" closing the lede; (s40-precision) a wire agency's label alone before the dash
("OPA - Three workers ...") or joined to a partner's and its city ("ONA-OPA Kessel The talks ..."), and the
closing note "This report by the Harbour Press was first published ...". Each unread shape made the place or the
outlet an actor (and the outlet's later "told OPA" a second one). Only the first lines before the story's first
long line are read (``LEAD_LINES``), the publication note anywhere. Patterns: ``data/lead_datelines.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from backchannel.data_loader import loader
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

FILE = "lead_datelines.toml"
LEAD_LINES = 3  # lines read: a byline, the dateline, the lede
STORY_WORDS = 4  # words after a bare dateline's country in which the story's sentence shows a lower-case word


@dataclass(frozen=True)
class Patterns:
    """``lead_datelines.toml`` ``[lead_datelines]``."""

    slash_dateline: re.Pattern[str]
    bar_credit: re.Pattern[str]
    bare_dateline: re.Pattern[str]
    dash_outlet_line: re.Pattern[str]
    reports_credit: re.Pattern[str]
    agency_label: re.Pattern[str]
    publication_note: re.Pattern[str]


# The patterns of the module, read and checked key by key (``load_fields``).
patterns = loader(Patterns, FILE, "lead_datelines")


def lead_datelines(st: ActorState) -> None:
    """Exclude the places and outlets of the lead's datelines and credits; remember the outlets."""
    p, lx = patterns(), st.lx
    for k, m in enumerate(re.finditer(r"[^\n]+", st.text)):
        if k >= LEAD_LINES:
            break
        para, s = m.group(0), m.start()
        if (sd := p.slash_dateline.match(para)) and all(
                not _outlet_words(st, x) for x in sd.group(1).split("/")):
            st.excluded.append((s, s + sd.end()))  # actors.furniture.slash_dateline
        elif (bc := p.bar_credit.match(para)) and not lx.country(bc.group(1)) and not lx.capital(bc.group(1)) \
                and (bc.group(1).isupper() or _outlet_words(st, bc.group(1))):  # not "| Norland Defence Ministry |"
            st.excluded.append((s, s + bc.end()))  # actors.furniture.bar_credit
            st.outlets.add(fold(bc.group(1)))
        elif (bd := p.bare_dateline.match(para)) and (n := _country_words(st, bd.group(2))) \
                and not lx.country(bd.group(1)) and not lx.bloc(bd.group(1)) \
                and _story_follows(st, para[bd.start(2) + n:]):
            st.excluded.append((s, s + bd.start(2) + n))  # actors.furniture.bare_dateline
        elif (do := p.dash_outlet_line.match(para)) and _outlet_words(st, do.group(1)):
            st.excluded.append((s, s + len(para)))  # actors.furniture.dateline_outlet_line
            st.outlets.add(fold(do.group(1)))
        elif (al := p.agency_label.match(para)) and _agency_label(st, al):
            st.excluded.append((s, s + al.end()))  # actors.furniture.agency_label
            st.outlets.update(fold(x) for x in re.split(r"[-/]", al.group(1)) if x)
        if (rc := p.reports_credit.search(para)) and _outlet_words(st, rc.group(1)):
            st.excluded.append((s + rc.start(1), s + rc.end(1)))  # actors.furniture.reports_credit
            st.outlets.add(fold(rc.group(1)))
    for pn in p.publication_note.finditer(st.text):  # actors.furniture.publication_note
        st.excluded.append((pn.start(), pn.end()))
        st.outlets.add(fold(pn.group(1)))


def trim_furniture_ents(st: ActorState) -> None:
    """Trim an entity that starts inside page furniture and runs on past it to its words after the furniture
    ("AP - Chile" tagged as one organisation: "Chile", the lede's first party). Dropping the whole entity as
    furniture lost that party; keeping it whole made the agency's label part of its name (s40 review, finding 4).
    ``doc.ents`` is reset, so each token's entity type follows."""
    doc, cut, ents = st.doc, False, []
    for ent in doc.ents:
        end = next((e for s, e in st.excluded if s <= ent.start_char < e < ent.end_char), None)
        if end is None:
            ents.append(ent)
            continue
        cut = True
        k = next((t.i for t in ent if t.idx >= end and not t.is_punct and not t.is_space), None)
        if k is not None:
            ents.append(Span(doc, k, ent.end, label=ent.label_))
    if cut:
        doc.ents = ents
        st.ent_of = None  # rebuilt from the trimmed entities on first use


def _agency_label(st: ActorState, m: re.Match[str]) -> bool:
    """Is ``m`` a wire agency's label: a part of it a known agency ("OPA", "ONA-OPA"), and the place after it, if
    any, a capital ("ONA-OPA Kessel The talks"; "OPA Chief Jo Amsel said" is a sentence)?"""
    if not any(x in st.lx.agencies for x in re.split(r"[-/]", m.group(1))):
        return False
    return m.group(2) is None or bool(st.lx.capital(m.group(2)))


def _outlet_words(st: ActorState, name: str) -> bool:
    """Does ``name`` hold a word of an outlet's name ("news", "daily", "times", ...)?"""
    return bool(set(fold(name).split()) & st.lx.words.outlet_name_words)


def _story_follows(st: ActorState, rest: str) -> bool:
    """Does the story's first sentence follow a bare dateline's country ("KESSEL, Norway Swedish negotiators
    have agreed ...")? Not another state's name (a list: "NATO, Norway, Sweden and Finland signed"), and a
    lower-case word within ``STORY_WORDS`` words: a line of capitalised words is a headline ("HAMAS, Israel
    Agree To New Truce Talks": the parties, never furniture; s38 review)."""
    words = rest.split()
    if not words or st.lx.country_name(words[0].strip(",;:")):
        return False
    return any(w[:1].islower() for w in words[:STORY_WORDS])


def _country_words(st: ActorState, words: str) -> int:
    """The length of the longest run of ``words``' first words that names a state ("South Sudan" of "South
    Sudan The"), else 0."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        cand = " ".join(parts[:n])
        if st.lx.country(cand):
            return len(cand)
    return 0
