"""Signed text that has no reporting verb: embedded posts signed "— Name
(@handle) date" and interview transcripts "NAME: …".
"""

from __future__ import annotations

import re

from backchannel.quotes import trim
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
        if len(m.group("name").replace(" ", "")) < 2:
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


def signed_posts(d: ClaimsDoc) -> list[Signed]:
    """'… — Jake Sullivan (@handle) April 27, 2022': (content, name span, dash span)."""
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


def signed_claims(d: ClaimsDoc, posts: list[Signed], lines: list[Signed]) -> list[Cand]:
    """Direct claims of the signed posts (cue "—") and transcript lines (cue ":")."""
    out = []
    for (cs, ce), (ns, ne), dash in posts:
        sp = d.ctx.doc.char_span(ns, ne, alignment_mode="expand")
        out.append(Cand(None, dash, "—", "neutral", sp, (cs, ce), Kind.TWEET, None,
                        pieces=[[cs, ce]], direct=True, rule="claims.signed.post"))
    for (cs, ce), (ns, ne), colon in lines:
        sp = d.ctx.doc.char_span(ns, ne, alignment_mode="expand")
        # a quoted paragraph after a "NAME: …" line continues it: the name is on an earlier line
        rule = "claims.signed.transcript_continued" if "\n" in d.text[ne:cs] else "claims.signed.transcript_line"
        out.append(Cand(None, colon, ":", "neutral", sp, (cs, ce), Kind.TRANSCRIPT, None,
                        pieces=[[cs, ce]], direct=True, rule=rule))
    return out
