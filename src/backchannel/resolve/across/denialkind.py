"""A negated classification denies an act of that kind (rule ``across.links.denial_kind``).

Why: reports dispute what an act WAS as often as whether it happened. One side says the parties
"agreed to a ceasefire"; the other answers "this is not a ceasefire", "the pause does not constitute
a truce", "the deal cannot be considered an agreement". No negative determiner stands before the
noun and no act verb is negated, so the determiner, polarity-item and verb patterns of
:mod:`.denial` never read it, and the dispute got no link. The construction is general English: a
copula or a verb of classification ("constitute", "amount to", "be considered", "count as") under a
negation, with an article and the act noun as its complement.

Not a denial: a word between the article and the noun, which narrows or judges the kind ("is not
only a truce", "not a permanent ceasefire": a lesser one took place; "not a bad deal" praises one), a
noun that modifies another ("is not a
ceasefire proposal": :func:`.denial.modifier_at` is asked by the caller through ``heads``), a modal of
the future or of wish before the negation ("will not be a truce" is a forecast; ``modals`` lists the
ones of judgement that may stand there: "cannot be considered", "does not constitute"). Data:
``denial.kind`` of data/across_denial.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from backchannel.alternation import alternation as alt
from backchannel.data_loader import read
from backchannel.resolve.across.denialmin import negation_pattern

FILE = "across_denial.toml"


@dataclass(frozen=True)
class KindWords:
    copulas: frozenset[str]
    verbs: frozenset[str]
    negators: frozenset[str]
    modals: frozenset[str]
    articles: frozenset[str]
    focus_subjects: frozenset[str]


@cache
def kind_words() -> KindWords:
    raw = read(FILE)["denial"]["kind"]
    return KindWords(frozenset(raw["copulas"]), frozenset(raw["verbs"]), frozenset(raw["negators"]),
                     frozenset(raw["modals"]), frozenset(raw["articles"]), frozenset(raw["focus_subjects"]))


class Nouned(Protocol):
    @property
    def nouns(self) -> frozenset[str]: ...

    @property
    def anchored(self) -> frozenset[str]: ...


def kind_nouns(family: Nouned) -> frozenset[str]:
    """The nouns a family's act is denied as a kind by: not the bare ones that need an anchor to tell the family
    (``anchored``: "it is not a money matter", "not a role" say nothing of a ransom or a go-between)."""
    return family.nouns - family.anchored


def cue_words() -> frozenset[str]:
    """The negations of this rule as single words (the quick gate of :func:`.denial.may_deny` needs "cannot")."""
    return frozenset(x.split()[0] for x in kind_words().negators if "'" not in x)


@cache
def kind_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    """A negated copula ("is not a") or verb of classification ("does not constitute a", "cannot be considered
    a"), an article and, right after it, one of ``nouns`` (group ``noun``): a word between narrows or judges the
    kind ("not only a truce", "not a permanent ceasefire", "not a bad deal"). Group ``neg``: the negation of a
    verb of kind, whose word before is read for a modal."""
    w = kind_words()
    neg = negation_pattern(w.negators)
    told = (rf"(?:\b(?:{alt(w.copulas)})\s*{neg}(?:\s+(?:{alt(w.verbs)}))?"  # "is not (considered) a"
            rf"|(?P<neg>{neg})\s+(?:{alt(w.verbs)}))")  # "does not constitute a"
    return re.compile(rf"{told}\s+(?:{alt(w.articles)})\s+(?P<noun>{alt(nouns)})\b")


def kinds_denied(low: str, nouns: frozenset[str], modals: frozenset[str], heads: frozenset[str]) -> frozenset[str]:
    """The act nouns the folded text denies something is ("this is not a ceasefire": {"ceasefire"}), each as
    :func:`kind_key` spells it.

    ``modals``: every modal (data ``denial.modals``); one of them right before the negation that is not a modal of
    judgement (``kind.modals``) makes a forecast or a wish ("will not be a truce"). ``heads``: nouns an act noun
    only modifies ("a ceasefire proposal")."""
    w = kind_words()
    out: set[str] = set()
    for m in kind_pattern(nouns).finditer(low):
        word = re.search(r"([a-z']+)\s*$", low[:m.start("neg")]) if m.group("neg") else None
        before = word.group(1) if word else ""  # "will not be", "won't be" ("wo" + "n't")
        if before in modals and before not in w.modals:
            continue
        nxt = re.match(r"[\s-]+([a-z]+)", low[m.end():])
        if (nxt is None or nxt.group(1) not in heads) and not sought(low, m.start()):
            out.add(kind_key(m.group("noun")))
    return frozenset(out)


@cache
def _focus_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(kind_words().focus_subjects)})\b")


def sought(low: str, start: int) -> bool:
    """The negated kind answers what is sought, not what something is (s40 review, finding 8): the clause's subject
    names an aim or a wish ("what we want is not a ceasefire but a full withdrawal", "our priority is not a deal, it
    is the hostages"). A contrast alone is no sign: "this is not a truce but a trap" denies the truce."""
    return _focus_pattern().search(re.split(r"[.;!?]", low[:start])[-1]) is not None


def denies_kind(low: str, nouns: frozenset[str], modals: frozenset[str], heads: frozenset[str]) -> bool:
    """The folded text denies that something is an act of one of ``nouns`` (:func:`kinds_denied`)."""
    return bool(kinds_denied(low, nouns, modals, heads))


def kind_key(noun: str) -> str:
    """One spelling of an act noun: no hyphen or space, no plural "s" ("cease-fire", "ceasefires": "ceasefire")."""
    key = re.sub(r"[\s-]+", "", noun)
    return key[:-1] if key.endswith("s") and len(key) > 3 else key


def names_kind(kinds: frozenset[str], text: str) -> bool:
    """The folded text names one of the act nouns ``kinds`` (as :func:`kind_key` spells them): a denial of a kind
    ("this is not a ceasefire") answers only a telling of that kind ("agreed to a five-day cease-fire"), not every
    agreement of the parties ("agreed to withdraw the sanctions"). Rule ``across.links.denial_kind_gate``."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", text)
    keys = {kind_key(w) for w in words} | {kind_key(a + b) for a, b in zip(words, words[1:])}
    return bool(kinds & keys)
