"""A statement printed in full under a heading: "FULL SPOKESMAN STATEMENT", "Text of the
ministry's statement:", then the statement's paragraphs.

Why: the paragraphs under such a heading have no reporting verb and no quotation marks, yet
every one of them is the issuer's words, printed as issued; the heading is their cue. Each
paragraph up to the next heading (or the end of the report) is one direct claim with the
heading's document noun as cue (``claims.heading.statement_paragraph``), and its speaker
phrase is the heading's words before that noun ("QATAR SPOKESMAN"). Candidates whose cue lies
inside those paragraphs are the issuer's own words and make no claim of their own
(:func:`~backchannel.extract.claims.signed.outside_signed`).

A heading is one short line of its own paragraph (at most ``HEADING_WORDS`` words) that ends
without a sentence's closing mark (a colon may end it), is written in capitals or title case (or
ends with a colon), and holds a noun of ``claims_words.toml [heading_documents]``; not a headline
sentence ("The statement in full was published on Friday.").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.signed import Signed
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.resolve.lexicon import lexicon as actor_lexicon

RULE = "claims.heading.statement_paragraph"
#: the rule id of a heading's title that names a person the report introduced before (s36-fixper)
TITLED_ISSUER = "claims.heading.titled_issuer"

#: the most words a heading line may have
HEADING_WORDS = 8

PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
WORD = re.compile(r"[\w’'&.-]+")


def _heading_shaped(line: str, lex: Lexicon) -> bool:
    """Whether ``line`` is written as a heading: short, no closing sentence mark, and in capitals,
    title case or ending with a colon. Why the casing: a short sentence printed without its full
    stop ("Both sides agreed to talk") is a paragraph of the statement, not a heading that ends it."""
    body = line.strip()
    words = WORD.findall(body)
    if not words or len(words) > HEADING_WORDS or body[-1] in ".!?\"”’'":
        return False
    letters = [w for w in words if w[0].isalpha()]
    capitals = all(w.isupper() for w in letters)
    titled = all(w[0].isupper() or w.lower() in lex.words.heading_fillers for w in letters)
    return capitals or titled or body.endswith(":")


def _heading_noun(line: str, lex: Lexicon) -> re.Match[str] | None:
    """The document noun of a heading line, or None when ``line`` is no heading."""
    if not _heading_shaped(line, lex):
        return None
    docs = lex.words.heading_documents
    nouns = [m for m in WORD.finditer(line) if m.group().lower() in docs or m.group().lower()[:-1] in docs]
    return nouns[-1] if nouns else None


def statement_headings(d: ClaimsDoc, lex: Lexicon, taken: list[Signed]) -> list[Signed]:
    """(paragraph, speaker phrase span, cue span) of each paragraph printed under a heading; not a
    paragraph that ``taken`` (signed posts, transcript lines "NAME: …") already reads."""
    text, out = d.text, []
    paras = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text) if m.group().strip()]
    cue: tuple[tuple[int, int], list[int]] | None = None
    for s, e in paras:
        line = text[s:e]
        noun = _heading_noun(line, lex) if "\n" not in line.strip() else None
        if noun is not None and d.region_at(s + noun.start()) is None:
            cue = (_speaker_phrase(line, s, noun, lex), [s + noun.start(), s + noun.end()])
            continue
        if cue is None:
            continue
        if _heading_shaped(line, lex):
            cue = None  # another heading, of something else: the statement has ended
            continue
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if not any(ts < e and s < te for (ts, te), _, _ in taken):
            out.append(((s, e), cue[0], cue[1]))
    return out


def _speaker_phrase(line: str, start: int, noun: re.Match[str], lex: Lexicon) -> tuple[int, int]:
    """The words of the heading before its document noun, without the heading's own words ("FULL",
    "TEXT OF THE"): the issuer ("QATAR SPOKESMAN"); an empty span when none is left."""
    words = [m for m in WORD.finditer(line[:noun.start()]) if m.group().lower() not in lex.words.heading_fillers]
    if not words:
        return (start + noun.start(), start + noun.start())
    return (start + words[0].start(), start + words[-1].end())


def titled_issuer(d: ClaimsDoc, phrase: tuple[int, int], lex: Lexicon) -> str | None:
    """The one named person the report introduced, before the heading, with the title the heading's
    speaker phrase ends in ("FULL <STATE> SPOKESMAN STATEMENT" after "spokesman Jo Lee said" or
    "Jo Lee, the spokesman"): rule ``TITLED_ISSUER``. Why: a heading in capitals parses as a name, so
    its title would make a new actor of its own, though it names the spokesman the report has already
    introduced. None when the phrase ends in no person noun, or no or several persons hold the title."""
    words = WORD.findall(d.text[phrase[0]:phrase[1]])
    if not words or words[-1].lower() not in lex.person_nouns:
        return None
    ctx, title, holders = d.ctx, words[-1].lower(), set()
    for t in ctx.doc:
        if t.idx >= phrase[0]:
            break
        if t.lower_ != title:
            continue
        k = _past_honorifics(ctx.doc, t.i + 1)  # "spokesman Dr. Jo Lee": the name after the courtesy title
        for n in ((ctx.doc[k],) if k < len(ctx.doc) else ()) + ((t.head,) if t.dep_ == "appos" else ()):
            aid = ctx.actor_for_token(n)
            a = ctx.actors.get(aid) if aid else None
            if a is not None and a.kind == "person" and a.named:
                holders.add(a.id)
    return next(iter(holders)) if len(holders) == 1 else None


def _past_honorifics(doc: Doc, k: int) -> int:
    """The first token from ``k`` on that is no courtesy title or its full stop ("Dr.", "Sheikh")."""
    hon = actor_lexicon().honorifics
    while k < len(doc) and (doc[k].lower_ in hon or doc[k].text == "." and k > 0 and doc[k - 1].lower_ in hon):
        k += 1
    return k


def heading_claims(d: ClaimsDoc, found: list[Signed], lex: Lexicon) -> list[Cand]:
    """The direct claims of :func:`statement_headings`' paragraphs, cue the heading's noun; spoken by
    the titled person the heading names (:func:`titled_issuer`) when the report introduced one."""
    out = []
    for (cs, ce), (ns, ne), cue in found:
        sp = d.ctx.doc.char_span(ns, ne, alignment_mode="expand") if ne > ns else None
        c = Cand(None, cue, d.text[cue[0]:cue[1]], "neutral", sp, (cs, ce), Kind.TWEET, None,
                 pieces=[[cs, ce]], direct=True, rule=RULE)
        c.speaker_actor = titled_issuer(d, (ns, ne), lex) if ne > ns else None
        if c.speaker_actor is not None:
            c.trace["speaker"] = TITLED_ISSUER
        out.append(c)
    return out
