"""Names as the resolver compares them: normal forms, surnames, consonant skeletons, acronyms.

Why these keys: reports spell one party many ways ("U.S." / "US", "Qasim al-Zaydani" /
"Qassem Al-Zeidany", "PMO" / "Prime Minister's Office", "President Biden" / "Joe Biden").
Each key is cheap to compute (and cached: a corpus repeats its names) and exact to compare, so it serves both blocking (only
records that share a key are ever compared) and the reasons of a match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from backchannel.data_loader import read
from backchannel.resolve.across.words import words
from backchannel.resolve.lexicon import lexicon

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"'s\b|'\B")
_NON_WORD = re.compile(r"[^\w\s-]+")
_VOWELS = re.compile(r"[aeiouy]+")
_INITIALS = re.compile(r"\b[a-z](?:\s+[a-z]\b)+")


def fold(text: str) -> str:
    """Lower case, accents and curly quotes folded: the form every comparison starts from.

    Why only the rest is cached: ASCII text (the common case) is lowered faster than a cache is looked up, and
    a cache of whole reports' texts and claims (folded once each) held 65,536 of them that never came back."""
    return text.lower() if text.isascii() else _fold_wide(text)


@lru_cache(maxsize=1 << 16)
def _fold_wide(text: str) -> str:
    """:func:`fold` of a text with characters outside ASCII (cached: names repeat across a corpus)."""
    text = unicodedata.normalize("NFKD", text.translate(_APOS))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_INITIAL = re.compile(r"\s*[B-HJ-Z]\.?\s+[A-Z][a-z]")  # a capital initial before a capitalised word ("A", "I" are words)


@lru_cache(maxsize=1 << 16)
def norm(text: str | None) -> str:
    """A name's normal form: folded, possessives and punctuation gone, hyphens as spaces.

    Dots vanish without a space ("U.S." -> "us") so that initialisms compare.
    """
    if not text:
        return ""
    t = _POSSESSIVE.sub("", fold(text)).replace(".", "")
    t = _INITIALS.sub(lambda m: re.sub(r"\s+", "", m.group(0)), t)  # "u s surgeon" (tokenised "U . S .") -> "us"
    t = _NON_WORD.sub(" ", t).replace("-", " ")
    toks = t.split()
    if _INITIAL.match(text) and toks and len(toks[0]) == 1:  # "S Jaishankar": a capital initial, not a stray "'s"
        return " ".join(toks)
    while toks and toks[0] in words().stop:
        toks.pop(0)
    return " ".join(toks)


@lru_cache(maxsize=1 << 16)
def strip_titles(form: str) -> str:
    """A normal form without leading honorifics or offices ("president joe biden" -> "joe biden")."""
    changed = True
    while changed:
        changed = False
        for title in words().titles:
            t = title.replace("-", " ")
            if form.startswith(t + " "):
                form = form[len(t) + 1:]
                changed = True
    return form


@lru_cache(maxsize=1 << 16)
def tokens(form: str) -> tuple[str, ...]:
    return tuple(t for t in form.split() if t not in words().stop)


@lru_cache(maxsize=1 << 16)
def core_tokens(form: str) -> tuple[str, ...]:
    """The tokens of a person's name that identify: no particles ("al", "bin"), stop words,
    suffixes ("III", "MD") or numbers (an age written with the name, "Ana Varga, 61")."""
    w = words()
    return tuple(t for t in tokens(form) if t not in w.particles and t not in w.suffixes and not t.isdigit())


def surname(form: str) -> str | None:
    core = core_tokens(form)
    return core[-1] if core else None


@lru_cache(maxsize=1 << 16)
def skeleton(form: str) -> str:
    """Consonants of the identifying tokens: transliterations meet ("qasim zaydani" ~ "qassem zeidany")."""
    out = []
    for t in core_tokens(form):
        s = _VOWELS.sub("", t.replace("h", ""))  # kh/k, sh/s, dh/d spellings
        out.append(re.sub(r"(.)\1+", r"\1", s))
    return " ".join(out)


@lru_cache(maxsize=1 << 16)
def acronym(form: str) -> str | None:
    """Initials of a name of two or more words ("prime minister office" -> "pmo"), else None."""
    toks = tokens(form)
    if len(toks) < 2:
        return None
    return "".join(t[0] for t in toks)


def spelled_alike(a: str | None, b: str | None) -> bool:
    """Two surnames one slip of the keyboard apart ("Ostrovskyy" / "Ostrovsky" / "Ostrvoskyy").

    Why these bounds: a report misspells a long foreign name by a letter or a
    swapped pair; one edit is allowed from five letters, two from eight. The
    first and last letters must agree: gendered and patronymic forms differ at
    the end ("Ostrovsky" / "Ostrovska", "Ivanov" / "Ivanova") and are other people.
    """
    if not a or not b or a == b or a[0] != b[0] or a[-1] != b[-1]:
        return False
    n = min(len(a), len(b))
    limit = 2 if n >= 8 else 1 if n >= 5 else 0
    return limit > 0 and DamerauLevenshtein.distance(a, b, score_cutoff=limit) <= limit


def spelling_key(form: str) -> str | None:
    """A blocking key that misspellings of one surname share: its first and last letters and its
    consonants in alphabetical order (a swapped pair or a doubled or dropped vowel keeps it)."""
    s = surname(form)
    if not s or len(s) < 5:
        return None
    return s[0] + s[-1] + "".join(sorted(_VOWELS.sub("", s)))


@lru_cache(maxsize=1 << 16)
def body_key(form: str, affiliation: str | None) -> str | None:
    """The words that name a body of a state, whatever the house style, or None.

    "Russian Ministry of Defence", "Russia's Defense Ministry" and "Moscow's defence
    ministry" are one body of the state they are affiliated to: the words naming a
    state (its name, demonym or capital), function words and word order are not
    what tells two bodies apart, and one spelling stands for all (``spellings`` of
    across.toml). Fewer than two words left ("the ministry") is too little to say.
    """
    if not affiliation:
        return None
    lex, spell, fill = lexicon(), words().spellings, words().body_fillers
    state = tokens(affiliation)
    kept = sorted(spell.get(t, t) for t in tokens(form)
                  if t not in fill and not any(names_state(t, s) for s in state) and lex.country(t) is None)
    return " ".join(kept) if len(kept) >= 2 else None


def side_free(form: str, affiliation: str | None) -> str:
    """A description without the words that name its own side's state: "kyiv soldiers" of Ukraine ->
    "soldiers", as "ukrainian soldiers" (its name, demonym or capital, as :func:`body_key` drops them)."""
    if not affiliation:
        return form
    lex, state = lexicon(), tokens(affiliation)
    return " ".join(t for t in form.split() if not any(names_state(t, s) for s in state) and lex.country(t) is None)


def names_state(word: str, state: str) -> bool:
    """``word`` is the state's name or its demonym formed from it ("lorvia" -> "lorvian",
    "kenya" -> "kenyan", "israel" -> "israeli"): the lexicon knows real demonyms, this
    catches the regular ones of names it does not list."""
    stem = state.rstrip("aeiouy")
    return word == state or (len(stem) >= 3 and word.startswith(stem) and len(word) <= len(state) + 4)


def is_initialism(name: str) -> bool:
    """A short all-capitals name as written ("PMO", "U.S.", "IDF"): may stand for a longer one."""
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters)


def proper(alias: str) -> bool:
    """An alias that is a name ("Netanyahu", "US"), not a description ("militant group")."""
    return any(c.isupper() for c in alias[:1]) and norm(alias) not in words().pronouns


def head(form: str) -> str | None:
    """The last word of a description ("senior us official" -> "official")."""
    toks = form.split()
    return toks[-1] if toks else None


def state_named(word: str, states: frozenset[str] = frozenset()) -> str | None:
    """The state a capitalised word names (name, capital or demonym, "Kyiv", "Ukrainians"): the
    lexicon's states, else a state actor of the corpus (``states``: normal forms) by its demonym."""
    if not word[:1].isupper():
        return None
    if (c := lexicon().demonym(word) or lexicon().country(word)) is not None:
        return c.name
    low = word.lower()
    index = state_stems(states)  # (of several, the first in alphabetical order)
    return min(index.named(low) | index.named(low.rstrip("s")), default=None)


class StateStems:
    """The states of a corpus by the stem :func:`names_state` reads of each (``state.rstrip("aeiouy")``).

    Why: :func:`state_named` is asked of every actor and count of a corpus against the corpus's states
    (``factcounts.state_forms``), and read them all each time: at 10,000 reports a thousand states times
    150,000 actors. A word's states are the state it equals and those whose stem begins it, found by
    looking up each of the word's prefixes: the same set :func:`names_state` accepts. (Until s44 a
    second path read a small set of states one by one; it gave the same answer and is gone.)"""

    def __init__(self, states: frozenset[str]) -> None:
        self.states = states
        self.by_stem: dict[str, list[str]] = {}
        for s in states:
            if len(stem := s.rstrip("aeiouy")) >= 3:
                self.by_stem.setdefault(stem, []).append(s)

    def named(self, word: str) -> set[str]:
        """Every state ``s`` of the corpus with ``names_state(word, s)``."""
        out = {word} if word in self.states else set()
        for k in range(3, len(word) + 1):
            out.update(s for s in self.by_stem.get(word[:k], ()) if len(word) <= len(s) + 4)
        return out


@lru_cache(maxsize=8)
def state_stems(states: frozenset[str]) -> StateStems:
    """The index of one corpus's states, built once (the set is hashed once, then found by identity)."""
    return StateStems(states)


@lru_cache(maxsize=1)
def owner_joiners() -> frozenset[str]:
    return frozenset(read("across_cases.toml")["owner"]["joiners"])


def of_inverted(form: str) -> str | None:
    """"government of lorvia" -> "lorvia government" (rule ``across.entities.of_inverted``): a body
    named by an office word of ``names.office_words`` with an "of" phrase of one to three words is
    the same name as the body written with its owner first, as other reports write it."""
    toks = form.split()
    if 3 <= len(toks) <= 5 and toks[1] in owner_joiners() and toks[0] in words().office_words:
        return " ".join(toks[2:] + toks[:1])
    return None
