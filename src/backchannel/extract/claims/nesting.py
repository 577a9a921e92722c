"""Nested attribution: a cue inside another candidate's content is part of that
content ("X said Y had believed that …" is X's claim), so it makes no claim of its own,
except a speech act reported inside it (:func:`inner_speech`): "“Jo told the envoys that the
front will stay away,” the spokesman said" is the spokesman's claim and Jo's (two claims, the
inner one traced ``nesting`` = ``claims.nesting.inner_speech``).

Two cues inside each other's clauses (a parse that hung one on the other) nest
neither.
"""

from __future__ import annotations

import bisect

from collections.abc import Callable

from backchannel.extract.claims.content import THANKS_RULE
from backchannel.extract.claims.inside_source import RULE as INSIDE_RULE
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.spans import clean
from backchannel.extract.claims.state import Cand, Kind
from backchannel.quotes import Region

#: the rule id recorded in ``trace["nesting"]`` of a claim kept inside another's content
INNER_RULE = "claims.nesting.inner_speech"

#: the rule of a nominal cue ("X's claim that …"), kept inside another's content when X is named
NOMINAL_RULE = "claims.nominal.noun_cue"

#: the rule id recorded in ``trace["speaker"]`` of a speech act an "according to" phrase only relays
RELAYED_RULE = "claims.nesting.according_relay"

#: the most word characters before the inner speaker in an "according to" content ("But X said …")
RELAY_LEAD = 12

#: candidate kinds whose clause can hold a nested cue
OUTER_KINDS = (Kind.CLAUSE, Kind.ACCORDING, Kind.OBJECT, Kind.INFINITIVE, Kind.FRAME, Kind.REVERSE)


#: outer kinds whose content is never quoted words (the attribution closes the sentence)
QUOTING_INNER = (Kind.ACCORDING,)


def inner_speech(c: Cand, lex: Lexicon) -> bool:
    """Whether nested candidate ``c`` is a speech act of its own inside the outer content: a
    speech verb in the past tense or past perfect (``inner_speech_verbs``: told, had informed …; not
    "once the envoys declare that …", a speech act still to come) with a
    "that"-clause or bare clause and a third-party subject ("Jo told the envoys that …"). Why
    two claims: the inner speaker said the inner words, the outer speaker reported it; a
    thought ("believed", "hoped") or a first-person "I told them" stays in the outer words. A
    sourcing phrase set inside its own clause (:mod:`.inside_source`) names that clause's speaker too."""
    tok = c.cue_tok
    if INSIDE_RULE in (c.rule, c.trace.get("content")):
        return True  # "X said A, and that according to Y, B": Y's source phrase names B's speaker
    thanks = c.kind == Kind.FRAME and c.rule == THANKS_RULE  # "X said Y had expressed gratitude to Z"
    if tok is None or c.kind != Kind.CLAUSE and not thanks or c.clause is None or c.speaker is None:
        return False
    if c.rule == NOMINAL_RULE:  # "claims by X that …", "a statement by X that …": X's words, named
        return any(t.pos_ == "PROPN" for t in c.speaker)  # "by Norland's president Ola Brandt"
    # "had told": a past participle under a past-tense auxiliary (a passive takes "auxpass")
    perfect = tok.tag_ == "VBN" and any(k.dep_ == "aux" and k.tag_ == "VBD" for k in tok.children)
    if tok.lemma_ not in lex.words.inner_speech_verbs or not (tok.tag_ == "VBD" or perfect):
        return False
    if any(k.dep_ == "neg" for k in tok.children):
        return False  # "had not yet informed him whether …": nothing was said
    if any(k.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ not in lex.words.content_marks
                                     for g in k.children) for k in tok.children):
        return False  # "told him whether …": a question, not a statement
    return not set(c.speaker.root.morph.get("Person", [])) & {"1", "2"}


def drop_nested(cands: list[Cand], quoted: Callable[[int, int], list[Region]] = lambda s, e: [],
                keep: Callable[[Cand], bool] = lambda c: False) -> list[Cand]:
    """The candidates whose cue is not inside another candidate's clause; a cue nested in an
    "according to" sentence whose own clause holds quoted words keeps its claim ("…
    the governor's threats that there would be “a price to pay”, according to aides": the quoted
    words are the governor's). ``quoted``: the quotation regions in a character span; ``keep``:
    a nested candidate that is a claim of its own too (:func:`inner_speech`)."""
    spans = sorted((*c.clause, c.cue_span[0]) for c in cands
                   if c.clause and c.kind in OUTER_KINDS and "nesting" not in c.trace)
    according = {(*c.clause, c.cue_span[0]) for c in cands if c.clause and c.kind in QUOTING_INNER}
    starts = [s for s, _, _ in spans]
    kept = []
    for c in cands:
        pos = c.cue_span[0]
        j = bisect.bisect_right(starts, pos) - 1
        nested = False
        while j >= 0 and j >= bisect.bisect_right(starts, pos) - 6:
            s, e, outer = spans[j]
            if s <= pos < e and (c.clause is None or (s, e) != c.clause) and not (
                    c.clause is not None and c.clause[0] <= outer < c.clause[1]):
                nested = not ((s, e, outer) in according and c.clause is not None and quoted(*c.clause))
                if nested:
                    break
            j -= 1
        if not nested:
            kept.append(c)
        elif keep(c):
            c.trace["nesting"] = INNER_RULE
            kept.append(c)
    return kept


def quoted_inner(cands: list[Cand], region_at: Callable[[int], Region | None],
                 keep: Callable[[Cand], bool]) -> list[Cand]:
    """The candidates, where one whose cue sits inside quoted words is kept only as a speech act
    reported by the quoted speaker (:func:`inner_speech`, traced like a nested one): any other
    cue inside a quotation belongs to the quoted speaker's words."""
    out = []
    for c in cands:
        r = region_at(c.cue_tok.idx) if c.cue_tok is not None else None
        if r is not None:
            if not keep(c) or c.clause is None or not (r.start <= c.clause[0] and c.clause[1] <= r.end):
                continue  # the inner clause stays inside the quoted words
            c.trace["nesting"] = INNER_RULE
        out.append(c)
    return out


def according_relays(cands: list[Cand], region_at: Callable[[int], Region | None]) -> list[Cand]:
    """Without the "according to" candidate whose content is one speech act kept inside it: "Jo
    said on Sunday he was unharmed, according to footage from a broadcaster" is Jo's claim; the
    footage or the person that passed it on only relays it, as "Radio X reported that the
    minister said C" is the minister's (:func:`.relay.drop_relaying`). The inner claim stands as a
    claim of its own, traced ``speaker`` = :data:`RELAYED_RULE`. Only when the inner speaker opens the relayed content
    (a connective at most before it) and the inner cue was kept (:func:`inner_speech`). Not when the
    inner speech act is quoted words the "according to" phrase introduces (:func:`quotes_own_words`)."""
    inner = [c for c in cands if c.speaker is not None and c.kind == Kind.CLAUSE and c.clause is not None
             and c.cue_tok is not None and ("nesting" not in c.trace or c.trace["nesting"] == INNER_RULE)]
    drop: set[int] = set()
    text = cands[0].cue_tok.doc.text if cands and cands[0].cue_tok is not None else ""
    for a in cands:
        if a.kind != Kind.ACCORDING or a.clause is None or a.split:
            continue
        for c in inner:
            assert c.speaker is not None
            s, e = a.clause
            if s <= c.speaker.start_char and c.cue_span[1] <= e and \
                    _opens(text, s, c, a) and \
                    not quotes_own_words(a, c, region_at):
                drop.add(id(a))
                c.trace.pop("nesting", None)  # no longer inside another claim's words: a claim of its own
                c.trace["speaker"] = RELAYED_RULE
                assert c.clause is not None
                cut = clean(text, c.clause[0], a.cue_span[0]) if c.clause[0] < a.cue_span[0] < c.clause[1] else None
                if cut is not None and not c.split:  # the parse hung the "according to" on the content
                    c.clause = cut
                break
    return [c for c in cands if id(c) not in drop]


def _opens(text: str, start: int, c: Cand, a: Cand) -> bool:
    """Whether the inner speaker opens the relayed content from ``start``: a connective at most before
    it (:data:`RELAY_LEAD` letters), or, for a closing "according to" (after the inner cue), a fronted
    adverbial with no verb of the inner cue's own clause ("Earlier on Sunday, officials said …, according
    to X"; s47-speaker: the time phrase belongs to the inner speech)."""
    assert c.speaker is not None and c.cue_tok is not None
    if sum(ch.isalnum() for ch in text[start:c.speaker.start_char]) <= RELAY_LEAD:
        return True
    if a.cue_span[0] < c.cue_span[1]:
        return False  # "According to X, after doing Y, Z said …": X's own account
    lead = [t for t in c.cue_tok.doc if start <= t.idx < c.speaker.start_char and not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX") for t in lead):
        return False
    own = {t.i for t in c.cue_tok.subtree}
    return bool(lead) and all(t.i in own and t.head.i in own for t in lead) and \
        text[start:c.speaker.start_char].rstrip().endswith(",")


def quotes_own_words(a: Cand, c: Cand, region_at: Callable[[int], Region | None]) -> bool:
    """Whether the "according to" candidate ``a`` introduces a quotation that holds the inner speech
    act ``c`` ("According to him, “the mediators said they had freed the sailors …”"): the quoted
    words are the "according to" speaker's own, who reports in them what others said, so ``a`` is
    not a relay: ``c`` stays nested inside ``a``'s quotation (``claims.assign.according_quote``).
    Why the quotation opens after the cue: "“…,” according to X" quotes X already."""
    assert a.clause is not None and c.speaker is not None
    r = region_at(c.speaker.start_char)
    return r is not None and r.start >= a.cue_span[1] and r.start >= a.clause[0] - 2
