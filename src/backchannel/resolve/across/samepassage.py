"""One passage quoted in two reports: the unnamed actor mentioned inside it is one party (rule
``across.entities.same_passage``).

Why: an unnamed person or group ("my adviser", "its envoy", "a student whose sister ...") joins another report's
only with evidence, and a bare description is none. But reports copy a statement or a wire passage word for
word; when the same description sits inside the same run of words in two reports (three words before it and
four after, or four before and three after), both tell the same words about the same party. The run must hold
three content words besides attribution boilerplate ("said a senior official who spoke on condition"), so the
stock phrases every report uses tie nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backchannel.data_loader import loader

FILE = "across_passage.toml"
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
REACH = 60  # characters read on each side of a mention
#: words before and after a mention that make a run; (1, 6): a mention that opens a sentence ("A Norlander and a
#: Lorvian were later freed") has the sentence's first word before it and the run after it, the words before
#: that being another sentence each report chose (rule across.entities.same_passage_opening)
SIDES = ((3, 4), (4, 3), (1, 6))
CONTENT = 3  # content words a run must hold
MENTIONS = 6  # mentions of an actor read (its first ones)


@dataclass(frozen=True)
class PassageWords:
    stop: frozenset[str]


# The words of the passage rule's data file, read once (cached: every pair of reports asks for them).
passage_words = loader(PassageWords, FILE, grouped=True)


def words_of(text: str) -> list[str]:
    """The words of ``text``, lower-cased with curly apostrophes made straight, so that two outlets' copies of
    one passage ("don’t" / "don't") give the same runs."""
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def runs(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The runs of words around an actor's mentions (``spans``) that may tie it to another report's actor:
    ``before | mention | after`` with enough content words."""
    stop = passage_words().stop
    out = set()
    for s, e in spans[:MENTIONS]:
        before, own, after = words_of(text[max(0, s - REACH):s]), words_of(text[s:e]), words_of(text[e:e + REACH])
        if s - REACH > 0:
            before = before[1:]  # the first word read may be cut
        if e + REACH < len(text):
            after = after[:-1]
        for nb, na in SIDES:
            if len(before) < nb or len(after) < na:
                continue
            ctx = before[len(before) - nb:] + after[:na]
            if sum(w not in stop for w in ctx) >= CONTENT:
                out.add(" ".join(before[len(before) - nb:]) + " | " + " ".join(own) + " | " + " ".join(after[:na]))
    return frozenset(out)


def shared_run(a: frozenset[str], b: frozenset[str]) -> str | None:
    """A run of words both actors are mentioned inside, or None."""
    both = a & b
    return min(both) if both else None
