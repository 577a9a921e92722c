"""Page furniture: bylines, datelines, reporting credits and the outlet's own sourcing.

Why: these spans are not part of the story; the outlet and the authors are never
actors, and a dateline's city is not a venue of the talks.
"""

from __future__ import annotations

import re

from backchannel.extract.actors.lead_datelines import lead_datelines, trim_furniture_ents
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold


LEAD_CHARS = 400  # an outlet's label opens the report: only within its first characters
# The id of the photo-credit veto (docs/rules.md): its line is excluded, so no output item carries it.
PHOTO_CREDIT = "actors.furniture.photo_credit"
LEAD_SENTENCE_WORDS = 8  # the first line this long is the story: bare byline and dateline lines come before it


def _outlet_label(st: ActorState, para: str, s: int, lead: bool) -> None:
    """ "OPANEWS: Ostland's minister said ...", "Harbour News/ Ostland's minister said ...": an outlet's name
    in capitals and a colon, or any name and a slash, opening the report, written once as a label (a
    transcript's speaker labels come back paragraph after paragraph)."""
    w = st.lx.words
    lab = (w.outlet_label.match(para) or w.slash_label.match(para)) if lead else None
    if lab is None or st.text.count(lab.group(0).rstrip()) != 1 or st.lx.country(lab.group(1)) \
            or st.lx.capital(lab.group(1)):
        return
    st.excluded.append((s, s + lab.end()))
    st.outlets.add(fold(lab.group(1)))


def find_furniture(st: ActorState) -> None:
    """Exclude bylines, datelines and credits; remember the outlet's and the authors' names."""
    d, text, w = st.ctx.document, st.text, st.lx.words
    for who in (d.author, d.source):
        if who:
            for part in w.author_separator.split(who):
                if part.strip():
                    st.outlets.add(fold(part))
    _bare_lead_lines(st)
    after_byline = False
    for m in re.finditer(r"[^\n]+", text):
        para, s = m.group(0), m.start()
        stripped = para.strip()
        if _credits(st, para, s, m.start() < LEAD_CHARS, after_byline):
            after_byline = False
            continue
        if _photo_credit(st, stripped):
            st.excluded.append((s, m.end()))
            after_byline = False
            continue
        after_byline = bool(w.byline.match(stripped)) and len(stripped) < 120
        if w.byline.match(stripped) and len(stripped) < 120 or stripped in st.lx.agencies:
            if stripped in st.lx.agencies:  # "Associated Press" alone on its line: the wire's credit
                st.outlets.add(fold(stripped))
            st.excluded.append((s, m.end()))
            continue
        dc = w.dated_credit.match(stripped)
        if dc and len(stripped) < 80 and not st.lx.country(dc.group(1)):
            # "Harbour Post , Tuesday 3 Mar 2026": the outlet's dated credit line
            st.excluded.append((s, m.end()))
            st.outlets.add(fold(dc.group(1)))
            continue
        if w.credit_line.match(stripped):
            st.excluded.append((s, m.end()))
            for nm in re.findall(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+", stripped):
                st.outlets.add(fold(nm))
            continue
        # the dash spaced, or glued to the lede's first word after a space or the outlet's bracket ("LIMA (AP)
        # -Chile and ..."; s40 review finding 6: unread, the dateline's capital was made the lede's party)
        # (s42) places joined by a slash ("KESSEL, Ostland/ORAVA (OPA) -"): all dateline (slash_places_dateline)
        dl = re.match(r"\s*([A-Z][A-Z.'’ -]{2,}[A-Z](?:,\s*[A-Z][\w. ]+)?"
                      r"(?:\s*/\s*[A-Z][A-Z.'’ -]*[A-Z](?:,\s*[A-Z][\w. ]+)?)*)\s*(?:\(([^)]{2,40})\))?"
                      r"(?:\s*(?:[—–-]+|[•·])\s|(?:\s+|(?<=\)))[—–-]+(?=[A-Z]))", para)
        if dl:
            st.excluded.append((s, s + dl.end()))
            if dl.group(2):
                st.outlets.add(fold(dl.group(2)))
        elif (dc2 := w.dateline_colon.match(para)) and st.lx.country(dc2.group(2)) and not st.lx.country(dc2.group(1)):
            st.excluded.append((s + dc2.start(1), s + dc2.end(1)))  # "KESSEL, Ostland: ": the place (actors.furniture.dateline_colon)
        elif (do := w.dateline_outlet.match(para)) and not st.lx.country(do.group(1)):
            # "Kessel, 3 May 2001 (Ostland Radio) --", "KESSEL (OPA) May 3, 2001": the outlet's dateline
            st.excluded.append((s + do.start(1), s + do.end(1)))  # (the place stays: it may be a capital acting)
            st.outlets.add(fold(do.group(1)))
        _outlet_label(st, para, s, m.start() < LEAD_CHARS)
        for so in w.signoff.finditer(para):  # actors.furniture.signoff
            st.excluded.append((s + so.start(), s + so.end()))
            for g in (1, 2):
                if so.group(g):
                    st.outlets.add(fold(so.group(g)))
        tail = w.agency_tail.search(para)
        if tail:
            st.excluded.append((s + tail.start(), m.end()))
        # the outlet's own sourcing: "<Name>.Az reports", then whom it cites
        # narrow: written for one article (06-thai-cambodia-putrajaya.txt), see [furniture_narrow]
        for om in w.own_sourcing.finditer(para):
            st.outlets.add(fold(om.group(1)))
            end = para.find(".", om.end())
            st.excluded.append((s + om.start(), s + (end if end > 0 else len(para))))
        for om in w.credit_brackets.finditer(para):
            st.excluded.append((s + om.start(), s + om.end()))
            for nm in re.findall(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+", om.group(0)):
                st.outlets.add(fold(nm))
        for om in w.publisher_self.finditer(para):  # "requests for comment from Harbour News"
            st.outlets.add(fold(om.group(1)))
        for om in w.anonymity_recipient.finditer(para):
            if om.group(1) in st.lx.agencies:
                st.outlets.add(fold(om.group(1)))
    lead_datelines(st)  # (s38-actors) shapes of the lead these patterns miss
    st.excluded.sort()
    trim_furniture_ents(st)  # "AP - Chile" one entity: "Chile" kept


def _photo_credit(st: ActorState, line: str) -> bool:
    """ "OPA/Ola Brandt", "Photo: Ola Brandt/OPA" alone on a line (s39-precision): a
    photographer's credit, never an actor. One side must be a credit: a wire agency, an acronym or "Photo";
    the agency is not remembered as the outlet (it may be cited as a source elsewhere)."""
    pm = st.lx.words.photo_credit.match(line)
    if pm is None:
        return False
    credit = pm.group(1) or pm.group(4) or ""
    return line.lower().startswith("photo") or credit in st.lx.agencies or credit.split()[-1].startswith("Photo") \
        or (credit.isupper() and 2 <= len(credit) <= 6)


def add_outlets(st: ActorState, names: str, sep: str = "/") -> None:
    """Remember each of the outlet names joined by ``sep``, unless it names a state or a capital."""
    for part in names.split(sep):
        part = part.strip()
        if part and not st.lx.country(part) and not st.lx.capital(part):
            st.outlets.add(fold(part))


def _credits(st: ActorState, para: str, s: int, lead: bool, after_byline: bool) -> bool:
    """Credits of the outlet the datelines above miss (actors.furniture.credit_list, byline_dateline,
    dated_dateline, outlet_city, byline_outlet): a list of outlets and a date opening the report ("Harbour
    News, OPA, Tuesday 3 Mar 2026"), the byline running into the dateline ("By Jo Amsel KESSEL (OPA) - "),
    the outlets in a dated dateline ("KESSEL (OPA - 30th May, 2019) The", "KESSEL, May 21. /OPA/."), the
    outlet and its city on a line of their own, and the outlet's line right below a byline. The outlet named
    there is the publisher: never an actor, in this sentence or any other. True when the whole line is
    furniture."""
    w = st.lx.words
    for om in w.bracket_credit.finditer(para):  # "(Harbour Daily January 28, 2005)"
        st.excluded.append((s + om.start(), s + om.end()))
        add_outlets(st, om.group(1))
    if after_byline and (bo := w.byline_outlet.match(para)) and not st.lx.country(bo.group(1)):
        st.excluded.append((s, s + len(para)))  # "By Jo Amsel" / "Harbour Post Foreign Service"
        add_outlets(st, bo.group(1))
        return True
    if (bd := w.byline_dateline.match(para)) is not None:
        st.excluded.append((s, s + bd.end()))
        add_outlets(st, bd.group(1).replace(" and ", ","), ",")
        add_outlets(st, bd.group(2))
        return False
    if (dd := w.dated_dateline.match(para)) is not None:
        st.excluded.append((s, s + dd.end()))
        add_outlets(st, dd.group(1) or dd.group(2))
        return False
    if not lead:
        return False
    if (oc := w.outlet_city.match(para)) and set(fold(oc.group(1)).split()) & w.outlet_name_words:
        st.excluded.append((s, s + len(para)))  # "Harbour News – Kessel (Updated at 15:11)"
        add_outlets(st, oc.group(1))
        return True
    cl = w.credit_list.match(para)
    if cl is None or w.dated_credit.match(para.strip()) and len(para.strip()) < 80:
        return False  # a single outlet and a date: the dated credit line (find_furniture)
    names = [p.strip() for p in cl.group(1).split(",")]
    if st.lx.country(names[0]) or st.lx.capital(names[0]):
        return False
    st.excluded.append((s, s + cl.end()))
    add_outlets(st, ",".join([names[0]] + [p for p in names[1:] if p in st.lx.agencies]), ",")
    return cl.end() >= len(para.rstrip())


def _bare_lead_lines(st: ActorState) -> None:
    """ "Jo Amsel" then "Kessel" on lines of their own above the first sentence: the author's byline and
    the dateline, without "By" or a dash. A line of one to four capitalised words (name particles
    allowed), no digits and no punctuation but a full stop of initials, before the first line of eight
    words or more; the title (the first line, when the header did not give it) is not one. The names are the outlet's (never actors)."""
    lines = list(re.finditer(r"[^\n]+", st.text))
    for k, m in enumerate(lines):
        if len(m.group(0).split()) >= LEAD_SENTENCE_WORDS:
            break
        names = [p.strip() for p in st.lx.words.author_separator.split(m.group(0)) if p.strip()]
        words = [x for p in names for x in p.split()]
        if k == 0 and not st.ctx.document.title or not words or any(len(p.split()) > 4 for p in names) or not all(
                x[:1].isupper() or x in st.lx.name_particles for x in words) or re.search(r"[\d,:;!?()\"“”]", m.group(0)):
            continue
        st.excluded.append((m.start(), m.end()))
        st.outlets.update(fold(p) for p in names if not st.lx.country(p) and not st.lx.capital(p))
