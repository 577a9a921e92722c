"""One sentence copied word for word by two reports tells one act (rule ``across.events.same_sentence``).

Why: outlets carry wire copy; a sentence that tells an act ("A Lorvian and a Norlander were later freed") reads
the same in each, but each report's extractor may fill in an end the sentence does not name (the holder, from its
own earlier sentences) differently, and two named fillers keep the tellings apart (events.slots). The same words
about the same target are one act whatever each report guessed: the tellings join, the guessed ends left to the
event's vote. The target must be one entity in both (a sentence naming nobody, "He was freed on Monday", joins
nothing), and the sentence must hold enough words that two reports could not write it apart.
"""

from __future__ import annotations

from collections.abc import Callable

from backchannel.resolve.across.records import InterRec
from backchannel.resolve.across.samepassage import words_of

RULE = "across.events.same_sentence"
MIN_WORDS = 6  # words a copied sentence must hold ("He was freed on Monday" is any report's)

Key = tuple[str, str]


def copied_tellings(inters: list[InterRec], ends: Callable[[InterRec], tuple[str | None, str | None]]) \
        -> list[tuple[Key, Key]]:
    """Pairs of tellings in two reports of one type, negation and target entity whose evidence sentences are the
    same words: each report's first such telling joined to the first report's."""
    by: dict[tuple[str, bool, str, str], dict[str, InterRec]] = {}
    for r in inters:
        t = ends(r)[1]
        if t is None:
            continue
        said = words_of(r.evidence)
        if len(said) < MIN_WORDS:
            continue
        by.setdefault((r.type, r.negated, t, " ".join(said)), {}).setdefault(r.doc, r)
    out: list[tuple[Key, Key]] = []
    for per_doc in by.values():
        firsts = [per_doc[d] for d in sorted(per_doc)]
        out += [((firsts[0].doc, firsts[0].id), (r.doc, r.id)) for r in firsts[1:]]
    return out


def reason(a: InterRec, b: InterRec) -> list[str]:
    """The reasons a same-sentence join records on its event."""
    return [RULE, f"the same sentence in {a.doc} and {b.doc}, one target: one act whatever end each report "
                  f"filled in ({a.source or '-'} / {b.source or '-'})"]
