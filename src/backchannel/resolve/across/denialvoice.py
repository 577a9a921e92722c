"""Whose act a denial denies and which claims tell an act at all: two readings of a claim's voice.

Kept apart from :mod:`.denial` (patterns, families, the scan) so that module stays within its size.

Rule ``across.links.denial_not_told``: a claim reported by a verb of denial ("the ministry denies | it has ever
paid a ransom") or whose words open an open question ("commented on | whether a ransom was paid or not") asserts
nothing, however its words read alone: the extractor keeps the cue apart from the content, so the content
"it has ever paid a ransom" reads as a payment told. Why: such a claim is a denial or no stance, and counting it
as an assertion set every denial of another report against it (a false contradiction costs as much as a missed
one).

Rule ``across.links.denial_own_act``: a denial whose clause opens with a third-person pronoun as its subject
("Lorvia denied | it had paid", "the rebels denied | they were holding him") is the speaker's denial of its own
act, so the speaker's side is its party: it does not deny what another report says a third party did ("Ostrava
paid the ransom"); of a release's family (a ransom, a swap) it still denies an act whose payer no report names
("a ransom was paid to the gunmen": no other party of the speaker's kind is named, so it may be the speaker's
own act; ``third_party``). Why a pronoun at the start: English reads the subject pronoun of a complement of a verb of
saying with the speaker first; a named subject ("denied that Ostrava paid") is read by the parties it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.data_loader import read
from backchannel.resolve.across.names import fold

FILE = "across_denial.toml"


@dataclass(frozen=True)
class VoiceWords:
    open_questions: frozenset[str]
    hedges: frozenset[str]
    hedge_breaks: frozenset[str]
    own_subjects: frozenset[str]
    deny_heads: frozenset[str]  # the first word of every verb of denial ("rejected" of "rejected claims")
    negators: frozenset[str]


@cache
def voice_words() -> VoiceWords:
    raw = read(FILE)
    told = raw["told"]
    return VoiceWords(frozenset(told["open_questions"]), frozenset(told["hedges"]), frozenset(told["hedge_breaks"]),
                      frozenset(told["own_subjects"]),
                      frozenset(d.split()[0] for d in raw["denial"]["deny_verbs"]),
                      frozenset(raw["denial"]["negators"]))


def first_word(text: str) -> str:
    """The first word of a text, folded ("" when none)."""
    words = fold(text).split()
    return words[0].strip("\"'“”‘’,") if words else ""


def ends_in_deny_verb(cue: str | None) -> bool:
    """The claim's cue ends in a verb of denial ("denies", "has denied"); the one test of it, for
    :func:`cue_denies` and :func:`.denial.denied_text` (rule ``across.links.denial_cue``)."""
    words = fold(cue or "").split()
    return bool(words) and words[-1] in voice_words().deny_heads


def cue_denies(cue: str | None) -> bool:
    """The claim's cue ends in a verb of denial ("denies", "has denied") that no negator before it takes back
    ("did not deny", "would neither confirm nor deny": no denial, so no assertion withheld either)."""
    negators = voice_words().negators
    return ends_in_deny_verb(cue) and not any(x in negators or x.endswith("n't") for x in fold(cue or "").split()[:-1])


def not_told(cue: str | None, content: str) -> bool:
    """Rule ``across.links.denial_not_told``: the claim asserts no act, whatever its words say alone. Rule
    ``across.links.denial_hedged``: nor does one opening with a hedge ("perhaps, a ransom was paid"): a guess. A hedge
    reaches its own clause only: not past a word of ``hedge_breaks`` ("perhaps the point is that a ransom was paid")."""
    w, first = voice_words(), first_word(content)
    hedged = first in w.hedges and not w.hedge_breaks & set(re.findall(r"[a-z]+", fold(content)))
    return cue_denies(cue) or first in w.open_questions or hedged


def own_act(cue: str | None, content: str) -> bool:
    """Rule ``across.links.denial_own_act``: a denial by its cue whose clause opens with a subject pronoun."""
    return cue_denies(cue) and first_word(content) in voice_words().own_subjects


def third_party(own: frozenset[str], told: frozenset[str], kind_of: dict[str, str]) -> bool:
    """The telling names a party of the own side's kind that is not it ("Ostrava paid" against "Lorvia denies it
    paid": two states): then the denial of its own act is not a denial of that act. Why the kind: the payee of a
    ransom ("paid to the gunmen") is a party of every telling, and must not make the payment a third party's."""
    kinds = {kind_of.get(p) for p in own} - {None}
    return any(p not in own and kind_of.get(p) in kinds for p in told)
