"""Staff and wire credits on a line of their own: "Author: <Name>", "ab/cd/<Wire>/<Wire>", a closing "<Outlet>".

Why: outlets sign their copy on a line of its own, often at its end: the author after a label ("Author:",
"Editor:"), the editors' initials and the wires the copy drew on joined by slashes (a common sign-off of
foreign-service desks), or the outlet's bare name as the last line of a syndicated story. Read as text,
each made an actor of the author or the outlet the gold never keeps (read reports, s43 census: 3 of 6
spurious outlets and authors, in 3 stories). The line is page furniture; the names of a staff or closing-outlet line are the outlet's
(``st.outlets``: never actors, in this line or any other), a credited wire only leaves its line. Language data: ``data/closing_credits.toml``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from backchannel.data_loader import loader
from backchannel.extract.actors.furniture import add_outlets
from backchannel.extract.actors.own_sources import words as own_source_words
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

LOG = logging.getLogger(__name__)
FILE = "closing_credits.toml"
STAFF_LABEL = "actors.furniture.staff_label"
WIRE_INITIALS = "actors.furniture.wire_initials"
CLOSING_OUTLET = "actors.furniture.closing_outlet"
SOURCE_TAG = "actors.furniture.source_tag"
OUTLET_PAIR = "actors.furniture.outlet_pair"
DATED_BYLINE = "actors.furniture.dated_byline"
LEAD_LINES = 3  # an outlet pair is a credit only among the report's first lines


@dataclass(frozen=True)
class CreditShapes:
    """The patterns of ``closing_credits.toml``."""

    staff_label: re.Pattern[str]
    wire_initials: re.Pattern[str]
    wire_separators: re.Pattern[str]
    closing_outlet: re.Pattern[str]
    source_tag: re.Pattern[str]
    outlet_pair: re.Pattern[str]
    dated_byline: re.Pattern[str]


# The patterns, read and checked key by key (``load_fields``, as ``lead_datelines.patterns``).
shapes = loader(CreditShapes, FILE, "closing_credits")


def closing_credits(st: ActorState) -> None:
    """Exclude each credit line and remember its names as the outlet's (a step right after ``find_furniture``)."""
    lines = [m for m in re.finditer(r"[^\n]+", st.text) if m.group(0).strip()]
    for k, m in enumerate(lines):
        line = m.group(0)
        rule = _staff(st, line) or _wires(st, line) or (_outlet(st, line) if k == len(lines) - 1 else None) \
            or _source_tag(st, line) or (_outlet_pair(st, line) if k < LEAD_LINES else None) or _dated_byline(st, line)
        if rule is not None:
            st.excluded.append((m.start(), m.end()))
            LOG.debug("%s: %r", rule, line)  # exclusions leave no item: the log shows where the rule fired
    st.excluded.sort()


def _staff(st: ActorState, line: str) -> str | None:
    """ "Author: Jo Amsel": the names after a staff label."""
    sm = shapes().staff_label.match(line)
    if sm is None:
        return None
    names = [n.strip().rstrip(".") for n in st.lx.words.author_separator.split(sm.group(1))]
    add_outlets(st, ",".join(n for n in names if n), ",")
    return STAFF_LABEL


def _wires(st: ActorState, line: str) -> str | None:
    """ "ab/cd/OPA/Reuters", "ab/cd (OPA, Reuters)": initials and wires; at least one a known wire agency.
    Why the wires stay out of the outlets: a wire the copy drew on is often cited in the story too ("..., OPA
    reported, citing officials"), where it is a source the gold keeps; only the credit line is furniture."""
    wm = shapes().wire_initials.match(line)
    if wm is None:
        return None
    parts = [p.strip() for p in line[: wm.start(1) if wm.group(1) else len(line)].strip().rstrip(".").split("/")]
    if wm.group(1):
        parts += [p.strip() for p in shapes().wire_separators.split(wm.group(1))]
    if not any(p in st.lx.agencies for p in parts):
        return None
    return WIRE_INITIALS  # the line only: a wire the story cites elsewhere stays an actor there


def _outlet(st: ActorState, line: str) -> str | None:
    """ "Harbour Post" as the report's last line: an outlet's name (a word of outlet names), no state or capital."""
    om = shapes().closing_outlet.match(line)
    if om is None:
        return None
    name = om.group(1).strip()
    words = set(fold(name).split())
    if not words & st.lx.words.outlet_name_words or st.lx.country(name) or st.lx.capital(name):
        return None
    add_outlets(st, name, "\n")
    return CLOSING_OUTLET


def _source_tag(st: ActorState, line: str) -> str | None:
    """ "[Source: Harbour News]" alone on a line (s45-actors): the copy's source. The line is furniture; its
    name is the outlet's (never an actor anywhere) only when it is a wire agency or carries an outlet word and
    acts nowhere else in the report: "(Source: <Front>)" credits a party's own statement, and the party stays."""
    sm = shapes().source_tag.match(line)
    if sm is None:
        return None
    for part in (p.strip() for p in sm.group(1).replace(",", "/").split("/")):
        if (part in st.lx.agencies or set(fold(part).split()) & st.lx.words.outlet_name_words) \
                and not _acts_in_text(st, part):
            add_outlets(st, part)
    return SOURCE_TAG


def _acts_in_text(st: ActorState, name: str) -> bool:
    """Whether a mention of the name is the subject (or a subject's conjunct) of a verb no outlet is the
    subject of ("the <Name> released two men")."""
    key = fold(name[4:] if name.lower().startswith("the ") else name)
    verbs = own_source_words().outlet_verbs
    for ent in st.doc.ents:
        bare = ent[1:] if len(ent) > 1 and ent[0].pos_ == "DET" else ent
        root = ent.root
        subj = root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass"))
        if fold(bare.text) == key and subj and root.head.lemma_.lower() not in verbs:
            return True
    return False


def _outlet_pair(st: ActorState, line: str) -> str | None:
    """ "Harbour Wire / Kessel Daily Times" on a lead line (s45-actors): outlets joined by slashes, each a wire
    agency or a name with an outlet word; no state or capital among them (a headline "A / B" of two states). Each,
    not one: "AFP/Kari Lund" is a photo credit, whose agency stays an actor where the report cites it (s39)."""
    pm = shapes().outlet_pair.match(line)
    if pm is None:
        return None
    parts = [p.strip() for p in pm.group(1).split("/")]
    if any(st.lx.country(p) or st.lx.capital(p) for p in parts) or not all(
            p in st.lx.agencies or set(fold(p).split()) & st.lx.words.outlet_name_words for p in parts):
        return None
    add_outlets(st, pm.group(1))
    return OUTLET_PAIR


def _dated_byline(st: ActorState, line: str) -> str | None:
    """ "March 3, 2031|By Jo Amsel And Al Roe, The Kessel Post" (s45-actors): a dated byline; its names are the
    outlet's and its staff's."""
    bm = shapes().dated_byline.match(line)
    if bm is None:
        return None
    add_outlets(st, re.sub(r"\s+(?:and|And|AND)\s+", ",", bm.group(1)), ",")
    return DATED_BYLINE
