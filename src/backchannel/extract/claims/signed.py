"""Signed text that has no reporting verb: embedded posts signed "— Name
(@handle) date" and interview transcripts "NAME: …".
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from backchannel.quotes import QUOTE_CHARS, trim
from backchannel.extract.claims.cue_lexicon import lexicon
from backchannel.resolve.lexicon import fold, lexicon as actor_lexicon
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind


Signed = tuple[tuple[int, int], tuple[int, int], list[int]]  # (content, name span, cue span)


DASH_NAME = re.compile(r"[—―]\s*(?=[A-Z@])")


TWEET_TAIL = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,4})"
    r"(?:[ \u00a0]*\(@\w+\))?(?:[ \u00a0]+[A-Z][a-z]+\.? \d{1,2},? \d{4})?[ \u00a0.]*")


TRANSCRIPT = re.compile(r"(?m)^[ \t\u00a0]*[\"“]?(?P<name>[A-Z][A-Z.'’ -]{0,30}[A-Z]):[ \t\u00a0]+(?=\S)")


def transcript_lines(d: ClaimsDoc) -> list[Signed]:
    """Interview transcripts: paragraphs opening with "NAME: …" (content, name span, colon span).
    A quoted paragraph without a name that follows one continues the same speaker."""
    text, out = d.text, []
    for m in TRANSCRIPT.finditer(text):
        if len(m.group("name").replace(" ", "")) < 2 or _is_place(d, m.start("name"), m.end("name")):
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        s, e = trim(text, m.end(), end)
        s, e = trim(text, s, e, " \t\u00a0\"“”")
        if e <= s:
            continue
        out.append(((s, e), (m.start("name"), m.end("name")), [m.end("name"), m.end("name") + 1]))
    if not out:
        return out
    # quotation regions made of transcript paragraphs: split them, continue the speaker
    for r in d.regions:
        if r.start > out[-1][0][1] or r.end < out[0][0][0]:
            continue
        hit = [t for t in out if r.start <= t[0][0] < r.end + 1]
        if not hit:
            continue
        r.used = True
        for ps, pe in r.pieces:
            if any(t[0][0] <= ps + 40 and ps <= t[0][1] for t in hit):
                continue
            prev = [t for t in out if t[0][1] <= ps]
            if prev:
                out.append(((ps, pe), prev[-1][1], prev[-1][2]))
    out.sort()
    return out


#: entity labels of a place: a label "KABUL: …" opening a paragraph is a dateline, never a speaker
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _is_place(d: ClaimsDoc, s: int, e: int) -> bool:
    """Whether the "NAME:" label is a place (a precondition of claims.signed.transcript_line): a dateline
    ("KABUL: The talks …", "Gaza City: …") reads like a transcript label but names where the report
    was filed. A place is a country, capital, city or region of the lexicon, or a span spaCy tags as one."""
    name = d.text[s:e]
    lx = actor_lexicon()
    if lx.country_name(name) or lx.capital(name) or fold(name) in lx.cities or fold(name) in lx.regions:
        return True
    sp = d.ctx.doc.char_span(s, e, alignment_mode="expand")
    return sp is not None and any(t.ent_type_ in PLACE_LABELS for t in sp) and \
        not any(t.ent_type_ == "PERSON" for t in sp)


#: the most tokens a headline's speaker label may have ("Pat Caddell", "Poll")
HEADLINE_NAME_TOKENS = 3


def _letters(s: str) -> str:
    """The words of a line without punctuation (a title field may drop the final quote mark)."""
    return " ".join(re.findall(r"\w+", s)).casefold()


def _all_quoted(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is one quotation (a headline's single quotes are no region of the
    quotation scanner, which reads them as apostrophes)."""
    marks = QUOTE_CHARS + "‘’'"
    body = text[s:e].rstrip(".")
    inner = body[1:-1].rstrip(".")
    return len(body) > 2 and body[0] in marks and body[-1] in marks and not any(ch in QUOTE_CHARS for ch in inner)


def headline_line(d: ClaimsDoc) -> list[Signed]:
    """A body that opens with its own headline "NAME: …" ("Ruiz: Talks will resume in May"):
    the headline attributes the rest to NAME (content, name span, colon span). Only when the
    first paragraph is the document's title, and NAME is a short proper name or a finding document
    ("Poll: …"), not a section label ("Latest: …") or a phrase ("Stealth Over Health: …"); a
    wholly quoted rest is the words of the person the label names ("A lesson from Jo Ruiz: '…'")."""
    text, title = d.text, d.ctx.document.title
    end = text.find("\n")
    end = len(text) if end < 0 else end
    first = text[:end]
    if not title or _letters(first) != _letters(title):
        return []
    colon = first.find(": ")
    if colon <= 0 or d.region_at(colon) is not None:
        return []
    span = d.ctx.doc.char_span(0, colon, alignment_mode="expand")
    s, e = trim(text, colon + 1, end)
    if span is None or not len(span) or len(text[s:e].split()) < 3:
        return []
    lex = lexicon()
    if any(t.lower_ in lex.words.headline_labels for t in span):
        return []
    if _all_quoted(text, s, e):  # "A lesson from Jo Ruiz: 'Be the voice …'": the person quoted
        person = next((ent for ent in span.ents if ent.label_ == "PERSON"), None)
        span = person if person is not None else span
    elif len(span) > HEADLINE_NAME_TOKENS:
        return []
    else:
        span = _after_possessive(span)  # "Norland's Brandt: …": Brandt speaks, Norland is his side
        names = all(t.text[:1].isupper() and not t.is_stop and t.is_alpha for t in span)
        if not (names or len(span) == 1 and span[0].lower_ in lex.words.finding_documents):
            return []
    return [((s, e), (span.start_char, span.end_char), [colon, colon + 1])]


def _after_possessive(span: Span) -> Span:
    """The name after a possessive in a headline label ("Norland's Brandt" -> "Brandt"): the
    possessor is the speaker's side, not the speaker (rule claims.signed.headline_speaker)."""
    pos = [t.i for t in span if t.tag_ == "POS"]
    if not pos or pos[-1] + 1 >= span.end:
        return span
    return span.doc[pos[-1] + 1: span.end]


def _inside_marks(text: str, s: int, e: int) -> tuple[int, int]:
    """The words inside the quotation marks of a wholly quoted headline rest: the gold keeps
    punctuation inside the marks, never the marks themselves."""
    marks = QUOTE_CHARS + "‘’'"
    while e > s and text[e - 1] in marks + ".":
        if text[e - 1] == "." and text[e - 2:e - 1] not in marks:
            break
        e -= 1
    while s < e and text[s] in marks:
        s += 1
    return s, e


def signed_posts(d: ClaimsDoc) -> list[Signed]:
    """'… — Ilse Varn (@handle) March 3, 2024': (content, name span, dash span)."""
    text, out = d.text, []
    for m in DASH_NAME.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        t = TWEET_TAIL.fullmatch(text, m.end(), line_end)
        if not t or (" " not in t.group("name").strip() and "(@" not in t.group(0)):
            continue  # "— Agencies" is the outlet's sourcing, not a signed statement
        line_start = text.rfind("\n", 0, m.start()) + 1
        r = d.region_at(max(m.start() - 2, 0))
        if r is None:
            prev_text = text[line_start:m.start()]
            rr = d.regions_in(line_start, m.start())
            r = rr[-1] if rr and not text[rr[-1].end:m.start()].strip() else None
        if r is not None:
            s, e = r.pieces[0][0], r.pieces[-1][1]
            r.used = True
        else:
            s, e = trim(text, line_start, m.start())
            if len(text[s:e].split()) < 4:
                continue
        out.append(((s, e), (t.start("name"), t.end("name")), [m.start(), m.start() + 1]))
    return out


def outside_signed(cands: list[Cand], signed: list[Signed]) -> list[Cand]:
    """Candidates whose cue is not inside a signed post or transcript line."""
    return [c for c in cands if not any(cs <= c.cue_span[0] < ce for (cs, ce), _, _ in signed)]


def signed_claims(d: ClaimsDoc, posts: list[Signed], lines: list[Signed],
                  heads: list[Signed] | None = None) -> list[Cand]:
    """Direct claims of the signed posts (cue "—") and transcript lines (cue ":"), and the claim of a
    headline "NAME: …" (cue ":", direct when quoted)."""
    heads = heads or []
    out = []
    for (cs, ce), (ns, ne), dash in posts:
        sp = d.ctx.doc.char_span(ns, ne, alignment_mode="expand")
        out.append(Cand(None, dash, "—", "neutral", sp, (cs, ce), Kind.TWEET, None,
                        pieces=[[cs, ce]], direct=True, rule="claims.signed.post"))
    for (cs, ce), (ns, ne), colon in heads:
        sp = d.ctx.doc.char_span(ns, ne, alignment_mode="expand")
        quoted = _all_quoted(d.text, cs, ce)
        cs, ce = _inside_marks(d.text, cs, ce) if quoted else (cs, ce)
        out.append(Cand(None, colon, ":", "neutral", sp, (cs, ce), Kind.TRANSCRIPT, None,
                        pieces=[[cs, ce]], direct=quoted, rule="claims.signed.headline_speaker"))
    for (cs, ce), (ns, ne), colon in lines:
        sp = d.ctx.doc.char_span(ns, ne, alignment_mode="expand")
        # a quoted paragraph after a "NAME: …" line continues it: the name is on an earlier line
        rule = "claims.signed.transcript_continued" if "\n" in d.text[ne:cs] else "claims.signed.transcript_line"
        out.append(Cand(None, colon, ":", "neutral", sp, (cs, ce), Kind.TRANSCRIPT, None,
                        pieces=[[cs, ce]], direct=True, rule=rule))
    return out
