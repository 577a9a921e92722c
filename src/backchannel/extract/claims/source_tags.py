"""Source tags over attributed words: "X said (that) C, the paper reported", "X added that C,
Radio Y said", "C, X said, according to state media".

Why: a source tag set after its content (a tail "…, Y said/reported" or an "according to Y"
phrase) whose content is itself one speech act with its own speaker only passes that act on; the
words are the innermost speaker's (the readable golds give such a claim to X, not to the outlet
that relays it). Before this step the tag kept the claim (the inner cue, nested in the tag's
content, made none) or both stood and the tag's copy, holding "X said that", took the match.

The tag makes no claim (its speaker is still resolved: the outlet stays an actor) and the inner
candidate stands as a claim of its own, traced ``speaker`` = :data:`RULE`. Only when the inner act fills the tag's content: its speaker opens it ("X said C, Y
reported") or its content does and its cue closes it ("C, X said, according to Y"), with at most
a connective before and a short adjunct after. Not a cue inside quoted words (the tag's speaker
quotes someone who reports), not an inner act that is itself a medium's ("the paper reports that C,
according to the Tarn Institute": the institute's finding, as PolNeAR has it), not a first-person inner speaker ("I told them C, she said": the
tag's speaker speaks), not a state of mind or a decision ("X believes C, Y said": what Y says
X believes), not a tag whose content goes on past the inner act ("X said A, and B, Y reported").
Only a medium's tag: "X said C, a senior official said" is the official's claim (the official
reports what X said), as the readable golds have it. Which cues count is language data (``data/source_tags.toml``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from backchannel.data_loader import read
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.speaker_actors import is_outlet
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.quotes import Region

RULE = "claims.source_tags.tagged_speech"
#: ``trace["nesting"]`` of the medium's tag kept until its speaker is resolved (the outlet stays an actor)
TAG_COPY = "claims.source_tags.medium_tag"

#: the tag kinds: the content before the cue ("…, Y said") or an "according to" phrase
TAG_KINDS = (Kind.REVERSE, Kind.ACCORDING)
#: the inner kinds: "X said (that) C" and "C, X said"
INNER_KINDS = (Kind.CLAUSE, Kind.REVERSE)


@cache
def _limits() -> tuple[int, int, frozenset[str]]:
    t = read("source_tags.toml")["tagged_speech"]
    return int(t["lead_chars"]), int(t["trail_chars"]), frozenset(t["never_cues"])


def _alnum(text: str, s: int, e: int) -> int:
    return sum(ch.isalnum() for ch in text[s:e]) if e > s else 0


def _speaking_cue(c: Cand, lex: Lexicon) -> bool:
    """A cue that reports a speech act with a clause of its own: a reporting verb of the lexicon
    ("added" too, weak only for an object), not an attitude, not a state of mind, not one of
    ``never_cues``."""
    tok = c.cue_tok
    if tok is None:
        return False
    cue = lex.verbs.get(tok.lemma_)
    _, _, never = _limits()
    return (cue is not None and not cue.attitude
            and tok.lemma_ not in lex.words.mental_cues and tok.lemma_ not in never)


def _fills(text: str, tag: Cand, inner: Cand) -> bool:
    """Whether ``inner`` is the one speech act of ``tag``'s content: inside it, opened by its
    speaker ("X said C") or by its content with the cue at the end ("C, X said")."""
    assert tag.clause is not None and inner.clause is not None and inner.speaker is not None
    lead, trail, _ = _limits()
    s, e = tag.clause
    spk_s, spk_e = inner.speaker.start_char, inner.speaker.end_char
    if not (s <= spk_s and spk_e <= e and s <= inner.cue_span[0] and inner.cue_span[1] <= e):
        return False
    first = spk_s if inner.kind == Kind.CLAUSE else inner.clause[0]
    last = max(inner.clause[1], inner.cue_span[1], spk_e)
    return first >= s and _alnum(text, s, first) <= lead and _alnum(text, last, e) <= trail


def _outlet_tag(d: ClaimsDoc, tag: Cand, lex: Lexicon, orgs: bool = True) -> bool:
    """Whether the tag is a medium's: its cue is an outlet's (``medium_cues``: "reported"), its
    speaker's head a word of media ("state media", "the Kessel Herald"), an actor that is an
    outlet (a known agency), or (``orgs``) a named organisation ("…, Kathimerini said"). A person or
    a description of people that tells what someone else said ("X said C, a senior official said")
    is a speaker of its own: that report is the official's claim."""
    assert tag.cue_tok is not None and tag.speaker is not None
    w = lex.words
    if tag.cue_tok.lemma_ in w.medium_cues:
        return True
    head = tag.speaker.root
    if head.lower_ in w.media_words or head.lemma_.lower() in w.media_words:
        return True
    aid = d.ctx.actor_for_token(head)
    a = d.ctx.actors.get(aid) if aid is not None else None
    if a is None:
        return False
    # a named organisation that reports a person's words ("…, Kathimerini said") passes them on as a
    # medium does; a person or a description of people ("a senior official") speaks for itself
    return is_outlet(a, w.media_words) or (orgs and a.kind == "organization" and a.named and head.pos_ == "PROPN"
                                           and head.lemma_.lower() not in lex.person_nouns)


def _third_party(inner: Cand, lex: Lexicon) -> bool:
    assert inner.speaker is not None
    root = inner.speaker.root
    return root.lower_ not in lex.words.first_person and not set(root.morph.get("Person", [])) & {"1", "2"}


def tagged_speech(d: ClaimsDoc, cands: list[Cand], lex: Lexicon,
                  region_at: Callable[[int], Region | None] = lambda i: None) -> list[Cand]:
    """The candidates, each medium's source tag whose content is one third-party speech act marked
    ``nesting`` = :data:`TAG_COPY` (no outer clause for :func:`.nesting.drop_nested`; removed by
    :func:`without_medium_tags` once its speaker is an actor); that act's candidate keeps the claim
    (traced ``speaker`` = :data:`RULE`)."""
    # the inner act heads the tag's content: not a verb coordinated after another act ("A voted to
    # approve the deal and recommended that C, the office said": the office reports both acts)
    inner = [c for c in cands if c.kind in INNER_KINDS and c.clause is not None and c.speaker is not None
             and c.split is None and c.cue_tok is not None and c.cue_tok.dep_ != "conj"]
    drop: set[int] = set()
    for tag in cands:
        if tag.kind not in TAG_KINDS or tag.clause is None or tag.split or tag.cue_tok is None \
                or tag.speaker is None or not _outlet_tag(d, tag, lex):
            continue
        text = tag.cue_tok.doc.text
        for c in inner:
            if c is tag or id(c) in drop or id(tag) in drop or not _fills(text, tag, c):
                continue
            if region_at(c.cue_span[0]) is not None or not _speaking_cue(c, lex) or not _third_party(c, lex):
                continue
            if _outlet_tag(d, c, lex, orgs=False):  # "X reports that C, according to the Y Center": Y's data
                break
            drop.add(id(tag))
            tag.trace["nesting"] = TAG_COPY
            c.trace["speaker"] = RULE
            break
    return cands


def without_medium_tags(claims: list[Cand]) -> list[Cand]:
    """The claims without the medium tags :func:`tagged_speech` handed down: the outlet was resolved as
    a speaker (an actor of the dossier, as "Other media outlets are actors" has it) but makes no claim."""
    return [c for c in claims if c.trace.get("nesting") != TAG_COPY]
