"""The record shapes and forms that modules *read by* ``records`` need: ``records`` builds the digest from them and
imports those modules (owncounts, countgroups), so they cannot import ``records`` back; an import inside a function
was how that cycle used to be dodged (tests/test_layers.py forbids it). ``records`` re-exports both names."""

from __future__ import annotations

from dataclasses import dataclass

from backchannel.resolve.across.storyroles import institution_form
from backchannel.resolve.across.words import words


@dataclass
class ClaimRec:
    """A claim of one report: speaker id, content and its tokens."""

    doc: str
    id: str
    speaker: str | None
    content: str
    direct: bool
    toks: frozenset[str]
    span: tuple[int, int] = (0, 0)  # from the first content part's start to the last one's end
    sentence: int = -1  # where the sentence holding the claim starts (retell.passage_of), -1 unknown
    cue: str = ""  # the verb that reports it ("said", "denied"): a denying cue denies what it reports (denial.py)
    near: frozenset[str] = frozenset()  # anchor words of the sentences beside it (denial.anchored, :func:`near_words`)
    pleader: int = -1  # a plea passage's: where the named person nearest before its phrase starts (pleas.py)
    said: str | None = None  # the day its report says it was said (saidday.py), else None
    clause: bool = False  # its content is the clause its cue reports ("denies | Pell mediated": denial.denied_text)


def synonym_form(form: str) -> str:
    """An unnamed collective with its head replaced by the first word of its synonym group."""
    syn = words().synonyms
    for phrase, first in syn.items():
        if form == phrase or form.endswith(" " + phrase):
            return form[: len(form) - len(phrase)] + first
    return institution_form(form) or form
